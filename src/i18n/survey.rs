//! The words of the survey pages (`#/survey`, `#/survey/paper`), in the views module's
//! WebAssembly only. Indonesian then English, as in `strings`.

strings! {
    /// Every string of the survey pages in one language; get it with `i18n::survey_words(lang)`.
    SurveyStrings, ID, EN, pairs;

    title: "Survei responden", "Respondent survey";
    intro: "Untuk kajian dengan banyak responden: bagikan kuesioner, impor hasilnya dari alat survei apa pun, periksa bagaimana kolom dibaca, lalu pakai rata-ratanya sebagai penilaian. Statistik yang dilaporkan kajian (rerata, simpangan baku, validitas, reliabilitas, profil responden) siap diunduh atau disalin ke laporan. Berkas tidak pernah keluar dari perangkat Anda.", "For a study with many respondents: hand out the questionnaire, import the results from whatever survey tool you used, check how each column was read, then use the means as the assessment. The statistics a study reports (mean, standard deviation, validity, reliability, respondent profile) are ready to download or copy into the report. The file never leaves your device.";

    // Questionnaires to hand out.
    forms_title: "1. Kuesioner untuk dibagikan", "1. Questionnaires to hand out";
    forms_note: "Setiap pertanyaan diawali kodenya (misalnya S1.1), sehingga ekspor hasilnya terbaca tepat tanpa pemetaan.", "Every question starts with its code (S1.1, say), so the export of the answers is read exactly, with no mapping.";
    gas_title: "Google Form", "Google Form";
    gas_download: "Unduh skrip pembuat Google Form (.gs)", "Download the Google Form builder script (.gs)";
    gas_step1: "Buka script.google.com dan pilih Proyek baru (New project).", "Open script.google.com and choose New project.";
    gas_step2: "Hapus isi editor, lalu tempel seluruh isi berkas yang diunduh.", "Delete what is in the editor, then paste the whole downloaded file.";
    gas_step3: "Tekan Jalankan (Run) dan izinkan akses ke Google Forms dengan akun Anda.", "Press Run and allow access to Google Forms with your account.";
    gas_step4: "Log eksekusi menampilkan dua tautan: untuk mengedit formulir dan untuk responden. Bagikan tautan responden.", "The execution log shows two links: one to edit the form and one for respondents. Share the respondents' link.";
    gas_step5: "Setelah survei selesai: Respons → Tautkan ke Spreadsheet → File → Download → CSV, lalu impor di bawah.", "When the survey is over: Responses → Link to Sheets → File → Download → CSV, then import it below.";
    xlsform_title: "KoboToolbox / ODK", "KoboToolbox / ODK";
    xlsform_download: "Unduh XLSForm (.xlsx)", "Download the XLSForm (.xlsx)";
    xlsform_note: "Di KoboToolbox: Projects → New → Upload an XLSForm, lalu Deploy. Unduh data sebagai CSV (nilai dan judul XML) dan impor di bawah.", "In KoboToolbox: Projects → New → Upload an XLSForm, then Deploy. Download the data as CSV (XML values and headers) and import it below.";
    csv_template_title: "Excel atau entri data", "Excel or data entry";
    csv_template_download: "Unduh templat CSV (kode dan pernyataan)", "Download the CSV template (code and statement)";
    paper_title: "Kertas", "Paper";
    paper_link: "Kuesioner kertas dan lembar entri data (untuk dicetak)", "Paper questionnaire and data-entry sheet (to print)";
    paper_note: "Untuk responden tanpa internet: cetak, bagikan, lalu ketik jawabannya ke templat CSV, satu baris per kuesioner.", "For respondents without internet: print, hand out, then type the answers into the CSV template, one row per questionnaire.";
    preparing: "Menyiapkan…", "Preparing…";

    // Slovin.
    slovin_title: "Ukuran sampel (rumus Slovin)", "Sample size (Slovin's formula)";
    slovin_population: "Jumlah populasi (N)", "Population (N)";
    slovin_margin: "Batas kesalahan (e)", "Margin of error (e)";
    slovin_result: "Sampel minimal: {} responden", "Minimum sample: {} respondents";
    slovin_formula: "n = N / (1 + N x e²), dibulatkan ke atas. Kajian Palembang: N = 1.143.754 dan e = 10 % memberi 99,99, jadi 100 responden.", "n = N / (1 + N x e²), rounded up. The Palembang study: N = 1,143,754 and e = 10 % give 99.99, so 100 respondents.";
    slovin_invalid: "Isi jumlah populasi dengan bilangan bulat lebih dari 0 (tanpa titik atau koma).", "Enter the population as a whole number above 0 (no dots or commas).";

    // Import.
    import_title: "2. Impor hasil survei (CSV)", "2. Import the survey results (CSV)";
    import_note: "Satu baris per responden. Ekspor Google Forms, KoboToolbox, LimeSurvey dan Excel (koma, titik koma atau tab; UTF-8 atau UTF-16) dibaca; kolom dikenali dari kodenya dalam ejaan apa pun (S1.1, S1_1, group/S1.1) atau dari teks pernyataannya.", "One row per respondent. Exports of Google Forms, KoboToolbox, LimeSurvey and Excel (comma, semicolon or tab; UTF-8 or UTF-16) are read; columns are recognised by their code in any spelling (S1.1, S1_1, group/S1.1) or by their statement's text.";
    pick_csv: "Pilih berkas CSV hasil survei", "Choose the survey's CSV file";
    no_answer_columns: "Tidak ada kolom yang dikenali sebagai pernyataan. Petakan kolomnya di tabel di bawah; survei baru dapat dipakai setelah sedikitnya satu kolom berisi jawaban.", "No column was recognised as a statement. Map the columns in the table below; the survey can be used once at least one column holds answers.";
    recognised: "Kolom dikenali: {} pernyataan dan kriteria dari {} kolom.", "Columns recognised: {} statements and criteria of {} columns.";
    labels_title: "Jawaban yang belum dikenali", "Answers not recognised yet";
    labels_note: "Baris yang memuat jawaban ini dilewati sampai Anda memberinya skor. Kuesioner memakai kata-kata ini untuk skor yang berbeda (misalnya \"kurang setuju\" = 3 pada kajian Palembang), jadi Cermat tidak menebaknya.", "Rows holding these answers are skipped until you give them a score. Questionnaires use these words for different points (\"kurang setuju\" is 3 in the Palembang study, say), so Cermat does not guess.";
    label_col: "Jawaban", "Answer";
    label_count: "Muncul", "Occurs";
    label_score: "Skor", "Score";
    label_unscored: "— belum diberi skor —", "— not scored yet —";
    label_na: "Tidak tahu / tidak berlaku", "Don't know / not applicable";
    decimals: "{} jawaban desimal dihitung apa adanya, misalnya {}.", "{} decimal answers are counted as given, for example {}.";
    decimal_example: "baris {} kolom {}: {}", "line {} column {}: {}";

    // Mapping.
    mapping_title: "Pemetaan kolom", "Column mapping";
    mapping_note: "Periksa bagaimana setiap kolom dibaca. Ubah dengan mengetik kode butir (misalnya S1.1 atau E1), pilih dari daftar, atau kosongkan untuk mengabaikan kolom.", "Check how each column is read. Change it by typing an item code (S1.1 or E1, say), picking from the list, or clearing it to ignore the column.";
    col_header: "Kolom di berkas", "Column in the file";
    col_read_as: "Dibaca sebagai", "Read as";
    col_how: "Dasar", "Because";
    how_code: "kode pada judul", "code in the header";
    how_statement: "teks pernyataan", "statement text";
    how_profile: "profil", "profile";
    how_chosen: "pilihan Anda", "your choice";
    how_ambiguous: "ambigu: {}", "ambiguous: {}";
    how_repeated: "{} sudah dibaca dari kolom lain", "{} is already read from another column";
    how_unknown: "tidak dikenali", "not recognised";
    ignore: "diabaikan", "ignored";
    bad_key: "Kode \"{}\" tidak dikenal. Pakai kode butir seperti S1.1, ST2.1 atau E1.", "Code \"{}\" is unknown. Use an item code such as S1.1, ST2.1 or E1.";
    columns_more: "…dan {} kolom lagi (tidak ditampilkan)", "…and {} more columns (not shown)";
    profile_region: "profil: wilayah", "profile: region";
    profile_region_type: "profil: jenis wilayah", "profile: region type";
    profile_unit: "profil: unit kerja", "profile: unit";
    profile_assessor: "profil: penilai", "profile: assessor";
    profile_date: "profil: tanggal", "profile: date";

    // Distribution.
    col_n: "n", "n";
    col_mean: "Rerata", "Mean";
    col_decimal: "Desimal", "Decimal";
    col_share: "Sebaran", "Distribution";

    // Statistics.
    stats_title: "3. Statistik kajian", "3. Study statistics";
    stats_note: "Dalam urutan kuesioner. Unduh tiap tabel sebagai CSV, atau salin dan tempel ke pengolah kata sebagai tabel.", "In questionnaire order. Download each table as CSV, or copy it and paste it into a word processor as a table.";
    stats_items: "Statistik deskriptif per butir", "Descriptive statistics by item";
    stats_reliability: "Validitas dan reliabilitas per elemen", "Validity and reliability by element";
    stats_profile: "Profil responden", "Respondent profile";
    col_sd: "Simp. baku", "Std. dev.";
    col_median: "Median", "Median";
    col_mode: "Modus", "Mode";
    col_category: "Kategori", "Category";
    col_element: "Elemen", "Element";
    col_alpha: "Alpha Cronbach", "Cronbach's alpha";
    col_used: "Responden dipakai", "Respondents used";
    col_r: "r item-total terkoreksi", "Corrected item-total r";
    col_r_table: "r tabel (5 %)", "r table (5 %)";
    col_status: "Keterangan", "Remark";
    col_value: "Kategori", "Category";
    col_count: "Jumlah", "Count";
    col_percent: "Persen", "Percent";
    valid: "valid", "valid";
    not_valid: "tidak valid", "not valid";
    reliable: "reliabel", "reliable";
    not_reliable: "tidak reliabel", "not reliable";
    undefined: "tidak dapat dihitung", "cannot be computed";
    blank_answers: "tidak diisi: {}", "not filled in: {}";
    download_csv: "Unduh CSV", "Download CSV";
    copy_table: "Salin tabel", "Copy table";
    table_copied: "Tabel disalin. Tempel di pengolah kata.", "Table copied. Paste it into a word processor.";
    table_selected: "Tabel sudah dipilih: tekan Ctrl+C untuk menyalin.", "The table is selected: press Ctrl+C to copy it.";
    no_profile: "Tidak ada kolom profil responden (usia, jenis kelamin, pendidikan, pekerjaan, kecamatan, OPD) di berkas.", "The file has no respondent profile column (age, sex, education, occupation, district, OPD).";

    // The survey sheet of a survey's report.
    report_survey_title: "Survei: jawaban per butir", "Survey: answers by item";

    // The paper questionnaire.
    paper_print: "Cetak", "Print";
    paper_back: "Kembali ke halaman survei", "Back to the survey page";
    paper_entry_title: "Lembar entri data", "Data-entry sheet";
}
