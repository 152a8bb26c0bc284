//! A save: entries with the time each last changed, and the time of the last reset or
//! import (`epoch`), written as text:
//!
//! ```text
//! cermat-save 2
//! epoch <ms>
//! <ms>\t<key>\t<value>
//! end
//! ```
//!
//! The closing `end` tells a save cut short (a full disk, a copy that stopped) from a
//! whole one.
//!
//! Values escape `\`, tab, newline and carriage return as `\\`, `\t`, `\n`, `\r`.

use litemap::LiteMap;

use super::entries;
use crate::model::{Assessment, Lang, Text};

const HEADER: &str = "cermat-save 2";
const END: &str = "end\n";

/// A change: when, and to what.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Stamped {
    at: u64,
    value: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Saved {
    /// The last reset or import: entries changed before it are gone.
    epoch: u64,
    entries: LiteMap<String, Stamped>,
}

/// A save that cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Not a save of this format (another program's data, or a newer Cermat's).
    NotASave,
    /// A line of it is broken (1-based).
    Damaged { line: usize },
}

impl SaveError {
    pub fn message(&self, lang: Lang) -> String {
        let text = match self {
            SaveError::NotASave => Text::new(
                "Data tersimpan bukan isian Cermat yang dikenali versi ini.",
                "The saved data is not a Cermat save this version knows.",
            ),
            SaveError::Damaged { .. } => Text::new(
                "Data tersimpan rusak (terpotong atau berubah).",
                "The saved data is damaged (cut short or altered).",
            ),
        };
        text.get(lang).to_string()
    }
}

impl Saved {
    /// This save after the tab's assessment became `a` at time `now` (ms): entries whose
    /// value changed are stamped `now`. When an answer disappeared (only a reset or an
    /// import removes answers), the whole assessment is new: the epoch and every entry
    /// are stamped `now`, so older changes from other tabs do not come back.
    pub fn record(&self, a: &Assessment, now: u64) -> Saved {
        let mut next = entries::entries(a);
        let gone = |k: &&String| !next.contains_key(*k);
        // Only a reset or an import removes answers; an emptied note does not replace.
        let replaced = self
            .entries
            .keys()
            .filter(gone)
            .any(|k| !entries::is_evidence_key(k));
        if !replaced {
            // An emptied note or document list stays, empty, so the change merges.
            let emptied: Vec<String> = self.entries.keys().filter(gone).cloned().collect();
            for key in emptied {
                next.insert(key, String::new());
            }
        }
        let epoch = if replaced { now } else { self.epoch };
        // Inserted one by one: collecting into a map sorts, which costs the first load
        // a sort routine it does not otherwise need.
        let mut entries = LiteMap::new();
        for (key, value) in next {
            let at = match self.entries.get(&key) {
                Some(old) if !replaced && old.value == value => old.at,
                _ => now,
            };
            entries.insert(key, Stamped { at, value });
        }
        Saved { epoch, entries }
    }

    /// Both saves in one: the later epoch, and per entry the latest change made since it
    /// (on equal times, the larger value, so every tab reaches the same result).
    pub fn merge(&self, other: &Saved) -> Saved {
        let epoch = self.epoch.max(other.epoch);
        let mut entries: LiteMap<String, Stamped> = LiteMap::new();
        for (key, entry) in self.entries.iter().chain(&other.entries) {
            if entry.at < epoch {
                continue;
            }
            let newer = entries
                .get(key)
                .is_none_or(|kept| (entry.at, &entry.value) > (kept.at, &kept.value));
            if newer {
                entries.insert(key.clone(), entry.clone());
            }
        }
        Saved { epoch, entries }
    }

    /// This save after its entries became `next` at time `now`, for a save that holds
    /// rows rather than an assessment (the website inventory, `crate::websites`): a
    /// changed value is stamped `now`, and a row gone from `next` stays as an empty
    /// value stamped `now`, so its removal merges across tabs like any change.
    pub fn record_entries(&self, next: &LiteMap<String, String>, now: u64) -> Saved {
        let mut entries = self.entries.clone();
        for (key, kept) in self.entries.iter() {
            if !next.contains_key(key) && !kept.value.is_empty() {
                let stamped = Stamped {
                    at: now,
                    value: String::new(),
                };
                entries.insert(key.clone(), stamped);
            }
        }
        for (key, value) in next.iter() {
            if entries.get(key).is_none_or(|kept| kept.value != *value) {
                let stamped = Stamped {
                    at: now,
                    value: value.clone(),
                };
                entries.insert(key.clone(), stamped);
            }
        }
        Saved {
            epoch: self.epoch,
            entries,
        }
    }

