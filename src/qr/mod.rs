//! QR codes of result links, as SVG, for the share panel and the printed report.
//!
//! The symbol comes from `qrcodegen` (pure Rust, no dependencies, small in wasm).
//! `qr_symbol` gives the data the browser draws as SVG elements (a `viewBox` side and one
//! path of dark modules on a white square with the standard 4-module quiet zone, sized by
//! `viewBox` only so it scales to any box and prints sharply); `qr_svg` writes the same
//! symbol as a standalone SVG document, for files.

use qrcodegen::{QrCode, QrCodeEcc};

/// Modules of white border the QR standard asks for around the symbol.
const QUIET_ZONE: i32 = 4;

/// A QR symbol ready to draw: a square of `side` modules (quiet zone included) and the
/// path data (`d`) of its dark modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSymbol {
    pub side: i32,
    pub path: String,
}

/// The QR symbol of `text`, or `None` if the text is too long for any QR code.
/// Error correction is Medium (15%): a printed report survives some wear, and a
/// result link (about 140 characters) stays a symbol a phone reads at arm's length.
pub fn qr_symbol(text: &str) -> Option<QrSymbol> {
    let qr = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    Some(QrSymbol {
        side: qr.size() + 2 * QUIET_ZONE,
        path: path_data(&qr),
    })
}

/// The same symbol as a standalone SVG document (for a file, never for the page).
pub fn qr_svg(text: &str) -> Option<String> {
    let QrSymbol { side, path } = qr_symbol(text)?;
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" \
         shape-rendering=\"crispEdges\" role=\"img\">\
         <rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/>\
         <path fill=\"#000\" d=\"{path}\"/></svg>"
    ))
}

/// One subpath per horizontal run of dark modules: `M x y h run v 1 h -run z`.
/// Runs keep the path about a third of one rectangle per module.
fn path_data(qr: &QrCode) -> String {
    let mut d = String::new();
    for y in 0..qr.size() {
        let mut x = 0;
        while x < qr.size() {
            if !qr.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < qr.size() && qr.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            d.push_str(&format!(
                "M{} {}h{run}v1h-{run}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE
            ));
        }
    }
    d
}
