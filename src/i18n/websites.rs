//! The words of the website inventory (issue 11), on the evidence pages of the Emerging
//! and Enhanced criteria and in the report, in the views module's WebAssembly only.

strings! {
    /// Every string of the website inventory in one language; get it with `i18n::websites_words(lang)`.
    WebsitesStrings, ID, EN, pairs;

    title: "Inventaris situs web perangkat daerah", "Inventory of agency websites";
    intro: "Satu baris per situs: nama perangkat daerah, alamat situs (disimpan sebagai teks, tidak dibuka), aktif atau tidak, dan diperbarui dalam tiga bulan terakhir atau tidak. Perangkat daerah tanpa situs: isi namanya, kosongkan alamatnya. Inventaris ini satu untuk penilaian ini dan menjadi bukti kriteria E1, N1 dan N2.", "One line per site: the agency's name, the site's address (kept as text, never opened), whether it is active, and whether it was updated in the last three months. An agency without a site: fill in its name, leave the address empty. The inventory is one for this assessment and is evidence for criteria E1, N1 and N2.";
    share_line: "{} dari {} situs aktif ({}%); {} diperbarui dalam 3 bulan terakhir ({}%).", "{} of {} sites active ({}%); {} updated in the last 3 months ({}%).";
    without_site: "{} perangkat daerah tanpa situs.", "{} agencies without a site.";
    empty: "Belum ada situs dalam inventaris.", "No site in the inventory yet.";
    col_name: "Perangkat daerah", "Agency";
    col_address: "Alamat situs", "Site address";
    col_active: "Aktif", "Active";
    col_updated: "Diperbarui ≤ 3 bulan", "Updated ≤ 3 months";
    row_label: "Situs {}", "Site {}";
    col_remove: "Hapus", "Remove";
    page_range: "Situs {}-{} dari {}", "Sites {}-{} of {}";
    page_prev: "← Sebelumnya", "← Previous";
    page_next: "Berikutnya →", "Next →";
    yes: "Ya", "Yes";
    no: "Tidak", "No";
    add: "Tambah situs", "Add a site";
    copy_table: "Salin tabel", "Copy the table";
    copied_table: "Tabel disalin: tempel di lembar kerja, atau di inventaris peramban lain.", "Table copied: paste it into a spreadsheet, or into another browser's inventory.";
    copy_failed: "Tabel tidak dapat disalin di sini; pilih dan salin baris tabel dari laporan.", "The table could not be copied here; select and copy its rows from the report.";
    table_header: "Nama\tAlamat\tStatus\tDiperbarui", "Name\tAddress\tStatus\tUpdated";
    remove: "Hapus situs {}", "Remove site {}";
    paste_label: "Tempel dari lembar kerja (kolom: nama, alamat, status, diperbarui)", "Paste from a spreadsheet (columns: name, address, status, updated)";
    paste_hint: "Salin baris tabel dari Excel, Google Sheets atau kajian. Nomor urut dan baris judul dilewati; alamat \"-\" berarti tanpa situs. Status: Aktif / Tidak aktif.", "Copy table rows from Excel, Google Sheets or a study. Row numbers and a header row are skipped; an address \"-\" means no site. Status: Active / Inactive.";
    paste_add: "Tambahkan baris yang ditempel", "Add the pasted rows";
    pasted: "{} baris ditambahkan ke inventaris.", "{} rows added to the inventory.";
    pasted_without_status: "{} situs tanpa status dicatat tidak aktif: periksa dan centang yang aktif.", "{} sites without a status were recorded as inactive: check them and tick the active ones.";
    paste_clipped: "Teks yang ditempel lebih dari {} karakter: hanya baris utuh di awalnya yang dibaca. Tempel sisanya terpisah.", "The pasted text is over {} characters: only the whole lines at its start were read. Paste the rest separately.";
    skipped_more: "…dan {} baris lain dilewati.", "…and {} more lines skipped.";
    pasted_over_limit: "{} baris tidak ditambahkan: inventaris paling banyak {} situs.", "{} rows not added: the inventory holds at most {} sites.";
    not_saved: "Inventaris tidak tersimpan: penyimpanan peramban penuh atau tidak tersedia. Perubahan hanya ada di halaman ini; salin tabelnya sebelum menutup.", "The inventory was not saved: the browser's storage is full or unavailable. The changes are on this page only; copy the table before closing it.";
    damaged: "Inventaris tersimpan rusak sebagian: yang dapat dibaca ditampilkan, dan salinan aslinya disimpan terpisah.", "The saved inventory is partly damaged: what could be read is shown, and the original is kept aside.";
    saved_hint: "Tersimpan otomatis di peramban ini.", "Saved automatically in this browser.";
    import_not_saved: "Isian diimpor, tetapi inventaris situs web dari berkas tidak dapat disimpan: penyimpanan peramban penuh atau tidak tersedia.", "The assessment was imported, but the file's website inventory could not be saved: the browser's storage is full or unavailable.";
    criterion_note: "Inventaris situs web (bukti E1, N1, N2): {}", "Website inventory (evidence for E1, N1, N2): {}";
}
