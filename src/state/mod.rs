//! The app's state and every change to it, as a pure reducer.
//!
//! The browser shell holds one `AppState` (in Yew's `use_reducer`) and sends `Action`s;
//! `apply` is the only place the state changes, so it validates everything that comes
//! from the page (unknown ids, out-of-range answers, over-long text) and never panics.
//! Progress counts and "next unanswered" live here too: they are bookkeeping over the
//! answers, not scoring, and are tested natively like the rest. The on-demand views
//! module keeps its own, smaller state (`views`).

use std::rc::Rc;

use crate::content::{self, Guidance};
use crate::model::{
    is_real_date, Assessment, InstrumentId, Lang, LikertAnswer, Profile, ProfileField, Reference,
    RegionType, StageAnswer, Targets, Text,
};
use crate::route::{Route, Section};
use crate::share;
use crate::store::{SaveError, Saved};

pub mod evidence;
pub mod views;
pub mod websites;
pub mod workspace;

/// Longest profile text kept, in characters: what a share link can carry.
pub const MAX_FIELD_CHARS: usize = share::MAX_FIELD_CHARS;

/// Whether answers can be kept in the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Storage {
    #[default]
    Available,
    /// localStorage throws or refuses to write (storage off, a sandboxed iframe).
    Unavailable,
    /// The browser's storage for this site is full: the latest answers are not kept.
    Full,
}

/// Saved work that could not be restored, with the reason in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovery {
    pub id: String,
    pub en: String,
    /// The damaged text itself, offered as a file to download.
    pub raw: Rc<str>,
    /// A copy is safe (confirmed written in the browser, or downloaded). Until then the
    /// damaged save is not written over: the autosave waits.
    pub kept: bool,
}

