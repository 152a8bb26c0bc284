//! The website inventory as the views module holds it (issue 11): the save read from
//! the browser's storage, the rows it gives, the paste box, and what is still to be
//! written. Pure: the storage is read and written by `ui::on_demand::websites_store`,
//! which hands back what it found (`Loaded`) and what it wrote (`Stored`).

use crate::model::Lang;
use crate::store::Saved;
use crate::websites::{entries, parse_pasted, row_id, rows, Flag, Row, TextField, MAX_SITES};

#[derive(Clone, Debug, PartialEq, Default)]
pub struct WebsitesView {
    /// The storage key this inventory was read from; empty until read.
    pub key: String,
    /// The inventory's save: this tab's edits and what it read of the others'.
    pub saved: Saved,
    pub rows: Vec<Row>,
    /// The paste box's text, until it is added.
    pub paste: String,
    /// What the last paste did, one line each, in the language it was made in.
    pub paste_report: Vec<String>,
    /// The paste was longer than is read: only its first whole lines are kept.
    pub paste_clipped: bool,
    /// What the paste box is to hold after its rows came in (the lines not read of a
    /// paste cut short, else nothing), and a count that changes each time: the box is
    /// the browser's own (re-setting a long text on every keystroke cost ~190 ms on a
    /// slow phone), so the page empties it when told.
    pub paste_left: (u32, String),
    /// Counts this tab's edits: each new count is to be written.
    pub edits: u32,
    /// The stored copy could not be read whole: what could be read is shown, and the
    /// original is kept aside.
    pub damaged: bool,
    /// The last write failed: the edits are on the page only.
    pub not_saved: bool,
    /// Whether the table was copied, after "Copy the table".
    pub copied: Option<bool>,
    /// The page of rows shown (`PAGE_SIZE` a page), from 0.
    pub page: usize,
}

/// Rows the editor shows at once: a page renders well under 200 ms on a slow phone.
pub const PAGE_SIZE: usize = 30;

#[derive(Clone, Debug, PartialEq)]
pub enum WebsiteEdit {
    Add,
    Remove(String),
    Text(String, TextField, String),
    Flag(String, Flag, bool),
    /// Adds the paste box's rows.
    Paste(Lang),
}

#[derive(Clone, Debug, PartialEq)]
pub enum WebsitesAction {
    /// What the storage holds under `key` (the first read, or another tab's write).
    Loaded {
        key: String,
        saved: Saved,
        damaged: bool,
    },
    /// An edit at time `now`, with a random number for new rows' ids.
    Edit {
        edit: WebsiteEdit,
        now: u64,
        random: u32,
    },
    PasteText(String),
    /// The save as written (merged with the stored one), or `None` when it did not fit.
    Stored(Option<Saved>),
    /// The table was copied to the clipboard (or could not be).
    Copied(bool),
    /// The storage changed under this tab's own hand (an imported file's inventory):
    /// read it again, merged with what is here.
    Reread,
    /// Show this page of rows.
    Page(usize),
}

impl WebsitesView {
    pub fn apply(mut self, action: WebsitesAction) -> WebsitesView {
        match action {
            WebsitesAction::Loaded {
                key,
                saved,
                damaged,
            } => {
                // An edit made before the first read is kept: merged, not replaced.
                self.saved = if key == self.key || self.key.is_empty() {
                    self.saved.merge(&saved)
                } else {
                    saved
                };
                self.key = key;
                self.damaged |= damaged;
            }
            WebsitesAction::Edit { edit, now, random } => self.edit(edit, now, random),
            WebsitesAction::PasteText(text) => {
                let (kept, rest) = whole_lines_within(text, crate::websites::MAX_PASTE_CHARS);
                self.paste_clipped = !rest.is_empty();
                self.paste = kept;
                self.paste_left.1 = rest;
            }
            // Merged, not replaced: a write's save never takes back a later edit.
            WebsitesAction::Stored(Some(saved)) => {
                self.saved = self.saved.merge(&saved);
                self.not_saved = false;
            }
            WebsitesAction::Stored(None) => self.not_saved = true,
            WebsitesAction::Copied(ok) => self.copied = Some(ok),
            WebsitesAction::Reread => self.key.clear(),
            WebsitesAction::Page(page) => self.page = page,
        }
        self.rows = rows(self.saved.values());
        // Always a page that exists (rows removed here or in another tab).
        let pages = self.rows.len().div_ceil(PAGE_SIZE).max(1);
        self.page = self.page.min(pages - 1);
        self
    }

