//! The UN five-stage e-government model, as a yes / partly / no check of the region's
//! official website or portal (seed 001, chapter II.E, Tabel 2.1 and chapter V.A).

use crate::model::{Criterion, Recommendation, Stage, StageInstrument, Text};

pub static INSTRUMENT: StageInstrument = StageInstrument {
    key: "stage",
    name: Text::new(
        "Tahapan e-government (model lima tahap PBB)",
        "E-government stage (UN five-stage model)",
    ),
    source: Text::new(
        "Model lima tahap e-government PBB (UN), dalam kajian Palembang 2023",
        "UN five-stage e-government model, as used in the Palembang 2023 study",
    ),
    stages: &[
        Stage {
            number: 1,
            name: Text::new("Emerging (Kehadiran awal)", "Emerging"),
            description: Text::new(
                "Situs resmi menyajikan informasi pemerintahan yang statis, tanpa kanal interaksi.",
                "An official website presents static government information, with no interaction channel.",
            ),
            criteria: &[Criterion {
                id: "E1",
                statement: Text::new(
                    "Situs resmi pemda menyajikan informasi pemerintahan (profil daerah, struktur, program), meski masih statis.",
                    "The official website presents government information (regional profile, structure, programmes), even if static.",
                ),
                help: Text::new(
                    "Ya: lengkap dan mutakhir. Sebagian: ada, tetapi banyak menu kosong atau usang. Tidak: situs tidak ada atau tidak aktif.",
                    "Yes: complete and current. Partly: present, but many menus empty or outdated. No: no site, or the site is down.",
                ),
                recommendations: &[Recommendation {
                    text: Text::new(
                        "Pastikan situs resmi .go.id aktif dengan profil, struktur, program dan kontak; tetapkan pengelola konten dan jadwal pemutakhiran.",
                        "Keep an active official .go.id site with profile, structure, programmes and contacts; name a content owner and an update schedule.",
                    ),
                    basis: Text::new(
                        "UU 14/2008 KIP; Kajian Palembang 2023, saran 7",
                        "UU 14/2008 (Public Information); Palembang 2023 study, suggestion 7",
                    ),
                }],
            }],
        },
        Stage {
            number: 2,
            name: Text::new("Enhanced (Pengayaan informasi)", "Enhanced"),
            description: Text::new(
                "Situs memuat tautan informasi layanan, dokumen penting dan berita pemerintah.",
                "The site links to service information and carries key documents and government news.",
            ),
            criteria: &[
                Criterion {
                    id: "N1",
                    statement: Text::new(
                        "Situs memuat tautan ke informasi layanan yang disediakan (persyaratan, alur, kontak layanan).",
                        "The site links to information on the services offered (requirements, steps, service contacts).",
                    ),
                    help: Text::new(
                        "Ya: tiap layanan utama punya halaman atau tautan berisi syarat, alur dan kontak. Sebagian: hanya beberapa layanan, atau tautan rusak.",
                        "Yes: every key service has a page or link with requirements, steps and contacts. Partly: only some services, or broken links.",
                    ),
                    recommendations: &[Recommendation {
                        text: Text::new(
                            "Buat halaman daftar layanan yang memuat standar pelayanan (syarat, alur, waktu, biaya, kontak) tiap layanan, dan periksa tautannya berkala.",
                            "Publish a service directory with the service standard of each service (requirements, steps, time, fee, contact), and check its links regularly.",
                        ),
                        basis: Text::new(
                            "UU 25/2009 Pelayanan Publik (standar pelayanan)",
                            "UU 25/2009 (Public Services: service standards)",
                        ),
                    }],
                },
                Criterion {
                    id: "N2",
                    statement: Text::new(
                        "Situs memuat dokumen pemerintah (peraturan, informasi layanan) yang dapat diunduh dan berita kegiatan pemerintah.",
                        "The site carries downloadable government documents (regulations, service information) and government news.",
                    ),
                    help: Text::new(
                        "Ya: peraturan tersambung ke JDIH, dokumen publik dapat diunduh, berita rutin. Sebagian: hanya berita, atau dokumen usang.",
                        "Yes: regulations linked to the JDIH, public documents downloadable, regular news. Partly: news only, or outdated documents.",
                    ),
                    recommendations: &[Recommendation {
                        text: Text::new(
                            "Hubungkan situs ke JDIH dan PPID daerah, unggah dokumen publik (RPJMD, APBD, LKjIP), dan perbarui berita secara rutin.",
                            "Link the site to the regional JDIH and PPID, upload public documents (RPJMD, APBD, LKjIP), and post news regularly.",
                        ),
                        basis: Text::new(
                            "UU 14/2008 KIP; Perpres 33/2012 JDIH Nasional",
                            "UU 14/2008 (Public Information); Perpres 33/2012 (national JDIH)",
                        ),
                    }],
                },
            ],
        },
        Stage {
            number: 3,
            name: Text::new("Interactive (Interaksi satu arah)", "Interactive"),
            description: Text::new(
                "Warga dapat mengunduh dan mengisi formulir layanan; interaksi masih satu arah.",
                "Citizens can download and fill in service forms; interaction is still one-way.",
            ),
            criteria: &[
                Criterion {
                    id: "I1",
                    statement: Text::new(
                        "Formulir layanan dapat diunduh dari situs resmi.",
                        "Service forms can be downloaded from the official site.",
                    ),
                    help: Text::new(
                        "Ya: tersedia untuk layanan utama. Sebagian: hanya untuk sedikit layanan. Tidak: tidak ada formulir sama sekali.",
                        "Yes: available for the main services. Partly: for only a few services. No: no forms at all.",
                    ),
                    recommendations: &[Recommendation {
                        text: Text::new(
                            "Unggah formulir tiap layanan dalam format siap cetak (PDF) di halaman layanannya, agar warga dapat mengisinya sebelum datang.",
                            "Post each service's form in a print-ready format (PDF) on its service page, so citizens can fill it in before they come.",
                        ),
                        basis: Text::new(
                            "Kajian Palembang 2023, saran 9",
                            "Palembang 2023 study, suggestion 9",
                        ),
                    }],
                },
                Criterion {
                    id: "I2",
                    statement: Text::new(
                        "Formulir layanan dapat diisi langsung secara daring di situs resmi.",
                        "Service forms can be filled in online directly on the official site.",
                    ),
                    help: Text::new(
                        "Ya: formulir isian daring tersedia untuk layanan utama. Sebagian: hanya sebagian, atau mengalihkan ke aplikasi pihak ketiga.",
                        "Yes: online forms for the main services. Partly: only some, or they redirect to a third-party app.",
                    ),
                    recommendations: &[Recommendation {
                        text: Text::new(
                            "Sediakan formulir isian daring di situs utama yang tersambung ke basis data OPD pengelola, tanpa mengalihkan warga ke aplikasi pihak ketiga.",
                            "Offer online forms on the main site, connected to the responsible OPD's database, without sending citizens to third-party apps.",
                        ),
                        basis: Text::new(
                            "Kajian Palembang 2023, saran 6 dan 9",
                            "Palembang 2023 study, suggestions 6 and 9",
                        ),
                    }],
                },
            ],
        },
        Stage {
            number: 4,
            name: Text::new("Transactional (Transaksi daring)", "Transactional"),
            description: Text::new(
                "Interaksi dua arah berjalan dan transaksi layanan publik selesai melalui internet.",
                "Two-way interaction works and public-service transactions are completed over the internet.",
            ),
            criteria: &[
                Criterion {
                    id: "T1",
                    statement: Text::new(
                        "Dari situs tersedia kanal interaksi dua arah (telepon, surel, chat/WhatsApp) yang benar-benar dijawab.",
                        "A two-way channel (phone, e-mail, chat/WhatsApp) is reachable from the site and actually answered.",
                    ),
                    help: Text::new(
                        "Ya: kontak tercantum dan uji coba pesan dijawab. Sebagian: kontak ada tetapi tidak dijawab atau hanya untuk sebagian layanan.",
                        "Yes: contacts listed and a test message is answered. Partly: contacts listed but unanswered, or only for some services.",
                    ),
                    recommendations: &[Recommendation {
                        text: Text::new(
                            "Tampilkan kanal kontak dan pengaduan terpadu (call center, WhatsApp, SP4N-LAPOR!) di setiap halaman dan tetapkan batas waktu jawaban.",
                            "Show a single contact and complaint channel (call centre, WhatsApp, SP4N-LAPOR!) on every page and set a response deadline.",
                        ),
                        basis: Text::new(
                            "Perpres 76/2013 (SP4N-LAPOR!); Kajian Palembang 2023, saran 11",
                            "Perpres 76/2013 (SP4N-LAPOR!); Palembang 2023 study, suggestion 11",
                        ),
                    }],
                },
                Criterion {
                    id: "T2",
                    statement: Text::new(
                        "Warga dapat menyelesaikan transaksi layanan publik sepenuhnya lewat internet, dari permohonan hingga dokumen terbit.",
                        "Citizens can complete a public-service transaction entirely over the internet, from application to issued document.",
                    ),
                    help: Text::new(
                        "Ya: minimal satu layanan selesai penuh secara daring (contoh: Si Demang Palembang). Sebagian: permohonan daring, tetapi tetap harus datang.",
                        "Yes: at least one service fully online (e.g. Palembang's Si Demang). Partly: apply online but still have to visit.",
                    ),
                    recommendations: &[Recommendation {
                        text: Text::new(
                            "Tuntaskan layanan dengan permohonan terbanyak agar selesai sepenuhnya daring, termasuk pembayaran dan dokumen bertanda tangan elektronik.",
                            "Take the most requested services fully online, including payment and documents with an electronic signature.",
                        ),
                        basis: Text::new(
                            "Perpres 95/2018 SPBE (layanan publik berbasis elektronik); UU 25/2009",
                            "Perpres 95/2018 (SPBE electronic public services); UU 25/2009",
                        ),
                    }],
                },
            ],
        },
        Stage {
            number: 5,
            name: Text::new("Connected (Keterhubungan)", "Connected"),
            description: Text::new(
                "Layanan terhubung dalam satu portal, antarinstansi dan antartingkat pemerintahan, berbagi data, dan melibatkan pemangku kepentingan.",
                "Services are joined in one portal, across agencies and levels of government, sharing data and involving stakeholders.",
            ),
            criteria: &[
                Criterion {
                    id: "K1",
                    statement: Text::new(
                        "Layanan pemda terhubung dalam satu portal yang dikelola satu instansi.",
                        "The government's services are joined in one portal run by one agency.",
                    ),
                    help: Text::new(
                        "Ya: satu portal menjadi pintu masuk layanan semua OPD. Sebagian: portal ada, tetapi banyak layanan OPD masih terpisah.",
                        "Yes: one portal is the entry point to every OPD's services. Partly: a portal exists, but many OPD services are separate.",
                    ),
                    recommendations: &[Recommendation {
                        text: Text::new(
                            "Jadikan satu portal layanan terpadu yang dikelola Diskominfo sebagai pintu masuk semua layanan OPD, dengan satu akun warga.",
                            "Make one integrated service portal, run by Diskominfo, the entry point to every OPD service, with a single citizen account.",
                        ),
                        basis: Text::new(
                            "Perpres 82/2023 Transformasi Digital dan Keterpaduan Layanan Digital Nasional",
                            "Perpres 82/2023 (digital transformation and integrated national digital services)",
                        ),
                    }],
                },
                Criterion {
                    id: "K2",
                    statement: Text::new(
                        "Sistem antar-OPD setingkat saling terhubung, sehingga warga tidak perlu menyerahkan dokumen yang sama berulang kali.",
                        "Systems of same-level agencies are connected, so citizens need not hand in the same documents again and again.",
                    ),
                    help: Text::new(
                        "Ya: layanan memakai data OPD lain secara otomatis. Sebagian: hanya beberapa pasang OPD, atau data dikirim manual.",
                        "Yes: services use other OPDs' data automatically. Partly: only a few OPD pairs, or data is sent by hand.",
                    ),
                    recommendations: &[Recommendation {
                        text: Text::new(
                            "Hubungkan aplikasi antar-OPD lewat sistem penghubung layanan (API), dimulai dari integrasi data kependudukan berbasis NIK.",
                            "Connect OPD applications through a government service bus (APIs), starting with population data keyed on NIK.",
                        ),
                        basis: Text::new(
                            "Perpres 95/2018 SPBE; Kajian Smart Province Sumsel (integrasi NIK Banyuasin, Prabumulih)",
                            "Perpres 95/2018 (SPBE); South Sumatra Smart Province study (NIK integration in Banyuasin, Prabumulih)",
                        ),
                    }],
                },
                Criterion {
                    id: "K3",
                    statement: Text::new(
                        "Layanan daerah terintegrasi vertikal dengan sistem provinsi dan pusat (misalnya SIPD, Dukcapil, OSS).",
                        "Regional services are integrated vertically with provincial and national systems (e.g. SIPD, Dukcapil, OSS).",
                    ),
                    help: Text::new(
                        "Ya: data mengalir otomatis ke dan dari sistem nasional. Sebagian: sebagian sistem, atau entri ganda manual.",
                        "Yes: data flows automatically to and from national systems. Partly: some systems only, or manual double entry.",
                    ),
                    recommendations: &[Recommendation {
                        text: Text::new(
                            "Integrasikan aplikasi daerah dengan sistem provinsi dan nasional (SIPD, SIAK Dukcapil, OSS, SP4N-LAPOR!) untuk menghapus entri data ganda.",
                            "Integrate regional applications with provincial and national systems (SIPD, Dukcapil SIAK, OSS, SP4N-LAPOR!) to end double data entry.",
                        ),
                        basis: Text::new(
                            "Permendagri 70/2019 SIPD; Kajian Smart Province Sumsel (provinsi sebagai integrator)",
                            "Permendagri 70/2019 (SIPD); South Sumatra Smart Province study (province as integrator)",
                        ),
                    }],
                },
                Criterion {
                    id: "K4",
                    statement: Text::new(
                        "Data yang sama dipakai bersama oleh beberapa instansi (interoperabilitas), tidak dikumpulkan ulang oleh tiap OPD.",
                        "The same data is used by several agencies (interoperability) instead of being collected again by each OPD.",
                    ),
                    help: Text::new(
                        "Ya: ada walidata, standar data dan pertukaran data antarinstansi. Sebagian: baru portal data tanpa pertukaran otomatis.",
                        "Yes: a data steward, data standards and data exchange between agencies. Partly: a data portal without automatic exchange.",
                    ),
                    recommendations: &[Recommendation {
                        text: Text::new(
                            "Terapkan Satu Data daerah: tetapkan walidata, standar data dan metadata, lalu bagikan data antarinstansi melalui portal dan API.",
                            "Implement regional One Data: appoint a data steward, set data and metadata standards, then share data across agencies via portal and API.",
                        ),
                        basis: Text::new(
                            "Perpres 39/2019 Satu Data Indonesia; Kajian Smart Province Sumsel (Sumsel Satu Data bersama BPS)",
                            "Perpres 39/2019 (One Data Indonesia); South Sumatra Smart Province study (South Sumatra One Data with BPS)",
                        ),
                    }],
                },
                Criterion {
                    id: "K5",
                    statement: Text::new(
                        "Portal terhubung dengan warga dan pemangku kepentingan (swasta, akademisi, LSM), misalnya layanan investasi atau data terbuka.",
                        "The portal connects citizens and stakeholders (business, academia, NGOs), e.g. through investment services or open data.",
                    ),
                    help: Text::new(
                        "Ya: layanan atau kanal kemitraan aktif dan mutakhir. Sebagian: menu ada tetapi informasinya lama (misalnya peluang investasi).",
                        "Yes: active, current partnership services or channels. Partly: the menu exists but its content is old (e.g. investment).",
                    ),
                    recommendations: &[Recommendation {
                        text: Text::new(
                            "Sediakan di portal layanan untuk investor, kampus dan LSM: peluang investasi yang mutakhir, data terbuka, dan kanal kemitraan.",
                            "Offer services for investors, universities and NGOs on the portal: current investment opportunities, open data and a partnership channel.",
                        ),
                        basis: Text::new(
                            "Kajian Palembang 2023, saran 10",
                            "Palembang 2023 study, suggestion 10",
                        ),
                    }],
                },
            ],
        },
    ],
};
