//! The committed JSON Schema is generated from the model and documents every
//! property in English and Finnish with examples.

use std::path::Path;

use serde_json::Value;

const SCHEMA_PATH: &str = "schemas/notice.schema.json";

#[test]
fn committed_schema_is_fresh() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(SCHEMA_PATH);
    let generated = seloste::schema::schema_string();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{SCHEMA_PATH} is stale: regenerate it with `UPDATE_SCHEMA=1 cargo test --test it schema::` \
         (or `cargo run -- schema -o {SCHEMA_PATH}`) and commit the result"
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
