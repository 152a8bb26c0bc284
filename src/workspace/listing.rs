//! What the workspace page shows of each assessment, computed in the tools worker.
//!
//! The page lists every save of the workspace (hundreds: one per region, or per OPD unit)
//! with its label, progress and headline figures. Decoding a save and scoring it is the
//! worker's job (the views module carries no scoring), so the worker sends the rows as
//! lines of text (`encode_rows`) and the page reads them (`decode_rows`) and orders them
//! (`ranking`) without computing anything. The figures are read from
//! `scoring::evaluate` as the comparison reads them (`compare`): an index with its band's
//! level, the achieved stage only when a criterion is answered, ties decided on the value
//! as shown (rounded half up to 0.01).

use crate::model::Assessment;
use crate::scoring::{evaluate, round_half_up_cents, LikertResult};
use crate::store::{escape, unescape, Saved};

/// One assessment of the workspace, as the page lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct Listed {
    /// The save's id (`store::keys`).
    pub id: String,
    /// The name the user gave it, or empty.
    pub name: String,
    /// What the page shows it as: the name, else "region · unit · date" of its profile
    /// (the parts that are filled in), else empty (the page then says "untitled").
    pub label: String,
    pub region: String,
    pub unit: String,
    /// `YYYY-MM-DD`, or empty.
    pub date: String,
    /// Items and criteria answered (N/A counts), of `total`, over the three instruments.
    pub answered: usize,
    pub total: usize,
    /// Support / Capacity / Value index and its level; `None` with nothing scored.
    pub scv: Option<(f64, u8)>,
    /// E-readiness index and its level.
    pub ereadiness: Option<(f64, u8)>,
    /// The achieved stage 0-5; `None` when no criterion is answered (no data, not 0).
    pub stage: Option<u8>,
    /// When it last changed (ms since the epoch, `Saved::latest`).
    pub updated: u64,
    /// Its result link code (`share::encode`), for comparison links.
    pub code: String,
    /// The save could not be read strictly: its figures are what could be read of it
    /// (`Saved::decode_lenient`).
    pub damaged: bool,
}

/// What the page orders the list by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RankBy {
    /// Support / Capacity / Value index, highest first.
    Scv,
    /// E-readiness index, highest first.
    Ereadiness,
    /// Achieved stage, highest first.
    Stage,
    /// Label, A to Z, ignoring case.
    Label,
    /// Last change, newest first.
    Updated,
}

/// Every save `(id, name, save text)` as a row, in the order given.
pub fn list(saves: &[(String, String, String)]) -> Vec<Listed> {
    saves
        .iter()
        .map(|(id, name, text)| listed(id, name, text))
        .collect()
}

/// One save as a row.
pub fn listed(id: &str, name: &str, save: &str) -> Listed {
    let (saved, damaged) = match Saved::decode(save) {
        Ok(saved) => (saved, false),
        Err(_) => (Saved::decode_lenient(save), true),
    };
    let assessment = saved.assessment();
    let mut row = figures(&assessment);
    row.id = id.to_string();
    row.name = name.to_string();
    row.label = label(name, &assessment);
    row.updated = saved.latest();
    row.damaged = damaged;
    row
}

/// The row's figures and profile (no id, name, label or time yet).
fn figures(assessment: &Assessment) -> Listed {
    let result = evaluate(assessment);
    let profile = &assessment.profile;
    let (scv, ereadiness, stage) = (&result.scv, &result.ereadiness, &result.stage);
    Listed {
        id: String::new(),
        name: String::new(),
        label: String::new(),
        region: profile.region.clone(),
        unit: profile.unit.clone(),
        date: profile.date.clone(),
        answered: scv.answered + ereadiness.answered + stage.answered,
        total: scv.total + ereadiness.total + stage.total,
        scv: index_and_level(scv),
        ereadiness: index_and_level(ereadiness),
        stage: (stage.answered > 0).then_some(stage.achieved),
        updated: 0,
        code: crate::share::encode(assessment),
        damaged: false,
    }
}

fn index_and_level(result: &LikertResult) -> Option<(f64, u8)> {
    Some((result.index?, result.band?.level))
}

/// The name, else the profile's filled parts as "region · unit · date", else empty.
pub fn label(name: &str, assessment: &Assessment) -> String {
    let name = name.trim();
    if !name.is_empty() {
        return name.to_string();
    }
    let p = &assessment.profile;
    let parts: Vec<&str> = [&p.region, &p.unit, &p.date]
        .into_iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    parts.join(" · ")
}

