//! The state of the on-demand views module (share and export, methodology, report) and
//! every change to it, as a pure reducer like the app's (`super::apply`).
//!
//! The views module shows what the app asks for (`bridge::ViewRequest`: the route, the
//! language and the assessment) and keeps what the tools worker sent back: the files to
//! download, the survey last aggregated, and one notice at a time in the part of the
//! share page it belongs to.

use std::rc::Rc;

use crate::bridge::ViewRequest;
use crate::embed_snippet::{EmbedField, EmbedOptions};
use crate::model::{Assessment, InstrumentId, Lang};
use crate::state::has_work;
use crate::store;
use crate::survey::ImportChoices;
use crate::worker::{Op, SurveySummary};

/// The part of the share page a notice belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Link,
    Json,
    Csv,
    /// The embed page's snippet.
    Embed,
    /// The plan page's narrative.
    Narrative,
    /// The comparison page's imports.
    Compare,
    /// The comparison page's roll-up (added to the workspace).
    Rollup,
    /// The workspace page's imports, exports and changes.
    Workspace,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// Under way (the tools worker may still be loading).
    Busy,
    Done,
    /// What went wrong, one problem a line, already in the user's language.
    Problem,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub slot: Slot,
    pub kind: NoticeKind,
    pub text: String,
}

/// The files the share page offers, made by the tools worker. `response` and `report`
/// belong to the assessment `for_code` (exact text); the CSV template to the language `csv_lang`
/// (its answer labels are in that language).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Files {
    pub for_code: String,
    pub response: Option<Rc<str>>,
    pub report: Option<Rc<str>>,
    pub template_json: Option<Rc<str>>,
    pub csv_lang: Option<Lang>,
    pub template_csv: Option<Rc<str>>,
    /// The questionnaires of the survey page (`worker::Op::Questionnaire`), by kind, in
    /// the language `csv_lang`.
    pub questionnaires: Vec<(String, Rc<str>)>,
}

/// The questionnaires the survey page offers, by the worker's name for them.
pub const QUESTIONNAIRES: [&str; 2] = ["forms-gas", "forms-xlsform"];

#[derive(Clone, Debug, PartialEq, Default)]
pub struct ViewsState {
    /// The app's latest request; `None` until the first arrives.
    pub request: Option<ViewRequest>,
    /// The request's assessment; `None` when its code does not decode.
    pub assessment: Option<Rc<Assessment>>,
    pub notice: Option<Notice>,
    /// The survey last aggregated from a CSV file, until another replaces it.
    pub survey: Option<Rc<SurveySummary>>,
    /// The user's column mapping and label scores for that survey's file.
    pub survey_choices: ImportChoices,
    pub files: Files,
    /// An assessment (exact text) to hand to the app (`bridge::ViewEvent::Adopt`): an
    /// imported file.
    pub adopt: Option<Rc<str>>,
    /// An assessment that would replace the user's saved work, waiting for their answer
    /// to the question asked in the page, in the part of it the import came from.
    pub confirm: Option<(Slot, Rc<str>)>,
    /// The embed page's options, as typed.
    pub embed: EmbedOptions,
    /// The plan page's own planned scores: instrument, indicator id, score.
    pub plan_edits: Vec<(InstrumentId, String, u8)>,
    /// The assessments compared (share codes, in order) and what the comparison page
    /// shows of them, computed once per change.
    pub compared: Rc<Compared>,
    /// The workspace page's list and choices.
    pub workspace: super::workspace::WorkspaceView,
    /// The evidence page's draft.
    pub evidence: Option<super::evidence::EvidenceDraft>,
    /// The website inventory of the open assessment, once a page that shows it has
    /// read it (the evidence pages of E1, N1 and N2, the report).
    pub websites: super::websites::WebsitesView,
}

/// At most this many assessments side by side (issue 10: 2 to 12).
pub const MAX_COMPARED: usize = 12;

