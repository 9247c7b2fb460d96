//! Hostile input and no lost work: one test per defect found by attacking
//! the release binary (issue "Hostile input and no lost work"), run against
//! the real binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_seloste"));
    c.args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .env("LC_ALL", "C")
        .env_remove("SOURCE_DATE_EPOCH");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// The base notice with its title, first purpose name and description
/// replaced (each given as the text itself; written as a JSON string, which
/// is YAML).
fn notice(title: &str, name: &str, description: &str) -> String {
    let base = std::fs::read_to_string(root().join("tests/fixtures/hostile/base.yaml")).unwrap();
    let q = |s: &str| serde_json::to_string(s).unwrap();
    base.replace("\"@@TITLE@@\"", &q(title))
        .replace("\"@@NAME@@\"", &q(name))
        .replace("\"@@TEXT@@\"", &q(description))
}

fn write(dir: &Path, name: &str, content: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, content).unwrap();
    p
}

/// Checks the notice (no load or schema errors), then renders it in every
/// format; returns the check output.
fn check_and_render_all(content: &str) -> String {
    let d = tempfile::tempdir().unwrap();
    let file = write(d.path(), "n.yaml", content);
    let o = run(
        d.path(),
        &[
            "check",
            "n.yaml",
            "--format",
            "json",
            "--as-of",
            "2026-11-22",
        ],
        &[],
    );
    let out = text(&o);
    assert!(matches!(o.status.code(), Some(0 | 1)), "{out}");
    assert!(
        !out.contains("\"rule\": \"schema-") && !out.contains("\"rule\": \"yaml-"),
        "{out}"
    );
    let formats: &[&str] = if cfg!(feature = "pdf") {
        &["html", "md", "pdf"]
    } else {
        &["html", "md"]
    };
    for &format in formats {
        let o = run(
            d.path(),
            &[
                "render",
                file.to_str().unwrap(),
                "--format",
                format,
                "-o",
                "out",
            ],
            &[],
        );
        assert_eq!(o.status.code(), Some(0), "render {format}: {}", text(&o));
    }
    out
}

// ---- 1. a notice that passes check renders, whatever its characters ----

#[test]
fn emoji_cjk_thai_and_word_bullets_render_and_are_reported() {
    for (desc, rule) in [
        // Shown by the embedded fallback fonts: no finding.
        ("Palvelu 😀 ja 👍🏽 🇫🇮", ""),
        ("Tencent 腾讯 한국어 ไทย 日本語", ""),
        ("Kreikka Ελληνικά ja kyrillinen Кириллица ✓ → ★", ""),
        // Word's symbol bullet: mapped, and reported.
        ("\u{f0b7} Asiakkaan palvelut", "text-glyphs"),
        // No embedded font has these: replaced, and reported.
        ("Foinikia 𐤀𐤁 ja harvinainen 𠀀", "text-glyphs"),
        ("Ohjausmerkki \u{1} tekstissä", "text-glyphs"),
    ] {
        let out = check_and_render_all(&notice("Jäsenrekisteri", "Jäsenyys", desc));
        if rule.is_empty() {
            assert!(!out.contains("text-glyphs"), "{desc}: {out}");
        } else {
            assert!(out.contains(rule), "{desc}: {out}");
            // At the character, on the description's line.
            let line = notice("Jäsenrekisteri", "Jäsenyys", desc)
                .lines()
                .position(|l| l.contains("description:"))
                .unwrap()
                + 1;
            assert!(out.contains(&format!("\"line\": {line}")), "{out}");
        }
    }
}

#[test]
fn deep_markdown_nesting_renders_flat_and_is_reported() {
    for (desc, deep) in [
        ("> ".repeat(16) + "x", true),
        ("- ".repeat(9_500) + "x", true),
        ("> ".repeat(100_000) + "x", true),
        ("*a ".repeat(100_000), false),
        ("**a ".repeat(30_000) + &"**".repeat(30_000), false),
        ("a".repeat(40_000), false),
        (format!("[x](https://e.fi/{})", "a".repeat(40_000)), false),
    ] {
        let out = check_and_render_all(&notice("Jäsenrekisteri", "Jäsenyys", &desc));
        assert_eq!(
            out.contains("text-nesting"),
            deep,
            "{}: {}",
            &desc[..20],
            &out[..out.len().min(2000)]
        );
    }
}

