//! Survey aggregation from CSV exports as spreadsheets and Google Forms write them.

use cermat::model::{Lang, LikertAnswer, RegionType, StageAnswer};
use cermat::share;
use cermat::survey::{aggregate_csv, ItemDistribution, RowIssue, RowProblem, SurveyError};

#[test]
fn google_forms_export_with_labels_statements_and_extra_columns() {
    let csv = "\u{feff}Timestamp,Email Address,\"Wilayah\",\"S1.1 Pemda memiliki visi, misi dan cetak biru\",\"[S1.2] Ada peta jalan\",\"Tahapan [E1 Situs resmi]\"\r\n\
               2026/03/01 10:00:00,a@x.id,Kota Palembang,Setuju,5,Ya\r\n\
               2026/03/01 10:05:00,b@x.id,kota palembang ,Sangat setuju,Tidak tahu,Sebagian\r\n\
               2026/03/01 10:09:00,c@x.id,Kota Palembang,ragu-ragu,,ya\r\n";
    let r = aggregate_csv(csv).unwrap();
    assert_eq!(r.respondents, 3);
    assert_eq!(r.separator, ',');
    let scv = &r.assessment.answers.scv;
    assert_eq!(scv.get("S1.1"), Some(&LikertAnswer::Score(4.0))); // (4 + 5 + 3) / 3
    assert_eq!(scv.get("S1.2"), Some(&LikertAnswer::Score(5.0))); // one answer; N/A and blank left out
    assert_eq!(
        r.items["S1.2"],
        ItemDistribution {
            counts: [0, 0, 0, 0, 1],
            not_applicable: 1,
            blank: 1,
            decimal: 0,
            sum_cents: 500,
        }
    );
    assert_eq!(
        r.assessment.answers.stage.get("E1"),
        Some(&StageAnswer::Yes)
    );
    assert_eq!(r.assessment.profile.region, "Kota Palembang");
    assert_eq!(r.ignored_columns, vec!["Timestamp", "Email Address"]);
    assert!(r.problems.is_empty());
    assert!(r.missing_ids.contains(&"S1.3") && !r.missing_ids.contains(&"S1.1"));
}

#[test]
fn excel_semicolons_with_commas_in_the_statements() {
    // Excel in an Indonesian locale: `;` separators, statement text full of commas.
    let csv = "No;S1.1 Visi, misi, dan cetak biru;S1.2 Regulasi, SOP;ST1.1 SDM, pelatihan\n\
               1;4;2;5\n\
               2;3;2;N/A\n";
    let r = aggregate_csv(csv).unwrap();
    assert_eq!(r.separator, ';');
    assert_eq!(r.respondents, 2);
    assert_eq!(
        r.assessment.answers.scv.get("S1.1"),
        Some(&LikertAnswer::Score(3.5))
    );
    assert_eq!(
        r.assessment.answers.ereadiness.get("ST1.1"),
        Some(&LikertAnswer::Score(5.0))
    );
}

#[test]
fn bad_rows_are_reported_with_their_lines_and_good_rows_kept() {
    let csv = "S1.1,S1.2,Komentar\n\
               4,5,ok\n\
               4,sangat,\"bagus\n  sekali\"\n\
               ,,hanya komentar\n\
               \n\
               9,x,\n\
               1,2,3,4\n\
               2,2,\"tidak ditutup\n";
    let r = aggregate_csv(csv).unwrap();
    assert_eq!(r.respondents, 1);
    let lines: Vec<usize> = r.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, vec![3, 5, 7, 8, 9]);
    assert_eq!(
        r.problems[0].issue,
        RowIssue::InvalidValue {
            column: "S1.2".into(),
            value: "sangat".into(),
            others: 0
        }
    );
    assert_eq!(r.problems[1].issue, RowIssue::NoAnswers);
    assert!(matches!(
        r.problems[2].issue,
        RowIssue::InvalidValue { others: 1, .. }
    ));
    assert_eq!(
        r.problems[3].issue,
        RowIssue::TooManyFields {
            expected: 3,
            found: 4
        }
    );
    assert_eq!(r.problems[4].issue, RowIssue::UnclosedQuote);
    for p in &r.problems {
        let (id, en) = (p.message(Lang::Id), p.message(Lang::En));
        assert!(id.starts_with(&format!("Baris {}:", p.line)), "{id}");
        assert!(en.starts_with(&format!("Line {}:", p.line)), "{en}");
    }
    assert_eq!(
        r.assessment.answers.scv.get("S1.1"),
        Some(&LikertAnswer::Score(4.0))
    );
}

#[test]
fn stage_majority_ties_go_to_the_lower_answer() {
    let csv = "E1,N1,N2,I1\nya,ya,sebagian,tidak tahu\nya,tidak,ya,\ntidak,sebagian,,\n";
    let r = aggregate_csv(csv).unwrap();
    let stage = &r.assessment.answers.stage;
    assert_eq!(stage.get("E1"), Some(&StageAnswer::Yes)); // 2 yes, 1 no
    assert_eq!(stage.get("N1"), Some(&StageAnswer::No)); // 1 each: lowest wins
    assert_eq!(stage.get("N2"), Some(&StageAnswer::Partly)); // 1 partly, 1 yes
    assert_eq!(stage.get("I1"), None); // nobody knew
    assert_eq!(r.criteria["I1"].blank, 3);
}

