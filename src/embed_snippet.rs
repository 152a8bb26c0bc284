//! The embed page's (`#/embed`, "Sematkan") options and what they make: the snippet a
//! webmaster pastes (a `[data-cermat]` element and web/embed.js, docs/embedding.md) and
//! the address of the live preview. Pure, so every option's check is tested natively;
//! the page only shows the options, the problems and the snippet.

use crate::model::Lang;

/// Where the frame starts (`data-start`), with the route each opens.
pub const STARTS: [(&str, &str); 6] = [
    ("landing", "#/"),
    ("profile", "#/profile"),
    ("scv", "#/assess/scv/1"),
    ("ereadiness", "#/assess/ereadiness/1"),
    ("stage", "#/assess/stage/1"),
    ("results", "#/results"),
];

/// One option of the embed page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmbedField {
    Lang,
    Start,
    Accent,
    ShareBase,
    EventsOrigin,
}

/// The options as typed; empty means "not set".
#[derive(Clone, Debug, PartialEq, Default)]
pub struct EmbedOptions {
    /// `id`, `en`, or empty for the visitor's own language.
    pub lang: String,
    pub start: String,
    pub accent: String,
    pub share_base: String,
    pub events_origin: String,
}

/// Why an option cannot be used, in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmbedProblem {
    /// Not `#rgb` or `#rrggbb`.
    AccentNotAColour,
    /// White text on it would be under 4.5:1; the app would ignore it.
    AccentTooLight,
    /// Not an `http(s)://` address.
    ShareBaseNotAnAddress,
    /// Not `scheme://host[:port]` alone.
    EventsNotAnOrigin,
}

impl EmbedProblem {
    pub fn field(self) -> EmbedField {
        match self {
            EmbedProblem::AccentNotAColour | EmbedProblem::AccentTooLight => EmbedField::Accent,
            EmbedProblem::ShareBaseNotAnAddress => EmbedField::ShareBase,
            EmbedProblem::EventsNotAnOrigin => EmbedField::EventsOrigin,
        }
    }

    pub fn message(self, lang: Lang) -> &'static str {
        let (id, en) = match self {
            EmbedProblem::AccentNotAColour => (
                "Warna aksen ditulis sebagai #rgb atau #rrggbb, misalnya #0b5f74.",
                "Write the accent colour as #rgb or #rrggbb, for example #0b5f74.",
            ),
            EmbedProblem::AccentTooLight => (
                "Warna ini terlalu terang: teks putih di atasnya sulit dibaca (kontras di bawah 4,5:1), jadi Cermat akan memakai warnanya sendiri. Pilih warna yang lebih gelap.",
                "This colour is too light: white text on it is hard to read (contrast under 4.5:1), so Cermat would use its own. Choose a darker colour.",
            ),
            EmbedProblem::ShareBaseNotAnAddress => (
                "Alamat halaman portal harus lengkap, diawali https:// (atau http://).",
                "The portal page's address must be complete, starting with https:// (or http://).",
            ),
            EmbedProblem::EventsNotAnOrigin => (
                "Asal (origin) ditulis sebagai skema dan host saja, tanpa jalur, misalnya https://diskominfo.contoh.go.id.",
                "Write the origin as scheme and host only, with no path, for example https://diskominfo.example.go.id.",
            ),
        };
        match lang {
            Lang::Id => id,
            Lang::En => en,
        }
    }
}

impl EmbedOptions {
    pub fn set(&mut self, field: EmbedField, value: &str) {
        let value = value.trim().to_string();
        match field {
            EmbedField::Lang => self.lang = value,
            EmbedField::Start => self.start = value,
            EmbedField::Accent => self.accent = value,
            EmbedField::ShareBase => self.share_base = value,
            EmbedField::EventsOrigin => self.events_origin = value,
        }
    }