/// The comparison page's assessments and their figures.
#[derive(Clone, Debug, Default)]
pub struct Compared {
    pub codes: Vec<String>,
    pub comparison: crate::compare::Comparison,
    /// Each assessment's stage ladder, in the same order.
    pub stages: Vec<crate::scoring::StageResult>,
    pub differences: Vec<crate::compare::Difference>,
    /// Codes of the link that did not decode, with why (in both languages).
    pub unreadable: Vec<(String, crate::share::ShareError)>,
    /// Progress over time, when every assessment is of one region or unit and at least
    /// two dates differ: the trend, its most improved and its areas of concern.
    pub progress: Option<Progress>,
    /// The assessments combined into one (the OPDs of one pemda), and its link code.
    pub roll_up: crate::compare::RollUp,
    pub roll_up_code: String,
}

#[derive(Clone, Debug)]
pub struct Progress {
    pub trend: crate::compare::Trend,
    pub improved: Vec<crate::compare::Improvement>,
    pub concerns: Vec<crate::compare::Concern>,
}

/// The same region (or the same unit) in every assessment, ignoring case and spaces.
fn one_subject(assessments: &[&Assessment]) -> bool {
    let same = |field: fn(&Assessment) -> &str| {
        let first = assessments.first().map(|a| field(a).trim().to_lowercase());
        first.is_some_and(|f| {
            !f.is_empty()
                && assessments
                    .iter()
                    .all(|a| field(a).trim().to_lowercase() == f)
        })
    };
    same(|a| &a.profile.region) || same(|a| &a.profile.unit)
}

/// The trend of one subject's assessments, when two of them have different real dates.
fn progress_of(labeled: &[crate::compare::Labeled]) -> Option<Progress> {
    let assessments: Vec<&Assessment> = labeled.iter().map(|l| &l.assessment).collect();
    if !one_subject(&assessments) {
        return None;
    }
    let points: Vec<crate::compare::Dated> = labeled
        .iter()
        .map(|l| crate::compare::Dated::from_profile(l.assessment.clone()))
        .collect();
    let trend = crate::compare::trend(&points);
    let mut dates: Vec<&str> = trend
        .comparison
        .columns
        .iter()
        .map(|c| c.label.as_str())
        .collect();
    dates.dedup();
    (dates.len() >= 2).then(|| Progress {
        improved: crate::compare::most_improved(&trend, 5),
        concerns: crate::compare::areas_of_concern(&trend, 5),
        trend,
    })
}

/// The figures follow from the codes: two comparisons of the same codes are equal.
impl PartialEq for Compared {
    fn eq(&self, other: &Self) -> bool {
        self.codes == other.codes && self.unreadable == other.unreadable
    }
}

impl Compared {
    /// The figures of `codes` (the first `MAX_COMPARED` that decode).
    pub fn of(codes: Vec<String>) -> Compared {
        let mut labeled = Vec::new();
        let mut kept = Vec::new();
        let mut unreadable = Vec::new();
        for code in codes {
            match crate::share::decode(&code) {
                Ok(a) if labeled.len() < MAX_COMPARED => {
                    let label = label_of(&a.profile, labeled.len() + 1);
                    labeled.push(crate::compare::Labeled::new(label, a));
                    kept.push(code);
                }
                Ok(_) => {}
                Err(e) => unreadable.push((code, e)),
            }
        }
        let comparison = crate::compare::compare(&labeled);
        let stages = labeled
            .iter()
            .map(|l| crate::scoring::evaluate(&l.assessment).stage)
            .collect();
        let differences = crate::compare::largest_differences(&comparison, 5);
        let roll_up = crate::compare::roll_up(&labeled);
        Compared {
            codes: kept,
            comparison,
            stages,
            differences,
            unreadable,
            progress: progress_of(&labeled),
            roll_up_code: crate::share::encode(&roll_up.assessment),
            roll_up,
        }
    }
}

