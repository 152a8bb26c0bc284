//! Help texts and recommendations of the e-readiness instrument, by item, indicator or
//! criterion id. Kept apart from the statements (`ereadiness.rs`) because the first-load app
//! does not link them: it fetches them as a file when a page needs them
//! (`content::guidance`), which keeps some 14 KB gzip out of the first load.

use crate::model::{Recommendation, Text};

pub static HELP: &[(&str, Text)] = &[
    ("ST1.1", Text::new(
        "SK penunjukan pengelola TIK di tiap OPD beserta uraian tugasnya.",
        "Appointment decrees for an ICT officer in each OPD, with job descriptions.",
    )),
    ("ST1.2", Text::new(
        "Pemetaan literasi digital ASN; jumlah ASN yang mengikuti pelatihan TIK atau analisis data.",
        "A digital-literacy map of civil servants; the number trained in ICT or data analysis.",
    )),
    ("ST1.3", Text::new(
        "Pimpinan mengikuti pelatihan kepemimpinan digital; target digitalisasi masuk perjanjian kinerja OPD.",
        "Heads attended digital-leadership training; digitalisation targets are in OPD performance agreements.",
    )),
    ("ST2.1", Text::new(
        "Data BPS tentang akses internet rumah tangga, atau survei daerah per kecamatan.",
        "BPS data on household internet access, or a regional survey by kecamatan.",
    )),
    ("ST2.2", Text::new(
        "Hasil survei literasi digital nasional atau daerah; program pelatihan warga yang berjalan.",
        "National or regional digital-literacy survey results; citizen training programmes under way.",
    )),
    ("ST2.3", Text::new(
        "Statistik pengguna aktif dan transaksi layanan daring per tahun.",
        "Yearly statistics of active users and online service transactions.",
    )),
    ("ST3.1", Text::new(
        "APBD/DPA beberapa tahun terakhir yang memuat program Smart City atau SPBE, tercatat di SIPD.",
        "APBD/DPA of recent years showing Smart City or SPBE programmes, recorded in SIPD.",
    )),
    ("ST3.2", Text::new(
        "Reviu belanja TIK oleh Diskominfo atau Tim Koordinasi SPBE sebelum RKA; daftar belanja TIK seluruh OPD.",
        "ICT spending reviewed by Diskominfo or the SPBE coordination team before budgeting; a list of all OPD ICT spending.",
    )),
    ("ST3.3", Text::new(
        "Penetapan DAK, perjanjian KPBU/CSR atau hibah untuk proyek Smart City.",
        "DAK allocations, PPP/CSR agreements or grants for Smart City projects.",
    )),
    ("ST4.1", Text::new(
        "Arahan tertulis, rapat berkala yang dipimpin kepala daerah atau Sekda, dan keputusan yang ditindaklanjuti.",
        "Written directives, regular meetings chaired by the head of region or Sekda, and decisions followed up.",
    )),
    ("ST4.2", Text::new(
        "Hasil evaluasi SPBE (indeks dan predikat) dan rencana tindak lanjut atas rekomendasinya.",
        "SPBE evaluation results (index and predicate) and a follow-up plan for its recommendations.",
    )),
    ("ST4.3", Text::new(
        "Forum pemangku kepentingan, MoU dengan kampus atau swasta, notulen konsultasi publik.",
        "A stakeholder forum, MoUs with universities or business, minutes of public consultations.",
    )),
    ("IN1.1", Text::new(
        "Data listrik dan sarana kantor kecamatan/desa; daftar lokasi yang masih bermasalah dan rencana perbaikannya.",
        "Data on power and office facilities in kecamatan and villages; a list of problem sites and repair plans.",
    )),
    ("IN1.2", Text::new(
        "Command center dan ruang server beroperasi dengan catu daya cadangan dan pendingin; laporan operasionalnya.",
        "A command centre and server room running with backup power and cooling; their operating reports.",
    )),
    ("IN1.3", Text::new(
        "Inventaris perangkat beserta kondisinya; anggaran dan kontrak pemeliharaan.",
        "A device inventory with condition; maintenance budget and contracts.",
    )),
    ("IN2.1", Text::new(
        "Peta jaringan dan daftar lokasi terhubung (fiber optik, radio, VSAT) beserta kualitas layanannya.",
        "A network map and list of connected sites (fibre, radio, VSAT) with their service quality.",
    )),
    ("IN2.2", Text::new(
        "Pusat data yang beroperasi atau perjanjian pemakaian pusat data bersama; jadwal dan uji pemulihan backup.",
        "A running data centre or an agreement to use a shared one; backup schedule and restore tests.",
    )),
    ("IN2.3", Text::new(
        "Daftar aplikasi yang terintegrasi, API atau sistem penghubung layanan, kerja sama data dengan Dukcapil.",
        "A list of integrated applications, APIs or a service bus, a data agreement with Dukcapil.",
    )),
    ("IN3.1", Text::new(
        "Daftar titik wifi publik yang aktif dan data pemakaiannya.",
        "A list of active public wifi points and their usage data.",
    )),
    ("IN3.2", Text::new(
        "Pojok layanan digital atau anjungan mandiri yang berfungsi, dengan petugas pendamping.",
        "A working digital-service corner or self-service kiosk, with staff to help.",
    )),
    ("IN3.3", Text::new(
        "Jadwal kegiatan literasi atau pelatihan digital di fasilitas umum dan jumlah pesertanya.",
        "Schedules of digital literacy or training sessions in public facilities, and attendance.",
    )),
    ("SU1.1", Text::new(
        "Perda atau Perkada Smart City/SPBE yang berlaku (contoh: Pergub Sumsel 47/2017).",
        "A Perda or Perkada on Smart City / SPBE in force (example: South Sumatra's Pergub 47/2017).",
    )),
    ("SU1.2", Text::new(
        "Perkada Satu Data daerah, perencanaan dan penganggaran lewat SIPD, rujukan Perpres 95/2018 dalam dokumen daerah.",
        "A regional One Data Perkada, planning and budgeting through SIPD, Perpres 95/2018 cited in regional documents.",
    )),
    ("SU1.3", Text::new(
        "Masterplan yang disahkan; program dalam Renja dan RKA OPD merujuk pada masterplan.",
        "An adopted masterplan; programmes in OPD work plans and budgets refer to it.",
    )),
    ("SU2.1", Text::new(
        "SK pembentukan dewan dan notulen rapat dalam setahun terakhir.",
        "The council's founding decree and minutes of meetings in the past year.",
    )),
    ("SU2.2", Text::new(
        "SK Pokja, daftar anggota dan laporan kemajuan proyek yang ditanganinya.",
        "Working-group decrees, member lists and progress reports on their projects.",
    )),
    ("SU2.3", Text::new(
        "SK Tim Koordinasi SPBE, Perkada tugas dan fungsi, atau matriks peran yang disepakati.",
        "An SPBE coordination team decree, a Perkada on duties and functions, or an agreed role matrix.",
    )),
    ("SU3.1", Text::new(
        "Peta proses bisnis dan SOP layanan yang ditetapkan, termasuk versi elektroniknya.",
        "Business-process maps and adopted service SOPs, including their electronic versions.",
    )),
    ("SU3.2", Text::new(
        "Prosedur manajemen aplikasi yang ditetapkan dan catatan permohonan yang diproses melaluinya.",
        "An adopted application-management procedure and records of requests handled through it.",
    )),
    ("SU3.3", Text::new(
        "Dokumen prosedur keamanan, catatan latihan atau simulasi insiden, laporan insiden yang ditangani.",
        "Security procedure documents, records of incident drills, reports of incidents handled.",
    )),
    ("BU1.1", Text::new(
        "Tingkat pemakaian aplikasi kerja (naskah dinas elektronik, presensi daring); daftar OPD yang masih manual.",
        "Usage of work applications (e-office, online attendance); a list of OPDs still working on paper.",
    )),
    ("BU1.2", Text::new(
        "Kanal layanan yang sudah akrab bagi warga, konten berbahasa daerah, masukan warga tentang kemudahan.",
        "Service channels citizens already use, local-language content, citizen feedback on ease of use.",
    )),
    ("BU1.3", Text::new(
        "Kegiatan bersama tokoh adat, agama atau RT/RW untuk mengenalkan layanan, dengan jumlah peserta.",
        "Events with customary, religious or neighbourhood (RT/RW) leaders introducing services, with attendance.",
    )),
    ("BU2.1", Text::new(
        "Daftar inovasi yang dilaporkan ke Indeks Inovasi Daerah Kemendagri; penghargaan inovasi.",
        "Innovations reported to the Kemendagri Regional Innovation Index; innovation awards.",
    )),
    ("BU2.2", Text::new(
        "Anggaran uji coba, kegiatan hackathon atau inkubasi, perjanjian kerja sama inovasi.",
        "A pilot budget, hackathons or incubation programmes, innovation cooperation agreements.",
    )),
    ("BU2.3", Text::new(
        "Inovasi yang masih berjalan dua tahun atau lebih setelah diluncurkan, dengan anggaran rutinnya.",
        "Innovations still running two or more years after launch, with a recurring budget.",
    )),
    ("BU3.1", Text::new(
        "Statistik interaksi di akun resmi dan aplikasi, jumlah pengaduan dan tanggapannya.",
        "Interaction statistics on official accounts and apps, number of complaints and replies.",
    )),
    ("BU3.2", Text::new(
        "Usulan warga yang masuk secara daring dan yang diakomodasi dalam RKPD.",
        "Citizen proposals submitted online and those taken up in the annual plan (RKPD).",
    )),
    ("BU3.3", Text::new(
        "Portal data terbuka dan PPID daring dengan dataset yang diperbarui.",
        "An open-data portal and online PPID with updated datasets.",
    )),
    ("AL1.1", Text::new(
        "Basis data atau peta geospasial SDA yang mutakhir dan terhubung dengan Satu Data daerah.",
        "An up-to-date natural-resource database or geospatial map linked to regional One Data.",
    )),
    ("AL1.2", Text::new(
        "Sistem informasi komoditas atau peluang investasi yang daring dan diperbarui.",
        "An online commodity or investment-opportunity information system that is kept up to date.",
    )),
    ("AL1.3", Text::new(
        "Rencana jaringan yang memuat solusi untuk wilayah sulit (VSAT, radio) dan layanan keliling.",
        "A network plan with solutions for hard-to-reach areas (VSAT, radio) and mobile services.",
    )),
    ("AL2.1", Text::new(
        "Masterplan atau program yang mengaitkan solusi digital dengan kebutuhan dasar, beserta indikator dampaknya.",
        "A masterplan or programme linking digital solutions to basic needs, with impact indicators.",
    )),
    ("AL2.2", Text::new(
        "Aplikasi atau layanan untuk pelaku usaha lokal beserta jumlah penggunanya.",
        "Apps or services for local producers and businesses, with their user numbers.",
    )),
    ("AL2.3", Text::new(
        "Sistem data terpadu kemiskinan yang terhubung dengan NIK dan diperbarui berkala.",
        "An integrated poverty database linked to NIK and updated regularly.",
    )),
    ("AL3.1", Text::new(
        "Dasbor atau laporan pemantauan lingkungan yang diperbarui dan dipublikasikan.",
        "An environmental monitoring dashboard or reports, updated and published.",
    )),
    ("AL3.2", Text::new(
        "Peta risiko bencana daring, peringatan dini yang disebarkan lewat situs, media sosial atau SMS.",
        "An online disaster-risk map, early warnings spread via the website, social media or SMS.",
    )),
    ("AL3.3", Text::new(
        "Program lingkungan dalam masterplan Smart City beserta capaiannya.",
        "Environmental programmes in the Smart City masterplan, with their results.",
    )),
];

