//! Support / Capacity / Value: the three success elements of e-government
//! (Harvard JFK School of Government via Indrajit 2006), as used in the Palembang
//! 2023 study (seed 001, chapter II.F, Tabel 2.1, chapter V.B and the "saran").

use crate::model::{Element, Indicator, Item, LikertInstrument, Text};

pub static INSTRUMENT: LikertInstrument = LikertInstrument {
    key: "scv",
    name: Text::content(
        "Elemen sukses e-government: Dukungan, Kapasitas, Nilai",
        "E-government success elements: Support, Capacity, Value",
    ),
    source: Text::content(
        "Harvard JFK School of Government via Indrajit (2006), dalam kajian Palembang 2023",
        "Harvard JFK School of Government via Indrajit (2006), as used in the Palembang 2023 study",
    ),
    elements: &[
        Element {
            key: "support",
            name: Text::content("Dukungan", "Support"),
            weight: 1.0 / 3.0,
            indicators: &[
                Indicator {
                    id: "S1",
                    name: Text::content("Visi dan kerangka e-government", "Vision and framework"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "S1.1",
                            statement: Text::content(
                                "Pemda kami memiliki visi dan kerangka e-government/Smart City yang disepakati pimpinan dan dimuat dalam RPJMD.",
                                "Our government has an agreed e-government / Smart City vision and framework, written into the RPJMD.",
                            ),
                        },
                        Item {
                            id: "S1.2",
                            statement: Text::content(
                                "Kami memiliki masterplan atau cetak biru Smart City/SPBE tersendiri, tidak hanya berpegang pada RPJMD.",
                                "We have a Smart City / SPBE masterplan or blueprint of our own, not only the RPJMD.",
                            ),
                        },
                        Item {
                            id: "S1.3",
                            statement: Text::content(
                                "E-government dikembangkan menurut peta jalan bertahap dengan target, indikator keberhasilan dan sumber pendanaan.",
                                "E-government is developed along a phased roadmap with targets, success indicators and funding sources.",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "S2",
                    name: Text::content("Regulasi yang jelas", "Clear regulation"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "S2.1",
                            statement: Text::content(
                                "Kami memiliki Perda atau Perkada tentang penyelenggaraan SPBE/e-government sebagai turunan Perpres 95/2018.",
                                "We have a Perda or Perkada on running SPBE / e-government that implements Perpres 95/2018.",
                            ),
                        },
                        Item {
                            id: "S2.2",
                            statement: Text::content(
                                "Layanan elektronik utama memiliki SOP tertulis yang ditetapkan dan benar-benar dipakai OPD pelaksana.",
                                "Key electronic services have written, adopted SOPs that the implementing OPDs actually follow.",
                            ),
                        },
                        Item {
                            id: "S2.3",
                            statement: Text::content(
                                "Kami memiliki kebijakan dan prosedur keamanan informasi serta pelindungan data pribadi yang dijalankan.",
                                "We have information-security and personal-data-protection policies and procedures that are applied.",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "S3",
                    name: Text::content("Sosialisasi", "Socialisation"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "S3.1",
                            statement: Text::content(
                                "Layanan e-government kami dikenalkan kepada ASN dan masyarakat secara rutin, tidak hanya sekali saat peluncuran.",
                                "Our e-government services are promoted to civil servants and the public regularly, not just once at launch.",
                            ),
                        },
                        Item {
                            id: "S3.2",
                            statement: Text::content(
                                "Sosialisasi memakai media sosial dan kanal modern, serta melibatkan kampus, komunitas dan media.",
                                "Outreach uses social media and other modern channels, and involves universities, communities and the media.",
                            ),
                        },
                        Item {
                            id: "S3.3",
                            statement: Text::content(
                                "Sosialisasi e-government memiliki anggaran tersendiri dalam DPA.",
                                "E-government outreach has its own budget line in the DPA.",
                            ),
                        },
                    ],
                },
            ],
        },
        Element {
            key: "capacity",
            name: Text::content("Kapasitas", "Capacity"),
            weight: 1.0 / 3.0,
            indicators: &[
                Indicator {
                    id: "C1",
                    name: Text::content("Sumber daya finansial", "Financial resources"),
                    weight: 0.25,
                    items: &[
                        Item {
                            id: "C1.1",
                            statement: Text::content(
                                "Anggaran e-government/SPBE mencukupi untuk program yang direncanakan dalam Renstra.",
                                "The e-government / SPBE budget is enough for the programmes planned in the Renstra.",
                            ),
                        },
                        Item {
                            id: "C1.2",
                            statement: Text::content(
                                "Realisasi anggaran TIK tahun lalu tinggi (di atas 95%) dan menghasilkan keluaran yang direncanakan.",
                                "Last year's ICT budget was well spent (over 95%) and delivered the planned outputs.",
                            ),
                        },
                        Item {
                            id: "C1.3",
                            statement: Text::content(
                                "Kami memanfaatkan dana di luar APBD, seperti DAK bidang TIK, CSR atau kerja sama dengan swasta.",
                                "We draw on funding beyond the regional budget, such as DAK for ICT, CSR or partnerships with business.",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "C2",
                    name: Text::content("Infrastruktur TIK", "ICT infrastructure"),
                    weight: 0.5,
                    items: &[
                        Item {
                            id: "C2.1",
                            statement: Text::content(
                                "Jaringan Diskominfo (fiber optik, radio atau VSAT) sudah menjangkau seluruh OPD dan kecamatan.",
                                "The Diskominfo network (fibre, radio or VSAT) reaches every OPD and kecamatan.",
                            ),
                        },
                        Item {
                            id: "C2.2",
                            statement: Text::content(
                                "Kapasitas server atau pusat data daerah cukup untuk menampung aplikasi seluruh OPD.",
                                "Server or data-centre capacity is enough to host the applications of every OPD.",
                            ),
                        },
                        Item {
                            id: "C2.3",
                            statement: Text::content(
                                "OPD memakai infrastruktur dan aplikasi berbagi pakai, tidak membangun sendiri-sendiri.",
                                "OPDs use shared infrastructure and applications instead of each building their own.",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "C3",
                    name: Text::content("SDM yang kompeten", "Competent human resources"),
                    weight: 0.25,
                    items: &[
                        Item {
                            id: "C3.1",
                            statement: Text::content(
                                "Jumlah ASN bidang TIK di Diskominfo dan OPD layanan cukup, tanpa bergantung pada tenaga kontrak.",
                                "There are enough ICT civil servants in Diskominfo and service OPDs, without relying on contract staff.",
                            ),
                        },
                        Item {
                            id: "C3.2",
                            statement: Text::content(
                                "Pegawai TIK kami memiliki kompetensi yang dibutuhkan dan sebagian sudah bersertifikat (misalnya SKKNI).",
                                "Our ICT staff have the skills needed and some hold certificates (e.g. SKKNI).",
                            ),
                        },
                        Item {
                            id: "C3.3",
                            statement: Text::content(
                                "Ada rencana dan anggaran pelatihan TIK rutin, tidak hanya menunggu undangan Bimtek dari luar.",
                                "There is a regular ICT training plan with its own budget, not just waiting for outside Bimtek invitations.",
                            ),
                        },
                    ],
                },
            ],
        },
        Element {
            key: "value",
            name: Text::content("Nilai", "Value"),
            weight: 1.0 / 3.0,
            indicators: &[
                Indicator {
                    id: "V1",
                    name: Text::content("Layanan informasi", "Information services"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "V1.1",
                            statement: Text::content(
                                "Warga menemukan informasi yang mereka cari di situs dan aplikasi resmi pemda.",
                                "Citizens find the information they look for on the government's official site and apps.",
                            ),
                        },
                        Item {
                            id: "V1.2",
                            statement: Text::content(
                                "Informasi di situs resmi mutakhir: data, harga, agenda dan berita diperbarui, tanpa menu kosong atau tautan rusak.",
                                "Information on the official site is current: data, prices, agenda and news are updated, with no empty menus or broken links.",
                            ),
                        },
                        Item {
                            id: "V1.3",
                            statement: Text::content(
                                "Tampilan situs sederhana dan mudah dipakai (UI/UX), termasuk di ponsel.",
                                "The site is simple and easy to use (UI/UX), on phones too.",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "V2",
                    name: Text::content("Layanan administrasi", "Administrative services"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "V2.1",
                            statement: Text::content(
                                "Warga dapat menyelesaikan layanan administrasi utama (surat keterangan, perizinan, dokumen kependudukan) secara daring.",
                                "Citizens can complete key administrative services (certificates, permits, civil registration documents) online.",
                            ),
                        },
                        Item {
                            id: "V2.2",
                            statement: Text::content(
                                "Formulir layanan dapat diunduh atau diisi langsung di situs resmi tanpa harus datang ke kantor.",
                                "Service forms can be downloaded or filled in on the official site without visiting an office.",
                            ),
                        },
                        Item {
                            id: "V2.3",
                            statement: Text::content(
                                "Layanan daring dijangkau dari situs utama tanpa pindah ke aplikasi pihak ketiga, dan statusnya dapat dilacak.",
                                "Online services are reached from the main site without moving to third-party apps, and their status can be tracked.",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "V3",
                    name: Text::content("Pengaduan dan partisipasi", "Complaints and participation"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "V3.1",
                            statement: Text::content(
                                "Warga dapat mengadu secara daring (misalnya SP4N-LAPOR!) dan pengaduan dijawab dalam batas waktu.",
                                "Citizens can complain online (e.g. SP4N-LAPOR!) and complaints are answered on time.",
                            ),
                        },
                        Item {
                            id: "V3.2",
                            statement: Text::content(
                                "Warga dilibatkan memberi masukan atas layanan digital, misalnya lewat survei kepuasan atau forum daring.",
                                "Citizens are asked for feedback on digital services, e.g. through satisfaction surveys or online forums.",
                            ),
                        },
                        Item {
                            id: "V3.3",
                            statement: Text::content(
                                "Warga merasakan manfaat nyata layanan digital: lebih cepat, mudah dan transparan.",
                                "Citizens feel real benefits from digital services: faster, easier and more transparent.",
                            ),
                        },
                    ],
                },
            ],
        },
    ],
};
