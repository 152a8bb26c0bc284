//! One function per first-load route, each returning the page's `Html`.
//!
//! Pages are plain functions of what they show: the app re-renders only when the
//! state or the route changes, and then the page's inputs have changed too. What must
//! not re-render needlessly, the individual radio groups, are components with
//! memoised props (`components::question::Question`, used by `likert_item` and
//! `stage_item`). The routes the views module draws show `on_demand_page` here.

mod landing;
mod not_found;
mod on_demand;
mod profile;
mod results;
mod shared;
mod wizard;

pub use landing::{adopt_shell, landing};
pub use not_found::not_found;
pub use on_demand::on_demand_page;
pub use profile::profile_page;
pub use results::own_results;
pub use shared::{adopt_code, shared_page};
pub use wizard::wizard;
