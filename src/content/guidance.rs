//! Guidance: each item's and criterion's help text and each indicator's and criterion's
//! recommendations with their basis, looked up by id.
//!
//! The texts are about a third of the content. The CLI, the tools worker and the views
//! module link them (`Guidance::builtin`); the first-load app does not: the build writes
//! them as a file (`Guidance::encode`, `cargo run --bin cermat-prerender guidance`), and
//! the app fetches it when a page shows help or recommendations and reads it with
//! `Guidance::decode`. The file is one record a line, fields separated by tabs:
//! `h <id> <help id> <help en>` and `r <id> <text id> <text en> <basis id> <basis en>`
//! (no text holds a tab or a newline: `tests/content.rs` checks it).

use std::collections::BTreeMap;

use super::{ereadiness_guidance, scv_guidance, stages_guidance};
use crate::model::{Recommendation, Text};

type Entry<T> = (&'static str, T);

/// Every help text compiled in, by item or criterion id.
pub(super) fn all_help() -> impl Iterator<Item = &'static Entry<Text>> {
    [
        scv_guidance::HELP,
        ereadiness_guidance::HELP,
        stages_guidance::HELP,
    ]
    .into_iter()
    .flatten()
}

/// Every recommendation list compiled in, by indicator or criterion id.
pub(super) fn all_recommendations(
) -> impl Iterator<Item = &'static Entry<&'static [Recommendation]>> {
    [
        scv_guidance::RECOMMENDATIONS,
        ereadiness_guidance::RECOMMENDATIONS,
        stages_guidance::RECOMMENDATIONS,
    ]
    .into_iter()
    .flatten()
}

/// Help and recommendations by id.
#[derive(Debug, Default, PartialEq)]
pub struct Guidance {
    help: BTreeMap<&'static str, Text>,
    recommendations: BTreeMap<&'static str, Vec<Recommendation>>,
}

impl Guidance {
    /// The texts compiled into this module.
    pub fn builtin() -> Guidance {
        let mut g = Guidance::default();
        for help in [
            scv_guidance::HELP,
            ereadiness_guidance::HELP,
            stages_guidance::HELP,
        ] {
            g.help.extend(help.iter().map(|(id, text)| (*id, *text)));
        }
        for recs in [
            scv_guidance::RECOMMENDATIONS,
            ereadiness_guidance::RECOMMENDATIONS,
            stages_guidance::RECOMMENDATIONS,
        ] {
            g.recommendations
                .extend(recs.iter().map(|(id, list)| (*id, list.to_vec())));
        }
        g
    }

    /// What an item or criterion asks for as evidence.
    pub fn help(&self, id: &str) -> Option<Text> {
        self.help.get(id).copied()
    }

    /// An indicator's or criterion's recommendations (none for an unknown id).
    pub fn recommendations(&self, id: &str) -> &[Recommendation] {
        self.recommendations.get(id).map_or(&[], Vec::as_slice)
    }

    /// The file the first-load app fetches.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        for (id, help) in &self.help {
            out.push_str(&["h\t", id, "\t", help.id, "\t", help.en, "\n"].concat());
        }
        for (id, recs) in &self.recommendations {
            for r in recs {
                let fields = [id, r.text.id, r.text.en, r.basis.id, r.basis.en];
                out.push_str(&["r\t", &fields.join("\t"), "\n"].concat());
            }
        }
        out
    }

    /// Reads what `encode` wrote. The text is borrowed for the life of the page (the app
    /// reads the file once). Malformed lines are skipped.
    pub fn decode(text: &'static str) -> Guidance {
        let mut g = Guidance::default();
        for line in text.lines() {
            let fields: Vec<&'static str> = line.split('\t').collect();
            match fields.as_slice() {
                ["h", id, help_id, help_en] => {
                    g.help.insert(id, Text::new(help_id, help_en));
                }
                ["r", id, text_id, text_en, basis_id, basis_en] => {
                    g.recommendations
                        .entry(id)
                        .or_default()
                        .push(Recommendation {
                            text: Text::new(text_id, text_en),
                            basis: Text::new(basis_id, basis_en),
                        });
                }
                _ => {}
            }
        }
        g
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_reads_back_to_the_same_guidance() {
        let builtin = Guidance::builtin();
        let file: &'static str = Box::leak(builtin.encode().into_boxed_str());
        assert_eq!(Guidance::decode(file), builtin);
        assert_eq!(builtin.help.len(), 87);
        assert_eq!(builtin.recommendations.len(), 37);
    }

    #[test]
    fn garbage_lines_are_skipped() {
        let g = Guidance::decode("h\tS1.1\ta\tb\nnonsense\nr\tS1\tx\n\nh\tS1.2\tc\td\textra\n");
        assert_eq!(g.help("S1.1"), Some(Text::new("a", "b")));
        assert_eq!(g.help("S1.2"), None);
        assert!(g.recommendations("S1").is_empty());
    }
}
