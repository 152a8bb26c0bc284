//! The workspace page's state (`#/workspace`, issue 10) and every change to it, as a pure
//! reducer inside the views module's (`super::views`).
//!
//! The assessments themselves live in the browser's storage, one save each
//! (`store::keys`); the page holds what the tools worker made of them (`rows`) and the
//! user's view of that list: its order, a search, the ones ticked to compare, the one
//! being renamed, the last one deleted (to undo). Whatever changes the storage (here or
//! in another tab) makes the list `stale`, and the page lists again; a reply for an older
//! listing is dropped, so the list never goes back in time.

use std::rc::Rc;

use super::views::{Notice, NoticeKind, Slot};
use crate::i18n::{fill, workspace_words, Lang};
use crate::worker::records::ImportReply;
use crate::workspace::{ranking, Listed, RankBy};

/// At most this many rows are drawn until the user asks for all: 552 rows of buttons
/// would make every change of the page slow on a phone.
pub const FIRST_ROWS: usize = 100;
/// At most this many assessments side by side (`views::MAX_COMPARED`).
const MAX_SELECTED: usize = super::views::MAX_COMPARED;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct WorkspaceView {
    /// The rows of the last listing, in storage order; `None` before the first.
    pub rows: Option<Rc<[Listed]>>,
    /// Row positions in the order shown (search applied), each with its rank.
    pub order: Rc<[(usize, Option<usize>)]>,
    pub sort: Sort,
    pub query: String,
    pub show_all: bool,
    /// Ids ticked for comparison, in the order ticked.
    pub selected: Vec<String>,
    /// The id whose name is being edited.
    pub renaming: Option<String>,
    /// The last assessment deleted: id and label, until undone or another is deleted.
    pub deleted: Option<(String, String)>,
    /// The storage changed since `rows` were listed.
    pub stale: bool,
    /// The listing asked of the worker (a count: a reply to an older one is dropped).
    pub asked: u32,
    /// A listing is under way.
    pub listing: bool,
    /// The last listing failed (its message is the page's notice): not asked again
    /// until something changes.
    pub failed: bool,
    /// An import the worker read, waiting to be written to the storage.
    pub to_write: Option<Rc<ImportReply>>,
    /// Files made by the worker for the current rows: the workspace file, the CSV.
    pub export: Option<Rc<str>>,
    pub csv: Option<Rc<str>>,
}

/// The list's order (`workspace::RankBy`, with a default the page starts with).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Sort {
    Scv,
    Ereadiness,
    Stage,
    Label,
    /// Newest first: where the assessment just worked on or imported is.
    #[default]
    Updated,
}

