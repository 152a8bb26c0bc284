//! Reusable pieces of the pages. Each takes only what it shows, as props that compare
//! cheaply, so an answer re-renders the item that changed and the summaries, not the
//! whole page.

mod footer;
mod header;
mod likert_item;
mod likert_result;
mod notices;
mod progress;
mod radar_chart;
mod recommendation_list;
mod score_bar;
mod stage_item;
mod stage_ladder;
mod step_nav;

pub use footer::Footer;
pub use header::Header;
pub use likert_item::LikertItem;
pub use likert_result::LikertResultView;
pub use notices::Notices;
pub use progress::ProgressBar;
pub use radar_chart::RadarChart;
pub use recommendation_list::{LikertRecommendations, StageRecommendations};
pub use score_bar::ScoreBar;
pub use stage_item::StageItem;
pub use stage_ladder::StageLadder;
pub use step_nav::{section_name, step_name, StepNav};
