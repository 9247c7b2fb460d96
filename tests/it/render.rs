//! Rendering: Markdown and HTML snapshots of every real notice and example
//! in every language, PDF checked with poppler (tagging, PDF/A + PDF/UA
//! metadata, text in reading order), determinism, hostile input in every
//! kind of text field, and the `render` / `templates` commands.
#![cfg_attr(not(feature = "pdf"), allow(dead_code, unused_imports))]

use std::path::{Path, PathBuf};
use std::process::Command;

use seloste::check::{check_file, collect_files};
use seloste::effective::{Effective, StandardTexts, Statement};
use seloste::model::{Date, Notice};
use seloste::render::{Format, Renderer, TemplateSet};
use seloste::rules::Settings;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn load(path: &Path) -> Notice {
    check_file(path, &Settings::new(Date::new(2026, 11, 22).unwrap()))
        .unwrap()
        .loaded
        .unwrap_or_else(|| panic!("{} loads", path.display()))
        .notice
}

fn notices() -> Vec<PathBuf> {
    let mut v = collect_files(&[root().join("notices")]).unwrap();
    v.extend(collect_files(&[root().join("examples")]).unwrap());
    v
}

fn renderer() -> Renderer {
    Renderer::new(TemplateSet::builtin()).unwrap()
}

