//! `seloste build`: the site of `notices/` and `examples/` (file list,
//! index, notices.json), incremental rebuilds, failed builds that leave the
//! previous site intact, refused `--out` values, identical rebuilds.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn seloste(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_seloste"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("LANG", "C")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Every file of a tree with its bytes, by relative path.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

/// The data of a site's search file (`selosteSearch({...});`).
fn search_data(path: &Path) -> serde_json::Value {
    let js = std::fs::read_to_string(path).unwrap();
    let json = js
        .strip_prefix("selosteSearch(")
        .and_then(|s| s.trim_end().strip_suffix(");"))
        .unwrap();
    serde_json::from_str(json).unwrap()
}

fn build(input: &Path, out: &Path, extra: &[&str]) -> (i32, String) {
    let mut args = vec![
        "build",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--as-of",
        "2026-11-22",
    ];
    args.extend_from_slice(extra);
    seloste(root(), &args)
}

#[test]
#[cfg(feature = "pdf")]
fn site_of_notices_and_examples() {
    let d = tempfile::tempdir().unwrap();
    for (name, input) in [
        ("notices", root().join("notices")),
        ("examples", root().join("examples")),
    ] {
        let out = d.path().join(name);
        let (code, err) = build(&input, &out, &[]);
        assert_eq!(code, 0, "{err}");
        let files = tree(&out);
        let list: Vec<&String> = files.keys().collect();
        insta::assert_debug_snapshot!(format!("site-{name}-files"), list);
        let index = String::from_utf8(files["index.html"].clone()).unwrap();
        insta::assert_snapshot!(format!("site-{name}-index"), index);
        let json = String::from_utf8(files["notices.json"].clone()).unwrap();
        insta::assert_snapshot!(format!("site-{name}-notices-json"), json);
        // Every notice page links back to the index and the statement.
        for (path, bytes) in &files {
            let html = String::from_utf8_lossy(bytes);
            if path.ends_with("/index.html") {
                // `/<id>/` leads to the first language version.
                let (id, _) = path.split_once('/').unwrap();
                assert!(html.contains(&format!("url={id}.")), "{path}: {html}");
            } else if path.ends_with(".html") && path.contains('/') {
                // The index in the page's language where the site has one.
                assert!(
                    html.contains("href=\"../index.html\"")
                        || html.contains("href=\"../index.sv.html\"")
                        || html.contains("href=\"../index.en.html\""),
                    "{path}"
                );
            }
        }
    }
    // With a base URL the sitemap lists every page.
    let sitemap = std::fs::read_to_string(d.path().join("notices/sitemap.xml")).unwrap();
    assert!(sitemap.contains("<loc>https://seloste.example/tietosuoja/lieto-lapsiperheiden-palvelut/lieto-lapsiperheiden-palvelut.fi.html</loc>"), "{sitemap}");
    // Notices in several languages name each other (hreflang) in the
    // sitemap and in their pages, with canonical links under the base URL.
    let ex = std::fs::read_to_string(d.path().join("examples/sitemap.xml")).unwrap_or_default();
    if !ex.is_empty() {
        assert!(ex.contains("hreflang=\"sv\""), "{ex}");
    }
    let page = std::fs::read_to_string(
        d.path()
            .join("notices/lieto-lapsiperheiden-palvelut/lieto-lapsiperheiden-palvelut.fi.html"),
    )
    .unwrap();
    assert!(
        page.contains("<link rel=\"canonical\" href=\"https://seloste.example/tietosuoja/lieto-lapsiperheiden-palvelut/lieto-lapsiperheiden-palvelut.fi.html\">"),
        "canonical link"
    );
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.path().is_file() {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

#[test]
fn rebuild_renders_exactly_the_changed_notice_and_is_identical() {
    let d = tempfile::tempdir().unwrap();
    let input = d.path().join("in");
    copy_dir(&root().join("notices"), &input);
    let out = d.path().join("site");
    let (code, err) = build(&input, &out, &[]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("5 rendered, 0 unchanged"), "{err}");
    let first = tree(&out);

    // Nothing changed: nothing is rendered, the tree is byte-identical.
    let (_, err) = build(&input, &out, &[]);
    assert!(err.contains("0 rendered, 5 unchanged"), "{err}");
    assert_eq!(tree(&out), first);

    // A second build into another folder is byte-identical too.
    let other = d.path().join("other");
    build(&input, &other, &[]);
    assert_eq!(tree(&other), first);

    // One notice changes: only it is rendered again.
    let file = input.join("lieto-lapsiperheiden-palvelut.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("title: ", "title: Muutettu ")).unwrap();
    let (code, err) = build(&input, &out, &[]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("1 rendered, 4 unchanged"), "{err}");
    let after = tree(&out);
    let changed: Vec<&String> = after.keys().filter(|k| after[*k] != first[*k]).collect();
    assert!(
        changed
            .iter()
            .all(|k| k.starts_with("lieto-") || !k.contains('/')),
        "{changed:?}"
    );
}

#[test]
#[cfg(feature = "pdf")]
fn failed_build_leaves_the_previous_site_intact() {
    let d = tempfile::tempdir().unwrap();
    let input = d.path().join("in");
    copy_dir(&root().join("notices"), &input);
    let out = d.path().join("site");
    assert_eq!(build(&input, &out, &[]).0, 0);
    let before = tree(&out);

    // A template that fails while rendering PDFs, mid-build.
    let tpl = d.path().join("tpl");
    std::fs::create_dir_all(&tpl).unwrap();
    std::fs::write(
        tpl.join("notice.typ"),
        "#let n = json(\"/data.json\")\n#n.missing\n",
    )
    .unwrap();
    let (code, err) = build(&input, &out, &["--templates", tpl.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("notice.typ:2:"), "{err}");
    assert_eq!(tree(&out), before);

    // --strict with error-level findings.
    let (code, err) = build(&input, &out, &["--strict"]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(tree(&out), before);

    // A notice that does not load.
    std::fs::write(input.join("rikki.yaml"), "id: rikki\ntitle: [\n").unwrap();
    let (code, err) = build(&input, &out, &[]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("yaml-syntax"), "{err}");
    assert_eq!(tree(&out), before);
    // No temporary folders are left beside --out.
    let leftovers: Vec<_> = std::fs::read_dir(d.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
        .filter(|e| e.file_name() != ".site.lock")
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn out_misuse_is_refused() {
    let d = tempfile::tempdir().unwrap();
    let input: PathBuf = d.path().join("in");
    copy_dir(&root().join("notices"), &input);
    for out in [input.clone(), d.path().to_path_buf()] {
        let (code, err) = build(&input, &out, &[]);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains("contains the input folder"), "{err}");
    }
    // A folder with other content is never replaced.
    let foreign = d.path().join("documents");
    std::fs::create_dir_all(&foreign).unwrap();
    std::fs::write(foreign.join("important.txt"), "keep").unwrap();
    let (code, err) = build(&input, &foreign, &[]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(
        std::fs::read_to_string(foreign.join("important.txt")).unwrap(),
        "keep"
    );
    // An id that would leave the output folder.
    let bad = d.path().join("bad");
    std::fs::create_dir_all(&bad).unwrap();
    let text =
        std::fs::read_to_string(root().join("notices/lieto-lapsiperheiden-palvelut.yaml")).unwrap();
    std::fs::write(
        bad.join("x.yaml"),
        text.replace("id: lieto-lapsiperheiden-palvelut", "id: ../../escape"),
    )
    .unwrap();
    let (code, err) = build(&bad, &d.path().join("site2"), &[]);
    assert_ne!(code, 0, "{err}");
    assert!(!d.path().join("escape").exists());
}

/// A site of 300 notices builds with the default stack (the regression test
/// for "stack limit reached" at 200 notices), with one renderer per worker
/// at most, never one per notice.
#[test]
fn three_hundred_notices_build_with_one_renderer_per_worker() {
    let d = tempfile::tempdir().unwrap();
    let input = d.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    let sources: Vec<(String, String)> = std::fs::read_dir(root().join("notices"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "yaml"))
        .map(|e| {
            let text = std::fs::read_to_string(e.path()).unwrap();
            let id = text
                .lines()
                .find_map(|l| l.strip_prefix("id: "))
                .unwrap()
                .trim()
                .to_owned();
            (id, text)
        })
        .collect();
    for i in 0..300 {
        let (id, text) = &sources[i % sources.len()];
        let new_id = format!("{id}-{i:03}");
        std::fs::write(
            input.join(format!("{new_id}.yaml")),
            text.replace(&format!("id: {id}"), &format!("id: {new_id}")),
        )
        .unwrap();
    }
    let opts = seloste::site::BuildOptions {
        lang: seloste::i18n::Lang::En,
        no_config: false,
        input: input.clone(),
        out: d.path().join("site"),
        strict: false,
        templates: None,
        settings: seloste::rules::Settings::new(seloste::model::Date::new(2026, 11, 22).unwrap()),
        cli_as_of: true,
        config: None,
        jobs: 2,
        report: None,
    };
    let report = seloste::site::build(&opts, &|_, _| {}).unwrap();
    assert_eq!(report.rendered.len(), 300);
    assert_eq!(report.workers, 2);
    assert!(
        (1..=report.workers).contains(&report.renderers),
        "{} renderers for {} workers",
        report.renderers,
        report.workers
    );
    assert!(d.path().join("site/index.html").is_file());
    // A rebuild reuses every notice and creates no renderer at all.
    let again = seloste::site::build(&opts, &|_, _| {}).unwrap();
    assert_eq!((again.rendered.len(), again.reused.len()), (0, 300));
    assert_eq!(again.renderers, 0);
}

/// A temporary folder with `in/n.yaml`, a copy of the real notice `name`
/// (in `notices/`), and `in/seloste.toml` when `config` is given.
#[cfg(feature = "pdf")]
fn one_notice(name: &str, config: Option<&str>) -> (tempfile::TempDir, PathBuf) {
    let d = tempfile::tempdir().unwrap();
    let input = d.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::copy(
        root().join("notices").join(format!("{name}.yaml")),
        input.join("n.yaml"),
    )
    .unwrap();
    if let Some(c) = config {
        std::fs::write(input.join("seloste.toml"), c).unwrap();
    }
    (d, input)
}

/// The public site shows no findings unless the site owner turns them on.
#[test]
#[cfg(feature = "pdf")]
fn findings_are_public_only_with_show_findings() {
    for show in [false, true] {
        let config = format!("[site]\nshow_findings = {show}\n");
        let (d, input) = one_notice("ksetu-aiono-asiakasrekisteri", Some(&config));
        let out = d.path().join("out");
        let (code, err) = build(&input, &out, &[]);
        assert_eq!(code, 0, "{err}");
        let json = std::fs::read_to_string(out.join("notices.json")).unwrap();
        let index = std::fs::read_to_string(out.join("index.html")).unwrap();
        assert_eq!(json.contains("\"findings\""), show, "{json}");
        assert_eq!(json.contains("\"completeness\""), show, "{json}");
        assert_eq!(index.contains("class=\"findings\""), show);
        // The statement says what was checked: the default colours' contrast.
        let a11y = std::fs::read_to_string(out.join("accessibility.html")).unwrap();
        assert!(a11y.contains("8,6:1"), "{a11y}");
    }
    // Colours below WCAG AA contrast are refused with the ratio.
    let (d, input) = one_notice(
        "ksetu-aiono-asiakasrekisteri",
        Some("[site.colours]\naccent = \"#9fd3ff\"\n"),
    );
    let (code, err) = build(&input, &d.path().join("out"), &[]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("1.58:1") && err.contains("4.5:1"), "{err}");
}

/// `--report` writes the internal report outside the site: each notice's
/// completeness, its added standard statements and its findings; a report
/// inside `--out` is refused before anything is built.
#[test]
#[cfg(feature = "pdf")]
fn the_internal_report_lists_findings_and_added_statements() {
    let (d, input) = one_notice("ksetu-aiono-asiakasrekisteri", None);
    let out = d.path().join("out");
    let report = d.path().join("report.html");
    let (code, err) = build(&input, &out, &["--report", report.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.contains("<html lang=\"en\">"), "{html}");
    assert!(html.contains("ksetu-aiono-asiakasrekisteri"));
    assert!(html.contains("% complete ("), "completeness");
    assert!(html.contains("[standard-statement]"), "added statements");
    assert!(html.contains("[right-object-denied]"), "other findings");
    assert!(
        !tree(&out).keys().any(|k| k.contains("report")),
        "not in the site"
    );

    let inside = out.join("report.html");
    let (code, err) = build(&input, &out, &["--report", inside.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--report"), "{err}");
    assert!(!inside.exists());
}

/// The index at scale: many controllers get a one-line select list instead
/// of a radio button each, and the search text of a notice holds its
/// titles in every language, its controller and its id.
#[test]
#[cfg(feature = "pdf")]
fn the_index_searches_every_language_and_stays_compact_with_many_controllers() {
    let d = tempfile::tempdir().unwrap();
    let input = d.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    let base = seloste::rules::merge_example("");
    for i in 0..7 {
        let text = base
            .replace("id: esimerkki", &format!("id: yhdistys-{i}"))
            .replace("Esimerkkiyhdistys ry", &format!("Yhdistys {i} ry"));
        std::fs::write(input.join(format!("n{i}.yaml")), text).unwrap();
    }
    std::fs::copy(
        root().join("examples/kaislaniemi-perhepalvelut.yaml"),
        input.join("k.yaml"),
    )
    .unwrap();
    std::fs::write(
        input.join("seloste.toml"),
        "[site]\nlanguages = [\"fi\", \"sv\", \"en\"]\n",
    )
    .unwrap();
    let out = d.path().join("out");
    let (code, err) = build(&input, &out, &[]);
    assert_eq!(code, 0, "{err}");
    // An index and a statement in every site language, linked to each other,
    // and notice pages link to the index in their own language.
    for (page, lang) in [
        ("index.sv.html", "sv"),
        ("index.en.html", "en"),
        ("accessibility.sv.html", "sv"),
        ("accessibility.en.html", "en"),
    ] {
        let html = std::fs::read_to_string(out.join(page)).unwrap();
        assert!(html.contains(&format!("<html lang=\"{lang}\">")), "{page}");
        assert!(
            html.contains("href=\"index.html\"") || html.contains("href=\"accessibility.html\""),
            "{page}"
        );
    }
    let sv = std::fs::read_to_string(out.join("index.sv.html")).unwrap();
    assert!(
        sv.contains(">Socialvårdens klientregister: tjänster för barnfamiljer</a>"),
        "Swedish titles"
    );
    let page = std::fs::read_to_string(
        out.join("kaislaniemi-perhepalvelut/kaislaniemi-perhepalvelut.sv.html"),
    )
    .unwrap();
    assert!(
        page.contains("href=\"../index.sv.html\""),
        "the Swedish index"
    );
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(index.contains("<select id=\"controller\""), "a select list");
    assert!(
        !index.contains("<input type=\"radio\""),
        "no radio per controller"
    );
    // The search data has every language's titles, the controller and the
    // purposes of each notice, as words.
    let search = search_data(&out.join("search.js"));
    let entry = search["notices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| {
            n[0].as_str()
                .unwrap()
                .starts_with("kaislaniemi-perhepalvelut/")
        })
        .unwrap();
    let words: Vec<&str> = entry[3].as_str().unwrap().split(' ').collect();
    for want in [
        "socialvårdens klientregister",
        "social welfare client register",
        "vassuddens",
        "kaislaniemi perhepalvelut",
        "socialservice för barnfamiljer",
    ] {
        for w in want.split(' ') {
            assert!(words.contains(&w), "{w} in {words:?}");
        }
    }
    assert!(!index.contains("data-title"), "no search text in the page");
    // `/<id>/` leads to the notice.
    let landing =
        std::fs::read_to_string(out.join("kaislaniemi-perhepalvelut/index.html")).unwrap();
    assert!(
        landing.contains("url=kaislaniemi-perhepalvelut.fi.html"),
        "{landing}"
    );
}

/// The publisher on every page: the organisation and its logo in the page
/// header of each notice, and the logo in the PDF header too.
#[test]
#[cfg(feature = "pdf")]
fn the_logo_and_organisation_are_on_notice_pages_and_pdfs() {
    let mut pdfs = Vec::new();
    for with_logo in [false, true] {
        let (d, input) = one_notice("lieto-lapsiperheiden-palvelut", None);
        let mut config = "[site]\norganisation = \"Liedon kunta\"\n".to_owned();
        if with_logo {
            std::fs::write(
                input.join("logo.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\"><rect width=\"120\" height=\"40\" fill=\"#1f4e79\"/></svg>",
            )
            .unwrap();
            config.push_str("logo = { file = \"logo.svg\", alt = \"Liedon kunta\" }\n");
        }
        std::fs::write(input.join("seloste.toml"), config).unwrap();
        let out = d.path().join("out");
        let (code, err) = build(&input, &out, &[]);
        assert_eq!(code, 0, "{err}");
        let dir = out.join("lieto-lapsiperheiden-palvelut");
        let html =
            std::fs::read_to_string(dir.join("lieto-lapsiperheiden-palvelut.fi.html")).unwrap();
        assert!(html.contains("<span>Liedon kunta</span>"), "organisation");
        assert_eq!(
            html.contains("<img class=\"logo\" src=\"../logo.svg\" alt=\"Liedon kunta\">"),
            with_logo
        );
        pdfs.push(std::fs::read(dir.join("lieto-lapsiperheiden-palvelut.fi.pdf")).unwrap());
    }
    assert!(
        pdfs[1].len() > pdfs[0].len(),
        "the logo is drawn in the PDF"
    );
}

/// A site with more notices than one page lists: the index lists the
/// controllers, each controller's notices are on pages of
/// `site.notices_per_page`, in every site language, and the search data
/// still covers every notice.
#[test]
fn a_large_site_lists_its_controllers_and_pages_their_notices() {
    let d = tempfile::tempdir().unwrap();
    let input = d.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    let base = seloste::rules::merge_example("");
    for i in 0..7 {
        let who = if i < 5 { "A" } else { "B" };
        let text = base
            .replace("id: esimerkki", &format!("id: yhdistys-{i}"))
            .replace("Esimerkkiyhdistys ry", &format!("Yhdistys {who} ry"));
        std::fs::write(input.join(format!("n{i}.yaml")), text).unwrap();
    }
    std::fs::write(
        input.join("seloste.toml"),
        "[site]\nlanguages = [\"fi\", \"sv\"]\nnotices_per_page = 2\n",
    )
    .unwrap();
    let out = d.path().join("out");
    let (code, err) = build(&input, &out, &[]);
    assert_eq!(code, 0, "{err}");
    let read = |f: &str| std::fs::read_to_string(out.join(f)).unwrap();
    for (index, lang) in [("index.html", "fi"), ("index.sv.html", "sv")] {
        let html = read(index);
        assert!(
            !html.contains("class=\"register\""),
            "no notice rows on {index}"
        );
        let suffix = if lang == "fi" { "" } else { ".sv" };
        let count = if lang == "fi" {
            "5 rekisteriä"
        } else {
            "5 register"
        };
        assert!(
            html.contains(&format!(
                "<a href=\"controller-yhdistys-a-ry{suffix}.html\">Yhdistys A ry</a> <span class=\"count\">{count}</span>"
            )),
            "{html}"
        );
        // Every notice is on exactly one page of its controller, at most two
        // on a page; the pager marks the current page.
        let mut seen = Vec::new();
        for (slug, pages) in [("yhdistys-a-ry", 3), ("yhdistys-b-ry", 1)] {
            for p in 1..=pages + 1 {
                let file = match p {
                    1 => format!("controller-{slug}{suffix}.html"),
                    p => format!("controller-{slug}.{p}{suffix}.html"),
                };
                if p > pages {
                    assert!(!out.join(&file).exists(), "{file}");
                    continue;
                }
                let html = read(&file);
                assert!(html.contains(&format!("<html lang=\"{lang}\">")), "{file}");
                let rows: Vec<&str> = html
                    .lines()
                    .filter(|l| l.starts_with("<tr class=\"register\""))
                    .collect();
                assert!(!rows.is_empty() && rows.len() <= 2, "{file}: {rows:?}");
                for r in rows {
                    let id = r
                        .split("id=\"r-")
                        .nth(1)
                        .unwrap()
                        .split('"')
                        .next()
                        .unwrap();
                    seen.push(id.to_owned());
                }
                assert_eq!(html.contains("<nav class=\"pager\""), pages > 1, "{file}");
                if pages > 1 {
                    assert!(
                        html.contains(&format!("<a href=\"{file}\" aria-current=\"page\">{p}</a>")),
                        "{file}"
                    );
                }
            }
        }
        seen.sort();
        let want: Vec<String> = (0..7).map(|i| format!("yhdistys-{i}")).collect();
        assert_eq!(seen, want, "{lang}");
        let search = search_data(&out.join(format!("search{suffix}.js")));
        assert_eq!(search["notices"].as_array().unwrap().len(), 7);
        assert_eq!(search["controllers"].as_array().unwrap().len(), 2);
    }
    // The page's language links lead to the same page in the other language.
    let sv2 = read("controller-yhdistys-a-ry.2.sv.html");
    assert!(sv2.contains("href=\"controller-yhdistys-a-ry.2.html\" hreflang=\"fi\""));
    // The setting is bounded.
    std::fs::write(input.join("seloste.toml"), "[site]\nnotices_per_page = 0\n").unwrap();
    let (code, err) = build(&input, &d.path().join("out2"), &[]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("notices_per_page"), "{err}");
}