#[test]
fn long_title_and_names_render_and_are_reported() {
    let long = "Rekisteri ".repeat(4_000);
    let out = check_and_render_all(&notice(&long, &long, "Kuvaus."));
    assert!(out.contains("text-heading-length"), "{out}");
    let word = "R".repeat(40_000);
    let out = check_and_render_all(&notice(&word, &word, &word));
    assert!(out.contains("text-word-length"), "{out}");
}

// ---- 3. check does not panic on findings far to the right ----

#[test]
fn finding_past_column_65535_does_not_panic() {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        "p.yaml",
        &format!("{{{}a: 1}}\n", " ".repeat(65_535)),
    );
    write(
        d.path(),
        "q.yaml",
        &notice("Jäsenrekisteri", "Jäsenyys", "Kuvaus."),
    );
    let o = run(d.path(), &["check", "p.yaml", "q.yaml"], &[]);
    let out = text(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    // Both files are reported; the long line is named, not drawn.
    assert!(
        out.contains("p.yaml:1:65537"),
        "{}",
        &out[..out.len().min(3000)]
    );
    assert!(out.contains("checked 2 notices"), "{out}");
}

#[test]
fn many_findings_are_capped_and_fast_in_every_format() {
    let d = tempfile::tempdir().unwrap();
    let mut s = notice("Jäsenrekisteri", "Jäsenyys", "Kuvaus.");
    s.push_str("notes:\n");
    let mut big = String::from("data_subjects:\n");
    for _ in 0..99_000 {
        big.push_str("  - {}\n");
    }
    s = s.replace("data_subjects: [Jäsenet]\n", &big);
    write(d.path(), "big.yaml", &s);
    for format in ["human", "json", "sarif", "github"] {
        let o = run(d.path(), &["check", "big.yaml", "--format", format], &[]);
        let out = text(&o);
        assert_eq!(o.status.code(), Some(1), "{}", &out[..out.len().min(2000)]);
        assert!(
            out.contains("findings-truncated") || out.contains("more findings"),
            "{format}"
        );
    }
}

// ---- 4. Markdown output cannot be made to carry live HTML or links ----

#[test]
fn markdown_output_has_no_live_html_or_unsafe_links() {
    let d = tempfile::tempdir().unwrap();
    let desc = "a `` <script>alert(1)</script> `` b ``` `x`` <script>alert(2)</script> ```\n\n\
                ```\n~~~~\n<script>alert(3)</script>\n```\n\n[x](http://a\\\\>)<script>alert(4)</script>";
    let file = write(
        d.path(),
        "n.yaml",
        &notice("Jäsenrekisteri", "Jäsenyys", desc),
    );
    let o = run(
        d.path(),
        &[
            "render",
            file.to_str().unwrap(),
            "--format",
            "md",
            "--lang",
            "fi",
            "-o",
            "-",
        ],
        &[],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let md = String::from_utf8_lossy(&o.stdout).into_owned();
    for ev in pulldown_cmark::Parser::new(&md) {
        match ev {
            pulldown_cmark::Event::Html(h) | pulldown_cmark::Event::InlineHtml(h) => {
                panic!("raw HTML in Markdown output: {h}\n{md}")
            }
            pulldown_cmark::Event::Start(pulldown_cmark::Tag::Link { dest_url, .. }) => {
                let l = dest_url.to_ascii_lowercase();
                let scheme = l.split_once(':').filter(|(s, _)| !s.contains('/'));
                assert!(
                    scheme.is_none_or(|(s, _)| matches!(s, "http" | "https" | "mailto" | "tel")),
                    "{dest_url}\n{md}"
                );
            }
            _ => {}
        }
    }
}

// ---- 14. no terminal escapes from file contents ----

#[test]
fn escape_characters_do_not_reach_the_terminal() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "e.yaml", "id: e\n\"\\e]0;pwned\\a\": 1\n");
    for format in ["human", "github"] {
        let o = run(
            d.path(),
            &["check", "e.yaml", "--format", format, "--color", "never"],
            &[],
        );
        let out = text(&o);
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    }
}

// ---- configuration: logo, links, colours, bounds, relative --config ----

fn site_dir() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(d.path().join("in")).unwrap();
    write(
        &d.path().join("in"),
        "n.yaml",
        &notice("Jäsenrekisteri", "Jäsenyys", "Kuvaus."),
    );
    d
}

