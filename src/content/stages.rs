//! The UN five-stage e-government model, as a yes / partly / no check of the region's
//! official website or portal (seed 001, chapter II.E, Tabel 2.1 and chapter V.A).

use crate::model::{Criterion, Stage, StageInstrument, Text};

pub static INSTRUMENT: StageInstrument = StageInstrument {
    key: "stage",
    name: Text::content(
        "Tahapan e-government (model lima tahap PBB)",
        "E-government stage (UN five-stage model)",
    ),
    source: Text::content(
        "Model lima tahap e-government PBB (UN), dalam kajian Palembang 2023",
        "UN five-stage e-government model, as used in the Palembang 2023 study",
    ),
    stages: &[
        Stage {
            number: 1,
            name: Text::content("Kehadiran awal (Emerging)", "Emerging"),
            description: Text::content(
                "Situs resmi menyajikan informasi pemerintahan yang statis, tanpa kanal interaksi.",
                "An official website presents static government information, with no interaction channel.",
            ),
            criteria: &[Criterion {
                id: "E1",
                statement: Text::content(
                    "Situs resmi pemda menyajikan informasi pemerintahan (profil daerah, struktur, program), meski masih statis.",
                    "The official website presents government information (regional profile, structure, programmes), even if static.",
                ),
            }],
        },
        Stage {
            number: 2,
            name: Text::content("Pengayaan informasi (Enhanced)", "Enhanced"),
            description: Text::content(
                "Situs memuat tautan informasi layanan, dokumen penting dan berita pemerintah.",
                "The site links to service information and carries key documents and government news.",
            ),
            criteria: &[
                Criterion {
                    id: "N1",
                    statement: Text::content(
                        "Situs memuat tautan ke informasi layanan yang disediakan (persyaratan, alur, kontak layanan).",
                        "The site links to information on the services offered (requirements, steps, service contacts).",
                    ),
                },
                Criterion {
                    id: "N2",
                    statement: Text::content(
                        "Situs memuat dokumen pemerintah (peraturan, informasi layanan) yang dapat diunduh dan berita kegiatan pemerintah.",
                        "The site carries downloadable government documents (regulations, service information) and government news.",
                    ),
                },
            ],
        },
        Stage {
            number: 3,
            name: Text::content("Interaksi satu arah (Interactive)", "Interactive"),
            description: Text::content(
                "Warga dapat mengunduh dan mengisi formulir layanan; interaksi masih satu arah.",
                "Citizens can download and fill in service forms; interaction is still one-way.",
            ),
            criteria: &[
                Criterion {
                    id: "I1",
                    statement: Text::content(
                        "Formulir layanan dapat diunduh dari situs resmi.",
                        "Service forms can be downloaded from the official site.",
                    ),
                },
                Criterion {
                    id: "I2",
                    statement: Text::content(
                        "Formulir layanan dapat diisi langsung secara daring di situs resmi.",
                        "Service forms can be filled in online directly on the official site.",
                    ),
                },
            ],
        },
        Stage {
            number: 4,
            name: Text::content("Transaksi daring (Transactional)", "Transactional"),
            description: Text::content(
                "Interaksi dua arah berjalan dan transaksi layanan publik selesai melalui internet.",
                "Two-way interaction works and public-service transactions are completed over the internet.",
            ),
            criteria: &[
                Criterion {
                    id: "T1",
                    statement: Text::content(
                        "Dari situs tersedia kanal interaksi dua arah (telepon, surel, chat/WhatsApp) yang benar-benar dijawab.",
                        "A two-way channel (phone, e-mail, chat/WhatsApp) is reachable from the site and actually answered.",
                    ),
                },
                Criterion {
                    id: "T2",
                    statement: Text::content(
                        "Warga dapat menyelesaikan transaksi layanan publik sepenuhnya lewat internet, dari permohonan hingga dokumen terbit.",
                        "Citizens can complete a public-service transaction entirely over the internet, from application to issued document.",
                    ),
                },
            ],
        },
        Stage {
            number: 5,
            name: Text::content("Keterhubungan (Connected)", "Connected"),
            description: Text::content(
                "Layanan terhubung dalam satu portal, antarinstansi dan antartingkat pemerintahan, berbagi data, dan melibatkan pemangku kepentingan.",
                "Services are joined in one portal, across agencies and levels of government, sharing data and involving stakeholders.",
            ),
            criteria: &[
                Criterion {
                    id: "K1",
                    statement: Text::content(
                        "Layanan pemda terhubung dalam satu portal yang dikelola satu instansi.",
                        "The government's services are joined in one portal run by one agency.",
                    ),
                },
                Criterion {
                    id: "K2",
                    statement: Text::content(
                        "Sistem antar-OPD setingkat saling terhubung, sehingga warga tidak perlu menyerahkan dokumen yang sama berulang kali.",
                        "Systems of same-level agencies are connected, so citizens need not hand in the same documents again and again.",
                    ),
                },
                Criterion {
                    id: "K3",
                    statement: Text::content(
                        "Layanan daerah terintegrasi vertikal dengan sistem provinsi dan pusat (misalnya SIPD, Dukcapil, OSS).",
                        "Regional services are integrated vertically with provincial and national systems (e.g. SIPD, Dukcapil, OSS).",
                    ),
                },
                Criterion {
                    id: "K4",
                    statement: Text::content(
                        "Data yang sama dipakai bersama oleh beberapa instansi (interoperabilitas), tidak dikumpulkan ulang oleh tiap OPD.",
                        "The same data is used by several agencies (interoperability) instead of being collected again by each OPD.",
                    ),
                },
                Criterion {
                    id: "K5",
                    statement: Text::content(
                        "Portal terhubung dengan warga dan pemangku kepentingan (swasta, akademisi, LSM), misalnya layanan investasi atau data terbuka.",
                        "The portal connects citizens and stakeholders (business, academia, NGOs), e.g. through investment services or open data.",
                    ),
                },
            ],
        },
    ],
};
