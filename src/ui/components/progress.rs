//! Answered / total as text and a thin bar. The text carries the meaning; the bar is
//! decoration and hidden from screen readers. `data-answered` / `data-total` give the
//! numbers to tests without parsing text.

use yew::prelude::*;

use crate::state::Progress;

/// `text` is the whole sentence, e.g. "Overall: 12 / 87 answered".
pub fn progress_bar(text: String, progress: Progress, testid: &'static str) -> Html {
    let Progress { answered, total } = progress;
    let width = (answered.min(total) * 100).checked_div(total).unwrap_or(0);
    let style = ["width:", &width.to_string(), "%"].concat();
    html! {
        <div class="progress" data-testid={testid} data-answered={answered.to_string()} data-total={total.to_string()}>
            <span class="progress-text">{ text }</span>
            <span class="progress-track" aria-hidden="true"><span class="progress-fill" {style}></span></span>
        </div>
    }
}
