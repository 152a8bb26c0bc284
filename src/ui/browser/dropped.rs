//! A folder dropped on a drop zone, walked to every file inside it (subfolders too).
//!
//! A file input takes dropped files by itself, but a dropped folder reaches it as one
//! unreadable entry; the browser's entries API (`webkitGetAsEntry`, in every current
//! browser) is the only way to its files. It answers through callbacks, folder by folder
//! and in batches, so the walk counts what is still pending and hands over the files
//! once the last answer is in.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{DragEvent, File, FileSystemDirectoryReader, FileSystemEntry};

type Then = Box<dyn FnOnce(Vec<File>)>;

struct Walk {
    files: RefCell<Vec<File>>,
    /// Entries and folder batches asked for and not yet answered.
    pending: Cell<usize>,
    then: RefCell<Option<Then>>,
}

/// When `event` drops at least one folder: takes the drop over (the input gets nothing)
/// and calls `then` with every file in it, in the order found; `false` otherwise (the
/// drop goes on to the input as usual).
pub fn folder_drop(event: &DragEvent, then: impl FnOnce(Vec<File>) + 'static) -> bool {
    let Some(items) = event.data_transfer().map(|d| d.items()) else {
        return false;
    };
    let entries: Vec<FileSystemEntry> = (0..items.length())
        .filter_map(|i| items.get(i)?.webkit_get_as_entry().ok().flatten())
        .collect();
    if !entries.iter().any(FileSystemEntry::is_directory) {
        return false;
    }
    event.prevent_default();
    let walk = Rc::new(Walk {
        files: RefCell::default(),
        pending: Cell::new(0),
        then: RefCell::new(Some(Box::new(then))),
    });
    // Counted before any answer can come, so the walk cannot end early.
    walk.pending.set(entries.len());
    for entry in entries {
        visit(&walk, entry);
    }
    true
}

/// One entry, already counted as pending.
fn visit(walk: &Rc<Walk>, entry: FileSystemEntry) {
    if entry.is_directory() {
        let reader = entry
            .unchecked_into::<web_sys::FileSystemDirectoryEntry>()
            .create_reader();
        return read_batch(walk, reader);
    }
    if !entry.is_file() {
        return answered(walk);
    }
    let (found, failed) = (Rc::clone(walk), Rc::clone(walk));
    let ok = Closure::once_into_js(move |file: JsValue| {
        if let Ok(file) = file.dyn_into::<File>() {
            found.files.borrow_mut().push(file);
        }
        answered(&found);
    });
    // An unreadable file is left out; the import names only what it was given.
    let err = Closure::once_into_js(move |_: JsValue| answered(&failed));
    entry
        .unchecked_into::<web_sys::FileSystemFileEntry>()
        .file_with_callback_and_callback(ok.unchecked_ref(), err.unchecked_ref());
}

/// The next batch of a folder's entries; an empty batch ends the folder.
fn read_batch(walk: &Rc<Walk>, reader: FileSystemDirectoryReader) {
    let (found, failed) = (Rc::clone(walk), Rc::clone(walk));
    let next = reader.clone();
    let ok = Closure::once_into_js(move |batch: JsValue| {
        let batch: js_sys::Array = batch.dyn_into().unwrap_or_default();
        if batch.length() == 0 {
            return answered(&found);
        }
        found
            .pending
            .set(found.pending.get() + batch.length() as usize);
        for entry in batch.iter() {
            visit(&found, entry.unchecked_into());
        }
        read_batch(&found, next);
    });
    let err = Closure::once_into_js(move |_: JsValue| answered(&failed));
    if reader
        .read_entries_with_callback_and_callback(ok.unchecked_ref(), err.unchecked_ref())
        .is_err()
    {
        answered(walk);
    }
}

/// One pending answer is in; after the last, the files go on.
fn answered(walk: &Rc<Walk>) {
    let left = walk.pending.get().saturating_sub(1);
    walk.pending.set(left);
    if left == 0 {
        let files = walk.files.take();
        if let Some(then) = walk.then.borrow_mut().take() {
            then(files);
        }
    }
}
