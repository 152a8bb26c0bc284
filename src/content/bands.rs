use crate::model::{Band, BandSet, Text};

/// SPBE index predicates (KemenPAN-RB) paired with the SPBE capability levels.
/// It reproduces published results: 2.48 and 2.59 Cukup, 2.64 and 3.22 Baik,
/// 3.50 (Kalimantan Selatan) and 4.13 Sangat Baik.
pub static SPBE: BandSet = BandSet {
    key: "spbe",
    name: Text::content(
        "Predikat indeks SPBE dan tingkat kapabilitas",
        "SPBE index predicates and capability levels",
    ),
    source: Text::content(
        "PermenPANRB 59/2020 tentang Pemantauan dan Evaluasi SPBE",
        "PermenPANRB 59/2020 on SPBE monitoring and evaluation",
    ),
    bands: &[
        Band {
            level: 1,
            lower_cents: 100,
            level_name: Text::content("Rintisan", "Initial"),
            predicate: Text::content("Kurang", "Poor"),
        },
        Band {
            level: 2,
            lower_cents: 180,
            level_name: Text::content("Terkelola", "Managed"),
            predicate: Text::content("Cukup", "Fair"),
        },
        Band {
            level: 3,
            lower_cents: 260,
            level_name: Text::content("Terdefinisi", "Defined"),
            predicate: Text::content("Baik", "Good"),
        },
        Band {
            level: 4,
            lower_cents: 350,
            level_name: Text::content("Terpadu dan Terukur", "Integrated and measured"),
            predicate: Text::content("Sangat Baik", "Very good"),
        },
        Band {
            level: 5,
            lower_cents: 420,
            level_name: Text::content("Optimum", "Optimised"),
            predicate: Text::content("Memuaskan", "Excellent"),
        },
    ],
};
