//! The workspace's texts between the views module and the tools worker: the saves to
//! list, export or compare, and what an import of many files gave. One record a line,
//! fields separated by tabs and escaped as a save's are (`store::escape`), so names and
//! whole saves (which hold tabs and newlines) travel intact. A broken line is skipped:
//! the worker's reply then simply lacks it, and the page counts what it got.

use crate::store::{escape, unescape};

/// One assessment of the workspace as kept in the browser: its id (`store::keys`), the
/// name the user gave it (or empty) and its save text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveRecord {
    pub id: String,
    pub name: String,
    pub save: String,
}

pub fn encode_saves(saves: &[SaveRecord]) -> String {
    let mut out = String::new();
    for s in saves {
        out.push_str(&[&s.id, "\t", &escape(&s.name), "\t", &escape(&s.save), "\n"].concat());
    }
    out
}

pub fn decode_saves(text: &str) -> Vec<SaveRecord> {
    text.lines()
        .filter_map(|line| {
            let mut f = line.split('\t');
            let (id, name, save) = (f.next()?, f.next()?, f.next()?);
            Some(SaveRecord {
                id: id.to_string(),
                name: unescape(name)?,
                save: unescape(save)?,
            })
        })
        .collect()
}

/// What an import of many files gave: the assessments to add (name, the file it came
/// from, its save text, its share code) and the files that could not be read, with why.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ImportReply {
    pub added: Vec<(String, String, String, String)>,
    pub failed: Vec<(String, String)>,
}

impl ImportReply {
    pub fn encode(&self) -> String {
        let mut out = String::new();
        for (name, file, save, code) in &self.added {
            let fields = [name, file, save, code].map(|f| escape(f));
            out.push_str(&["a\t", &fields.join("\t"), "\n"].concat());
        }
        for (file, why) in &self.failed {
            out.push_str(&["f\t", &escape(file), "\t", &escape(why), "\n"].concat());
        }
        out
    }

    pub fn decode(text: &str) -> ImportReply {
        let mut reply = ImportReply::default();
        for line in text.lines() {
            let fields: Option<Vec<String>> = line.split('\t').skip(1).map(unescape).collect();
            match (line.split('\t').next(), fields.as_deref()) {
                (Some("a"), Some([name, file, save, code])) => {
                    let added = (name.clone(), file.clone(), save.clone(), code.clone());
                    reply.added.push(added)
                }
                (Some("f"), Some([file, why])) => reply.failed.push((file.clone(), why.clone())),
                _ => {}
            }
        }
        reply
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_and_imports_round_trip_whatever_they_hold() {
        let saves = vec![
            SaveRecord {
                id: String::new(),
                name: "Kota\tPalembang\n2024 \\ ꦲꦏ꧀ꦱꦫ".into(),
                save: "cermat-save 2\nepoch 1\n5\tscv:S1.1\t3\nend\n".into(),
            },
            SaveRecord {
                id: "k3x9".into(),
                name: String::new(),
                save: String::new(),
            },
        ];
        assert_eq!(decode_saves(&encode_saves(&saves)), saves);
        let reply = ImportReply {
            added: vec![(
                "A\tB".into(),
                "a.json".into(),
                "cermat-save 2\nend\n".into(),
                "1abc".into(),
            )],
            failed: vec![("b.csv".into(), "line 1\nline 2".into())],
        };
        assert_eq!(ImportReply::decode(&reply.encode()), reply);
    }

    #[test]
    fn broken_lines_are_skipped() {
        assert!(decode_saves("only-an-id\nx\t\\q\ty\n").is_empty());
        let reply = ImportReply::decode("a\tname\nz\t1\t2\nf\tfile\n");
        assert_eq!(reply, ImportReply::default());
    }
}