    /// This save with `values` set, stamped `at` (the inventory rows that ride along with
    /// an assessment's exact text between the modules: `websites::attach`).
    pub fn with_values(&self, values: &LiteMap<String, String>, at: u64) -> Saved {
        let mut entries = self.entries.clone();
        for (key, value) in values.iter() {
            let stamped = Stamped {
                at,
                value: value.clone(),
            };
            entries.insert(key.clone(), stamped);
        }
        Saved {
            epoch: self.epoch,
            entries,
        }
    }

    /// This save without the entries whose key starts with `prefix`, and those entries'
    /// values (`websites::detach`).
    pub fn split_off(&self, prefix: &str) -> (Saved, Vec<(String, String)>) {
        let mut kept = LiteMap::new();
        let mut taken = Vec::new();
        for (key, e) in self.entries.iter() {
            if key.starts_with(prefix) {
                taken.push((key.clone(), e.value.clone()));
            } else {
                kept.insert(key.clone(), e.clone());
            }
        }
        let rest = Saved {
            epoch: self.epoch,
            entries: kept,
        };
        (rest, taken)
    }

    /// Every entry with a value (removed rows left out), in key order.
    pub fn values(&self) -> impl Iterator<Item = (&str, &str)> {
        self.entries
            .iter()
            .filter(|(_, e)| !e.value.is_empty())
            .map(|(k, e)| (k.as_str(), e.value.as_str()))
    }

    /// The assessment this save holds.
    pub fn assessment(&self) -> Assessment {
        entries::assessment(
            self.entries
                .iter()
                .map(|(k, e)| (k.as_str(), e.value.as_str())),
        )
    }

    /// The latest time anything in it changed.
    pub fn latest(&self) -> u64 {
        self.entries
            .values()
            .map(|e| e.at)
            .fold(self.epoch, u64::max)
    }

    pub fn encode(&self) -> String {
        let mut out = [HEADER, "\nepoch ", &self.epoch.to_string(), "\n"].concat();
        for (key, e) in &self.entries {
            let line = [
                &e.at.to_string(),
                "\t",
                &escape(key),
                "\t",
                &escape(&e.value),
                "\n",
            ];
            out.push_str(&line.concat());
        }
        out.push_str(END);
        out
    }

    /// What can still be read of a damaged save: every whole entry line, whatever is
    /// missing or broken around them ("restore what can be read" on the recovery notice).
    pub fn decode_lenient(text: &str) -> Saved {
        let epoch = text
            .lines()
            .find_map(|l| l.strip_prefix("epoch ")?.parse().ok())
            .unwrap_or(0);
        let whole = |line: &str| {
            let mut fields = line.split('\t');
            let (at, key, value) = (fields.next()?, fields.next()?, fields.next()?);
            if fields.next().is_some() {
                return None;
            }
            let stamped = Stamped {
                at: at.parse().ok()?,
                value: unescape(value)?,
            };
            Some((unescape(key)?, stamped))
        };
        // Inserted one by one, like `record`: no sort routine in the first load.
        let mut entries = LiteMap::new();
        for (key, stamped) in text.lines().filter_map(whole) {
            entries.insert(key, stamped);
        }
        Saved { epoch, entries }
    }

    pub fn decode(text: &str) -> Result<Saved, SaveError> {
        let mut lines = text.lines();
        if lines.next() != Some(HEADER) {
            return Err(SaveError::NotASave);
        }
        let damaged = |line| SaveError::Damaged { line };
        let epoch = lines
            .next()
            .and_then(|l| l.strip_prefix("epoch "))
            .and_then(|n| n.parse().ok())
            .ok_or(damaged(2))?;
        let mut entries = LiteMap::new();
        let mut ended = false;
        for (n, line) in lines.enumerate() {
            if ended {
                return Err(damaged(n + 3));
            }
            if line == END.trim_end() {
                ended = true;
                continue;
            }
            let mut fields = line.split('\t');
            let (Some(at), Some(key), Some(value), None) =
                (fields.next(), fields.next(), fields.next(), fields.next())
            else {
                return Err(damaged(n + 3));
            };
            let at = at.parse().map_err(|_| damaged(n + 3))?;
            let value = unescape(value).ok_or(damaged(n + 3))?;
            let key = unescape(key).ok_or(damaged(n + 3))?;
            entries.insert(key, Stamped { at, value });
        }
        if !ended {
            return Err(damaged(text.lines().count() + 1));
        }
        Ok(Saved { epoch, entries })
    }
}

/// `text` with `\`, tab, newline and carriage return escaped: one field of a line.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