fn build(d: &Path, extra: &[&str], env: &[(&str, &str)]) -> Output {
    let mut args = vec!["build", "in", "--out", "site", "--as-of", "2026-11-22"];
    args.extend_from_slice(extra);
    run(d, &args, env)
}

#[test]
fn logo_must_be_an_image_inside_the_project() {
    let d = site_dir();
    let cfg = d.path().join("in/seloste.toml");
    for (file, why) in [
        ("/proc/self/environ", "inside its folder"),
        ("../secret.png", "inside its folder"),
        ("env", "by its content"),
    ] {
        std::fs::write(d.path().join("secret.png"), b"\x89PNG\r\n\x1a\nSECRET").unwrap();
        std::fs::write(d.path().join("in/env"), b"PATH=/bin\0TOKEN=secret\0").unwrap();
        std::fs::write(
            &cfg,
            format!("[site.logo]\nfile = \"{file}\"\nalt = \"Logo\"\n"),
        )
        .unwrap();
        let o = build(d.path(), &[], &[]);
        assert_eq!(o.status.code(), Some(2), "{file}: {}", text(&o));
        assert!(text(&o).contains(why), "{file}: {}", text(&o));
        assert!(!d.path().join("site").exists());
    }
    // A symbolic link out of the folder is refused too.
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(d.path().join("secret.png"), d.path().join("in/logo.png"))
            .unwrap();
        std::fs::write(&cfg, "[site.logo]\nfile = \"logo.png\"\nalt = \"Logo\"\n").unwrap();
        let o = build(d.path(), &[], &[]);
        assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    }
    // Only the first bytes of a PNG: refused before anything is built (the
    // PDF header draws the logo).
    std::fs::remove_file(d.path().join("in/logo.png")).ok();
    std::fs::write(d.path().join("in/logo"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    std::fs::write(&cfg, "[site.logo]\nfile = \"logo\"\nalt = \"Logo\"\n").unwrap();
    #[cfg(feature = "pdf")]
    {
        let o = build(d.path(), &[], &[]);
        assert_eq!(o.status.code(), Some(2), "{}", text(&o));
        assert!(text(&o).contains("cannot be read"), "{}", text(&o));
    }
    // A real PNG (1×1) is published, named by its type.
    const PNG_1X1: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\nIDATx\x9cc\0\x01\0\0\x05\0\x01\r\n-\xb4\0\0\0\0IEND\xaeB`\x82";
    std::fs::write(d.path().join("in/logo"), PNG_1X1).unwrap();
    let o = build(d.path(), &[], &[]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(d.path().join("site/logo.png").is_file());
}

#[test]
fn site_links_colours_and_bounds_are_validated() {
    let d = site_dir();
    let cfg = d.path().join("in/seloste.toml");
    for bad in [
        "[site.feedback]\nurl = \"javascript:alert(1)\"\n",
        "[site]\nbase_url = \"javascript:alert(1)//\"\n",
        "[site.colours]\naccent = \"red;}</style><script>alert(1)</script>\"\n",
        "[site.feedback]\nemail = \"x@y.fi\\\"><script>\"\n",
        "stale_months = 2147483647\n",
        "stale_months = 0\n",
    ] {
        std::fs::write(&cfg, bad).unwrap();
        let o = build(d.path(), &[], &[]);
        assert_eq!(o.status.code(), Some(2), "{bad}: {}", text(&o));
        let o = run(d.path(), &["check", "in"], &[]);
        assert_eq!(o.status.code(), Some(2), "{bad}: {}", text(&o));
    }
    // A device is not read as a configuration.
    let o = run(d.path(), &["check", "in", "--config", "/dev/zero"], &[]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("not a regular file"), "{}", text(&o));
}

#[test]
fn relative_config_path_applies_its_overrides() {
    let d = site_dir();
    std::fs::remove_file(d.path().join("in/seloste.toml")).ok();
    write(
        d.path(),
        "seloste.toml",
        "[[overrides]]\npaths = [\"in/**\"]\nrules = { placeholder-text = \"allow\", dpo-contact = \"deny\" }\n",
    );
    let with = |cfg: &str| {
        let o = run(
            d.path(),
            &["check", "in", "--format", "json", "--config", cfg],
            &[],
        );
        text(&o)
    };
    let abs = d.path().join("seloste.toml");
    assert_eq!(with("./seloste.toml"), with(abs.to_str().unwrap()));
    assert_eq!(with("seloste.toml"), with(abs.to_str().unwrap()));
}

// ---- templates: no environment, no recursion, bounded loops ----

#[test]
fn templates_cannot_read_the_environment_or_recurse() {
    let d = site_dir();
    let tpl = d.path().join("tpl");
    std::fs::create_dir_all(&tpl).unwrap();
    for (name, src, expect) in [
        (
            "index.html",
            "{{ get_env(name=\"SECRET_TOKEN\") }}",
            "get_env",
        ),
        (
            "macros.html",
            "{% macro boom(n) %}{{ self::boom(n=n) }}{% endmacro boom %}",
            "recursion",
        ),
        ("index.html", "{% include \"index.html\" %}", "recursion"),
        (
            "index.html",
            "{% for i in range(end=100000000) %}x{% endfor %}",
            "at most",
        ),
    ] {
        for f in std::fs::read_dir(&tpl).unwrap() {
            std::fs::remove_file(f.unwrap().path()).unwrap();
        }
        std::fs::write(tpl.join(name), src).unwrap();
        let o = build(
            d.path(),
            &["--templates", "tpl"],
            &[("SECRET_TOKEN", "s3cr3t")],
        );
        let out = text(&o);
        assert_eq!(o.status.code(), Some(2), "{src}: {out}");
        assert!(out.contains(expect), "{src}: {out}");
        assert!(!out.contains("s3cr3t"));
        assert!(!d.path().join("site").exists());
    }
}

// ---- no lost work ----

fn tree(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = walkdir::WalkDir::new(dir)
        .min_depth(1)
        .into_iter()
        .filter_map(Result::ok)
        .map(|e| e.path().strip_prefix(dir).unwrap().display().to_string())
        .collect();
    v.sort();
    v
}

#[test]
fn a_copied_site_with_other_files_is_never_replaced() {
    let d = site_dir();
    assert_eq!(build(d.path(), &[], &[]).status.code(), Some(0));
    // The built site copied into a web root that has other files.
    let www = d.path().join("www");
    std::fs::create_dir_all(&www).unwrap();
    for f in tree(&d.path().join("site")) {
        let from = d.path().join("site").join(&f);
        if from.is_dir() {
            std::fs::create_dir_all(www.join(&f)).unwrap();
        } else {
            std::fs::copy(&from, www.join(&f)).unwrap();
        }
    }
    std::fs::write(www.join("important.html"), "keep").unwrap();
    let o = run(d.path(), &["build", "in", "--out", "www"], &[]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("important.html"), "{}", text(&o));
    assert_eq!(
        std::fs::read_to_string(www.join("important.html")).unwrap(),
        "keep"
    );
    // A file of the site that was edited by hand is not overwritten either.
    let page = d.path().join("site/index.html");
    std::fs::write(&page, "edited by hand").unwrap();
    let o = build(d.path(), &[], &[]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert_eq!(std::fs::read_to_string(&page).unwrap(), "edited by hand");
}

#[cfg(unix)]
#[test]
fn symlinks_planted_in_the_site_are_refused_and_never_followed() {
    let d = site_dir();
    assert_eq!(build(d.path(), &[], &[]).status.code(), Some(0));
    let secret = write(d.path(), "secret.txt", "TOKEN");
    let page = d.path().join("site/hostile/hostile.fi.md");
    let size = std::fs::metadata(&page).unwrap().len() as usize;
    std::fs::write(&secret, "x".repeat(size)).unwrap();
    std::fs::remove_file(&page).unwrap();
    std::os::unix::fs::symlink(&secret, &page).unwrap();
    let o = build(d.path(), &[], &[]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("hostile.fi.md"), "{}", text(&o));
}

#[test]
fn interrupted_swap_is_recovered_and_leftovers_removed() {
    let d = site_dir();
    assert_eq!(build(d.path(), &[], &[]).status.code(), Some(0));
    let before = tree(&d.path().join("site"));
    // Killed between the two renames: the old site is beside, none at --out.
    std::fs::rename(d.path().join("site"), d.path().join(".site.old-abc123")).unwrap();
    // Killed while building: a half-built folder.
    std::fs::create_dir_all(d.path().join(".site.building-xyz/hostile")).unwrap();
    // Recovery happens before anything else: even a build that then fails
    // (--strict with error findings, or not) puts the old site back.
    let o = build(d.path(), &[], &[]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert_eq!(tree(&d.path().join("site")), before);
    let left: Vec<String> = std::fs::read_dir(d.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".site.") && n != ".site.lock")
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn a_concurrent_build_into_the_same_folder_is_refused() {
    let d = site_dir();
    let lock = std::fs::File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .open(d.path().join(".site.lock"))
        .unwrap();
    lock.lock().unwrap();
    let o = build(d.path(), &[], &[]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("another seloste build"), "{}", text(&o));
    lock.unlock().unwrap();
    assert_eq!(build(d.path(), &[], &[]).status.code(), Some(0));
}

#[test]
#[cfg(feature = "pdf")]
fn source_date_epoch_is_an_input_of_incremental_builds() {
    let d = site_dir();
    // A notice without dates takes its date from SOURCE_DATE_EPOCH.
    let p = d.path().join("in/n.yaml");
    let s = std::fs::read_to_string(&p).unwrap();
    std::fs::write(
        &p,
        s.replace("published: 2025-01-15\n", "")
            .replace("updated: 2026-06-01\n", ""),
    )
    .unwrap();
    let epoch = [("SOURCE_DATE_EPOCH", "1700000000")];
    assert_eq!(build(d.path(), &[], &epoch).status.code(), Some(0));
    let o = build(d.path(), &[], &[("SOURCE_DATE_EPOCH", "1800000000")]);
    assert!(text(&o).contains("1 rendered, 0 unchanged"), "{}", text(&o));
    let incremental = std::fs::read(d.path().join("site/hostile/hostile.fi.pdf")).unwrap();
    let o = run(
        d.path(),
        &["build", "in", "--out", "clean", "--as-of", "2026-11-22"],
        &[("SOURCE_DATE_EPOCH", "1800000000")],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert_eq!(
        std::fs::read(d.path().join("clean/hostile/hostile.fi.pdf")).unwrap(),
        incremental
    );
}

#[cfg(unix)]
#[test]
fn symlinked_notices_are_followed_inside_and_refused_outside() {
    let d = site_dir();
    let outside = write(
        d.path(),
        "outside.yaml",
        &notice("Ulkona", "Ulkona", "Kuvaus."),
    );
    std::fs::create_dir_all(d.path().join("in/sub")).unwrap();
    std::os::unix::fs::symlink(
        d.path().join("in/n.yaml"),
        d.path().join("in/sub/inside.yaml"),
    )
    .unwrap();
    let o = run(d.path(), &["check", "in", "--format", "json"], &[]);
    assert!(text(&o).contains("inside.yaml"), "{}", text(&o));
    std::os::unix::fs::symlink(&outside, d.path().join("in/link.yaml")).unwrap();
    let o = run(d.path(), &["check", "in"], &[]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("link.yaml"), "{}", text(&o));
}

#[cfg(unix)]
#[test]
fn written_files_and_sites_are_readable_by_others() {
    use std::os::unix::fs::PermissionsExt;
    let d = site_dir();
    let o = run(
        d.path(),
        &["render", "in/n.yaml", "--format", "md", "-o", "md"],
        &[],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let o = run(d.path(), &["schema", "-o", "schema.json"], &[]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert_eq!(build(d.path(), &[], &[]).status.code(), Some(0));
    for p in ["md/hostile.fi.md", "schema.json", "site", "site/index.html"] {
        let mode = std::fs::metadata(d.path().join(p))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o004, 0o004, "{p}: {mode:o}");
    }
}

#[test]
fn a_site_with_the_manifest_of_the_previous_version_is_still_replaced() {
    let d = site_dir();
    assert_eq!(build(d.path(), &[], &[]).status.code(), Some(0));
    // The manifest as seloste 0.1 wrote it before file lists.
    let m = d.path().join("site/.seloste-build.json");
    let json = std::fs::read_to_string(&m).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v.as_object_mut().unwrap().remove("files");
    std::fs::write(&m, serde_json::to_string(&v).unwrap()).unwrap();
    // That version wrote no search data.
    std::fs::remove_file(d.path().join("site/search.js")).unwrap();
    let o = build(d.path(), &[], &[]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    // Other files still make it foreign.
    let m_text = std::fs::read_to_string(&m).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&m_text).unwrap();
    v.as_object_mut().unwrap().remove("files");
    std::fs::write(&m, serde_json::to_string(&v).unwrap()).unwrap();
    std::fs::write(d.path().join("site/other.html"), "x").unwrap();
    let o = build(d.path(), &[], &[]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
}
