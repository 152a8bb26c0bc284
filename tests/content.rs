//! Validates the instrument content against docs/methodology.md: the fixed ids and structure,
//! the weights, both languages everywhere, and a recommendation with its basis for
//! every indicator and criterion.

use std::collections::BTreeSet;

use cermat::content;
use cermat::model::{InstrumentId, LikertInstrument, StageInstrument, Text};

/// docs/methodology.md, instrument A: element key and its indicator ids, in order.
const SCV: &[(&str, &[&str])] = &[
    ("support", &["S1", "S2", "S3"]),
    ("capacity", &["C1", "C2", "C3"]),
    ("value", &["V1", "V2", "V3"]),
];

/// docs/methodology.md, instrument B.
const EREADINESS: &[(&str, &[&str])] = &[
    ("structure", &["ST1", "ST2", "ST3", "ST4"]),
    ("infrastructure", &["IN1", "IN2", "IN3"]),
    ("superstructure", &["SU1", "SU2", "SU3"]),
    ("culture", &["BU1", "BU2", "BU3"]),
    ("nature", &["AL1", "AL2", "AL3"]),
];

/// docs/methodology.md, instrument C: stage number, UN name and criteria ids.
const STAGES: &[(u8, &str, &[&str])] = &[
    (1, "Emerging", &["E1"]),
    (2, "Enhanced", &["N1", "N2"]),
    (3, "Interactive", &["I1", "I2"]),
    (4, "Transactional", &["T1", "T2"]),
    (5, "Connected", &["K1", "K2", "K3", "K4", "K5"]),
];

/// Fixed project decision: the share-link codec depends on it.
const ITEMS_PER_INDICATOR: usize = 3;

// Length budgets (characters): the text ships to cheap phones.
const MAX_STATEMENT: usize = 170;
const MAX_HELP: usize = 220;
const MAX_REC_TEXT: usize = 260;
// Bases name real documents ("Kajian Smart Province Sumsel, rekomendasi 3"), which run longer.
const MAX_BASIS: usize = 140;

const EPS: f64 = 1e-9;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// Names, sources, stage names: may read the same in both languages.
    Label,
    /// Must be a real translation: id and en differ.
    Prose,
    /// Recommendation basis: may be the same in both languages.
    Basis,
}

struct Entry {
    place: String,
    text: Text,
    kind: Kind,
    max: Option<usize>,
}

fn likert_instruments() -> [&'static LikertInstrument; 2] {
    [content::scv(), content::ereadiness()]
}

fn stage_instrument() -> &'static StageInstrument {
    content::stages()
}

/// Every Text in the content, with where it is and what rules apply to it.
fn all_texts() -> Vec<Entry> {
    let mut out = Vec::new();
    let mut push = |place: String, text: Text, kind: Kind, max: Option<usize>| {
        out.push(Entry {
            place,
            text,
            kind,
            max,
        })
    };
    for inst in likert_instruments() {
        push(format!("{} name", inst.key), inst.name, Kind::Label, None);
        push(
            format!("{} source", inst.key),
            inst.source,
            Kind::Label,
            None,
        );
        for el in inst.elements {
            push(
                format!("{}/{} name", inst.key, el.key),
                el.name,
                Kind::Label,
                None,
            );
            for ind in el.indicators {
                push(format!("{} name", ind.id), ind.name, Kind::Label, None);
                for item in ind.items {
                    push(
                        format!("{} statement", item.id),
                        item.statement,
                        Kind::Prose,
                        Some(MAX_STATEMENT),
                    );
                    push(
                        format!("{} help", item.id),
                        content::help(item.id).unwrap_or(Text::new("", "")),
                        Kind::Prose,
                        Some(MAX_HELP),
                    );
                }
                for (i, rec) in content::recommendations(ind.id).iter().enumerate() {
                    push(
                        format!("{} rec {} text", ind.id, i + 1),
                        rec.text,
                        Kind::Prose,
                        Some(MAX_REC_TEXT),
                    );
                    push(
                        format!("{} rec {} basis", ind.id, i + 1),
                        rec.basis,
                        Kind::Basis,
                        Some(MAX_BASIS),
                    );
                }
            }
        }
    }
    let st = stage_instrument();
    push("stage name".into(), st.name, Kind::Label, None);
    push("stage source".into(), st.source, Kind::Label, None);
    for stage in st.stages {
        push(
            format!("stage {} name", stage.number),
            stage.name,
            Kind::Label,
            None,
        );
        push(
            format!("stage {} description", stage.number),
            stage.description,
            Kind::Prose,
            Some(MAX_STATEMENT),
        );
        for c in stage.criteria {
            push(
                format!("{} statement", c.id),
                c.statement,
                Kind::Prose,
                Some(MAX_STATEMENT),
            );
            push(
                format!("{} help", c.id),
                content::help(c.id).unwrap_or(Text::new("", "")),
                Kind::Prose,
                Some(MAX_HELP),
            );
            for (i, rec) in content::recommendations(c.id).iter().enumerate() {
                push(
                    format!("{} rec {} text", c.id, i + 1),
                    rec.text,
                    Kind::Prose,
                    Some(MAX_REC_TEXT),
                );
                push(
                    format!("{} rec {} basis", c.id, i + 1),
                    rec.basis,
                    Kind::Basis,
                    Some(MAX_BASIS),
                );
            }
        }
    }
    for bs in content::band_sets() {
        push(format!("bands {} name", bs.key), bs.name, Kind::Label, None);
        push(
            format!("bands {} source", bs.key),
            bs.source,
            Kind::Label,
            None,
        );
        for b in bs.bands {
            push(
                format!("bands {} level {} name", bs.key, b.level),
                b.level_name,
                Kind::Label,
                None,
            );
            push(
                format!("bands {} level {} predicate", bs.key, b.level),
                b.predicate,
                Kind::Label,
                None,
            );
        }
    }
    out
}

