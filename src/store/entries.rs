//! An assessment as entries `key -> value`, both text, exact: the unit of a save and of
//! merging. Keys: `scv:S1.1`, `ereadiness:ST1.1`, `stage:E1`, `target:scv`,
//! `profile:region` (`region_type`, `unit`, `assessor`, `date`), and the evidence of an
//! indicator or criterion: `note:S1` (its note) and `refs:S1` (its documents, one a line,
//! `title\tnumber\tyear\tlink`). Profile fields and targets always have an entry (empty
//! for none), so only a reset or an import can make an answer's entry disappear; an
//! emptied note or document list is kept as an empty entry (`Saved::record`), so its
//! change merges like any other. Values are read back through the app's own reducer (`state::apply`),
//! so a save obeys the same rule per field as the form, an import and a link.

use litemap::LiteMap;

use crate::model::{
    Assessment, Evidence, InstrumentId, LikertAnswer, ProfileField, Reference, RegionType,
    StageAnswer,
};
use crate::state::{apply, Action, AppState};

const PROFILE: [(&str, ProfileField); 5] = [
    ("region", ProfileField::Region),
    ("region_type", ProfileField::RegionType),
    ("unit", ProfileField::Unit),
    ("assessor", ProfileField::Assessor),
    ("date", ProfileField::Date),
];

/// Every entry of `a`.
pub fn entries(a: &Assessment) -> LiteMap<String, String> {
    let mut out = LiteMap::new();
    for id in InstrumentId::ALL {
        for (item, answer) in a.answers.likert(id) {
            out.insert([id.key(), ":", item].concat(), likert_value(*answer));
        }
        let target = a.targets.get(id).map(|l| l.to_string()).unwrap_or_default();
        out.insert(["target:", id.key()].concat(), target);
    }
    for (criterion, answer) in &a.answers.stage {
        out.insert(["stage:", criterion].concat(), answer.key().to_string());
    }
    for (id, evidence) in &a.evidence {
        for (key, value) in evidence_entries(id, evidence) {
            if !value.trim().is_empty() {
                out.insert(key, value);
            }
        }
    }
    let p = &a.profile;
    let region_type = p.region_type.map(RegionType::key).unwrap_or_default();
    for (name, value) in [
        ("region", p.region.as_str()),
        ("region_type", region_type),
        ("unit", &p.unit),
        ("assessor", &p.assessor),
        ("date", &p.date),
    ] {
        out.insert(["profile:", name].concat(), value.to_string());
    }
    out
}

/// The assessment the entries describe; entries that break a rule are left out.
pub fn assessment<'a>(entries: impl Iterator<Item = (&'a str, &'a str)>) -> Assessment {
    let state = entries
        .filter_map(|(key, value)| action(key, value))
        .fold(AppState::default(), apply);
    let mut a = Rc::unwrap_or_clone(state.assessment);
    // An emptied note read back leaves nothing to keep.
    a.evidence.retain(|_, e| !e.is_empty());
    a
}

use std::rc::Rc;

/// The action that sets the entry `key` to `value` (see the module doc), if it is one.
pub fn action(key: &str, value: &str) -> Option<Action> {
    let (kind, name) = key.split_once(':')?;
    Some(match kind {
        "scv" | "ereadiness" => Action::SetLikert {
            instrument: if kind == "scv" {
                InstrumentId::Scv
            } else {
                InstrumentId::Ereadiness
            },
            item: name.to_string(),
            answer: likert_answer(value)?,
        },
        "stage" => Action::SetStage {
            criterion: name.to_string(),
            answer: StageAnswer::from_key(value)?,
        },
        "target" => Action::SetTarget {
            instrument: match name {
                "scv" => InstrumentId::Scv,
                "ereadiness" => InstrumentId::Ereadiness,
                _ => return None,
            },
            level: match value {
                "" => None,
                "1" => Some(1),
                "2" => Some(2),
                "3" => Some(3),
                "4" => Some(4),
                "5" => Some(5),
                _ => return None,
            },
        },
        "profile" => Action::SetProfile {
            field: PROFILE.iter().find(|(n, _)| *n == name)?.1,
            value: value.to_string(),
        },
        // An emptied note or list is `""`: it clears (from the evidence page), or sets
        // nothing (a save read back).
        "note" => Action::SetNote {
            id: name.to_string(),
            note: value.to_string(),
        },
        "refs" => Action::SetReferences {
            id: name.to_string(),
            references: value.lines().map(reference).collect(),
        },
        _ => return None,
    })
}

