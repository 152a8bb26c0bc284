//! The item and criterion order of share format v1. FROZEN: links already sent encode
//! answers by position in these lists, so editing them would silently change what old
//! links mean. When the content changes, add a v2 with its own lists; v1 links keep
//! decoding with these.

/// Support / Capacity / Value items, in docs/methodology.md order: S1 S2 S3 C1 C2 C3 V1 V2 V3.
pub const SCV_ITEMS: [&str; 27] = [
    "S1.1", "S1.2", "S1.3", "S2.1", "S2.2", "S2.3", "S3.1", "S3.2", "S3.3", //
    "C1.1", "C1.2", "C1.3", "C2.1", "C2.2", "C2.3", "C3.1", "C3.2", "C3.3", //
    "V1.1", "V1.2", "V1.3", "V2.1", "V2.2", "V2.3", "V3.1", "V3.2", "V3.3",
];

/// E-readiness items, in docs/methodology.md order: ST1-4 IN1-3 SU1-3 BU1-3 AL1-3.
pub const EREADINESS_ITEMS: [&str; 48] = [
    "ST1.1", "ST1.2", "ST1.3", "ST2.1", "ST2.2", "ST2.3", //
    "ST3.1", "ST3.2", "ST3.3", "ST4.1", "ST4.2", "ST4.3", //
    "IN1.1", "IN1.2", "IN1.3", "IN2.1", "IN2.2", "IN2.3", "IN3.1", "IN3.2", "IN3.3", //
    "SU1.1", "SU1.2", "SU1.3", "SU2.1", "SU2.2", "SU2.3", "SU3.1", "SU3.2", "SU3.3", //
    "BU1.1", "BU1.2", "BU1.3", "BU2.1", "BU2.2", "BU2.3", "BU3.1", "BU3.2", "BU3.3", //
    "AL1.1", "AL1.2", "AL1.3", "AL2.1", "AL2.2", "AL2.3", "AL3.1", "AL3.2", "AL3.3",
];

/// UN stage criteria, stage by stage.
pub const CRITERIA: [&str; 12] = [
    "E1", "N1", "N2", "I1", "I2", "T1", "T2", "K1", "K2", "K3", "K4", "K5",
];
