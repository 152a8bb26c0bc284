//! The questionnaire as a Google Apps Script that builds it as a Google Form.
//!
//! The script is data first (the profile questions, the answer lists, one array per
//! section of `[code, statement, note]`) and then a small loop, so a researcher can read
//! and adjust it. Every question's title is "S1.1 statement": a Google Forms export
//! names each column by its question's title, and `crate::survey` recognises the
//! column by that leading code.
//!
//! Items are multiple-choice questions with six choices ("1 - Sangat tidak setuju" ..
//! "5 - Sangat setuju", then "Tidak tahu / tidak berlaku"), not linear scales: a scale
//! cannot offer "don't know", and without it a respondent who cannot judge either
//! guesses or skips, both of which the app's rules treat differently from N/A. A grid
//! would offer it, but puts many statements in one question, hard to read on a phone.
//! The export writes the chosen text, which the reader takes as the point it starts with.

use super::outline::{self, FieldKind, ProfileQuestion, Section, SectionKind};
use super::words;
use crate::model::Lang;
use std::fmt::Write;

/// The whole script, ready to paste into script.google.com.
pub fn google_apps_script(lang: Lang) -> String {
    let mut js = header_comment(lang);
    js += &constants(lang);
    js += &profile_data(lang);
    js += &sections_data(lang);
    js += CODE;
    js
}

/// How to run it, in the chosen language, as line comments.
fn header_comment(lang: Lang) -> String {
    let mut out = format!("// {}\n//\n", words::TITLE.get(lang));
    for step in words::SCRIPT_STEPS {
        out += &format!("// {}\n", step.get(lang));
    }
    out + "\n"
}

fn constants(lang: Lang) -> String {
    let choice_labels = |choices: &[outline::Choice]| {
        let labels: Vec<String> = choices
            .iter()
            .map(|c| js_string(c.label.get(lang)))
            .collect();
        format!("[{}]", labels.join(", "))
    };
    let mut out = String::new();
    let mut var = |name: &str, value: String| {
        let _ = writeln!(out, "var {name} = {value};");
    };
    var("TITLE", js_string(words::TITLE.get(lang)));
    var("DESCRIPTION", js_string(words::INTRO.get(lang)));
    var("THANKS", js_string(words::THANKS.get(lang)));
    var("PROFILE_TITLE", js_string(words::PROFILE_TITLE.get(lang)));
    var("PROFILE_HELP", js_string(words::PROFILE_INTRO.get(lang)));
    var("LOG_EDIT", js_string(words::LOG_EDIT.get(lang)));
    var("LOG_RESPOND", js_string(words::LOG_RESPOND.get(lang)));
    var("LIKERT", choice_labels(&outline::LIKERT));
    var("STAGE", choice_labels(&outline::STAGE));
    out + "\n"
}

/// `var PROFILE = [{title, help, kind, choices}, ...];`
fn profile_data(lang: Lang) -> String {
    let mut out = String::from(
        "// Profile questions: kind is \"text\", \"number\" or \"choice\".\nvar PROFILE = [\n",
    );
    for q in &outline::PROFILE {
        out += &format!("  {},\n", profile_entry(lang, q));
    }
    out + "];\n\n"
}

fn profile_entry(lang: Lang, q: &ProfileQuestion) -> String {
    let (kind, choices) = match q.kind {
        FieldKind::Text => ("text", Vec::new()),
        FieldKind::Number => ("number", Vec::new()),
        FieldKind::Choice { choices, .. } => ("choice", choices.to_vec()),
    };
    let labels: Vec<String> = choices
        .iter()
        .map(|c| js_string(c.label.get(lang)))
        .collect();
    format!(
        "{{title: {}, help: {}, kind: {}, choices: [{}]}}",
        js_string(q.label.get(lang)),
        js_string(q.hint.get(lang)),
        js_string(kind),
        labels.join(", ")
    )
}

/// `var SECTIONS = [{title, help, choices, items: [[code, statement, note], ...]}];`
fn sections_data(lang: Lang) -> String {
    let mut out = String::from(
        "// One page per section; each item is [code, statement, note]. The code must stay\n\
         // first in the title: Cermat recognises each column of the export by it.\nvar SECTIONS = [\n",
    );
    for section in outline::sections(lang) {
        out += &section_entry(lang, &section);
    }
    out + "];\n\n"
}

fn section_entry(lang: Lang, section: &Section) -> String {
    let (choices, intro) = match section.kind {
        SectionKind::Likert => ("LIKERT", words::LIKERT_INTRO.get(lang)),
        SectionKind::Stage => ("STAGE", words::STAGE_INTRO.get(lang)),
    };
    let help = format!(
        "{}: {}. {intro}",
        words::PART_OF.get(lang),
        section.instrument
    );
    let mut out = format!(
        "  {{\n    title: {},\n    help: {},\n    choices: {choices},\n    items: [\n",
        js_string(&section.title),
        js_string(&help)
    );
    for q in &section.questions {
        let _ = writeln!(
            out,
            "      [{}, {}, {}],",
            js_string(q.code),
            js_string(q.statement),
            js_string(&q.note)
        );
    }
    out + "    ]\n  },\n"
}

/// The part that does the work. ES5 only, which both Apps Script runtimes accept.
const CODE: &str = r#"function createCermatForm() {
  var form = FormApp.create(TITLE);
  form.setDescription(DESCRIPTION);
  form.setConfirmationMessage(THANKS);
  form.setProgressBar(true);
  form.addSectionHeaderItem().setTitle(PROFILE_TITLE).setHelpText(PROFILE_HELP);
  PROFILE.forEach(function (field) {
    addProfileQuestion(form, field);
  });
  SECTIONS.forEach(function (section) {
    form.addPageBreakItem().setTitle(section.title).setHelpText(section.help);
    section.items.forEach(function (item) {
      // Title "S1.1 statement": the export's column header, read by Cermat.
      form.addMultipleChoiceItem()
        .setTitle(item[0] + " " + item[1])
        .setHelpText(item[2])
        .setChoiceValues(section.choices)
        .setRequired(true);
    });
  });
  Logger.log(LOG_EDIT + form.getEditUrl());
  Logger.log(LOG_RESPOND + form.getPublishedUrl());
}

function addProfileQuestion(form, field) {
  if (field.kind === "choice") {
    form.addMultipleChoiceItem()
      .setTitle(field.title)
      .setHelpText(field.help)
      .setChoiceValues(field.choices);
    return;
  }
  var item = form.addTextItem().setTitle(field.title).setHelpText(field.help);
  if (field.kind === "number") {
    // People answering a government survey are adults; the bound catches typos.
    item.setValidation(FormApp.createTextValidation()
      .requireNumberBetween(15, 100)
      .build());
  }
}
"#;

/// `text` as a double-quoted JavaScript string literal. Line and paragraph separators
/// (U+2028, U+2029) are escaped too: older engines end a line at them, even in a string.
pub fn js_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c if c < ' ' || c == '\u{7f}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_literals_escape_what_javascript_needs() {
        let cases = [
            ("plain", "\"plain\""),
            ("say \"hi\"", "\"say \\\"hi\\\"\""),
            ("a\\b", "\"a\\\\b\""),
            ("one\ntwo\r", "\"one\\ntwo\\r\""),
            ("x\u{2028}y\u{2029}", "\"x\\u2028y\\u2029\""),
            ("\u{1}", "\"\\u0001\""),
            ("it's </script>", "\"it's </script>\""),
        ];
        for (text, literal) in cases {
            assert_eq!(js_string(text), literal, "{text:?}");
        }
    }
}
