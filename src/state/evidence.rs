//! The evidence page's draft (`#/evidence/<id>`, issue 11): the note and documents of
//! one indicator or stage criterion as the user edits them, blank document rows
//! included (the assessment keeps only what has content). Each edit gives the save
//! entries the app is to take (`bridge::ViewEvent::Evidence`), so the app's autosave
//! keeps the evidence like any answer.

use crate::model::{Assessment, Evidence, Reference, ReferenceField};
use crate::state::{MAX_NOTE_CHARS, MAX_REFERENCES};
use crate::store::{escape, evidence_entries};

#[derive(Clone, Debug, PartialEq, Default)]
pub struct EvidenceDraft {
    pub id: String,
    pub evidence: Evidence,
    /// Entries to hand to the app, once.
    pub to_send: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum EvidenceEdit {
    Note(String),
    Field(usize, ReferenceField, String),
    Add,
    Remove(usize),
}

impl EvidenceDraft {
    /// The draft of `id`: the one being edited, else what the assessment holds.
    pub fn of(current: Option<&EvidenceDraft>, id: &str, assessment: &Assessment) -> EvidenceDraft {
        match current {
            Some(draft) if draft.id == id => draft.clone(),
            _ => EvidenceDraft {
                id: id.to_string(),
                evidence: assessment.evidence.get(id).cloned().unwrap_or_default(),
                to_send: None,
            },
        }
    }

    /// The draft after `edit`, with the entries to send.
    pub fn edit(mut self, edit: EvidenceEdit) -> EvidenceDraft {
        let e = &mut self.evidence;
        match edit {
            EvidenceEdit::Note(note) => e.note = note.chars().take(MAX_NOTE_CHARS).collect(),
            EvidenceEdit::Field(at, field, value) => {
                if let Some(r) = e.references.get_mut(at) {
                    r.set(field, value);
                }
            }
            EvidenceEdit::Add if e.references.len() < MAX_REFERENCES => {
                e.references.push(Reference::default())
            }
            EvidenceEdit::Add => {}
            EvidenceEdit::Remove(at) => {
                if at < e.references.len() {
                    e.references.remove(at);
                }
            }
        }
        let lines: Vec<String> = evidence_entries(&self.id, &self.evidence)
            .iter()
            .map(|(key, value)| [key.as_str(), "\t", &escape(value)].concat())
            .collect();
        self.to_send = Some(lines.join("\n"));
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{apply, AppState};

    #[test]
    fn edits_reach_the_app_as_save_entries_and_blank_rows_stay_in_the_draft() {
        let draft = EvidenceDraft::of(None, "S1", &Assessment::default())
            .edit(EvidenceEdit::Note("Ada di bagian hukum.\nBaris dua".into()))
            .edit(EvidenceEdit::Add)
            .edit(EvidenceEdit::Add)
            .edit(EvidenceEdit::Field(
                0,
                ReferenceField::Title,
                "Perbup\tMasterplan".into(),
            ))
            .edit(EvidenceEdit::Field(0, ReferenceField::Year, "2023".into()));
        assert_eq!(draft.evidence.references.len(), 2, "the blank row stays");
        // The app reads the entries as it reads a save.
        let mut state = AppState::default();
        for line in draft.to_send.as_deref().unwrap_or_default().lines() {
            let (key, value) = line.split_once('\t').expect("key and value");
            let value = crate::store::unescape(value).expect("escaped");
            state = apply(
                state,
                crate::store::entry_action(key, &value).expect("an action"),
            );
        }
        let kept = state.assessment.evidence.get("S1").expect("kept");
        assert_eq!(kept.note, "Ada di bagian hukum.\nBaris dua");
        assert_eq!(kept.references.len(), 1);
        assert_eq!(kept.references[0].title, "Perbup Masterplan");
        assert_eq!(kept.references[0].year, "2023");
        // Cleared, and the app forgets it.
        let cleared = draft
            .edit(EvidenceEdit::Note(String::new()))
            .edit(EvidenceEdit::Remove(0));
        for line in cleared.to_send.as_deref().unwrap_or_default().lines() {
            let (key, value) = line.split_once('\t').expect("key and value");
            state = apply(
                state,
                crate::store::entry_action(key, value).expect("an action"),
            );
        }
        let left = state
            .assessment
            .evidence
            .get("S1")
            .cloned()
            .unwrap_or_default();
        assert!(left.is_empty());
    }
}