#[derive(Clone, Debug)]
pub enum ViewsAction {
    Request(ViewRequest),
    Notice(Option<Notice>),
    /// The tools worker answered `op`; it ends that op's "working" notice.
    Reply {
        op: Op,
        result: Result<String, String>,
    },
    /// The share page asked the worker for `files_to_ask` of this request.
    FilesAsked(ViewRequest),
    /// Hand this share code to the app (asking first when it would replace saved work).
    Adopt(String),
    /// The user's answer to the replace question (`ViewsState::confirm`).
    Confirm(bool),
    /// The app has been handed `adopt`.
    AdoptSent,
    /// An option of the embed page changed.
    SetEmbed(EmbedField, String),
    /// The user planned this score for an indicator on the plan page.
    PlanTo(InstrumentId, String, u8),
    /// The user changed the survey's mapping: the file is read again with these choices.
    SurveyChoices(ImportChoices),
    /// Take the assessment at this place out of the comparison.
    CompareRemove(usize),
    /// A change of the workspace page.
    Workspace(super::workspace::WorkspaceAction),
    /// An edit on the evidence page.
    Evidence(super::evidence::EvidenceEdit),
    /// The evidence page's entries have been handed to the app.
    EvidenceSent,
    /// A change of the website inventory.
    Websites(super::websites::WebsitesAction),
}

/// Where a tool's notice is shown.
fn slot_of(op: Op) -> Slot {
    match op {
        Op::ImportCsv | Op::RemapCsv => Slot::Csv,
        Op::ImportJson => Slot::Json,
        Op::CompareJson => Slot::Compare,
        Op::WorkspaceList | Op::WorkspaceImport | Op::WorkspaceExport | Op::WorkspaceCsv => {
            Slot::Workspace
        }
        _ => Slot::Link,
    }
}

/// The state after `action`.
pub fn apply(mut state: ViewsState, action: ViewsAction) -> ViewsState {
    match action {
        ViewsAction::Request(request) => {
            let same_code = state
                .request
                .as_ref()
                .is_some_and(|r| r.assessment == request.assessment);
            if !same_code {
                state.assessment = store::from_exact(&request.assessment).ok().map(Rc::new);
                // Planned scores belong to the answers they were planned from.
                state.plan_edits.clear();
            }
            let entering = |r: &ViewRequest| r.route == crate::route::Route::Workspace;
            if entering(&request) && !state.request.as_ref().is_some_and(entering) {
                // This tab's own changes (answers, an adoption) fire no storage event.
                state.workspace = workspace_apply(&mut state, WorkspaceAction::Changed);
            }
            if let (crate::route::Route::Evidence(id), Some(a)) =
                (&request.route, &state.assessment)
            {
                state.evidence = Some(super::evidence::EvidenceDraft::of(
                    state.evidence.as_ref(),
                    id,
                    a,
                ));
            }
            if let crate::route::Route::Compare(codes) = &request.route {
                // A comparison link names its assessments; an empty one keeps the page's.
                let codes = crate::route::compared_codes(codes);
                if !codes.is_empty() && codes != state.compared.codes {
                    state.compared = Rc::new(Compared::of(codes));
                }
            }
            state.request = Some(request);
        }
        ViewsAction::Notice(notice) => state.notice = notice,
        ViewsAction::Reply { op, result } => reply(&mut state, op, result),
        ViewsAction::FilesAsked(request) => mark_asked(&mut state, &request),
        ViewsAction::Adopt(code) => hand_over(&mut state, Slot::Csv, code.into()),
        ViewsAction::Confirm(yes) => {
            let asked = state.confirm.take();
            if yes {
                state.adopt = asked.map(|(_, code)| code);
            }
        }
        ViewsAction::AdoptSent => state.adopt = None,
        ViewsAction::PlanTo(instrument, indicator, to) => {
            state
                .plan_edits
                .retain(|(i, id, _)| !(*i == instrument && *id == indicator));
            state.plan_edits.push((instrument, indicator, to));
        }
        ViewsAction::SurveyChoices(choices) => state.survey_choices = choices,
        ViewsAction::CompareRemove(at) => {
            let mut codes = state.compared.codes.clone();
            if at < codes.len() {
                codes.remove(at);
                state.compared = Rc::new(Compared::of(codes));
            }
        }
        ViewsAction::Evidence(edit) => {
            if let (Some(draft), Some(_)) = (state.evidence.take(), &state.assessment) {
                state.evidence = Some(draft.edit(edit));
            }
        }
        ViewsAction::EvidenceSent => {
            if let Some(draft) = &mut state.evidence {
                draft.to_send = None;
            }
        }
        ViewsAction::Workspace(action) => {
            state.workspace = super::workspace::apply(state.workspace, action)
        }
        ViewsAction::Websites(action) => state.websites = state.websites.apply(action),
        ViewsAction::SetEmbed(field, value) => {
            state.embed.set(field, &value);
            state.notice = state.notice.filter(|n| n.slot != Slot::Embed);
        }
    }
    state
}