    /// Every problem of the options, in field order.
    pub fn problems(&self) -> Vec<EmbedProblem> {
        let mut out = Vec::new();
        if !self.accent.is_empty() {
            match hex_colour(&self.accent) {
                None => out.push(EmbedProblem::AccentNotAColour),
                Some(rgb) if contrast_with_white(rgb) < 4.5 => {
                    out.push(EmbedProblem::AccentTooLight)
                }
                Some(_) => {}
            }
        }
        if !self.share_base.is_empty() && !is_web_address(&self.share_base) {
            out.push(EmbedProblem::ShareBaseNotAnAddress);
        }
        if !self.events_origin.is_empty() && !is_origin(&self.events_origin) {
            out.push(EmbedProblem::EventsNotAnOrigin);
        }
        out
    }

    /// The `data-` attributes set, in a stable order; options with a problem are left out.
    fn attributes(&self) -> Vec<(&'static str, &str)> {
        let problems = self.problems();
        let fine = |field: EmbedField| !problems.iter().any(|p| p.field() == field);
        let mut out = Vec::new();
        if matches!(self.lang.as_str(), "id" | "en") {
            out.push(("data-lang", self.lang.as_str()));
        }
        if STARTS.iter().any(|(key, _)| *key == self.start) {
            out.push(("data-start", self.start.as_str()));
        }
        if !self.accent.is_empty() && fine(EmbedField::Accent) {
            out.push(("data-accent", self.accent.as_str()));
        }
        if !self.share_base.is_empty() && fine(EmbedField::ShareBase) {
            out.push(("data-share-base", self.share_base.as_str()));
        }
        if !self.events_origin.is_empty() && fine(EmbedField::EventsOrigin) {
            out.push(("data-events-origin", self.events_origin.as_str()));
        }
        out
    }

    /// The snippet to paste, for the app served at `app_page` (its address without query
    /// or fragment; embed.js lies beside index.html).
    pub fn snippet(&self, app_page: &str) -> String {
        let mut element = String::from("<div data-cermat");
        for (name, value) in self.attributes() {
            element.push_str(&format!(" {name}=\"{}\"", attribute(value)));
        }
        element.push_str("></div>");
        let script = format!(
            "<script src=\"{}\" async></script>",
            attribute(&sibling(app_page, "embed.js"))
        );
        [element, script].join("\n")
    }

    /// The preview's address: the app in embed mode as embed.js would open it, on
    /// `app_page`, inside a page of `host_origin`.
    pub fn preview_src(&self, app_page: &str, host_origin: &str) -> String {
        let mut query = vec![
            ("embed", "1".to_string()),
            ("host", host_origin.to_string()),
        ];
        for (name, value) in self.attributes() {
            let key = match name {
                "data-lang" => "lang",
                "data-accent" => "accent",
                "data-share-base" => "share",
                _ => continue,
            };
            query.push((key, value.to_string()));
        }
        let query: Vec<String> = query
            .into_iter()
            .map(|(k, v)| [k, "=", &percent_encode(&v)].concat())
            .collect();
        let route = STARTS
            .iter()
            .find(|(key, _)| *key == self.start)
            .map_or("#/", |(_, route)| route);
        [&sibling(app_page, ""), "?", &query.join("&"), route].concat()
    }
}

/// `name` in the same folder as `page`.
fn sibling(page: &str, name: &str) -> String {
    let page = page.split(['?', '#']).next().unwrap_or_default();
    let folder = page.rfind('/').map_or(page, |at| &page[..=at]);
    [folder, name].concat()
}

/// `#rgb` or `#rrggbb` as red, green and blue.
fn hex_colour(text: &str) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |i: usize| u8::from_str_radix(&hex[i..i + 1], 16).ok();
    match hex.len() {
        3 => Some([digit(0)? * 17, digit(1)? * 17, digit(2)? * 17]),
        6 => Some([
            u8::from_str_radix(&hex[0..2], 16).ok()?,
            u8::from_str_radix(&hex[2..4], 16).ok()?,
            u8::from_str_radix(&hex[4..6], 16).ok()?,
        ]),
        _ => None,
    }
}

/// WCAG contrast of white text on `rgb` (the rule web/frame.js applies).
fn contrast_with_white(rgb: [u8; 3]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    1.05 / (l + 0.05)
}

