//! `cermat-cli`: the Cermat scoring core on the command line, for researchers who score
//! exported response files in batch. See `docs/formats.md` for the files.
//!
//! Exit status: 0 success, 2 invalid input (every problem on stderr, one per line),
//! 64 wrong usage, 66 input cannot be read, 74 output cannot be written. `compare`
//! reports bad files and compares the rest: 0 when at least one file was compared.

use std::ffi::{OsStr, OsString};
use std::io::{self, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use cermat::compare::{compare, comparison_csv, Labeled};
use cermat::format::{
    parse_response_bytes, parse_response_bytes_with_websites, report_json,
    report_json_with_websites, template_json, MAX_INPUT_BYTES,
};
use cermat::model::Lang;
use cermat::scoring::evaluate;
use cermat::{statistics, survey};

const EXIT_INVALID: u8 = 2;
const EXIT_USAGE: u8 = 64;
const EXIT_NO_INPUT: u8 = 66;
const EXIT_IO: u8 = 74;

const USAGE_EN: &str = "\
Usage:
  cermat-cli [--lang en|id] template          print a blank response file
  cermat-cli [--lang en|id] score FILE.json   print the report of a response file
  cermat-cli [--lang en|id] score --csv FILE.csv
                                              aggregate a survey export (one row per
                                              respondent), print its report
  cermat-cli [--lang en|id] score --csv --stats FILE.csv
                                              print the survey's statistics as JSON
                                              (descriptives, reliability, profile)
  cermat-cli [--lang en|id] score --csv --stats-dir DIR FILE.csv
                                              write each statistics table as DIR/*.csv
                                              (--lang chooses their language)
  cermat-cli [--lang en|id] compare FILE.json...
                                              compare response files: one CSV row per
                                              file, in the order given (indices, levels,
                                              predicates, element scores, stage); bad
                                              files are reported and the rest compared
  cermat-cli help                             print this text

FILE may be - to read standard input. --lang chooses the language of messages
and of CSV output (default en). Exit status: 0 ok, 2 invalid input, 64 usage,
66 unreadable input.";

const USAGE_ID: &str = "\
Pemakaian:
  cermat-cli [--lang en|id] template          cetak berkas jawaban kosong
  cermat-cli [--lang en|id] score BERKAS.json cetak laporan dari berkas jawaban
  cermat-cli [--lang en|id] score --csv BERKAS.csv
                                              gabungkan ekspor survei (satu baris per
                                              responden), cetak laporannya
  cermat-cli [--lang en|id] score --csv --stats BERKAS.csv
                                              cetak statistik survei sebagai JSON
                                              (deskriptif, reliabilitas, profil)
  cermat-cli [--lang en|id] score --csv --stats-dir DIR BERKAS.csv
                                              tulis setiap tabel statistik sebagai
                                              DIR/*.csv (--lang memilih bahasanya)
  cermat-cli [--lang en|id] compare BERKAS.json...
                                              bandingkan berkas jawaban: satu baris CSV
                                              per berkas, sesuai urutan (indeks, tingkat,
                                              predikat, skor elemen, tahap); berkas yang
                                              bermasalah dilaporkan, sisanya dibandingkan
  cermat-cli help                             cetak teks ini

BERKAS boleh - untuk membaca masukan standar. --lang memilih bahasa pesan
dan keluaran CSV (bawaan en). Status keluar: 0 berhasil, 2 masukan tidak sah,
64 pemakaian salah, 66 masukan tidak terbaca.";

enum Command {
    Help,
    Template,
    Score {
        input: OsString,
    },
    /// Many respondents in one CSV export, aggregated by `cermat::survey`.
    ScoreCsv {
        input: OsString,
        output: CsvOutput,
    },
    /// Many response files side by side, by `cermat::compare`.
    Compare {
        inputs: Vec<OsString>,
    },
}

/// What `score --csv` prints: the report, or the survey's statistics.
enum CsvOutput {
    Report,
    StatsJson,
    StatsDir(OsString),
}

fn main() -> ExitCode {
    // `args_os`: a file name need not be UTF-8 (`std::env::args` would panic on it).
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let (lang, rest) = match split_lang(args) {
        Ok(split) => split,
        Err(message) => return usage_error(Lang::En, &message),
    };
    match parse_command(&rest) {
        Ok(Command::Help) => print_out(usage(lang)),
        Ok(Command::Template) => print_out(&template_json()),
        Ok(Command::Score { input }) => score(&input, lang),
        Ok(Command::ScoreCsv { input, output }) => score_csv(&input, &output, lang),
        Ok(Command::Compare { inputs }) => compare_files(&inputs, lang),
        Err(message) => usage_error(lang, &message),
    }
}

/// Takes `--lang en|id` (or `--lang=en`) from anywhere in the arguments.
fn split_lang(args: Vec<OsString>) -> Result<(Lang, Vec<OsString>), String> {
    let mut lang = Lang::En;
    let mut rest = Vec::new();
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let value = match arg.to_str().and_then(|a| a.strip_prefix("--lang")) {
            Some("") => args.next().unwrap_or_default(),
            Some(tail) if tail.starts_with('=') => OsString::from(&tail[1..]),
            _ => {
                rest.push(arg);
                continue;
            }
        };
        lang = match value.to_str() {
            Some("en") => Lang::En,
            Some("id") => Lang::Id,
            _ => return Err(format!("--lang takes en or id, not {value:?}")),
        };
    }
    Ok((lang, rest))
}

/// The command words must be text; a FILE may be any name the system allows.
fn parse_command(args: &[OsString]) -> Result<Command, String> {
    let words: Vec<Option<&str>> = args.iter().map(|a| a.to_str()).collect();
    let file = |i: usize| args[i].clone();
    match words.as_slice() {
        [] => Err("a command is needed".into()),
        [Some("help" | "-h" | "--help")] => Ok(Command::Help),
        [Some("template")] => Ok(Command::Template),
        [Some("score"), Some("--csv"), _] => Ok(Command::ScoreCsv {
            input: file(2),
            output: CsvOutput::Report,
        }),
        [Some("score"), Some("--csv"), Some("--stats"), _] => Ok(Command::ScoreCsv {
            input: file(3),
            output: CsvOutput::StatsJson,
        }),
        [Some("score"), Some("--csv"), Some("--stats-dir"), _, _] => Ok(Command::ScoreCsv {
            input: file(4),
            output: CsvOutput::StatsDir(file(3)),
        }),
        [Some("score"), name] if name.is_none_or(|n| n == "-" || !n.starts_with('-')) => {
            Ok(Command::Score { input: file(1) })
        }
        [Some("score"), ..] => Err("score takes one FILE (or - for standard input)".into()),
        [Some("compare")] => Err("compare takes one or more FILEs".into()),
        [Some("compare"), files @ ..] => match files.iter().flatten().find(|f| is_option(f)) {
            Some(option) => Err(format!("compare has no option {option:?}")),
            None => Ok(Command::Compare {
                inputs: args[1..].to_vec(),
            }),
        },
        [_, ..] => Err(format!("unknown command {:?}", args[0])),
    }
}

/// `-x` or `--x`, but not `-` (standard input).
fn is_option(arg: &str) -> bool {
    arg.starts_with('-') && arg != "-"
}

fn score(input: &OsStr, lang: Lang) -> ExitCode {
    let bytes = match read_input(input, MAX_INPUT_BYTES) {
        Ok((bytes, _)) => bytes,
        Err(e) => return cannot_read(input, &e),
    };
    let name = display_name(input);
    let name = name.as_str();
    // A version 3 file's website inventory goes into the report too.
    match parse_response_bytes_with_websites(&bytes) {
        Ok((assessment, websites)) => {
            let result = evaluate(&assessment);
            if result.provisional() {
                eprintln!("{name}: {}", provisional_note(lang));
            }
            print_out(&report_json_with_websites(&result, &assessment, &websites))
        }
        Err(problems) => {
            for problem in problems {
                eprintln!("{name}: {}", problem.message(lang));
            }
            ExitCode::from(EXIT_INVALID)
        }
    }
}

/// Many respondents in one CSV export: aggregated (item means, criterion majorities),
/// then scored like a response file. Bad rows are skipped and listed on stderr; the report
/// is printed when at least one row was usable.
fn score_csv(input: &OsStr, output: &CsvOutput, lang: Lang) -> ExitCode {
    let name = display_name(input);
    let name = name.as_str();
    let bytes = match read_input(input, survey::MAX_BYTES) {
        // Said here with the file's true size: only `max + 1` bytes of it were read.
        Ok((_, size)) if size > survey::MAX_BYTES as u64 => {
            let error = survey::SurveyError::TooLarge {
                bytes: usize::try_from(size).unwrap_or(usize::MAX),
                max: survey::MAX_BYTES,
            };
            eprintln!("{name}: {}", error.message(lang));
            return ExitCode::from(EXIT_INVALID);
        }
        Ok((bytes, _)) => bytes,
        Err(e) => return cannot_read(input, &e),
    };
    match survey::decode_text(&bytes).and_then(|text| survey::aggregate_csv(&text)) {
        Ok(survey) => {
            print_row_problems(name, &survey.problems, survey.problems_omitted, lang);
            eprintln!("{name}: {}", respondents_note(survey.respondents, lang));
            match output {
                CsvOutput::Report => {
                    let result = evaluate(&survey.assessment);
                    print_out(&report_json(&result, &survey.assessment))
                }
                CsvOutput::StatsJson => {
                    print_out(&statistics::to_json(&survey.responses.statistics()))
                }
                CsvOutput::StatsDir(dir) => write_tables(&survey, Path::new(dir), lang),
            }
        }
        Err(error) => {
            eprintln!("{name}: {}", error.message(lang));
            if let survey::SurveyError::NoRespondents { problems } = &error {
                print_row_problems(name, problems, 0, lang);
            }
            ExitCode::from(EXIT_INVALID)
        }
    }
}

/// Response files side by side as CSV, one row per file in the order given. A file that
/// cannot be read or is invalid is named on stderr with its problems (as `score` does) and
/// left out; the rest are compared. Exit 2 when no file could be compared.
fn compare_files(inputs: &[OsString], lang: Lang) -> ExitCode {
    let mut assessments = Vec::with_capacity(inputs.len());
    for input in inputs {
        let name = display_name(input);
        let bytes = match read_input(input, MAX_INPUT_BYTES) {
            Ok((bytes, _)) => bytes,
            Err(e) => {
                eprintln!("{name}: {e}");
                continue;
            }
        };
        match parse_response_bytes(&bytes) {
            Ok(assessment) => assessments.push(Labeled::new(name, assessment)),
            Err(problems) => {
                for problem in problems {
                    eprintln!("{name}: {}", problem.message(lang));
                }
            }
        }
    }
    if assessments.is_empty() {
        let note = match lang {
            Lang::En => "no file could be compared",
            Lang::Id => "tidak ada berkas yang dapat dibandingkan",
        };
        eprintln!("cermat-cli: {note}");
        return ExitCode::from(EXIT_INVALID);
    }
    let comparison = compare(&assessments);
    for column in comparison.columns.iter().filter(|c| c.provisional) {
        eprintln!("{}: {}", column.label, provisional_note(lang));
    }
    // The CSV ends its own rows (CRLF), so nothing is added after it.
    write_out(&comparison_csv(&comparison, lang))
}

/// Each statistics table as `dir/<stem>.csv`; the files written are listed on stdout.
fn write_tables(survey: &survey::SurveyResult, dir: &Path, lang: Lang) -> ExitCode {
    let tables = statistics::tables_csv(&survey.responses.statistics(), lang);
    let mut written = Vec::new();
    for (stem, csv) in tables {
        let path = dir.join(format!("{stem}.csv"));
        if let Err(e) = std::fs::write(&path, csv) {
            eprintln!("{}: {e}", path.display());
            return ExitCode::from(EXIT_IO);
        }
        written.push(path.display().to_string());
    }
    print_out(&written.join("\n"))
}

fn print_row_problems(name: &str, problems: &[survey::RowProblem], omitted: usize, lang: Lang) {
    for problem in problems {
        eprintln!("{name}: {}", problem.message(lang));
    }
    if omitted > 0 {
        match lang {
            Lang::En => eprintln!("{name}: {omitted} more rows with problems not listed"),
            Lang::Id => eprintln!("{name}: {omitted} baris bermasalah lainnya tidak ditampilkan"),
        }
    }
}

fn respondents_note(respondents: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!("note: {respondents} respondents aggregated"),
        Lang::Id => format!("catatan: {respondents} responden digabungkan"),
    }
}

fn provisional_note(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "note: some items are unanswered, so the result is provisional",
        Lang::Id => "catatan: ada butir yang belum dijawab, jadi hasilnya sementara",
    }
}

/// The input, at most one byte over `max` so the parser can name the problem without a
/// huge file being read into memory, and the input's whole size (the rest of standard
/// input is counted, not kept).
fn read_input(input: &OsStr, max: usize) -> io::Result<(Vec<u8>, u64)> {
    let limit = max as u64 + 1;
    let mut bytes = Vec::new();
    let size = if input == "-" {
        let mut stdin = io::stdin().lock();
        (&mut stdin).take(limit).read_to_end(&mut bytes)?;
        bytes.len() as u64 + io::copy(&mut stdin, &mut io::sink())?
    } else {
        let file = std::fs::File::open(input)?;
        let size = file.metadata()?.len();
        file.take(limit).read_to_end(&mut bytes)?;
        size.max(bytes.len() as u64)
    };
    Ok((bytes, size))
}

/// How messages name the input: its path (any bytes it holds shown as text), or
/// `<stdin>` for `-`.
fn display_name(input: &OsStr) -> String {
    if input == "-" {
        "<stdin>".to_string()
    } else {
        Path::new(input).display().to_string()
    }
}

fn cannot_read(input: &OsStr, error: &io::Error) -> ExitCode {
    eprintln!("{}: {error}", display_name(input));
    ExitCode::from(EXIT_NO_INPUT)
}

fn usage(lang: Lang) -> &'static str {
    match lang {
        Lang::En => USAGE_EN,
        Lang::Id => USAGE_ID,
    }
}

fn usage_error(lang: Lang, message: &str) -> ExitCode {
    eprintln!("cermat-cli: {message}\n\n{}", usage(lang));
    ExitCode::from(EXIT_USAGE)
}

/// Writes a line to stdout.
fn print_out(text: &str) -> ExitCode {
    write_out(&format!("{text}\n"))
}

/// Writes to stdout as is; a closed pipe (`| head`) is not an error worth a panic.
fn write_out(text: &str) -> ExitCode {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cermat-cli: {e}");
            ExitCode::from(EXIT_IO)
        }
    }
}