fn check_structure(inst: &LikertInstrument, expected: &[(&str, &[&str])]) {
    let got: Vec<(&str, Vec<&str>)> = inst
        .elements
        .iter()
        .map(|e| (e.key, e.indicators.iter().map(|i| i.id).collect()))
        .collect();
    let want: Vec<(&str, Vec<&str>)> = expected.iter().map(|(k, ids)| (*k, ids.to_vec())).collect();
    assert_eq!(
        got, want,
        "{}: elements and indicator ids differ from docs/methodology.md",
        inst.key
    );
}

#[test]
fn instrument_keys() {
    assert_eq!(content::scv().key, "scv");
    assert_eq!(content::ereadiness().key, "ereadiness");
    assert_eq!(content::stages().key, "stage");
    for id in InstrumentId::ALL {
        assert_eq!(
            content::likert(id).key,
            id.key(),
            "likert({id:?}) returns the wrong instrument"
        );
    }
}

#[test]
fn scv_structure_matches_domain() {
    check_structure(content::scv(), SCV);
}

#[test]
fn ereadiness_structure_matches_domain() {
    check_structure(content::ereadiness(), EREADINESS);
}

#[test]
fn stage_structure_matches_domain() {
    let st = stage_instrument();
    assert_eq!(st.stages.len(), STAGES.len(), "five UN stages");
    for (stage, (number, un_name, ids)) in st.stages.iter().zip(STAGES) {
        assert_eq!(stage.number, *number, "stages are numbered 1-5 in order");
        // Indonesian first in the Indonesian name (issue 12), the UN name kept in both.
        assert!(!stage.name.id.starts_with(un_name), "{}", stage.name.id);
        for lang in [stage.name.id, stage.name.en] {
            assert!(
                lang.contains(un_name),
                "stage {number} name {lang:?} should keep the UN name {un_name}"
            );
        }
        let got: Vec<&str> = stage.criteria.iter().map(|c| c.id).collect();
        assert_eq!(
            got,
            ids.to_vec(),
            "stage {number} criteria differ from docs/methodology.md"
        );
    }
    let total: usize = st.stages.iter().map(|s| s.criteria.len()).sum();
    assert_eq!(total, 12);
}

#[test]
fn exactly_three_items_per_indicator_numbered_from_one() {
    let mut total = 0;
    for inst in likert_instruments() {
        for el in inst.elements {
            for ind in el.indicators {
                assert_eq!(
                    ind.items.len(),
                    ITEMS_PER_INDICATOR,
                    "{} must have exactly 3 items",
                    ind.id
                );
                for (n, item) in ind.items.iter().enumerate() {
                    assert_eq!(
                        item.id,
                        format!("{}.{}", ind.id, n + 1),
                        "item ids are <indicator>.<n> from 1"
                    );
                }
                total += ind.items.len();
            }
        }
    }
    assert_eq!(total, 75, "27 scv items + 48 e-readiness items");
    let per_inst: Vec<usize> = likert_instruments()
        .iter()
        .map(|i| {
            i.elements
                .iter()
                .flat_map(|e| e.indicators)
                .map(|ind| ind.items.len())
                .sum()
        })
        .collect();
    assert_eq!(per_inst, vec![27, 48]);
}

