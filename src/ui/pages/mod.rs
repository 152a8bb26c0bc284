//! One function per route, each returning the page's `Html`.
//!
//! Pages are plain functions of what they show: the app re-renders only when the
//! state or the route changes, and then the page's inputs have changed too. What must
//! not re-render needlessly, the individual radio groups, are components with
//! memoised props (`components::question::Question`, used by `likert_item` and
//! `stage_item`).

mod landing;
mod method;
mod not_found;
mod profile;
mod report;
mod results;
mod share;
mod shared;
mod wizard;

use yew::Callback;

use crate::i18n::Lang;
use crate::model::Assessment;
use crate::scoring::AssessmentResult;
use crate::state::Action;

pub use landing::{adopt_shell, landing};
pub use method::method_page;
pub use not_found::not_found;
pub use profile::profile_page;
pub use report::report_page;
pub use results::own_results;
pub use share::{share_page, share_request};
pub use shared::{adopt_code, shared_page};
pub use wizard::wizard;

/// What the pages may need, borrowed from the app for one render.
#[derive(Clone, Copy)]
pub struct Page<'a> {
    pub lang: Lang,
    pub assessment: &'a Assessment,
    pub result: &'a AssessmentResult,
    pub on_action: &'a Callback<Action>,
    /// Go to the next unanswered item (the app owns focus and navigation).
    pub on_jump: &'a Callback<()>,
    /// A result opened from a link: shown, never changed. `assessment` and `result` are
    /// then the link's, not the user's.
    pub readonly: bool,
}
