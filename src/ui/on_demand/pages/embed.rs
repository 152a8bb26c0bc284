//! "Sematkan" (`#/embed`): the options of an embedded Cermat, what is wrong with any of
//! them, the snippet to paste (`crate::embed_snippet`, which builds and checks it) and a
//! live preview of the app in embed mode with those options.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::{card, notice_in, Ctx};
use crate::embed_snippet::{EmbedField, EmbedProblem, STARTS};
use crate::i18n::{panel, t, PanelStrings};
use crate::route::Section;
use crate::state::views::{Notice, NoticeKind, Slot, ViewsAction};
use crate::ui::browser::{dom, embed};
use crate::ui::components::section_name;

pub fn embed_page(ctx: &Ctx) -> Html {
    let (s, p) = (t(ctx.lang), panel(ctx.lang));
    let options = &ctx.state.embed;
    let page = embed::app_page();
    let snippet = options.snippet(&page);
    let origin = dom::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    let preview = options.preview_src(&page, &origin);
    let problems = options.problems();
    html! {
        <div class="page page-narrow embed-page" data-testid="embed">
            <h1 tabindex="-1">{ s.embed_title }</h1>
            <p class="lead">{ p.embed_intro }</p>
            <section class="card" aria-labelledby="h-embed-options">
                <h2 id="h-embed-options">{ p.embed_options }</h2>
                { choices(ctx, p) }
                { text_field(ctx, EmbedField::Accent, p.embed_accent, p.embed_accent_hint, "#0b5f74", &problems) }
                { text_field(ctx, EmbedField::ShareBase, p.embed_share, p.embed_share_hint, "https://diskominfo.contoh.go.id/penilaian", &problems) }
                { text_field(ctx, EmbedField::EventsOrigin, p.embed_events, p.embed_events_hint, "https://diskominfo.contoh.go.id", &problems) }
            </section>
            { code_card(ctx, p, snippet) }
            <section class="card" aria-labelledby="h-embed-preview">
                <h2 id="h-embed-preview">{ p.embed_preview }</h2>
                <p class="hint">{ p.embed_preview_note }</p>
                <iframe class="embed-preview" src={preview} title={p.embed_preview} loading="lazy"
                    allow="clipboard-write; web-share" data-testid="embed-preview"></iframe>
            </section>
        </div>
    }
}

/// Language and start page: choices, never wrong.
fn choices(ctx: &Ctx, p: &'static PanelStrings) -> Html {
    let s = t(ctx.lang);
    let options = &ctx.state.embed;
    let langs = [
        ("", p.embed_lang_visitor),
        ("id", "Bahasa Indonesia"),
        ("en", "English"),
    ];
    let start_label = |key: &str| match key {
        "landing" => p.embed_start_landing,
        "profile" => p.embed_start_profile,
        "results" => p.embed_start_results,
        key => {
            Section::from_key(key).map_or(s.nav_assess, |section| section_name(section, ctx.lang))
        }
    };
    let starts: Vec<(&str, &str)> = STARTS
        .iter()
        .map(|(key, _)| (*key, start_label(key)))
        .collect();
    html! {
        <>
            { select(ctx, EmbedField::Lang, p.embed_lang, &langs, &options.lang) }
            { select(ctx, EmbedField::Start, p.embed_start, &starts, &options.start) }
        </>
    }
}

fn select(
    ctx: &Ctx,
    field: EmbedField,
    label: &'static str,
    choices: &[(&str, &str)],
    current: &str,
) -> Html {
    let id = field_id(field);
    let on_action = ctx.on_action.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
            on_action.emit(ViewsAction::SetEmbed(field, select.value()));
        }
    });
    html! {
        <p class="field">
            <label for={id}>{ label }</label>
            <select id={id} data-testid={id} {onchange}>
                { for choices.iter().map(|(value, text)| html! {
                    <option value={value.to_string()} selected={*value == current}>{ text.to_string() }</option>
                }) }
            </select>
        </p>
    }
}

fn text_field(
    ctx: &Ctx,
    field: EmbedField,
    label: &'static str,
    hint: &'static str,
    placeholder: &'static str,
    problems: &[EmbedProblem],
) -> Html {
    let id = field_id(field);
    let hint_id = [id, "-hint"].concat();
    let problem = problems.iter().find(|p| p.field() == field);
    let on_action = ctx.on_action.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            on_action.emit(ViewsAction::SetEmbed(field, input.value()));
        }
    });
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <input id={id} data-testid={id} type="text" {placeholder} spellcheck="false" autocomplete="off"
                aria-describedby={hint_id.clone()} aria-invalid={problem.is_some().then_some("true")} {onchange} />
            <p class="hint" id={hint_id}>{ hint }</p>
            if let Some(problem) = problem {
                <p class="field-problem" role="alert" data-testid={[id, "-problem"].concat()}>{ problem.message(ctx.lang) }</p>
            }
        </div>
    }
}

fn field_id(field: EmbedField) -> &'static str {
    match field {
        EmbedField::Lang => "embed-lang",
        EmbedField::Start => "embed-start",
        EmbedField::Accent => "embed-accent",
        EmbedField::ShareBase => "embed-share-base",
        EmbedField::EventsOrigin => "embed-events-origin",
    }
}

/// The snippet as text, a copy button and, right under it, whether the copy worked (or
/// the code selected for a manual copy where the clipboard is refused).
fn code_card(ctx: &Ctx, p: &'static PanelStrings, snippet: String) -> Html {
    let copy = {
        let (snippet, on_action) = (snippet.clone(), ctx.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            dom::select_input("embed-snippet");
            let on_action = on_action.clone();
            dom::copy_text(&snippet, move |ok| {
                let text = if ok {
                    p.embed_copied
                } else {
                    p.embed_copy_manual
                }
                .into();
                let kind = NoticeKind::Done;
                let slot = Slot::Embed;
                on_action.emit(ViewsAction::Notice(Some(Notice { slot, kind, text })));
            });
        })
    };
    let body = html! {
        <>
            <textarea id="embed-snippet" class="embed-snippet" readonly=true rows="3" spellcheck="false"
                aria-label={p.embed_code} data-testid="embed-snippet" value={snippet} />
            <div class="actions">
                <button type="button" class="button button-primary" data-testid="embed-copy" onclick={copy}>{ p.embed_copy }</button>
            </div>
            { notice_in(ctx.state, Slot::Embed, ctx.lang) }
        </>
    };
    card("embed-code", p.embed_code, p.embed_code_note, body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed_snippet::EmbedOptions;

    #[test]
    fn every_field_has_its_own_id() {
        let fields = [
            EmbedField::Lang,
            EmbedField::Start,
            EmbedField::Accent,
            EmbedField::ShareBase,
            EmbedField::EventsOrigin,
        ];
        let mut ids: Vec<&str> = fields.iter().map(|f| field_id(*f)).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), fields.len());
        assert!(EmbedOptions::default().problems().is_empty());
    }
}
