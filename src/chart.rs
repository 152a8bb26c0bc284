//! Geometry of the radar chart, as plain numbers and SVG attribute strings.
//!
//! Kept pure (no web types) so it is tested natively; the `ui` only places the strings
//! in an `<svg>`. Coordinates are printed with one decimal through integers, which keeps
//! float formatting code out of the WebAssembly.

/// A point in SVG user units (y grows downwards).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// A square chart: centre and radius in SVG units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub cx: f64,
    pub cy: f64,
    pub r: f64,
}

/// Where a text label sits relative to its anchor point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// The SVG `text-anchor` value.
    pub fn svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// 1 at the centre, 5 at the edge: the share of the radius a score reaches, clamped.
pub fn fraction(score: f64) -> f64 {
    if score.is_finite() {
        ((score - 1.0) / 4.0).clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// Sine and cosine of `angle` (radians) by their Taylor series around 0, after
/// reducing the angle to [-pi, pi]. Accurate to about 1e-12 there, far finer than a
/// drawing needs, and it spares the WebAssembly the ~7 KB of libm's `sin`/`cos`.
pub fn sin_cos(angle: f64) -> (f64, f64) {
    use std::f64::consts::{PI, TAU};
    if !angle.is_finite() {
        return (0.0, 1.0);
    }
    let x = angle - TAU * ((angle + PI) / TAU).floor();
    let (mut sin, mut cos) = (0.0, 0.0);
    // term holds x^k / k!, alternating between the cosine (even k) and sine (odd k) series.
    let mut term = 1.0;
    for k in 0..40 {
        let sign = if (k / 2) % 2 == 0 { 1.0 } else { -1.0 };
        if k % 2 == 0 {
            cos += sign * term;
        } else {
            sin += sign * term;
        }
        term *= x / f64::from(k + 1);
    }
    (sin, cos)
}

impl Frame {
    /// The point at `fraction` (0 centre, 1 edge) of axis `i` of `n`; axis 0 points up
    /// and the others follow clockwise, as readers of radar charts expect.
    pub fn on_axis(&self, i: usize, n: usize, fraction: f64) -> Point {
        let n = n.max(1) as f64;
        let (sin, cos) = sin_cos(std::f64::consts::TAU * i as f64 / n);
        Point {
            x: self.cx + self.r * fraction * sin,
            y: self.cy - self.r * fraction * cos,
        }
    }

    /// One point per score; a missing score ("no data") sits at the centre.
    pub fn polygon(&self, scores: &[Option<f64>]) -> Vec<Point> {
        let n = scores.len();
        scores
            .iter()
            .enumerate()
            .map(|(i, s)| self.on_axis(i, n, s.map_or(0.0, fraction)))
            .collect()
    }

    /// A ring through every axis at a score (a level boundary, or 5 for the edge).
    pub fn ring(&self, n: usize, score: f64) -> Vec<Point> {
        (0..n)
            .map(|i| self.on_axis(i, n, fraction(score)))
            .collect()
    }

    /// Where the label of axis `i` goes: just outside the edge, anchored away from the
    /// centre so that text never runs over the chart.
    pub fn label(&self, i: usize, n: usize) -> (Point, Anchor) {
        let p = self.on_axis(i, n, 1.12);
        let dx = p.x - self.cx;
        let anchor = if dx.abs() < self.r * 0.1 {
            Anchor::Middle
        } else if dx > 0.0 {
            Anchor::Start
        } else {
            Anchor::End
        };
        // Labels below the centre drop a line so they clear the edge.
        let y = if p.y > self.cy + self.r * 0.5 {
            p.y + 10.0
        } else {
            p.y
        };
        (Point { x: p.x, y }, anchor)
    }
}

/// A coordinate with one decimal: `12.3`, `-4`, `0`. Non-finite values print as `0`.
pub fn coord(v: f64) -> String {
    let tenths = if v.is_finite() {
        (v * 10.0).round().clamp(-1e9, 1e9) as i64
    } else {
        0
    };
    let mut out = String::new();
    if tenths < 0 {
        out.push('-');
    }
    let t = tenths.unsigned_abs();
    out.push_str(&(t / 10).to_string());
    if t % 10 != 0 {
        out.push('.');
        out.push_str(&(t % 10).to_string());
    }
    out
}

/// The `points` attribute of a `<polygon>`: `x,y x,y ...`.
pub fn points_attr(points: &[Point]) -> String {
    let mut out = String::new();
    for (i, p) in points.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&coord(p.x));
        out.push(',');
        out.push_str(&coord(p.y));
    }
    out
}

