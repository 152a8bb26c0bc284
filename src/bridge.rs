//! The messages between the first-load app and the on-demand views module.
//!
//! The two are separate WebAssembly modules on one page, each with its own Yew renderer
//! and its own root (`#app`, `#views`), so they share no memory. The app owns the
//! assessment, the language and the route; it tells the views module what to show with a
//! `ViewRequest`, and the views module hands back the one thing it cannot do itself,
//! replacing the user's assessment (an imported file, a survey), as a `ViewEvent`. Both
//! are plain text, carried by DOM events on the `#views` element (see
//! `ui::first_load::views_host` and `ui::on_demand`), and tested natively here.

use crate::model::Lang;
use crate::route::Route;

/// The element the views module renders into: a sibling of the app's root, never inside it.
pub const VIEWS_ROOT_ID: &str = "views";
/// The app's request is kept in this attribute of the root (so a module that starts late
/// reads the latest one) and announced by an event of the same name.
pub const REQUEST_ATTR: &str = "data-request";
pub const REQUEST_EVENT: &str = "cermat-request";
/// The views module's event to the app: `ViewEvent` text in `EVENT_ATTR`.
pub const EVENT_ATTR: &str = "data-event";
pub const VIEW_EVENT: &str = "cermat-view-event";
/// Announced once by the views module when it has mounted, which also marks the root
/// with `READY_ATTR`.
pub const READY_EVENT: &str = "cermat-views-ready";
pub const READY_ATTR: &str = "data-ready";

/// What the views module should show: the route, the language, and the assessment as
/// exact text (`crate::store::exact`: a result link's code would round it to hundredths).
/// (A route the views module does not draw shows nothing.)
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewRequest {
    pub route: Route,
    pub lang: Lang,
    pub assessment: String,
}

impl ViewRequest {
    /// `<hash>\n<lang>\n<assessment>`.
    pub fn encode(&self) -> String {
        [
            &self.route.to_hash(),
            "\n",
            self.lang.code(),
            "\n",
            &self.assessment,
        ]
        .concat()
    }

    pub fn decode(text: &str) -> Option<ViewRequest> {
        let mut lines = text.splitn(3, '\n');
        let route = Route::parse(lines.next()?);
        let lang = Lang::from_tag(lines.next()?)?;
        let assessment = lines.next()?.to_string();
        Some(ViewRequest {
            route,
            lang,
            assessment,
        })
    }
}

/// What the views module asks of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ViewEvent {
    /// Make this assessment (exact text, `store::exact`) the user's (confirmed first when
    /// it would replace saved work), then show its results.
    Adopt(String),
    /// The evidence page changed an indicator's or criterion's evidence: its save entries
    /// (`note:<id>`, `refs:<id>`), one a line, `key\tvalue` with the value escaped as in
    /// a save (`store::escape`).
    Evidence(String),
}

impl ViewEvent {
    pub fn encode(&self) -> String {
        match self {
            ViewEvent::Adopt(code) => ["adopt\n", code].concat(),
            ViewEvent::Evidence(entries) => ["evidence\n", entries].concat(),
        }
    }

    pub fn decode(text: &str) -> Option<ViewEvent> {
        match text.split_once('\n')? {
            ("adopt", code) if !code.is_empty() => Some(ViewEvent::Adopt(code.to_string())),
            ("evidence", entries) => Some(ViewEvent::Evidence(entries.to_string())),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::route::Section;

    #[test]
    fn requests_round_trip() {
        for route in [
            Route::Share,
            Route::Method,
            Route::Report,
            Route::Assess {
                section: Section::Stage,
                step: 2,
            },
        ] {
            for lang in Lang::ALL {
                let request = ViewRequest {
                    route: route.clone(),
                    lang,
                    assessment: "cermat-save 2\nnot a save".into(),
                };
                assert_eq!(ViewRequest::decode(&request.encode()), Some(request));
            }
        }
        assert_eq!(ViewRequest::decode(""), None);
        assert_eq!(ViewRequest::decode("#/share\nfr\n1abc"), None);
    }

    #[test]
    fn events_round_trip_and_refuse_garbage() {
        let adopt = ViewEvent::Adopt("1abc".into());
        assert_eq!(ViewEvent::decode(&adopt.encode()), Some(adopt));
        let evidence = ViewEvent::Evidence("note:S1\tDua\\nbaris\nrefs:S1\t".into());
        assert_eq!(ViewEvent::decode(&evidence.encode()), Some(evidence));
        for bad in ["", "adopt", "adopt\n", "launch\n1abc"] {
            assert_eq!(ViewEvent::decode(bad), None, "{bad:?}");
        }
    }
}
