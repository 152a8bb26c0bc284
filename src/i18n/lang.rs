//! Which language to start in.

use crate::model::Lang;

/// The `lang` parameter of a query string (`?lang=en&x=1`), if it names a known language.
pub fn lang_from_query(search: &str) -> Option<Lang> {
    let query = search.strip_prefix('?').unwrap_or(search);
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == "lang")
        .and_then(|(_, value)| Lang::from_tag(value))
}

/// The starting language: the user's own remembered choice (made with the language
/// buttons), then an explicit `?lang=` (the default a link asks for on a first visit),
/// then the browser's languages in order, then Indonesian, the language of the primary
/// audience. A remembered choice wins over the link so that a bookmarked `?lang=en`
/// page reloads in the language the user switched to, with no need to rewrite the URL.
pub fn pick_lang(search: &str, saved: Option<&str>, browser: &[String]) -> Lang {
    saved
        .and_then(Lang::from_tag)
        .or_else(|| lang_from_query(search))
        .or_else(|| browser.iter().find_map(|tag| Lang::from_tag(tag)))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn saved_then_query_then_browser_then_indonesian() {
        let en_browser = langs(&["en-US", "en"]);
        assert_eq!(pick_lang("?lang=id", Some("en"), &en_browser), Lang::En);
        assert_eq!(pick_lang("?lang=en", Some("id"), &[]), Lang::Id);
        assert_eq!(pick_lang("?lang=en", None, &langs(&["id-ID"])), Lang::En);
        assert_eq!(pick_lang("?lang=id", None, &en_browser), Lang::Id);
        assert_eq!(pick_lang("", None, &en_browser), Lang::En);
        assert_eq!(pick_lang("", None, &langs(&["fr-FR", "id-ID"])), Lang::Id);
        assert_eq!(pick_lang("", None, &langs(&["fr-FR", "de"])), Lang::Id);
        assert_eq!(pick_lang("", None, &[]), Lang::Id);
    }

    #[test]
    fn junk_is_ignored() {
        assert_eq!(
            pick_lang("?lang=xx", Some("garbage"), &langs(&["en"])),
            Lang::En
        );
        assert_eq!(lang_from_query("?x=1&lang=EN"), Some(Lang::En));
        assert_eq!(lang_from_query("?language=en"), None);
        assert_eq!(lang_from_query("?lang"), None);
        assert_eq!(lang_from_query("&&=&lang="), None);
        assert_eq!(lang_from_query(""), None);
    }
}