impl Sort {
    pub const ALL: [Sort; 5] = [
        Sort::Updated,
        Sort::Label,
        Sort::Scv,
        Sort::Ereadiness,
        Sort::Stage,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Sort::Scv => "scv",
            Sort::Ereadiness => "ereadiness",
            Sort::Stage => "stage",
            Sort::Label => "label",
            Sort::Updated => "updated",
        }
    }

    pub fn from_key(key: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.key() == key)
    }

    fn rank_by(self) -> RankBy {
        match self {
            Sort::Scv => RankBy::Scv,
            Sort::Ereadiness => RankBy::Ereadiness,
            Sort::Stage => RankBy::Stage,
            Sort::Label => RankBy::Label,
            Sort::Updated => RankBy::Updated,
        }
    }

    /// Only the figures rank; a name or a date only orders.
    pub fn ranks(self) -> bool {
        matches!(self, Sort::Scv | Sort::Ereadiness | Sort::Stage)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum WorkspaceAction {
    /// The page asked the worker for listing number `n`.
    Asked(u32),
    /// The worker's rows (`workspace::encode_rows`) for listing number `n`.
    Listed(u32, String),
    /// The worker could not list.
    ListFailed,
    /// The storage changed (here or in another tab): list again.
    Changed,
    Sort(Sort),
    Query(String),
    ShowAll,
    /// Tick or untick an assessment for comparison.
    Select(String, bool),
    /// Start or stop editing a name.
    Renaming(Option<String>),
    /// An assessment was moved to the trash: id and label, for the undo.
    Deleted(String, String),
    /// The undo was used, or is no longer offered.
    UndoGone,
    /// An import the worker read, to write.
    Read(ImportReply),
    /// The import has been written (or could not be).
    Written,
    Export(String),
    Csv(String),
}

/// The state after `action`.
pub fn apply(mut view: WorkspaceView, action: WorkspaceAction) -> WorkspaceView {
    match action {
        WorkspaceAction::Asked(n) => {
            view.asked = n;
            view.stale = false;
            view.listing = true;
        }
        WorkspaceAction::ListFailed => {
            view.listing = false;
            view.failed = true;
        }
        WorkspaceAction::Listed(n, text) if n == view.asked => {
            view.listing = false;
            let rows: Rc<[Listed]> = crate::workspace::decode_rows(&text).into();
            view.selected.retain(|id| rows.iter().any(|r| r.id == *id));
            view.rows = Some(rows);
            view.export = None;
            view.csv = None;
            reorder(&mut view);
        }
        WorkspaceAction::Listed(..) => {}
        WorkspaceAction::Changed => {
            view.stale = true;
            view.failed = false;
        }
        WorkspaceAction::Sort(sort) => {
            view.sort = sort;
            reorder(&mut view);
        }
        WorkspaceAction::Query(query) => {
            view.query = query;
            reorder(&mut view);
        }
        WorkspaceAction::ShowAll => view.show_all = true,
        WorkspaceAction::Select(id, on) => {
            view.selected.retain(|s| *s != id);
            if on && view.selected.len() < MAX_SELECTED {
                view.selected.push(id);
            }
        }
        WorkspaceAction::Renaming(id) => view.renaming = id,
        WorkspaceAction::Deleted(id, label) => {
            view.selected.retain(|s| *s != id);
            view.deleted = Some((id, label));
            view.stale = true;
        }
        WorkspaceAction::UndoGone => view.deleted = None,
        WorkspaceAction::Read(reply) => view.to_write = Some(Rc::new(reply)),
        WorkspaceAction::Written => {
            view.to_write = None;
            view.stale = true;
        }
        WorkspaceAction::Export(json) => view.export = Some(json.into()),
        WorkspaceAction::Csv(csv) => view.csv = Some(csv.into()),
    }
    view
}

/// The rows in the chosen order, with the search applied (any part of the label,
/// region, unit or date, ignoring case).
fn reorder(view: &mut WorkspaceView) {
    let Some(rows) = &view.rows else { return };
    let query = view.query.trim().to_lowercase();
    let matches = |row: &Listed| {
        query.is_empty()
            || [&row.label, &row.region, &row.unit, &row.date]
                .iter()
                .any(|text| text.to_lowercase().contains(&query))
    };
    view.order = ranking(rows, view.sort.rank_by())
        .into_iter()
        .filter(|(at, _)| rows.get(*at).is_some_and(matches))
        .collect();
}

/// What writing an import to the storage did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Written {
    pub added: usize,
    /// Already in the workspace (the same share code): not added again.
    pub skipped: usize,
    /// The storage filled up: what was not added then.
    pub not_written: usize,
}

/// What the page says after an import: how many came in, what was left out and why,
/// then each file that could not be read, by name. A problem when anything was lost.
pub fn import_notice(written: &Written, failed: &[(String, String)], lang: Lang) -> Notice {
    let w = workspace_words(lang);
    let mut lines = vec![fill(w.imported, &[&written.added.to_string()])];
    if written.skipped > 0 {
        lines.push(fill(w.import_skipped, &[&written.skipped.to_string()]));
    }
    if written.not_written > 0 {
        let total = written.added + written.not_written;
        let args = [written.added.to_string(), total.to_string()];
        lines.push(fill(w.import_full, &[&args[0], &args[1]]));
    }
    if !failed.is_empty() {
        lines.push(fill(w.import_failed, &[&failed.len().to_string()]));
        for (file, why) in failed.iter().take(crate::worker::protocol::LIST_LIMIT) {
            let why = why.lines().next().unwrap_or_default();
            lines.push([file.as_str(), ": ", why].concat());
        }
    }
    let lost = written.not_written > 0 || !failed.is_empty();
    Notice {
        slot: Slot::Workspace,
        kind: if lost {
            NoticeKind::Problem
        } else {
            NoticeKind::Done
        },
        text: lines.join("\n"),
    }
}

impl WorkspaceView {
    /// The page should ask for a listing: none yet, or the storage changed, and none is
    /// under way or just failed.
    pub fn wants_listing(&self) -> bool {
        !self.listing && !self.failed && (self.rows.is_none() || self.stale)
    }

    /// The rows to draw, in order, with their ranks: the first `FIRST_ROWS` unless the
    /// user asked for all.
    pub fn shown(&self) -> impl Iterator<Item = (&Listed, Option<usize>)> {
        let limit = if self.show_all {
            usize::MAX
        } else {
            FIRST_ROWS
        };
        let rows = self.rows.as_deref().unwrap_or_default();
        self.order
            .iter()
            .take(limit)
            .filter_map(move |(at, rank)| Some((rows.get(*at)?, *rank)))
    }

    /// The share codes of the ticked assessments, in the order ticked: a comparison link.
    pub fn selected_codes(&self) -> Vec<String> {
        let rows = self.rows.as_deref().unwrap_or_default();
        self.selected
            .iter()
            .filter_map(|id| rows.iter().find(|r| r.id == *id))
            .map(|r| r.code.clone())
            .collect()
    }

