//! Writes N synthetic response files, one per region, for comparing at national scale
//! (issue 10), then times reading, comparing and ranking them.
//!
//!     cargo run --release --example generate_regions -- DIR [N=552]
//!
//! 552 is every province (38), regency (416) and city (98) of Indonesia; the names are
//! synthetic ("Provinsi 01", "Kabupaten 001", "Kota 001") with their region type. Answers
//! are random but seeded, so every run writes the same files: each region has its own
//! level, its statements scatter around it (a few N/A or unanswered), and higher stages
//! are met less often. Dates fall in 2024. Files are `DIR/NNN-<name>.json`.
//!
//! After writing, it reads the files back as `cermat-cli compare` does and prints how
//! long parsing, comparing (with both rankings and the largest differences) and the CSV
//! took. `tests/compare.rs` uses `region` for its own in-memory timing.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use cermat::compare::{compare, comparison_csv, largest_differences, rank, Labeled};
use cermat::content;
use cermat::format::{parse_response_bytes, response_json};
use cermat::model::{Assessment, InstrumentId, Lang, LikertAnswer, RegionType, StageAnswer};

/// Provinces, regencies and cities of Indonesia (2024).
const PROVINCES: usize = 38;
const REGENCIES: usize = 416;
const CITIES: usize = 98;
pub const ALL_REGIONS: usize = PROVINCES + REGENCIES + CITIES;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: generate_regions DIR [N=552]");
        return ExitCode::from(64);
    };
    let n = match args.get(1).map(|a| a.parse::<usize>()) {
        None => ALL_REGIONS,
        Some(Ok(n)) => n,
        Some(Err(_)) => {
            eprintln!("N must be a whole number, not {:?}", args[1]);
            return ExitCode::from(64);
        }
    };
    let dir = Path::new(dir);
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("{}: {e}", dir.display());
        return ExitCode::from(74);
    }
    let mut paths = Vec::with_capacity(n);
    for i in 0..n {
        let assessment = region(i);
        let slug = assessment.profile.region.to_lowercase().replace(' ', "-");
        let path = dir.join(format!("{:03}-{slug}.json", i + 1));
        if let Err(e) = std::fs::write(&path, response_json(&assessment)) {
            eprintln!("{}: {e}", path.display());
            return ExitCode::from(74);
        }
        paths.push(path);
    }
    println!("wrote {n} response files to {}", dir.display());
    time_comparison(&paths)
}

/// Reads, parses, compares and ranks the files, timing each part.
fn time_comparison(paths: &[std::path::PathBuf]) -> ExitCode {
    let start = Instant::now();
    let mut labeled = Vec::with_capacity(paths.len());
    for path in paths {
        let parsed = std::fs::read(path)
            .ok()
            .and_then(|bytes| parse_response_bytes(&bytes).ok());
        let Some(assessment) = parsed else {
            eprintln!("{}: cannot be read back", path.display());
            return ExitCode::from(1);
        };
        labeled.push(Labeled::new(path.display().to_string(), assessment));
    }
    let parsed = start.elapsed();
    let start = Instant::now();
    let comparison = compare(&labeled);
    let rankings: Vec<_> = InstrumentId::ALL
        .into_iter()
        .map(|instrument| rank(&comparison, instrument))
        .collect();
    let differences = largest_differences(&comparison, 5);
    let compared = start.elapsed();
    let start = Instant::now();
    let csv = comparison_csv(&comparison, Lang::Id);
    let written = start.elapsed();
    let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{} files: read + parse {:.1} ms, compare + rank + differences {:.1} ms, CSV {:.1} ms ({} bytes); total {:.1} ms",
        labeled.len(),
        ms(parsed),
        ms(compared),
        ms(written),
        csv.len(),
        ms(parsed + compared + written),
    );
    if let (Some(first), Some(top)) = (rankings[0].first(), differences.first()) {
        println!(
            "highest Support/Capacity/Value index: {}; largest difference: {} ({:.2})",
            comparison.columns[first.column].label, top.name.en, top.spread
        );
    }
    ExitCode::SUCCESS
}

/// The `i`-th synthetic region (0-based), the same on every run.
pub fn region(i: usize) -> Assessment {
    let mut rng = SplitMix64(0x5eed_0000 + i as u64);
    let mut assessment = Assessment::default();
    let slot = i % ALL_REGIONS;
    let round = i / ALL_REGIONS;
    let (kind, name, number) = if slot < PROVINCES {
        (RegionType::Province, "Provinsi", slot + 1)
    } else if slot < PROVINCES + REGENCIES {
        (RegionType::Regency, "Kabupaten", slot - PROVINCES + 1)
    } else {
        (RegionType::City, "Kota", slot - PROVINCES - REGENCIES + 1)
    };
    let suffix = if round > 0 {
        format!(" {}", round + 1)
    } else {
        String::new()
    };
    let profile = &mut assessment.profile;
    profile.region = match kind {
        RegionType::Province => format!("{name} {number:02}{suffix}"),
        _ => format!("{name} {number:03}{suffix}"),
    };
    profile.region_type = Some(kind);
    profile.unit = "Diskominfo".to_string();
    profile.date = format!("2024-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28));

    // The region's level, 1.5-4.5; statements scatter one point around it.
    let level = 1.5 + 3.0 * rng.unit();
    for instrument in InstrumentId::ALL {
        let items = content::likert(instrument)
            .elements
            .iter()
            .flat_map(|e| e.indicators)
            .flat_map(|i| i.items);
        for item in items {
            let roll = rng.below(100);
            let answer = match roll {
                0..=2 => continue, // unanswered
                3..=6 => LikertAnswer::NotApplicable,
                _ => {
                    let value = (level + 2.0 * rng.unit() - 1.0).round().clamp(1.0, 5.0);
                    LikertAnswer::Score(value)
                }
            };
            assessment
                .answers
                .likert_mut(instrument)
                .insert(item.id.to_string(), answer);
        }
    }
    for stage in content::stages().stages {
        // Stage 1 is met by nearly everyone, stage 5 by few, more often at higher levels.
        let chance = (level / 5.0 + 0.45 - 0.15 * f64::from(stage.number)).clamp(0.05, 0.97);
        for criterion in stage.criteria {
            let draw = rng.unit();
            let answer = if draw < chance {
                StageAnswer::Yes
            } else if draw < chance + 0.15 {
                StageAnswer::Partly
            } else {
                StageAnswer::No
            };
            assessment
                .answers
                .stage
                .insert(criterion.id.to_string(), answer);
        }
    }
    assessment
}

/// SplitMix64: a tiny deterministic generator, enough for test data.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}