    fn edit(&mut self, edit: WebsiteEdit, now: u64, random: u32) {
        // Each edit newer than everything this tab holds, even two in one millisecond, so
        // a merge can never prefer an earlier keystroke.
        let now = now.max(self.saved.latest() + 1);
        let mut rows = rows(self.saved.values());
        match edit {
            WebsiteEdit::Add if rows.len() < MAX_SITES => {
                rows.push(Row {
                    id: row_id(now, 0, random),
                    site: Default::default(),
                });
                // The new row is on the last page: show it.
                self.page = (rows.len() - 1) / PAGE_SIZE;
            }
            WebsiteEdit::Add => {}
            WebsiteEdit::Remove(id) => rows.retain(|r| r.id != id),
            WebsiteEdit::Text(id, field, value) => {
                if let Some(row) = rows.iter_mut().find(|r| r.id == id) {
                    row.site.set_text(field, &value);
                }
            }
            WebsiteEdit::Flag(id, flag, on) => {
                if let Some(row) = rows.iter_mut().find(|r| r.id == id) {
                    row.site.set_flag(flag, on);
                }
            }
            WebsiteEdit::Paste(lang) => {
                let pasted = parse_pasted(&self.paste, MAX_SITES - rows.len().min(MAX_SITES));
                self.paste_report = report(&pasted, lang);
                if self.paste_clipped {
                    let max = crate::websites::MAX_PASTE_CHARS.to_string();
                    let words = crate::i18n::websites_words(lang);
                    self.paste_report
                        .push(crate::i18n::fill(words.paste_clipped, &[&max]));
                }
                if !pasted.sites.is_empty() {
                    self.paste.clear();
                    self.paste_left.0 += 1;
                }
                for (seq, site) in pasted.sites.into_iter().enumerate() {
                    let id = row_id(now, seq, random);
                    rows.push(Row { id, site });
                }
            }
        }
        self.saved = self.saved.record_entries(&entries(&rows), now);
        self.edits += 1;
        self.copied = None;
    }
}

/// `text`, or when it is longer than `max` characters, its whole lines within them (a
/// line cut in two would be read as a different site), and the lines left out.
fn whole_lines_within(text: String, max: usize) -> (String, String) {
    match text.char_indices().nth(max) {
        None => (text, String::new()),
        Some((end, _)) => {
            let head = text.get(..end).unwrap_or_default();
            let at = head.rfind('\n').unwrap_or(0);
            let (whole, rest) = text.split_at(at);
            (whole.to_string(), rest.trim_start_matches('\n').to_string())
        }
    }
}