fn host_part(text: &str) -> Option<&str> {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#']).next()?;
    let ok = !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'));
    ok.then_some(host)
}

fn is_web_address(text: &str) -> bool {
    host_part(text).is_some() && !text.chars().any(char::is_whitespace)
}

fn is_origin(text: &str) -> bool {
    host_part(text).is_some_and(|host| text.ends_with(host))
}

/// Text for a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

fn percent_encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(pairs: &[(EmbedField, &str)]) -> EmbedOptions {
        let mut o = EmbedOptions::default();
        for (field, value) in pairs {
            o.set(*field, value);
        }
        o
    }

    #[test]
    fn the_snippet_is_the_documented_one() {
        let o = options(&[(EmbedField::Lang, "id"), (EmbedField::Start, "stage")]);
        assert_eq!(
            o.snippet("https://x.go.id/apps/cermat/"),
            "<div data-cermat data-lang=\"id\" data-start=\"stage\"></div>\n<script src=\"https://x.go.id/apps/cermat/embed.js\" async></script>"
        );
        // From index.html itself, or with a query, embed.js is still its sibling.
        assert!(o
            .snippet("https://x.go.id/c/index.html")
            .contains("\"https://x.go.id/c/embed.js\""));
    }

    #[test]
    fn every_option_goes_in_when_it_is_right() {
        let o = options(&[
            (EmbedField::Accent, "#7a1f5c"),
            (EmbedField::ShareBase, "https://portal.go.id/penilaian?x=1"),
            (EmbedField::EventsOrigin, "https://portal.go.id"),
        ]);
        assert_eq!(o.problems(), []);
        let s = o.snippet("https://x.go.id/");
        assert!(s.contains(" data-accent=\"#7a1f5c\""));
        assert!(s.contains(" data-share-base=\"https://portal.go.id/penilaian?x=1\""));
        assert!(s.contains(" data-events-origin=\"https://portal.go.id\""));
    }

    #[test]
    fn wrong_options_are_named_and_left_out() {
        let o = options(&[
            (EmbedField::Accent, "teal"),
            (EmbedField::ShareBase, "portal.go.id/page"),
            (EmbedField::EventsOrigin, "https://portal.go.id/page"),
            (EmbedField::Lang, "fr"),
            (EmbedField::Start, "nowhere"),
        ]);
        assert_eq!(
            o.problems(),
            [
                EmbedProblem::AccentNotAColour,
                EmbedProblem::ShareBaseNotAnAddress,
                EmbedProblem::EventsNotAnOrigin
            ]
        );
        assert_eq!(
            o.snippet("https://x.go.id/").lines().next(),
            Some("<div data-cermat></div>")
        );
        assert_eq!(
            options(&[(EmbedField::Accent, "#ffee00")]).problems(),
            [EmbedProblem::AccentTooLight]
        );
        assert_eq!(options(&[(EmbedField::Accent, "#0b5f74")]).problems(), []);
        assert_eq!(
            options(&[(EmbedField::Accent, "#fff")]).problems(),
            [EmbedProblem::AccentTooLight]
        );
        for p in o.problems() {
            assert_ne!(p.message(Lang::Id), p.message(Lang::En));
        }
    }

    #[test]
    fn markup_in_an_option_cannot_break_out_of_its_attribute() {
        let o = options(&[(EmbedField::ShareBase, "https://a.go.id/\"><script>")]);
        let s = o.snippet("https://x.go.id/");
        assert!(
            s.contains(" data-share-base=\"https://a.go.id/&quot;>&lt;script>\""),
            "{s}"
        );
    }

    #[test]
    fn the_preview_opens_embed_mode_where_it_starts() {
        let o = options(&[
            (EmbedField::Start, "scv"),
            (EmbedField::Lang, "en"),
            (EmbedField::Accent, "#7a1f5c"),
        ]);
        assert_eq!(
            o.preview_src("https://x.go.id/c/#/embed", "https://x.go.id"),
            "https://x.go.id/c/?embed=1&host=https%3A%2F%2Fx.go.id&lang=en&accent=%237a1f5c#/assess/scv/1"
        );
    }
}
