//! The words of the comparison page (`#/compare`), in the views module's WebAssembly only.

strings! {
    /// Every string of the comparison page in one language; get it with `i18n::compare_words(lang)`.
    CompareStrings, ID, EN, pairs;

    title: "Bandingkan penilaian", "Compare assessments";
    intro: "Letakkan 2 sampai 12 penilaian berdampingan: provinsi dengan kabupaten/kotanya, OPD satu pemda, atau tahun yang berbeda. Semuanya dihitung di peramban Anda; tidak ada yang dikirim.", "Put 2 to 12 assessments side by side: a province with its regencies and cities, the OPDs of one pemda, or different years. Everything is computed in your browser; nothing is sent.";
    add_title: "Tambah penilaian", "Add assessments";
    pick_files: "Pilih berkas jawaban (JSON, boleh beberapa sekaligus)", "Choose response files (JSON, several at once)";
    pick_folder: "…atau satu folder berisi berkas jawaban", "…or a folder of response files";
    full: "Paling banyak {} penilaian dibandingkan; berkas selebihnya tidak ditambahkan.", "At most {} assessments are compared; the further files were not added.";
    need_two: "Tambahkan sedikitnya dua penilaian untuk membandingkan.", "Add at least two assessments to compare.";
    remove: "Keluarkan", "Remove";
    table_title: "Indeks, elemen dan indikator", "Index, elements and indicators";
    best: "tertinggi", "highest";
    weakest: "terendah", "lowest";
    level: "Tingkat", "Level";
    predicate: "Predikat", "Predicate";
    stage: "Tahap PBB tercapai", "UN stage achieved";
    radar_title: "Elemen berdampingan", "Elements side by side";
    ladders_title: "Tahap e-government", "E-government stages";
    differences_title: "Indikator dengan perbedaan terbesar", "Indicators that differ most";
    difference: "{}: dari {} ({}) sampai {} ({})", "{}: from {} ({}) to {} ({})";
    link_title: "Tautan perbandingan", "Comparison link";
    link_note: "Tautan memuat semua penilaian yang dibandingkan di belakang tanda #; siapa pun yang membukanya melihat perbandingan yang sama.", "The link holds every assessment compared after the # sign; whoever opens it sees the same comparison.";
    copy_link: "Salin tautan", "Copy link";
    copied: "Tautan disalin.", "Link copied.";
    download_csv: "Unduh tabel (CSV)", "Download the table (CSV)";
    unreadable: "Satu penilaian di tautan tidak dapat dibaca: {}", "One assessment in the link cannot be read: {}";

    // Progress over time.
    progress_title: "Kemajuan dari waktu ke waktu", "Progress over time";
    progress_note: "Penilaian yang sama wilayah atau unit kerjanya, diurutkan menurut tanggal.", "Assessments of the same region or unit, in date order.";
    progress_chart: "Indeks menurut tanggal", "Index by date";
    col_first: "Awal", "First";
    col_last: "Akhir", "Last";
    col_change: "Perubahan", "Change";
    improved_title: "Paling membaik", "Most improved";
    concerns_title: "Perlu perhatian", "Areas of concern";
    declined: "menurun", "declined";
    unchanged: "tidak berubah", "unchanged";
    change_line: "{}: {} → {} ({})", "{}: {} → {} ({})";
    stage_moves_title: "Perpindahan tahap", "Stage moves";
    stage_move: "{} → {}: tahap {} → {}", "{} → {}: stage {} → {}";
    none: "tidak ada", "none";
    left_out: "Tidak masuk urutan waktu: {} ({})", "Left out of the time line: {} ({})";

    // Roll-up.
    rollup_title: "Gabungan (roll-up)", "Roll-up";
    rollup_note: "Penilaian di atas digabung menjadi satu, misalnya seluruh OPD satu pemda: setiap butir diberi rata-rata unit yang menjawabnya (1-5; \"tidak tahu\" tidak dihitung), setiap kriteria tahap mengikuti jawaban terbanyak (seri ke jawaban yang lebih rendah).", "The assessments above combined into one, the OPDs of one pemda say: each item gets the mean of the units that answered it (1-5; \"don't know\" left out), each stage criterion the most frequent answer (a tie goes to the lower answer).";
    rollup_view: "Lihat hasil gabungan", "View the combined result";
    rollup_use: "Jadikan penilaian saya", "Use as my assessment";
    rollup_keep: "Tambahkan ke ruang kerja", "Add to the workspace";
    rollup_name: "Gabungan {} penilaian, {}", "Roll-up of {} assessments, {}";
    rollup_kept: "Ditambahkan ke ruang kerja sebagai \"{}\"; penilaian yang sedang dibuka tidak berubah.", "Added to the workspace as \"{}\"; the open assessment is unchanged.";
    spread_title: "Sebaran antar-unit per butir", "Spread across units by item";
    col_item: "Butir", "Item";
    col_units: "Unit menjawab", "Units answered";
    col_mean: "Rerata", "Mean";
    col_min: "Terendah", "Lowest";
    col_max: "Tertinggi", "Highest";
}
