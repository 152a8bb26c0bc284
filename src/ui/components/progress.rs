//! Answered / total as text and a thin bar. The text carries the meaning; the bar is
//! decoration and hidden from screen readers. `data-answered` / `data-total` give the
//! numbers to tests without parsing text.

use yew::prelude::*;

use crate::state::Progress;

/// `text` is the whole sentence, e.g. "Overall: 12 / 87 answered".
pub fn progress_bar(text: String, progress: Progress, testid: &'static str) -> Html {
    let Progress { answered, total } = progress;
    let width = (answered.min(total) * 100).checked_div(total).unwrap_or(0);
    // SVG geometry, not a style attribute: a strict CSP (`style-src 'self'`) refuses those.
    let width = width.to_string();
    html! {
        <div class="progress" data-testid={testid} data-answered={answered.to_string()} data-total={total.to_string()}>
            <span class="progress-text">{ text }</span>
            <svg class="progress-track" viewBox="0 0 100 1" preserveAspectRatio="none" aria-hidden="true"><rect class="progress-fill" {width} height="1"></rect></svg>
        </div>
    }
}
