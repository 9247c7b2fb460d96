//! Property tests over generated notices: the hostile-input base notice
//! with generated text (Markdown, HTML, links, scripts, symbols) in its
//! title, a purpose name and a description.
//!
//! - a notice that loads renders in every format and language;
//! - the HTML is safe (no script, event handler or `javascript:` URL);
//! - the Markdown, read back, has no raw HTML from the notice and only safe
//!   links;
//! - the PDF's text contains every word of the text fields.

use std::path::Path;

use proptest::prelude::*;
use seloste::check::check_bytes;
use seloste::effective::{Effective, StandardTexts};
use seloste::model::Date;
use seloste::render::{Format, Renderer, TemplateSet};
use seloste::rules::Settings;

fn base() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile/base.yaml"),
    )
    .unwrap()
}

fn notice(title: &str, name: &str, text: &str) -> String {
    let q = |s: &str| serde_json::to_string(s).unwrap();
    base()
        .replace("\"@@TITLE@@\"", &q(title))
        .replace("\"@@NAME@@\"", &q(name))
        .replace("\"@@TEXT@@\"", &q(text))
}

/// Pieces of text that exercise Markdown, HTML, links and scripts.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-ZäöåÄÖ]{1,12}",
        Just(" ".to_owned()),
        Just("\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("- ".to_owned()),
        Just("> ".to_owned()),
        Just("1. ".to_owned()),
        Just("**".to_owned()),
        Just("_".to_owned()),
        Just("`".to_owned()),
        Just("```".to_owned()),
        Just("~~~~".to_owned()),
        Just("<script>alert(1)</script>".to_owned()),
        Just("<img src=x onerror=alert(1)>".to_owned()),
        Just("[link](javascript:alert(1))".to_owned()),
        Just("[ok](https://example.fi/a?b=1&c=<2>)".to_owned()),
        Just("<javascript:alert(1)>".to_owned()),
        Just("\\".to_owned()),
        Just("#".to_owned()),
        Just("|".to_owned()),
        Just("$x^2$".to_owned()),
        Just("#read(\"/etc/passwd\")".to_owned()),
        Just("😀".to_owned()),
        Just("腾讯".to_owned()),
        Just("\u{f0b7}".to_owned()),
        Just("Ελληνικά".to_owned()),
    ]
}

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(token(), 1..30).prop_map(|v| v.concat())
}

/// The words (3+ letters) of a text, as they appear in any output.
fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphabetic())
        .filter(|w| {
            w.chars().count() >= 3
                && w.chars()
                    .all(|c| c.is_ascii_alphabetic() || "äöåÄÖ".contains(c))
        })
        .map(str::to_owned)
        .collect()
}

/// The `v` (text) values of a node tree, space-separated.
fn collect_text(v: &serde_json::Value, out: &mut String) {
    match v {
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect_text(x, out)),
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                match (k.as_str(), x) {
                    ("v", serde_json::Value::String(s)) => {
                        out.push(' ');
                        out.push_str(s);
                    }
                    ("url", _) => {}
                    _ => collect_text(x, out),
                }
            }
        }
        _ => {}
    }
}

fn pdf_text(pdf: &[u8]) -> Option<String> {
    let d = tempfile::tempdir().ok()?;
    let p = d.path().join("n.pdf");
    std::fs::write(&p, pdf).ok()?;
    // Layout mode keeps the label and value columns apart, so a wrapped
    // value is not interleaved with the next row's label (reading order
    // otherwise depends on a fraction of a point in the layout).
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", p.to_str()?, "-"])
        .output()
        .ok()?;
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn generated_notices_render_safely_everywhere(t in text(), n in text(), d in text()) {
        let yaml = notice(&t, &n, &d);
        let settings = Settings::new(Date { year: 2026, month: 11, day: 22 });
        let checked = check_bytes("p.yaml".into(), yaml.as_bytes(), &settings);
        let loaded = checked.loaded.expect("the base notice with any text loads");
        let mut r = Renderer::new(TemplateSet::builtin()).unwrap();
        for lang in loaded.notice.languages.clone() {
            let html = r.render(&Effective::new(&loaded.notice, StandardTexts::Fill), lang, Format::Html, None).unwrap();
            seloste::fuzzing::assert_safe_html(&String::from_utf8_lossy(&html));
            let md = r.render(&Effective::new(&loaded.notice, StandardTexts::Fill), lang, Format::Md, None).unwrap();
            seloste::fuzzing::assert_safe_markdown(&String::from_utf8_lossy(&md));
            if !cfg!(feature = "pdf") {
                continue;
            }
            let pdf = r.render(&Effective::new(&loaded.notice, StandardTexts::Fill), lang, Format::Pdf, None).unwrap();
            if let Some(text) = pdf_text(&pdf) {
                let flat: String = text.chars().filter(|c| c.is_alphabetic()).collect();
                // Every word of the description as the PDF is given it: the
                // text of its node tree (link targets are not text).
                let nodes = seloste::render::rich::Rich::from_markdown(&d, None).typst;
                let mut shown = String::new();
                collect_text(&serde_json::to_value(&nodes).unwrap(), &mut shown);
                for w in words(&shown) {
                    prop_assert!(flat.contains(&w), "{w:?} not in the PDF text");
                }
            }
        }
    }
}