/// A line chart's points: `values` (1-5, or none) spread evenly across `width` from
/// `left`, 1 at `bottom` and 5 at `top`. A value of `None` has no point.
pub fn line_points(
    values: &[Option<f64>],
    left: f64,
    width: f64,
    top: f64,
    bottom: f64,
) -> Vec<Option<Point>> {
    let n = values.len();
    let step = if n > 1 { width / (n - 1) as f64 } else { 0.0 };
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            v.map(|v| Point {
                x: left + step * i as f64,
                y: bottom - fraction(v) * (bottom - top),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_points_spread_across_and_up() {
        let points = line_points(&[Some(1.0), None, Some(5.0)], 10.0, 100.0, 0.0, 80.0);
        assert_eq!(points[0], Some(Point { x: 10.0, y: 80.0 }));
        assert_eq!(points[1], None);
        assert_eq!(points[2], Some(Point { x: 110.0, y: 0.0 }));
        assert_eq!(
            line_points(&[Some(3.0)], 10.0, 100.0, 0.0, 80.0)[0],
            Some(Point { x: 10.0, y: 40.0 })
        );
    }

    const F: Frame = Frame {
        cx: 100.0,
        cy: 100.0,
        r: 80.0,
    };

    fn close(a: Point, x: f64, y: f64) -> bool {
        (a.x - x).abs() < 1e-9 && (a.y - y).abs() < 1e-9
    }

    #[test]
    fn sin_cos_matches_std() {
        for i in -400..=400 {
            let a = f64::from(i) * 0.0271;
            let (s, c) = sin_cos(a);
            assert!((s - a.sin()).abs() < 1e-11, "sin {a}");
            assert!((c - a.cos()).abs() < 1e-11, "cos {a}");
        }
        assert_eq!(sin_cos(f64::NAN), (0.0, 1.0));
    }

    #[test]
    fn fraction_maps_the_likert_range() {
        assert_eq!(fraction(1.0), 0.0);
        assert_eq!(fraction(3.0), 0.5);
        assert_eq!(fraction(5.0), 1.0);
        assert_eq!(fraction(9.0), 1.0);
        assert_eq!(fraction(-3.0), 0.0);
        assert_eq!(fraction(f64::NAN), 0.0);
    }

    #[test]
    fn axes_start_at_the_top_and_go_clockwise() {
        assert!(close(F.on_axis(0, 4, 1.0), 100.0, 20.0));
        assert!(close(F.on_axis(1, 4, 1.0), 180.0, 100.0));
        assert!(close(F.on_axis(2, 4, 1.0), 100.0, 180.0));
        assert!(close(F.on_axis(3, 4, 1.0), 20.0, 100.0));
        assert!(
            close(F.on_axis(0, 0, 0.0), 100.0, 100.0),
            "no axes: no panic"
        );
    }

    #[test]
    fn polygon_places_scores_and_no_data_at_the_centre() {
        let p = F.polygon(&[Some(5.0), None, Some(3.0)]);
        assert_eq!(p.len(), 3);
        assert!(close(p[0], 100.0, 20.0));
        assert!(close(p[1], 100.0, 100.0));
        let r = ((p[2].x - 100.0).powi(2) + (p[2].y - 100.0).powi(2)).sqrt();
        assert!((r - 40.0).abs() < 1e-9);
        assert!(F.polygon(&[]).is_empty());
    }

    #[test]
    fn rings_are_regular() {
        for p in F.ring(5, 3.0) {
            let r = ((p.x - 100.0).powi(2) + (p.y - 100.0).powi(2)).sqrt();
            assert!((r - 40.0).abs() < 1e-9);
        }
    }

    #[test]
    fn labels_anchor_away_from_the_centre() {
        assert_eq!(F.label(0, 4).1, Anchor::Middle);
        assert_eq!(F.label(1, 4).1, Anchor::Start);
        assert_eq!(F.label(3, 4).1, Anchor::End);
        assert!(F.label(2, 4).0.y > 180.0);
    }

    #[test]
    fn coordinates_print_compactly() {
        assert_eq!(coord(12.34), "12.3");
        assert_eq!(coord(12.0), "12");
        assert_eq!(coord(-4.06), "-4.1");
        assert_eq!(coord(-0.01), "0");
        assert_eq!(coord(f64::NAN), "0");
        assert_eq!(
            points_attr(&[Point { x: 1.0, y: 2.5 }, Point { x: 3.0, y: 4.0 }]),
            "1,2.5 3,4"
        );
        assert_eq!(points_attr(&[]), "");
    }
}
