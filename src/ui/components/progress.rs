//! Answered / total as text and a thin bar. The text carries the meaning; the bar is
//! decoration and hidden from screen readers.

use yew::prelude::*;

use crate::state::Progress;

#[derive(Properties, PartialEq)]
pub struct ProgressBarProps {
    /// The whole sentence, e.g. "Overall: 12 / 87 answered".
    pub text: AttrValue,
    pub progress: Progress,
    #[prop_or_default]
    pub testid: Option<&'static str>,
}

#[component]
pub fn ProgressBar(props: &ProgressBarProps) -> Html {
    let Progress { answered, total } = props.progress;
    let width = (answered.min(total) * 100).checked_div(total).unwrap_or(0);
    let style = ["width:", &width.to_string(), "%"].concat();
    html! {
        <div class="progress" data-testid={props.testid}
            data-answered={answered.to_string()} data-total={total.to_string()}>
            <span class="progress-text">{ props.text.clone() }</span>
            <span class="progress-track" aria-hidden="true"><span class="progress-fill" {style}></span></span>
        </div>
    }
}
