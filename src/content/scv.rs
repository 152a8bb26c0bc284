//! Support / Capacity / Value: the three success elements of e-government
//! (Harvard JFK School of Government via Indrajit 2006), as used in the Palembang
//! 2023 study (seed 001, chapter II.F, Tabel 2.1, chapter V.B and the "saran").

use crate::model::{Element, Indicator, Item, LikertInstrument, Recommendation, Text};

pub static INSTRUMENT: LikertInstrument = LikertInstrument {
    key: "scv",
    name: Text::new(
        "Elemen sukses e-government: Dukungan, Kapasitas, Nilai",
        "E-government success elements: Support, Capacity, Value",
    ),
    source: Text::new(
        "Harvard JFK School of Government via Indrajit (2006), dalam kajian Palembang 2023",
        "Harvard JFK School of Government via Indrajit (2006), as used in the Palembang 2023 study",
    ),
    elements: &[
        Element {
            key: "support",
            name: Text::new("Dukungan", "Support"),
            weight: 1.0 / 3.0,
            indicators: &[
                Indicator {
                    id: "S1",
                    name: Text::new("Visi dan kerangka e-government", "Vision and framework"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "S1.1",
                            statement: Text::new(
                                "Pemda kami memiliki visi dan kerangka e-government/Smart City yang disepakati pimpinan dan dimuat dalam RPJMD.",
                                "Our government has an agreed e-government / Smart City vision and framework, written into the RPJMD.",
                            ),
                            help: Text::new(
                                "RPJMD dan Renstra Diskominfo yang memuat misi, sasaran dan arah kebijakan SPBE/Smart City.",
                                "An RPJMD and Diskominfo Renstra that state the SPBE / Smart City mission, targets and policy direction.",
                            ),
                        },
                        Item {
                            id: "S1.2",
                            statement: Text::new(
                                "Kami memiliki masterplan atau cetak biru Smart City/SPBE tersendiri, tidak hanya berpegang pada RPJMD.",
                                "We have a Smart City / SPBE masterplan or blueprint of our own, not only the RPJMD.",
                            ),
                            help: Text::new(
                                "Dokumen Masterplan Smart City atau Arsitektur SPBE daerah yang disahkan dengan Perkada.",
                                "A Smart City masterplan or regional SPBE architecture adopted by a head-of-region regulation (Perkada).",
                            ),
                        },
                        Item {
                            id: "S1.3",
                            statement: Text::new(
                                "E-government dikembangkan menurut peta jalan bertahap dengan target, indikator keberhasilan dan sumber pendanaan.",
                                "E-government is developed along a phased roadmap with targets, success indicators and funding sources.",
                            ),
                            help: Text::new(
                                "Peta jalan dan rencana aksi tahunan, serta laporan capaian terhadap indikatornya.",
                                "A roadmap and annual action plan, with progress reports against its indicators.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Susun masterplan Smart City/SPBE pendamping RPJMD: kerangka dasar, cetak biru, tahapan, indikator keberhasilan dan sumber dana; tetapkan dengan Perkada.",
                                "Draft a Smart City / SPBE masterplan alongside the RPJMD: framework, blueprint, phases, success indicators and funding; adopt it by Perkada.",
                            ),
                            basis: Text::new(
                                "Kajian Palembang 2023, saran 1; Modul Bimtek Smart Government, langkah 1",
                                "Palembang 2023 study, suggestion 1; Smart Government Bimtek module, step 1",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Selaraskan arsitektur SPBE daerah dengan Arsitektur SPBE Nasional dan muat programnya dalam Renstra setiap OPD.",
                                "Align the regional SPBE architecture with the National SPBE Architecture and put its programmes in every OPD's Renstra.",
                            ),
                            basis: Text::new(
                                "Perpres 95/2018 SPBE; Perpres 132/2022 Arsitektur SPBE Nasional",
                                "Perpres 95/2018 (SPBE); Perpres 132/2022 (National SPBE Architecture)",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "S2",
                    name: Text::new("Regulasi yang jelas", "Clear regulation"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "S2.1",
                            statement: Text::new(
                                "Kami memiliki Perda atau Perkada tentang penyelenggaraan SPBE/e-government sebagai turunan Perpres 95/2018.",
                                "We have a Perda or Perkada on running SPBE / e-government that implements Perpres 95/2018.",
                            ),
                            help: Text::new(
                                "Perda atau Pergub/Perbup/Perwal SPBE atau Smart City yang berlaku dan tercantum di JDIH daerah.",
                                "A Perda or governor/regent/mayor regulation on SPBE or Smart City, in force and listed in the regional JDIH.",
                            ),
                        },
                        Item {
                            id: "S2.2",
                            statement: Text::new(
                                "Layanan elektronik utama memiliki SOP tertulis yang ditetapkan dan benar-benar dipakai OPD pelaksana.",
                                "Key electronic services have written, adopted SOPs that the implementing OPDs actually follow.",
                            ),
                            help: Text::new(
                                "SOP yang ditandatangani kepala OPD dan bukti penerapannya (formulir, log, laporan layanan).",
                                "SOPs signed by the OPD head, and evidence they are followed (forms, logs, service reports).",
                            ),
                        },
                        Item {
                            id: "S2.3",
                            statement: Text::new(
                                "Kami memiliki kebijakan dan prosedur keamanan informasi serta pelindungan data pribadi yang dijalankan.",
                                "We have information-security and personal-data-protection policies and procedures that are applied.",
                            ),
                            help: Text::new(
                                "Kebijakan keamanan informasi yang ditetapkan, prosedur penanganan insiden, hasil audit atau penilaian keamanan terbaru.",
                                "An adopted security policy, an incident-handling procedure, and a recent security audit or assessment.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Tetapkan Perkada atau Perda SPBE/Smart City yang mengatur tata kelola, layanan, data dan keamanan informasi, lalu turunkan menjadi SOP tiap layanan.",
                                "Adopt a Perkada or Perda on SPBE / Smart City covering governance, services, data and security, then turn it into an SOP for each service.",
                            ),
                            basis: Text::new(
                                "Perpres 95/2018 SPBE; Kajian Smart Province Sumsel (Perbup Muara Enim 18/2018, Perda OKI 20/2018)",
                                "Perpres 95/2018 (SPBE); South Sumatra Smart Province study (Muara Enim Perbup 18/2018, OKI Perda 20/2018)",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Susun prosedur pengamanan informasi dan pelindungan data pribadi, lalu uji dan perbarui secara berkala.",
                                "Write information-security and personal-data-protection procedures, then test and update them regularly.",
                            ),
                            basis: Text::new(
                                "UU 27/2022 Pelindungan Data Pribadi; Kajian Smart Province Sumsel (prosedur Banyuasin)",
                                "UU 27/2022 (Personal Data Protection); South Sumatra Smart Province study (Banyuasin procedure)",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "S3",
                    name: Text::new("Sosialisasi", "Socialisation"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "S3.1",
                            statement: Text::new(
                                "Layanan e-government kami dikenalkan kepada ASN dan masyarakat secara rutin, tidak hanya sekali saat peluncuran.",
                                "Our e-government services are promoted to civil servants and the public regularly, not just once at launch.",
                            ),
                            help: Text::new(
                                "Jadwal dan laporan sosialisasi sepanjang tahun; survei yang menunjukkan sebagian besar warga mengenal layanan.",
                                "A year-round outreach schedule and reports; a survey showing most citizens know the services.",
                            ),
                        },
                        Item {
                            id: "S3.2",
                            statement: Text::new(
                                "Sosialisasi memakai media sosial dan kanal modern, serta melibatkan kampus, komunitas dan media.",
                                "Outreach uses social media and other modern channels, and involves universities, communities and the media.",
                            ),
                            help: Text::new(
                                "Akun resmi yang aktif (Instagram, YouTube, dll.) dengan konten layanan; kerja sama sosialisasi dengan mitra.",
                                "Active official accounts (Instagram, YouTube, etc.) posting about services; outreach agreements with partners.",
                            ),
                        },
                        Item {
                            id: "S3.3",
                            statement: Text::new(
                                "Sosialisasi e-government memiliki anggaran tersendiri dalam DPA.",
                                "E-government outreach has its own budget line in the DPA.",
                            ),
                            help: Text::new(
                                "Mata anggaran sosialisasi SPBE/Smart City di DPA Diskominfo atau OPD layanan.",
                                "A budget line for SPBE / Smart City outreach in the DPA of Diskominfo or a service OPD.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Jalankan kampanye e-government berkelanjutan lewat Instagram, YouTube dan kanal sejenis, turun ke kelurahan, dan gandeng kampus, komunitas serta media.",
                                "Run a continuous e-government campaign on Instagram, YouTube and similar channels, go out to the kelurahan, and team up with universities, communities and media.",
                            ),
                            basis: Text::new(
                                "Kajian Palembang 2023, saran 2",
                                "Palembang 2023 study, suggestion 2",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Alokasikan anggaran khusus sosialisasi dan ukur hasilnya dengan survei pengenalan layanan setiap tahun.",
                                "Set aside a dedicated outreach budget and measure its effect with a yearly survey of service awareness.",
                            ),
                            basis: Text::new(
                                "Kajian Palembang 2023: tanpa anggaran sosialisasi, 47% responden tidak mengenal layanan",
                                "Palembang 2023 study: no outreach budget, 47% of respondents unaware of the service",
                            ),
                        },
                    ],
                },
            ],
        },
        Element {
            key: "capacity",
            name: Text::new("Kapasitas", "Capacity"),
            weight: 1.0 / 3.0,
            indicators: &[
                Indicator {
                    id: "C1",
                    name: Text::new("Sumber daya finansial", "Financial resources"),
                    weight: 0.25,
                    items: &[
                        Item {
                            id: "C1.1",
                            statement: Text::new(
                                "Anggaran e-government/SPBE mencukupi untuk program yang direncanakan dalam Renstra.",
                                "The e-government / SPBE budget is enough for the programmes planned in the Renstra.",
                            ),
                            help: Text::new(
                                "Perbandingan pagu DPA dengan kebutuhan dalam Renstra atau masterplan; belanja TIK tercatat di SIPD.",
                                "DPA ceilings compared with the needs in the Renstra or masterplan; ICT spending recorded in SIPD.",
                            ),
                        },
                        Item {
                            id: "C1.2",
                            statement: Text::new(
                                "Realisasi anggaran TIK tahun lalu tinggi (di atas 95%) dan menghasilkan keluaran yang direncanakan.",
                                "Last year's ICT budget was well spent (over 95%) and delivered the planned outputs.",
                            ),
                            help: Text::new(
                                "LKjIP atau laporan realisasi anggaran yang menunjukkan serapan dan capaian keluaran.",
                                "An LKjIP or budget realisation report showing both spending and outputs achieved.",
                            ),
                        },
                        Item {
                            id: "C1.3",
                            statement: Text::new(
                                "Kami memanfaatkan dana di luar APBD, seperti DAK bidang TIK, CSR atau kerja sama dengan swasta.",
                                "We draw on funding beyond the regional budget, such as DAK for ICT, CSR or partnerships with business.",
                            ),
                            help: Text::new(
                                "Dokumen usulan atau penetapan DAK, perjanjian kerja sama, CSR atau KPBU untuk TIK.",
                                "DAK proposals or allocations, cooperation agreements, CSR or PPP (KPBU) documents for ICT.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Susun kebutuhan anggaran TIK multi-tahun dari masterplan dan pantau realisasinya tiap triwulan agar serapan mendekati penuh dan keluaran tercapai.",
                                "Plan multi-year ICT budget needs from the masterplan and track spending each quarter so that the budget is fully used and outputs are delivered.",
                            ),
                            basis: Text::new(
                                "Kajian Palembang 2023, saran 3 (realisasi 92,82%)",
                                "Palembang 2023 study, suggestion 3 (92.82% spent)",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Ajukan DAK bidang TIK dan jajaki kemitraan publik-swasta (KPBU, CSR) untuk jaringan dan pusat data.",
                                "Apply for DAK for ICT and explore public-private partnerships (KPBU, CSR) for networks and data centres.",
                            ),
                            basis: Text::new(
                                "Modul Bimtek Smart Government (tabel tantangan); Perpres 38/2015 KPBU",
                                "Smart Government Bimtek module (challenges table); Perpres 38/2015 (PPP, KPBU)",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "C2",
                    name: Text::new("Infrastruktur TIK", "ICT infrastructure"),
                    weight: 0.5,
                    items: &[
                        Item {
                            id: "C2.1",
                            statement: Text::new(
                                "Jaringan Diskominfo (fiber optik, radio atau VSAT) sudah menjangkau seluruh OPD dan kecamatan.",
                                "The Diskominfo network (fibre, radio or VSAT) reaches every OPD and kecamatan.",
                            ),
                            help: Text::new(
                                "Peta topologi dan daftar OPD/kecamatan yang terhubung; OPD tidak lagi berlangganan internet sendiri.",
                                "A topology map and list of connected OPDs and kecamatan; OPDs no longer buy their own internet.",
                            ),
                        },
                        Item {
                            id: "C2.2",
                            statement: Text::new(
                                "Kapasitas server atau pusat data daerah cukup untuk menampung aplikasi seluruh OPD.",
                                "Server or data-centre capacity is enough to host the applications of every OPD.",
                            ),
                            help: Text::new(
                                "Inventaris server/pusat data dan tingkat pemakaiannya; aplikasi OPD di-hosting terpusat.",
                                "An inventory of servers or the data centre and their load; OPD applications hosted centrally.",
                            ),
                        },
                        Item {
                            id: "C2.3",
                            statement: Text::new(
                                "OPD memakai infrastruktur dan aplikasi berbagi pakai, tidak membangun sendiri-sendiri.",
                                "OPDs use shared infrastructure and applications instead of each building their own.",
                            ),
                            help: Text::new(
                                "Katalog aplikasi berbagi pakai, reviu belanja TIK oleh Diskominfo, jumlah aplikasi ganda yang berkurang.",
                                "A catalogue of shared applications, ICT spending reviewed by Diskominfo, fewer duplicate applications.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Bangun jaringan intra pemerintah dari Diskominfo ke setiap OPD dan kecamatan (fiber optik; radio atau VSAT untuk lokasi jauh) dan hentikan langganan internet per OPD.",
                                "Build an intra-government network from Diskominfo to every OPD and kecamatan (fibre; radio or VSAT for remote sites) and end separate OPD internet contracts.",
                            ),
                            basis: Text::new(
                                "Kajian Smart Province Sumsel (Muara Enim, Prabumulih, OKI); Perpres 95/2018 (infrastruktur SPBE)",
                                "South Sumatra Smart Province study (Muara Enim, Prabumulih, OKI); Perpres 95/2018 (SPBE infrastructure)",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Konsolidasikan server OPD ke pusat data daerah atau Pusat Data Nasional dan wajibkan aplikasi berbagi pakai.",
                                "Consolidate OPD servers into the regional data centre or the National Data Centre, and require shared applications.",
                            ),
                            basis: Text::new(
                                "Perpres 82/2023; Kajian Palembang 2023 (dua server untuk 49 OPD); Kajian Smart Province Sumsel, rekomendasi 5",
                                "Perpres 82/2023; Palembang 2023 study (two servers for 49 OPDs); South Sumatra Smart Province study, recommendation 5",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "C3",
                    name: Text::new("SDM yang kompeten", "Competent human resources"),
                    weight: 0.25,
                    items: &[
                        Item {
                            id: "C3.1",
                            statement: Text::new(
                                "Jumlah ASN bidang TIK di Diskominfo dan OPD layanan cukup, tanpa bergantung pada tenaga kontrak.",
                                "There are enough ICT civil servants in Diskominfo and service OPDs, without relying on contract staff.",
                            ),
                            help: Text::new(
                                "Analisis beban kerja dibanding pegawai TIK yang ada; formasi ASN/PPPK TIK yang diusulkan dan terisi.",
                                "A workload analysis against current ICT staff; ICT civil-service (ASN/PPPK) posts requested and filled.",
                            ),
                        },
                        Item {
                            id: "C3.2",
                            statement: Text::new(
                                "Pegawai TIK kami memiliki kompetensi yang dibutuhkan dan sebagian sudah bersertifikat (misalnya SKKNI).",
                                "Our ICT staff have the skills needed and some hold certificates (e.g. SKKNI).",
                            ),
                            help: Text::new(
                                "Pemetaan kompetensi pegawai TIK, daftar sertifikat kompetensi dan hasil uji kompetensi.",
                                "A competence map of ICT staff, a list of competence certificates and test results.",
                            ),
                        },
                        Item {
                            id: "C3.3",
                            statement: Text::new(
                                "Ada rencana dan anggaran pelatihan TIK rutin, tidak hanya menunggu undangan Bimtek dari luar.",
                                "There is a regular ICT training plan with its own budget, not just waiting for outside Bimtek invitations.",
                            ),
                            help: Text::new(
                                "Rencana pengembangan kompetensi tahunan beserta anggarannya; daftar pelatihan yang diikuti.",
                                "An annual competence-development plan with its budget; a list of training attended.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Rancang pola SDM TIK dari rekrutmen hingga pengembangan: usulkan formasi ASN/PPPK TIK, sediakan anggaran kompetensi, dan ikutkan pegawai sertifikasi SKKNI.",
                                "Design an ICT staffing pattern from recruitment to development: request ASN/PPPK ICT posts, fund competence building and put staff through SKKNI certification.",
                            ),
                            basis: Text::new(
                                "Kajian Smart Province Sumsel, rekomendasi 3; Modul Bimtek Smart Government (Bimtek dan sertifikasi)",
                                "South Sumatra Smart Province study, recommendation 3; Smart Government Bimtek module (Bimtek and certification)",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Manfaatkan lulusan Digital Talent Scholarship dan buka magang bagi mahasiswa TIK untuk menutup kekurangan tenaga.",
                                "Recruit Digital Talent Scholarship graduates and open internships for ICT students to fill staff gaps.",
                            ),
                            basis: Text::new(
                                "Digital Talent Scholarship (Kemkominfo); Kajian Smart Province Sumsel, rekomendasi 3",
                                "Digital Talent Scholarship (Kemkominfo); South Sumatra Smart Province study, recommendation 3",
                            ),
                        },
                    ],
                },
            ],
        },
        Element {
            key: "value",
            name: Text::new("Nilai", "Value"),
            weight: 1.0 / 3.0,
            indicators: &[
                Indicator {
                    id: "V1",
                    name: Text::new("Layanan informasi", "Information services"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "V1.1",
                            statement: Text::new(
                                "Warga menemukan informasi yang mereka cari di situs dan aplikasi resmi pemda.",
                                "Citizens find the information they look for on the government's official site and apps.",
                            ),
                            help: Text::new(
                                "Survei pengguna atau SKM yang menunjukkan mayoritas menemukan informasinya; statistik kunjungan.",
                                "A user survey or satisfaction survey (SKM) showing most find what they need; visit statistics.",
                            ),
                        },
                        Item {
                            id: "V1.2",
                            statement: Text::new(
                                "Informasi di situs resmi mutakhir: data, harga, agenda dan berita diperbarui, tanpa menu kosong atau tautan rusak.",
                                "Information on the official site is current: data, prices, agenda and news are updated, with no empty menus or broken links.",
                            ),
                            help: Text::new(
                                "Tanggal pembaruan terakhir tiap menu, hasil pemeriksaan tautan rusak, jadwal pemutakhiran konten.",
                                "The last update date of each menu, a broken-link check, a content update schedule.",
                            ),
                        },
                        Item {
                            id: "V1.3",
                            statement: Text::new(
                                "Tampilan situs sederhana dan mudah dipakai (UI/UX), termasuk di ponsel.",
                                "The site is simple and easy to use (UI/UX), on phones too.",
                            ),
                            help: Text::new(
                                "Hasil uji kegunaan bersama warga, tampilan responsif di ponsel, menu utama tanpa banyak sub-menu.",
                                "Usability tests with citizens, a responsive layout on phones, a main menu without deep sub-menus.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Tetapkan penanggung jawab dan jadwal pemutakhiran konten tiap menu; setiap bulan hapus menu mati dan perbaiki tautan rusak.",
                                "Name an owner and an update schedule for each menu; every month remove dead menus and fix broken links.",
                            ),
                            basis: Text::new(
                                "Kajian Palembang 2023, saran 7; UU 14/2008 KIP",
                                "Palembang 2023 study, suggestion 7; UU 14/2008 (Public Information)",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Rancang ulang situs dengan menu sederhana dan UI/UX yang diuji bersama warga, memakai situs daerah lain sebagai pembanding.",
                                "Redesign the site with a simple menu and a UI/UX tested with citizens, benchmarked against other regions' sites.",
                            ),
                            basis: Text::new(
                                "Kajian Palembang 2023, saran 4, 5 dan 8",
                                "Palembang 2023 study, suggestions 4, 5 and 8",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "V2",
                    name: Text::new("Layanan administrasi", "Administrative services"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "V2.1",
                            statement: Text::new(
                                "Warga dapat menyelesaikan layanan administrasi utama (surat keterangan, perizinan, dokumen kependudukan) secara daring.",
                                "Citizens can complete key administrative services (certificates, permits, civil registration documents) online.",
                            ),
                            help: Text::new(
                                "Daftar layanan yang selesai penuh secara daring dan jumlah permohonan daring per tahun.",
                                "A list of services completed fully online and the number of online applications per year.",
                            ),
                        },
                        Item {
                            id: "V2.2",
                            statement: Text::new(
                                "Formulir layanan dapat diunduh atau diisi langsung di situs resmi tanpa harus datang ke kantor.",
                                "Service forms can be downloaded or filled in on the official site without visiting an office.",
                            ),
                            help: Text::new(
                                "Halaman layanan dengan formulir unduhan atau isian daring untuk layanan utama.",
                                "Service pages with downloadable or online forms for the main services.",
                            ),
                        },
                        Item {
                            id: "V2.3",
                            statement: Text::new(
                                "Layanan daring dijangkau dari situs utama tanpa pindah ke aplikasi pihak ketiga, dan statusnya dapat dilacak.",
                                "Online services are reached from the main site without moving to third-party apps, and their status can be tracked.",
                            ),
                            help: Text::new(
                                "Layanan terpadu di portal utama dengan nomor registrasi dan pelacakan status permohonan.",
                                "Services built into the main portal, with a registration number and application status tracking.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Digitalkan lebih dulu layanan yang paling banyak diminta (KTP, KK, surat keterangan, izin) sampai selesai daring, dengan pelacakan status.",
                                "Digitise the most requested services first (ID card, family card, certificates, permits) until they are completed online, with status tracking.",
                            ),
                            basis: Text::new(
                                "UU 25/2009 Pelayanan Publik; Kajian Palembang 2023 (layanan daring terbanyak: KTP 39,5%)",
                                "UU 25/2009 (Public Services); Palembang 2023 study (most used online service: ID card, 39.5%)",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Sediakan formulir unduhan dan isian daring untuk setiap layanan di situs utama, tanpa bergantung pada aplikasi pihak ketiga.",
                                "Offer downloadable and online forms for every service on the main site, without depending on third-party apps.",
                            ),
                            basis: Text::new(
                                "Kajian Palembang 2023, saran 6 dan 9",
                                "Palembang 2023 study, suggestions 6 and 9",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "V3",
                    name: Text::new("Pengaduan dan partisipasi", "Complaints and participation"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "V3.1",
                            statement: Text::new(
                                "Warga dapat mengadu secara daring (misalnya SP4N-LAPOR!) dan pengaduan dijawab dalam batas waktu.",
                                "Citizens can complain online (e.g. SP4N-LAPOR!) and complaints are answered on time.",
                            ),
                            help: Text::new(
                                "Kanal terhubung ke SP4N-LAPOR!, rekap pengaduan dan persentase yang ditindaklanjuti tepat waktu.",
                                "A channel linked to SP4N-LAPOR!, a complaints log and the share followed up on time.",
                            ),
                        },
                        Item {
                            id: "V3.2",
                            statement: Text::new(
                                "Warga dilibatkan memberi masukan atas layanan digital, misalnya lewat survei kepuasan atau forum daring.",
                                "Citizens are asked for feedback on digital services, e.g. through satisfaction surveys or online forums.",
                            ),
                            help: Text::new(
                                "Hasil Survei Kepuasan Masyarakat (SKM) layanan digital, dan perubahan yang dibuat dari masukan warga.",
                                "Satisfaction survey (SKM) results for digital services, and changes made in response to feedback.",
                            ),
                        },
                        Item {
                            id: "V3.3",
                            statement: Text::new(
                                "Warga merasakan manfaat nyata layanan digital: lebih cepat, mudah dan transparan.",
                                "Citizens feel real benefits from digital services: faster, easier and more transparent.",
                            ),
                            help: Text::new(
                                "Survei warga yang menunjukkan mayoritas puas dan merasa terbantu oleh layanan digital.",
                                "A citizen survey showing most are satisfied and feel helped by digital services.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Hubungkan kanal pengaduan daerah ke SP4N-LAPOR!, tetapkan batas waktu tanggapan, dan umumkan rekap tindak lanjutnya secara berkala.",
                                "Connect the regional complaint channels to SP4N-LAPOR!, set response deadlines, and publish follow-up statistics regularly.",
                            ),
                            basis: Text::new(
                                "Perpres 76/2013 Pengelolaan Pengaduan (SP4N-LAPOR!); Kajian Palembang 2023, saran 11",
                                "Perpres 76/2013 (complaint handling, SP4N-LAPOR!); Palembang 2023 study, suggestion 11",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Lakukan survei kepuasan dan manfaat layanan digital setiap tahun dan jadikan hasilnya dasar prioritas pengembangan.",
                                "Survey satisfaction with and benefit of digital services every year and use the results to set development priorities.",
                            ),
                            basis: Text::new(
                                "PermenPANRB 14/2017 Survei Kepuasan Masyarakat; Kajian Palembang 2023 (92,5% tidak puas)",
                                "PermenPANRB 14/2017 (satisfaction surveys); Palembang 2023 study (92.5% dissatisfied)",
                            ),
                        },
                    ],
                },
            ],
        },
    ],
};
