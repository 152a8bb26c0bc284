//! The shell's words, Indonesian then English on each line. `{}` marks a value filled in
//! by `i18n::fill`, in order. Names of instruments, elements, indicators, stages, levels
//! and predicates are not here: they come from `crate::content` and its band sets.

/// Declares `Strings` with one field per entry and its two instances, so that an entry
/// without both languages does not compile.
macro_rules! strings {
    ($($name:ident: $id:literal, $en:literal;)*) => {
        /// Every string of the shell in one language; get it with `i18n::t(lang)`.
        #[derive(Debug)]
        pub struct Strings {
            $(pub $name: &'static str,)*
        }

        pub(super) static ID: Strings = Strings { $($name: $id,)* };
        pub(super) static EN: Strings = Strings { $($name: $en,)* };

        /// (name, Indonesian, English) of every entry, for the tests.
        #[cfg(test)]
        pub(super) fn pairs() -> Vec<(&'static str, &'static str, &'static str)> {
            vec![$((stringify!($name), $id, $en),)*]
        }
    };
}

strings! {
    // Shell: header, notices, footer.
    app_name: "Cermat", "Cermat";
    tagline: "Kalkulator kematangan pemerintahan cerdas", "Smart-government maturity calculator";
    skip_link: "Langsung ke isi", "Skip to content";
    nav_label: "Navigasi utama", "Main navigation";
    nav_home: "Beranda", "Home";
    nav_assess: "Penilaian", "Assessment";
    nav_results: "Hasil", "Results";
    nav_method: "Metodologi", "Methodology";
    lang_label: "Bahasa", "Language";
    lang_name_id: "Bahasa Indonesia", "Bahasa Indonesia";
    lang_name_en: "English", "English";
    storage_warning: "Peramban ini tidak mengizinkan penyimpanan, jadi jawaban tidak akan tersimpan setelah halaman ditutup. Cermat tetap bisa dipakai sampai selesai.", "This browser does not allow storage, so your answers will not be kept once the page is closed. Cermat still works until you finish.";
    recovery_title: "Data tersimpan tidak dapat dibaca", "Saved work could not be read";
    recovery_body: "Isian yang tersimpan rusak atau berasal dari versi lama, jadi Cermat dimulai dengan isian kosong. Salinan data lama tetap disimpan terpisah di peramban ini: tidak ada yang dibuang diam-diam.", "Your saved work was damaged or from an older version, so Cermat started with an empty assessment. A copy of the old data is kept separately in this browser: nothing was thrown away silently.";
    recovery_detail: "Rincian: {}", "Details: {}";
    dismiss: "Tutup pemberitahuan", "Dismiss";
    footer_privacy: "Semua jawaban tetap di peramban Anda: tidak ada yang dikirim ke server.", "Every answer stays in your browser: nothing is sent to a server.";
    footer_method: "Cara menghitung", "How scores are computed";
    page_title_suffix: "Cermat: kalkulator kematangan pemerintahan cerdas", "Cermat: smart-government maturity calculator";

    // Landing.
    landing_title: "Seberapa siap daerah Anda menuju pemerintahan cerdas?", "How ready is your region for smart government?";
    landing_lead: "Cermat mengukur kesiapan dan kematangan e-government pemerintah daerah dengan tiga instrumen dari kajian dan kebijakan nasional. Hasilnya: indeks dan predikat ala SPBE, tahap e-government model PBB, dan rekomendasi yang diurutkan menurut kesenjangan.", "Cermat measures a local government's e-government readiness and maturity with three instruments drawn from Indonesian studies and national policy. You get an index and an SPBE-style predicate, the UN e-government stage, and recommendations ordered by gap.";
    landing_measures: "Yang diukur", "What it measures";
    landing_source: "Sumber: {}", "Source: {}";
    count_statements: "{} pernyataan", "{} statements";
    count_criteria: "{} kriteria", "{} checks";
    landing_who_title: "Untuk siapa", "Who it is for";
    landing_who: "Diskominfo, Bappeda dan Balitbangda provinsi, kabupaten dan kota yang menilai kesiapan sendiri; konsultan dan peneliti yang menyusun kajian; fasilitator Bimtek.", "ICT offices (Diskominfo), planning and research agencies (Bappeda, Balitbangda) of provinces, regencies and cities assessing themselves; consultants and researchers writing a study; Bimtek trainers.";
    landing_time_title: "Berapa lama", "How long it takes";
    landing_time: "Sekitar 20-30 menit untuk {} pernyataan dan {} kriteria. Anda bisa berhenti kapan saja dan melanjutkan nanti.", "About 20-30 minutes for {} statements and {} checks. You can stop at any time and carry on later.";
    landing_privacy_title: "Privasi", "Privacy";
    landing_privacy: "Jawaban tidak pernah meninggalkan peramban Anda: tanpa server, tanpa akun, tanpa pelacakan. Isian disimpan otomatis di perangkat ini saja.", "Your answers never leave your browser: no server, no account, no tracking. Work is saved automatically on this device only.";
    start: "Mulai penilaian", "Start the assessment";
    resume: "Lanjutkan isian tersimpan", "Resume saved work";
    resume_note: "{} dari {} butir sudah dijawab.", "{} of {} items answered.";
    start_over: "Mulai dari awal", "Start over";
    confirm_reset: "Hapus semua jawaban, target dan profil, lalu mulai dari awal?", "Delete every answer, target and the profile, and start over?";
    view_results: "Lihat hasil", "See the results";

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
    target_option: "Tingkat {}: {} (mulai {})", "Level {}: {} (from {})";
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

    // Methodology.
    method_title: "Metodologi", "Methodology";
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

    // Not found and pages still to come.
    not_found_title: "Halaman tidak ditemukan", "Page not found";
    not_found_body: "Alamat ini tidak dikenal oleh Cermat. Jawaban Anda tetap aman.", "Cermat does not know this address. Your answers are safe.";
    go_home: "Kembali ke beranda", "Back to the home page";
    coming_title: "Segera hadir", "Coming soon";
    coming_body: "Fitur ini sedang disiapkan. Jawaban Anda tetap aman.", "This feature is being prepared. Your answers are safe.";
}
