//! E-readiness elements of a smart region (Kemkominfo 2017, Gerakan Menuju 100 Smart City),
//! as described in seed 000 section 1.3, with the findings of its Sumatera Selatan study.

use crate::model::{Element, Indicator, Item, LikertInstrument, Recommendation, Text};

pub static INSTRUMENT: LikertInstrument = LikertInstrument {
    key: "ereadiness",
    name: Text::new(
        "Elemen kesiapan daerah pintar (e-readiness)",
        "Smart region readiness elements (e-readiness)",
    ),
    source: Text::new(
        "Kemkominfo (2017), Gerakan Menuju 100 Smart City",
        "Kemkominfo (2017), Towards 100 Smart Cities Movement (Gerakan Menuju 100 Smart City)",
    ),
    elements: &[
        Element {
            key: "structure",
            name: Text::new("Struktur", "Structure"),
            weight: 0.2,
            indicators: &[
                Indicator {
                    id: "ST1",
                    name: Text::new("SDM pelaksana", "Implementing staff"),
                    weight: 0.25,
                    items: &[
                        Item {
                            id: "ST1.1",
                            statement: Text::new(
                                "Setiap OPD memiliki petugas yang ditunjuk mengelola TIK dan layanan digitalnya, bukan sekadar tugas tambahan.",
                                "Every OPD has staff appointed to run its ICT and digital services, not as a side duty.",
                            ),
                            help: Text::new(
                                "SK penunjukan pengelola TIK di tiap OPD beserta uraian tugasnya.",
                                "Appointment decrees for an ICT officer in each OPD, with job descriptions.",
                            ),
                        },
                        Item {
                            id: "ST1.2",
                            statement: Text::new(
                                "Aparatur pelaksana menguasai aplikasi yang dipakainya dan mampu mengolah data untuk pengambilan keputusan.",
                                "Implementing staff master the applications they use and can analyse data for decision-making.",
                            ),
                            help: Text::new(
                                "Pemetaan literasi digital ASN; jumlah ASN yang mengikuti pelatihan TIK atau analisis data.",
                                "A digital-literacy map of civil servants; the number trained in ICT or data analysis.",
                            ),
                        },
                        Item {
                            id: "ST1.3",
                            statement: Text::new(
                                "Pimpinan OPD memiliki kepemimpinan digital dan mendorong stafnya memakai sistem digital.",
                                "OPD heads show digital leadership and push their staff to use digital systems.",
                            ),
                            help: Text::new(
                                "Pimpinan mengikuti pelatihan kepemimpinan digital; target digitalisasi masuk perjanjian kinerja OPD.",
                                "Heads attended digital-leadership training; digitalisation targets are in OPD performance agreements.",
                            ),
                        },
                    ],
                    recommendations: &[Recommendation {
                        text: Text::new(
                            "Tunjuk pengelola TIK di setiap OPD dan latih secara berjenjang lewat Bimtek; manfaatkan Digital Talent Scholarship dan sertifikasi SKKNI.",
                            "Appoint an ICT officer in every OPD and train them step by step through Bimtek; use Digital Talent Scholarship and SKKNI certification.",
                        ),
                        basis: Text::new(
                            "Kajian Smart Province Sumsel, rekomendasi 3; Digital Talent Scholarship (Kemkominfo)",
                            "South Sumatra Smart Province study, recommendation 3; Digital Talent Scholarship (Kemkominfo)",
                        ),
                    }],
                },
                Indicator {
                    id: "ST2",
                    name: Text::new(
                        "Penerima manfaat: literasi dan pemakaian digital warga",
                        "Beneficiaries: citizens' digital literacy and use",
                    ),
                    weight: 0.25,
                    items: &[
                        Item {
                            id: "ST2.1",
                            statement: Text::new(
                                "Sebagian besar warga memiliki akses internet dan perangkat untuk memakai layanan digital pemda.",
                                "Most citizens have internet access and a device to use the government's digital services.",
                            ),
                            help: Text::new(
                                "Data BPS tentang akses internet rumah tangga, atau survei daerah per kecamatan.",
                                "BPS data on household internet access, or a regional survey by kecamatan.",
                            ),
                        },
                        Item {
                            id: "ST2.2",
                            statement: Text::new(
                                "Literasi digital warga cukup untuk memakai layanan daring secara mandiri.",
                                "Citizens' digital literacy is good enough to use online services on their own.",
                            ),
                            help: Text::new(
                                "Hasil survei literasi digital nasional atau daerah; program pelatihan warga yang berjalan.",
                                "National or regional digital-literacy survey results; citizen training programmes under way.",
                            ),
                        },
                        Item {
                            id: "ST2.3",
                            statement: Text::new(
                                "Jumlah warga yang benar-benar memakai layanan daring pemda terus meningkat.",
                                "The number of citizens actually using the government's online services keeps growing.",
                            ),
                            help: Text::new(
                                "Statistik pengguna aktif dan transaksi layanan daring per tahun.",
                                "Yearly statistics of active users and online service transactions.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Selenggarakan literasi digital warga bersama komunitas dan kampus, utamakan kelompok yang belum terjangkau, dan ukur hasilnya dengan survei.",
                                "Run digital-literacy training for citizens with communities and universities, prioritising groups not yet reached, and measure results by survey.",
                            ),
                            basis: Text::new(
                                "Gerakan Nasional Literasi Digital (Kemkominfo); Kajian Palembang 2023 (literasi digital warga level sedang)",
                                "National Digital Literacy Movement (Kemkominfo); Palembang 2023 study (citizens' literacy at medium level)",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Sediakan pendamping layanan digital di kelurahan/desa dan Mal Pelayanan Publik bagi warga yang belum mampu mandiri.",
                                "Provide digital-service helpers in kelurahan/villages and the Public Service Mall for citizens who cannot yet manage alone.",
                            ),
                            basis: Text::new(
                                "Perpres 89/2021 Mal Pelayanan Publik; UU 25/2009 Pelayanan Publik",
                                "Perpres 89/2021 (Public Service Malls); UU 25/2009 (Public Services)",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "ST3",
                    name: Text::new("Sumber daya anggaran", "Budget resources"),
                    weight: 0.25,
                    items: &[
                        Item {
                            id: "ST3.1",
                            statement: Text::new(
                                "Program Smart City memiliki alokasi anggaran tetap dalam APBD setiap tahun.",
                                "The Smart City programme has a steady allocation in the regional budget (APBD) every year.",
                            ),
                            help: Text::new(
                                "APBD/DPA beberapa tahun terakhir yang memuat program Smart City atau SPBE, tercatat di SIPD.",
                                "APBD/DPA of recent years showing Smart City or SPBE programmes, recorded in SIPD.",
                            ),
                        },
                        Item {
                            id: "ST3.2",
                            statement: Text::new(
                                "Belanja TIK direncanakan terpadu lintas OPD sehingga tidak ada pengadaan aplikasi atau jaringan yang tumpang tindih.",
                                "ICT spending is planned jointly across OPDs, so no applications or networks are bought twice.",
                            ),
                            help: Text::new(
                                "Reviu belanja TIK oleh Diskominfo atau Tim Koordinasi SPBE sebelum RKA; daftar belanja TIK seluruh OPD.",
                                "ICT spending reviewed by Diskominfo or the SPBE coordination team before budgeting; a list of all OPD ICT spending.",
                            ),
                        },
                        Item {
                            id: "ST3.3",
                            statement: Text::new(
                                "Kami memiliki sumber dana pendamping seperti DAK bidang TIK, KPBU, CSR atau hibah.",
                                "We have complementary funding such as DAK for ICT, PPP (KPBU), CSR or grants.",
                            ),
                            help: Text::new(
                                "Penetapan DAK, perjanjian KPBU/CSR atau hibah untuk proyek Smart City.",
                                "DAK allocations, PPP/CSR agreements or grants for Smart City projects.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Wajibkan reviu belanja TIK seluruh OPD oleh Diskominfo sebelum masuk RKA agar anggaran terpadu dan tidak tumpang tindih.",
                                "Require Diskominfo to review all OPD ICT spending before it enters the budget plan (RKA), so spending is joined up, not duplicated.",
                            ),
                            basis: Text::new(
                                "Perpres 95/2018 SPBE (tata kelola); Permendagri 70/2019 SIPD",
                                "Perpres 95/2018 (SPBE governance); Permendagri 70/2019 (SIPD)",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Ajukan DAK bidang TIK dan siapkan skema KPBU atau CSR untuk proyek Smart City berbiaya besar.",
                                "Apply for DAK for ICT and prepare PPP (KPBU) or CSR schemes for costly Smart City projects.",
                            ),
                            basis: Text::new(
                                "Modul Bimtek Smart Government (tabel tantangan); Perpres 38/2015 KPBU; Kajian Smart Province Sumsel (Banyuasin)",
                                "Smart Government Bimtek module (challenges table); Perpres 38/2015 (PPP); South Sumatra Smart Province study (Banyuasin)",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "ST4",
                    name: Text::new("Tata kelola dan tata pamong", "Governance and stewardship"),
                    weight: 0.25,
                    items: &[
                        Item {
                            id: "ST4.1",
                            statement: Text::new(
                                "Kepala daerah secara nyata memimpin dan memantau program Smart City/SPBE.",
                                "The head of region actually leads and monitors the Smart City / SPBE programme.",
                            ),
                            help: Text::new(
                                "Arahan tertulis, rapat berkala yang dipimpin kepala daerah atau Sekda, dan keputusan yang ditindaklanjuti.",
                                "Written directives, regular meetings chaired by the head of region or Sekda, and decisions followed up.",
                            ),
                        },
                        Item {
                            id: "ST4.2",
                            statement: Text::new(
                                "Pelaksanaan SPBE kami dievaluasi berkala dan hasilnya ditindaklanjuti.",
                                "Our SPBE is evaluated regularly and the findings are acted on.",
                            ),
                            help: Text::new(
                                "Hasil evaluasi SPBE (indeks dan predikat) dan rencana tindak lanjut atas rekomendasinya.",
                                "SPBE evaluation results (index and predicate) and a follow-up plan for its recommendations.",
                            ),
                        },
                        Item {
                            id: "ST4.3",
                            statement: Text::new(
                                "Warga, swasta, akademisi dan komunitas ikut merencanakan dan mengawasi program Smart City.",
                                "Citizens, business, academia and communities take part in planning and overseeing the Smart City programme.",
                            ),
                            help: Text::new(
                                "Forum pemangku kepentingan, MoU dengan kampus atau swasta, notulen konsultasi publik.",
                                "A stakeholder forum, MoUs with universities or business, minutes of public consultations.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Bentuk Tim Koordinasi SPBE yang dipimpin Sekda, lakukan evaluasi mandiri tahunan, dan tindak lanjuti rekomendasi evaluasi SPBE.",
                                "Set up an SPBE coordination team chaired by the Sekda, run a yearly self-assessment and act on the SPBE evaluation's recommendations.",
                            ),
                            basis: Text::new(
                                "Perpres 95/2018 SPBE; PermenPANRB 59/2020 Evaluasi SPBE",
                                "Perpres 95/2018 (SPBE); PermenPANRB 59/2020 (SPBE evaluation)",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Bangun mekanisme kolaborasi dengan swasta, kampus, komunitas dan warga dalam perencanaan dan evaluasi Smart City.",
                                "Set up a way of working with business, universities, communities and citizens on Smart City planning and evaluation.",
                            ),
                            basis: Text::new(
                                "Kajian Smart Province Kalsel (Kalsel: kolaborasi belum terbentuk); Kajian Smart Province Sumsel, rekomendasi 2",
                                "South Kalimantan Smart Province study (South Kalimantan: no collaboration yet); South Sumatra Smart Province study, recommendation 2",
                            ),
                        },
                    ],
                },
            ],
        },
        Element {
            key: "infrastructure",
            name: Text::new("Infrastruktur", "Infrastructure"),
            weight: 0.2,
            indicators: &[
                Indicator {
                    id: "IN1",
                    name: Text::new("Infrastruktur fisik", "Physical infrastructure"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "IN1.1",
                            statement: Text::new(
                                "Listrik, akses jalan dan gedung kantor layak menopang layanan digital hingga kecamatan dan desa.",
                                "Power, road access and office buildings are good enough to support digital services down to kecamatan and villages.",
                            ),
                            help: Text::new(
                                "Data listrik dan sarana kantor kecamatan/desa; daftar lokasi yang masih bermasalah dan rencana perbaikannya.",
                                "Data on power and office facilities in kecamatan and villages; a list of problem sites and repair plans.",
                            ),
                        },
                        Item {
                            id: "IN1.2",
                            statement: Text::new(
                                "Kami memiliki ruang pendukung Smart City seperti command center, ruang server dan contact center yang berfungsi.",
                                "We have working Smart City facilities such as a command centre, server room and contact centre.",
                            ),
                            help: Text::new(
                                "Command center dan ruang server beroperasi dengan catu daya cadangan dan pendingin; laporan operasionalnya.",
                                "A command centre and server room running with backup power and cooling; their operating reports.",
                            ),
                        },
                        Item {
                            id: "IN1.3",
                            statement: Text::new(
                                "Perangkat fisik (CCTV, sensor, komputer layanan) terpelihara dan memiliki anggaran pemeliharaan.",
                                "Physical devices (CCTV, sensors, service computers) are maintained and have a maintenance budget.",
                            ),
                            help: Text::new(
                                "Inventaris perangkat beserta kondisinya; anggaran dan kontrak pemeliharaan.",
                                "A device inventory with condition; maintenance budget and contracts.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Petakan kesiapan listrik, ruang dan perangkat di setiap kecamatan dan desa, lalu masukkan kebutuhan perbaikannya ke rencana tahunan.",
                                "Map power, space and equipment in every kecamatan and village, then put the needed repairs in the annual plan.",
                            ),
                            basis: Text::new(
                                "Modul Bimtek Smart Government (infrastruktur belum merata); Kajian Soppeng (Soppeng: perluasan ke kecamatan)",
                                "Smart Government Bimtek module (uneven infrastructure); Soppeng study (Soppeng: extension to kecamatan)",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Lengkapi command center atau ruang server dengan catu daya cadangan, pendingin dan anggaran pemeliharaan tetap.",
                                "Equip the command centre or server room with backup power, cooling and a fixed maintenance budget.",
                            ),
                            basis: Text::new(
                                "Kajian Smart Province Sumsel (Sumsel Smart Province: pusat data, command center)",
                                "South Sumatra Smart Province study (South Sumatra Smart Province: data centre, command centre)",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "IN2",
                    name: Text::new("Infrastruktur digital (TIK)", "Digital (ICT) infrastructure"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "IN2.1",
                            statement: Text::new(
                                "Jaringan internet pemerintah terintegrasi dari Diskominfo ke seluruh OPD, kecamatan dan kelurahan/desa.",
                                "The government network runs from Diskominfo to every OPD, kecamatan and kelurahan/village.",
                            ),
                            help: Text::new(
                                "Peta jaringan dan daftar lokasi terhubung (fiber optik, radio, VSAT) beserta kualitas layanannya.",
                                "A network map and list of connected sites (fibre, radio, VSAT) with their service quality.",
                            ),
                        },
                        Item {
                            id: "IN2.2",
                            statement: Text::new(
                                "Kami memiliki pusat data atau memakai pusat data bersama, dengan cadangan data (backup) rutin.",
                                "We have a data centre or use a shared one, with regular data backups.",
                            ),
                            help: Text::new(
                                "Pusat data yang beroperasi atau perjanjian pemakaian pusat data bersama; jadwal dan uji pemulihan backup.",
                                "A running data centre or an agreement to use a shared one; backup schedule and restore tests.",
                            ),
                        },
                        Item {
                            id: "IN2.3",
                            statement: Text::new(
                                "Aplikasi OPD saling terhubung dan bertukar data (misalnya berbasis NIK), tidak berdiri sendiri-sendiri.",
                                "OPD applications are connected and exchange data (e.g. keyed on NIK) rather than standing alone.",
                            ),
                            help: Text::new(
                                "Daftar aplikasi yang terintegrasi, API atau sistem penghubung layanan, kerja sama data dengan Dukcapil.",
                                "A list of integrated applications, APIs or a service bus, a data agreement with Dukcapil.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Satukan jaringan seluruh OPD dan kecamatan ke jaringan Diskominfo dengan fiber optik, serta radio atau VSAT untuk wilayah jauh.",
                                "Bring every OPD and kecamatan onto the Diskominfo network with fibre, and radio or VSAT for remote areas.",
                            ),
                            basis: Text::new(
                                "Kajian Smart Province Sumsel (Muara Enim); Modul Bimtek Smart Government, langkah 5",
                                "South Sumatra Smart Province study (Muara Enim); Smart Government Bimtek module, step 5",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Integrasikan data antaraplikasi OPD berbasis NIK lewat kerja sama dengan Dukcapil, dan data sektoral lewat Satu Data bersama BPS.",
                                "Integrate OPD application data by NIK through an agreement with Dukcapil, and sectoral data through Satu Data with BPS.",
                            ),
                            basis: Text::new(
                                "Perpres 39/2019 Satu Data Indonesia; Kajian Smart Province Sumsel (Banyuasin, OKI)",
                                "Perpres 39/2019 (One Data Indonesia); South Sumatra Smart Province study (Banyuasin, OKI)",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "IN3",
                    name: Text::new(
                        "Infrastruktur sosial untuk kepentingan umum",
                        "Social infrastructure for public use",
                    ),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "IN3.1",
                            statement: Text::new(
                                "Tersedia ruang publik dengan internet gratis (wifi publik) di kecamatan, kelurahan atau taman kota.",
                                "There are public spaces with free internet (public wifi) in kecamatan, kelurahan or city parks.",
                            ),
                            help: Text::new(
                                "Daftar titik wifi publik yang aktif dan data pemakaiannya.",
                                "A list of active public wifi points and their usage data.",
                            ),
                        },
                        Item {
                            id: "IN3.2",
                            statement: Text::new(
                                "Tempat layanan publik (Mal Pelayanan Publik, kantor kecamatan) menyediakan sarana bagi warga untuk mengakses layanan digital.",
                                "Public service points (Public Service Mall, kecamatan offices) give citizens the means to use digital services.",
                            ),
                            help: Text::new(
                                "Pojok layanan digital atau anjungan mandiri yang berfungsi, dengan petugas pendamping.",
                                "A working digital-service corner or self-service kiosk, with staff to help.",
                            ),
                        },
                        Item {
                            id: "IN3.3",
                            statement: Text::new(
                                "Fasilitas umum seperti perpustakaan, sekolah dan balai warga dipakai untuk kegiatan digital masyarakat.",
                                "Public facilities such as libraries, schools and community halls are used for citizens' digital activities.",
                            ),
                            help: Text::new(
                                "Jadwal kegiatan literasi atau pelatihan digital di fasilitas umum dan jumlah pesertanya.",
                                "Schedules of digital literacy or training sessions in public facilities, and attendance.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Sediakan wifi publik dan pojok layanan digital berpendamping di kantor kecamatan, kelurahan dan Mal Pelayanan Publik.",
                                "Provide public wifi and staffed digital-service corners in kecamatan and kelurahan offices and the Public Service Mall.",
                            ),
                            basis: Text::new(
                                "Perpres 89/2021 Mal Pelayanan Publik; Kajian Palembang 2023 (wifi di 107 kelurahan)",
                                "Perpres 89/2021 (Public Service Malls); Palembang 2023 study (wifi in 107 kelurahan)",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Jadikan perpustakaan, sekolah dan balai warga simpul akses dan literasi digital bersama komunitas setempat.",
                                "Turn libraries, schools and community halls into digital access and literacy hubs with local communities.",
                            ),
                            basis: Text::new(
                                "Modul Bimtek Smart Government (kolaborasi dan partisipasi masyarakat)",
                                "Smart Government Bimtek module (collaboration and citizen participation)",
                            ),
                        },
                    ],
                },
            ],
        },
        Element {
            key: "superstructure",
            name: Text::new("Suprastruktur", "Superstructure"),
            weight: 0.2,
            indicators: &[
                Indicator {
                    id: "SU1",
                    name: Text::new(
                        "Kebijakan dan peraturan daerah",
                        "Policies and regional regulations",
                    ),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "SU1.1",
                            statement: Text::new(
                                "Smart City/SPBE memiliki dasar hukum daerah (Perda atau Perkada) yang mengatur tujuan, pelaksana dan programnya.",
                                "Smart City / SPBE has a regional legal basis (Perda or Perkada) setting its goals, implementers and programmes.",
                            ),
                            help: Text::new(
                                "Perda atau Perkada Smart City/SPBE yang berlaku (contoh: Pergub Sumsel 47/2017).",
                                "A Perda or Perkada on Smart City / SPBE in force (example: South Sumatra's Pergub 47/2017).",
                            ),
                        },
                        Item {
                            id: "SU1.2",
                            statement: Text::new(
                                "Kebijakan daerah selaras dengan kebijakan nasional: SPBE, Satu Data Indonesia dan SIPD.",
                                "Regional policy is aligned with national policy: SPBE, One Data Indonesia and SIPD.",
                            ),
                            help: Text::new(
                                "Perkada Satu Data daerah, perencanaan dan penganggaran lewat SIPD, rujukan Perpres 95/2018 dalam dokumen daerah.",
                                "A regional One Data Perkada, planning and budgeting through SIPD, Perpres 95/2018 cited in regional documents.",
                            ),
                        },
                        Item {
                            id: "SU1.3",
                            statement: Text::new(
                                "Masterplan Smart City telah ditetapkan dan menjadi acuan perencanaan OPD.",
                                "A Smart City masterplan has been adopted and guides the OPDs' planning.",
                            ),
                            help: Text::new(
                                "Masterplan yang disahkan; program dalam Renja dan RKA OPD merujuk pada masterplan.",
                                "An adopted masterplan; programmes in OPD work plans and budgets refer to it.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Tetapkan Perda atau Perkada Smart City/SPBE yang memuat tujuan, organisasi pelaksana dan program, dengan masterplan sebagai lampiran.",
                                "Adopt a Perda or Perkada on Smart City / SPBE setting goals, implementing bodies and programmes, with the masterplan attached.",
                            ),
                            basis: Text::new(
                                "Perpres 95/2018 SPBE; UU 23/2014; Kajian Smart Province Sumsel (Pergub Sumsel 47/2017)",
                                "Perpres 95/2018 (SPBE); UU 23/2014; South Sumatra Smart Province study (South Sumatra Pergub 47/2017)",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Terbitkan Perkada Satu Data daerah dan pastikan perencanaan serta penganggaran memakai SIPD.",
                                "Issue a regional One Data Perkada and make sure planning and budgeting run through SIPD.",
                            ),
                            basis: Text::new(
                                "Perpres 39/2019 Satu Data Indonesia; Permendagri 70/2019 SIPD",
                                "Perpres 39/2019 (One Data Indonesia); Permendagri 70/2019 (SIPD)",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "SU2",
                    name: Text::new("Kelembagaan", "Institutions"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "SU2.1",
                            statement: Text::new(
                                "Kami memiliki Dewan Smart City atau Dewan TIK yang ditetapkan dengan SK kepala daerah dan aktif bersidang.",
                                "We have a Smart City council or ICT council set up by decree of the head of region, and it meets regularly.",
                            ),
                            help: Text::new(
                                "SK pembentukan dewan dan notulen rapat dalam setahun terakhir.",
                                "The council's founding decree and minutes of meetings in the past year.",
                            ),
                        },
                        Item {
                            id: "SU2.2",
                            statement: Text::new(
                                "Ada kelompok kerja (Pokja) untuk proyek Smart City dengan anggota lintas OPD dan pemangku kepentingan.",
                                "There are working groups (Pokja) for Smart City projects with members from several OPDs and stakeholders.",
                            ),
                            help: Text::new(
                                "SK Pokja, daftar anggota dan laporan kemajuan proyek yang ditanganinya.",
                                "Working-group decrees, member lists and progress reports on their projects.",
                            ),
                        },
                        Item {
                            id: "SU2.3",
                            statement: Text::new(
                                "Peran Diskominfo, Bappeda dan OPD lain dalam Smart City/SPBE jelas dan tertulis.",
                                "The roles of Diskominfo, Bappeda and other OPDs in Smart City / SPBE are clear and written down.",
                            ),
                            help: Text::new(
                                "SK Tim Koordinasi SPBE, Perkada tugas dan fungsi, atau matriks peran yang disepakati.",
                                "An SPBE coordination team decree, a Perkada on duties and functions, or an agreed role matrix.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Bentuk Dewan Smart City atau Dewan TIK dengan SK kepala daerah, beranggotakan OPD dan pemangku kepentingan, dengan Pokja per proyek.",
                                "Set up a Smart City or ICT council by decree of the head of region, with OPDs and stakeholders as members and a working group per project.",
                            ),
                            basis: Text::new(
                                "Kajian Smart Province Sumsel (Dewan Smart City Banyuasin; Dewan TIK Muara Enim)",
                                "South Sumatra Smart Province study (Banyuasin Smart City council; Muara Enim ICT council)",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Tetapkan Tim Koordinasi SPBE dengan pembagian peran Diskominfo, Bappeda dan OPD yang jelas.",
                                "Establish an SPBE coordination team with clear roles for Diskominfo, Bappeda and the OPDs.",
                            ),
                            basis: Text::new("Perpres 95/2018 SPBE", "Perpres 95/2018 (SPBE)"),
                        },
                    ],
                },
                Indicator {
                    id: "SU3",
                    name: Text::new("Tata laksana (prosedur)", "Procedures"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "SU3.1",
                            statement: Text::new(
                                "Proses bisnis layanan utama telah dipetakan dan dibakukan dalam SOP.",
                                "The business processes of key services have been mapped and standardised in SOPs.",
                            ),
                            help: Text::new(
                                "Peta proses bisnis dan SOP layanan yang ditetapkan, termasuk versi elektroniknya.",
                                "Business-process maps and adopted service SOPs, including their electronic versions.",
                            ),
                        },
                        Item {
                            id: "SU3.2",
                            statement: Text::new(
                                "Ada prosedur baku untuk membangun, mengubah dan menghentikan aplikasi, dengan persetujuan Diskominfo.",
                                "There is a standard procedure to build, change and retire applications, approved by Diskominfo.",
                            ),
                            help: Text::new(
                                "Prosedur manajemen aplikasi yang ditetapkan dan catatan permohonan yang diproses melaluinya.",
                                "An adopted application-management procedure and records of requests handled through it.",
                            ),
                        },
                        Item {
                            id: "SU3.3",
                            statement: Text::new(
                                "Prosedur pengamanan informasi dan penanganan insiden siber ditetapkan dan dilatihkan.",
                                "Information-security and cyber-incident procedures are adopted and rehearsed.",
                            ),
                            help: Text::new(
                                "Dokumen prosedur keamanan, catatan latihan atau simulasi insiden, laporan insiden yang ditangani.",
                                "Security procedure documents, records of incident drills, reports of incidents handled.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Petakan proses bisnis layanan utama, tetapkan SOP elektroniknya, dan wajibkan pembangunan aplikasi melalui Diskominfo.",
                                "Map the business processes of key services, adopt electronic SOPs for them, and route all application development through Diskominfo.",
                            ),
                            basis: Text::new(
                                "Perpres 95/2018 SPBE (proses bisnis dan aplikasi)",
                                "Perpres 95/2018 (SPBE business processes and applications)",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Tetapkan prosedur pengamanan informasi dan penanganan insiden, lalu latih pengelola TIK seluruh OPD.",
                                "Adopt information-security and incident-handling procedures, then train the ICT officers of every OPD.",
                            ),
                            basis: Text::new(
                                "Kajian Smart Province Sumsel (prosedur pengamanan informasi Banyuasin); UU 27/2022 PDP",
                                "South Sumatra Smart Province study (Banyuasin security procedure); UU 27/2022 (data protection)",
                            ),
                        },
                    ],
                },
            ],
        },
        Element {
            key: "culture",
            name: Text::new("Budaya", "Culture"),
            weight: 0.2,
            indicators: &[
                Indicator {
                    id: "BU1",
                    name: Text::new("Kebiasaan dan tradisi setempat", "Local habits and traditions"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "BU1.1",
                            statement: Text::new(
                                "Aparatur terbiasa bekerja dengan sistem digital; OPD atau pegawai yang enggan beralih ke daring tinggal sedikit.",
                                "Staff are used to working with digital systems; few OPDs or employees still resist going online.",
                            ),
                            help: Text::new(
                                "Tingkat pemakaian aplikasi kerja (naskah dinas elektronik, presensi daring); daftar OPD yang masih manual.",
                                "Usage of work applications (e-office, online attendance); a list of OPDs still working on paper.",
                            ),
                        },
                        Item {
                            id: "BU1.2",
                            statement: Text::new(
                                "Layanan digital dirancang sesuai kebiasaan warga, misalnya lewat WhatsApp, dalam bahasa daerah, atau pada jam yang pas.",
                                "Digital services fit local habits, e.g. via WhatsApp, in the local language, or at suitable hours.",
                            ),
                            help: Text::new(
                                "Kanal layanan yang sudah akrab bagi warga, konten berbahasa daerah, masukan warga tentang kemudahan.",
                                "Service channels citizens already use, local-language content, citizen feedback on ease of use.",
                            ),
                        },
                        Item {
                            id: "BU1.3",
                            statement: Text::new(
                                "Gotong royong dan tokoh masyarakat setempat dimanfaatkan untuk mengenalkan layanan digital.",
                                "Mutual help (gotong royong) and local community leaders are used to introduce digital services.",
                            ),
                            help: Text::new(
                                "Kegiatan bersama tokoh adat, agama atau RT/RW untuk mengenalkan layanan, dengan jumlah peserta.",
                                "Events with customary, religious or neighbourhood (RT/RW) leaders introducing services, with attendance.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Jalankan manajemen perubahan yang inklusif: pendampingan, duta digital di tiap OPD, dan target pemakaian aplikasi dalam penilaian kinerja.",
                                "Run inclusive change management: coaching, a digital champion in each OPD, and application-use targets in performance appraisal.",
                            ),
                            basis: Text::new(
                                "Modul Bimtek Smart Government (resistensi terhadap perubahan); Kajian Palembang 2023 (OPD enggan beralih ke digital)",
                                "Smart Government Bimtek module (resistance to change); Palembang 2023 study (OPDs reluctant to go digital)",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Libatkan tokoh adat, agama dan RT/RW serta kanal yang sudah biasa dipakai warga untuk mengenalkan layanan digital.",
                                "Involve customary, religious and RT/RW leaders, and channels citizens already use, to introduce digital services.",
                            ),
                            basis: Text::new(
                                "Kajian Smart Province Sumsel (elemen budaya, Kemkominfo 2017)",
                                "South Sumatra Smart Province study (culture element, Kemkominfo 2017)",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "BU2",
                    name: Text::new("Inovasi", "Innovation"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "BU2.1",
                            statement: Text::new(
                                "OPD kami rutin menghasilkan inovasi layanan publik dan inovasi itu tercatat.",
                                "Our OPDs regularly produce public-service innovations, and these are recorded.",
                            ),
                            help: Text::new(
                                "Daftar inovasi yang dilaporkan ke Indeks Inovasi Daerah Kemendagri; penghargaan inovasi.",
                                "Innovations reported to the Kemendagri Regional Innovation Index; innovation awards.",
                            ),
                        },
                        Item {
                            id: "BU2.2",
                            statement: Text::new(
                                "Ada ruang dan anggaran untuk uji coba inovasi, termasuk bersama startup, kampus atau komunitas.",
                                "There is room and budget to pilot innovations, including with start-ups, universities or communities.",
                            ),
                            help: Text::new(
                                "Anggaran uji coba, kegiatan hackathon atau inkubasi, perjanjian kerja sama inovasi.",
                                "A pilot budget, hackathons or incubation programmes, innovation cooperation agreements.",
                            ),
                        },
                        Item {
                            id: "BU2.3",
                            statement: Text::new(
                                "Inovasi yang berhasil diperluas ke OPD atau wilayah lain dan dirawat, tidak berhenti setelah lomba.",
                                "Successful innovations are scaled to other OPDs or areas and maintained, not dropped after a competition.",
                            ),
                            help: Text::new(
                                "Inovasi yang masih berjalan dua tahun atau lebih setelah diluncurkan, dengan anggaran rutinnya.",
                                "Innovations still running two or more years after launch, with a recurring budget.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Tetapkan Perkada inovasi daerah, sediakan anggaran uji coba, dan laporkan inovasi ke Indeks Inovasi Daerah setiap tahun.",
                                "Adopt a Perkada on regional innovation, fund pilots, and report innovations to the Regional Innovation Index each year.",
                            ),
                            basis: Text::new(
                                "PP 38/2017 Inovasi Daerah; UU 23/2014 Pemerintahan Daerah",
                                "PP 38/2017 (Regional Innovation); UU 23/2014 (Regional Government)",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Kembangkan kemitraan inovasi dengan kampus, startup dan swasta, misalnya lewat hackathon atau inkubasi layanan.",
                                "Build innovation partnerships with universities, start-ups and business, e.g. through hackathons or service incubation.",
                            ),
                            basis: Text::new(
                                "Modul Bimtek Smart Government (kolaborasi dengan pihak eksternal); Kajian Smart Province Sumsel, rekomendasi 2",
                                "Smart Government Bimtek module (collaboration with outside parties); South Sumatra Smart Province study, recommendation 2",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "BU3",
                    name: Text::new(
                        "Interaksi dan partisipasi masyarakat",
                        "Community interaction and participation",
                    ),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "BU3.1",
                            statement: Text::new(
                                "Warga aktif berinteraksi dengan pemda melalui kanal digital (media sosial, aplikasi, pengaduan).",
                                "Citizens actively interact with the government through digital channels (social media, apps, complaints).",
                            ),
                            help: Text::new(
                                "Statistik interaksi di akun resmi dan aplikasi, jumlah pengaduan dan tanggapannya.",
                                "Interaction statistics on official accounts and apps, number of complaints and replies.",
                            ),
                        },
                        Item {
                            id: "BU3.2",
                            statement: Text::new(
                                "Warga dan komunitas dilibatkan dalam perencanaan, misalnya lewat musrenbang atau konsultasi publik daring.",
                                "Citizens and communities take part in planning, e.g. through musrenbang or online public consultation.",
                            ),
                            help: Text::new(
                                "Usulan warga yang masuk secara daring dan yang diakomodasi dalam RKPD.",
                                "Citizen proposals submitted online and those taken up in the annual plan (RKPD).",
                            ),
                        },
                        Item {
                            id: "BU3.3",
                            statement: Text::new(
                                "Data dan informasi pemerintah dibuka bagi publik (data terbuka) sehingga warga dapat ikut memantau pembangunan.",
                                "Government data and information are open to the public (open data), so citizens can help monitor development.",
                            ),
                            help: Text::new(
                                "Portal data terbuka dan PPID daring dengan dataset yang diperbarui.",
                                "An open-data portal and online PPID with updated datasets.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Buka portal data terbuka daerah dan PPID daring agar warga dapat memantau program dan memberi masukan.",
                                "Launch a regional open-data portal and online PPID so citizens can follow programmes and give feedback.",
                            ),
                            basis: Text::new(
                                "UU 14/2008 KIP; Perpres 39/2019 Satu Data Indonesia",
                                "UU 14/2008 (Public Information); Perpres 39/2019 (One Data Indonesia)",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Sediakan kanal partisipasi daring (konsultasi publik, musrenbang daring) dan tanggapi setiap masukan secara terbuka.",
                                "Offer online participation channels (public consultation, online musrenbang) and answer every input openly.",
                            ),
                            basis: Text::new(
                                "Modul Bimtek Smart Government (partisipasi masyarakat dalam evaluasi layanan)",
                                "Smart Government Bimtek module (citizen participation in service evaluation)",
                            ),
                        },
                    ],
                },
            ],
        },
        Element {
            key: "nature",
            name: Text::new("Alam", "Nature"),
            weight: 0.2,
            indicators: &[
                Indicator {
                    id: "AL1",
                    name: Text::new("Sumber daya alam", "Natural resources"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "AL1.1",
                            statement: Text::new(
                                "Potensi sumber daya alam daerah (pertanian, perikanan, tambang, energi) telah dipetakan dalam data digital.",
                                "The region's natural resources (farming, fisheries, mining, energy) are mapped in digital data.",
                            ),
                            help: Text::new(
                                "Basis data atau peta geospasial SDA yang mutakhir dan terhubung dengan Satu Data daerah.",
                                "An up-to-date natural-resource database or geospatial map linked to regional One Data.",
                            ),
                        },
                        Item {
                            id: "AL1.2",
                            statement: Text::new(
                                "TIK dipakai untuk mengelola dan mempromosikan potensi SDA serta peluang investasi daerah.",
                                "ICT is used to manage and promote natural resources and the region's investment opportunities.",
                            ),
                            help: Text::new(
                                "Sistem informasi komoditas atau peluang investasi yang daring dan diperbarui.",
                                "An online commodity or investment-opportunity information system that is kept up to date.",
                            ),
                        },
                        Item {
                            id: "AL1.3",
                            statement: Text::new(
                                "Kondisi geografis daerah (luas, pegunungan, kepulauan) diperhitungkan dalam rencana jaringan dan layanan digital.",
                                "The region's geography (size, mountains, islands) is taken into account in network and digital-service plans.",
                            ),
                            help: Text::new(
                                "Rencana jaringan yang memuat solusi untuk wilayah sulit (VSAT, radio) dan layanan keliling.",
                                "A network plan with solutions for hard-to-reach areas (VSAT, radio) and mobile services.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Bangun basis data geospasial potensi SDA bersama OPD teknis dan BPS, mengacu pada Kebijakan Satu Peta dan Satu Data.",
                                "Build a geospatial database of natural resources with the technical OPDs and BPS, following the One Map and One Data policies.",
                            ),
                            basis: Text::new(
                                "Perpres 39/2019 Satu Data Indonesia; Perpres 9/2016 Kebijakan Satu Peta",
                                "Perpres 39/2019 (One Data Indonesia); Perpres 9/2016 (One Map Policy)",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Mutakhirkan informasi potensi dan peluang investasi secara daring agar investor dapat menilai daerah tanpa harus datang.",
                                "Keep online information on resources and investment opportunities current, so investors can assess the region without visiting.",
                            ),
                            basis: Text::new(
                                "Kajian Palembang 2023, saran 10; Kajian Smart Province Kalsel (rekomendasi SDA Kalsel)",
                                "Palembang 2023 study, suggestion 10; South Kalimantan Smart Province study (South Kalimantan advice)",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "AL2",
                    name: Text::new("Kehidupan dan penghidupan", "Life and livelihoods"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "AL2.1",
                            statement: Text::new(
                                "Program Smart City berangkat dari kebutuhan dasar warga (air bersih, listrik, kesehatan, pangan), bukan hanya teknologi.",
                                "The Smart City programme starts from citizens' basic needs (clean water, power, health, food), not just technology.",
                            ),
                            help: Text::new(
                                "Masterplan atau program yang mengaitkan solusi digital dengan kebutuhan dasar, beserta indikator dampaknya.",
                                "A masterplan or programme linking digital solutions to basic needs, with impact indicators.",
                            ),
                        },
                        Item {
                            id: "AL2.2",
                            statement: Text::new(
                                "Layanan digital membantu mata pencaharian warga, misalnya petani, nelayan dan UMKM (info harga, pasar daring).",
                                "Digital services support livelihoods, e.g. of farmers, fishers and small businesses (price info, online markets).",
                            ),
                            help: Text::new(
                                "Aplikasi atau layanan untuk pelaku usaha lokal beserta jumlah penggunanya.",
                                "Apps or services for local producers and businesses, with their user numbers.",
                            ),
                        },
                        Item {
                            id: "AL2.3",
                            statement: Text::new(
                                "Kami memiliki data kesejahteraan by-name-by-address untuk menyalurkan bantuan tepat sasaran.",
                                "We have by-name-by-address welfare data to target assistance accurately.",
                            ),
                            help: Text::new(
                                "Sistem data terpadu kemiskinan yang terhubung dengan NIK dan diperbarui berkala.",
                                "An integrated poverty database linked to NIK and updated regularly.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Utamakan proyek Smart City yang menjawab kebutuhan dasar dan mata pencaharian warga, dengan indikator dampak kesejahteraan.",
                                "Put first the Smart City projects that meet basic needs and support livelihoods, with welfare impact indicators.",
                            ),
                            basis: Text::new(
                                "Kajian Smart Province Sumsel (Banyuasin: air bersih, listrik, internet desa)",
                                "South Sumatra Smart Province study (Banyuasin: clean water, power, village internet)",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Bangun data kesejahteraan terpadu berbasis nama, alamat dan NIK untuk penyaluran bantuan tepat sasaran.",
                                "Build integrated welfare data by name, address and NIK to target assistance accurately.",
                            ),
                            basis: Text::new(
                                "Kajian Smart Province Sumsel (SIGERTAK Sumsel); Perpres 39/2019 Satu Data Indonesia",
                                "South Sumatra Smart Province study (SIGERTAK, South Sumatra); Perpres 39/2019 (One Data Indonesia)",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "AL3",
                    name: Text::new("Ekosistem dan lingkungan", "Ecosystem and environment"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "AL3.1",
                            statement: Text::new(
                                "Kondisi lingkungan (kualitas udara dan air, sampah, banjir) dipantau dengan data digital yang dapat diakses publik.",
                                "Environmental conditions (air and water quality, waste, floods) are monitored with digital data open to the public.",
                            ),
                            help: Text::new(
                                "Dasbor atau laporan pemantauan lingkungan yang diperbarui dan dipublikasikan.",
                                "An environmental monitoring dashboard or reports, updated and published.",
                            ),
                        },
                        Item {
                            id: "AL3.2",
                            statement: Text::new(
                                "Data risiko bencana dan peringatan dini terhubung dengan kanal informasi pemda.",
                                "Disaster-risk data and early warnings are connected to the government's information channels.",
                            ),
                            help: Text::new(
                                "Peta risiko bencana daring, peringatan dini yang disebarkan lewat situs, media sosial atau SMS.",
                                "An online disaster-risk map, early warnings spread via the website, social media or SMS.",
                            ),
                        },
                        Item {
                            id: "AL3.3",
                            statement: Text::new(
                                "Program Smart City memperhatikan kelestarian ekosistem, misalnya pengelolaan sampah atau energi terbarukan.",
                                "The Smart City programme cares for the ecosystem, e.g. through waste management or renewable energy.",
                            ),
                            help: Text::new(
                                "Program lingkungan dalam masterplan Smart City beserta capaiannya.",
                                "Environmental programmes in the Smart City masterplan, with their results.",
                            ),
                        },
                    ],
                    recommendations: &[
                        Recommendation {
                            text: Text::new(
                                "Satukan data pemantauan lingkungan dan kebencanaan dari OPD terkait ke dasbor command center dan situs resmi.",
                                "Bring environmental and disaster monitoring data from the relevant OPDs into the command-centre dashboard and the official site.",
                            ),
                            basis: Text::new(
                                "UU 32/2009 Lingkungan Hidup; UU 24/2007 Penanggulangan Bencana",
                                "UU 32/2009 (Environment); UU 24/2007 (Disaster Management)",
                            ),
                        },
                        Recommendation {
                            text: Text::new(
                                "Masukkan pengelolaan sampah dan energi terbarukan, misalnya pembangkit listrik tenaga sampah, ke dalam masterplan Smart City.",
                                "Include waste management and renewable energy, such as a waste-to-energy plant, in the Smart City masterplan.",
                            ),
                            basis: Text::new(
                                "Kajian Smart Province Sumsel (Banyuasin: pembangkit listrik tenaga sampah)",
                                "South Sumatra Smart Province study (Banyuasin: waste-to-energy plant)",
                            ),
                        },
                    ],
                },
            ],
        },
    ],
};