/// `escape`'s text back; `None` for a broken escape.
pub fn unescape(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        out.push(match c {
            '\\' => match chars.next()? {
                '\\' => '\\',
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                _ => return None,
            },
            c => c,
        });
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LikertAnswer, StageAnswer};
    use proptest::prelude::*;

    fn answer(a: &mut Assessment, item: &str, v: f64) {
        a.answers.scv.insert(item.into(), LikertAnswer::Score(v));
    }

    /// Two tabs start from the same save and answer different items: both answers stay,
    /// whichever tab writes last.
    #[test]
    fn two_tabs_keep_each_others_answers() {
        let mut base = Assessment::default();
        answer(&mut base, "S1.1", 3.0);
        let start = Saved::default().record(&base, 10);

        let mut a = base.clone();
        answer(&mut a, "S1.2", 4.0);
        answer(&mut a, "S1.3", 5.0);
        let tab_a = start.record(&a, 20);
        let mut b = base.clone();
        b.answers
            .ereadiness
            .insert("ST1.1".into(), LikertAnswer::Score(2.0));
        b.answers.stage.insert("E1".into(), StageAnswer::Yes);
        let tab_b = start.record(&b, 30);

        let stored = tab_a.merge(&tab_b);
        assert_eq!(stored, tab_b.merge(&tab_a));
        let merged = stored.assessment();
        assert_eq!(merged.answers.scv.len(), 3);
        assert_eq!(merged.answers.ereadiness.len(), 1);
        assert_eq!(merged.answers.stage.len(), 1);
    }

    /// Evidence is kept exactly (a note in any script, documents with their four
    /// fields), and an emptied note is a change like any other: it merges, it does not
    /// replace the assessment, and another tab's answers stay.
    #[test]
    fn evidence_is_kept_and_an_emptied_note_merges() {
        use crate::model::{Evidence, Reference};
        let mut a = Assessment::default();
        answer(&mut a, "S1.1", 4.0);
        let reference = Reference {
            title: "Perbup Masterplan Smart City".into(),
            number: "12".into(),
            year: "2023".into(),
            link: "https://jdih.example.go.id/perbup-12-2023?a=1&b=2".into(),
        };
        let evidence = Evidence {
            note: "Dokumen ada\tdi bagian hukum.\nDua baris; ꦲꦏ꧀ꦱꦫ".into(),
            references: vec![reference, Reference::default()],
        };
        a.evidence.insert("S1".into(), evidence);
        let saved = Saved::default().record(&a, 10);
        let back = Saved::decode(&saved.encode()).expect("reads").assessment();
        let kept = back.evidence.get("S1").expect("evidence");
        assert_eq!(kept.note, a.evidence.get("S1").unwrap().note);
        assert_eq!(
            kept.references.len(),
            1,
            "an empty document row is not saved"
        );
        assert_eq!(
            kept.references[0].link,
            "https://jdih.example.go.id/perbup-12-2023?a=1&b=2"
        );

        // Tab A empties the note while tab B answers another item.
        let mut emptied = back.clone();
        emptied.evidence.get_mut("S1").unwrap().note.clear();
        let tab_a = saved.record(&emptied, 20);
        assert_eq!(tab_a.epoch, saved.epoch, "an emptied note is no reset");
        let mut other = back.clone();
        answer(&mut other, "S1.2", 2.0);
        let tab_b = saved.record(&other, 30);
        let merged = tab_a.merge(&tab_b).assessment();
        assert_eq!(merged.answers.scv.len(), 2);
        assert_eq!(merged.evidence.get("S1").map(|e| e.note.as_str()), Some(""));
        assert_eq!(
            merged.evidence.get("S1").map(|e| e.references.len()),
            Some(1)
        );
    }

    /// A tab left open with old state cannot undo newer answers: the same item takes the
    /// latest change, and an untouched item keeps its newer value.
    #[test]
    fn a_stale_tab_never_writes_over_newer_answers() {
        let start = Saved::default().record(&Assessment::default(), 1);
        let mut fresh = Assessment::default();
        for (i, item) in ["S1.1", "S1.2", "S1.3", "S2.1"].iter().enumerate() {
            answer(&mut fresh, item, 1.0 + i as f64);
        }
        let newer = start.record(&fresh, 50);
        let mut stale = Assessment::default();
        stale.targets.scv = Some(5);
        let old_tab = start.record(&stale, 60);
        let merged = newer.merge(&old_tab).assessment();
        assert_eq!(merged.answers.scv.len(), 4, "the stale tab undid answers");
        assert_eq!(merged.targets.scv, Some(5));
    }

    /// A reset (or an import) wins over older answers, but not over answers given after it.
    #[test]
    fn a_reset_wins_over_what_came_before_it_only() {
        let mut full = Assessment::default();
        answer(&mut full, "S1.1", 3.0);
        answer(&mut full, "S1.2", 3.0);
        let start = Saved::default().record(&full, 10);
        let reset = start.record(&Assessment::default(), 40);
        let mut other = full.clone();
        answer(&mut other, "S1.3", 2.0);
        let before = start.record(&other, 30);
        assert!(reset.merge(&before).assessment().answers.scv.is_empty());
        let after = start.record(&other, 50);
        let kept = reset.merge(&after).assessment();
        assert_eq!(kept.answers.scv.len(), 1, "{kept:?}");
    }

    #[test]
    fn garbage_is_refused_not_half_read() {
        assert_eq!(Saved::decode(""), Err(SaveError::NotASave));
        assert_eq!(Saved::decode("1gTUAAAA"), Err(SaveError::NotASave));
        assert_eq!(
            Saved::decode("cermat-save 2\nepoch x\n"),
            Err(SaveError::Damaged { line: 2 })
        );
        assert_eq!(
            Saved::decode("cermat-save 2\nepoch 1\n5\tscv:S1.1\n"),
            Err(SaveError::Damaged { line: 3 })
        );
        // Cut at a line's end: the missing `end` tells.
        let whole = Saved::default().record(&Assessment::default(), 7).encode();
        let cut = &whole[..whole.find("\n7\t").unwrap() + 1];
        assert!(matches!(Saved::decode(cut), Err(SaveError::Damaged { .. })));
        assert!(Saved::decode(&whole).is_ok());
        assert_eq!(
            Saved::decode("cermat-save 2\nepoch 1\n5\tscv:S1.1\t\\q\n"),
            Err(SaveError::Damaged { line: 3 })
        );
        for lang in Lang::ALL {
            assert!(!SaveError::NotASave.message(lang).is_empty());
        }
    }

    /// 150 Javanese-script characters (450 UTF-8 bytes) come back as 150 (issue 7: the
    /// save kept 400 bytes, so 133).
    #[test]
    fn a_long_text_in_any_script_comes_back_whole() {
        let mut a = Assessment::default();
        a.profile.region = "ꦗ".repeat(150);
        let text = Saved::default().record(&a, 1).encode();
        let back = Saved::decode(&text).unwrap().assessment();
        assert_eq!(back.profile.region.chars().count(), 150);
    }

    #[test]
    fn what_can_be_read_of_a_damaged_save_is_restored() {
        let mut a = Assessment::default();
        answer(&mut a, "S1.1", 4.0);
        answer(&mut a, "S1.2", 2.5949);
        let whole = Saved::default().record(&a, 9).encode();
        let cut = &whole[..whole.len() - 30];
        assert!(Saved::decode(cut).is_err());
        let restored = Saved::decode_lenient(cut).assessment();
        assert_eq!(restored.answers.scv, a.answers.scv);
        let garbled = whole.replace("\tscv:S1.1\t4\n", "\tscv:S1.1\t4\textra\n");
        let partial = Saved::decode_lenient(&garbled).assessment();
        assert_eq!(partial.answers.scv.len(), 1);
    }

    fn text() -> impl Strategy<Value = String> {
        prop::collection::vec(any::<char>(), 0..40).prop_map(|v| v.into_iter().collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]
        #[test]
        fn saves_round_trip_exactly(
            scores in prop::collection::vec(1.0f64..=5.0, 0..9),
            region in text(),
            unit in text(),
            epoch in 0u64..1 << 50,
        ) {
            let mut a = Assessment::default();
            for (i, v) in scores.iter().enumerate() {
                answer(&mut a, &format!("S1.{}", i % 3 + 1), *v);
            }
            a.profile.region = region.chars().take(200).collect();
            a.profile.unit = unit.chars().take(200).collect();
            let saved = Saved::default().record(&a, epoch);
            let back = Saved::decode(&saved.encode()).unwrap();
            prop_assert_eq!(&back, &saved);
            prop_assert_eq!(back.assessment(), a);
        }

        #[test]
        fn merging_is_order_free_and_idempotent(
            x in prop::collection::vec((0usize..6, 1u8..=5, 0u64..100), 0..12),
            y in prop::collection::vec((0usize..6, 1u8..=5, 0u64..100), 0..12),
        ) {
            let ids = ["S1.1", "S1.2", "S1.3", "S2.1", "S2.2", "S2.3"];
            let build = |steps: &[(usize, u8, u64)]| {
                let mut saved = Saved::default();
                let mut a = Assessment::default();
                for (i, v, t) in steps {
                    answer(&mut a, ids[*i], f64::from(*v));
                    saved = saved.record(&a, *t);
                }
                saved
            };
            let (p, q) = (build(&x), build(&y));
            prop_assert_eq!(p.merge(&q), q.merge(&p));
            prop_assert_eq!(p.merge(&p), p.clone());
            prop_assert_eq!(p.merge(&q).merge(&q), p.merge(&q));
        }
    }
}