#[test]
fn ids_unique_across_the_app() {
    let mut seen = BTreeSet::new();
    let mut dup = Vec::new();
    let mut note = |id: &'static str| {
        if !seen.insert(id) {
            dup.push(id);
        }
    };
    for inst in likert_instruments() {
        for el in inst.elements {
            for ind in el.indicators {
                note(ind.id);
                for item in ind.items {
                    note(item.id);
                }
            }
        }
    }
    for stage in stage_instrument().stages {
        for c in stage.criteria {
            note(c.id);
        }
    }
    assert!(dup.is_empty(), "duplicate ids: {dup:?}");
    assert_eq!(seen.len(), 25 + 75 + 12);
}

#[test]
fn element_keys_unique_within_instrument() {
    for inst in likert_instruments() {
        let keys: BTreeSet<&str> = inst.elements.iter().map(|e| e.key).collect();
        assert_eq!(
            keys.len(),
            inst.elements.len(),
            "{}: duplicate element key",
            inst.key
        );
    }
}

#[test]
fn weights_sum_to_one() {
    for inst in likert_instruments() {
        let sum: f64 = inst.elements.iter().map(|e| e.weight).sum();
        assert!(
            (sum - 1.0).abs() < EPS,
            "{}: element weights sum to {sum}",
            inst.key
        );
        let first = inst.elements[0].weight;
        for el in inst.elements {
            assert!(
                (el.weight - first).abs() < EPS,
                "{}: elements are weighted equally",
                inst.key
            );
            assert!(el.weight > 0.0);
            let sum: f64 = el.indicators.iter().map(|i| i.weight).sum();
            assert!(
                (sum - 1.0).abs() < EPS,
                "{}/{}: indicator weights sum to {sum}",
                inst.key,
                el.key
            );
            for ind in el.indicators {
                assert!(ind.weight > 0.0, "{} has a non-positive weight", ind.id);
            }
        }
    }
}

#[test]
fn indicator_weights_follow_domain() {
    for inst in likert_instruments() {
        for el in inst.elements {
            for ind in el.indicators {
                let want = match ind.id {
                    "C2" => 0.5,
                    "C1" | "C3" => 0.25,
                    _ => 1.0 / el.indicators.len() as f64,
                };
                assert!(
                    (ind.weight - want).abs() < EPS,
                    "{} weight {} should be {want}",
                    ind.id,
                    ind.weight
                );
            }
        }
    }
    let c2 = content::scv()
        .elements
        .iter()
        .flat_map(|e| e.indicators)
        .find(|i| i.id == "C2")
        .expect("C2 exists");
    assert_eq!(c2.weight, 0.5);
}

#[test]
fn recommendations_everywhere_with_basis() {
    let check = |place: &str, n: usize| {
        assert!(
            (1..=2).contains(&n),
            "{place}: needs 1-2 recommendations, has {n}"
        );
    };
    for inst in likert_instruments() {
        for el in inst.elements {
            for ind in el.indicators {
                check(ind.id, content::recommendations(ind.id).len());
                for r in content::recommendations(ind.id) {
                    assert!(
                        !r.basis.id.trim().is_empty() && !r.basis.en.trim().is_empty(),
                        "{}: basis",
                        ind.id
                    );
                }
            }
        }
    }
    for stage in stage_instrument().stages {
        for c in stage.criteria {
            check(c.id, content::recommendations(c.id).len());
            for r in content::recommendations(c.id) {
                assert!(
                    !r.basis.id.trim().is_empty() && !r.basis.en.trim().is_empty(),
                    "{}: basis",
                    c.id
                );
            }
        }
    }
}

