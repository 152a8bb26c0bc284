//! Why a result link could not be opened, told to the user in their language.

use crate::model::{Lang, Text};

/// Every way `decode` can refuse a code. Each has a message in both languages that
/// tells the user what happened and what to do; none of them is a panic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Nothing after `#/r/`.
    Empty,
    /// Longer than any code Cermat makes (`len` characters, `max` allowed).
    TooLong { len: usize, max: usize },
    /// The first character names a format version this build does not know: a link
    /// from a newer Cermat, or not a Cermat link at all.
    UnknownVersion(char),
    /// A character outside base64url at this 1-based position of the code; links
    /// pasted through some apps gain spaces or lose characters.
    InvalidCharacter { position: usize },
    /// The code ends before the assessment does: the link was cut when copied.
    Truncated,
    /// The integrity check failed or a field holds an impossible value.
    Corrupted,
    /// A profile field is longer than Cermat allows (`max` characters).
    FieldTooLong { max: usize },
    /// A profile field is not valid UTF-8 text.
    InvalidText,
    /// A v3 link's survey claims more respondents than a link carries (`max`).
    TooManyRespondents { max: u32 },
    /// A v3 link's survey has an item or criterion whose answers add up to more than its
    /// respondents.
    InconsistentSurvey,
}

impl ShareError {
    pub fn message(&self, lang: Lang) -> String {
        self.text().get(lang).to_string()
    }

    // Static texts, no numbers spliced in: the counts and positions help no user, and
    // formatting them costs bytes in the first page load.
    fn text(&self) -> Text {
        match self {
            ShareError::Empty => Text::new(
                "Tautan hasil kosong: tidak ada kode penilaian di dalamnya.",
                "The result link is empty: it holds no assessment code.",
            ),
            ShareError::TooLong { .. } => Text::new(
                "Tautan hasil terlalu panjang. Tautan ini bukan buatan Cermat atau telah diubah.",
                "The result link is too long. It was not made by Cermat or has been altered.",
            ),
            ShareError::UnknownVersion(_) => Text::new(
                "Tautan ini memakai versi format yang tidak dikenal halaman ini. Muat ulang \
                 halaman untuk memakai Cermat terbaru, atau minta tautan baru kepada pengirimnya.",
                "This link uses a format version this page does not know. Reload the page to \
                 get the latest Cermat, or ask the sender for a new link.",
            ),
            ShareError::InvalidCharacter { .. } => Text::new(
                "Tautan hasil berisi karakter yang tidak sah; mungkin berubah saat disalin. \
                 Salin ulang seluruh tautan.",
                "The result link contains an invalid character; it may have changed while \
                 being copied. Copy the whole link again.",
            ),
            ShareError::Truncated => Text::new(
                "Tautan hasil terpotong: bagian akhirnya hilang. Salin ulang seluruh tautan \
                 dari pengirimnya.",
                "The result link is cut off: its end is missing. Copy the whole link from the \
                 sender again.",
            ),
            ShareError::Corrupted => Text::new(
                "Tautan hasil rusak: isinya tidak lolos pemeriksaan keutuhan. Minta tautan \
                 baru kepada pengirimnya.",
                "The result link is damaged: its content failed the integrity check. Ask the \
                 sender for a new link.",
            ),
            ShareError::FieldTooLong { .. } => Text::new(
                "Tautan hasil memuat isian profil yang terlalu panjang; tautan ini bukan buatan \
                 Cermat.",
                "The result link holds a profile field that is too long; it was not made by \
                 Cermat.",
            ),
            ShareError::InvalidText => Text::new(
                "Tautan hasil memuat teks profil yang tidak sah (bukan UTF-8). Minta tautan \
                 baru kepada pengirimnya.",
                "The result link holds profile text that is not valid (not UTF-8). Ask the \
                 sender for a new link.",
            ),
            // One message for both: only a link not made by Cermat has either fault.
            ShareError::TooManyRespondents { .. } | ShareError::InconsistentSurvey => Text::new(
                "Angka survei pada tautan hasil tidak mungkin; tautan ini bukan buatan Cermat \
                 atau telah diubah.",
                "The result link's survey figures are impossible; it was not made by Cermat \
                 or has been altered.",
            ),
        }
    }
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for ShareError {}