#[test]
fn profile_columns_used_only_when_consistent() {
    let csv = "region,region_type,unit,assessor,date,S1.1\n\
               Kota Bandung,kota,Diskominfo,Ani,2026-01-05,5\n\
               Kota Bandung,City,Diskominfo,Budi,2026-01-05,4\n";
    let p = aggregate_csv(csv).unwrap().assessment.profile;
    assert_eq!(p.region, "Kota Bandung");
    assert_eq!(p.region_type, Some(RegionType::City));
    assert_eq!(p.unit, "Diskominfo");
    assert_eq!(p.assessor, ""); // two assessors: not one profile
    assert_eq!(p.date, "2026-01-05");
}

#[test]
fn means_at_hundredths_and_all_not_applicable() {
    let csv = "S1.1,S1.2,S1.3\n1,na,\n1,tidak berlaku,\n2,N/A,\n";
    let r = aggregate_csv(csv).unwrap();
    assert_eq!(
        r.assessment.answers.scv.get("S1.1"),
        Some(&LikertAnswer::Score(1.33))
    );
    assert_eq!(
        r.assessment.answers.scv.get("S1.2"),
        Some(&LikertAnswer::NotApplicable)
    );
    assert_eq!(r.assessment.answers.scv.get("S1.3"), None);
}

#[test]
fn an_aggregate_survives_a_result_link_unchanged() {
    let csv = "S1.1,S1.2,ST1.1\n1,2,5\n2,2,4\n2,3,4\n";
    let a = aggregate_csv(csv).unwrap().assessment;
    assert_eq!(share::decode(&share::encode(&a)), Ok(a));
}

#[test]
fn excel_sep_line_and_tabs() {
    let r = aggregate_csv("sep=;\nS1.1;S1.2\n4;x\n").unwrap_err();
    let SurveyError::NoRespondents { problems } = r else {
        panic!("{r:?}")
    };
    assert_eq!(
        problems,
        vec![RowProblem {
            line: 3,
            issue: RowIssue::InvalidValue {
                column: "S1.2".into(),
                value: "x".into(),
                others: 0
            }
        }]
    );
    assert_eq!(aggregate_csv("S1.1\tS1.2\n4\t5\n").unwrap().separator, '\t');
}

#[test]
fn nothing_usable_is_an_error_with_a_message_in_both_languages() {
    let too_large = "x".repeat(cermat::survey::MAX_BYTES + 1);
    let cases = [
        ("", SurveyError::Empty),
        ("\u{feff}\n\n ,\n", SurveyError::Empty),
        ("Timestamp,Email\n1,2\n", SurveyError::NoItemColumns),
        ("S1.1\n\n", SurveyError::NoRespondents { problems: vec![] }),
    ];
    for (csv, expected) in cases {
        assert_eq!(aggregate_csv(csv), Err(expected));
    }
    let err = aggregate_csv(&too_large).unwrap_err();
    assert!(matches!(err, SurveyError::TooLarge { .. }));
    for err in [err, SurveyError::Empty, SurveyError::NoItemColumns] {
        assert_ne!(err.message(Lang::Id), err.message(Lang::En));
        assert!(!err.message(Lang::Id).is_empty());
    }
}

