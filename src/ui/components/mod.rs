//! Reusable pieces of the pages.
//!
//! Only the radio group (`question::Question`, used by `likert_item` and `stage_item`)
//! is a component, because it is what must not re-render needlessly: an answer
//! re-renders the one group that changed. The rest are plain functions returning
//! `Html`, re-rendered with their page, which re-renders only when what it shows
//! changed. A component costs 1-2 KB of WebAssembly for its lifecycle; a function
//! costs nothing extra.

mod footer;
mod header;
mod likert_item;
mod likert_result;
mod notices;
mod progress;
mod question;
mod radar_chart;
mod recommendation_list;
mod score_bar;
mod stage_item;
mod stage_ladder;
mod step_nav;

pub use footer::footer;
pub use header::header;
pub use likert_item::likert_item;
pub use likert_result::likert_result;
pub use notices::notices;
pub use progress::progress_bar;
pub use recommendation_list::stage_recommendations;
pub use stage_item::stage_item;
pub use stage_ladder::stage_ladder;
pub use step_nav::{section_name, step_name, step_nav};
