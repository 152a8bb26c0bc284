//! E-readiness elements of a smart region (Kemkominfo 2017, Gerakan Menuju 100 Smart City),
//! as described in seed 000 section 1.3, with the findings of its Sumatera Selatan study.

use crate::model::{Element, Indicator, Item, LikertInstrument, Text};

pub static INSTRUMENT: LikertInstrument = LikertInstrument {
    key: "ereadiness",
    name: Text::content(
        "Elemen kesiapan daerah pintar (e-readiness)",
        "Smart region readiness elements (e-readiness)",
    ),
    source: Text::content(
        "Kemkominfo (2017), Gerakan Menuju 100 Smart City",
        "Kemkominfo (2017), Towards 100 Smart Cities Movement (Gerakan Menuju 100 Smart City)",
    ),
    elements: &[
        Element {
            key: "structure",
            name: Text::content("Struktur", "Structure"),
            weight: 0.2,
            indicators: &[
                Indicator {
                    id: "ST1",
                    name: Text::content("SDM pelaksana", "Implementing staff"),
                    weight: 0.25,
                    items: &[
                        Item {
                            id: "ST1.1",
                            statement: Text::content(
                                "Setiap OPD memiliki petugas yang ditunjuk mengelola TIK dan layanan digitalnya, bukan sekadar tugas tambahan.",
                                "Every OPD has staff appointed to run its ICT and digital services, not as a side duty.",
                            ),
                        },
                        Item {
                            id: "ST1.2",
                            statement: Text::content(
                                "Aparatur pelaksana menguasai aplikasi yang dipakainya dan mampu mengolah data untuk pengambilan keputusan.",
                                "Implementing staff master the applications they use and can analyse data for decision-making.",
                            ),
                        },
                        Item {
                            id: "ST1.3",
                            statement: Text::content(
                                "Pimpinan OPD memiliki kepemimpinan digital dan mendorong stafnya memakai sistem digital.",
                                "OPD heads show digital leadership and push their staff to use digital systems.",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "ST2",
                    name: Text::content(
                        "Penerima manfaat: literasi dan pemakaian digital warga",
                        "Beneficiaries: citizens' digital literacy and use",
                    ),
                    weight: 0.25,
                    items: &[
                        Item {
                            id: "ST2.1",
                            statement: Text::content(
                                "Sebagian besar warga memiliki akses internet dan perangkat untuk memakai layanan digital pemda.",
                                "Most citizens have internet access and a device to use the government's digital services.",
                            ),
                        },
                        Item {
                            id: "ST2.2",
                            statement: Text::content(
                                "Literasi digital warga cukup untuk memakai layanan daring secara mandiri.",
                                "Citizens' digital literacy is good enough to use online services on their own.",
                            ),
                        },
                        Item {
                            id: "ST2.3",
                            statement: Text::content(
                                "Jumlah warga yang benar-benar memakai layanan daring pemda terus meningkat.",
                                "The number of citizens actually using the government's online services keeps growing.",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "ST3",
                    name: Text::content("Sumber daya anggaran", "Budget resources"),
                    weight: 0.25,
                    items: &[
                        Item {
                            id: "ST3.1",
                            statement: Text::content(
                                "Program Smart City memiliki alokasi anggaran tetap dalam APBD setiap tahun.",
                                "The Smart City programme has a steady allocation in the regional budget (APBD) every year.",
                            ),
                        },
                        Item {
                            id: "ST3.2",
                            statement: Text::content(
                                "Belanja TIK direncanakan terpadu lintas OPD sehingga tidak ada pengadaan aplikasi atau jaringan yang tumpang tindih.",
                                "ICT spending is planned jointly across OPDs, so no applications or networks are bought twice.",
                            ),
                        },
                        Item {
                            id: "ST3.3",
                            statement: Text::content(
                                "Kami memiliki sumber dana pendamping seperti DAK bidang TIK, KPBU, CSR atau hibah.",
                                "We have complementary funding such as DAK for ICT, PPP (KPBU), CSR or grants.",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "ST4",
                    name: Text::content("Tata kelola dan tata pamong", "Governance and stewardship"),
                    weight: 0.25,
                    items: &[
                        Item {
                            id: "ST4.1",
                            statement: Text::content(
                                "Kepala daerah secara nyata memimpin dan memantau program Smart City/SPBE.",
                                "The head of region actually leads and monitors the Smart City / SPBE programme.",
                            ),
                        },
                        Item {
                            id: "ST4.2",
                            statement: Text::content(
                                "Pelaksanaan SPBE kami dievaluasi berkala dan hasilnya ditindaklanjuti.",
                                "Our SPBE is evaluated regularly and the findings are acted on.",
                            ),
                        },
                        Item {
                            id: "ST4.3",
                            statement: Text::content(
                                "Warga, swasta, akademisi dan komunitas ikut merencanakan dan mengawasi program Smart City.",
                                "Citizens, business, academia and communities take part in planning and overseeing the Smart City programme.",
                            ),
                        },
                    ],
                },
            ],
        },
        Element {
            key: "infrastructure",
            name: Text::content("Infrastruktur", "Infrastructure"),
            weight: 0.2,
            indicators: &[
                Indicator {
                    id: "IN1",
                    name: Text::content("Infrastruktur fisik", "Physical infrastructure"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "IN1.1",
                            statement: Text::content(
                                "Listrik, akses jalan dan gedung kantor layak menopang layanan digital hingga kecamatan dan desa.",
                                "Power, road access and office buildings are good enough to support digital services down to kecamatan and villages.",
                            ),
                        },
                        Item {
                            id: "IN1.2",
                            statement: Text::content(
                                "Kami memiliki ruang pendukung Smart City seperti command center, ruang server dan contact center yang berfungsi.",
                                "We have working Smart City facilities such as a command centre, server room and contact centre.",
                            ),
                        },
                        Item {
                            id: "IN1.3",
                            statement: Text::content(
                                "Perangkat fisik (CCTV, sensor, komputer layanan) terpelihara dan memiliki anggaran pemeliharaan.",
                                "Physical devices (CCTV, sensors, service computers) are maintained and have a maintenance budget.",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "IN2",
                    name: Text::content("Infrastruktur digital (TIK)", "Digital (ICT) infrastructure"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "IN2.1",
                            statement: Text::content(
                                "Jaringan internet pemerintah terintegrasi dari Diskominfo ke seluruh OPD, kecamatan dan kelurahan/desa.",
                                "The government network runs from Diskominfo to every OPD, kecamatan and kelurahan/village.",
                            ),
                        },
                        Item {
                            id: "IN2.2",
                            statement: Text::content(
                                "Kami memiliki pusat data atau memakai pusat data bersama, dengan cadangan data (backup) rutin.",
                                "We have a data centre or use a shared one, with regular data backups.",
                            ),
                        },
                        Item {
                            id: "IN2.3",
                            statement: Text::content(
                                "Aplikasi OPD saling terhubung dan bertukar data (misalnya berbasis NIK), tidak berdiri sendiri-sendiri.",
                                "OPD applications are connected and exchange data (e.g. keyed on NIK) rather than standing alone.",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "IN3",
                    name: Text::content(
                        "Infrastruktur sosial untuk kepentingan umum",
                        "Social infrastructure for public use",
                    ),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "IN3.1",
                            statement: Text::content(
                                "Tersedia ruang publik dengan internet gratis (wifi publik) di kecamatan, kelurahan atau taman kota.",
                                "There are public spaces with free internet (public wifi) in kecamatan, kelurahan or city parks.",
                            ),
                        },
                        Item {
                            id: "IN3.2",
                            statement: Text::content(
                                "Tempat layanan publik (Mal Pelayanan Publik, kantor kecamatan) menyediakan sarana bagi warga untuk mengakses layanan digital.",
                                "Public service points (Public Service Mall, kecamatan offices) give citizens the means to use digital services.",
                            ),
                        },
                        Item {
                            id: "IN3.3",
                            statement: Text::content(
                                "Fasilitas umum seperti perpustakaan, sekolah dan balai warga dipakai untuk kegiatan digital masyarakat.",
                                "Public facilities such as libraries, schools and community halls are used for citizens' digital activities.",
                            ),
                        },
                    ],
                },
            ],
        },
        Element {
            key: "superstructure",
            name: Text::content("Suprastruktur", "Superstructure"),
            weight: 0.2,
            indicators: &[
                Indicator {
                    id: "SU1",
                    name: Text::content(
                        "Kebijakan dan peraturan daerah",
                        "Policies and regional regulations",
                    ),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "SU1.1",
                            statement: Text::content(
                                "Smart City/SPBE memiliki dasar hukum daerah (Perda atau Perkada) yang mengatur tujuan, pelaksana dan programnya.",
                                "Smart City / SPBE has a regional legal basis (Perda or Perkada) setting its goals, implementers and programmes.",
                            ),
                        },
                        Item {
                            id: "SU1.2",
                            statement: Text::content(
                                "Kebijakan daerah selaras dengan kebijakan nasional: SPBE, Satu Data Indonesia dan SIPD.",
                                "Regional policy is aligned with national policy: SPBE, One Data Indonesia and SIPD.",
                            ),
                        },
                        Item {
                            id: "SU1.3",
                            statement: Text::content(
                                "Masterplan Smart City telah ditetapkan dan menjadi acuan perencanaan OPD.",
                                "A Smart City masterplan has been adopted and guides the OPDs' planning.",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "SU2",
                    name: Text::content("Kelembagaan", "Institutions"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "SU2.1",
                            statement: Text::content(
                                "Kami memiliki Dewan Smart City atau Dewan TIK yang ditetapkan dengan SK kepala daerah dan aktif bersidang.",
                                "We have a Smart City council or ICT council set up by decree of the head of region, and it meets regularly.",
                            ),
                        },
                        Item {
                            id: "SU2.2",
                            statement: Text::content(
                                "Ada kelompok kerja (Pokja) untuk proyek Smart City dengan anggota lintas OPD dan pemangku kepentingan.",
                                "There are working groups (Pokja) for Smart City projects with members from several OPDs and stakeholders.",
                            ),
                        },
                        Item {
                            id: "SU2.3",
                            statement: Text::content(
                                "Peran Diskominfo, Bappeda dan OPD lain dalam Smart City/SPBE jelas dan tertulis.",
                                "The roles of Diskominfo, Bappeda and other OPDs in Smart City / SPBE are clear and written down.",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "SU3",
                    name: Text::content("Tata laksana (prosedur)", "Procedures"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "SU3.1",
                            statement: Text::content(
                                "Proses bisnis layanan utama telah dipetakan dan dibakukan dalam SOP.",
                                "The business processes of key services have been mapped and standardised in SOPs.",
                            ),
                        },
                        Item {
                            id: "SU3.2",
                            statement: Text::content(
                                "Ada prosedur baku untuk membangun, mengubah dan menghentikan aplikasi, dengan persetujuan Diskominfo.",
                                "There is a standard procedure to build, change and retire applications, approved by Diskominfo.",
                            ),
                        },
                        Item {
                            id: "SU3.3",
                            statement: Text::content(
                                "Prosedur pengamanan informasi dan penanganan insiden siber ditetapkan dan dilatihkan.",
                                "Information-security and cyber-incident procedures are adopted and rehearsed.",
                            ),
                        },
                    ],
                },
            ],
        },
        Element {
            key: "culture",
            name: Text::content("Budaya", "Culture"),
            weight: 0.2,
            indicators: &[
                Indicator {
                    id: "BU1",
                    name: Text::content("Kebiasaan dan tradisi setempat", "Local habits and traditions"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "BU1.1",
                            statement: Text::content(
                                "Aparatur terbiasa bekerja dengan sistem digital; OPD atau pegawai yang enggan beralih ke daring tinggal sedikit.",
                                "Staff are used to working with digital systems; few OPDs or employees still resist going online.",
                            ),
                        },
                        Item {
                            id: "BU1.2",
                            statement: Text::content(
                                "Layanan digital dirancang sesuai kebiasaan warga, misalnya lewat WhatsApp, dalam bahasa daerah, atau pada jam yang pas.",
                                "Digital services fit local habits, e.g. via WhatsApp, in the local language, or at suitable hours.",
                            ),
                        },
                        Item {
                            id: "BU1.3",
                            statement: Text::content(
                                "Gotong royong dan tokoh masyarakat setempat dimanfaatkan untuk mengenalkan layanan digital.",
                                "Mutual help (gotong royong) and local community leaders are used to introduce digital services.",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "BU2",
                    name: Text::content("Inovasi", "Innovation"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "BU2.1",
                            statement: Text::content(
                                "OPD kami rutin menghasilkan inovasi layanan publik dan inovasi itu tercatat.",
                                "Our OPDs regularly produce public-service innovations, and these are recorded.",
                            ),
                        },
                        Item {
                            id: "BU2.2",
                            statement: Text::content(
                                "Ada ruang dan anggaran untuk uji coba inovasi, termasuk bersama startup, kampus atau komunitas.",
                                "There is room and budget to pilot innovations, including with start-ups, universities or communities.",
                            ),
                        },
                        Item {
                            id: "BU2.3",
                            statement: Text::content(
                                "Inovasi yang berhasil diperluas ke OPD atau wilayah lain dan dirawat, tidak berhenti setelah lomba.",
                                "Successful innovations are scaled to other OPDs or areas and maintained, not dropped after a competition.",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "BU3",
                    name: Text::content(
                        "Interaksi dan partisipasi masyarakat",
                        "Community interaction and participation",
                    ),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "BU3.1",
                            statement: Text::content(
                                "Warga aktif berinteraksi dengan pemda melalui kanal digital (media sosial, aplikasi, pengaduan).",
                                "Citizens actively interact with the government through digital channels (social media, apps, complaints).",
                            ),
                        },
                        Item {
                            id: "BU3.2",
                            statement: Text::content(
                                "Warga dan komunitas dilibatkan dalam perencanaan, misalnya lewat musrenbang atau konsultasi publik daring.",
                                "Citizens and communities take part in planning, e.g. through musrenbang or online public consultation.",
                            ),
                        },
                        Item {
                            id: "BU3.3",
                            statement: Text::content(
                                "Data dan informasi pemerintah dibuka bagi publik (data terbuka) sehingga warga dapat ikut memantau pembangunan.",
                                "Government data and information are open to the public (open data), so citizens can help monitor development.",
                            ),
                        },
                    ],
                },
            ],
        },
        Element {
            key: "nature",
            name: Text::content("Alam", "Nature"),
            weight: 0.2,
            indicators: &[
                Indicator {
                    id: "AL1",
                    name: Text::content("Sumber daya alam", "Natural resources"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "AL1.1",
                            statement: Text::content(
                                "Potensi sumber daya alam daerah (pertanian, perikanan, tambang, energi) telah dipetakan dalam data digital.",
                                "The region's natural resources (farming, fisheries, mining, energy) are mapped in digital data.",
                            ),
                        },
                        Item {
                            id: "AL1.2",
                            statement: Text::content(
                                "TIK dipakai untuk mengelola dan mempromosikan potensi SDA serta peluang investasi daerah.",
                                "ICT is used to manage and promote natural resources and the region's investment opportunities.",
                            ),
                        },
                        Item {
                            id: "AL1.3",
                            statement: Text::content(
                                "Kondisi geografis daerah (luas, pegunungan, kepulauan) diperhitungkan dalam rencana jaringan dan layanan digital.",
                                "The region's geography (size, mountains, islands) is taken into account in network and digital-service plans.",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "AL2",
                    name: Text::content("Kehidupan dan penghidupan", "Life and livelihoods"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "AL2.1",
                            statement: Text::content(
                                "Program Smart City berangkat dari kebutuhan dasar warga (air bersih, listrik, kesehatan, pangan), bukan hanya teknologi.",
                                "The Smart City programme starts from citizens' basic needs (clean water, power, health, food), not just technology.",
                            ),
                        },
                        Item {
                            id: "AL2.2",
                            statement: Text::content(
                                "Layanan digital membantu mata pencaharian warga, misalnya petani, nelayan dan UMKM (info harga, pasar daring).",
                                "Digital services support livelihoods, e.g. of farmers, fishers and small businesses (price info, online markets).",
                            ),
                        },
                        Item {
                            id: "AL2.3",
                            statement: Text::content(
                                "Kami memiliki data kesejahteraan by-name-by-address untuk menyalurkan bantuan tepat sasaran.",
                                "We have by-name-by-address welfare data to target assistance accurately.",
                            ),
                        },
                    ],
                },
                Indicator {
                    id: "AL3",
                    name: Text::content("Ekosistem dan lingkungan", "Ecosystem and environment"),
                    weight: 1.0 / 3.0,
                    items: &[
                        Item {
                            id: "AL3.1",
                            statement: Text::content(
                                "Kondisi lingkungan (kualitas udara dan air, sampah, banjir) dipantau dengan data digital yang dapat diakses publik.",
                                "Environmental conditions (air and water quality, waste, floods) are monitored with digital data open to the public.",
                            ),
                        },
                        Item {
                            id: "AL3.2",
                            statement: Text::content(
                                "Data risiko bencana dan peringatan dini terhubung dengan kanal informasi pemda.",
                                "Disaster-risk data and early warnings are connected to the government's information channels.",
                            ),
                        },
                        Item {
                            id: "AL3.3",
                            statement: Text::content(
                                "Program Smart City memperhatikan kelestarian ekosistem, misalnya pengelolaan sampah atau energi terbarukan.",
                                "The Smart City programme cares for the ecosystem, e.g. through waste management or renewable energy.",
                            ),
                        },
                    ],
                },
            ],
        },
    ],
};
