//! The translation files are complete and consistent: every message in
//! every language, with the same arguments, and every argument a finding
//! passes is used by its message.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;
use crate::catalog;
use crate::check::check_bytes;
use crate::rules::{Settings, merge_example};

/// Message id (or `id.attribute`) → the variables it uses, per language.
type Shape = BTreeMap<String, BTreeSet<String>>;

fn vars_of_pattern(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            vars_of_expr(expression, out);
        }
    }
}

fn vars_of_inline(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => vars_of_expr(expression, out),
        _ => {}
    }
}

fn vars_of_expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => vars_of_inline(i, out),
        ast::Expression::Select { selector, variants } => {
            vars_of_inline(selector, out);
            for v in variants {
                vars_of_pattern(&v.value, out);
            }
        }
    }
}

fn shape(lang: Lang) -> Shape {
    let files = FILES.iter().find(|f| f.lang == lang).expect("listed");
    let mut out = Shape::new();
    for (area, src) in files.files {
        let res = fluent_syntax::parser::parse(*src)
            .unwrap_or_else(|(_, errs)| panic!("{lang}/{area}.ftl: {errs:?}"));
        for entry in res.body {
            match entry {
                ast::Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(v) = &m.value {
                        vars_of_pattern(v, &mut vars);
                    }
                    let id = m.id.name.to_owned();
                    assert!(
                        out.insert(id.clone(), vars).is_none(),
                        "{lang}/{area}.ftl: `{id}` twice"
                    );
                    for a in &m.attributes {
                        let mut vars = BTreeSet::new();
                        vars_of_pattern(&a.value, &mut vars);
                        out.insert(format!("{id}.{}", a.id.name), vars);
                    }
                }
                ast::Entry::Junk { content } => panic!("{lang}/{area}.ftl: junk {content}"),
                _ => {}
            }
        }
    }
    out
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    let en = shape(Lang::En);
    for lang in Lang::ALL {
        let other = shape(lang);
        let a: BTreeSet<&String> = en.keys().collect();
        let b: BTreeSet<&String> = other.keys().collect();
        assert_eq!(
            a.difference(&b).collect::<Vec<_>>(),
            Vec::<&&String>::new(),
            "missing in {lang}"
        );
        assert_eq!(
            b.difference(&a).collect::<Vec<_>>(),
            Vec::<&&String>::new(),
            "only in {lang}"
        );
        for (id, vars) in &en {
            assert_eq!(vars, &other[id], "{lang}: arguments of `{id}`");
        }
    }
}

#[test]
fn every_code_and_key_has_its_messages_and_nothing_else_is_there() {
    let en = shape(Lang::En);
    let mut expected: BTreeSet<String> = BTreeSet::new();
    for code in catalog::all() {
        for id in [
            code.id.to_owned(),
            format!("{}.help", code.id),
            format!("{}-doc.what", code.id),
            format!("{}-doc.why", code.id),
        ] {
            assert!(en.contains_key(&id), "no message `{id}`");
            expected.insert(id);
        }
        expected.insert(format!("{}-doc", code.id));
        expected.insert(format!("{}.label", code.id));
    }
    for k in keys::ALL {
        assert!(en.contains_key(k.0), "no message for key `{}`", k.0);
        expected.insert(k.0.to_owned());
    }
    // The standard texts of notices are looked up by the view builders
    // (render::texts tests that every one is used and none is missing).
    // The command line's help is generated from the clap definitions
    // (cli::help tests that it is current).
    let notice: BTreeSet<String> = message_ids(Lang::En, crate::render::texts::AREA)
        .into_iter()
        .chain(message_ids(Lang::En, "help"))
        .collect();
    let orphans: Vec<&String> = en
        .keys()
        .filter(|k| !expected.contains(*k) && !notice.contains(*k))
        .collect();
    assert!(orphans.is_empty(), "messages nothing uses: {orphans:?}");
    // Messages have no `$` placeholder left from another format.
    for lang in Lang::ALL {
        for code in catalog::all() {
            let m = message(lang, code.id, &[]);
            assert!(!m.contains("{{"), "{lang}: {}", code.id);
        }
    }
}

