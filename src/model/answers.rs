//! What the assessor entered: profile, answers and target levels.

use litemap::LiteMap;

/// Answers keyed by item or criterion id, in id order: a sorted vector (`litemap`), not a
/// `BTreeMap`, because for 87 keys it is as fast and its code is a fraction of the size
/// in the first load's WebAssembly (README, "Size").
pub type ItemMap<V> = LiteMap<String, V>;

/// Which Likert instrument: Support/Capacity/Value or E-readiness.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InstrumentId {
    Scv,
    Ereadiness,
}

impl InstrumentId {
    pub const ALL: [InstrumentId; 2] = [InstrumentId::Scv, InstrumentId::Ereadiness];

    pub fn key(self) -> &'static str {
        match self {
            InstrumentId::Scv => "scv",
            InstrumentId::Ereadiness => "ereadiness",
        }
    }
}

/// An answer to one Likert statement.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LikertAnswer {
    /// 1.0 to 5.0. A single assessor gives whole numbers; a survey aggregated from many
    /// respondents gives their mean, which is why this is not an integer.
    Score(f64),
    /// "Tidak tahu / tidak berlaku": left out of the means, unlike an unanswered item.
    NotApplicable,
}

/// An answer to one stage criterion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StageAnswer {
    Yes,
    Partly,
    No,
}

impl StageAnswer {
    pub fn key(self) -> &'static str {
        match self {
            StageAnswer::Yes => "yes",
            StageAnswer::Partly => "partly",
            StageAnswer::No => "no",
        }
    }

    pub fn from_key(key: &str) -> Option<StageAnswer> {
        match key {
            "yes" => Some(StageAnswer::Yes),
            "partly" => Some(StageAnswer::Partly),
            "no" => Some(StageAnswer::No),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum RegionType {
    Province,
    Regency,
    City,
    #[default]
    Other,
}

impl RegionType {
    pub const ALL: [RegionType; 4] = [
        RegionType::Province,
        RegionType::Regency,
        RegionType::City,
        RegionType::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            RegionType::Province => "province",
            RegionType::Regency => "regency",
            RegionType::City => "city",
            RegionType::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<RegionType> {
        RegionType::ALL.into_iter().find(|t| t.key() == key)
    }
}

/// One field of a `Profile`: what the form edits and what a survey column can fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileField {
    Region,
    RegionType,
    Unit,
    Assessor,
    Date,
}

/// Who is assessed and by whom. Every field is optional.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Profile {
    pub region: String,
    pub region_type: Option<RegionType>,
    /// The office (OPD) making the assessment, e.g. "Diskominfo".
    pub unit: String,
    pub assessor: String,
    /// `YYYY-MM-DD`, or empty.
    pub date: String,
}

/// Answers keyed by item id (`S1.1`) and criterion id (`E1`). A missing key is unanswered.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Answers {
    pub scv: ItemMap<LikertAnswer>,
    pub ereadiness: ItemMap<LikertAnswer>,
    pub stage: ItemMap<StageAnswer>,
}

impl Answers {
    pub fn likert(&self, instrument: InstrumentId) -> &ItemMap<LikertAnswer> {
        match instrument {
            InstrumentId::Scv => &self.scv,
            InstrumentId::Ereadiness => &self.ereadiness,
        }
    }

    pub fn likert_mut(&mut self, instrument: InstrumentId) -> &mut ItemMap<LikertAnswer> {
        match instrument {
            InstrumentId::Scv => &mut self.scv,
            InstrumentId::Ereadiness => &mut self.ereadiness,
        }
    }
}

/// Target maturity level per Likert instrument; `None` means the default
/// (the instrument's level plus one, at most 5; level 1 with no score yet).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Targets {
    pub scv: Option<u8>,
    pub ereadiness: Option<u8>,
}

impl Targets {
    pub fn get(&self, instrument: InstrumentId) -> Option<u8> {
        match instrument {
            InstrumentId::Scv => self.scv,
            InstrumentId::Ereadiness => self.ereadiness,
        }
    }

    pub fn set(&mut self, instrument: InstrumentId, level: Option<u8>) {
        match instrument {
            InstrumentId::Scv => self.scv = level,
            InstrumentId::Ereadiness => self.ereadiness = level,
        }
    }
}

/// The evidence (*data dukung*) behind an indicator's or a stage criterion's answers: a
/// note and the documents it rests on.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Evidence {
    pub note: String,
    pub references: Vec<Reference>,
}

impl Evidence {
    pub fn is_empty(&self) -> bool {
        self.note.trim().is_empty() && self.references.iter().all(Reference::is_empty)
    }
}

/// One document: "Perbup No. 12 Tahun 2023 tentang Masterplan Smart City", its number,
/// its year, and where it can be found (a link kept as text, never fetched).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Reference {
    pub title: String,
    pub number: String,
    pub year: String,
    pub link: String,
}

impl Reference {
    pub fn is_empty(&self) -> bool {
        [&self.title, &self.number, &self.year, &self.link]
            .iter()
            .all(|f| f.trim().is_empty())
    }
}

/// A field of a `Reference`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReferenceField {
    Title,
    Number,
    Year,
    Link,
}

impl Reference {
    pub fn get(&self, field: ReferenceField) -> &str {
        match field {
            ReferenceField::Title => &self.title,
            ReferenceField::Number => &self.number,
            ReferenceField::Year => &self.year,
            ReferenceField::Link => &self.link,
        }
    }

    pub fn set(&mut self, field: ReferenceField, value: String) {
        match field {
            ReferenceField::Title => self.title = value,
            ReferenceField::Number => self.number = value,
            ReferenceField::Year => self.year = value,
            ReferenceField::Link => self.link = value,
        }
    }
}

/// A whole assessment: what response files, share links and autosave carry (a plain
/// result link carries no evidence: it stays short).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Assessment {
    pub profile: Profile,
    pub answers: Answers,
    pub targets: Targets,
    /// By indicator or stage criterion id; never an empty one.
    pub evidence: ItemMap<Evidence>,
}
