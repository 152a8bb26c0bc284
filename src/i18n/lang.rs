//! Which language to start in, and keeping `?lang=` in the address consistent.

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

/// The starting language: an explicit `?lang=` wins (a link someone sent on purpose),
/// then the user's remembered choice, then the browser's languages in order, then
/// Indonesian, the language of the primary audience.
pub fn pick_lang(search: &str, saved: Option<&str>, browser: &[String]) -> Lang {
    lang_from_query(search)
        .or_else(|| saved.and_then(Lang::from_tag))
        .or_else(|| browser.iter().find_map(|tag| Lang::from_tag(tag)))
        .unwrap_or_default()
}

/// The query string with its `lang` parameter set to `lang`, or `None` when the query
/// has no `lang` parameter (then there is nothing that could contradict the choice).
/// Other parameters are kept in their order.
pub fn with_lang_query(search: &str, lang: Lang) -> Option<String> {
    let query = search.strip_prefix('?').unwrap_or(search);
    let mut found = false;
    let parts: Vec<String> = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            if pair.split('=').next() == Some("lang") {
                found = true;
                let mut p = String::from("lang=");
                p.push_str(lang.code());
                p
            } else {
                pair.to_string()
            }
        })
        .collect();
    found.then(|| {
        let mut out = String::from("?");
        out.push_str(&parts.join("&"));
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn query_wins_then_saved_then_browser_then_indonesian() {
        let en_browser = langs(&["en-US", "en"]);
        assert_eq!(pick_lang("?lang=id", Some("en"), &en_browser), Lang::Id);
        assert_eq!(pick_lang("?lang=en", None, &[]), Lang::En);
        assert_eq!(pick_lang("", Some("id"), &en_browser), Lang::Id);
        assert_eq!(pick_lang("", None, &en_browser), Lang::En);
        assert_eq!(pick_lang("", None, &langs(&["fr-FR", "id-ID"])), Lang::Id);
        assert_eq!(pick_lang("", None, &langs(&["fr-FR", "de"])), Lang::Id);
        assert_eq!(pick_lang("", None, &[]), Lang::Id);
    }

    #[test]
    fn junk_is_ignored() {
        assert_eq!(pick_lang("?lang=xx", Some("garbage"), &langs(&["en"])), Lang::En);
        assert_eq!(lang_from_query("?x=1&lang=EN"), Some(Lang::En));
        assert_eq!(lang_from_query("?language=en"), None);
        assert_eq!(lang_from_query("?lang"), None);
        assert_eq!(lang_from_query("&&=&lang="), None);
        assert_eq!(lang_from_query(""), None);
    }

    #[test]
    fn query_is_rewritten_only_when_it_names_a_language() {
        assert_eq!(with_lang_query("?lang=en", Lang::Id).as_deref(), Some("?lang=id"));
        assert_eq!(with_lang_query("?a=1&lang=id&b=2", Lang::En).as_deref(), Some("?a=1&lang=en&b=2"));
        assert_eq!(with_lang_query("?a=1", Lang::En), None);
        assert_eq!(with_lang_query("", Lang::En), None);
    }
}
