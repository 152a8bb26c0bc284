//! The inventory of agency websites (issue 11), as the Soppeng study keeps one (seed
//! 003: 38 agencies, each site's address and whether it is active): a row per site,
//! with whether it was updated in the last three months. Its tally (the share of active
//! and of recently updated sites) is evidence for the Emerging and Enhanced stage
//! criteria (E1, N1, N2), and is shown beside them.
//!
//! The inventory is kept in the browser as a save of its own (`store::Saved`, one entry
//! per row), so two tabs that edit different rows both keep their edits. Plain Rust,
//! tested natively; the page that edits it is in the views module.

mod paste;

use litemap::LiteMap;

// A field as one line of at most `MAX_TEXT_CHARS`: the evidence documents' own rule.
use crate::state::one_line;

pub use paste::{parse_pasted, Pasted, Skipped};

/// At most this many sites: a province's agencies, districts and hospitals fit.
pub const MAX_SITES: usize = 300;
/// The longest name or address kept, in characters (the profile's limit).
pub const MAX_TEXT_CHARS: usize = crate::share::MAX_FIELD_CHARS;
/// The longest paste read, in characters: 300 rows of long names and addresses fit, and
/// a stray paste of a whole document stays quick to read.
pub const MAX_PASTE_CHARS: usize = 150_000;
/// Lines skipped that a paste's report names one by one; the rest are counted.
pub const MAX_SKIPPED_SHOWN: usize = 20;
/// The stage criteria the inventory is evidence for, and is shown beside.
pub const CRITERIA: [&str; 3] = ["E1", "N1", "N2"];
/// The prefix of a row's entry in the save.
const ROW_PREFIX: &str = "site:";

/// One website of an agency (or an agency without one: an empty address).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Website {
    /// The agency (OPD, SKPD, kecamatan) whose site it is.
    pub name: String,
    /// The address as written (kept as text, never opened).
    pub address: String,
    pub active: bool,
    /// Updated in the last three months.
    pub updated: bool,
}

/// A row of the inventory: its id (creation order) and its site.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub site: Website,
}

/// A text field of a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    Name,
    Address,
}

/// A yes/no field of a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    Active,
    Updated,
}

impl Website {
    /// A site from text read elsewhere (a paste, a save): trimmed, one line each.
    pub fn new(name: &str, address: &str, active: bool, updated: bool) -> Website {
        Website {
            name: one_line(name).trim().to_string(),
            address: one_line(address).trim().to_string(),
            active,
            updated,
        }
    }

    /// A site has an address; a row without one records an agency with no site.
    pub fn has_site(&self) -> bool {
        !self.address.is_empty()
    }

    /// A field as typed: not trimmed, or a space typed between two words would vanish.
    pub fn set_text(&mut self, field: TextField, value: &str) {
        let value = one_line(value);
        match field {
            TextField::Name => self.name = value,
            TextField::Address => self.address = value,
        }
    }

    pub fn set_flag(&mut self, flag: Flag, on: bool) {
        match flag {
            Flag::Active => self.active = on,
            Flag::Updated => self.updated = on,
        }
    }

    /// The row's value in the save: `name\taddress\tactive\tupdated`, flags as `1`/`0`.
    /// Never empty (an empty value is a removed row).
    fn encode(&self) -> String {
        let flag = |on: bool| if on { "1" } else { "0" };
        [
            self.name.as_str(),
            "\t",
            &self.address,
            "\t",
            flag(self.active),
            "\t",
            flag(self.updated),
        ]
        .concat()
    }

    fn decode(value: &str) -> Option<Website> {
        let mut fields = value.split('\t');
        let (name, address, active, updated) = (
            fields.next()?,
            fields.next()?,
            fields.next()?,
            fields.next()?,
        );
        let flag = |f: &str| match f {
            "1" => Some(true),
            "0" => Some(false),
            _ => None,
        };
        if fields.next().is_some() {
            return None;
        }
        // As stored: a name being typed keeps its trailing space.
        Some(Website {
            name: one_line(name),
            address: one_line(address),
            active: flag(active)?,
            updated: flag(updated)?,
        })
    }
}

/// The inventory's figures: how many sites, how many active and recently updated, and
/// how many agencies have none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Tally {
    pub sites: usize,
    pub active: usize,
    pub updated: usize,
    /// Rows with a name and no address: agencies without a website.
    pub without_site: usize,
}

impl Tally {
    pub fn of<'a>(sites: impl IntoIterator<Item = &'a Website>) -> Tally {
        let mut tally = Tally::default();
        for site in sites {
            if site.has_site() {
                tally.sites += 1;
                tally.active += usize::from(site.active);
                tally.updated += usize::from(site.updated);
            } else if !site.name.is_empty() {
                tally.without_site += 1;
            }
        }
        tally
    }

    /// Active sites as a whole percentage of all sites (half up), none without sites.
    pub fn active_percent(&self) -> Option<u32> {
        percent(self.active, self.sites)
    }

    pub fn updated_percent(&self) -> Option<u32> {
        percent(self.updated, self.sites)
    }

    pub fn is_empty(&self) -> bool {
        self.sites == 0 && self.without_site == 0
    }
}

