//! Display pieces shared by the first-load app and the on-demand views module (each
//! links only what it uses).
//!
//! Only the radio group (`question::Question`, used by `likert_item` and `stage_item`)
//! is a component, because it is what must not re-render needlessly: an answer
//! re-renders the one group that changed. The rest are plain functions returning
//! `Html`, re-rendered with their page, which re-renders only when what it shows
//! changed. A component costs 1-2 KB of WebAssembly for its lifecycle; a function
//! costs nothing extra, which matters in the first load.

mod confirm_box;
mod footer;
mod header;
mod likert_item;
mod likert_result;
mod notices;
mod progress;
mod qr_code;
mod question;
mod radar_chart;
mod recommendation_list;
mod results_dashboard;
mod score_bar;
mod stage_item;
mod stage_ladder;
mod step_nav;

use yew::Callback;

use crate::i18n::Lang;
use crate::model::Assessment;
use crate::scoring::AssessmentResult;
use crate::state::{Action, GuidanceStatus};

pub use confirm_box::confirm_replace;
pub use footer::footer;
pub use header::header;
pub use likert_item::likert_item;
pub use likert_result::{likert_result, target_note};
pub use notices::notices;
pub use progress::progress_bar;
pub use qr_code::qr_code;
pub use recommendation_list::stage_recommendations;
pub use results_dashboard::results_page;
pub use stage_item::stage_item;
pub use stage_ladder::stage_ladder;
pub use step_nav::{section_name, step_name, step_nav};

/// What a page may need, borrowed from its module's state for one render.
#[derive(Clone, Copy)]
pub struct Page<'a> {
    pub lang: Lang,
    pub assessment: &'a Assessment,
    pub result: &'a AssessmentResult,
    pub on_action: &'a Callback<Action>,
    /// Go to the next unanswered item (the app owns focus and navigation).
    pub on_jump: &'a Callback<()>,
    /// Help texts and recommendations (fetched by the first-load app when needed).
    pub guidance: &'a GuidanceStatus,
    /// A result opened from a link, or printed: shown, never changed. `assessment` and
    /// `result` are then the link's, not the user's.
    pub readonly: bool,
}
