//! The statistics as lines of text: how the tools worker hands them to the survey page.
//! A JSON reader would weigh ~29 KB gzip in the views module; these few lines of
//! splitting do the same. Every number is written in Rust's shortest form that reads
//! back to the same value, so the page shows exactly what was computed.
//!
//! One record a line, fields separated by tabs, an empty field for `None`:
//! `n respondents`; `i` an item; `e` an element's reliability, followed by its items' `t`
//! lines; `p` a profile column, followed by its categories' `c` lines. Text from the file
//! (headers, answers) has its tabs and line breaks made spaces.

use super::{
    AgeRange, AlphaUndefined, Distribution, ElementReliability, Interpretation, ItemStatistics,
    ItemTotal, Mode, ProfileBreakdown, ProfileCategory, ProfileKind, SurveyStatistics,
};

const KINDS: [ProfileKind; 9] = [
    ProfileKind::Age,
    ProfileKind::Gender,
    ProfileKind::Education,
    ProfileKind::Occupation,
    ProfileKind::Position,
    ProfileKind::District,
    ProfileKind::Village,
    ProfileKind::Agency,
    ProfileKind::Other,
];

const UNDEFINED: [AlphaUndefined; 3] = [
    AlphaUndefined::FewerThanTwoItems,
    AlphaUndefined::FewerThanTwoRespondents,
    AlphaUndefined::ZeroTotalVariance,
];

pub fn to_lines(s: &SurveyStatistics) -> String {
    let mut out = vec![format!("n\t{}", s.respondents)];
    for i in &s.items {
        let d = &i.distribution;
        let points = d.points.map(|p| p.to_string()).join(" ");
        out.push(join(&[
            "i".into(),
            clean(&i.id),
            clean(&i.group),
            i.n.to_string(),
            i.not_answered.to_string(),
            i.out_of_range.to_string(),
            opt(i.mean),
            opt(i.mean_cents),
            opt(i.sd),
            opt(i.median),
            opt(i.mode.map(|m| m.value)),
            opt(i.mode.map(|m| u8::from(m.tied))),
            points,
            d.fractional.to_string(),
            i.category.map_or(String::new(), |c| c.key().to_string()),
        ]));
    }
    for e in &s.reliability {
        let undefined = e
            .alpha_undefined
            .and_then(|u| UNDEFINED.iter().position(|x| *x == u));
        out.push(join(&[
            "e".into(),
            clean(&e.group),
            e.items.to_string(),
            e.respondents_used.to_string(),
            opt(e.alpha),
            opt(undefined),
            opt(e.reliable.map(u8::from)),
            opt(e.r_table),
        ]));
        for t in &e.item_total {
            let valid = opt(t.valid.map(u8::from));
            out.push(join(&[
                "t".into(),
                clean(&t.id),
                opt(t.r),
                valid,
                opt(t.alpha_if_deleted),
            ]));
        }
    }
    for p in &s.profiles {
        let kind = p.kind.key().to_string();
        let (answered, blank) = (p.answered.to_string(), p.blank.to_string());
        out.push(join(&["p".into(), clean(&p.header), kind, answered, blank]));
        for c in &p.categories {
            let age = c.age_range.map_or(String::new(), |a| a.key().to_string());
            out.push(join(&[
                "c".into(),
                clean(&c.label),
                age,
                c.count.to_string(),
                c.percent.to_string(),
            ]));
        }
    }
    out.join("\n")
}