/// Every finding of every example: its message, help and label format in
/// every language without a missing argument, and every argument it passes
/// appears in them.
#[test]
fn findings_use_every_argument_and_miss_none() {
    let en = shape(Lang::En);
    let settings = Settings::new(crate::model::Date::new(2026, 6, 1).expect("date"));
    let mut inputs: Vec<(Vec<u8>, Settings)> = Vec::new();
    for e in catalog::entries() {
        if let Some(r) = e.rule {
            inputs.push((
                merge_example(r.fail).into_bytes(),
                r.example_settings(settings.as_of),
            ));
        }
        inputs.extend(e.example.map(|x| (x.input(), settings.clone())));
    }
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let mut unused: BTreeSet<String> = BTreeSet::new();
    for (input, settings) in &inputs {
        let report = check_bytes("example.yaml".into(), input, settings).report;
        for d in &report.diagnostics {
            seen.insert(d.id());
            let used: BTreeSet<String> = [
                d.id().to_owned(),
                format!("{}.help", d.id()),
                format!("{}.label", d.id()),
            ]
            .iter()
            .filter_map(|k| en.get(k))
            .flatten()
            .cloned()
            .collect();
            for (name, _) in &d.args {
                if !used.contains(*name) {
                    unused.insert(format!("{}: `{name}`", d.id()));
                }
            }
            for lang in Lang::ALL {
                let mut errors = Vec::new();
                format_checked(lang, d.id(), None, &d.args, &mut errors);
                format_checked(lang, d.id(), Some("help"), &d.args, &mut errors);
                if en.contains_key(&format!("{}.label", d.id())) {
                    format_checked(lang, d.id(), Some("label"), &d.args, &mut errors);
                }
                assert!(errors.is_empty(), "{errors:?}");
            }
        }
    }
    assert!(unused.is_empty(), "arguments no message uses: {unused:?}");
    // Every rule and every stage check with an example was exercised.
    for e in catalog::entries() {
        if e.rule.is_some() || e.example.is_some() {
            assert!(seen.contains(e.code.id), "{} never fired", e.code.id);
        }
    }
}

#[test]
fn dates_and_decimals_follow_the_language() {
    let d = crate::model::Date::new(2026, 2, 1).expect("date");
    assert_eq!(date(d, Lang::Fi), "1.2.2026");
    assert_eq!(date(d, Lang::Sv), "1.2.2026");
    assert_eq!(date(d, Lang::En), "2026-02-01");
    assert_eq!(decimal(87.5, Lang::Fi), "87,5");
    assert_eq!(decimal(87.5, Lang::En), "87.5");
    assert_eq!(decimal(100.0, Lang::Sv), "100");
}

#[test]
fn plurals_follow_the_language() {
    let line = |lang, n: usize| {
        message(
            lang,
            keys::SUMMARY.0,
            &[
                ("files", n.into()),
                ("errors", n.into()),
                ("warnings", 0usize.into()),
                ("infos", 0usize.into()),
                ("failing", n.into()),
            ],
        )
    };
    assert!(
        line(Lang::En, 1).contains("1 notice:"),
        "{}",
        line(Lang::En, 1)
    );
    assert!(
        line(Lang::En, 2).contains("2 notices:"),
        "{}",
        line(Lang::En, 2)
    );
    assert_ne!(line(Lang::Fi, 1), line(Lang::En, 1));
}

/// Every area of every language is in exactly one bundle, so no message is
/// out of reach and none is parsed twice.
#[test]
fn every_area_is_in_one_bundle() {
    for files in FILES {
        let areas: Vec<&str> = files.files.iter().map(|(a, _)| *a).collect();
        for area in &areas {
            let n = BUNDLE_AREAS.iter().filter(|b| b.contains(area)).count();
            assert_eq!(n, 1, "{}: area `{area}` in {n} bundles", files.lang);
        }
        for area in BUNDLE_AREAS.concat() {
            assert!(areas.contains(&area), "{}: no area `{area}`", files.lang);
        }
    }
}
