use crate::model::{Band, BandSet, Text};

/// SPBE index predicates (KemenPAN-RB) paired with the SPBE capability levels.
/// It reproduces published results: 2.48 and 2.59 Cukup, 2.64 and 3.22 Baik,
/// 3.50 (Kalimantan Selatan) and 4.13 Sangat Baik.
pub static SPBE: BandSet = BandSet {
    key: "spbe",
    name: Text::new(
        "Predikat indeks SPBE dan tingkat kapabilitas",
        "SPBE index predicates and capability levels",
    ),
    source: Text::new(
        "PermenPANRB 59/2020 tentang Pemantauan dan Evaluasi SPBE",
        "PermenPANRB 59/2020 on SPBE monitoring and evaluation",
    ),
    bands: &[
        Band {
            level: 1,
            lower_cents: 100,
            level_name: Text::new("Rintisan", "Initial"),
            predicate: Text::new("Kurang", "Poor"),
        },
        Band {
            level: 2,
            lower_cents: 180,
            level_name: Text::new("Terkelola", "Managed"),
            predicate: Text::new("Cukup", "Fair"),
        },
        Band {
            level: 3,
            lower_cents: 260,
            level_name: Text::new("Terdefinisi", "Defined"),
            predicate: Text::new("Baik", "Good"),
        },
        Band {
            level: 4,
            lower_cents: 350,
            level_name: Text::new("Terpadu dan Terukur", "Integrated and measured"),
            predicate: Text::new("Sangat Baik", "Very good"),
        },
        Band {
            level: 5,
            lower_cents: 420,
            level_name: Text::new("Optimum", "Optimised"),
            predicate: Text::new("Memuaskan", "Excellent"),
        },
    ],
};