fn percent(part: usize, whole: usize) -> Option<u32> {
    (whole > 0).then(|| ((part * 200 + whole) / (2 * whole)) as u32)
}

/// The rows a save holds, in id order; a value that is not a row is left out.
pub fn rows<'a>(values: impl Iterator<Item = (&'a str, &'a str)>) -> Vec<Row> {
    values
        .filter_map(|(key, value)| {
            let id = key.strip_prefix(ROW_PREFIX)?;
            let site = Website::decode(value)?;
            Some(Row {
                id: id.to_string(),
                site,
            })
        })
        .take(MAX_SITES)
        .collect()
}

/// The save entries of `rows` (for `store::Saved::record_entries`).
pub fn entries(rows: &[Row]) -> LiteMap<String, String> {
    let mut out = LiteMap::new();
    for row in rows {
        out.insert([ROW_PREFIX, &row.id].concat(), row.site.encode());
    }
    out
}

/// A row id that sorts after every earlier one and differs between two tabs adding at
/// the same moment: the time, the row's place in what was added, and a random tail, in
/// fixed-width digits so text order is creation order.
pub fn row_id(now_ms: u64, seq: usize, random: u32) -> String {
    format!("{now_ms:015}{seq:04}{:06}", random % 1_000_000)
}

/// An assessment's exact text (`store::exact`) with these sites riding along as entries:
/// how the views module and the tools worker pass an assessment with its inventory (the
/// response file's `websites`). The app never sees them: `detach` takes them off before
/// an assessment goes to it, and a save's reader ignores them anyway. No sites: the text
/// unchanged.
pub fn attach(exact: &str, sites: &[Website]) -> String {
    if sites.is_empty() {
        return exact.to_string();
    }
    let Ok(saved) = crate::store::Saved::decode(exact) else {
        return exact.to_string();
    };
    saved.with_values(&entries(&numbered(sites)), 0).encode()
}

/// The text without its sites, and the sites (`attach`'s inverse).
pub fn detach(text: &str) -> (String, Vec<Website>) {
    match crate::store::Saved::decode(text) {
        Ok(saved) => {
            let (rest, taken) = saved.split_off(ROW_PREFIX);
            let pairs = taken.iter().map(|(k, v)| (k.as_str(), v.as_str()));
            let sites = rows(pairs).into_iter().map(|r| r.site).collect();
            (rest.encode(), sites)
        }
        Err(_) => (text.to_string(), Vec::new()),
    }
}

/// `sites` as rows with ids in their order.
pub fn numbered(sites: &[Website]) -> Vec<Row> {
    sites
        .iter()
        .enumerate()
        .map(|(seq, site)| Row {
            id: row_id(0, seq, 0),
            site: site.clone(),
        })
        .collect()
}

/// The inventory as a table to paste into a spreadsheet (or back into another browser's
/// inventory): a header row `parse_pasted` skips, then a row per site, tab-separated,
/// the yes/no columns in the words of `lang` (`yes`, `no`).
pub fn table_text(rows: &[Row], header: &str, yes: &str, no: &str) -> String {
    let word = |on: bool| if on { yes } else { no };
    let mut lines = vec![header.to_string()];
    for row in rows {
        let s = &row.site;
        let address = if s.has_site() {
            s.address.as_str()
        } else {
            "-"
        };
        lines.push([s.name.as_str(), address, word(s.active), word(s.updated)].join("\t"));
    }
    lines.join("\n")
}