fn reply(state: &mut ViewsState, op: Op, result: Result<String, String>) {
    let slot = slot_of(op);
    // Only imports have a "working" notice to end; a file made in the background must
    // not take away a notice the user is reading ("link copied").
    let import = matches!(
        op,
        Op::ImportJson
            | Op::ImportCsv
            | Op::RemapCsv
            | Op::CompareJson
            | Op::WorkspaceImport
            | Op::WorkspaceExport
            | Op::WorkspaceCsv
    );
    if import && state.notice.as_ref().is_some_and(|n| n.slot == slot) {
        state.notice = None;
    }
    let text = match result {
        Ok(text) => text,
        Err(text) => {
            if op == Op::WorkspaceList {
                state.workspace = workspace_apply(state, WorkspaceAction::ListFailed);
            }
            let kind = NoticeKind::Problem;
            state.notice = Some(Notice { slot, kind, text });
            return;
        }
    };
    let files = &mut state.files;
    match op {
        Op::ImportJson => hand_over(state, Slot::Json, text.into()),
        Op::CompareJson => add_compared(state, &text),
        Op::ImportCsv => {
            // A new file starts from what was recognised in it.
            state.survey_choices = ImportChoices::default();
            state.survey = Some(Rc::new(SurveySummary::decode(&text)));
        }
        Op::RemapCsv => state.survey = Some(Rc::new(SurveySummary::decode(&text))),
        Op::Questionnaire => {
            // The reply is `<kind>\n<file>`.
            if let Some((kind, file)) = text.split_once('\n') {
                files.questionnaires.retain(|(k, _)| k != kind);
                files.questionnaires.push((kind.to_string(), file.into()));
            }
        }
        Op::ExportJson => files.response = Some(text.into()),
        Op::ReportJson => files.report = Some(text.into()),
        Op::TemplateJson => files.template_json = Some(text.into()),
        Op::TemplateCsv => files.template_csv = Some(text.into()),
        Op::WorkspaceList => {
            // `<listing number>\n<rows>`: a reply to an older listing is dropped.
            let (n, rows) = text.split_once('\n').unwrap_or((&text, ""));
            let action = WorkspaceAction::Listed(n.parse().unwrap_or(0), rows.to_string());
            state.workspace = workspace_apply(state, action);
        }
        Op::WorkspaceImport => {
            let read = crate::worker::records::ImportReply::decode(&text);
            state.workspace = workspace_apply(state, WorkspaceAction::Read(read));
        }
        Op::WorkspaceExport => {
            state.workspace = workspace_apply(state, WorkspaceAction::Export(text))
        }
        Op::WorkspaceCsv => state.workspace = workspace_apply(state, WorkspaceAction::Csv(text)),
    }
}

use super::workspace::WorkspaceAction;

fn workspace_apply(
    state: &mut ViewsState,
    action: WorkspaceAction,
) -> super::workspace::WorkspaceView {
    super::workspace::apply(std::mem::take(&mut state.workspace), action)
}