impl Recovery {
    pub fn message(&self, lang: Lang) -> &str {
        match lang {
            Lang::Id => &self.id,
            Lang::En => &self.en,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct AppState {
    /// Behind an `Rc` so that results are recomputed only when the assessment itself
    /// changes (a language switch keeps the same pointer).
    pub assessment: Rc<Assessment>,
    pub lang: Lang,
    pub storage: Storage,
    /// Set when saved work was damaged; shown until dismissed.
    pub recovery: Option<Recovery>,
    /// The page shown, from the address's hash (`Action::Navigate` on `hashchange`).
    pub route: Route,
    /// A share code to make the user's own assessment (an imported file or a survey from
    /// the views module, a shared result), already agreed to by the user where it
    /// replaces saved work; the browser shell sends `Load` and `Adopted`.
    pub adopt: Option<Rc<str>>,
    /// The shared-result page asks, in the page, whether to replace saved work.
    pub asking_replace: bool,
    /// The on-demand views module (share, methodology, report), as the app knows it.
    pub views: ViewsStatus,
    /// Help texts and recommendations (and the content's English), fetched when a page
    /// first needs them.
    pub guidance: GuidanceStatus,
    /// Counts other tabs' writes of the save: each asks the autosave to merge again.
    pub storage_tick: u32,
}

/// Where the guidance texts (`content::Guidance`) are: the first-load app fetches them as
/// a file the first time a page shows help or recommendations, or at once in English (the
/// file also carries the content's English, which that app is built without); the other
/// modules have them built in.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum GuidanceStatus {
    #[default]
    NotLoaded,
    Loading,
    Ready(Rc<Guidance>),
    /// The file could not be fetched: the texts say so where they would be.
    Failed,
}

impl GuidanceStatus {
    /// An item's or criterion's help, or what stands in its place meanwhile.
    pub fn help(&self, id: &str) -> Text {
        match self {
            GuidanceStatus::Ready(g) => g.help(id).unwrap_or(Text::new("", "")),
            GuidanceStatus::Failed => Text::new(
                crate::i18n::t(Lang::Id).tools_failed,
                crate::i18n::t(Lang::En).tools_failed,
            ),
            _ => Text::new(
                crate::i18n::t(Lang::Id).working,
                crate::i18n::t(Lang::En).working,
            ),
        }
    }
}

/// Where the on-demand views module is: fetched the first time one of its pages is
/// opened, then kept for the life of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ViewsStatus {
    #[default]
    NotLoaded,
    Loading,
    /// Mounted: it draws its pages from now on.
    Ready,
    /// It could not be fetched or started: its pages say so.
    Failed,
}

#[derive(Clone, Debug)]
pub enum Action {
    /// Answers are never cleared back to "unanswered": N/A is the way to skip an item,
    /// and the UI has no use for more (it also keeps map removal code out of the wasm).
    SetLikert {
        instrument: InstrumentId,
        item: String,
        answer: LikertAnswer,
    },
    SetStage {
        criterion: String,
        answer: StageAnswer,
    },
    SetProfile {
        field: ProfileField,
        value: String,
    },
    /// The note of an indicator's or a stage criterion's evidence.
    SetNote {
        id: String,
        note: String,
    },
    /// Every document of an indicator's or criterion's evidence (the views module's
    /// evidence page, or a save read back); blank ones are left out.
    SetReferences {
        id: String,
        references: Vec<Reference>,
    },
    /// `None` returns to the default target.
    SetTarget {
        instrument: InstrumentId,
        level: Option<u8>,
    },
    SetLang(Lang),
    /// Forget every answer, target and the profile.
    Reset,
    /// Replace the assessment (restored, imported or opened from a link).
    Load(Assessment),
    StorageUnavailable,
    StorageFull,
    /// A write succeeded again after the storage was full.
    StorageWritable,
    /// Another tab wrote the save: merge it in (`AppState::storage_tick`).
    StorageChanged,
    /// The damaged save's copy is safe now (the user downloaded it).
    RecoveryKept,
    DismissRecovery,
    /// The address's hash changed.
    Navigate(Route),
    /// Make this share code the user's assessment (see `AppState::adopt`).
    Adopt(String),
    /// Ask (or stop asking) whether a shared result replaces saved work.
    AskReplace(bool),
    /// The adoption asked for was done or declined.
    Adopted,
    /// The views module's loading moved on.
    Views(ViewsStatus),
    /// The guidance file's loading moved on.
    Guidance(GuidanceStatus),
}

/// The state after `action`. Invalid actions leave the state as it was.
pub fn apply(mut state: AppState, action: Action) -> AppState {
    match action {
        Action::SetLikert {
            instrument,
            item,
            answer,
        } => {
            if is_likert_item(instrument, &item) && valid_likert(answer) {
                Rc::make_mut(&mut state.assessment)
                    .answers
                    .likert_mut(instrument)
                    .insert(item, answer);
            }
        }
        Action::SetStage { criterion, answer } => {
            if is_criterion(&criterion) {
                Rc::make_mut(&mut state.assessment)
                    .answers
                    .stage
                    .insert(criterion, answer);
            }
        }
        Action::SetProfile { field, value } => set_profile(&mut state, field, &value),
        Action::SetNote { id, note } => {
            if let Some(evidence) = evidence_mut(&mut state, id) {
                evidence.note = note.chars().take(MAX_NOTE_CHARS).collect();
            }
        }
        Action::SetReferences { id, references } => {
            if let Some(evidence) = evidence_mut(&mut state, id) {
                evidence.references = references
                    .into_iter()
                    .filter(|r| !r.is_empty())
                    .map(|r| Reference {
                        title: one_line(&r.title),
                        number: one_line(&r.number),
                        year: one_line(&r.year),
                        link: one_line(&r.link),
                    })
                    .take(MAX_REFERENCES)
                    .collect();
            }
        }
        Action::SetTarget { instrument, level } => {
            if level.is_none_or(|l| (1..=5).contains(&l)) {
                Rc::make_mut(&mut state.assessment)
                    .targets
                    .set(instrument, level);
            }
        }
        Action::SetLang(lang) => state.lang = lang,
        Action::Reset => state.assessment = Rc::default(),
        // Whatever comes in obeys the same rules as the form (one rule per field).
        Action::Load(assessment) => {
            state.assessment = Rc::new(crate::store::normalized(&assessment))
        }
        Action::StorageUnavailable => state.storage = Storage::Unavailable,
        Action::StorageFull => state.storage = Storage::Full,
        Action::StorageWritable => {
            if state.storage == Storage::Full {
                state.storage = Storage::Available;
            }
        }
        Action::StorageChanged => state.storage_tick = state.storage_tick.wrapping_add(1),
        Action::RecoveryKept => {
            if let Some(r) = &mut state.recovery {
                r.kept = true;
            }
        }
        Action::DismissRecovery => state.recovery = None,
        Action::Navigate(route) => {
            state.route = route;
            state.asking_replace = false;
        }
        Action::Adopt(code) => {
            state.adopt = Some(code.into());
            state.asking_replace = false;
        }
        Action::AskReplace(asking) => state.asking_replace = asking,
        Action::Adopted => state.adopt = None,
        // Ready and Failed are final: a late timeout cannot undo a module that started.
        // Ready and Failed are final here too.
        Action::Guidance(status) => {
            if !matches!(
                state.guidance,
                GuidanceStatus::Ready(_) | GuidanceStatus::Failed
            ) {
                state.guidance = status;
            }
        }
        Action::Views(status) => {
            if !matches!(state.views, ViewsStatus::Ready | ViewsStatus::Failed) {
                state.views = status;
            }
        }
    }
    state
}

/// The name of an exported response file: `cermat-<region>-<date>.json`, the region
/// reduced to lowercase ASCII letters, digits and dashes (`penilaian` when there is
/// none), the assessment's date when it is `YYYY-MM-DD` or else `today`.
pub fn export_file_name(profile: &Profile, today: &str) -> String {
    let mut slug = String::new();
    // ASCII only: Unicode lowercasing would bring its 12 KB of tables into the wasm.
    for c in profile.region.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let mut slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        slug = "penilaian";
    }
    let date = if is_real_date(&profile.date) {
        &profile.date
    } else {
        today
    };
    ["cermat-", slug, "-", date, ".json"].concat()
}

