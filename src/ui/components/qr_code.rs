//! A QR code as SVG elements (`crate::qr` gives the modules' path): drawn by Yew like
//! every other view, labelled for screen readers, sized by its `viewBox` only so it scales
//! to its box and prints sharply.

use yew::prelude::*;

use crate::qr::qr_symbol;

/// The QR code of `text` in a `div.qr` with `testid`, or nothing when the text is too
/// long for any QR code.
pub fn qr_code(text: &str, label: &'static str, testid: &'static str) -> Html {
    let Some(symbol) = qr_symbol(text) else {
        return Html::default();
    };
    let side = symbol.side.to_string();
    let view_box = ["0 0 ", &side, " ", &side].concat();
    html! {
        <div class="qr" data-testid={testid}>
            <svg xmlns="http://www.w3.org/2000/svg" viewBox={view_box} shape-rendering="crispEdges"
                role="img" aria-label={label}>
                <rect width={side.clone()} height={side} fill="#fff" />
                <path fill="#000" d={symbol.path} />
            </svg>
        </div>
    }
}
