//! The documents the instruments, rules and recommendations were distilled from.
//! Recommendation bases cite them by the short name given here.

use crate::model::{SourceDocument, Text};

pub static SOURCES: [SourceDocument; 5] = [
    SourceDocument {
        short: Text::new("Kajian Smart Province Sumsel", "South Sumatra Smart Province study"),
        title: Text::new(
            "Kesiapan Pemerintah Provinsi Sumatera Selatan dalam meluncurkan program Smart Province (teknologi, SDM, tata kelola; Prabumulih, Muara Enim, OKI, Banyuasin)",
            "Readiness of the South Sumatra provincial government to launch a Smart Province programme (technology, human resources, governance; Prabumulih, Muara Enim, OKI, Banyuasin)",
        ),
    },
    SourceDocument {
        short: Text::new("Kajian Palembang 2023", "Palembang 2023 study"),
        title: Text::new(
            "Bappeda Litbang Kota Palembang (2023), Laporan Akhir Kajian Pengembangan Sistem Smart Governance dalam Peningkatan Pelayanan Administrasi Masyarakat",
            "Bappeda Litbang, City of Palembang (2023), final report of the study on developing smart governance to improve administrative services",
        ),
    },
    SourceDocument {
        short: Text::new("Modul Bimtek Smart Government", "Smart Government Bimtek module"),
        title: Text::new(
            "Bimtek Diklat Strategi Implementasi Smart Government di Kabupaten dan Kota",
            "Technical guidance (Bimtek) on strategies to implement smart government in regencies and cities",
        ),
    },
    SourceDocument {
        short: Text::new("Kajian Soppeng", "Soppeng study"),
        title: Text::new(
            "Implementasi layanan daring dan open government di Kabupaten Soppeng",
            "Online services and open government in Soppeng Regency",
        ),
    },
    SourceDocument {
        short: Text::new("Kajian Smart Province Kalsel", "South Kalimantan Smart Province study"),
        title: Text::new(
            "Seminar akhir kajian awal rencana induk Smart Province Kalimantan Selatan, Balitbangda Prov. Kalsel",
            "Final seminar of the preliminary Smart Province masterplan study, Balitbangda of South Kalimantan",
        ),
    },
];