/// The rows in the order `by` puts them, each with its rank: 1 for the first, equal
/// values sharing a rank and the next one skipped (1, 2, 2, 4). Rows without a value (no
/// index, no stage, no label) come last, in the order given, unranked (`None`); equal
/// values keep the order given too.
pub fn ranking(rows: &[Listed], by: RankBy) -> Vec<(usize, Option<usize>)> {
    use std::cmp::Reverse;
    let shown = |figure: Option<(f64, u8)>| figure.map(|(index, _)| round_half_up_cents(index));
    match by {
        RankBy::Scv => ranked(rows, |r| shown(r.scv).map(Reverse)),
        RankBy::Ereadiness => ranked(rows, |r| shown(r.ereadiness).map(Reverse)),
        RankBy::Stage => ranked(rows, |r| r.stage.map(Reverse)),
        RankBy::Label => ranked(rows, |r| {
            let label = r.label.trim().to_lowercase();
            (!label.is_empty()).then_some(label)
        }),
        RankBy::Updated => ranked(rows, |r| Some(Reverse(r.updated))),
    }
}

/// Rows in ascending order of `key`, `None` last, with shared ranks.
fn ranked<K: Ord>(
    rows: &[Listed],
    key: impl Fn(&Listed) -> Option<K>,
) -> Vec<(usize, Option<usize>)> {
    let mut keyed: Vec<(usize, Option<K>)> = rows.iter().map(&key).enumerate().collect();
    // Stable: ties keep the order given; `None` after every value.
    keyed.sort_by(|(_, a), (_, b)| match (a, b) {
        (Some(a), Some(b)) => a.cmp(b),
        _ => a.is_none().cmp(&b.is_none()),
    });
    let mut out = Vec::with_capacity(keyed.len());
    let mut previous: Option<(&K, usize)> = None;
    for (position, (row, value)) in keyed.iter().enumerate() {
        let rank = value.as_ref().map(|value| match previous {
            Some((last, rank)) if last == value => rank,
            _ => position + 1,
        });
        if let (Some(value), Some(rank)) = (value, rank) {
            previous = Some((value, rank));
        }
        out.push((*row, rank));
    }
    out
}

/// Fields of a row's line.
const FIELDS: usize = 16;

/// The rows as text, one line each, fields separated by tabs (texts escape `\`, tab,
/// newline and carriage return as `\\`, `\t`, `\n`, `\r`; an empty field is `None`;
/// numbers in Rust's shortest form that reads back to the same value):
/// `id name label region unit date answered total scv-index scv-level
/// ereadiness-index ereadiness-level stage updated code damaged(0/1)`.
pub fn encode_rows(rows: &[Listed]) -> String {
    let lines: Vec<String> = rows.iter().map(encode_row).collect();
    lines.join("\n")
}

fn encode_row(r: &Listed) -> String {
    let opt = |v: Option<String>| v.unwrap_or_default();
    let fields: [String; FIELDS] = [
        escape(&r.id),
        escape(&r.name),
        escape(&r.label),
        escape(&r.region),
        escape(&r.unit),
        escape(&r.date),
        r.answered.to_string(),
        r.total.to_string(),
        opt(r.scv.map(|(index, _)| index.to_string())),
        opt(r.scv.map(|(_, level)| level.to_string())),
        opt(r.ereadiness.map(|(index, _)| index.to_string())),
        opt(r.ereadiness.map(|(_, level)| level.to_string())),
        opt(r.stage.map(|s| s.to_string())),
        r.updated.to_string(),
        escape(&r.code),
        u8::from(r.damaged).to_string(),
    ];
    fields.join("\t")
}

/// Reads what `encode_rows` wrote; a line that does not read is skipped.
pub fn decode_rows(text: &str) -> Vec<Listed> {
    text.lines().filter_map(decode_row).collect()
}

fn decode_row(line: &str) -> Option<Listed> {
    let f: Vec<&str> = line.split('\t').collect();
    let [id, name, label, region, unit, date, answered, total, scv_index, scv_level, e_index, e_level, stage, updated, code, damaged] =
        f.as_slice()
    else {
        return None;
    };
    Some(Listed {
        id: unescape(id)?,
        name: unescape(name)?,
        label: unescape(label)?,
        region: unescape(region)?,
        unit: unescape(unit)?,
        date: unescape(date)?,
        answered: answered.parse().ok()?,
        total: total.parse().ok()?,
        scv: figure(scv_index, scv_level)?,
        ereadiness: figure(e_index, e_level)?,
        stage: optional(stage)?,
        updated: updated.parse().ok()?,
        code: unescape(code)?,
        damaged: match *damaged {
            "0" => false,
            "1" => true,
            _ => return None,
        },
    })
}

/// An index and its level: both empty (`Some(None)`), both read, or unreadable (`None`).
fn figure(index: &str, level: &str) -> Option<Option<(f64, u8)>> {
    match (optional::<f64>(index)?, optional::<u8>(level)?) {
        (Some(index), Some(level)) if index.is_finite() => Some(Some((index, level))),
        (None, None) => Some(None),
        _ => None,
    }
}

