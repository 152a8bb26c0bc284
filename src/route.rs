//! The hash routes a user can bookmark, and the order of the wizard's steps.
//!
//! Hash routes suit a static host: the server only ever sees `index.html`. This module is
//! pure so that parsing, printing and step order are tested natively; the browser side
//! only listens to `hashchange` and renders the page that `Route::parse` names.

use crate::content;
use crate::model::InstrumentId;

/// The three parts of the wizard, in the order an assessor fills them (which is also
/// their `Ord` order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    Scv,
    Ereadiness,
    Stage,
}

impl Section {
    pub const ALL: [Section; 3] = [Section::Scv, Section::Ereadiness, Section::Stage];

    /// The path segment: `scv`, `ereadiness` or `stage`.
    pub fn key(self) -> &'static str {
        match self {
            Section::Scv => "scv",
            Section::Ereadiness => "ereadiness",
            Section::Stage => "stage",
        }
    }

    pub fn from_key(key: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The Likert instrument this section fills, `None` for the stage checklist.
    pub fn likert(self) -> Option<InstrumentId> {
        match self {
            Section::Scv => Some(InstrumentId::Scv),
            Section::Ereadiness => Some(InstrumentId::Ereadiness),
            Section::Stage => None,
        }
    }

    /// Steps in this section: one per element, or one per UN stage. Read from the
    /// content so that a changed instrument never needs a change here.
    pub fn steps(self) -> usize {
        match self.likert() {
            Some(id) => content::likert(id).elements.len(),
            None => content::stages().stages.len(),
        }
    }

    fn position(self) -> usize {
        Section::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    fn after(self) -> Option<Section> {
        Section::ALL.get(self.position() + 1).copied()
    }

    fn before(self) -> Option<Section> {
        self.position().checked_sub(1).map(|i| Section::ALL[i])
    }
}

/// The page index.html holds prerendered, answerable before the app has started
/// (`ui::first_load::prerender`): the first step of the first instrument.
pub const PRERENDERED: Route = Route::Assess {
    section: Section::Scv,
    step: 1,
};

/// A page of the app. Steps are 1-based, as the user sees them.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Route {
    #[default]
    Landing,
    Profile,
    Assess {
        section: Section,
        step: usize,
    },
    Results,
    Method,
    /// A result opened from a share link; the code is `crate::share`'s, kept verbatim.
    Shared(String),
    /// The printable report.
    Report,
    /// Sharing (link, QR), JSON import and export, and CSV survey aggregation.
    Share,
    /// "Sematkan": the options, a live preview and the snippet to embed the app.
    Embed,
    /// The plan to the target levels, and the narrative of the result.
    Plan,
    /// Surveys of many respondents: questionnaires to hand out, a CSV import with its
    /// column mapping, the survey's statistics.
    Survey,
    /// The printable paper questionnaire and its data-entry sheet.
    SurveyPaper,
    /// Assessments side by side: the share codes of those compared, in order, joined
    /// by `.` (`#/compare/<code>.<code>...`: a code never holds a `.`), or empty. Kept
    /// as one text, split where it is shown (the views module): the first load only
    /// passes it on.
    Compare(String),
    /// The evidence (note and documents) of an indicator or stage criterion, by id (`#/evidence/S1`).
    Evidence(String),
    /// The workspace: the assessments kept in this browser, to open, copy, rename,
    /// delete, import, export, rank and compare.
    Workspace,
    /// The printable report of a shared result (`#/r/<code>/report`): its recipient
    /// prints it without first making it their own.
    SharedReport(String),
    NotFound,
}

/// The share codes of a comparison route's text, in order.
pub fn compared_codes(codes: &str) -> Vec<String> {
    codes
        .split('.')
        .filter(|c| !c.is_empty())
        .map(str::to_string)
        .collect()
}

