//! index.html's app shell: the landing page is static HTML there (both languages), so
//! that it can be read and Start used before the WebAssembly has arrived. What it says
//! about the instruments must follow the content, its inline script must use the app's
//! storage keys and know a blank autosave, and every text must come in both languages.

use cermat::content;
use cermat::model::{Assessment, InstrumentId};
use cermat::route::Section;
use cermat::share;
use cermat::state::section_progress;

fn index_html() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html")).expect("index.html")
}

fn total(section: Section) -> usize {
    section_progress(&Assessment::default(), section).total
}

fn assert_has(html: &str, text: &str) {
    assert!(html.contains(text), "index.html should say {text:?}");
}

#[test]
fn the_landing_follows_the_content() {
    let html = index_html();
    for id in [InstrumentId::Scv, InstrumentId::Ereadiness] {
        let i = content::likert(id);
        let n = total(if id == InstrumentId::Scv {
            Section::Scv
        } else {
            Section::Ereadiness
        });
        assert_has(&html, i.name.id);
        assert_has(&html, i.name.en);
        assert_has(&html, &format!("Sumber: {}<", i.source.id));
        assert_has(&html, &format!("Source: {}<", i.source.en));
        assert_has(&html, &format!(">{n} pernyataan<"));
        assert_has(&html, &format!(">{n} statements<"));
    }
    let stages = content::stages();
    let criteria = total(Section::Stage);
    assert_has(&html, stages.name.id);
    assert_has(&html, stages.name.en);
    assert_has(&html, &format!("Sumber: {}<", stages.source.id));
    assert_has(&html, &format!("Source: {}<", stages.source.en));
    assert_has(&html, &format!(">{criteria} kriteria<"));
    assert_has(&html, &format!(">{criteria} checks<"));

    let statements = total(Section::Scv) + total(Section::Ereadiness);
    assert_has(
        &html,
        &format!("untuk {statements} pernyataan dan {criteria} kriteria."),
    );
    assert_has(
        &html,
        &format!("for {statements} statements and {criteria} checks."),
    );
    let items = statements + criteria;
    assert_has(&html, &format!("dari {items} butir sudah dijawab."));
    assert_has(&html, &format!("of {items} items answered."));
}

/// A string constant of src/ui/browser/storage.rs, read as text.
fn storage_key(name: &str) -> String {
    let src = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/ui/browser/storage.rs"
    ))
    .expect("src/ui/browser/storage.rs");
    let decl = format!("pub const {name}: &str = \"");
    let start = src
        .find(&decl)
        .unwrap_or_else(|| panic!("{name} in storage.rs"))
        + decl.len();
    let len = src[start..].find('"').expect("closing quote");
    src[start..start + len].to_string()
}

fn boot_js() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/web/boot.js"))
        .expect("web/boot.js")
}

#[test]
fn the_boot_script_knows_the_app_storage() {
    let html = boot_js();
    for key in ["LANG_KEY", "SAVE_KEY", "LEGACY_KEY"] {
        assert_has(&html, &format!("'{}'", storage_key(key)));
    }
    // The workspace: which assessment this tab opens (src/store/keys.rs).
    use cermat::store::keys;
    assert_eq!(storage_key("SAVE_KEY"), keys::FIRST_SAVE);
    assert_has(&html, &format!("'{}'", keys::CURRENT));
    assert_has(&html, "'data-save'");
    // Saved work is shown when the save has an entry with a value (see store::Saved),
    // or an earlier version's holds anything but a blank assessment.
    let mut a = Assessment::default();
    let blank = cermat::store::Saved::default().record(&a, 1).encode();
    a.profile.unit = "Diskominfo".into();
    let unit = cermat::store::Saved::default().record(&a, 1).encode();
    let entry_with_value = |text: &str| {
        text.lines()
            .any(|l| l.split('\t').nth(2).is_some_and(|v| !v.is_empty()))
    };
    assert!(!entry_with_value(&blank) && entry_with_value(&unit));
    assert_has(&html, r#"/^\d+\t[^\t\n]*\t[^\n]/m"#);
    assert_has(
        &html,
        &format!("'{}'", share::encode(&Assessment::default())),
    );
    let html = index_html();
    assert_has(&html, "<script src=\"web/boot.js\"></script>");
    // The Start link works without the app, and leads where the app's Start always has.
    assert_has(
        &html,
        "class=\"button button-primary start\" href=\"#/profile\" data-testid=\"start\"",
    );
}

/// `(lang, text)` of each element marked `lang="id"` or `lang="en"` in the body, outside
/// `<noscript>` and the start-failure message (which show both languages together), in
/// document order.
fn language_texts(html: &str) -> Vec<(String, String)> {
    let mut body = html[html.find("<body>").expect("<body>")..].to_string();
    let open = body
        .find("<div id=\"boot-failure\"")
        .expect("the start-failure message");
    let close = body[open..].find("</div>").expect("its end") + open;
    body.replace_range(open..close + "</div>".len(), "");
    while let Some(open) = body.find("<noscript>") {
        let close = body[open..].find("</noscript>").expect("</noscript>") + open;
        body.replace_range(open..close + "</noscript>".len(), "");
    }
    let mut out = Vec::new();
    let mut rest = body.as_str();
    while let Some(at) = rest.find(" lang=\"") {
        let after = &rest[at + 7..];
        let lang = after[..2].to_string();
        let open_end = after.find('>').expect("tag end") + 1;
        let close = after[open_end..].find("</").expect("closing tag");
        out.push((lang, after[open_end..open_end + close].to_string()));
        rest = &after[open_end + close..];
    }
    out
}

#[test]
fn every_shell_text_comes_in_both_languages() {
    let html = index_html();
    let texts = language_texts(&html);
    assert!(texts.len() > 30, "found {} texts", texts.len());
    assert_eq!(texts.len() % 2, 0, "an unpaired text: {texts:?}");
    for pair in texts.chunks(2) {
        let [(l1, id), (l2, en)] = pair else {
            unreachable!()
        };
        assert_eq!((l1.as_str(), l2.as_str()), ("id", "en"), "{pair:?}");
        assert!(!id.trim().is_empty() && !en.trim().is_empty(), "{pair:?}");
        assert!(
            !id.contains('<') && !en.contains('<'),
            "nested markup: {pair:?}"
        );
        assert_ne!(id, en, "untranslated: {pair:?}");
    }
}

/// The start-failure message says each reason in Indonesian, then in English, and web/boot.js
/// and the stylesheet know every reason it has.
#[test]
fn the_start_failure_message_has_both_languages_for_each_reason() {
    let html = index_html();
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/styles/main.css"))
        .expect("main.css");
    let boot = boot_js();
    let mut reasons = 0;
    for part in html.split("<p data-reason=\"").skip(1) {
        let reason = &part[..part.find('"').expect("reason")];
        let text = &part[..part.find("</p>").expect("</p>")];
        let (id, en) = text
            .split_once("<span lang=\"en\">")
            .expect("an English part");
        assert!(id.len() > 60 && en.len() > 60, "{reason}: {text}");
        assert_ne!(id, en);
        if reason != "general" {
            assert_has(&boot, &format!("fail('{reason}')"));
            assert!(
                css.contains(&format!(
                    "html[data-failure=\"{reason}\"] [data-reason=\"{reason}\"]"
                )),
                "{reason} in main.css"
            );
        }
        reasons += 1;
    }
    assert_eq!(reasons, 4);
}