#[test]
fn every_text_present_trimmed_and_clean() {
    let mut problems = Vec::new();
    for e in all_texts() {
        for (lang, s) in [("id", e.text.id), ("en", e.text.en)] {
            if s.is_empty() {
                problems.push(format!("{} [{lang}] is empty", e.place));
            }
            if s.trim() != s {
                problems.push(format!("{} [{lang}] has surrounding whitespace", e.place));
            }
            if s.contains("  ") || s.contains('\n') {
                problems.push(format!(
                    "{} [{lang}] has a double space or newline",
                    e.place
                ));
            }
            if s.contains('<') || s.contains('>') {
                problems.push(format!("{} [{lang}] contains '<' or '>'", e.place));
            }
            if let Some(max) = e.max {
                let n = s.chars().count();
                if n > max {
                    problems.push(format!(
                        "{} [{lang}] is {n} characters (max {max})",
                        e.place
                    ));
                }
            }
            if e.kind == Kind::Prose && !s.ends_with('.') {
                problems.push(format!(
                    "{} [{lang}] should be a sentence ending with '.'",
                    e.place
                ));
            }
        }
        if e.kind == Kind::Prose && e.text.id == e.text.en {
            problems.push(format!(
                "{}: id and en are identical (untranslated?)",
                e.place
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "content problems:\n{}",
        problems.join("\n")
    );
}

#[test]
fn all_texts_covers_everything() {
    // Guards the checker itself: 75 items x 2, 12 criteria x 2, and at least one
    // recommendation (text + basis) per indicator and criterion.
    let texts = all_texts();
    let prose = texts.iter().filter(|e| e.kind == Kind::Prose).count();
    let basis = texts.iter().filter(|e| e.kind == Kind::Basis).count();
    assert!(prose >= 75 * 2 + 12 * 2 + 5 + (25 + 12));
    assert!(basis >= 25 + 12);
}

#[test]
fn band_sets_are_well_formed() {
    let sets = content::band_sets();
    assert!(!sets.is_empty());
    let keys: BTreeSet<&str> = sets.iter().map(|b| b.key).collect();
    assert_eq!(keys.len(), sets.len(), "band set keys are unique");
    for bs in sets {
        let levels: Vec<u8> = bs.bands.iter().map(|b| b.level).collect();
        assert_eq!(
            levels,
            vec![1, 2, 3, 4, 5],
            "{}: levels 1..5 ascending",
            bs.key
        );
        assert_eq!(
            bs.bands[0].lower_cents, 100,
            "{}: first band starts at 1.00",
            bs.key
        );
        for w in bs.bands.windows(2) {
            assert!(
                w[0].lower_cents < w[1].lower_cents,
                "{}: lower bounds strictly ascending",
                bs.key
            );
        }
        assert!(bs.bands.last().unwrap().lower_cents <= 500);
    }
    let spbe = content::spbe_bands();
    let lowers: Vec<u32> = spbe.bands.iter().map(|b| b.lower_cents).collect();
    assert_eq!(
        lowers,
        vec![100, 180, 260, 350, 420],
        "docs/methodology.md rule 4"
    );
    let predicates: Vec<&str> = spbe.bands.iter().map(|b| b.predicate.id).collect();
    assert_eq!(
        predicates,
        vec!["Kurang", "Cukup", "Baik", "Sangat Baik", "Memuaskan"]
    );
}

#[test]
fn sources_are_bilingual_and_cited_by_their_short_names() {
    let sources = cermat::content::sources();
    assert_eq!(sources.len(), 5);
    let bases: Vec<&str> = content::scv()
        .elements
        .iter()
        .chain(content::ereadiness().elements)
        .flat_map(|e| e.indicators)
        .flat_map(|i| content::recommendations(i.id))
        .chain(
            content::stages()
                .stages
                .iter()
                .flat_map(|s| s.criteria)
                .flat_map(|c| content::recommendations(c.id)),
        )
        .flat_map(|r| [r.basis.id, r.basis.en])
        .collect();
    for source in sources {
        for text in [source.short, source.title] {
            assert!(!text.id.trim().is_empty() && !text.en.trim().is_empty());
        }
        assert!(
            bases
                .iter()
                .any(|b| b.contains(source.short.id) || b.contains(source.short.en)),
            "no recommendation cites {}",
            source.short.en
        );
    }
}

/// Help and recommendations are looked up by id (`content::Guidance`): every entry
/// belongs to an item, indicator or criterion, and no text holds a tab or a newline,
/// which would break the guidance file the first-load app fetches.
#[test]
fn guidance_belongs_to_the_instruments_and_fits_its_file() {
    let mut ids = BTreeSet::new();
    for inst in likert_instruments() {
        for el in inst.elements {
            for ind in el.indicators {
                ids.insert(ind.id);
                ids.extend(ind.items.iter().map(|i| i.id));
            }
        }
    }
    for stage in stage_instrument().stages {
        ids.extend(stage.criteria.iter().map(|c| c.id));
    }
    let full = content::Guidance::for_first_load();
    let file = full.encode();
    let indonesian: BTreeSet<&str> = content::texts().iter().map(|t| t.id).collect();
    for line in file.lines() {
        let id = line.split('\t').nth(1).unwrap_or_default();
        if line.starts_with("t\t") {
            assert!(
                indonesian.contains(id),
                "English of no content text: {line}"
            );
        } else {
            assert!(ids.contains(id), "guidance for an unknown id: {line}");
        }
    }
    let help = file.lines().filter(|l| l.starts_with("h\t")).count();
    let recs = file.lines().filter(|l| l.starts_with("r\t")).count();
    let english = file.lines().filter(|l| l.starts_with("t\t")).count();
    assert_eq!(help, 87, "one help text per item and criterion");
    assert_eq!(english, indonesian.len(), "one English per content text");
    let fields: usize = file.lines().map(|l| l.split('\t').count()).sum();
    assert_eq!(
        fields,
        help * 4 + recs * 6 + english * 3,
        "a text holds a tab"
    );
    let decoded = content::Guidance::decode(Box::leak(file.into_boxed_str()));
    assert_eq!(decoded, full, "a text holds a newline");
}

/// Every text of the content statics the first-load app shows, walked here apart from
/// `content::texts` (which the guidance file is written from).
fn first_load_content_texts() -> Vec<(String, Text)> {
    let mut out = Vec::new();
    for inst in likert_instruments() {
        out.push((format!("{} name", inst.key), inst.name));
        out.push((format!("{} source", inst.key), inst.source));
        for el in inst.elements {
            out.push((format!("{}/{} name", inst.key, el.key), el.name));
            for ind in el.indicators {
                out.push((format!("{} name", ind.id), ind.name));
                for item in ind.items {
                    out.push((format!("{} statement", item.id), item.statement));
                }
            }
        }
    }
    let st = stage_instrument();
    out.push(("stage name".into(), st.name));
    out.push(("stage source".into(), st.source));
    for stage in st.stages {
        out.push((format!("stage {} name", stage.number), stage.name));
        let description = stage.description;
        out.push((format!("stage {} description", stage.number), description));
        for c in stage.criteria {
            out.push((format!("{} statement", c.id), c.statement));
        }
    }
    for bs in content::band_sets() {
        out.push((format!("bands {} name", bs.key), bs.name));
        out.push((format!("bands {} source", bs.key), bs.source));
        for b in bs.bands {
            let place = format!("bands {} level {}", bs.key, b.level);
            out.push((format!("{place} name"), b.level_name));
            out.push((format!("{place} predicate"), b.predicate));
        }
    }
    out
}

/// The first-load app is built with the `lean-content` feature: its content statics
/// (`Text::content`) carry no English, which `Text::get` reads from the guidance file
/// instead (`Text::english_from`, given what `Guidance::decode` read). The file must give
/// back every such text's English exactly, for every place it is used (two texts with
/// the same Indonesian and different English would be one key with two values).
#[test]
fn the_guidance_file_gives_back_the_english_of_every_content_text() {
    let file = content::Guidance::for_first_load().encode();
    let read = content::Guidance::decode(Box::leak(file.into_boxed_str()));
    let english = read.content_english();
    let texts = first_load_content_texts();
    // 2 instruments of 3 and 5 elements, 9 and 16 indicators, 27 and 48 items; 5 stages,
    // 12 criteria; one band set of five levels; the three instruments' and the band set's
    // names and sources.
    assert_eq!(
        texts.len(),
        (3 + 9 + 27) + (5 + 16 + 48) + 5 * 2 + 12 + 5 * 2 + 4 * 2
    );
    for (place, text) in &texts {
        // As a lean-content build holds it: no English of its own.
        let lean = Text::new(text.id, "");
        assert_eq!(
            lean.english_from(Some(english)),
            text.en,
            "{place}: the English read back from the guidance file"
        );
        // Before the file has arrived: the Indonesian, never an empty string.
        assert_eq!(lean.english_from(None), text.id, "{place}");
        // A build with the English compiled in keeps its own.
        assert_eq!(text.english_from(Some(english)), text.en, "{place}");
    }
    let mut walked: Vec<(&str, &str)> = texts.iter().map(|(_, t)| (t.id, t.en)).collect();
    let mut listed: Vec<(&str, &str)> = content::texts().iter().map(|t| (t.id, t.en)).collect();
    walked.sort_unstable();
    listed.sort_unstable();
    assert_eq!(walked, listed, "content::texts lists the content statics");
    walked.dedup();
    assert_eq!(english.len(), walked.len(), "nothing else in the file");
}

/// `content::texts` lists every `Text::content` of src/content: counted in the source,
/// so that a content text added to a static without it fails here (its English would
/// be in neither the first-load app nor its guidance file).
#[test]
fn every_content_text_of_the_source_is_listed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/content");
    let mut written = 0;
    for entry in std::fs::read_dir(dir)
        .expect("src/content is readable")
        .flatten()
    {
        let source = std::fs::read_to_string(entry.path()).unwrap_or_default();
        written += source.matches("Text::content(").count();
    }
    assert_eq!(written, content::texts().len());
}
