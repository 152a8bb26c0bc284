//! The shell's words, Indonesian then English on each line. `{}` marks a value filled in
//! by `i18n::fill`, in order. Names of instruments, elements, indicators, stages, levels
//! and predicates are not here: they come from `crate::content` and its band sets.

/// Declares a struct (`Strings` here, `PanelStrings` in `panel`) with one field per
/// entry and its two instances, so that an entry without both languages does not compile.
macro_rules! strings {
    ($(#[$doc:meta])* $S:ident, $ID:ident, $EN:ident, $pairs:ident;
     $($name:ident: $id:literal, $en:literal;)*) => {
        $(#[$doc])*
        #[derive(Debug)]
        pub struct $S {
            $(pub $name: &'static str,)*
        }

        pub(super) static $ID: $S = $S { $($name: $id,)* };
        pub(super) static $EN: $S = $S { $($name: $en,)* };

        /// (name, Indonesian, English) of every entry, for the tests.
        #[cfg(test)]
        pub(super) fn $pairs() -> Vec<(&'static str, &'static str, &'static str)> {
            vec![$((stringify!($name), $id, $en),)*]
        }
    };
}

strings! {
    /// Every string of the shell in one language; get it with `i18n::t(lang)`.
    Strings, ID, EN, pairs;

    // Shell: header, notices, footer.
    app_name: "Cermat", "Cermat";
    tagline: "Kalkulator kematangan pemerintahan cerdas", "Smart-government maturity calculator";
    skip_link: "Langsung ke isi", "Skip to content";
    nav_label: "Navigasi utama", "Main navigation";
    nav_home: "Beranda", "Home";
    nav_assess: "Penilaian", "Assessment";
    nav_results: "Hasil", "Results";
    nav_method: "Metodologi", "Methodology";
    nav_workspace: "Ruang kerja", "Workspace";
    evidence_title: "Bukti dukung {}", "Evidence for {}";
    evidence_count: "{} dokumen", "documents: {}";
    lang_label: "Bahasa", "Language";
    lang_name_id: "Bahasa Indonesia", "Bahasa Indonesia";
    lang_name_en: "English", "English";
    storage_warning: "Peramban ini tidak mengizinkan penyimpanan, jadi jawaban tidak akan tersimpan setelah halaman ditutup. Cermat tetap bisa dipakai sampai selesai.", "This browser does not allow storage, so your answers will not be kept once the page is closed. Cermat still works until you finish.";
    recovery_title: "Data tersimpan tidak dapat dibaca", "Saved work could not be read";
    recovery_body: "Isian yang tersimpan rusak, jadi Cermat dimulai dengan isian kosong. Salinan data lama disimpan terpisah di peramban ini, dan Anda bisa mengunduhnya: tidak ada yang dibuang diam-diam.", "Your saved work was damaged, so Cermat started with an empty assessment. A copy of the old data is kept separately in this browser, and you can download it: nothing was thrown away silently.";
    recovery_not_kept: "Salinan data lama tidak dapat disimpan di peramban ini (penyimpanan penuh atau ditolak). Unduh dulu sebagai berkas: sampai Anda mengunduhnya, isian baru tidak menimpa data lama dan belum tersimpan.", "A copy of the old data could not be kept in this browser (its storage is full or refused). Download it as a file first: until you do, new answers do not replace the old data and are not saved yet.";
    download_damaged: "Unduh data lama", "Download the old data";
    restore_readable: "Pulihkan yang masih terbaca", "Restore what can still be read";
    storage_full: "Penyimpanan peramban ini penuh, jadi jawaban terbaru belum tersimpan. Unduh isian Anda sebagai berkas agar aman, lalu kosongkan sebagian data situs di pengaturan peramban.", "This browser's storage is full, so your latest answers are not saved. Download your work as a file to keep it safe, then clear some site data in the browser's settings.";
    download_work: "Unduh isian sebagai berkas", "Download your work as a file";
    recovery_detail: "Rincian: {}", "Details: {}";
    dismiss: "Tutup pemberitahuan", "Dismiss";
    footer_privacy: "Semua jawaban tetap di peramban Anda: tidak ada yang dikirim ke server.", "Every answer stays in your browser: nothing is sent to a server.";
    footer_method: "Cara menghitung", "How scores are computed";
    footer_embed: "Sematkan di situs Anda", "Embed in your website";
    page_title_suffix: "Cermat: kalkulator kematangan pemerintahan cerdas", "Cermat: smart-government maturity calculator";

    // Landing: its words, its Start over question included, are static HTML in index.html.

    // Profile.
    profile_title: "Profil penilaian", "Assessment profile";
    profile_lead: "Semua isian boleh dikosongkan dan bisa diubah kapan saja. Setiap ketikan langsung disimpan.", "Every field is optional and can be changed at any time. Each keystroke is saved at once.";
    field_region: "Nama daerah", "Region name";
    hint_region: "Contoh: Kabupaten Muara Enim", "For example: Muara Enim Regency";
    field_region_type: "Jenis daerah", "Region type";
    region_type_none: "(belum dipilih)", "(not chosen)";
    region_province: "Provinsi", "Province";
    region_regency: "Kabupaten", "Regency";
    region_city: "Kota", "City";
    region_other: "Lainnya", "Other";
    field_unit: "Unit kerja (OPD)", "Unit (OPD)";
    hint_unit: "Contoh: Dinas Komunikasi dan Informatika", "For example: Communication and Informatics Office (Diskominfo)";
    field_assessor: "Nama penilai", "Assessor";
    field_date: "Tanggal penilaian", "Assessment date";
    profile_next: "Lanjut ke instrumen pertama", "Continue to the first instrument";

    // Wizard.
    step_of: "Langkah {} dari {}", "Step {} of {}";
    progress_label: "Kemajuan", "Progress";
    progress_section: "Instrumen ini: {} / {}", "This instrument: {} / {}";
    progress_overall: "Seluruhnya: {} / {} terjawab", "Overall: {} / {} answered";
    prev: "Sebelumnya", "Previous";
    next: "Berikutnya", "Next";
    next_to_results: "Lihat hasil", "See the results";
    next_unanswered: "Ke butir berikutnya yang belum dijawab", "Go to the next unanswered item";
    all_answered: "Semua butir sudah dijawab.", "Every item is answered.";
    step_nav_label: "Semua langkah penilaian", "All assessment steps";
    step_unanswered: "{} belum dijawab", "{} unanswered";
    step_done: "lengkap", "complete";
    likert_intro: "Nilai setiap pernyataan untuk kondisi daerah Anda saat ini. Pilih \"Tidak tahu / tidak berlaku\" bila tidak dapat dinilai: pernyataan itu tidak ikut dihitung.", "Rate each statement for your region as it is today. Choose \"Don't know / not applicable\" when you cannot judge it: that statement is then left out of the scores.";
    stage_intro: "Periksa situs resmi pemerintah daerah. Jawab Ya bila kriteria terpenuhi penuh, Sebagian bila baru sebagian, Tidak bila belum.", "Check the region's official website. Answer Yes when the criterion is fully met, Partly when only in part, No when not yet.";
    help_toggle: "Petunjuk: bukti apa yang mendukung?", "Help: what evidence supports this?";
    unanswered_mark: "Belum dijawab", "Unanswered";
    likert_1: "Sangat tidak setuju", "Strongly disagree";
    likert_2: "Tidak setuju", "Disagree";
    likert_3: "Ragu-ragu (netral)", "Undecided (neutral)";
    likert_4: "Setuju", "Agree";
    likert_5: "Sangat setuju", "Strongly agree";
    likert_na: "Tidak tahu / tidak berlaku", "Don't know / not applicable";
    stage_yes: "Ya", "Yes";
    stage_partly: "Sebagian", "Partly";
    stage_no: "Tidak", "No";
    survey_mean: "Nilai rata-rata survei: {}. Memilih jawaban akan menggantinya.", "Survey mean: {}. Choosing an answer replaces it.";
    live_index: "Indeks sementara {}: {} ({})", "Current index, {}: {} ({})";
    live_no_score: "{}: belum ada skor", "{}: no score yet";
    live_stage: "Tahap yang tercapai saat ini: {}", "Stage achieved so far: {}";
    stage_heading: "Tahap {}: {}", "Stage {}: {}";

    // Results.
    results_title: "Hasil penilaian", "Assessment results";
    results_for: "Untuk {}", "For {}";
    provisional: "Hasil sementara: {} butir belum dijawab. Angka akan berubah saat penilaian dilengkapi.", "Provisional result: {} items are still unanswered. The figures will change as the assessment is completed.";
    edit_answers: "Ubah jawaban", "Edit answers";
    index_label: "Indeks", "Index";
    percent_label: "Persentase", "Percent";
    level_label: "Tingkat", "Level";
    predicate_label: "Predikat", "Predicate";
    answered_label: "Terjawab", "Answered";
    no_value: "–", "–";
    no_score_yet: "Belum ada skor: jawab paling sedikit satu pernyataan dengan 1-5.", "No score yet: answer at least one statement from 1 to 5.";
    elements_title: "Skor per elemen dan indikator", "Scores by element and indicator";
    no_data: "tanpa data", "no data";
    radar_title: "Diagram radar elemen", "Radar chart of the elements";
    radar_desc: "Setiap sumbu adalah satu elemen. Pusat = 1, tepi = 5; garis tipis menandai batas tingkat.", "Each axis is one element. Centre = 1, edge = 5; thin rings mark the level boundaries.";
    target_label: "Target tingkat", "Target level";
    target_option: "{} · {} (≥ {})", "{} · {} (≥ {})";
    target_note: "Kesenjangan diukur terhadap tingkat target {} ({}), batas bawah {}.", "Gaps are measured against the target level {} ({}), lower bound {}.";
    recs_title: "Rekomendasi menurut prioritas", "Recommendations by priority";
    recs_none: "Tidak ada indikator di bawah target.", "No indicator is below the target.";
    rec_score_gap: "Skor {}, kesenjangan {} terhadap target", "Score {}, gap of {} to the target";
    basis_label: "Dasar: {}", "Basis: {}";
    no_data_title: "Indikator tanpa data", "Indicators with no data";
    no_data_note: "Semua pernyataannya dijawab \"tidak tahu / tidak berlaku\" atau belum dijawab, jadi tidak dihitung (bukan dianggap nol).", "All their statements are \"don't know / not applicable\" or unanswered, so they are left out (not counted as zero).";
    stage_achieved_label: "Tahap tercapai", "Achieved stage";
    stage_zero: "Belum mencapai tahap 1", "Not yet at stage 1";
    stage_status_achieved: "Tercapai", "Achieved";
    stage_status_ahead: "Terpenuhi di luar urutan", "Met ahead of sequence";
    stage_status_not_met: "Belum terpenuhi", "Not met";
    coverage: "Cakupan {}", "Coverage {}";
    ladder_label: "Tangga tahap e-government", "E-government stage ladder";
    ahead_note: "Tahap {} sudah terpenuhi, tetapi tidak dihitung sebagai capaian karena tahap di bawahnya belum lengkap.", "Stage {} is met, but does not count as achieved because a stage below it is not complete.";
    next_stage_title: "Untuk mencapai tahap {}", "To reach stage {}";
    next_stage_none: "Kelima tahap sudah tercapai.", "All five stages are achieved.";
    criterion_answer: "Jawaban saat ini: {}", "Current answer: {}";
    criterion_unanswered: "belum dijawab", "unanswered";

    // Methodology: the page's words are in `panel` (the tools worker draws it).
    method_title: "Metodologi", "Methodology";

    // Sharing and the report (their panels' words are in `panel`), shared results.
    share_title: "Bagikan & ekspor", "Share & export";
    embed_title: "Sematkan di situs Anda", "Embed in your website";
    plan_title: "Rencana & narasi", "Plan & narrative";
    report_title: "Laporan penilaian", "Assessment report";
    open_report: "Laporan cetak", "Printable report";
    print: "Cetak / simpan PDF", "Print / save as PDF";
    working: "Memproses…", "Working…";
    copied: "Tautan disalin.", "Link copied.";
    copy_manual: "Tautan sudah dipilih: tekan Ctrl+C untuk menyalinnya.", "The link is selected: press Ctrl+C to copy it.";
    tools_failed: "Bagian ini tidak dapat dimuat. Periksa koneksi lalu muat ulang halaman; jawaban Anda tetap aman.", "This part could not be loaded. Check the connection and reload the page; your answers are safe.";
    open_full_page: "Buka di halaman penuh", "Open in a full page";
    embed_events_note: "Situs ini ({}) menerima hasil penilaian Anda.", "This site ({}) receives your assessment results.";
    replace_yes: "Ya, ganti isian saya", "Yes, replace my work";
    cancel: "Batal", "Cancel";
    confirm_replace: "Ganti isian Anda yang tersimpan dengan penilaian ini? Jawaban Anda sekarang akan hilang.", "Replace your saved work with this assessment? Your current answers will be lost.";
    shared_title: "Hasil yang dibagikan", "Shared result";
    shared_banner: "Anda melihat hasil yang dibagikan lewat tautan. Isian Anda sendiri tidak berubah.", "You are viewing a shared result. Your own answers are unchanged.";
    shared_save: "Simpan sebagai penilaian saya", "Save as my assessment";
    shared_back: "Kembali ke penilaian saya", "Back to my assessment";
    shared_error: "Tautan hasil tidak dapat dibuka", "The result link could not be opened";

    // Not found.
    not_found_title: "Halaman tidak ditemukan", "Page not found";
    not_found_body: "Alamat ini tidak dikenal oleh Cermat. Jawaban Anda tetap aman.", "Cermat does not know this address. Your answers are safe.";
    go_home: "Kembali ke beranda", "Back to the home page";
}