/// Reads what `to_lines` wrote; `None` when a line does not read.
pub fn from_lines(text: &str) -> Option<SurveyStatistics> {
    let mut s = SurveyStatistics {
        respondents: 0,
        items: Vec::new(),
        reliability: Vec::new(),
        profiles: Vec::new(),
    };
    for line in text.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        match f.as_slice() {
            ["n", n] => s.respondents = n.parse().ok()?,
            ["i", id, group, n, na, out, mean, cents, sd, median, mode, tied, points, frac, cat] => {
                s.items.push(ItemStatistics {
                    id: id.to_string(),
                    group: group.to_string(),
                    n: n.parse().ok()?,
                    not_answered: na.parse().ok()?,
                    out_of_range: out.parse().ok()?,
                    mean: read(mean)?,
                    mean_cents: read(cents)?,
                    sd: read(sd)?,
                    median: read(median)?,
                    mode: match (read::<f64>(mode)?, read::<u8>(tied)?) {
                        (Some(value), Some(tied)) => Some(Mode {
                            value,
                            tied: tied == 1,
                        }),
                        _ => None,
                    },
                    distribution: Distribution {
                        points: points_of(points)?,
                        fractional: frac.parse().ok()?,
                    },
                    category: match *cat {
                        "" => None,
                        key => Some(*Interpretation::ALL.iter().find(|c| c.key() == key)?),
                    },
                });
            }
            ["e", group, items, used, alpha, undefined, reliable, r_table] => {
                s.reliability.push(ElementReliability {
                    group: group.to_string(),
                    items: items.parse().ok()?,
                    respondents_used: used.parse().ok()?,
                    alpha: read(alpha)?,
                    alpha_undefined: match read::<usize>(undefined)? {
                        Some(at) => Some(*UNDEFINED.get(at)?),
                        None => None,
                    },
                    reliable: read::<u8>(reliable)?.map(|r| r == 1),
                    r_table: read(r_table)?,
                    item_total: Vec::new(),
                });
            }
            ["t", id, r, valid, if_deleted] => {
                s.reliability.last_mut()?.item_total.push(ItemTotal {
                    id: id.to_string(),
                    r: read(r)?,
                    valid: read::<u8>(valid)?.map(|v| v == 1),
                    alpha_if_deleted: read(if_deleted)?,
                });
            }
            ["p", header, kind, answered, blank] => s.profiles.push(ProfileBreakdown {
                header: header.to_string(),
                kind: *KINDS.iter().find(|k| k.key() == *kind)?,
                answered: answered.parse().ok()?,
                blank: blank.parse().ok()?,
                categories: Vec::new(),
            }),
            ["c", label, age, count, percent] => {
                s.profiles.last_mut()?.categories.push(ProfileCategory {
                    label: label.to_string(),
                    age_range: match *age {
                        "" => None,
                        key => Some(*AgeRange::ALL.iter().find(|a| a.key() == key)?),
                    },
                    count: count.parse().ok()?,
                    percent: percent.parse().ok()?,
                });
            }
            _ => return None,
        }
    }
    Some(s)
}

fn join(fields: &[String]) -> String {
    fields.join("\t")
}

fn clean(text: &str) -> String {
    text.replace(['\t', '\n', '\r'], " ")
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map_or(String::new(), |v| v.to_string())
}

/// `Some(None)` for an empty field, `None` when the field does not read.
fn read<T: std::str::FromStr>(field: &str) -> Option<Option<T>> {
    match field {
        "" => Some(None),
        f => f.parse().ok().map(Some),
    }
}

fn points_of(text: &str) -> Option<[usize; 5]> {
    let v: Vec<usize> = text
        .split(' ')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    v.try_into().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statistics::{compute, ExtraColumn, ItemColumn};

    #[test]
    fn statistics_read_back_exactly() {
        let column = |id: &str, values: &[Option<u32>]| ItemColumn {
            id: id.into(),
            group: "support".into(),
            values: values.to_vec(),
        };
        let items = [
            column(
                "S1.1",
                &[Some(400), Some(300), Some(500), Some(200), Some(350)],
            ),
            column("S1.2", &[Some(500), Some(400), Some(500), Some(300), None]),
            column(
                "C1.1",
                &[Some(300), Some(300), Some(300), Some(300), Some(300)],
            ),
        ];
        let extras = [
            ExtraColumn {
                header: "Usia".into(),
                values: ["23", "35", "41", "28", ""].map(String::from).to_vec(),
            },
            ExtraColumn {
                header: "Jenis\tkelamin".into(),
                values: ["P", "L", "P", "P", "L"].map(String::from).to_vec(),
            },
        ];
        let stats = compute(&items, &extras);
        let back = from_lines(&to_lines(&stats)).expect("reads");
        let mut cleaned = stats.clone();
        cleaned.profiles[1].header = "Jenis kelamin".into();
        assert_eq!(back, cleaned);
        assert_eq!(from_lines("i\tS1.1"), None);
        assert_eq!(
            from_lines("t\tS1.1\t\t\t"),
            None,
            "an item-total with no element"
        );
    }
}
