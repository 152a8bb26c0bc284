//! The three dimensions of e-readiness of the South Sumatra Smart Province study (seed
//! 000, chapter 1): "(1) Sumber daya manusia, yang mencakup kuantitas dan kualitas SDM;
//! (2) Teknologi, yang meliputi infrastruktur fisik, infrastruktur digital atau TIK, dan
//! infrastruktur sosial untuk kepentingan umum; dan (3) Tata Kelola, yang mencakup
//! kebijakan atau peraturan daerah, kelembagaan, dan tata-laksana". Each dimension names
//! the e-readiness indicators its words describe; the study puts budget, culture and
//! nature in none of them, so neither does this view (docs/methodology.md).

use crate::model::Text;

pub struct Dimension {
    pub key: &'static str,
    pub name: Text,
    /// The e-readiness indicators it gathers, by id.
    pub indicators: &'static [&'static str],
    /// The study's words the grouping follows.
    pub basis: Text,
}

pub static DIMENSIONS: [Dimension; 3] = [
    Dimension {
        key: "technology",
        name: Text::new("Teknologi", "Technology"),
        indicators: &["IN1", "IN2", "IN3"],
        basis: Text::new(
            "Infrastruktur fisik, infrastruktur digital atau TIK, dan infrastruktur sosial untuk kepentingan umum.",
            "Physical infrastructure, digital or ICT infrastructure, and social infrastructure for the public good.",
        ),
    },
    Dimension {
        key: "human_resources",
        name: Text::new("Sumber daya manusia", "Human resources"),
        indicators: &["ST1", "ST2"],
        basis: Text::new(
            "Kuantitas dan kualitas sumber daya manusia: pelaksana, dan warga yang memakai layanan digital.",
            "The quantity and quality of human resources: the staff who run it, and the citizens who use digital services.",
        ),
    },
    Dimension {
        key: "governance",
        name: Text::new("Tata kelola", "Governance"),
        indicators: &["SU1", "SU2", "SU3", "ST4"],
        basis: Text::new(
            "Kebijakan atau peraturan daerah, kelembagaan, dan tata laksana; serta tata kelola dan tata pamong.",
            "Regional policy or regulation, institutions and procedures; and governance and stewardship.",
        ),
    },
];
