//! Help texts and recommendations of the UN stage checklist instrument, by item, indicator or
//! criterion id. Kept apart from the statements (`stages.rs`) because the first-load app
//! does not link them: it fetches them as a file when a page needs them
//! (`content::guidance`), which keeps some 14 KB gzip out of the first load.

use crate::model::{Recommendation, Text};

pub static HELP: &[(&str, Text)] = &[
    ("E1", Text::new(
        "Ya: lengkap dan mutakhir. Sebagian: ada, tetapi banyak menu kosong atau usang. Tidak: situs tidak ada atau tidak aktif.",
        "Yes: complete and current. Partly: present, but many menus empty or outdated. No: no site, or the site is down.",
    )),
    ("N1", Text::new(
        "Ya: tiap layanan utama punya halaman atau tautan berisi syarat, alur dan kontak. Sebagian: hanya beberapa layanan, atau tautan rusak.",
        "Yes: every key service has a page or link with requirements, steps and contacts. Partly: only some services, or broken links.",
    )),
    ("N2", Text::new(
        "Ya: peraturan tersambung ke JDIH, dokumen publik dapat diunduh, berita rutin. Sebagian: hanya berita, atau dokumen usang.",
        "Yes: regulations linked to the JDIH, public documents downloadable, regular news. Partly: news only, or outdated documents.",
    )),
    ("I1", Text::new(
        "Ya: tersedia untuk layanan utama. Sebagian: hanya untuk sedikit layanan. Tidak: tidak ada formulir sama sekali.",
        "Yes: available for the main services. Partly: for only a few services. No: no forms at all.",
    )),
    ("I2", Text::new(
        "Ya: formulir isian daring tersedia untuk layanan utama. Sebagian: hanya sebagian, atau mengalihkan ke aplikasi pihak ketiga.",
        "Yes: online forms for the main services. Partly: only some, or they redirect to a third-party app.",
    )),
    ("T1", Text::new(
        "Ya: kontak tercantum dan uji coba pesan dijawab. Sebagian: kontak ada tetapi tidak dijawab atau hanya untuk sebagian layanan.",
        "Yes: contacts listed and a test message is answered. Partly: contacts listed but unanswered, or only for some services.",
    )),
    ("T2", Text::new(
        "Ya: minimal satu layanan selesai penuh secara daring (contoh: Si Demang Palembang). Sebagian: permohonan daring, tetapi tetap harus datang.",
        "Yes: at least one service fully online (e.g. Palembang's Si Demang). Partly: apply online but still have to visit.",
    )),
    ("K1", Text::new(
        "Ya: satu portal menjadi pintu masuk layanan semua OPD. Sebagian: portal ada, tetapi banyak layanan OPD masih terpisah.",
        "Yes: one portal is the entry point to every OPD's services. Partly: a portal exists, but many OPD services are separate.",
    )),
    ("K2", Text::new(
        "Ya: layanan memakai data OPD lain secara otomatis. Sebagian: hanya beberapa pasang OPD, atau data dikirim manual.",
        "Yes: services use other OPDs' data automatically. Partly: only a few OPD pairs, or data is sent by hand.",
    )),
    ("K3", Text::new(
        "Ya: data mengalir otomatis ke dan dari sistem nasional. Sebagian: sebagian sistem, atau entri ganda manual.",
        "Yes: data flows automatically to and from national systems. Partly: some systems only, or manual double entry.",
    )),
    ("K4", Text::new(
        "Ya: ada walidata, standar data dan pertukaran data antarinstansi. Sebagian: baru portal data tanpa pertukaran otomatis.",
        "Yes: a data steward, data standards and data exchange between agencies. Partly: a data portal without automatic exchange.",
    )),
    ("K5", Text::new(
        "Ya: layanan atau kanal kemitraan aktif dan mutakhir. Sebagian: menu ada tetapi informasinya lama (misalnya peluang investasi).",
        "Yes: active, current partnership services or channels. Partly: the menu exists but its content is old (e.g. investment).",
    )),
];

