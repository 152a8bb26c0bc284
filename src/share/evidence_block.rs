//! The evidence block of a v4 code (issue 11: "a link that includes the notes"): the
//! notes and documents of every indicator and criterion as a save's text
//! (`store::Saved`, its entries `note:<id>` and `refs:<id>`), UTF-8, after a 24-bit byte
//! length. Read back by the save's own reader, which the first load already carries, so
//! a link's evidence obeys the form's rules (lengths, known ids) and costs the first load
//! almost nothing; any entry of the block that is not evidence is ignored.

use super::bits::{BitReader, BitWriter};
use super::ShareError;
use crate::model::{Evidence, ItemMap};
use crate::store::{evidence_entries, Saved};

/// Bits of the block's byte length.
const LENGTH_BITS: u32 = 24;

/// The block's text: a save holding every non-empty evidence entry, stamped 0.
pub fn text(evidence: &ItemMap<Evidence>) -> String {
    let mut entries = litemap::LiteMap::new();
    for (id, e) in evidence.iter() {
        for (key, value) in evidence_entries(id, e) {
            if !value.trim().is_empty() {
                entries.insert(key, value);
            }
        }
    }
    Saved::default().record_entries(&entries, 0).encode()
}

pub fn write(w: &mut BitWriter, text: &str) {
    super::v1::write_text(w, text, LENGTH_BITS);
}

/// The evidence of a block; a block that is not a whole save is a damaged code. Read as
/// the profile's texts are (one reader in the first load), its only limit the code's.
pub fn read(r: &mut BitReader) -> Result<ItemMap<Evidence>, ShareError> {
    let (max, bits) = (super::MAX_CODE_LEN, LENGTH_BITS);
    let text = super::v1::read_text(r, bits, max, max)?;
    let held = crate::store::from_exact(&text).map_err(|_| ShareError::Corrupted)?;
    Ok(held.evidence)
}
