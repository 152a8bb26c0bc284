//! The workspace's work in the tools worker (issue 10): listing its assessments with
//! their figures, importing many files at once, the workspace file, and the comparison
//! of them all as CSV. Hundreds of assessments are decoded and scored here, off the main
//! thread; the page only reads the rows.

use super::records::{decode_saves, ImportReply, SaveRecord};
use crate::compare::{compare, comparison_csv, Labeled};
use crate::model::{Assessment, Lang};
use crate::store::Saved;
use crate::{share, workspace};

/// The rows of the workspace page (`workspace::encode_rows`) after the listing's number:
/// `<n>\n<saves>` in, `<n>\n<rows>` out, so the page can drop a reply to an older one.
pub fn list(payload: &str) -> String {
    let (n, saves) = payload.split_once('\n').unwrap_or((payload, ""));
    let saves: Vec<(String, String, String)> = decode_saves(saves)
        .into_iter()
        .map(|s| (s.id, s.name, s.save))
        .collect();
    [n, "\n", &workspace::encode_rows(&workspace::list(&saves))].concat()
}

/// The workspace file: every assessment with the name the user gave it (empty for none:
/// read back, it is labelled from its profile again, in the reader's language).
/// Each save may carry its website inventory (`websites::attach`).
pub fn export(saves: &str) -> String {
    let named: Vec<workspace::Entry> = decode_saves(saves)
        .into_iter()
        .map(|SaveRecord { name, save, .. }| {
            let (save, websites) = crate::websites::detach(&save);
            (name, assessment_of(&save), websites)
        })
        .collect();
    workspace::workspace_json_with_websites(&named)
}

/// The comparison of every assessment as CSV, one row each, in the workspace's order.
pub fn comparison(saves: &str, lang: Lang) -> String {
    let labeled: Vec<Labeled> = labeled(saves)
        .into_iter()
        .map(|(label, a)| Labeled::new(label, a))
        .collect();
    comparison_csv(&compare(&labeled), lang)
}

/// Every file read (`workspace::import_files`), each assessment as a save stamped `now`
/// (ms) with its share code, so the page can write it as it is and leave out one the
/// workspace already holds.
pub fn import(files: &[(String, Vec<u8>)], lang: Lang, now: u64) -> String {
    let imported = workspace::import_files(files, lang);
    ImportReply {
        added: imported
            .assessments
            .into_iter()
            .map(|i| {
                let save = Saved::default().record(&i.assessment, now).encode();
                let save = crate::websites::attach(&save, &i.websites);
                (i.name, i.file, save, share::encode(&i.assessment))
            })
            .collect(),
        failed: imported.failures,
    }
    .encode()
}

/// Each save's label and assessment; a damaged save gives what can be read of it.
fn labeled(saves: &str) -> Vec<(String, Assessment)> {
    decode_saves(saves)
        .into_iter()
        .map(|SaveRecord { name, save, .. }| {
            let assessment = assessment_of(&save);
            (workspace::label(&name, &assessment), assessment)
        })
        .collect()
}

/// A save's assessment; what can be read of a damaged one.
fn assessment_of(save: &str) -> Assessment {
    let saved = Saved::decode(save).unwrap_or_else(|_| Saved::decode_lenient(save));
    saved.assessment()
}