pub static RECOMMENDATIONS: &[(&str, &[Recommendation])] = &[
    ("E1", &[Recommendation {
        text: Text::new(
            "Pastikan situs resmi .go.id aktif dengan profil, struktur, program dan kontak; tetapkan pengelola konten dan jadwal pemutakhiran.",
            "Keep an active official .go.id site with profile, structure, programmes and contacts; name a content owner and an update schedule.",
        ),
        basis: Text::new(
            "UU 14/2008 KIP; Kajian Palembang 2023, saran 7",
            "UU 14/2008 (Public Information); Palembang 2023 study, suggestion 7",
        ),
    }]),
    ("N1", &[Recommendation {
        text: Text::new(
            "Buat halaman daftar layanan yang memuat standar pelayanan (syarat, alur, waktu, biaya, kontak) tiap layanan, dan periksa tautannya berkala.",
            "Publish a service directory with the service standard of each service (requirements, steps, time, fee, contact), and check its links regularly.",
        ),
        basis: Text::new(
            "UU 25/2009 Pelayanan Publik (standar pelayanan)",
            "UU 25/2009 (Public Services: service standards)",
        ),
    }]),
    ("N2", &[Recommendation {
        text: Text::new(
            "Hubungkan situs ke JDIH dan PPID daerah, unggah dokumen publik (RPJMD, APBD, LKjIP), dan perbarui berita secara rutin.",
            "Link the site to the regional JDIH and PPID, upload public documents (RPJMD, APBD, LKjIP), and post news regularly.",
        ),
        basis: Text::new(
            "UU 14/2008 KIP; Perpres 33/2012 JDIH Nasional",
            "UU 14/2008 (Public Information); Perpres 33/2012 (national JDIH)",
        ),
    }]),
    ("I1", &[Recommendation {
        text: Text::new(
            "Unggah formulir tiap layanan dalam format siap cetak (PDF) di halaman layanannya, agar warga dapat mengisinya sebelum datang.",
            "Post each service's form in a print-ready format (PDF) on its service page, so citizens can fill it in before they come.",
        ),
        basis: Text::new(
            "Kajian Palembang 2023, saran 9",
            "Palembang 2023 study, suggestion 9",
        ),
    }]),
    ("I2", &[Recommendation {
        text: Text::new(
            "Sediakan formulir isian daring di situs utama yang tersambung ke basis data OPD pengelola, tanpa mengalihkan warga ke aplikasi pihak ketiga.",
            "Offer online forms on the main site, connected to the responsible OPD's database, without sending citizens to third-party apps.",
        ),
        basis: Text::new(
            "Kajian Palembang 2023, saran 6 dan 9",
            "Palembang 2023 study, suggestions 6 and 9",
        ),
    }]),
    ("T1", &[Recommendation {
        text: Text::new(
            "Tampilkan kanal kontak dan pengaduan terpadu (call center, WhatsApp, SP4N-LAPOR!) di setiap halaman dan tetapkan batas waktu jawaban.",
            "Show a single contact and complaint channel (call centre, WhatsApp, SP4N-LAPOR!) on every page and set a response deadline.",
        ),
        basis: Text::new(
            "Perpres 76/2013 (SP4N-LAPOR!); Kajian Palembang 2023, saran 11",
            "Perpres 76/2013 (SP4N-LAPOR!); Palembang 2023 study, suggestion 11",
        ),
    }]),
    ("T2", &[Recommendation {
        text: Text::new(
            "Tuntaskan layanan dengan permohonan terbanyak agar selesai sepenuhnya daring, termasuk pembayaran dan dokumen bertanda tangan elektronik.",
            "Take the most requested services fully online, including payment and documents with an electronic signature.",
        ),
        basis: Text::new(
            "Perpres 95/2018 SPBE (layanan publik berbasis elektronik); UU 25/2009",
            "Perpres 95/2018 (SPBE electronic public services); UU 25/2009",
        ),
    }]),
    ("K1", &[Recommendation {
        text: Text::new(
            "Jadikan satu portal layanan terpadu yang dikelola Diskominfo sebagai pintu masuk semua layanan OPD, dengan satu akun warga.",
            "Make one integrated service portal, run by Diskominfo, the entry point to every OPD service, with a single citizen account.",
        ),
        basis: Text::new(
            "Perpres 82/2023 Transformasi Digital dan Keterpaduan Layanan Digital Nasional",
            "Perpres 82/2023 (digital transformation and integrated national digital services)",
        ),
    }]),
    ("K2", &[Recommendation {
        text: Text::new(
            "Hubungkan aplikasi antar-OPD lewat sistem penghubung layanan (API), dimulai dari integrasi data kependudukan berbasis NIK.",
            "Connect OPD applications through a government service bus (APIs), starting with population data keyed on NIK.",
        ),
        basis: Text::new(
            "Perpres 95/2018 SPBE; Kajian Smart Province Sumsel (integrasi NIK Banyuasin, Prabumulih)",
            "Perpres 95/2018 (SPBE); South Sumatra Smart Province study (NIK integration in Banyuasin, Prabumulih)",
        ),
    }]),
    ("K3", &[Recommendation {
        text: Text::new(
            "Integrasikan aplikasi daerah dengan sistem provinsi dan nasional (SIPD, SIAK Dukcapil, OSS, SP4N-LAPOR!) untuk menghapus entri data ganda.",
            "Integrate regional applications with provincial and national systems (SIPD, Dukcapil SIAK, OSS, SP4N-LAPOR!) to end double data entry.",
        ),
        basis: Text::new(
            "Permendagri 70/2019 SIPD; Kajian Smart Province Sumsel (provinsi sebagai integrator)",
            "Permendagri 70/2019 (SIPD); South Sumatra Smart Province study (province as integrator)",
        ),
    }]),
    ("K4", &[Recommendation {
        text: Text::new(
            "Terapkan Satu Data daerah: tetapkan walidata, standar data dan metadata, lalu bagikan data antarinstansi melalui portal dan API.",
            "Implement regional One Data: appoint a data steward, set data and metadata standards, then share data across agencies via portal and API.",
        ),
        basis: Text::new(
            "Perpres 39/2019 Satu Data Indonesia; Kajian Smart Province Sumsel (Sumsel Satu Data bersama BPS)",
            "Perpres 39/2019 (One Data Indonesia); South Sumatra Smart Province study (South Sumatra One Data with BPS)",
        ),
    }]),
    ("K5", &[Recommendation {
        text: Text::new(
            "Sediakan di portal layanan untuk investor, kampus dan LSM: peluang investasi yang mutakhir, data terbuka, dan kanal kemitraan.",
            "Offer services for investors, universities and NGOs on the portal: current investment opportunities, open data and a partnership channel.",
        ),
        basis: Text::new(
            "Kajian Palembang 2023, saran 10",
            "Palembang 2023 study, suggestion 10",
        ),
    }]),
];