/// Runs a poppler tool on a PDF; the test command installs poppler-utils.
fn poppler(tool: &str, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(tool)
        .args(args)
        .arg(pdf)
        .args(if tool == "pdftotext" {
            vec!["-"]
        } else {
            vec![]
        })
        .output()
        .unwrap_or_else(|e| panic!("{tool} is needed (apt-get install poppler-utils): {e}"));
    assert!(
        out.status.success(),
        "{tool}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn markdown_and_html_snapshots_of_every_notice_and_language() {
    let mut r = renderer();
    for file in notices() {
        let n = load(&file);
        for lang in n.languages.clone() {
            for format in [Format::Md, Format::Html] {
                let out = String::from_utf8(
                    r.render(&Effective::new(&n, StandardTexts::Fill), lang, format, None)
                        .unwrap(),
                )
                .unwrap();
                insta::assert_snapshot!(format!("{}.{}.{}", n.id, lang.code(), format.ext()), out);
            }
        }
    }
}

#[test]
fn html_structure_is_accessible_by_construction() {
    let mut r = renderer();
    for file in notices() {
        let n = load(&file);
        for lang in n.languages.clone() {
            let html = String::from_utf8(
                r.render(
                    &Effective::new(&n, StandardTexts::Fill),
                    lang,
                    Format::Html,
                    None,
                )
                .unwrap(),
            )
            .unwrap();
            let ctx = format!("{} {lang}", n.id);
            assert!(
                html.contains(&format!("<html lang=\"{}\"", lang.code())),
                "{ctx}"
            );
            assert_eq!(html.matches("<h1").count(), 1, "{ctx}: one h1");
            assert!(html.contains("<main id=\"main\""), "{ctx}");
            assert!(html.contains("href=\"#main\""), "{ctx}: skip link");
            assert!(!html.contains("<script"), "{ctx}: no JavaScript");
            assert!(
                !html.contains("<link rel=\"stylesheet\""),
                "{ctx}: self-contained"
            );
            assert!(!html.contains("http-equiv"), "{ctx}");
            // Headings never skip a level.
            let mut last = 1;
            for (i, _) in html.match_indices("<h") {
                let Some(level) = html[i + 2..].chars().next().and_then(|c| c.to_digit(10)) else {
                    continue;
                };
                assert!(level <= last + 1, "{ctx}: h{last} followed by h{level}");
                last = level;
            }
            // Every section anchor of the contents exists.
            for (i, _) in html.match_indices("href=\"#") {
                let id = &html[i + 7..i + 7 + html[i + 7..].find('"').unwrap()];
                assert!(html.contains(&format!("id=\"{id}\"")), "{ctx}: anchor {id}");
            }
        }
    }
}

#[test]
#[cfg(feature = "pdf")]
fn pdf_is_tagged_archival_and_reads_in_order() {
    let mut r = renderer();
    let dir = tempfile::tempdir().unwrap();
    let n = load(&root().join("examples/kaislaniemi-perhepalvelut.yaml"));
    for lang in n.languages.clone() {
        let pdf = r
            .render(
                &Effective::new(&n, StandardTexts::Fill),
                lang,
                Format::Pdf,
                None,
            )
            .unwrap();
        let path = dir.path().join(format!("{}.pdf", lang.code()));
        std::fs::write(&path, &pdf).unwrap();
        let info = poppler("pdfinfo", &[], &path);
        assert!(info.contains("Tagged:          yes"), "{info}");
        assert!(
            info.contains("Page size:       595.276 x 841.89 pts (A4)"),
            "{info}"
        );
        assert!(
            info.contains("Author:          Kaislaniemen hyvinvointialue")
                || lang != seloste::model::Lang::Fi,
            "{info}"
        );
        let meta = poppler("pdfinfo", &["-meta"], &path);
        assert!(meta.contains("<pdfaid:part>2</pdfaid:part>"), "{meta}");
        assert!(
            meta.contains("<pdfaid:conformance>A</pdfaid:conformance>"),
            "{meta}"
        );
        assert!(meta.contains("<pdfuaid:part>1</pdfuaid:part>"), "{meta}");
        assert!(
            meta.contains(&format!("<rdf:li>{}</rdf:li>", lang.code())),
            "{meta}"
        );
        let text = poppler("pdftotext", &[], &path);
        // The view model's section headings appear in the PDF in order.
        let view =
            seloste::render::view::build(&Effective::new(&n, StandardTexts::Fill), lang, None);
        let mut at = 0;
        for s in &view.sections {
            let heading = format!("{}. {}", s.number, s.heading);
            let first_word = heading
                .split_whitespace()
                .take(2)
                .collect::<Vec<_>>()
                .join(" ");
            let found = text[at..].find(&first_word);
            assert!(found.is_some(), "{lang}: {heading} after byte {at}");
            at += found.unwrap();
        }
        let (address, _) = seloste::legal::AUTHORITIES
            .fi_ombudsman
            .visiting_address
            .get(lang);
        assert!(
            text.contains(address),
            "{lang}: the Ombudsman's current address {address}"
        );
    }
}

#[test]
#[cfg(feature = "pdf")]
fn output_is_deterministic() {
    let n = load(&root().join("examples/kaislaniemi-perhepalvelut.yaml"));
    let mut a = renderer();
    let mut b = renderer();
    for format in [Format::Md, Format::Html, Format::Pdf] {
        let lang = seloste::model::Lang::Sv;
        let first = a
            .render(&Effective::new(&n, StandardTexts::Fill), lang, format, None)
            .unwrap();
        let again = a
            .render(&Effective::new(&n, StandardTexts::Fill), lang, format, None)
            .unwrap();
        let fresh = b
            .render(&Effective::new(&n, StandardTexts::Fill), lang, format, None)
            .unwrap();
        assert!(
            first == again && first == fresh,
            "{format:?} differs between runs"
        );
    }
}

#[test]
#[cfg(feature = "pdf")]
fn hostile_text_is_shown_literally_or_dropped_in_every_format() {
    let n = load(&root().join("tests/fixtures/render/injection.yaml"));
    let mut r = renderer();
    let dir = tempfile::tempdir().unwrap();
    for lang in n.languages.clone() {
        let html = String::from_utf8(
            r.render(
                &Effective::new(&n, StandardTexts::Fill),
                lang,
                Format::Html,
                None,
            )
            .unwrap(),
        )
        .unwrap();
        for bad in [
            "<script",
            "<img",
            "<iframe",
            "<style>body",
            "<div onclick",
            "<b onmouseover",
            "href=\"data:",
            "<a href=\"javascript",
        ] {
            assert!(!html.contains(bad), "{lang} HTML contains {bad}");
        }
        assert!(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
            "shown as text"
        );
        assert!(
            html.contains("href=\"https://example.fi\""),
            "safe links stay"
        );
        assert!(!html.contains("<h1>otsikko") && html.matches("<h1").count() == 1);

        let md = String::from_utf8(
            r.render(
                &Effective::new(&n, StandardTexts::Fill),
                lang,
                Format::Md,
                None,
            )
            .unwrap(),
        )
        .unwrap();
        // Read by any CommonMark renderer, the document has no raw HTML and
        // no link other than http(s), mailto and tel.
        use pulldown_cmark::{Event, Parser, Tag};
        for ev in Parser::new(&md) {
            match ev {
                Event::Html(h) | Event::InlineHtml(h) => panic!("{lang} Markdown has raw HTML {h}"),
                Event::Start(Tag::Link { dest_url, .. }) => {
                    assert!(
                        seloste::render::rich::safe_url(&dest_url) || !dest_url.contains(':'),
                        "{lang} link {dest_url}"
                    );
                }
                Event::Start(Tag::Image { .. }) => panic!("{lang} Markdown has an image"),
                _ => {}
            }
        }
        assert!(md.contains("\\<script"), "escaped in Markdown");

        let pdf = r
            .render(
                &Effective::new(&n, StandardTexts::Fill),
                lang,
                Format::Pdf,
                None,
            )
            .unwrap();
        let path = dir.path().join(format!("{}.pdf", lang.code()));
        std::fs::write(&path, &pdf).unwrap();
        let text = poppler("pdftotext", &[], &path);
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for literal in [
            "#read(\"/etc/passwd\")",
            "$x^2$",
            "#panic(\"pwned\")",
            "<script>alert(1)</script>",
        ] {
            assert!(
                flat.contains(literal),
                "{lang} PDF lacks literal {literal}:\n{flat}"
            );
        }
        assert!(!text.contains("root:x:0:0"), "no file was read");
    }
}

fn seloste(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_seloste"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .env("LC_ALL", "C")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
#[cfg(feature = "pdf")]
fn render_command_writes_one_file_per_language() {
    let d = tempfile::tempdir().unwrap();
    let example = root().join("examples/kaislaniemi-perhepalvelut.yaml");
    let ex = example.to_str().unwrap();
    let (code, _, err) = seloste(d.path(), &["render", ex, "--format", "md"]);
    assert_eq!(code, 0, "{err}");
    for l in ["fi", "sv", "en"] {
        assert!(
            d.path()
                .join(format!("kaislaniemi-perhepalvelut.{l}.md"))
                .is_file()
        );
    }
    let (code, out, _) = seloste(
        d.path(),
        &["render", ex, "--format", "html", "--lang", "sv", "-o", "-"],
    );
    assert_eq!(code, 0);
    assert!(out.contains("<html lang=\"sv\""));
    let (code, _, err) = seloste(d.path(), &["render", ex, "--format", "pdf", "-o", "-"]);
    assert_eq!(code, 2, "{err}");
    let (code, _, _) = seloste(
        d.path(),
        &[
            "render",
            ex,
            "--format",
            "pdf",
            "--lang",
            "en",
            "-o",
            "out/x.pdf",
        ],
    );
    assert_eq!(code, 0);
    assert!(
        std::fs::read(d.path().join("out/x.pdf"))
            .unwrap()
            .starts_with(b"%PDF-")
    );
    // A notice that does not load is not rendered.
    let bad = root().join("tests/fixtures/bad/unknown-key.yaml");
    let (code, _, err) = seloste(
        d.path(),
        &["render", bad.to_str().unwrap(), "--format", "md"],
    );
    assert_eq!(code, 1);
    assert!(err.contains("schema-unknown-key"), "{err}");
}

#[test]
fn render_command_renders_several_formats_from_one_reading() {
    let d = tempfile::tempdir().unwrap();
    let a = root().join("examples/kaislaniemi-perhepalvelut.yaml");
    let b = root().join("notices/lieto-lapsiperheiden-palvelut.yaml");
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    // Comma-separated or repeated, a format given twice once: every
    // document is the one a render of its format alone writes.
    let (code, _, err) = seloste(
        d.path(),
        &[
            "render", a, b, "--format", "html,md", "--format", "md", "-o", "both",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(err.matches("wrote ").count(), 8, "{err}");
    for fmt in ["html", "md"] {
        let (code, _, err) = seloste(d.path(), &["render", a, b, "--format", fmt, "-o", fmt]);
        assert_eq!(code, 0, "{err}");
        let mut names: Vec<_> = std::fs::read_dir(d.path().join(fmt))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        assert_eq!(names.len(), 4);
        for name in names {
            assert_eq!(
                std::fs::read(d.path().join(fmt).join(&name)).unwrap(),
                std::fs::read(d.path().join("both").join(&name)).unwrap(),
                "{name:?}"
            );
        }
    }
    assert_eq!(std::fs::read_dir(d.path().join("both")).unwrap().count(), 8);
    // Standard output takes one document: not two formats.
    let (code, _, err) = seloste(d.path(), &["render", b, "--format", "html,md", "-o", "-"]);
    assert_eq!(code, 2);
    assert!(err.contains("`-o -` takes one"), "{err}");
    // Two formats of one notice in one language go into a folder.
    let (code, _, err) = seloste(
        d.path(),
        &["render", b, "--format", "md,html", "-o", "pair"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        d.path()
            .join("pair/lieto-lapsiperheiden-palvelut.fi.md")
            .is_file()
    );
    assert!(
        d.path()
            .join("pair/lieto-lapsiperheiden-palvelut.fi.html")
            .is_file()
    );
}

#[test]
fn render_command_renders_several_notices_in_one_process() {
    let d = tempfile::tempdir().unwrap();
    let a = root().join("examples/kaislaniemi-perhepalvelut.yaml");
    let b = root().join("notices/lieto-lapsiperheiden-palvelut.yaml");
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    // Every language of every notice into the folder (created), each
    // document the same as rendering its notice alone.
    let (code, _, err) = seloste(d.path(), &["render", a, b, "--format", "html", "-o", "out"]);
    assert_eq!(code, 0, "{err}");
    let mut written: Vec<String> = std::fs::read_dir(d.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    assert_eq!(
        written,
        [
            "kaislaniemi-perhepalvelut.en.html",
            "kaislaniemi-perhepalvelut.fi.html",
            "kaislaniemi-perhepalvelut.sv.html",
            "lieto-lapsiperheiden-palvelut.fi.html",
        ]
    );
    let (code, alone, _) = seloste(d.path(), &["render", b, "--format", "html", "-o", "-"]);
    assert_eq!(code, 0);
    assert_eq!(
        std::fs::read_to_string(d.path().join("out/lieto-lapsiperheiden-palvelut.fi.html"))
            .unwrap(),
        alone
    );
    // With one language, several notices still go into a folder.
    let (code, _, err) = seloste(
        d.path(),
        &[
            "render", a, b, "--format", "md", "--lang", "fi", "-o", "one",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        d.path()
            .join("one/lieto-lapsiperheiden-palvelut.fi.md")
            .is_file()
    );
    // Standard output takes one document.
    let (code, _, err) = seloste(
        d.path(),
        &["render", a, b, "--format", "md", "--lang", "fi", "-o", "-"],
    );
    assert_eq!(code, 2);
    assert!(err.contains("`-o -` takes one"), "{err}");
    // Two notices with one id would overwrite each other's files: the
    // second is refused, the first is written.
    let copy = d.path().join("copy.yaml");
    std::fs::copy(b, &copy).unwrap();
    let (code, _, err) = seloste(
        d.path(),
        &[
            "render",
            b,
            copy.to_str().unwrap(),
            "--format",
            "md",
            "-o",
            "dup",
        ],
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("same id `lieto-lapsiperheiden-palvelut`"),
        "{err}"
    );
    assert!(
        d.path()
            .join("dup/lieto-lapsiperheiden-palvelut.fi.md")
            .is_file()
    );
    // A notice that does not load is reported; the others are rendered.
    let bad = root().join("tests/fixtures/bad/unknown-key.yaml");
    let (code, _, err) = seloste(
        d.path(),
        &[
            "render",
            bad.to_str().unwrap(),
            b,
            "--format",
            "md",
            "-o",
            "mixed",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        d.path()
            .join("mixed/lieto-lapsiperheiden-palvelut.fi.md")
            .is_file()
    );
}

#[test]
#[cfg(feature = "pdf")]
fn templates_eject_and_override_with_located_errors() {
    let d = tempfile::tempdir().unwrap();
    let (code, out, _) = seloste(d.path(), &["templates", "eject", "tpl"]);
    assert_eq!(code, 0);
    assert!(out.contains("notice.typ"));
    // Ejecting again never overwrites.
    let (code, _, err) = seloste(d.path(), &["templates", "eject", "tpl"]);
    assert_eq!(code, 2, "{err}");

    let example = root().join("examples/kaislaniemi-perhepalvelut.yaml");
    let ex = example.to_str().unwrap();
    // A user template replaces the built-in one.
    std::fs::write(d.path().join("tpl/notice.md"), "# {{ n.title }} (custom)\n").unwrap();
    let (code, out, err) = seloste(
        d.path(),
        &[
            "render",
            ex,
            "--format",
            "md",
            "--lang",
            "fi",
            "--templates",
            "tpl",
            "-o",
            "-",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("(custom)"), "{out}");

    // A broken tera template names its file and line.
    std::fs::write(
        d.path().join("tpl/notice.md"),
        "# ok\n\n{% if n.title %}\nunclosed\n",
    )
    .unwrap();
    let (code, _, err) = seloste(
        d.path(),
        &["render", ex, "--format", "md", "--templates", "tpl"],
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("tpl/notice.md") && err.contains("5:1"),
        "{err}"
    );

    // A broken typst template names its file, line and column.
    std::fs::write(d.path().join("tpl/notice.md"), "# {{ n.title }}\n").unwrap();
    std::fs::write(
        d.path().join("tpl/notice.typ"),
        "#let n = json(\"/data.json\")\n\n#n.no_such_field\n",
    )
    .unwrap();
    let (code, _, err) = seloste(
        d.path(),
        &[
            "render",
            ex,
            "--format",
            "pdf",
            "--templates",
            "tpl",
            "-o",
            "x.pdf",
            "--lang",
            "fi",
        ],
    );
    assert_eq!(code, 2);
    assert!(err.contains("tpl/notice.typ:3:"), "{err}");
    assert!(!d.path().join("x.pdf").exists(), "no half-written output");

    // A misspelt template name is refused.
    std::fs::write(d.path().join("tpl/notice.htm"), "x").unwrap();
    let (code, _, err) = seloste(
        d.path(),
        &["render", ex, "--format", "md", "--templates", "tpl"],
    );
    assert_eq!(code, 2);
    assert!(err.contains("not a template name"), "{err}");
}

/// Every notice the tests know: the real notices, the examples and the rule
/// fixtures.
fn every_notice() -> Vec<PathBuf> {
    let mut v = notices();
    v.extend(collect_files(&[root().join("tests/fixtures/rules")]).unwrap());
    v
}

/// The effective notice is one source of truth: in both modes, for every
/// notice, an item that `check` reports as missing is not stated on the
/// page (HTML anchor, Markdown heading), and every statement seloste adds
/// is listed by `check` (a `standard-statement` finding) and published.
#[test]
fn the_page_never_states_what_check_reports_missing_and_check_lists_every_addition() {
    let mut r = renderer();
    let mut added_total = 0;
    let mut missing_total = 0;
    #[cfg_attr(not(feature = "pdf"), allow(unused_mut))]
    let mut pdf_checked = 0;
    for path in every_notice() {
        for mode in [StandardTexts::Fill, StandardTexts::DeclaredOnly] {
            let settings = Settings {
                standard_texts: mode,
                ..Settings::new(Date::new(2026, 11, 22).unwrap())
            };
            let checked = check_file(&path, &settings).unwrap();
            let Some(loaded) = checked.loaded else {
                continue;
            };
            let n = &loaded.notice;
            let effective = Effective::new(n, mode);
            let what = format!("{} ({mode:?})", path.display());
            let diags = &checked.report.diagnostics;
            let listed = diags
                .iter()
                .filter(|d| d.id() == "standard-statement")
                .count();
            assert_eq!(
                listed,
                effective.added().len(),
                "{what}: additions not listed"
            );
            added_total += listed;
            let missing: Vec<_> = diags
                .iter()
                .filter(|d| d.severity != seloste::diag::Severity::Info)
                .filter_map(|d| seloste::rules::missing_statement(d.id()))
                .collect();
            missing_total += missing.len();
            for s in &missing {
                assert!(
                    !effective.states(*s),
                    "{what}: {s:?} reported missing but stated"
                );
            }
            for &lang in &n.languages {
                let html =
                    String::from_utf8(r.render(&effective, lang, Format::Html, None).unwrap())
                        .unwrap();
                let md = String::from_utf8(r.render(&effective, lang, Format::Md, None).unwrap())
                    .unwrap();
                for s in &missing {
                    let anchor = format!("id=\"{}\"", s.anchor());
                    assert!(
                        !html.contains(&anchor),
                        "{what} {lang:?}: {s:?} on the page"
                    );
                    let heading =
                        seloste::i18n::message(lang, &s.name_key().replace('.', "-"), &[]);
                    assert!(
                        !md.lines()
                            .any(|l| l.starts_with('#') && l.contains(&heading)),
                        "{what} {lang:?}: {s:?} heading in the Markdown"
                    );
                }
                for s in effective.added() {
                    let anchor = format!("id=\"{}\"", s.anchor());
                    assert!(
                        html.contains(&anchor),
                        "{what} {lang:?}: added {s:?} not on the page"
                    );
                }
                // The PDF text too, for the real notices and the examples
                // (the rule fixtures are many; HTML and Markdown cover them).
                #[cfg(feature = "pdf")]
                if !path.starts_with(root().join("tests")) {
                    let d = tempfile::tempdir().unwrap();
                    let pdf = d.path().join("n.pdf");
                    std::fs::write(&pdf, r.render(&effective, lang, Format::Pdf, None).unwrap())
                        .unwrap();
                    let text = poppler("pdftotext", &[], &pdf);
                    // Headings are alone on their line, numbered or not.
                    let has = |heading: &str| text.lines().any(|l| l.trim().ends_with(heading));
                    let heading = |s: &Statement| {
                        seloste::i18n::message(lang, &s.name_key().replace('.', "-"), &[])
                    };
                    for s in &missing {
                        assert!(
                            !has(&heading(s)),
                            "{what} {lang:?}: {s:?} heading in the PDF"
                        );
                        pdf_checked += 1;
                    }
                    // And what is added is there (the check above can fail).
                    for s in effective.added() {
                        if matches!(s, Statement::Right(_) | Statement::Complaint) {
                            assert!(
                                has(&heading(s)),
                                "{what} {lang:?}: added {s:?} not in the PDF"
                            );
                        }
                    }
                }
            }
        }
    }
    // The corpus exercises both sides.
    assert!(
        added_total > 50 && missing_total > 20,
        "{added_total} {missing_total}"
    );
    #[cfg(feature = "pdf")]
    assert!(
        pdf_checked > 5,
        "{pdf_checked} items checked in the PDF text"
    );
    let _ = pdf_checked;
}