    /// The share codes the workspace holds: an import leaves out what is already there.
    pub fn codes(&self) -> std::collections::BTreeSet<&str> {
        let rows = self.rows.as_deref().unwrap_or_default();
        rows.iter().map(|r| r.code.as_str()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workspace::encode_rows;

    fn row(id: &str, label: &str, scv: Option<f64>, updated: u64) -> Listed {
        Listed {
            id: id.into(),
            name: String::new(),
            label: label.into(),
            region: label.into(),
            unit: String::new(),
            date: String::new(),
            answered: 0,
            total: 87,
            scv: scv.map(|s| (s, 3)),
            ereadiness: None,
            stage: None,
            updated,
            code: ["1", id].concat(),
            damaged: false,
        }
    }

    fn listed(rows: &[Listed]) -> WorkspaceView {
        let view = apply(WorkspaceView::default(), WorkspaceAction::Asked(1));
        apply(view, WorkspaceAction::Listed(1, encode_rows(rows)))
    }

    fn shown_ids(view: &WorkspaceView) -> Vec<String> {
        view.shown().map(|(r, _)| r.id.clone()).collect()
    }

    #[test]
    fn rows_are_ordered_ranked_and_searched() {
        let rows = [
            row("a", "Kota Prabumulih", Some(2.5), 3),
            row("b", "Kabupaten Banyuasin", Some(3.1), 1),
            row("c", "Kabupaten Muara Enim", None, 2),
        ];
        let view = listed(&rows);
        assert_eq!(shown_ids(&view), ["a", "c", "b"], "newest first");
        let view = apply(view, WorkspaceAction::Sort(Sort::Scv));
        let ranks: Vec<_> = view.shown().map(|(r, rank)| (r.id.clone(), rank)).collect();
        assert_eq!(
            ranks,
            [
                ("b".to_string(), Some(1)),
                ("a".to_string(), Some(2)),
                ("c".to_string(), None)
            ]
        );
        let view = apply(view, WorkspaceAction::Query("kabupaten".into()));
        assert_eq!(shown_ids(&view), ["b", "c"]);
    }

    #[test]
    fn an_older_listing_never_replaces_a_newer_one() {
        let view = listed(&[row("a", "A", None, 1)]);
        let view = apply(view, WorkspaceAction::Asked(2));
        let old = encode_rows(&[row("z", "Z", None, 1)]);
        let view = apply(view, WorkspaceAction::Listed(1, old));
        assert_eq!(shown_ids(&view), ["a"]);
        let new = encode_rows(&[row("a", "A", None, 1), row("b", "B", None, 2)]);
        let view = apply(view, WorkspaceAction::Listed(2, new));
        assert_eq!(shown_ids(&view), ["b", "a"]);
    }

    #[test]
    fn at_most_twelve_are_ticked_and_deleted_ones_leave_the_choice() {
        let rows: Vec<Listed> = (0..14)
            .map(|i| row(&format!("r{i}"), "R", None, i))
            .collect();
        let mut view = listed(&rows);
        for r in &rows {
            view = apply(view, WorkspaceAction::Select(r.id.clone(), true));
        }
        assert_eq!(view.selected.len(), MAX_SELECTED);
        assert_eq!(view.selected_codes()[0], "1r0");
        view = apply(view, WorkspaceAction::Deleted("r0".into(), "R".into()));
        assert_eq!(view.selected.len(), MAX_SELECTED - 1);
        assert!(view.stale);
        assert_eq!(view.deleted.as_ref().map(|d| d.0.as_str()), Some("r0"));
    }

    #[test]
    fn an_import_that_lost_anything_says_so_file_by_file() {
        let done = import_notice(
            &Written {
                added: 3,
                ..Written::default()
            },
            &[],
            Lang::En,
        );
        assert_eq!(
            (done.kind, done.text.as_str()),
            (NoticeKind::Done, "3 assessments imported.")
        );
        let failed = [("bad.json".to_string(), "Not JSON.\nline 2".to_string())];
        let full = Written {
            added: 2,
            skipped: 1,
            not_written: 5,
        };
        let problem = import_notice(&full, &failed, Lang::Id);
        assert_eq!(problem.kind, NoticeKind::Problem);
        let lines: Vec<&str> = problem.text.lines().collect();
        assert!(lines[2].contains("2 dari 7"), "{lines:?}");
        assert_eq!(lines.last(), Some(&"bad.json: Not JSON."));
    }

    #[test]
    fn the_first_rows_only_until_all_are_asked_for() {
        let rows: Vec<Listed> = (0..552)
            .map(|i| row(&format!("r{i}"), "R", None, i))
            .collect();
        let view = listed(&rows);
        assert_eq!(view.shown().count(), FIRST_ROWS);
        let view = apply(view, WorkspaceAction::ShowAll);
        assert_eq!(view.shown().count(), 552);
    }
}
