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
}