/// The answer a wizard radio stands for, from its fieldset's item and its value as
/// docs/ui-contract.md fixes them (`1`..`5` and `na`; `yes`, `partly`, `no`): how the
/// answers given on the prerendered first step, before the app was there, are taken
/// over. `None` for anything else.
pub fn radio_answer(item: &str, value: &str) -> Option<Action> {
    let kind = if is_criterion(item) {
        "stage"
    } else {
        InstrumentId::ALL
            .into_iter()
            .find(|i| is_likert_item(*i, item))?
            .key()
    };
    // A radio's value is what the save writes for that answer: one reading of both.
    crate::store::entry_action(&[kind, ":", item].concat(), value)
}

fn valid_likert(answer: LikertAnswer) -> bool {
    match answer {
        LikertAnswer::Score(v) => v.is_finite() && (1.0..=5.0).contains(&v),
        LikertAnswer::NotApplicable => true,
    }
}

fn is_likert_item(instrument: InstrumentId, id: &str) -> bool {
    content::likert(instrument)
        .elements
        .iter()
        .flat_map(|e| e.indicators)
        .flat_map(|i| i.items)
        .any(|item| item.id == id)
}

fn is_criterion(id: &str) -> bool {
    content::stages()
        .stages
        .iter()
        .flat_map(|s| s.criteria)
        .any(|c| c.id == id)
}

/// The longest evidence note, in characters (the response file's rule too).
pub const MAX_NOTE_CHARS: usize = 2000;
/// The most documents under one indicator or criterion.
pub const MAX_REFERENCES: usize = 50;

/// The evidence of an indicator or criterion, made when first written to; `None` for an
/// id that is neither.
fn evidence_mut(state: &mut AppState, id: String) -> Option<&mut crate::model::Evidence> {
    if !is_evidence_id(&id) {
        return None;
    }
    let evidence = &mut Rc::make_mut(&mut state.assessment).evidence;
    if evidence.get(&id).is_none() {
        evidence.insert(id.clone(), Default::default());
    }
    evidence.get_mut(&id)
}

/// An indicator of either Likert instrument, or a stage criterion.
pub fn is_evidence_id(id: &str) -> bool {
    InstrumentId::ALL.into_iter().any(|instrument| {
        content::likert(instrument)
            .elements
            .iter()
            .flat_map(|e| e.indicators)
            .any(|i| i.id == id)
    }) || is_criterion(id)
}

/// A reference field as one line of at most the profile's length: tabs and line breaks
/// (which an input does not make, but a paste or a file may carry) become spaces. Also a
/// website inventory's name and address (`crate::websites`).
pub(crate) fn one_line(value: &str) -> String {
    value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(MAX_FIELD_CHARS)
        .collect()
}

fn set_profile(state: &mut AppState, field: ProfileField, value: &str) {
    let clipped: String = value.chars().take(MAX_FIELD_CHARS).collect();
    let profile = &mut Rc::make_mut(&mut state.assessment).profile;
    match field {
        ProfileField::Region => profile.region = clipped,
        ProfileField::Unit => profile.unit = clipped,
        ProfileField::Assessor => profile.assessor = clipped,
        // The select sends a key; anything else (or the empty choice) means "not chosen".
        ProfileField::RegionType => profile.region_type = RegionType::from_key(value),
        // A date input gives `YYYY-MM-DD` or nothing; keep only that shape.
        ProfileField::Date => {
            profile.date = if is_real_date(value) {
                value.to_string()
            } else {
                String::new()
            }
        }
    }
}

