//! The properties the fuzz targets check (`fuzz/`, run by `scripts/fuzz`),
//! as library functions so that every input the fuzzer ever found is also a
//! regression test (`tests/it/fuzz.rs` runs `tests/fixtures/fuzz/<target>/*`
//! through them). Each function panics when a property does not hold.

use pulldown_cmark::{Event, Parser, Tag};

use crate::check::{MAX_FINDINGS, check_bytes};
use crate::diag::{self, human::HumanOptions};
use crate::model::Date;
use crate::render::rich::Rich;
use crate::render::{Format, Renderer};
use crate::rules::Settings;

fn settings() -> Settings {
    Settings::new(Date {
        year: 2026,
        month: 11,
        day: 22,
    })
}

/// Bytes → load, schema, rules and render limits, then every output format
/// of `check`: no panic, every span inside the file, findings bounded, no
/// escape characters in human output.
pub fn check(data: &[u8]) {
    let checked = check_bytes("fuzz.yaml".into(), data, &settings());
    let report = &checked.report;
    for d in &report.diagnostics {
        if let Some(span) = &d.span {
            assert!(
                span.start <= span.end && span.end <= report.source.len(),
                "{d:?}"
            );
        }
    }
    assert!(report.diagnostics.len() <= MAX_FINDINGS + 1);
    let reports = std::slice::from_ref(report);
    for lang in crate::i18n::Lang::ALL {
        let _ = diag::json::render(reports, lang);
        let _ = diag::github::render(reports, lang);
    }
    let _ = diag::sarif::render(reports, &[], crate::i18n::Lang::Fi);
    let human = diag::human::render_file(
        report,
        HumanOptions {
            color: false,
            width: 100,
            lang: crate::i18n::Lang::Sv,
        },
    );
    assert!(
        !human.contains('\u{1b}'),
        "escape character in human output"
    );
}

/// Bytes → `seloste import` as text and as a Word document: no panic, and
/// the draft of any text loads and passes the schema (its gaps are `TODO`).
pub fn import(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let draft = crate::import::import(&text, "fuzz.txt", "notice.schema.json");
    let checked = check_bytes("fuzz.yaml".into(), draft.yaml.as_bytes(), &settings());
    let refused: Vec<&str> = checked
        .report
        .diagnostics
        .iter()
        .map(crate::diag::Diagnostic::id)
        .filter(|id| {
            id.starts_with("schema-") || id.starts_with("yaml-") || id.starts_with("file-")
        })
        .collect();
    assert!(refused.is_empty(), "{refused:?}\n{}", draft.yaml);
    let _ = crate::import::docx_text(data);
}

/// Whether a link target read back from the output may be published: no
/// scheme (relative), or http(s), mailto, tel.
fn published_scheme(url: &str) -> bool {
    let l = url.to_ascii_lowercase();
    l.split_once(':')
        .filter(|(s, _)| !s.contains('/'))
        .is_none_or(|(s, _)| matches!(s, "http" | "https" | "mailto" | "tel"))
}

/// The attributes of one tag's text (after the `<`, up to its `>`), with
/// quoted values read as such.
fn attributes(tag: &str) -> Vec<(String, String)> {
    let b = tag.as_bytes();
    let mut i = b
        .iter()
        .position(u8::is_ascii_whitespace)
        .unwrap_or(b.len());
    let mut out = Vec::new();
    while i < b.len() {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            i += 1;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'/' {
            i += 1;
        }
        let name = tag[start..i].to_ascii_lowercase();
        let mut value = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let from = i + 1;
                i = from
                    + b[from..]
                        .iter()
                        .position(|c| *c == q)
                        .unwrap_or(b.len() - from);
                value = tag[from..i].to_owned();
                i += 1;
            } else {
                let from = i;
                while i < b.len() && !b[i].is_ascii_whitespace() {
                    i += 1;
                }
                value = tag[from..i].to_owned();
            }
        }
        if name.is_empty() && i == start {
            i += 1;
        } else if !name.is_empty() {
            out.push((name, value));
        }
    }
    out
}

/// Asserts that HTML has no script, event handler or unsafe link (text
/// that merely says "javascript:" is fine: it is escaped).
pub fn assert_safe_html(html: &str) {
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "script in {html}");
    // Every `<` of the output starts a tag (text has `&lt;`), and a tag's
    // attribute values are quoted without `>` (ammonia and tera escape it).
    for tag in html.split('<').skip(1) {
        let tag = tag.split('>').next().unwrap_or("");
        for (name, value) in attributes(tag) {
            assert!(!name.starts_with("on"), "event handler {name} in {html}");
            if matches!(name.as_str(), "href" | "src" | "action" | "formaction") {
                assert!(published_scheme(&value), "unsafe {name}={value} in {html}");
            }
        }
    }
}

/// Asserts that Markdown, read by a CommonMark parser, has no raw HTML and
/// no unsafe link.
pub fn assert_safe_markdown(md: &str) {
    for ev in Parser::new(md) {
        match ev {
            Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML {h:?} in {md:?}"),
            Event::Start(Tag::Link { dest_url, .. }) => {
                assert!(published_scheme(&dest_url), "{dest_url} in {md:?}");
            }
            _ => {}
        }
    }
}

/// One text field → every form: safe HTML and Markdown, PDF text the fonts
/// can show.
pub fn text(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let r = Rich::from_markdown(text, None);
    assert_safe_html(&r.html);
    assert_safe_markdown(&r.md);
    assert_safe_markdown(&r.md_inline);
    let pdf = crate::limits::pdf_text(&r.plain);
    assert!(
        pdf.chars()
            .all(|c| crate::limits::shown(c) || c == '\u{200B}')
    );
    let _ = serde_json::to_vec(&r.typst);
}

/// A whole notice → every language and format with `renderer`: a notice
/// that loads must render.
pub fn render(data: &[u8], renderer: &mut Renderer) {
    let checked = check_bytes("fuzz.yaml".into(), data, &settings());
    let Some(loaded) = checked.loaded else {
        return;
    };
    let n = &loaded.notice;
    let effective = crate::effective::Effective::new(n, settings().standard_texts);
    for lang in &n.languages {
        for &format in crate::render::FORMATS {
            match renderer.render(&effective, *lang, format, None) {
                Ok(bytes) if format == Format::Html => {
                    assert_safe_html(&String::from_utf8_lossy(&bytes));
                }
                Ok(_) => {}
                Err(e) => panic!("a notice that loads does not render ({format:?}, {lang:?}): {e}"),
            }
        }
    }
}