/// What a paste did, in `lang`: how many came in, then each line not read.
fn report(pasted: &crate::websites::Pasted, lang: Lang) -> Vec<String> {
    let words = crate::i18n::websites_words(lang);
    let mut lines = vec![crate::i18n::fill(
        words.pasted,
        &[&pasted.sites.len().to_string()],
    )];
    if pasted.without_status > 0 {
        let n = pasted.without_status.to_string();
        lines.push(crate::i18n::fill(words.pasted_without_status, &[&n]));
    }
    if pasted.over_limit > 0 {
        let (n, max) = (pasted.over_limit.to_string(), MAX_SITES.to_string());
        lines.push(crate::i18n::fill(words.pasted_over_limit, &[&n, &max]));
    }
    let shown = crate::websites::MAX_SKIPPED_SHOWN;
    lines.extend(pasted.skipped.iter().take(shown).map(|s| s.message(lang)));
    if pasted.skipped.len() > shown {
        let more = (pasted.skipped.len() - shown).to_string();
        lines.push(crate::i18n::fill(words.skipped_more, &[&more]));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(view: WebsitesView, edit: WebsiteEdit, now: u64) -> WebsitesView {
        view.apply(WebsitesAction::Edit {
            edit,
            now,
            random: 7,
        })
    }

    #[test]
    fn a_paste_adds_rows_reports_what_it_skipped_and_every_edit_is_to_be_written() {
        let view = WebsitesView::default().apply(WebsitesAction::PasteText(
            "Dinas A\ta.go.id\tAktif\nDinas B\tb.go.id\tmungkin\n".into(),
        ));
        let view = edit(view, WebsiteEdit::Paste(Lang::Id), 100);
        assert_eq!(view.rows.len(), 1);
        assert_eq!(view.edits, 1);
        assert_eq!(view.paste, "", "what came in leaves the box");
        assert_eq!(view.paste_report.len(), 2, "{:?}", view.paste_report);
        assert!(view.paste_report[1].contains("mungkin"));
        let id = view.rows[0].id.clone();
        let view = edit(
            view,
            WebsiteEdit::Flag(id.clone(), Flag::Updated, true),
            200,
        );
        let view = edit(
            view,
            WebsiteEdit::Text(id.clone(), TextField::Name, "Dinas Kominfo".into()),
            300,
        );
        assert!(view.rows[0].site.updated);
        assert_eq!(view.rows[0].site.name, "Dinas Kominfo");
        let view = edit(view, WebsiteEdit::Add, 400);
        assert_eq!(view.rows.len(), 2, "a blank row is kept, to be filled in");
        let view = edit(view, WebsiteEdit::Remove(id), 500);
        assert_eq!(view.rows.len(), 1);
        assert_eq!(view.edits, 5);
    }

    #[test]
    fn a_huge_paste_is_held_to_the_limit_and_its_report_stays_short() {
        let text = "x\tx.go.id\tmungkin\n".repeat(20_000);
        let view = WebsitesView::default().apply(WebsitesAction::PasteText(text));
        assert!(view.paste.chars().count() <= crate::websites::MAX_PASTE_CHARS);
        assert!(view.paste.ends_with("mungkin"), "only whole lines are kept");
        assert!(
            view.paste_left.1.starts_with("x\tx.go.id"),
            "the rest stays to paste"
        );
        let view = edit(view, WebsiteEdit::Paste(Lang::En), 1);
        assert!(view.rows.is_empty());
        // "0 rows added", 20 lines named, how many more, and that the paste was cut.
        assert_eq!(view.paste_report.len(), 23, "{:?}", view.paste_report);
        assert!(
            view.paste_report[21].contains("more"),
            "{}",
            view.paste_report[21]
        );
        assert!(
            view.paste_report[22].contains("150000"),
            "{}",
            view.paste_report[22]
        );
    }

    #[test]
    fn a_late_write_never_takes_back_later_keystrokes() {
        let view = edit(WebsitesView::default(), WebsiteEdit::Add, 100);
        let id = view.rows[0].id.clone();
        let typing = |v: WebsitesView, text: &str| {
            edit(
                v,
                WebsiteEdit::Text(id.clone(), TextField::Name, text.into()),
                100,
            )
        };
        // Keystrokes in one millisecond; the write of the first comes back after a
        // deletion typed since (with equal stamps a merge would keep the longer text).
        let first = typing(view, "Sek");
        let written = first.saved.clone();
        let view = typing(first, "Se");
        let view = view.apply(WebsitesAction::Stored(Some(written)));
        assert_eq!(view.rows[0].site.name, "Se", "the later deletion stands");
        let view = typing(view, "Sel");
        assert_eq!(view.rows[0].site.name, "Sel");
    }

    #[test]
    fn another_tabs_rows_merge_in_and_a_failed_write_is_said() {
        let mine = edit(
            WebsitesView {
                key: "k".into(),
                ..Default::default()
            },
            WebsiteEdit::Add,
            100,
        );
        let theirs = edit(WebsitesView::default(), WebsiteEdit::Add, 150);
        let merged = mine.apply(WebsitesAction::Loaded {
            key: "k".into(),
            saved: theirs.saved.clone(),
            damaged: false,
        });
        assert_eq!(merged.rows.len(), 2);
        let failed = merged.clone().apply(WebsitesAction::Stored(None));
        assert!(failed.not_saved);
        assert_eq!(failed.rows, merged.rows, "the rows stay on the page");
        // Another assessment's inventory replaces this one's.
        let other = merged.apply(WebsitesAction::Loaded {
            key: "other".into(),
            saved: Saved::default(),
            damaged: false,
        });
        assert!(other.rows.is_empty());
    }
}