/// What the shell found in storage at start-up, and what it must do about it.
#[derive(Debug, PartialEq)]
pub struct Restored {
    pub state: AppState,
    /// A saved string that could not be decoded: keep it under the backup key.
    pub backup: Option<String>,
    /// The save this tab starts from (merged with the others' from then on).
    pub save: Saved,
}

/// The starting state from an earlier version's save only (a `share` code): see
/// `restore_saves`.
pub fn restore(saved: Option<&str>, lang: Lang, storage_ok: bool) -> Restored {
    restore_saves(None, saved, lang, storage_ok)
}

/// The starting state from what storage held: the save (`store::Saved` text), or else an
/// earlier version's (`legacy`, a `share` code), `None` when nothing was saved or storage
/// is unavailable (`storage_ok` false). A save that does not decode starts an empty
/// assessment, tells the user why, and hands the text back for safekeeping.
pub fn restore_saves(
    current: Option<&str>,
    legacy: Option<&str>,
    lang: Lang,
    storage_ok: bool,
) -> Restored {
    let mut state = AppState {
        lang,
        storage: if storage_ok {
            Storage::Available
        } else {
            Storage::Unavailable
        },
        ..AppState::default()
    };
    let decoded = match (current, legacy) {
        (Some(text), _) => {
            Some(Saved::decode(text).map_err(|e| (text, e.message(Lang::Id), e.message(Lang::En))))
        }
        // An earlier version's save becomes this one's at time 0: any change wins over it.
        (None, Some(code)) => Some(
            share::decode(code)
                .map(|a| Saved::default().record(&a, 0))
                .map_err(|_| {
                    let e = SaveError::Damaged { line: 1 };
                    (code, e.message(Lang::Id), e.message(Lang::En))
                }),
        ),
        (None, None) => None,
    };
    let mut backup = None;
    let mut save = Saved::default();
    match decoded {
        None => {}
        Some(Ok(saved)) => {
            state.assessment = Rc::new(saved.assessment());
            save = saved;
        }
        Some(Err((raw, id, en))) => {
            state.recovery = Some(Recovery {
                id,
                en,
                raw: raw.into(),
                kept: false,
            });
            backup = Some(raw.to_string());
        }
    }
    Restored {
        state,
        backup,
        save,
    }
}

/// Answered / total.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

impl Progress {
    pub fn complete(self) -> bool {
        self.answered >= self.total
    }

    pub fn unanswered(self) -> usize {
        self.total.saturating_sub(self.answered)
    }

    fn add(self, other: Progress) -> Progress {
        Progress {
            answered: self.answered + other.answered,
            total: self.total + other.total,
        }
    }
}

/// The ids asked on one step: an element's items, or a stage's criteria.
/// Empty for a step that does not exist.
pub fn step_ids(section: Section, step: usize) -> Vec<&'static str> {
    let index = step.wrapping_sub(1);
    match section.likert() {
        Some(id) => content::likert(id)
            .elements
            .get(index)
            .map(|e| {
                e.indicators
                    .iter()
                    .flat_map(|i| i.items)
                    .map(|item| item.id)
                    .collect()
            })
            .unwrap_or_default(),
        None => content::stages()
            .stages
            .get(index)
            .map(|s| s.criteria.iter().map(|c| c.id).collect())
            .unwrap_or_default(),
    }
}

fn is_answered(a: &Assessment, section: Section, id: &str) -> bool {
    match section.likert() {
        Some(instrument) => a.answers.likert(instrument).contains_key(id),
        None => a.answers.stage.contains_key(id),
    }
}

pub fn step_progress(a: &Assessment, section: Section, step: usize) -> Progress {
    let ids = step_ids(section, step);
    Progress {
        answered: ids.iter().filter(|id| is_answered(a, section, id)).count(),
        total: ids.len(),
    }
}

pub fn section_progress(a: &Assessment, section: Section) -> Progress {
    (1..=section.steps()).fold(Progress::default(), |p, step| {
        p.add(step_progress(a, section, step))
    })
}

