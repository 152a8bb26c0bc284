//! "Bukti dukung" (`#/evidence/<id>`, issue 11): the note and the documents (title,
//! number, year, a link kept as text) behind an indicator's or a stage criterion's
//! answers, opened from beside its statements in the wizard. The page edits the views
//! reducer's draft (`state::evidence`); each edit goes to the app, whose autosave keeps it.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::Ctx;
use crate::content;
use crate::i18n::{fill, panel, PanelStrings};
use crate::model::{Evidence, ReferenceField, Text};
use crate::route::{Route, Section};
use crate::state::evidence::EvidenceEdit;
use crate::state::views::ViewsAction;
use crate::state::{MAX_FIELD_CHARS, MAX_NOTE_CHARS};

pub fn evidence_page(ctx: &Ctx, id: &str) -> Html {
    let p = panel(ctx.lang);
    let Some((name, back)) = find(id) else {
        return html! {
            <div class="page evidence-page" data-testid="evidence-page">
                <h1 tabindex="-1">{ fill(p.evidence_page, &[id]) }</h1>
                <p class="alert" role="alert" data-testid="evidence-unknown">{ p.evidence_unknown }</p>
            </div>
        };
    };
    let empty = Evidence::default();
    let evidence = ctx
        .state
        .evidence
        .as_ref()
        .filter(|d| d.id == id)
        .map_or(&empty, |d| &d.evidence);
    let edit = |make: fn(String) -> EvidenceEdit| {
        let on_action = ctx.on_action.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                on_action.emit(ViewsAction::Evidence(make(area.value())));
            }
        })
    };
    let add = send(ctx, EvidenceEdit::Add);
    html! {
        <div class="page evidence-page" data-testid="evidence-page" data-id={id.to_string()}>
            <p><a class="button button-quiet" href={back.to_hash()} data-testid="evidence-back">{ "← " }{ p.evidence_back }</a></p>
            <h1 tabindex="-1">{ fill(p.evidence_page, &[id]) }{ ": " }{ name.get(ctx.lang) }</h1>
            <p class="lead">{ p.evidence_page_intro }</p>
            <section class="card evidence">
                <label for="evidence-note">{ p.evidence_note }</label>
                <textarea id="evidence-note" rows="4" maxlength={MAX_NOTE_CHARS.to_string()} data-testid="evidence-note"
                    value={evidence.note.clone()} oninput={edit(EvidenceEdit::Note)} />
                <ol class="references">
                    { for evidence.references.iter().enumerate().map(|(at, r)| html! {
                        <li data-testid="evidence-ref">
                            <fieldset>
                                <legend>{ fill(p.evidence_ref, &[&(at + 1).to_string()]) }</legend>
                                { for FIELDS.iter().map(|(field, testid)| reference_field(ctx, p, at, *field, testid, r.get(*field))) }
                                <button type="button" class="button button-quiet" data-testid="evidence-remove"
                                    onclick={send(ctx, EvidenceEdit::Remove(at))}>{ fill(p.ref_remove, &[&(at + 1).to_string()]) }</button>
                            </fieldset>
                        </li>
                    }) }
                </ol>
                <p class="toolbar">
                    <button type="button" class="button" data-testid="evidence-add" onclick={add}>{ p.ref_add }</button>
                    <span class="hint" role="status">{ p.evidence_saved }</span>
                </p>
            </section>
            if crate::websites::CRITERIA.contains(&id) { { super::websites::websites_section(ctx) } }
        </div>
    }
}

const FIELDS: [(ReferenceField, &str); 4] = [
    (ReferenceField::Title, "ref-title"),
    (ReferenceField::Number, "ref-number"),
    (ReferenceField::Year, "ref-year"),
    (ReferenceField::Link, "ref-link"),
];

fn reference_field(
    ctx: &Ctx,
    p: &PanelStrings,
    at: usize,
    field: ReferenceField,
    testid: &'static str,
    value: &str,
) -> Html {
    let on_action = ctx.on_action.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            on_action.emit(ViewsAction::Evidence(EvidenceEdit::Field(
                at,
                field,
                input.value(),
            )));
        }
    });
    let label = match field {
        ReferenceField::Title => p.ref_title,
        ReferenceField::Number => p.ref_number,
        ReferenceField::Year => p.ref_year,
        ReferenceField::Link => p.ref_link,
    };
    html! {
        <label>{ label }
            <input type="text" data-testid={testid} value={value.to_string()}
                maxlength={MAX_FIELD_CHARS.to_string()} {oninput} />
        </label>
    }
}

fn send(ctx: &Ctx, edit: EvidenceEdit) -> Callback<MouseEvent> {
    let on_action = ctx.on_action.clone();
    Callback::from(move |_: MouseEvent| on_action.emit(ViewsAction::Evidence(edit.clone())))
}

/// The indicator's or criterion's name, and the wizard step that asks its questions.
fn find(id: &str) -> Option<(Text, Route)> {
    for (section, instrument) in [
        (Section::Scv, crate::model::InstrumentId::Scv),
        (Section::Ereadiness, crate::model::InstrumentId::Ereadiness),
    ] {
        for (step, element) in content::likert(instrument).elements.iter().enumerate() {
            if let Some(ind) = element.indicators.iter().find(|i| i.id == id) {
                return Some((
                    ind.name,
                    Route::Assess {
                        section,
                        step: step + 1,
                    },
                ));
            }
        }
    }
    for (step, stage) in content::stages().stages.iter().enumerate() {
        if let Some(c) = stage.criteria.iter().find(|c| c.id == id) {
            let route = Route::Assess {
                section: Section::Stage,
                step: step + 1,
            };
            return Some((c.statement, route));
        }
    }
    None
}