impl Route {
    /// Parses `location.hash`. Accepts it with or without `#`, a trailing slash and a
    /// `?query` after the path (ignored), so hand-typed links still work. Anything
    /// unknown, including a step out of range, is `NotFound`: never a blank page.
    pub fn parse(hash: &str) -> Route {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let path = hash.strip_prefix('/').unwrap_or(hash);
        // A share code is opaque: take it whole, before any splitting on `/` or `?`.
        if let Some(code) = path.strip_prefix("r/") {
            // A code never holds a `/` (base64url), so `/report` after it is a page of it.
            if let Some(code) = code.strip_suffix("/report").filter(|c| !c.is_empty()) {
                return Route::SharedReport(code.to_string());
            }
            return if code.is_empty() {
                Route::NotFound
            } else {
                Route::Shared(code.to_string())
            };
        }
        let path = path.split('?').next().unwrap_or("");
        let path = path.strip_suffix('/').unwrap_or(path);
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            [""] => Route::Landing,
            ["profile"] => Route::Profile,
            ["results"] => Route::Results,
            ["method"] => Route::Method,
            ["report"] => Route::Report,
            ["share"] => Route::Share,
            ["embed"] => Route::Embed,
            ["plan"] => Route::Plan,
            ["survey"] => Route::Survey,
            ["survey", "paper"] => Route::SurveyPaper,
            ["compare"] => Route::Compare(String::new()),
            ["compare", codes] => Route::Compare(codes.to_string()),
            ["workspace"] => Route::Workspace,
            ["evidence", id] => Route::Evidence(id.to_string()),
            ["assess", section] => Route::assess(section, "1"),
            ["assess", section, step] => Route::assess(section, step),
            _ => Route::NotFound,
        }
    }

    fn assess(section: &str, step: &str) -> Route {
        let Some(section) = Section::from_key(section) else {
            return Route::NotFound;
        };
        // Only plain digits: `+1` or ` 1` are not steps a link of ours would carry.
        if step.is_empty() || step.len() > 3 || !step.bytes().all(|b| b.is_ascii_digit()) {
            return Route::NotFound;
        }
        match step.parse::<usize>() {
            Ok(step) if (1..=section.steps()).contains(&step) => Route::Assess { section, step },
            _ => Route::NotFound,
        }
    }

    /// Pages drawn by the on-demand views module (`ui::on_demand`), fetched the first
    /// time one is opened; every other page is in the first load.
    pub fn loads_on_demand(&self) -> bool {
        matches!(
            self,
            Route::Method
                | Route::Report
                | Route::Share
                | Route::Embed
                | Route::Plan
                | Route::Survey
                | Route::SurveyPaper
                | Route::Compare(_)
                | Route::Workspace
                | Route::Evidence(_)
                | Route::SharedReport(_)
        )
    }

    /// The canonical hash for this route, `#/` for the landing.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Landing | Route::NotFound => "#/".to_string(),
            Route::Profile => "#/profile".to_string(),
            Route::Assess { section, step } => {
                let mut hash = String::from("#/assess/");
                hash.push_str(section.key());
                hash.push('/');
                hash.push_str(&step.to_string());
                hash
            }
            Route::Results => "#/results".to_string(),
            Route::Method => "#/method".to_string(),
            Route::Shared(code) => {
                let mut hash = String::from("#/r/");
                hash.push_str(code);
                hash
            }
            Route::Report => "#/report".to_string(),
            Route::Share => "#/share".to_string(),
            Route::Embed => "#/embed".to_string(),
            Route::Plan => "#/plan".to_string(),
            Route::Survey => "#/survey".to_string(),
            Route::SurveyPaper => "#/survey/paper".to_string(),
            Route::Compare(codes) if codes.is_empty() => "#/compare".to_string(),
            Route::Compare(codes) => ["#/compare/", codes].concat(),
            Route::Workspace => "#/workspace".to_string(),
            Route::Evidence(id) => ["#/evidence/", id].concat(),
            Route::SharedReport(code) => ["#/r/", code, "/report"].concat(),
        }
    }

    /// The first step of a section.
    pub fn first_step(section: Section) -> Route {
        Route::Assess { section, step: 1 }
    }

    /// Where "next" leads: profile, every step of every section in order, then results.
    pub fn next(&self) -> Option<Route> {
        match self {
            Route::Landing => Some(Route::Profile),
            Route::Profile => Some(Route::first_step(Section::Scv)),
            Route::Assess { section, step } if *step < section.steps() => Some(Route::Assess {
                section: *section,
                step: step + 1,
            }),
            Route::Assess { section, .. } => Some(match section.after() {
                Some(after) => Route::first_step(after),
                None => Route::Results,
            }),
            _ => None,
        }
    }

    /// Where "previous" leads: the reverse of `next`.
    pub fn prev(&self) -> Option<Route> {
        match self {
            Route::Profile => Some(Route::Landing),
            Route::Assess { section, step } if *step > 1 => Some(Route::Assess {
                section: *section,
                step: step - 1,
            }),
            Route::Assess { section, .. } => Some(match section.before() {
                Some(before) => Route::Assess {
                    section: before,
                    step: before.steps(),
                },
                None => Route::Profile,
            }),
            Route::Results => Some(Route::Assess {
                section: Section::Stage,
                step: Section::Stage.steps(),
            }),
            _ => None,
        }
    }

    /// True for the pages of the assessment itself (profile and wizard steps), which the
    /// header's "Assessment" link should mark as current.
    pub fn is_assessment(&self) -> bool {
        matches!(self, Route::Profile | Route::Assess { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_contract_route() {
        assert_eq!(Route::parse(""), Route::Landing);
        assert_eq!(Route::parse("#"), Route::Landing);
        assert_eq!(Route::parse("#/"), Route::Landing);
        assert_eq!(Route::parse("#/profile"), Route::Profile);
        assert_eq!(Route::parse("#/results"), Route::Results);
        assert_eq!(Route::parse("#/method"), Route::Method);
        assert_eq!(Route::parse("#/report"), Route::Report);
        assert_eq!(Route::parse("#/share"), Route::Share);
        assert_eq!(
            Route::parse("#/assess/scv/2"),
            Route::Assess {
                section: Section::Scv,
                step: 2
            }
        );
        assert_eq!(
            Route::parse("#/assess/ereadiness/5"),
            Route::Assess {
                section: Section::Ereadiness,
                step: 5
            }
        );
        assert_eq!(
            Route::parse("#/assess/stage/1"),
            Route::Assess {
                section: Section::Stage,
                step: 1
            }
        );
        assert_eq!(
            Route::parse("#/r/AbC-12_x"),
            Route::Shared("AbC-12_x".into())
        );
    }

    #[test]
    fn tolerates_hand_typed_variants() {
        assert_eq!(Route::parse("#/results/"), Route::Results);
        assert_eq!(Route::parse("/results"), Route::Results);
        assert_eq!(Route::parse("results"), Route::Results);
        assert_eq!(Route::parse("#/results?lang=en"), Route::Results);
        assert_eq!(
            Route::parse("#/assess/scv"),
            Route::first_step(Section::Scv)
        );
        assert_eq!(
            Route::parse("#/assess/scv/3/"),
            Route::Assess {
                section: Section::Scv,
                step: 3
            }
        );
    }

    #[test]
    fn unknown_or_out_of_range_is_not_found() {
        for bad in [
            "#/nope",
            "#/assess",
            "#/assess/scv/0",
            "#/assess/scv/4",
            "#/assess/stage/6",
            "#/assess/scv/-1",
            "#/assess/scv/+1",
            "#/assess/scv/99999999999999999999",
            "#/assess/other/1",
            "#/r/",
            "#/profile/extra",
            "#/ results",
        ] {
            assert_eq!(Route::parse(bad), Route::NotFound, "{bad}");
        }
    }

    #[test]
    fn step_counts_follow_the_content() {
        assert_eq!(Section::Scv.steps(), 3);
        assert_eq!(Section::Ereadiness.steps(), 5);
        assert_eq!(Section::Stage.steps(), 5);
    }

    #[test]
    fn to_hash_round_trips() {
        let mut routes = vec![
            Route::Landing,
            Route::Profile,
            Route::Results,
            Route::Method,
            Route::Report,
            Route::Share,
            Route::Embed,
            Route::Plan,
            Route::Survey,
            Route::SurveyPaper,
            Route::Compare(String::new()),
            Route::Compare("1abc.3x-_y".into()),
            Route::Workspace,
            Route::Evidence("S1".into()),
            Route::Shared("x1".into()),
            Route::SharedReport("x1".into()),
        ];
        for section in Section::ALL {
            routes.extend((1..=section.steps()).map(|step| Route::Assess { section, step }));
        }
        for route in routes {
            assert_eq!(Route::parse(&route.to_hash()), route);
        }
        assert_eq!(Route::NotFound.to_hash(), "#/");
        assert_eq!(
            Route::Assess {
                section: Section::Ereadiness,
                step: 4
            }
            .to_hash(),
            "#/assess/ereadiness/4"
        );
    }

    #[test]
    fn next_walks_the_whole_wizard_and_prev_walks_back() {
        let mut forward = vec![Route::Profile];
        while let Some(next) = forward.last().and_then(Route::next) {
            forward.push(next);
        }
        // profile + 3 + 5 + 5 steps + results
        assert_eq!(forward.len(), 1 + 13 + 1);
        assert_eq!(forward.last(), Some(&Route::Results));
        assert_eq!(
            forward[3],
            Route::Assess {
                section: Section::Scv,
                step: 3
            }
        );
        assert_eq!(forward[4], Route::first_step(Section::Ereadiness));

        let mut backward = vec![Route::Results];
        while let Some(prev) = backward.last().and_then(Route::prev) {
            if prev == Route::Landing {
                break;
            }
            backward.push(prev);
        }
        backward.reverse();
        assert_eq!(backward, forward);
    }

    #[test]
    fn assessment_pages_are_marked() {
        assert!(Route::Profile.is_assessment());
        assert!(Route::first_step(Section::Stage).is_assessment());
        assert!(!Route::Results.is_assessment());
    }
}