/// A column's name: who was assessed and when ("Kota Prabumulih · Diskominfo · 2024-03-05"),
/// or its place ("#2") when the profile is empty.
fn label_of(profile: &crate::model::Profile, place: usize) -> String {
    let parts: Vec<&str> = [&profile.region, &profile.unit, &profile.date]
        .into_iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect();
    if parts.is_empty() {
        format!("#{place}")
    } else {
        parts.join(" · ")
    }
}

/// An imported file joins the comparison (as its share code, which the link carries),
/// unless the page is full.
fn add_compared(state: &mut ViewsState, exact: &str) {
    let Ok(a) = store::from_exact(exact) else {
        return;
    };
    let mut codes = state.compared.codes.clone();
    if codes.len() >= MAX_COMPARED {
        let text = crate::i18n::fill(
            crate::i18n::compare_words(state.request.as_ref().map_or(Lang::Id, |r| r.lang)).full,
            &[&MAX_COMPARED.to_string()],
        );
        let kind = NoticeKind::Problem;
        state.notice = Some(Notice {
            slot: Slot::Compare,
            kind,
            text,
        });
        return;
    }
    codes.push(crate::share::encode(&a));
    state.compared = Rc::new(Compared::of(codes));
}

/// An imported assessment goes to the app at once, or, when it would replace saved work,
/// after the user says yes in the page (never `window.confirm`: a browser may block it in
/// an embedded frame).
fn hand_over(state: &mut ViewsState, slot: Slot, code: Rc<str>) {
    if state.assessment.as_deref().is_some_and(has_work) {
        state.confirm = Some((slot, code));
    } else {
        state.adopt = Some(code);
    }
}

/// The worker requests the share page still needs for `request`'s files (each asked
/// once: the caller then sends `ViewsAction::FilesAsked`).
pub fn files_to_ask(state: &ViewsState, request: &ViewRequest) -> Vec<(Op, String)> {
    let files = &state.files;
    let mut ops = Vec::new();
    let survey_page = request.route == crate::route::Route::Survey;
    let payload = export_payload(state, request);
    if files.for_code != payload && !survey_page {
        ops.push((Op::ExportJson, payload.clone()));
        ops.push((Op::ReportJson, payload));
    }
    // The blank response file is the same for everyone: asked with the first request.
    if files.template_json.is_none() && files.csv_lang.is_none() {
        ops.push((Op::TemplateJson, String::new()));
    }
    let new_lang = files.csv_lang != Some(request.lang);
    if new_lang {
        ops.push((Op::TemplateCsv, String::new()));
    }
    if survey_page && (new_lang || files.questionnaires.is_empty()) {
        ops.extend(QUESTIONNAIRES.map(|kind| (Op::Questionnaire, kind.to_string())));
    }
    ops
}

/// What the response file is made of: the assessment, with its website inventory
/// riding along once the page has read it (`websites::attach`), so a change of either
/// makes the file again.
pub fn export_payload(state: &ViewsState, request: &ViewRequest) -> String {
    let sites: Vec<crate::websites::Website> =
        state.websites.rows.iter().map(|r| r.site.clone()).collect();
    crate::websites::attach(&request.assessment, &sites)
}

