use std::collections::BTreeMap;

/// The two languages of the app. Indonesian first: it is the primary audience.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// Parses `id`, `en`, and browser tags such as `en-US` or `id-ID`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "id" | "in" => Some(Lang::Id), // "in" is the legacy ISO code some phones still send
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A string in both languages. Content must always carry both; tests check it.
///
/// Content texts (the instruments' statements and names, stage and band names: the statics
/// of `crate::content`) are written with `Text::content`. In the first-load app, built with
/// the `lean-content` feature, those carry no English (`en` is empty, and the literal is
/// not in its WebAssembly): `get(Lang::En)` reads it from the guidance file
/// (`content::Guidance`, installed by `set_content_english`), and shows the Indonesian
/// until that has arrived. Every other build has both languages compiled in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    pub id: &'static str,
    pub en: &'static str,
}

/// The English of content texts by their Indonesian, as the guidance file carries it (its
/// `t` records): the first-load app's only source of that English.
pub type ContentEnglish = BTreeMap<&'static str, Text>;

/// The content English the first-load app has read, once (`set_content_english`).
#[cfg(feature = "lean-content")]
static CONTENT_ENGLISH: std::sync::OnceLock<ContentEnglish> = std::sync::OnceLock::new();

/// Hands the content English read from the guidance file to every `Text::get`; from
/// the next render on, content shows in English. Only the first call counts.
#[cfg(feature = "lean-content")]
pub fn set_content_english(english: ContentEnglish) {
    let _ = CONTENT_ENGLISH.set(english);
}

impl Text {
    pub const fn new(id: &'static str, en: &'static str) -> Self {
        Text { id, en }
    }

    /// A text of the content (`crate::content`'s statics). With the `lean-content` feature
    /// the English is dropped at compile time (the static holds `""`, so the literal never
    /// reaches the binary) and `get` looks it up instead.
    #[cfg(not(feature = "lean-content"))]
    pub const fn content(id: &'static str, en: &'static str) -> Self {
        Text { id, en }
    }

    /// A text of the content, its English left out (see above).
    #[cfg(feature = "lean-content")]
    pub const fn content(id: &'static str, _en: &'static str) -> Self {
        Text { id, en: "" }
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Id => self.id,
            #[cfg(not(feature = "lean-content"))]
            Lang::En => self.en,
            #[cfg(feature = "lean-content")]
            Lang::En => self.english_from(CONTENT_ENGLISH.get()),
        }
    }

    /// The English: its own, else `english`'s for its Indonesian, else (not arrived yet,
    /// or unknown) the Indonesian, never an empty string for a text that has one. What
    /// `get(Lang::En)` does in a `lean-content` build.
    pub fn english_from(&self, english: Option<&ContentEnglish>) -> &'static str {
        if !self.en.is_empty() {
            return self.en;
        }
        english
            .and_then(|e| e.get(self.id))
            .map_or(self.id, |t| t.en)
    }
}

impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("Text", 2)?;
        s.serialize_field("id", self.id)?;
        s.serialize_field("en", self.get(Lang::En))?;
        s.end()
    }
}
