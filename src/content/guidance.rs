//! Guidance: each item's and criterion's help text and each indicator's and criterion's
//! recommendations with their basis, looked up by id; and the English of the content
//! statics, looked up by their Indonesian.
//!
//! The texts are about a third of the content. The CLI, the tools worker and the views
//! module link them (`Guidance::builtin`); the first-load app does not: the build writes
//! them as a file (`Guidance::for_first_load().encode()`, `cargo run --bin
//! cermat-prerender guidance`), and
//! the app fetches it when a page shows help or recommendations, or at once when the
//! language is English, and reads it with `Guidance::decode`. The first-load app is built
//! with the `lean-content` feature, which leaves the content's English out of it
//! (`model::Text::content`): the file carries that English too, and the app hands it to
//! `model::set_content_english`. The file is one record a line, fields separated by tabs:
//! `h <id> <help id> <help en>`, `r <id> <text id> <text en> <basis id> <basis en>` and
//! `t <text id> <text en>` for each content text (`content::texts`), in the order of the
//! Indonesian (no text holds a tab or a newline: `tests/content.rs` checks it).

use std::collections::BTreeMap;

use super::{ereadiness_guidance, scv_guidance, stages_guidance};
use crate::model::{ContentEnglish, Recommendation, Text};

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

/// Help and recommendations by id, and the content's English by its Indonesian.
#[derive(Debug, Default, PartialEq)]
pub struct Guidance {
    help: BTreeMap<&'static str, Text>,
    recommendations: BTreeMap<&'static str, Vec<Recommendation>>,
    /// Each content text, by its Indonesian (the same map type as `help`: no other
    /// lookup code in the first-load app).
    english: ContentEnglish,
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

    /// What the guidance file carries: the texts compiled in, and the English of every
    /// content text (`content::texts`), which the first-load app leaves out.
    pub fn for_first_load() -> Guidance {
        let mut g = Guidance::builtin();
        g.english
            .extend(super::texts().into_iter().map(|text| (text.id, text)));
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

    /// The content's English, by Indonesian (empty in `builtin`, whose modules have it
    /// compiled in): what `Text::english_from` reads.
    pub fn content_english(&self) -> &ContentEnglish {
        &self.english
    }

    /// The content's English, taken out to be handed to `model::set_content_english`.
    pub fn take_content_english(&mut self) -> ContentEnglish {
        std::mem::take(&mut self.english)
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
        for (id, text) in &self.english {
            out.push_str(&["t\t", id, "\t", text.en, "\n"].concat());
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
                ["t", id, en] => {
                    g.english.insert(id, Text::new(id, en));
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
        let full = Guidance::for_first_load();
        let file: &'static str = Box::leak(full.encode().into_boxed_str());
        assert_eq!(Guidance::decode(file), full);
        assert_eq!(full.help.len(), 87);
        assert_eq!(full.recommendations.len(), 37);
        assert_eq!(full.english.len(), super::super::texts().len());
        assert!(Guidance::builtin().english.is_empty());
    }

    #[test]
    fn garbage_lines_are_skipped() {
        let g = Guidance::decode(
            "h\tS1.1\ta\tb\nnonsense\nr\tS1\tx\n\nh\tS1.2\tc\td\textra\nt\tDukungan\nt\tNilai\tValue\n",
        );
        assert_eq!(g.help("S1.1"), Some(Text::new("a", "b")));
        assert_eq!(g.help("S1.2"), None);
        assert!(g.recommendations("S1").is_empty());
        assert_eq!(g.english.len(), 1);
        assert_eq!(
            Text::new("Nilai", "").english_from(Some(&g.english)),
            "Value"
        );
    }
}