/// Every item and criterion of all three instruments.
pub fn overall_progress(a: &Assessment) -> Progress {
    Section::ALL
        .into_iter()
        .fold(Progress::default(), |p, s| p.add(section_progress(a, s)))
}

/// True when anything at all was entered: answers, a target or any profile field.
/// (Field by field rather than `!= Assessment::default()`, which would compile map
/// equality into the WebAssembly for this one check.)
pub fn has_work(a: &Assessment) -> bool {
    let answers = &a.answers;
    !(answers.scv.is_empty()
        && answers.ereadiness.is_empty()
        && answers.stage.is_empty()
        && a.targets == Targets::default()
        && a.profile == Profile::default())
}

/// An unanswered item and the step that asks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unanswered {
    pub route: Route,
    pub id: &'static str,
}

/// The first unanswered item at or after `from` in wizard order, wrapping around to the
/// start; from anywhere outside the wizard, the first one overall. `None` when done.
pub fn next_unanswered(a: &Assessment, from: &Route) -> Option<Unanswered> {
    let all: Vec<Unanswered> = Section::ALL
        .into_iter()
        .flat_map(|section| (1..=section.steps()).map(move |step| (section, step)))
        .flat_map(|(section, step)| {
            step_ids(section, step)
                .into_iter()
                .filter(move |id| !is_answered(a, section, id))
                .map(move |id| Unanswered {
                    route: Route::Assess { section, step },
                    id,
                })
        })
        .collect();
    let start = match from {
        Route::Assess { section, step } => all
            .iter()
            .position(|u| matches!(u.route, Route::Assess { section: s, step: n } if (s, n) >= (*section, *step)))
            .unwrap_or(0),
        _ => 0,
    };
    all.get(start).or(all.first()).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn likert(item: &str, v: f64) -> Action {
        // E-readiness ids start with two letters (ST1.1), Support/Capacity/Value with one.
        let two_letters = item.chars().nth(1).is_some_and(|c| c.is_ascii_alphabetic());
        let instrument = if two_letters {
            InstrumentId::Ereadiness
        } else {
            InstrumentId::Scv
        };
        Action::SetLikert {
            instrument,
            item: item.into(),
            answer: LikertAnswer::Score(v),
        }
    }

    fn all_answered() -> Assessment {
        let mut a = Assessment::default();
        for section in Section::ALL {
            for step in 1..=section.steps() {
                for id in step_ids(section, step) {
                    match section.likert() {
                        Some(i) => {
                            a.answers
                                .likert_mut(i)
                                .insert(id.into(), LikertAnswer::Score(3.0));
                        }
                        None => {
                            a.answers.stage.insert(id.into(), StageAnswer::Yes);
                        }
                    }
                }
            }
        }
        a
    }

    #[test]
    fn answers_are_set_changed_and_cleared() {
        let s = apply(AppState::default(), likert("S1.1", 4.0));
        assert_eq!(
            s.assessment.answers.scv.get("S1.1"),
            Some(&LikertAnswer::Score(4.0))
        );
        let s = apply(s, likert("S1.1", 2.0));
        assert_eq!(
            s.assessment.answers.scv.get("S1.1"),
            Some(&LikertAnswer::Score(2.0))
        );
        let s = apply(
            s,
            Action::SetLikert {
                instrument: InstrumentId::Scv,
                item: "S1.1".into(),
                answer: LikertAnswer::NotApplicable,
            },
        );
        assert_eq!(
            s.assessment.answers.scv.get("S1.1"),
            Some(&LikertAnswer::NotApplicable)
        );

        let s = apply(
            s,
            Action::SetStage {
                criterion: "E1".into(),
                answer: StageAnswer::Partly,
            },
        );
        assert_eq!(
            s.assessment.answers.stage.get("E1"),
            Some(&StageAnswer::Partly)
        );
        let s = apply(
            s,
            Action::SetStage {
                criterion: "E1".into(),
                answer: StageAnswer::Yes,
            },
        );
        assert_eq!(
            s.assessment.answers.stage.get("E1"),
            Some(&StageAnswer::Yes)
        );
    }

    #[test]
    fn invalid_actions_change_nothing() {
        let start = apply(AppState::default(), likert("S1.1", 4.0));
        for bad in [
            likert("S1.1", 0.0),
            likert("S1.1", 6.0),
            likert("S1.1", f64::NAN),
            likert("S1.1", f64::INFINITY),
            likert("S9.9", 3.0),
            Action::SetLikert {
                instrument: InstrumentId::Scv,
                item: "ST1.1".into(), // an e-readiness item sent to the wrong instrument
                answer: LikertAnswer::Score(3.0),
            },
            Action::SetLikert {
                instrument: InstrumentId::Scv,
                item: "".into(),
                answer: LikertAnswer::NotApplicable,
            },
            Action::SetStage {
                criterion: "Z9".into(),
                answer: StageAnswer::Yes,
            },
            Action::SetTarget {
                instrument: InstrumentId::Scv,
                level: Some(0),
            },
            Action::SetTarget {
                instrument: InstrumentId::Scv,
                level: Some(6),
            },
        ] {
            assert_eq!(apply(start.clone(), bad.clone()), start, "{bad:?}");
        }
    }

    #[test]
    fn targets_set_and_return_to_default() {
        let s = apply(
            AppState::default(),
            Action::SetTarget {
                instrument: InstrumentId::Ereadiness,
                level: Some(4),
            },
        );
        assert_eq!(s.assessment.targets.ereadiness, Some(4));
        let s = apply(
            s,
            Action::SetTarget {
                instrument: InstrumentId::Ereadiness,
                level: None,
            },
        );
        assert_eq!(s.assessment.targets.ereadiness, None);
    }

    #[test]
    fn profile_fields_are_validated_and_clipped() {
        let set = |s, field, value: &str| {
            apply(
                s,
                Action::SetProfile {
                    field,
                    value: value.into(),
                },
            )
        };
        let s = set(AppState::default(), ProfileField::Region, "Kota Palembang");
        let s = set(s, ProfileField::RegionType, "city");
        let s = set(s, ProfileField::Unit, "Diskominfo");
        let s = set(s, ProfileField::Assessor, "<script>alert(1)</script>");
        let s = set(s, ProfileField::Date, "2024-05-17");
        let p: &Profile = &s.assessment.profile;
        assert_eq!(p.region, "Kota Palembang");
        assert_eq!(p.region_type, Some(RegionType::City));
        assert_eq!(p.unit, "Diskominfo");
        assert_eq!(p.assessor, "<script>alert(1)</script>"); // kept as text, shown as text
        assert_eq!(p.date, "2024-05-17");

        let s = set(s, ProfileField::RegionType, "");
        assert_eq!(s.assessment.profile.region_type, None);
        let s = set(s, ProfileField::Date, "17/05/2024");
        assert_eq!(s.assessment.profile.date, "");
        let long = "é".repeat(MAX_FIELD_CHARS + 50);
        let s = set(s, ProfileField::Region, &long);
        assert_eq!(s.assessment.profile.region.chars().count(), MAX_FIELD_CHARS);
    }

    #[test]
    fn language_switch_keeps_answers_and_the_same_assessment() {
        let s = apply(AppState::default(), likert("C2.1", 5.0));
        let before = Rc::clone(&s.assessment);
        let s = apply(s, Action::SetLang(Lang::En));
        assert_eq!(s.lang, Lang::En);
        assert!(
            Rc::ptr_eq(&before, &s.assessment),
            "results need not be recomputed"
        );
    }

    #[test]
    fn reset_and_load() {
        let s = apply(AppState::default(), likert("C2.1", 5.0));
        let s = apply(s, Action::Reset);
        assert!(!has_work(&s.assessment));
        let loaded = all_answered();
        let s = apply(s, Action::Load(loaded.clone()));
        assert_eq!(*s.assessment, loaded);
    }

    #[test]
    fn storage_and_recovery_flags() {
        let s = apply(AppState::default(), Action::StorageUnavailable);
        assert_eq!(s.storage, Storage::Unavailable);
        let r = restore(Some("garbage!"), Lang::En, true);
        assert!(r.state.recovery.is_some());
        let s = apply(r.state, Action::DismissRecovery);
        assert_eq!(s.recovery, None);
    }

    #[test]
    fn restore_decodes_saved_work() {
        let a = all_answered();
        let code = share::encode(&a);
        let r = restore(Some(&code), Lang::Id, true);
        assert_eq!(*r.state.assessment, a);
        assert_eq!(r.backup, None);
        assert_eq!(r.state.recovery, None);

        let r = restore(None, Lang::En, false);
        assert_eq!(r.state.storage, Storage::Unavailable);
        assert_eq!(r.state.lang, Lang::En);
        assert!(!has_work(&r.state.assessment));
    }

    #[test]
    fn restore_keeps_damaged_work_aside_and_explains() {
        let mut code = share::encode(&all_answered());
        code.truncate(code.len() / 2);
        for damaged in [code.as_str(), "", "9xyz", "{\"json\":true}", "1!!!!"] {
            let r = restore(Some(damaged), Lang::Id, true);
            assert!(!has_work(&r.state.assessment), "{damaged}");
            assert_eq!(r.backup.as_deref(), Some(damaged));
            let recovery = r.state.recovery.expect("a notice");
            assert!(!recovery.message(Lang::Id).is_empty());
            assert!(!recovery.message(Lang::En).is_empty());
            assert_ne!(recovery.message(Lang::Id), recovery.message(Lang::En));
        }
    }

    #[test]
    fn progress_counts_items_and_criteria() {
        let a = Assessment::default();
        assert_eq!(
            overall_progress(&a),
            Progress {
                answered: 0,
                total: 87
            }
        );
        assert_eq!(section_progress(&a, Section::Scv).total, 27);
        assert_eq!(section_progress(&a, Section::Ereadiness).total, 48);
        assert_eq!(section_progress(&a, Section::Stage).total, 12);
        assert_eq!(step_progress(&a, Section::Stage, 5).total, 5);
        assert_eq!(step_progress(&a, Section::Scv, 0).total, 0);
        assert_eq!(step_progress(&a, Section::Scv, 9).total, 0);

        let s = apply(AppState::default(), likert("C2.1", 5.0));
        let s = apply(
            s,
            Action::SetLikert {
                instrument: InstrumentId::Scv,
                item: "C2.2".into(),
                answer: LikertAnswer::NotApplicable,
            },
        );
        assert_eq!(
            step_progress(&s.assessment, Section::Scv, 2),
            Progress {
                answered: 2,
                total: 9
            }
        );
        assert_eq!(overall_progress(&s.assessment).answered, 2);
        assert!(overall_progress(&all_answered()).complete());
    }

    #[test]
    fn next_unanswered_goes_forward_and_wraps() {
        let a = Assessment::default();
        let first = next_unanswered(&a, &Route::Landing).expect("something");
        assert_eq!(first.id, "S1.1");
        assert_eq!(first.route, Route::first_step(Section::Scv));

        let from = Route::Assess {
            section: Section::Ereadiness,
            step: 2,
        };
        let next = next_unanswered(&a, &from).expect("something");
        assert_eq!(next.route, from);
        assert_eq!(next.id, "IN1.1");

        // Everything answered but E1: from the last step it wraps round to the stage 1 step.
        let mut a = all_answered();
        a.answers.stage.remove("E1");
        let last = Route::Assess {
            section: Section::Stage,
            step: 5,
        };
        let next = next_unanswered(&a, &last).expect("E1");
        assert_eq!(
            (next.id, next.route),
            ("E1", Route::first_step(Section::Stage))
        );

        assert_eq!(next_unanswered(&all_answered(), &last), None);
    }

    #[test]
    fn navigation_keeps_the_assessment() {
        let s = apply(AppState::default(), likert("C2.1", 5.0));
        let before = Rc::clone(&s.assessment);
        let s = apply(s, Action::Navigate(Route::Results));
        assert_eq!(s.route, Route::Results);
        assert!(Rc::ptr_eq(&before, &s.assessment));
    }

    #[test]
    fn radios_stand_for_their_answers_and_nothing_else() {
        let s = [("S1.1", "4"), ("ST1.2", "na"), ("E1", "partly")]
            .into_iter()
            .filter_map(|(item, value)| radio_answer(item, value))
            .fold(AppState::default(), apply);
        assert_eq!(
            s.assessment.answers.scv.get("S1.1"),
            Some(&LikertAnswer::Score(4.0))
        );
        assert_eq!(
            s.assessment.answers.ereadiness.get("ST1.2"),
            Some(&LikertAnswer::NotApplicable)
        );
        assert_eq!(
            s.assessment.answers.stage.get("E1"),
            Some(&StageAnswer::Partly)
        );
        for (item, value) in [
            ("S1.1", "6"),
            ("S1.1", "yes"),
            ("E1", "3"),
            ("X1", "1"),
            ("S1.1", " 4"),
        ] {
            assert!(radio_answer(item, value).is_none(), "{item} {value}");
        }
    }

    #[test]
    fn adoption_is_asked_for_and_ended_but_never_loads_by_itself() {
        let s = apply(AppState::default(), Action::Adopt("1abc".into()));
        assert_eq!(s.adopt.as_deref(), Some("1abc"));
        assert_eq!(
            *s.assessment,
            Assessment::default(),
            "nothing is loaded by the reducer"
        );
        let s = apply(s, Action::Adopted);
        assert_eq!(s.adopt, None);
    }

    #[test]
    fn guidance_loads_once_and_stands_in_meanwhile() {
        let s = apply(
            AppState::default(),
            Action::Guidance(GuidanceStatus::Loading),
        );
        assert_eq!(s.guidance.help("S1.1").en, "Working…");
        let ready = GuidanceStatus::Ready(Rc::new(Guidance::builtin()));
        let s = apply(s, Action::Guidance(ready));
        assert!(s.guidance.help("S1.1").id.starts_with("RPJMD"));
        let s = apply(s, Action::Guidance(GuidanceStatus::Failed));
        assert!(matches!(s.guidance, GuidanceStatus::Ready(_)));
        let failed = apply(
            AppState::default(),
            Action::Guidance(GuidanceStatus::Failed),
        );
        assert!(failed
            .guidance
            .help("S1.1")
            .en
            .contains("could not be loaded"));
    }

    #[test]
    fn a_loaded_assessment_obeys_the_forms_rules() {
        let mut a = all_answered();
        a.profile.date = "2023-02-30".into();
        a.profile.region = "Kota Palembang".into();
        a.answers
            .scv
            .insert("S9.9".into(), LikertAnswer::Score(3.0));
        let s = apply(AppState::default(), Action::Load(a));
        assert_eq!(
            s.assessment.profile.date, "",
            "an impossible date is refused"
        );
        assert_eq!(s.assessment.profile.region, "Kota Palembang");
        assert!(!s.assessment.answers.scv.contains_key("S9.9"));
        assert_eq!(*s.assessment, {
            let mut b = all_answered();
            b.profile.region = "Kota Palembang".into();
            b
        });
    }

    #[test]
    fn the_views_module_loads_once_and_its_end_is_final() {
        let s = apply(AppState::default(), Action::Views(ViewsStatus::Loading));
        let ready = apply(s.clone(), Action::Views(ViewsStatus::Ready));
        assert_eq!(ready.views, ViewsStatus::Ready);
        let late_timeout = apply(ready, Action::Views(ViewsStatus::Failed));
        assert_eq!(late_timeout.views, ViewsStatus::Ready);
        let failed = apply(s, Action::Views(ViewsStatus::Failed));
        let again = apply(failed, Action::Views(ViewsStatus::Loading));
        assert_eq!(again.views, ViewsStatus::Failed);
    }

    #[test]
    fn export_file_names_are_safe_and_dated() {
        let mut p = Profile::default();
        assert_eq!(
            export_file_name(&p, "2026-01-02"),
            "cermat-penilaian-2026-01-02.json"
        );
        p.region = "  Kota Palembang (Sumsel) ".into();
        p.date = "2024-05-17".into();
        assert_eq!(
            export_file_name(&p, "2026-01-02"),
            "cermat-kota-palembang-sumsel-2024-05-17.json"
        );
        p.region = "<script>/../é".into();
        assert_eq!(export_file_name(&p, "x"), "cermat-script-2024-05-17.json");
        p.date = "Maret 2026".into();
        assert_eq!(
            export_file_name(&p, "2026-01-02"),
            "cermat-script-2026-01-02.json"
        );
        p.date = "2024-05-17".into();
        p.region = "—".into();
        assert_eq!(
            export_file_name(&p, "x"),
            "cermat-penilaian-2024-05-17.json"
        );
    }

    #[test]
    fn has_work_sees_any_entry() {
        assert!(!has_work(&Assessment::default()));
        let s = apply(
            AppState::default(),
            Action::SetProfile {
                field: ProfileField::Unit,
                value: "x".into(),
            },
        );
        assert!(has_work(&s.assessment));
        let s = apply(
            AppState::default(),
            Action::SetTarget {
                instrument: InstrumentId::Scv,
                level: Some(3),
            },
        );
        assert!(has_work(&s.assessment));
        let s = apply(
            AppState::default(),
            Action::SetStage {
                criterion: "K5".into(),
                answer: StageAnswer::No,
            },
        );
        assert!(has_work(&s.assessment));
    }
}