/// The two entries of an indicator's or criterion's evidence, `note:<id>` and
/// `refs:<id>` (blank documents left out), either possibly empty.
pub fn evidence_entries(id: &str, evidence: &Evidence) -> [(String, String); 2] {
    let refs: Vec<String> = evidence
        .references
        .iter()
        .filter(|r| !r.is_empty())
        // A field from a file may hold a tab or a line break: one line, like the form.
        .map(|r| {
            [&r.title, &r.number, &r.year, &r.link]
                .map(|f| f.replace(['\t', '\n', '\r'], " "))
                .join("\t")
        })
        .collect();
    [
        (["note:", id].concat(), evidence.note.clone()),
        (["refs:", id].concat(), refs.join("\n")),
    ]
}

fn reference(line: &str) -> Reference {
    let mut fields = line.split('\t').map(str::to_string);
    let mut next = || fields.next().unwrap_or_default();
    Reference {
        title: next(),
        number: next(),
        year: next(),
        link: next(),
    }
}

/// Entries that hold evidence: emptied, they stay as empty values (see the module doc).
pub fn is_evidence_key(key: &str) -> bool {
    key.starts_with("note:") || key.starts_with("refs:")
}

/// `1`..`5` for whole answers, `na`, or `x` and the 16 hex digits of the number's bits:
/// exact, and read back without float parsing (which would cost the first load ~15 KB).
fn likert_value(answer: LikertAnswer) -> String {
    match answer {
        LikertAnswer::NotApplicable => "na".to_string(),
        LikertAnswer::Score(v) => match (1u8..=5).find(|n| f64::from(*n) == v) {
            Some(n) => n.to_string(),
            None => format!("x{:016x}", v.to_bits()),
        },
    }
}

fn likert_answer(value: &str) -> Option<LikertAnswer> {
    Some(match value {
        "na" => LikertAnswer::NotApplicable,
        "1" => LikertAnswer::Score(1.0),
        "2" => LikertAnswer::Score(2.0),
        "3" => LikertAnswer::Score(3.0),
        "4" => LikertAnswer::Score(4.0),
        "5" => LikertAnswer::Score(5.0),
        _ => {
            let bits = value.strip_prefix('x').filter(|h| h.len() == 16)?;
            LikertAnswer::Score(f64::from_bits(u64::from_str_radix(bits, 16).ok()?))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_exact_and_rules_apply_on_the_way_back() {
        let mut a = Assessment::default();
        a.answers
            .scv
            .insert("S1.1".into(), LikertAnswer::Score(2.5949));
        a.answers
            .scv
            .insert("S1.2".into(), LikertAnswer::Score(4.0));
        a.answers
            .ereadiness
            .insert("ST1.1".into(), LikertAnswer::NotApplicable);
        a.answers.stage.insert("E1".into(), StageAnswer::Partly);
        a.targets.scv = Some(4);
        a.profile.region = "Kota Palembang".into();
        a.profile.region_type = Some(RegionType::City);
        a.profile.date = "2024-02-29".into();
        let e = entries(&a);
        let at = |key: &str| e.get(key).map(String::as_str);
        assert_eq!(at("scv:S1.2"), Some("4"));
        assert!(at("scv:S1.1").is_some_and(|v| v.starts_with('x')));
        assert_eq!(at("target:ereadiness"), Some(""));
        let back = assessment(e.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        assert_eq!(back, a);

        let bad = [
            ("scv:S1.1", "x7ff8000000000000"), // NaN
            ("scv:S1.2", "6"),
            ("scv:X9", "3"),
            ("stage:E1", "maybe"),
            ("target:scv", "7"),
            ("profile:nickname", "x"),
            ("nonsense", "1"),
        ];
        assert_eq!(assessment(bad.into_iter()), Assessment::default());
    }
}