/// Notes that `files_to_ask` was asked for `request`: the old files are dropped, so a
/// download is never offered for another assessment than the one shown.
fn mark_asked(state: &mut ViewsState, request: &ViewRequest) {
    let payload = export_payload(state, request);
    let files = &mut state.files;
    if files.for_code != payload && request.route != crate::route::Route::Survey {
        files.for_code = payload;
        files.response = None;
        files.report = None;
    }
    if files.csv_lang != Some(request.lang) {
        files.csv_lang = Some(request.lang);
        files.template_csv = None;
        files.questionnaires.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::Route;

    fn request(assessment: &str, lang: Lang) -> ViewRequest {
        ViewRequest {
            route: Route::Share,
            lang,
            assessment: assessment.into(),
        }
    }

    fn blank_code() -> String {
        store::exact(&Assessment::default())
    }

    #[test]
    fn an_import_over_saved_work_waits_for_a_yes_in_the_page() {
        let mut mine = Assessment::default();
        mine.profile.unit = "Diskominfo".into();
        let blank = apply(
            ViewsState::default(),
            ViewsAction::Request(request(&blank_code(), Lang::Id)),
        );
        let s = apply(blank, ViewsAction::Adopt("code".into()));
        assert_eq!(
            (s.adopt.as_deref(), s.confirm.is_none()),
            (Some("code"), true)
        );

        let working = apply(
            ViewsState::default(),
            ViewsAction::Request(request(&store::exact(&mine), Lang::Id)),
        );
        let reply = ViewsAction::Reply {
            op: Op::ImportJson,
            result: Ok("file".into()),
        };
        let asked = apply(working, reply);
        assert_eq!(asked.adopt, None);
        assert_eq!(asked.confirm, Some((Slot::Json, "file".into())));
        let declined = apply(asked.clone(), ViewsAction::Confirm(false));
        assert_eq!((declined.adopt, declined.confirm), (None, None));
        let agreed = apply(asked, ViewsAction::Confirm(true));
        assert_eq!(
            (agreed.adopt.as_deref(), agreed.confirm),
            (Some("file"), None)
        );
    }

    #[test]
    fn a_request_decodes_its_assessment_once() {
        let s = apply(
            ViewsState::default(),
            ViewsAction::Request(request(&blank_code(), Lang::Id)),
        );
        let first = s.assessment.clone().expect("decoded");
        let s = apply(s, ViewsAction::Request(request(&blank_code(), Lang::En)));
        assert!(Rc::ptr_eq(&first, s.assessment.as_ref().unwrap()));
        let s = apply(s, ViewsAction::Request(request("1nonsense", Lang::En)));
        assert_eq!(s.assessment, None);
    }

    #[test]
    fn replies_fill_their_place_and_end_their_notice() {
        let busy = |slot| {
            ViewsAction::Notice(Some(Notice {
                slot,
                kind: NoticeKind::Busy,
                text: "…".into(),
            }))
        };
        let reply = |op, result| ViewsAction::Reply { op, result };
        let s = apply(ViewsState::default(), busy(Slot::Csv));
        let s = apply(s, reply(Op::ImportCsv, Ok("respondents\t7".into())));
        assert_eq!(s.notice, None, "the survey ends the CSV notice");
        assert_eq!(s.survey.as_ref().map(|x| x.respondents), Some(7));

        let s = apply(s, busy(Slot::Json));
        let s = apply(s, reply(Op::ImportJson, Err("a\nb".into())));
        let problem = s.notice.clone().expect("the problems");
        assert_eq!(
            (problem.slot, problem.kind, problem.text.as_str()),
            (Slot::Json, NoticeKind::Problem, "a\nb")
        );
        assert_eq!(s.adopt, None);
        let s = apply(s, reply(Op::ExportJson, Ok("{}".into())));
        assert_eq!(s.notice, Some(problem), "another slot's notice stays");
        assert_eq!(s.files.response.as_deref(), Some("{}"));
        assert!(s.survey.is_some(), "a file does not drop the survey");

        let s = apply(s, reply(Op::ImportJson, Ok("1xyz".into())));
        assert_eq!(s.adopt.as_deref(), Some("1xyz"));
        assert_eq!(s.notice, None);
        let s = apply(s, ViewsAction::AdoptSent);
        assert_eq!(s.adopt, None);
        let copied = ViewsAction::Notice(Some(Notice {
            slot: Slot::Link,
            kind: NoticeKind::Done,
            text: "copied".into(),
        }));
        let s = apply(s, copied);
        let s = apply(s, reply(Op::TemplateCsv, Ok("a,b".into())));
        assert!(s.notice.is_some(), "a file made meanwhile keeps the notice");
        let s = apply(s, reply(Op::ReportJson, Err("x".into())));
        assert_eq!(s.notice.map(|n| n.kind), Some(NoticeKind::Problem));
    }

    #[test]
    fn files_are_asked_once_per_assessment_and_language() {
        let mut s = ViewsState::default();
        let r = request("1abc", Lang::Id);
        let ops: Vec<Op> = files_to_ask(&s, &r).into_iter().map(|x| x.0).collect();
        assert_eq!(
            ops,
            [
                Op::ExportJson,
                Op::ReportJson,
                Op::TemplateJson,
                Op::TemplateCsv
            ]
        );
        mark_asked(&mut s, &r);
        assert!(files_to_ask(&s, &r).is_empty());
        let en = request("1abc", Lang::En);
        let ops: Vec<Op> = files_to_ask(&s, &en).into_iter().map(|x| x.0).collect();
        assert_eq!(ops, [Op::TemplateCsv]);
        s = apply(
            s,
            ViewsAction::Reply {
                op: Op::ExportJson,
                result: Ok("{}".into()),
            },
        );
        let other = request("1xyz", Lang::Id);
        mark_asked(&mut s, &other);
        assert_eq!(s.files.response, None, "never another assessment's file");
    }

    /// An assessment with a region, as a comparison's column.
    fn region(name: &str, score: f64) -> crate::model::Assessment {
        let mut a = Assessment::default();
        a.profile.region = name.into();
        a.answers
            .scv
            .insert("S1.1".into(), crate::model::LikertAnswer::Score(score));
        a
    }

    #[test]
    fn a_comparison_link_names_its_assessments_and_files_join_them() {
        let codes: Vec<String> = [region("A", 2.0), region("B", 4.0)]
            .iter()
            .map(crate::share::encode)
            .collect();
        let mut link = request("", Lang::Id);
        link.route = Route::Compare(codes.join("."));
        let s = apply(ViewsState::default(), ViewsAction::Request(link));
        assert_eq!(s.compared.codes, codes);
        assert_eq!(s.compared.comparison.columns[1].label, "B");
        // A file joins; a damaged code in a link is named, not dropped in silence.
        let file = store::exact(&region("C", 3.0));
        let s = apply(
            s,
            ViewsAction::Reply {
                op: Op::CompareJson,
                result: Ok(file),
            },
        );
        assert_eq!(s.compared.comparison.columns.len(), 3);
        let s = apply(s, ViewsAction::CompareRemove(0));
        assert_eq!(s.compared.comparison.columns[0].label, "B");
        let mut damaged = request("", Lang::Id);
        damaged.route = Route::Compare([codes[0].as_str(), "1AAAA"].join("."));
        let s = apply(s, ViewsAction::Request(damaged));
        assert_eq!(
            (s.compared.codes.len(), s.compared.unreadable.len()),
            (1, 1)
        );
    }

    #[test]
    fn a_thirteenth_assessment_is_told_not_added() {
        let mut s = ViewsState::default();
        for i in 0..MAX_COMPARED {
            let file = store::exact(&region(&format!("R{i}"), 3.0));
            s = apply(
                s,
                ViewsAction::Reply {
                    op: Op::CompareJson,
                    result: Ok(file),
                },
            );
        }
        assert_eq!(s.compared.codes.len(), MAX_COMPARED);
        assert_eq!(s.notice, None);
        let file = store::exact(&region("R13", 3.0));
        let s = apply(
            s,
            ViewsAction::Reply {
                op: Op::CompareJson,
                result: Ok(file),
            },
        );
        assert_eq!(s.compared.codes.len(), MAX_COMPARED);
        let notice = s.notice.expect("told");
        assert_eq!(
            (notice.slot, notice.kind),
            (Slot::Compare, NoticeKind::Problem)
        );
        assert!(notice.text.contains("12"));
    }
}