/// An empty field is `Some(None)`; an unreadable one `None`.
fn optional<T: std::str::FromStr>(field: &str) -> Option<Option<T>> {
    if field.is_empty() {
        Some(None)
    } else {
        field.parse().ok().map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LikertAnswer, StageAnswer};
    use crate::store::exact;

    fn row(label: &str, scv: Option<f64>, stage: Option<u8>, updated: u64) -> Listed {
        Listed {
            id: String::new(),
            name: String::new(),
            label: label.to_string(),
            region: String::new(),
            unit: String::new(),
            date: String::new(),
            answered: 0,
            total: 87,
            scv: scv.map(|i| (i, 3)),
            ereadiness: None,
            stage,
            updated,
            code: String::new(),
            damaged: false,
        }
    }

    #[test]
    fn a_save_is_listed_with_its_figures_and_label() {
        let mut a = Assessment::default();
        a.profile.region = "Kota Palembang".into();
        a.profile.date = "2024-05-01".into();
        for item in ["S1.1", "S1.2", "S1.3"] {
            a.answers.scv.insert(item.into(), LikertAnswer::Score(3.0));
        }
        a.answers.stage.insert("E1".into(), StageAnswer::Yes);
        let save = Saved::default().record(&a, 1_700_000_000_000).encode();
        let listed = listed("k1", "", &save);
        assert_eq!(listed.label, "Kota Palembang · 2024-05-01");
        assert_eq!((listed.answered, listed.total), (4, 27 + 48 + 12));
        assert_eq!(listed.scv, Some((3.0, 3)));
        assert_eq!(listed.ereadiness, None);
        assert_eq!(listed.stage, Some(1));
        assert_eq!(listed.updated, 1_700_000_000_000);
        assert_eq!(listed.code, crate::share::encode(&a));
        assert!(!listed.damaged);
        assert_eq!(super::listed("k1", " Mine ", &save).label, "Mine");
    }

    #[test]
    fn a_damaged_save_lists_what_can_be_read() {
        let mut a = Assessment::default();
        a.answers
            .scv
            .insert("S1.1".into(), LikertAnswer::Score(4.0));
        let whole = exact(&a);
        let cut = &whole[..whole.len() - 4];
        let listed = listed("x", "n", cut);
        assert!(listed.damaged);
        assert_eq!(listed.scv, Some((4.0, 4)));
        let nothing = super::listed("y", "", "garbage");
        assert!(nothing.damaged);
        assert_eq!(
            (nothing.answered, nothing.scv, nothing.stage),
            (0, None, None)
        );
        assert_eq!(nothing.label, "");
    }

    #[test]
    fn ties_share_a_rank_and_the_unscored_come_last() {
        let rows = vec![
            row("b", Some(3.0), Some(2), 5),
            row("A", None, None, 9),
            row("c", Some(3.999), Some(2), 5),
            row("", Some(4.0), Some(3), 1),
            row("a", Some(2.5), None, 7),
        ];
        assert_eq!(
            ranking(&rows, RankBy::Scv),
            vec![
                (2, Some(1)),
                (3, Some(1)),
                (0, Some(3)),
                (4, Some(4)),
                (1, None)
            ]
        );
        assert_eq!(
            ranking(&rows, RankBy::Stage),
            vec![
                (3, Some(1)),
                (0, Some(2)),
                (2, Some(2)),
                (1, None),
                (4, None)
            ]
        );
        assert_eq!(
            ranking(&rows, RankBy::Label),
            vec![
                (1, Some(1)),
                (4, Some(1)),
                (0, Some(3)),
                (2, Some(4)),
                (3, None)
            ]
        );
        assert_eq!(
            ranking(&rows, RankBy::Updated),
            vec![
                (1, Some(1)),
                (4, Some(2)),
                (0, Some(3)),
                (2, Some(3)),
                (3, Some(5))
            ]
        );
        assert!(ranking(&rows, RankBy::Ereadiness)
            .iter()
            .all(|(_, r)| r.is_none()));
        assert_eq!(ranking(&[], RankBy::Scv), vec![]);
    }

    #[test]
    fn rows_read_back_exactly_and_garbage_lines_are_skipped() {
        let mut a = row(
            "tab\there\nnew \\ line",
            Some(2.594_949_494_949_495),
            Some(0),
            1 << 50,
        );
        a.id = "k3x9".into();
        a.region = "ꦗꦮ\r".into();
        a.ereadiness = Some((1.0 / 3.0 + 1.0, 1));
        a.damaged = true;
        a.code = "1gTUAAAA".into();
        let b = row("", None, None, 0);
        let text = encode_rows(&[a.clone(), b.clone()]);
        assert_eq!(text.lines().count(), 2);
        assert_eq!(decode_rows(&text), vec![a.clone(), b.clone()]);
        let noisy = format!(
            "junk\n{text}\n\t\t\n{}\n",
            encode_row(&a).replace("\t1\t", "\tx\t")
        );
        assert_eq!(decode_rows(&noisy), vec![a, b]);
        assert_eq!(decode_rows(""), vec![]);
    }
}
