//! The QR code SVG: well formed, deterministic, and holding exactly the symbol's modules.

use cermat::model::{Assessment, LikertAnswer};
use cermat::qr::qr_svg;
use cermat::share;
use qrcodegen::{QrCode, QrCodeEcc};

const LINK: &str =
    "https://example.go.id/cermat/#/r/1gTUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/// The `viewBox` side and the dark modules the path draws, parsed back.
fn parse(svg: &str) -> (i32, Vec<(i32, i32)>) {
    let side = svg
        .split("viewBox=\"0 0 ")
        .nth(1)
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let d = svg
        .split(" d=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    let mut dark = Vec::new();
    for sub in d.split('M').filter(|s| !s.is_empty()) {
        // "x yhRUNv1h-RUNz"
        let (xy, rest) = sub.split_once('h').unwrap();
        let (x, y) = xy.split_once(' ').unwrap();
        let run: i32 = rest.split('v').next().unwrap().parse().unwrap();
        assert!(rest.ends_with(&format!("v1h-{run}z")), "{sub}");
        let (x, y): (i32, i32) = (x.parse().unwrap(), y.parse().unwrap());
        dark.extend((x..x + run).map(|x| (x, y)));
    }
    (side, dark)
}

#[test]
fn svg_is_well_formed_and_scalable() {
    let svg = qr_svg(LINK).unwrap();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "));
    assert!(svg.ends_with("</svg>"));
    assert_eq!(svg.matches("<path").count(), 1);
    assert_eq!(svg.matches('<').count(), svg.matches('>').count());
    assert!(
        !svg.contains("width=\"100") && !svg.contains("<svg width"),
        "sized by viewBox only"
    );
    assert!(svg.contains("fill=\"#fff\"") && svg.contains("fill=\"#000\""));
}

#[test]
fn path_draws_exactly_the_dark_modules_inside_a_quiet_zone() {
    let qr = QrCode::encode_text(LINK, QrCodeEcc::Medium).unwrap();
    let (side, dark) = parse(&qr_svg(LINK).unwrap());
    assert_eq!(side, qr.size() + 8);
    let mut expected = Vec::new();
    for y in 0..qr.size() {
        for x in 0..qr.size() {
            if qr.get_module(x, y) {
                expected.push((x + 4, y + 4));
            }
        }
    }
    assert_eq!(dark, expected);
}

#[test]
fn same_text_same_svg_and_different_text_different_svg() {
    assert_eq!(qr_svg(LINK), qr_svg(LINK));
    assert_ne!(qr_svg(LINK), qr_svg("https://example.go.id/"));
}

#[test]
fn a_full_result_link_fits_and_overlong_text_is_none() {
    let mut a = Assessment::default();
    a.profile.region = "Kab. Penukal Abab Lematang Ilir (Sumsel)".into();
    for id in share::order_v1::SCV_ITEMS {
        a.answers.scv.insert(id.into(), LikertAnswer::Score(3.25));
    }
    for id in share::order_v1::EREADINESS_ITEMS {
        a.answers
            .ereadiness
            .insert(id.into(), LikertAnswer::Score(4.5));
    }
    let code = share::encode(&a);
    assert!(qr_svg(&format!("https://example.go.id/#/r/{code}")).is_some());
    assert!(qr_svg("").is_some());
    assert_eq!(qr_svg(&"x".repeat(5000)), None);
}