/// The inventory's save key for the assessment whose save key is `save_key`: beside
/// its name (`store::keys`), never under the save prefix the autosave listens to.
pub fn storage_key(assessment_id: &str) -> String {
    if assessment_id.is_empty() {
        "cermat.ws.sites".to_string()
    } else {
        ["cermat.ws.sites.", assessment_id].concat()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Saved;

    fn row(id: &str, name: &str, address: &str, active: bool) -> Row {
        Row {
            id: id.into(),
            site: Website::new(name, address, active, false),
        }
    }

    #[test]
    fn rows_round_trip_through_a_save_and_removals_merge_across_tabs() {
        let a = vec![
            row("1", "Dinas Kominfo", "diskominfo.example.go.id", true),
            row("2", "RSUD", "", false),
        ];
        let saved = Saved::default().record_entries(&entries(&a), 10);
        let back = Saved::decode(&saved.encode()).expect("a save");
        assert_eq!(rows(back.values()), a);
        // A name being typed keeps its trailing space through the save.
        let mut typing = a.clone();
        typing[0].site.set_text(TextField::Name, "Dinas ");
        let saved = back.record_entries(&entries(&typing), 15);
        assert_eq!(rows(saved.values())[0].site.name, "Dinas ");
        // Tab one removes row 1; tab two adds row 3, later.
        let one = back.record_entries(&entries(&a[1..]), 20);
        let mut b = a.clone();
        b.push(row("3", "Kecamatan Citta", "citta.example.go.id", true));
        let two = back.record_entries(&entries(&b), 30);
        let merged = one.merge(&two);
        let ids: Vec<String> = rows(merged.values()).into_iter().map(|r| r.id).collect();
        assert_eq!(ids, ["2", "3"]);
    }

    #[test]
    fn the_tally_counts_sites_not_agencies_without_one() {
        let sites = [
            Website::new("A", "a.go.id", true, true),
            Website::new("B", "b.go.id", false, false),
            Website::new("C", "c.go.id", true, false),
            Website::new("RSUD", "", false, false),
            Website::default(),
        ];
        let tally = Tally::of(&sites);
        assert_eq!(
            tally,
            Tally {
                sites: 3,
                active: 2,
                updated: 1,
                without_site: 1
            }
        );
        assert_eq!(tally.active_percent(), Some(67));
        assert_eq!(tally.updated_percent(), Some(33));
        assert_eq!(Tally::default().active_percent(), None);
        assert!(Tally::of(&[Website::default()]).is_empty());
        // Half up: 1 of 8 is 12.5 %.
        assert_eq!(percent(1, 8), Some(13));
    }

    #[test]
    fn the_copied_table_pastes_back_the_same_sites_in_either_language() {
        let sites = vec![
            row("1", "Dinas Kominfo", "kominfo.example.go.id", true),
            row("2", "Setda", "setda.example.go.id", false),
            row("3", "RSUD", "", false),
        ];
        for (header, yes, no) in [
            ("Nama\tAlamat\tStatus\tDiperbarui", "Ya", "Tidak"),
            ("Name\tAddress\tStatus\tUpdated", "Yes", "No"),
        ] {
            let text = table_text(&sites, header, yes, no);
            let back = parse_pasted(&text, MAX_SITES);
            assert!(back.skipped.is_empty(), "{text}");
            let expected: Vec<Website> = sites.iter().map(|r| r.site.clone()).collect();
            assert_eq!(back.sites, expected, "{text}");
        }
    }

    #[test]
    fn sites_ride_along_with_an_assessment_and_come_off_whole() {
        let mut a = crate::model::Assessment::default();
        a.profile.region = "Kab. Soppeng".into();
        let exact = crate::store::exact(&a);
        assert_eq!(attach(&exact, &[]), exact, "no sites: the same text");
        let sites = vec![
            Website::new("Dinas\tKominfo", "kominfo.go.id", true, true),
            Website::new("RSUD", "", false, false),
        ];
        let carried = attach(&exact, &sites);
        // The app's reader sees the assessment alone.
        assert_eq!(crate::store::from_exact(&carried).unwrap(), a);
        let (back, got) = detach(&carried);
        assert_eq!(back, exact);
        assert_eq!(got, sites);
        assert_eq!(detach("not a save"), ("not a save".to_string(), vec![]));
    }

    #[test]
    fn damaged_values_and_foreign_keys_are_not_rows() {
        let values = [
            ("site:1", "A\ta.go.id\t1\t0"),
            ("site:2", "A\ta.go.id\tya\t0"),
            ("site:3", "A\ta.go.id\t1"),
            ("site:4", "A\ta\t1\t0\textra"),
            ("note:E1", "A\ta.go.id\t1\t0"),
        ];
        let kept = rows(values.into_iter());
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].id, "1");
    }

    #[test]
    fn fields_are_one_clipped_line_and_ids_sort_by_creation() {
        let mut site = Website::default();
        site.set_text(TextField::Name, "Dinas\tSosial ");
        assert_eq!(
            site.name, "Dinas Sosial ",
            "typed as typed, a trailing space too"
        );
        assert_eq!(
            Website::new(" Dinas\nSosial ", "", true, false).name,
            "Dinas Sosial"
        );
        site.set_text(TextField::Address, &"x".repeat(500));
        assert_eq!(site.address.chars().count(), MAX_TEXT_CHARS);
        let ids = [
            row_id(999, 0, 7),
            row_id(1_000, 0, 5),
            row_id(1_000, 1, 1),
            row_id(1_000, 10, 0),
        ];
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(sorted, ids);
        assert_eq!(storage_key(""), "cermat.ws.sites");
        assert_eq!(storage_key("k3x9"), "cermat.ws.sites.k3x9");
    }
}
