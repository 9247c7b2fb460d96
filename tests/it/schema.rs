//! The committed JSON Schema is generated from the model and documents every
//! property in English and Finnish with examples.

use std::path::Path;

use seloste::model::Lang;
use seloste::schema::{Dialect, Form};
use serde_json::Value;

#[test]
fn committed_schemas_are_fresh() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas");
    let mut stale = Vec::new();
    for form in Form::PUBLISHED {
        let name = form.file_name();
        let path = dir.join(&name);
        let generated = seloste::schema::schema_string_for(form);
        if std::env::var_os("UPDATE_SCHEMA").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != generated {
            stale.push(format!("schemas/{name}"));
        }
    }
    assert!(
        stale.is_empty(),
        "stale: {}; regenerate with `UPDATE_SCHEMA=1 cargo test --test it schema::` and commit the result",
        stale.join(", ")
    );
}

/// The notices of the project, and the example.
fn real_notices() -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["notices", "examples", "tests/fixtures/valid"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            let hidden = path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'));
            if path.extension().is_some_and(|e| e == "yaml") && !hidden {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The draft-07 schemas for editors accept exactly what the 2020-12 schema
/// accepts on the real notices, and use no keyword draft-07 lacks.
#[test]
fn draft_07_schemas_accept_every_notice_and_speak_draft_07() {
    let validators: Vec<(String, jsonschema::Validator)> = Form::PUBLISHED
        .into_iter()
        .map(|form| {
            let schema = seloste::schema::schema_json_for(form);
            let validator = match form.dialect {
                Dialect::Draft2020_12 => jsonschema::draft202012::new(&schema),
                Dialect::Draft07 => jsonschema::draft7::new(&schema),
            }
            .unwrap();
            (form.file_name(), validator)
        })
        .collect();
    let files = real_notices();
    assert!(files.len() >= 6, "{files:?}");
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let value: Value = serde_saphyr::from_str(&text).unwrap();
        for (name, validator) in &validators {
            let errors: Vec<String> = validator
                .iter_errors(&value)
                .map(|e| e.to_string())
                .collect();
            assert!(
                errors.is_empty(),
                "{} against {name}: {errors:?}",
                file.display()
            );
        }
    }
    // A notice with an unknown key and a wrong value is refused by both.
    let bad: Value = serde_json::json!({"id": "x", "tittle": "y", "languages": ["de"]});
    for (name, validator) in &validators {
        assert!(validator.iter_errors(&bad).count() >= 2, "{name}");
    }

    for form in Form::PUBLISHED
        .into_iter()
        .filter(|f| f.dialect == Dialect::Draft07)
    {
        let schema = seloste::schema::schema_json_for(form);
        assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
        let mut problems = Vec::new();
        fn walk(v: &Value, at: &str, problems: &mut Vec<String>) {
            match v {
                Value::Object(o) => {
                    for key in [
                        "$defs",
                        "prefixItems",
                        "unevaluatedProperties",
                        "dependentRequired",
                    ] {
                        if o.contains_key(key) {
                            problems.push(format!("{at}: {key} is not draft-07"));
                        }
                    }
                    // Draft-07 ignores what stands beside `$ref`: editors read
                    // it, so it may only be what they show, never a
                    // constraint.
                    if o.contains_key("$ref") {
                        for key in o.keys() {
                            if !["$ref", "description", "examples", "x-gdpr", "title"]
                                .contains(&key.as_str())
                            {
                                problems.push(format!("{at}: {key} beside $ref"));
                            }
                        }
                    }
                    if let Some(Value::String(r)) = o.get("$ref")
                        && !r.starts_with("#/definitions/")
                    {
                        problems.push(format!("{at}: $ref {r}"));
                    }
                    for (k, c) in o {
                        walk(c, &format!("{at}/{k}"), problems);
                    }
                }
                Value::Array(a) => {
                    for (i, c) in a.iter().enumerate() {
                        walk(c, &format!("{at}/{i}"), problems);
                    }
                }
                _ => {}
            }
        }
        walk(&schema, "", &mut problems);
        assert!(problems.is_empty(), "{}: {problems:#?}", form.file_name());
    }
}

/// An editor shows one language on hover: the descriptions of a
/// one-language schema hold no other language's part.
#[test]
fn one_language_schemas_describe_in_that_language() {
    let fi = seloste::schema::schema_json_for(Form {
        dialect: Dialect::Draft07,
        lang: Some(Lang::Fi),
    });
    let controller = fi["properties"]["controller"].to_string();
    assert!(controller.contains("Rekisterinpitäjä"), "{controller}");
    let text = fi.to_string();
    for marker in ["FI: ", "SV: ", "\\n\\nFI:"] {
        assert!(
            !text.contains(marker),
            "{marker} left in the Finnish schema"
        );
    }
    let sv = seloste::schema::schema_json_for(Form {
        dialect: Dialect::Draft07,
        lang: Some(Lang::Sv),
    });
    assert!(
        sv["properties"]["controller"]
            .to_string()
            .contains("personuppgiftsansvarige")
    );
}

/// Every property of every object in the schema, with its JSON pointer.
fn properties<'a>(schema: &'a Value, at: String, out: &mut Vec<(String, &'a Value)>) {
    match schema {
        Value::Object(obj) => {
            if let Some(Value::Object(props)) = obj.get("properties") {
                for (name, prop) in props {
                    out.push((format!("{at}/properties/{name}"), prop));
                }
            }
            for (k, v) in obj {
                properties(v, format!("{at}/{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                properties(v, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_property_is_documented_in_english_and_finnish_with_examples() {
    let schema = seloste::schema::schema_json();
    let mut props = Vec::new();
    properties(&schema, String::new(), &mut props);
    assert!(props.len() > 100, "only {} properties found", props.len());
    let mut problems = Vec::new();
    for (at, prop) in props {
        let desc = prop
            .get("description")
            .and_then(Value::as_str)
            .unwrap_or("");
        let parts = desc
            .split_once("\n\nFI: ")
            .and_then(|(en, rest)| rest.split_once("\n\nSV: ").map(|(fi, sv)| (en, fi, sv)));
        match parts {
            Some((en, fi, sv))
                if !en.trim().is_empty() && !fi.trim().is_empty() && !sv.trim().is_empty() => {}
            _ => problems.push(format!(
                "{at}: description must be \"English\\n\\nFI: Finnish\\n\\nSV: Swedish\""
            )),
        }
        let has_examples = prop
            .get("examples")
            .and_then(Value::as_array)
            .is_some_and(|e| !e.is_empty());
        if !has_examples {
            problems.push(format!("{at}: no examples"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn unknown_properties_are_rejected_everywhere() {
    let schema = seloste::schema::schema_json();
    let mut objects = Vec::new();
    fn walk<'a>(v: &'a Value, out: &mut Vec<&'a Value>) {
        match v {
            Value::Object(o) => {
                if o.contains_key("properties") {
                    out.push(v);
                }
                o.values().for_each(|c| walk(c, out));
            }
            Value::Array(a) => a.iter().for_each(|c| walk(c, out)),
            _ => {}
        }
    }
    walk(&schema, &mut objects);
    for o in objects {
        assert_eq!(
            o.get("additionalProperties"),
            Some(&Value::Bool(false)),
            "{o}"
        );
    }
}

#[test]
fn enums_explain_every_value() {
    let schema = seloste::schema::schema_json();
    for (name, def) in schema["$defs"].as_object().unwrap() {
        if let Some(branches) = def.get("oneOf").and_then(Value::as_array) {
            for b in branches {
                let desc = b["description"].as_str().unwrap_or("");
                assert!(
                    desc.contains("FI: ") && desc.contains("SV: "),
                    "{name}: {b} lacks its meaning in Finnish and Swedish"
                );
            }
        }
    }
}
