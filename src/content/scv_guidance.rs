//! Help texts and recommendations of the Support / Capacity / Value instrument, by item, indicator or
//! criterion id. Kept apart from the statements (`scv.rs`) because the first-load app
//! does not link them: it fetches them as a file when a page needs them
//! (`content::guidance`), which keeps some 14 KB gzip out of the first load.

use crate::model::{Recommendation, Text};

pub static HELP: &[(&str, Text)] = &[
    ("S1.1", Text::new(
        "RPJMD dan Renstra Diskominfo yang memuat misi, sasaran dan arah kebijakan SPBE/Smart City.",
        "An RPJMD and Diskominfo Renstra that state the SPBE / Smart City mission, targets and policy direction.",
    )),
    ("S1.2", Text::new(
        "Dokumen Masterplan Smart City atau Arsitektur SPBE daerah yang disahkan dengan Perkada.",
        "A Smart City masterplan or regional SPBE architecture adopted by a head-of-region regulation (Perkada).",
    )),
    ("S1.3", Text::new(
        "Peta jalan dan rencana aksi tahunan, serta laporan capaian terhadap indikatornya.",
        "A roadmap and annual action plan, with progress reports against its indicators.",
    )),
    ("S2.1", Text::new(
        "Perda atau Pergub/Perbup/Perwal SPBE atau Smart City yang berlaku dan tercantum di JDIH daerah.",
        "A Perda or governor/regent/mayor regulation on SPBE or Smart City, in force and listed in the regional JDIH.",
    )),
    ("S2.2", Text::new(
        "SOP yang ditandatangani kepala OPD dan bukti penerapannya (formulir, log, laporan layanan).",
        "SOPs signed by the OPD head, and evidence they are followed (forms, logs, service reports).",
    )),
    ("S2.3", Text::new(
        "Kebijakan keamanan informasi yang ditetapkan, prosedur penanganan insiden, hasil audit atau penilaian keamanan terbaru.",
        "An adopted security policy, an incident-handling procedure, and a recent security audit or assessment.",
    )),
    ("S3.1", Text::new(
        "Jadwal dan laporan sosialisasi sepanjang tahun; survei yang menunjukkan sebagian besar warga mengenal layanan.",
        "A year-round outreach schedule and reports; a survey showing most citizens know the services.",
    )),
    ("S3.2", Text::new(
        "Akun resmi yang aktif (Instagram, YouTube, dll.) dengan konten layanan; kerja sama sosialisasi dengan mitra.",
        "Active official accounts (Instagram, YouTube, etc.) posting about services; outreach agreements with partners.",
    )),
    ("S3.3", Text::new(
        "Mata anggaran sosialisasi SPBE/Smart City di DPA Diskominfo atau OPD layanan.",
        "A budget line for SPBE / Smart City outreach in the DPA of Diskominfo or a service OPD.",
    )),
    ("C1.1", Text::new(
        "Perbandingan pagu DPA dengan kebutuhan dalam Renstra atau masterplan; belanja TIK tercatat di SIPD.",
        "DPA ceilings compared with the needs in the Renstra or masterplan; ICT spending recorded in SIPD.",
    )),
    ("C1.2", Text::new(
        "LKjIP atau laporan realisasi anggaran yang menunjukkan serapan dan capaian keluaran.",
        "An LKjIP or budget realisation report showing both spending and outputs achieved.",
    )),
    ("C1.3", Text::new(
        "Dokumen usulan atau penetapan DAK, perjanjian kerja sama, CSR atau KPBU untuk TIK.",
        "DAK proposals or allocations, cooperation agreements, CSR or PPP (KPBU) documents for ICT.",
    )),
    ("C2.1", Text::new(
        "Peta topologi dan daftar OPD/kecamatan yang terhubung; OPD tidak lagi berlangganan internet sendiri.",
        "A topology map and list of connected OPDs and kecamatan; OPDs no longer buy their own internet.",
    )),
    ("C2.2", Text::new(
        "Inventaris server/pusat data dan tingkat pemakaiannya; aplikasi OPD di-hosting terpusat.",
        "An inventory of servers or the data centre and their load; OPD applications hosted centrally.",
    )),
    ("C2.3", Text::new(
        "Katalog aplikasi berbagi pakai, reviu belanja TIK oleh Diskominfo, jumlah aplikasi ganda yang berkurang.",
        "A catalogue of shared applications, ICT spending reviewed by Diskominfo, fewer duplicate applications.",
    )),
    ("C3.1", Text::new(
        "Analisis beban kerja dibanding pegawai TIK yang ada; formasi ASN/PPPK TIK yang diusulkan dan terisi.",
        "A workload analysis against current ICT staff; ICT civil-service (ASN/PPPK) posts requested and filled.",
    )),
    ("C3.2", Text::new(
        "Pemetaan kompetensi pegawai TIK, daftar sertifikat kompetensi dan hasil uji kompetensi.",
        "A competence map of ICT staff, a list of competence certificates and test results.",
    )),
    ("C3.3", Text::new(
        "Rencana pengembangan kompetensi tahunan beserta anggarannya; daftar pelatihan yang diikuti.",
        "An annual competence-development plan with its budget; a list of training attended.",
    )),
    ("V1.1", Text::new(
        "Survei pengguna atau SKM yang menunjukkan mayoritas menemukan informasinya; statistik kunjungan.",
        "A user survey or satisfaction survey (SKM) showing most find what they need; visit statistics.",
    )),
    ("V1.2", Text::new(
        "Tanggal pembaruan terakhir tiap menu, hasil pemeriksaan tautan rusak, jadwal pemutakhiran konten.",
        "The last update date of each menu, a broken-link check, a content update schedule.",
    )),
    ("V1.3", Text::new(
        "Hasil uji kegunaan bersama warga, tampilan responsif di ponsel, menu utama tanpa banyak sub-menu.",
        "Usability tests with citizens, a responsive layout on phones, a main menu without deep sub-menus.",
    )),
    ("V2.1", Text::new(
        "Daftar layanan yang selesai penuh secara daring dan jumlah permohonan daring per tahun.",
        "A list of services completed fully online and the number of online applications per year.",
    )),
    ("V2.2", Text::new(
        "Halaman layanan dengan formulir unduhan atau isian daring untuk layanan utama.",
        "Service pages with downloadable or online forms for the main services.",
    )),
    ("V2.3", Text::new(
        "Layanan terpadu di portal utama dengan nomor registrasi dan pelacakan status permohonan.",
        "Services built into the main portal, with a registration number and application status tracking.",
    )),
    ("V3.1", Text::new(
        "Kanal terhubung ke SP4N-LAPOR!, rekap pengaduan dan persentase yang ditindaklanjuti tepat waktu.",
        "A channel linked to SP4N-LAPOR!, a complaints log and the share followed up on time.",
    )),
    ("V3.2", Text::new(
        "Hasil Survei Kepuasan Masyarakat (SKM) layanan digital, dan perubahan yang dibuat dari masukan warga.",
        "Satisfaction survey (SKM) results for digital services, and changes made in response to feedback.",
    )),
    ("V3.3", Text::new(
        "Survei warga yang menunjukkan mayoritas puas dan merasa terbantu oleh layanan digital.",
        "A citizen survey showing most are satisfied and feel helped by digital services.",
    )),
];

pub static RECOMMENDATIONS: &[(&str, &[Recommendation])] = &[
    ("S1", &[
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
    ]),
    ("S2", &[
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
    ]),
    ("S3", &[
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
    ]),
    ("C1", &[
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
    ]),
    ("C2", &[
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
    ]),
    ("C3", &[
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
    ]),
    ("V1", &[
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
    ]),
    ("V2", &[
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
    ]),
    ("V3", &[
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
    ]),
];