/// Survey files are read as UTF-8 or as UTF-16 with a byte-order mark; a Latin-1 file is
/// refused with a message, not read with replacement characters (issue 7).
#[test]
fn survey_bytes_are_text_or_refused() {
    use cermat::survey::{decode_text, SurveyError};
    let csv = "S1.1;Kecamatan\n4;Ilir Barat I\n";
    assert_eq!(decode_text(csv.as_bytes()).unwrap(), csv);
    let mut le = vec![0xFF, 0xFE];
    le.extend(csv.encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(decode_text(&le).unwrap(), csv);
    let mut be = vec![0xFE, 0xFF];
    be.extend(csv.encode_utf16().flat_map(u16::to_be_bytes));
    assert_eq!(decode_text(&be).unwrap(), csv);
    let latin1 = b"S1.1;Kecamatan\n4;Ilir Barat \xe9\n";
    assert_eq!(decode_text(latin1), Err(SurveyError::NotText));
    assert!(cermat::survey::SurveyError::NotText
        .message(cermat::model::Lang::Id)
        .contains("Tidak ada yang diimpor"));
}

/// Impossible dates are refused everywhere (issue 7): a survey's 2023-02-30 or 2024-04-31
/// is not taken as the assessment's date; a real one is.
#[test]
fn an_impossible_date_column_is_not_taken() {
    for (date, kept) in [
        ("2023-02-30", ""),
        ("2024-04-31", ""),
        ("2024-02-29", "2024-02-29"),
    ] {
        let csv = format!("S1.1,Tanggal\n4,{date}\n3,{date}\n");
        let result = cermat::survey::aggregate_csv(&csv).unwrap();
        assert_eq!(result.assessment.profile.date, kept, "{date}");
    }
}

/// Issue 9: "kurang setuju" is never given a score by itself; the user scores it and the
/// rows holding it are counted with that score.
#[test]
fn unknown_labels_wait_for_the_users_score() {
    use cermat::survey::{aggregate_csv_with, ImportChoices, LikertCell};
    let csv = "S1.1,S1.2\nsetuju,Kurang setuju\n5,kurang  SETUJU\n2,4\n";
    let r = aggregate_csv(csv).unwrap();
    assert_eq!(r.respondents, 1, "rows with the unknown label are skipped");
    assert_eq!(r.unknown_labels.len(), 1);
    assert_eq!(
        (
            r.unknown_labels[0].label.as_str(),
            r.unknown_labels[0].count
        ),
        ("Kurang setuju", 2)
    );
    let mut choices = ImportChoices::default();
    choices.set_label("kurang setuju", LikertCell::Score(300));
    let r = aggregate_csv_with(csv, &choices).unwrap();
    assert_eq!(r.respondents, 3);
    assert!(r.unknown_labels.is_empty());
    // (3 + 3 + 4) / 3 = 3.33; (4 + 5 + 2) / 3 = 3.67
    let scv = &r.assessment.answers.scv;
    assert_eq!(scv.get("S1.2"), Some(&LikertAnswer::Score(3.33)));
    assert_eq!(scv.get("S1.1"), Some(&LikertAnswer::Score(3.67)));
}

/// Issue 9: a decimal typed at data entry counts as given, and is told.
#[test]
fn decimal_answers_count_as_given_and_are_told() {
    let r = aggregate_csv("S1.1;S1.2\r\n3,5;4\r\n4;4.25\r\n").unwrap();
    assert_eq!(r.respondents, 2);
    assert_eq!(r.decimals, 2);
    assert_eq!(r.decimal_examples[0].line, 2);
    assert_eq!(r.decimal_examples[0].id, "S1.1");
    assert_eq!(r.decimal_examples[0].value, "3,5");
    let scv = &r.assessment.answers.scv;
    assert_eq!(scv.get("S1.1"), Some(&LikertAnswer::Score(3.75)));
    assert_eq!(scv.get("S1.2"), Some(&LikertAnswer::Score(4.13))); // 4.125 half up
}

/// Issue 9: the user maps columns by hand; a file with no recognised column can still be
/// read once mapped, and the user's column wins over a recognised one with the same id.
#[test]
fn columns_mapped_by_hand() {
    use cermat::model::InstrumentId;
    use cermat::survey::{aggregate_csv_with, read_columns, Column, ImportChoices, Match};
    let csv = "Timestamp,Q1,Q2,S1.1\n2024,4,ya,2\n2024,5,tidak,2\n";
    let mut choices = ImportChoices::default();
    let columns = read_columns(csv, &choices).unwrap();
    assert_eq!(columns[1].how, Match::Unknown);
    assert_eq!(columns[3].column, Column::Likert(InstrumentId::Scv, "S1.1"));
    choices.set_column(1, Column::Likert(InstrumentId::Scv, "S1.1"));
    choices.set_column(2, Column::Criterion("E1"));
    let r = aggregate_csv_with(csv, &choices).unwrap();
    assert_eq!(r.columns[1].how, Match::Chosen);
    assert_eq!(r.columns[3].how, Match::Repeated("S1.1"));
    assert_eq!(
        r.assessment.answers.scv.get("S1.1"),
        Some(&LikertAnswer::Score(4.5))
    );
    assert_eq!(r.assessment.answers.stage.get("E1"), Some(&StageAnswer::No));
    assert_eq!(
        aggregate_csv("Q1,Q2\n4,5\n"),
        Err(SurveyError::NoItemColumns)
    );
    choices = ImportChoices::default();
    choices.set_column(0, Column::Likert(InstrumentId::Scv, "S1.2"));
    let r = aggregate_csv_with("Q1,Q2\n4,5\n", &choices).unwrap();
    assert_eq!(
        r.assessment.answers.scv.get("S1.2"),
        Some(&LikertAnswer::Score(4.0))
    );
}

/// Issue 9: the distribution and the respondents' answers come in questionnaire order,
/// not alphabetical (AL1.1 ... C1.1 was the old order).
#[test]
fn responses_come_in_questionnaire_order() {
    let r = aggregate_csv("AL1.1,V1.1,C1.1,S1.1\n1,2,3,4\n").unwrap();
    let order: Vec<&str> = r.responses.items.iter().map(|i| i.id).collect();
    assert_eq!(order, ["S1.1", "C1.1", "V1.1", "AL1.1"]);
    assert_eq!(r.responses.items[0].values, vec![Some(400)]);
}
