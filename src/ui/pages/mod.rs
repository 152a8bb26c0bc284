//! One component per route.

mod landing;
mod method;
mod not_found;
mod profile;
mod results;
mod wizard;

pub use landing::Landing;
pub use method::MethodPage;
pub use not_found::{Coming, NotFound};
pub use profile::ProfilePage;
pub use results::ResultsPage;
pub use wizard::Wizard;