pub static RECOMMENDATIONS: &[(&str, &[Recommendation])] = &[
    ("ST1", &[Recommendation {
        text: Text::new(
            "Tunjuk pengelola TIK di setiap OPD dan latih secara berjenjang lewat Bimtek; manfaatkan Digital Talent Scholarship dan sertifikasi SKKNI.",
            "Appoint an ICT officer in every OPD and train them step by step through Bimtek; use Digital Talent Scholarship and SKKNI certification.",
        ),
        basis: Text::new(
            "Kajian Smart Province Sumsel, rekomendasi 3; Digital Talent Scholarship (Kemkominfo)",
            "South Sumatra Smart Province study, recommendation 3; Digital Talent Scholarship (Kemkominfo)",
        ),
    }]),
    ("ST2", &[
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
    ]),
    ("ST3", &[
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
    ]),
    ("ST4", &[
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
    ]),
    ("IN1", &[
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
    ]),
    ("IN2", &[
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
    ]),
    ("IN3", &[
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
    ]),
    ("SU1", &[
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
    ]),
    ("SU2", &[
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
    ]),
    ("SU3", &[
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
    ]),
    ("BU1", &[
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
    ]),
    ("BU2", &[
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
    ]),
    ("BU3", &[
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
    ]),
    ("AL1", &[
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
    ]),
    ("AL2", &[
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
    ]),
    ("AL3", &[
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
    ]),
];
