//! The words of the on-demand views module's pages (`ui::on_demand`): the share page's
//! link, file and survey sections, the methodology and the printed report's cover. They
//! are a separate struct from `Strings` so that they live in the views module's
//! WebAssembly only: the first page load does not carry them. Indonesian then English,
//! as in `strings`.

strings! {
    /// Every string of the views module's pages in one language; get it with `i18n::panel(lang)`.
    PanelStrings, ID, EN, pairs;

    // The result link.
    link_title: "Tautan hasil", "Result link";
    link_note: "Tautan memuat seluruh isian (profil, jawaban, target) di belakang tanda #, jadi tidak pernah dikirim ke server. Siapa pun yang membukanya melihat hasil yang sama.", "The link holds the whole assessment (profile, answers, targets) after the # sign, so it is never sent to a server. Anyone who opens it sees the same results.";
    link_length: "{} karakter", "{} characters";
    copy_link: "Salin tautan", "Copy link";
    notes_link_title: "Tautan dengan catatan bukti dukung", "Link with the evidence notes";
    notes_link_note: "Tautan ini juga memuat catatan dan dokumen bukti dukung, sehingga penerima dapat membaca dan mencetaknya di laporan serta menyimpannya bersama isian. Tautan ini lebih panjang ({} karakter): bila aplikasi obrolan memotongnya, kirim berkas jawaban (JSON).", "This link also carries the evidence notes and documents, so its recipient can read and print them in the report and keep them with the assessment. It is longer ({} characters): if a chat app cuts it, send the response file (JSON).";
    notes_link_too_long: "Catatan bukti dukung terlalu panjang untuk sebuah tautan (lebih dari {} karakter). Kirim berkas jawaban (JSON): berkas itu memuat semuanya.", "The evidence notes are too long for a link (over {} characters). Send the response file (JSON): it holds all of them.";
    copy_notes_link: "Salin tautan dengan catatan", "Copy the link with notes";
    web_share: "Bagikan…", "Share…";
    qr_label: "Kode QR tautan hasil", "QR code of the result link";

    // The response file.
    json_title: "Berkas jawaban (JSON)", "Response file (JSON)";
    json_note: "Simpan isian sebagai berkas untuk diarsipkan atau dibuka di perangkat lain, atau isi templat kosong dengan skrip. Impor mengganti isian Anda setelah Anda setujui. Laporan JSON memuat setiap angka hasil untuk tabel kajian.", "Save the assessment as a file to archive it or open it on another device, or fill in the blank template with a script. An import replaces your answers once you agree. The report JSON holds every figure of the result for a study's tables.";
    export_json: "Unduh JSON", "Download JSON";
    export_report: "Unduh angka hasil (JSON laporan)", "Download the figures (report JSON)";
    template_json: "Unduh templat kosong", "Download blank template";
    pick_json: "Impor: pilih berkas JSON", "Import: choose a JSON file";
    drop_here: " atau seret ke sini", " or drop it here";
    nothing_imported: "Tidak ada yang diimpor. Masalah pada berkas:", "Nothing was imported. What is wrong with the file:";
    nothing_to_share: "Belum ada jawaban untuk dibagikan. Isi penilaian dulu; tautan dan kode QR muncul di sini.", "There are no answers to share yet. Fill in the assessment first; the link and QR code appear here.";
    copy_touch: "Tautan sudah dipilih: salin lewat menu tekan-lama, atau pakai Bagikan.", "The link is selected: copy it from the long-press menu, or use Share.";

    // The report's three dimensions of e-readiness.
    dimensions_title: "Tiga dimensi kesiapan (kajian Smart Province Sumatera Selatan)", "The three dimensions of e-readiness (South Sumatra Smart Province study)";
    dimensions_note: "Indikator e-readiness dikelompokkan menurut dimensi teknologi, SDM dan tata kelola; skor dimensi = rata-rata indikatornya yang berskor.", "The e-readiness indicators grouped by the technology, human resources and governance dimensions; a dimension's score = the mean of its indicators that have a score.";
    col_dimension: "Dimensi", "Dimension";
    col_indicators: "Indikator", "Indicators";
    col_basis: "Dasar", "Basis";
    csv_title: "Survei banyak responden (CSV)", "Survey of many respondents (CSV)";
    csv_note: "Satu baris per responden, satu kolom per butir (misalnya ekspor Google Form; pemisah koma atau titik koma). Setiap butir diberi rata-rata responden yang menjawabnya; \"tidak tahu\" tidak dihitung.", "One row per respondent, one column per item (a Google Form export, say; comma or semicolon separated). Each item gets the mean of the respondents who answered it; \"don't know\" is left out.";
    template_csv: "Unduh templat CSV", "Download CSV template";
    pick_csv: "Impor: pilih berkas CSV", "Import: choose a CSV file";
    respondents: "Responden dihitung: {}", "Respondents counted: {}";
    skipped_rows: "Baris yang dilewati", "Skipped rows";
    more_rows: "…dan {} baris lagi", "…and {} more rows";
    and_more: " …dan {} lagi", " …and {} more";
    ignored_columns: "Kolom yang diabaikan: {}", "Columns ignored: {}";
    missing_ids: "Butir tanpa kolom (belum dijawab): {}", "Items with no column (unanswered): {}";
    distribution: "Sebaran jawaban per butir", "Answers by item";
    col_item: "Butir", "Item";
    col_na: "TT/TB", "N/A";
    col_blank: "Kosong", "Blank";
    use_survey: "Jadikan penilaian saya", "Use as my assessment";
    view_survey: "Lihat hasilnya", "View the result";

    // The methodology page (`#/method`), and the method in brief on the report.
    method_intro: "Cermat menghitung semua angka di peramban Anda dengan aturan tetap yang dijelaskan di bawah. Tidak ada penilaian yang ditebak atau diubah diam-diam.", "Cermat computes every figure in your browser with the fixed rules set out below. Nothing is guessed or silently adjusted.";
    method_instruments: "Instrumen dan sumbernya", "The instruments and their sources";
    method_scale_title: "Skala jawaban", "Answer scale";
    method_scale: "Setiap pernyataan dijawab 1 (sangat tidak setuju) sampai 5 (sangat setuju), atau \"tidak tahu / tidak berlaku\". Kriteria tahap dijawab Ya, Sebagian atau Tidak.", "Each statement is answered from 1 (strongly disagree) to 5 (strongly agree), or \"don't know / not applicable\". Stage criteria are answered Yes, Partly or No.";
    method_formula_title: "Cara menghitung skor", "How scores are computed";
    method_formula_indicator: "Skor indikator = rata-rata pernyataannya yang dijawab 1-5.", "Indicator score = the mean of its statements answered 1-5.";
    method_formula_element: "Skor elemen = rata-rata berbobot dari skor indikator yang ada. Bila ada indikator tanpa data, bobot indikator lainnya dibagi ulang agar jumlahnya tetap 1.", "Element score = the weighted mean of the indicator scores that exist. When an indicator has no data, the other indicators' weights are rescaled to sum to 1 again.";
    method_formula_index: "Indeks instrumen = rata-rata berbobot skor elemen, dengan cara yang sama.", "Instrument index = the weighted mean of the element scores, in the same way.";
    method_formula_percent: "Persentase = (skor - 1) / 4 x 100, sehingga 1 menjadi 0 % dan 5 menjadi 100 %.", "Percent = (score - 1) / 4 x 100, so 1 is 0 % and 5 is 100 %.";
    method_weights_title: "Bobot", "Weights";
    method_weights_note: "Bobot di bawah dibaca langsung dari isi instrumen yang dipakai aplikasi ini.", "The weights below are read directly from the instrument content this app uses.";
    method_weight_of: "{}: bobot {}", "{}: weight {}";
    method_bands_title: "Tingkat dan predikat", "Levels and predicates";
    col_score: "Skor", "Score";
    col_level: "Tingkat", "Level";
    col_level_name: "Nama tingkat", "Level name";
    col_predicate: "Predikat", "Predicate";
    band_range: "{} sampai di bawah {}", "{} to below {}";
    band_range_last: "{} sampai {}", "{} to {}";
    method_rounding: "Skor dibulatkan setengah ke atas menjadi dua desimal sebelum diberi tingkat, tepat seperti tertulis: 3,495 menjadi 3,50 (Sangat Baik), bukan 3,49.", "A score is rounded half-up to two decimals before it is banded, exactly as written: 3.495 becomes 3.50 (Very good), not 3.49.";
    method_gap_title: "Target, kesenjangan dan rekomendasi", "Targets, gaps and recommendations";
    method_gap: "Target bawaan setiap instrumen adalah satu tingkat di atas tingkatnya sekarang (paling tinggi 5; tingkat 1 bila belum ada skor), dan Anda bisa mengubahnya. Kesenjangan indikator = batas bawah tingkat target dikurangi skor indikator yang sudah dibulatkan, paling kecil 0. Rekomendasi diurutkan menurut bobot elemen x bobot indikator x kesenjangan, terbesar lebih dulu; bila sama, menurut urutan instrumen.", "Each instrument's default target is one level above its current level (at most 5; level 1 when there is no score yet), and you can change it. An indicator's gap = the lower bound of the target level minus the indicator's rounded score, at least 0. Recommendations are ordered by element weight x indicator weight x gap, largest first; ties keep the instrument's order.";
    method_stage_title: "Tahap e-government", "E-government stage";
    method_stage: "Sebuah tahap terpenuhi bila semua kriterianya dijawab Ya. Tahap yang tercapai adalah tahap tertinggi k yang tahap 1 sampai k-nya terpenuhi semua (0 berarti belum mencapai tahap 1). Tahap yang terpenuhi di atas itu dilaporkan sebagai \"di luar urutan\", bukan sebagai capaian. Cakupan sebuah tahap = (jumlah Ya + 0,5 x jumlah Sebagian) / jumlah kriteria. Rekomendasi tahap berikutnya adalah kriterianya yang belum dijawab Ya.", "A stage is met when every one of its criteria is answered Yes. The achieved stage is the highest stage k such that stages 1 to k are all met (0 means not yet at stage 1). Stages met above it are reported as \"ahead of sequence\", not as achieved. A stage's coverage = (number of Yes + 0.5 x number of Partly) / number of criteria. The next stage's recommendations are its criteria not yet answered Yes.";
    method_nodata_title: "Tanpa data dan hasil sementara", "No data and provisional results";
    method_nodata: "\"Tidak tahu / tidak berlaku\" adalah jawaban: pernyataan itu tidak ikut dihitung. Indikator yang semua pernyataannya demikian tidak punya skor (\"tanpa data\"), tidak dihitung sebagai nol, dan tidak diberi kesenjangan. Pernyataan yang belum dijawab berbeda: selama masih ada, hasil diberi tanda \"sementara\".", "\"Don't know / not applicable\" is an answer: that statement is left out. An indicator whose statements are all answered so has no score (\"no data\"); it is not counted as zero and gets no gap. Unanswered statements are different: while any remain, results are marked \"provisional\".";
    method_sources_title: "Sumber", "Sources";
    method_bands_source: "Tingkat dan predikat: {}", "Levels and predicates: {}";

    // The report's cover.
    col_instrument: "Instrumen", "Instrument";
    report_scan: "Pindai untuk membuka hasil ini:", "Scan to open this result:";

    // The report's annex of supporting evidence.
    evidence_title: "Lampiran: bukti dukung", "Annex: supporting evidence";
    evidence_intro: "Catatan dan dokumen yang dicatat penilai untuk indikator dan kriteria tahap, menurut urutan kuesioner. Tautan ditulis sebagai teks; Cermat tidak membukanya.", "The notes and documents the assessor recorded for indicators and stage criteria, in questionnaire order. Links are written as text; Cermat does not open them.";
    evidence_none: "Tidak ada bukti dukung yang dicatat untuk penilaian ini.", "No supporting evidence was recorded for this assessment.";
    evidence_none_shared: "Tautan ini tidak membawa bukti dukung. Pengirim dapat membagikan tautan dengan catatan bukti dukung, atau berkas jawaban (JSON).", "This link carries no supporting evidence. Its sender can share the link with the evidence notes, or the response file (JSON).";
    evidence_references: "Dokumen", "Documents";
    col_ref_title: "Judul", "Title";
    col_ref_number: "Nomor", "Number";
    col_ref_year: "Tahun", "Year";
    col_ref_link: "Tautan", "Link";

    // The evidence page (#/evidence/<id>).
    evidence_page: "Bukti dukung {}", "Evidence for {}";
    evidence_page_intro: "Catat dasar jawaban Anda: dokumen (peraturan, SK, laporan, tangkapan layar) beserta nomor, tahun dan tempatnya. Semuanya tersimpan bersama penilaian, ikut dalam berkas jawaban (JSON) dan lampiran laporan; tautan hasil tidak membawanya.", "Record what your answers rest on: documents (regulations, decrees, reports, screenshots) with their number, year and where they are. It is all kept with the assessment, in its response file (JSON) and the report's annex; a result link does not carry it.";
    evidence_back: "Kembali ke pertanyaannya", "Back to its questions";
    evidence_unknown: "Tidak ada indikator atau kriteria tahap dengan kode ini.", "No indicator or stage criterion has this code.";
    evidence_note: "Catatan", "Note";
    evidence_ref: "Dokumen {}", "Document {}";
    ref_title: "Judul (mis. Perbup tentang Masterplan Smart City)", "Title (e.g. the regent's regulation on the Smart City masterplan)";
    ref_number: "Nomor", "Number";
    ref_year: "Tahun", "Year";
    ref_link: "Tautan atau tempat (teks)", "Link or location (text)";
    ref_add: "Tambah dokumen", "Add a document";
    ref_remove: "Hapus dokumen {}", "Remove document {}";
    evidence_saved: "Tersimpan otomatis.", "Saved automatically.";

    // The embed page (#/embed).
    embed_intro: "Pasang Cermat di situs pemerintah daerah Anda: pilih pilihan di bawah, lihat pratinjaunya, lalu salin kode ke halaman situs. Tinggi bingkai mengikuti isinya, dan jawaban pengunjung tetap di peramban mereka.", "Put Cermat on your local government's website: pick the options below, see the preview, then copy the code into the site's page. The frame's height follows its content, and visitors' answers stay in their browsers.";
    embed_options: "Pilihan", "Options";
    embed_lang: "Bahasa", "Language";
    embed_lang_visitor: "Bahasa pengunjung", "The visitor's language";
    embed_start: "Halaman awal", "Start page";
    embed_start_landing: "Beranda", "Home";
    embed_start_profile: "Profil penilaian", "Assessment profile";
    embed_start_results: "Hasil", "Results";
    embed_accent: "Warna aksen (opsional)", "Accent colour (optional)";
    embed_accent_hint: "Warna situs Anda, misalnya #7a1f5c. Harus cukup gelap untuk teks putih.", "Your site's colour, for example #7a1f5c. It must be dark enough for white text.";
    embed_share: "Alamat halaman portal (opsional)", "The portal page's address (optional)";
    embed_share_hint: "Tautan hasil yang dibuat di bingkai akan dibuka di halaman ini.", "Result links made in the frame then open on this page.";
    embed_events: "Kirim hasil ke situs ini (opsional)", "Send results to this site (optional)";
    embed_events_hint: "Asal (origin) halaman portal. Bila diisi, halaman itu menerima kemajuan dan hasil penilaian (lihat docs/embedding.md); pengunjung diberi tahu.", "The portal page's origin. When set, that page receives the assessment's progress and results (see docs/embedding.md); visitors are told.";
    embed_code: "Kode untuk disalin", "Code to copy";
    embed_code_note: "Tempel kedua baris ini di halaman situs, di tempat Cermat akan tampil. Situs harus mengizinkan skrip dan bingkai dari alamat Cermat.", "Paste both lines into the site's page where Cermat should appear. The site must allow scripts and frames from Cermat's address.";
    embed_copy: "Salin kode", "Copy code";
    embed_copied: "Kode disalin.", "Code copied.";
    embed_copy_manual: "Kode sudah dipilih: salin dengan Ctrl+C, atau lewat menu tekan-lama.", "The code is selected: copy it with Ctrl+C, or from the long-press menu.";
    embed_preview: "Pratinjau", "Preview";
    embed_preview_note: "Bingkai di bawah adalah Cermat dalam mode sematan, dengan pilihan di atas. Jawaban di pratinjau tersimpan sebagai isian Anda di peramban ini.", "The frame below is Cermat in embed mode, with the options above. Answers in the preview are kept as your own work in this browser.";

    // The plan page (#/plan).
    plan_intro: "Langkah paling sedikit yang membawa setiap instrumen ke tingkat targetnya, diurutkan menurut prioritas rekomendasi. Ubah skor yang direncanakan untuk melihat tingkat yang dihasilkannya. Target diubah di halaman hasil.", "The fewest steps that bring each instrument to its target level, in the order of the recommendations' priority. Change a planned score to see the level it gives. Targets are set on the results page.";
    plan_now: "Sekarang: indeks {}, tingkat {} ({}).", "Now: index {}, level {} ({}).";
    plan_target: "Target: tingkat {} ({}), mulai dari skor {}.", "Target: level {} ({}), from a score of {}.";
    plan_no_score: "Belum ada skor: jawab pernyataan instrumen ini dulu.", "No score yet: answer this instrument's statements first.";
    plan_at_target: "Tingkat target sudah tercapai; tidak ada langkah yang diperlukan.", "The target level is reached; no step is needed.";
    col_indicator: "Indikator", "Indicator";
    col_from: "Skor sekarang", "Score now";
    col_to: "Skor direncanakan", "Planned score";
    col_recommendation: "Rekomendasi", "Recommendation";
    plan_gives: "Dengan rencana ini: indeks {}, tingkat {} ({}).", "With this plan: index {}, level {} ({}).";
    plan_reaches: "Mencapai target.", "Reaches the target.";
    plan_short: "Belum mencapai target: naikkan skor yang direncanakan.", "Does not reach the target yet: raise a planned score.";
    plan_stage_next: "Untuk mencapai tahap {} ({}), penuhi kriteria berikut:", "To reach stage {} ({}), meet these criteria:";
    plan_stage_done: "Tahap tertinggi (5) sudah tercapai.", "The highest stage (5) is reached.";
    narrative_title: "Narasi untuk kajian", "Narrative for a study";
    narrative_note: "Teks ini dibuat dari hasil dan rencana di atas; salin dan sesuaikan untuk laporan.", "This text is made from the result and the plan above; copy it and adapt it for a report.";
    narrative_copy: "Salin narasi", "Copy the narrative";
    narrative_copied: "Narasi disalin.", "Narrative copied.";
    narrative_copy_manual: "Narasi sudah dipilih: salin dengan Ctrl+C, atau lewat menu tekan-lama.", "The narrative is selected: copy it with Ctrl+C, or from the long-press menu.";
}
