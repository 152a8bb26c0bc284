//! The words of the workspace page (`#/workspace`), in the views module's WebAssembly
//! only. Indonesian then English, as in `strings`.

strings! {
    /// Every string of the workspace page in one language; get it with `i18n::workspace_words(lang)`.
    WorkspaceStrings, ID, EN, pairs;

    title: "Ruang kerja", "Workspace";
    intro: "Semua penilaian yang tersimpan di peramban ini: satu per wilayah, unit kerja atau tahun. Yang sedang dibuka adalah yang diisi di Penilaian dan ditampilkan di Hasil. Semuanya tetap di perangkat Anda; simpan salinan seluruh ruang kerja sebagai berkas agar aman.", "Every assessment kept in this browser: one per region, unit or year. The open one is what Assessment fills in and Results shows. Everything stays on your device; save a copy of the whole workspace as a file to keep it safe.";
    loading: "Membaca penilaian yang tersimpan…", "Reading the saved assessments…";
    count: "{} penilaian", "{} assessments";
    unavailable: "Penyimpanan peramban tidak dapat dipakai di sini (mode privat atau diblokir), jadi ruang kerja tidak tersedia. Penilaian yang sedang dibuka tetap dapat diisi; simpan sebagai berkas di Bagikan & berkas.", "The browser's storage cannot be used here (private mode or blocked), so the workspace is unavailable. The open assessment can still be filled in; save it as a file under Share & files.";

    // The list.
    col_rank: "Peringkat", "Rank";
    col_name: "Penilaian", "Assessment";
    col_progress: "Terjawab", "Answered";
    col_scv: "Indeks SCV", "SCV index";
    col_ereadiness: "Indeks e-readiness", "E-readiness index";
    col_stage: "Tahap", "Stage";
    col_updated: "Terakhir diubah", "Last changed";
    col_actions: "Tindakan", "Actions";
    col_select: "Bandingkan", "Compare";
    unnamed: "Penilaian tanpa nama", "Unnamed assessment";
    open_now: "sedang dibuka", "open now";
    damaged: "rusak sebagian: buka untuk memulihkan", "partly damaged: open it to recover";
    no_value: "–", "–";
    level: "tingkat {}", "level {}";
    sort_label: "Urutkan menurut", "Sort by";
    sort_scv: "Indeks SCV (tertinggi dahulu)", "SCV index (highest first)";
    sort_ereadiness: "Indeks e-readiness (tertinggi dahulu)", "E-readiness index (highest first)";
    sort_stage: "Tahap e-government (tertinggi dahulu)", "E-government stage (highest first)";
    sort_label_az: "Nama (A-Z)", "Name (A-Z)";
    sort_updated: "Terakhir diubah (terbaru dahulu)", "Last changed (newest first)";
    filter_label: "Cari", "Search";
    filter_none: "Tidak ada penilaian yang cocok dengan \"{}\".", "No assessment matches \"{}\".";
    shown_of: "Menampilkan {} dari {}.", "Showing {} of {}.";
    show_all: "Tampilkan semua", "Show all";

    // Actions on one assessment.
    open: "Buka", "Open";
    open_label: "Buka {}", "Open {}";
    duplicate: "Salin", "Copy";
    duplicate_label: "Salin {} sebagai penilaian baru", "Copy {} as a new assessment";
    duplicate_note: "Salin: jawaban dan target disalin ke penilaian baru bertanggal hari ini, misalnya untuk mengisi penilaian tahun berikutnya.", "Copy: the answers and targets go to a new assessment dated today, to start next year's from this one, say.";
    copy_suffix: "(salinan)", "(copy)";
    rename: "Ganti nama", "Rename";
    rename_label: "Ganti nama {}", "Rename {}";
    name_field: "Nama penilaian", "Assessment name";
    save_name: "Simpan nama", "Save name";
    cancel: "Batal", "Cancel";
    delete: "Hapus", "Delete";
    delete_label: "Hapus {}", "Delete {}";
    cannot_delete_open: "Penilaian yang sedang dibuka tidak dapat dihapus; buka penilaian lain dahulu.", "The open assessment cannot be deleted; open another one first.";
    deleted: "\"{}\" dihapus.", "\"{}\" deleted.";
    undo: "Urungkan", "Undo";
    restored: "\"{}\" dikembalikan.", "\"{}\" restored.";
    created: "\"{}\" dibuat.", "\"{}\" created.";
    renamed: "Nama disimpan.", "Name saved.";
    change_full: "Penyimpanan peramban penuh, jadi perubahan ini tidak disimpan; tidak ada yang hilang. Simpan ruang kerja sebagai berkas, lalu hapus penilaian yang tidak diperlukan.", "The browser's storage is full, so this change was not kept; nothing was lost. Save the workspace as a file, then delete assessments you do not need.";
    change_refused: "Peramban menolak perubahan ini, jadi tidak disimpan; tidak ada yang hilang.", "The browser refused this change, so it was not kept; nothing was lost.";

    // New, import, export.
    new_title: "Penilaian baru", "New assessment";
    new_note: "Mulai penilaian kosong untuk wilayah, unit kerja atau tahun lain. Penilaian yang sedang dibuka tetap tersimpan di sini.", "Start an empty assessment for another region, unit or year. The open one stays saved here.";
    new_button: "Buat penilaian baru", "Create a new assessment";
    import_title: "Impor ke ruang kerja", "Import into the workspace";
    import_note: "Berkas jawaban (JSON), berkas ruang kerja, atau CSV survei. CSV dengan kolom wilayah atau unit kerja (mis. \"Kabupaten/Kota\", \"OPD\") menjadi satu penilaian per wilayah atau unit. Setiap berkas menjadi penilaian baru; tidak ada yang ditimpa.", "Response files (JSON), workspace files, or survey CSVs. A CSV with a region or unit column (\"Kabupaten/Kota\", \"OPD\", say) becomes one assessment per region or unit. Every file becomes a new assessment; nothing is overwritten.";
    pick_files: "Pilih berkas (boleh beberapa sekaligus) atau seret ke sini", "Choose files (several at once) or drop them here";
    pick_folder: "…atau satu folder", "…or a folder";
    imported: "{} penilaian diimpor.", "{} assessments imported.";
    import_failed: "Tidak dapat dibaca: {} berkas", "Could not be read: {} files";
    import_full: "Penyimpanan peramban penuh: {} dari {} penilaian diimpor, sisanya tidak. Unduh ruang kerja sebagai berkas, hapus yang tidak diperlukan, lalu impor lagi.", "The browser's storage is full: {} of {} assessments were imported, the rest were not. Download the workspace as a file, delete what is not needed, then import again.";
    import_skipped: "{} sudah ada di ruang kerja dan tidak diimpor lagi.", "{} already in the workspace, not imported again.";
    export_title: "Simpan ruang kerja sebagai berkas", "Save the workspace as a file";
    export_note: "Satu berkas berisi semua penilaian beserta namanya; impor kembali di peramban atau perangkat lain.", "One file holding every assessment with its name; import it back in another browser or device.";
    export_button: "Siapkan berkas ruang kerja", "Prepare the workspace file";
    export_download: "Unduh ruang kerja (JSON)", "Download the workspace (JSON)";
    csv_button: "Siapkan tabel perbandingan semua penilaian (CSV)", "Prepare the comparison table of all assessments (CSV)";
    csv_download: "Unduh tabel perbandingan (CSV)", "Download the comparison table (CSV)";

    // Comparing.
    compare_title: "Bandingkan yang dipilih", "Compare the chosen ones";
    compare_note: "Centang 2 sampai 12 penilaian di daftar, lalu bandingkan: tabel, radar, tahap, kemajuan antartahun dan gabungan (roll-up).", "Tick 2 to 12 assessments in the list, then compare: table, radar, stages, progress over the years and roll-up.";
    compare_button: "Bandingkan {} penilaian", "Compare {} assessments";
    compare_max: "Paling banyak {} penilaian dibandingkan sekaligus.", "At most {} assessments are compared at once.";
    select_label: "Pilih {} untuk dibandingkan", "Choose {} to compare";
}
