//! The JSON Schema of the notice format: generated from [`crate::model`] with
//! schemars, validated with jsonschema, and every validation error turned
//! into a [`Diagnostic`] in plain words at the exact YAML position.

use std::sync::LazyLock;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde_json::Value;

use crate::diag::Diagnostic;
use crate::load::Document;
use crate::model::Notice;

/// The `$id` of the published schema.
pub const SCHEMA_ID: &str = "https://seloste.fi/schemas/notice.schema.json";

/// The schema of a notice as JSON (JSON Schema 2020-12).
pub fn schema_json() -> Value {
    let schema = schemars::generate::SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<Notice>();
    let mut value = schema.to_value();
    strip_null(&mut value);
    if let Some(obj) = value.as_object_mut() {
        let mut out = serde_json::Map::new();
        out.insert("$schema".into(), obj.remove("$schema").unwrap_or_default());
        out.insert("$id".into(), SCHEMA_ID.into());
        out.append(obj);
        value = Value::Object(out);
    }
    value
}

/// Removes the `null` alternative that schemars gives every `Option` field.
/// An absent key already means "not stated"; an empty value (`key:` with
/// nothing after it) is almost always a mistake and should be reported.
fn strip_null(value: &mut Value) {
    match value {
        Value::Object(obj) => {
            if let Some(Value::Array(types)) = obj.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let t = types.remove(0);
                    obj.insert("type".into(), t);
                }
            }
            let any_of = obj.get("anyOf").and_then(Value::as_array).cloned();
            if let Some(branches) = any_of {
                let rest: Vec<Value> = branches
                    .into_iter()
                    .filter(|b| b.get("type").and_then(Value::as_str) != Some("null"))
                    .collect();
                if let [only] = rest.as_slice() {
                    obj.remove("anyOf");
                    if let Value::Object(inner) = only.clone() {
                        for (k, v) in inner {
                            obj.entry(k).or_insert(v);
                        }
                    }
                }
            }
            if obj.get("default") == Some(&Value::Null) {
                obj.remove("default");
            }
            obj.values_mut().for_each(strip_null);
        }
        Value::Array(items) => items.iter_mut().for_each(strip_null),
        _ => {}
    }
}

/// The schema as pretty-printed JSON with a trailing newline, as committed
/// in `schemas/notice.schema.json`.
pub fn schema_string() -> String {
    let mut s = serde_json::to_string_pretty(&schema_json()).unwrap_or_default();
    s.push('\n');
    s
}

/// The schema the checker validates with: the committed file, compiled into
/// the binary, so a check does not generate it from the types at start-up.
/// `tests/schema.rs` keeps the file equal to the generated schema.
static SCHEMA: LazyLock<Value> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../schemas/notice.schema.json"))
        .unwrap_or_else(|_| schema_json())
});

static VALIDATOR: LazyLock<jsonschema::Validator> = LazyLock::new(|| {
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&SCHEMA)
        .expect("the generated schema is valid")
});

/// Validates a document against the schema and returns every error, up to
/// [`crate::check::MAX_FINDINGS`] and one more (so the caller can tell that
/// there were more).
pub fn validate(doc: &Document, text: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for error in VALIDATOR
        .iter_errors(&doc.value)
        .take(crate::check::MAX_FINDINGS + 1)
    {
        let pointer = error.instance_path().as_str().to_owned();
        let schema_path = error.schema_path().as_str().to_owned();
        out.extend(describe(
            doc,
            text,
            &pointer,
            &schema_path,
            error.kind(),
            error.instance(),
        ));
    }
    out
}

/// The schema object that contains the keyword at `schema_path`.
fn parent_schema(schema_path: &str) -> Option<&'static Value> {
    let parent = &schema_path[..schema_path.rfind('/')?];
    SCHEMA.pointer(parent)
}

/// Follows a `$ref` of the form `#/$defs/Name`.
fn deref(schema: &'static Value) -> &'static Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => r
            .strip_prefix('#')
            .and_then(|p| SCHEMA.pointer(p))
            .map_or(schema, deref),
        None => schema,
    }
}

/// The GDPR or law reference of the node at `pointer`: the `x-gdpr` of the
/// deepest property on the path that has one.
fn article_at(pointer: &str) -> Option<String> {
    let mut schema: &Value = &SCHEMA;
    let mut found = None;
    if pointer.is_empty() {
        return None;
    }
    for seg in pointer[1..].split('/') {
        let s = deref(schema);
        let next = if seg.parse::<usize>().is_ok() {
            s.get("items")
        } else {
            s.get("properties").and_then(|p| p.get(seg))
        };
        schema = next?;
        if let Some(a) = property_article(schema) {
            found = Some(a);
        }
    }
    found
}

/// The English part of a bilingual description.
fn english(description: &str) -> &str {
    description
        .split("\n\nFI:")
        .next()
        .unwrap_or(description)
        .trim()
}

/// Where a node is, in words: "`controller.email`", "item 2 of `purposes`".
fn place(pointer: &str) -> String {
    if pointer.is_empty() {
        return "the notice".into();
    }
    let parts: Vec<String> = pointer[1..]
        .split('/')
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect();
    let mut out = String::new();
    for p in &parts {
        match p.parse::<usize>() {
            Ok(i) => out.push_str(&format!("[{}]", i + 1)),
            Err(_) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(p);
            }
        }
    }
    format!("`{out}`")
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "nothing (an empty value)",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping of keys",
    }
}

fn type_name(t: &str) -> &'static str {
    match t {
        "string" => "text",
        "object" => "a mapping of keys",
        "array" => "a list",
        "boolean" => "true or false",
        "integer" => "a whole number",
        "number" => "a number",
        "null" => "nothing",
        _ => "a value",
    }
}

fn property_article(schema: &Value) -> Option<String> {
    schema
        .get("x-gdpr")
        .and_then(Value::as_str)
        .map(str::to_owned)
}

/// The closest of `candidates` to `word`, if close enough to be a typo.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let word_l = word.to_lowercase().replace('-', "_");
    candidates
        .into_iter()
        .filter_map(|c| {
            let edits = strsim::damerau_levenshtein(&word_l, c);
            let close =
                edits <= (c.chars().count() / 3).max(1) || strsim::jaro_winkler(&word_l, c) >= 0.85;
            close.then_some((edits, c))
        })
        .min_by_key(|(edits, _)| *edits)
        .map(|(_, c)| c)
}

fn describe(
    doc: &Document,
    text: &str,
    pointer: &str,
    schema_path: &str,
    kind: &ValidationErrorKind,
    instance: &Value,
) -> Vec<Diagnostic> {
    let here = place(pointer);
    let field_schema = parent_schema(schema_path).unwrap_or(&Value::Null);
    let field_help = field_schema
        .get("description")
        .and_then(Value::as_str)
        .map(english);
    let d = match kind {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let known: Vec<&str> = field_schema
                .get("properties")
                .and_then(Value::as_object)
                .map(|p| p.keys().map(String::as_str).collect())
                .unwrap_or_default();
            return unexpected
                .iter()
                .map(|key| {
                    let child = format!("{pointer}/{}", crate::load::escape_pointer(key));
                    let mut d = Diagnostic::error(
                        "schema-unknown-key",
                        format!("unknown key `{key}` in {here}"),
                    )
                    .at(doc.key_span(&child))
                    .label("unknown key");
                    d = match did_you_mean(key, known.iter().copied()) {
                        Some(s) => d.help(format!(
                            "did you mean `{s}`? Keys allowed here: {}",
                            list(&known)
                        )),
                        None => d.help(format!(
                            "remove it or fix its spelling. Keys allowed here: {}",
                            list(&known)
                        )),
                    };
                    d
                })
                .collect();
        }
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().unwrap_or_default();
            let prop = field_schema
                .pointer(&format!("/properties/{name}"))
                .unwrap_or(&Value::Null);
            let mut d = Diagnostic::error(
                "schema-missing-key",
                format!("{here} is missing the required key `{name}`"),
            )
            .at(doc.key_span(pointer))
            .label(format!("add `{name}` here"));
            let desc = prop
                .get("description")
                .or_else(|| deref(prop).get("description"))
                .and_then(Value::as_str)
                .map(english);
            d = d.help(match desc {
                Some(desc) => format!("add `{name}:` — {desc}"),
                None => format!("add `{name}:`"),
            });
            if let Some(a) = property_article(prop) {
                d = d.article(a);
            }
            d
        }
        ValidationErrorKind::Type { kind } => {
            let expected: Vec<String> = match kind {
                TypeKind::Single(t) => vec![t.to_string()],
                TypeKind::Multiple(set) => set.iter().map(|t| t.to_string()).collect(),
            };
            let expected_words: Vec<&str> = expected.iter().map(|t| type_name(t)).collect();
            let mut d = Diagnostic::error(
                "schema-type",
                format!(
                    "{here} should be {}, not {}",
                    expected_words.join(" or "),
                    json_type(instance)
                ),
            )
            .at(doc.span(pointer))
            .label(format!("expected {}", expected_words.join(" or ")));
            let help = if expected.iter().any(|t| t == "string") && !instance.is_object() {
                match instance {
                    Value::Null => "write a value after the colon, or remove the key".to_owned(),
                    Value::Array(_) => "write a single text; lists use `- ` only where the field takes several values".to_owned(),
                    _ => {
                        let raw = text.get(doc.span(pointer)).unwrap_or_default();
                        format!("put the value in quotes so that it stays text as written: \"{raw}\"")
                    }
                }
            } else if expected.iter().any(|t| t == "boolean")
                && matches!(
                    instance.as_str(),
                    Some("yes" | "no" | "on" | "off" | "y" | "n" | "True" | "False")
                )
            {
                "write `true` or `false`: seloste reads YAML 1.2, where yes/no/on/off are text"
                    .to_owned()
            } else if expected.iter().any(|t| t == "array") && !instance.is_array() {
                let raw = text.get(doc.span(pointer)).unwrap_or_default();
                let what = field_help.map(|h| format!("{h} ")).unwrap_or_default();
                format!(
                    "{what}Write a list, in brackets (`[{raw}]`) or one item per line starting with `- `."
                )
            } else if let Some(h) = field_help {
                h.to_owned()
            } else {
                format!("see the schema for {here}")
            };
            d = d.help(help);
            d
        }
        ValidationErrorKind::Enum { options } => {
            let allowed: Vec<&str> = options
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            enum_error(doc, pointer, &here, instance, &allowed, "")
        }
        ValidationErrorKind::OneOfNotValid { .. } | ValidationErrorKind::AnyOf { .. } => {
            let branches = field_schema
                .get("oneOf")
                .or_else(|| field_schema.get("anyOf"))
                .and_then(Value::as_array);
            let consts: Option<Vec<(&str, &str)>> = branches.map(|b| {
                b.iter()
                    .filter_map(|s| {
                        let c = s.get("const")?.as_str()?;
                        let desc = s.get("description").and_then(Value::as_str).unwrap_or("");
                        Some((c, desc))
                    })
                    .collect()
            });
            match consts {
                Some(c) if !c.is_empty() && c.len() == branches.map_or(0, Vec::len) => {
                    let names: Vec<&str> = c.iter().map(|(n, _)| *n).collect();
                    let meanings: Vec<String> = c
                        .iter()
                        .map(|(n, desc)| format!("\n  {n}: {}", english_meaning(desc)))
                        .collect();
                    enum_error(doc, pointer, &here, instance, &names, &meanings.concat())
                }
                _ => Diagnostic::error(
                    "schema-invalid",
                    format!("{here} does not have an allowed form"),
                )
                .at(doc.span(pointer))
                .help(field_help.unwrap_or("see the schema").to_owned()),
            }
        }
        ValidationErrorKind::Format { format } => {
            let (what, help) = match format.as_str() {
                "email" => ("an e-mail address", "write it as name@example.fi"),
                "date" => (
                    "a date",
                    "write the date as YYYY-MM-DD, e.g. 2024-05-31 for 31.5.2024",
                ),
                "uri" => (
                    "a web address",
                    "write the full address with https://, e.g. https://www.example.fi/tietosuoja",
                ),
                _ => ("of the expected form", "see the schema"),
            };
            Diagnostic::error(
                "schema-format",
                format!("{here} is not {what}: `{}`", scalar_text(instance)),
            )
            .at(doc.span(pointer))
            .label(format!("not {what}"))
            .help(help)
        }
        ValidationErrorKind::Pattern { .. } => {
            let help = if pointer == "/id" {
                "use lower-case letters a-z, digits and single hyphens, e.g. `lastensuojelu-asiakasrekisteri` (no ä, ö, spaces or capitals)".to_owned()
            } else {
                field_help.unwrap_or("see the schema").to_owned()
            };
            Diagnostic::error(
                "schema-format",
                format!(
                    "{here} has a value of the wrong form: `{}`",
                    scalar_text(instance)
                ),
            )
            .at(doc.span(pointer))
            .help(help)
        }
        ValidationErrorKind::MinItems { .. } => Diagnostic::error(
            "schema-empty",
            format!("{here} must list at least one value"),
        )
        .at(doc.span(pointer))
        .help(field_help.unwrap_or("add an item").to_owned()),
        ValidationErrorKind::MinLength { .. } => {
            Diagnostic::error("schema-empty", format!("{here} must not be empty"))
                .at(doc.span(pointer))
                .help(field_help.unwrap_or("write a value").to_owned())
        }
        ValidationErrorKind::MinProperties { .. } => Diagnostic::error(
            "schema-empty",
            format!("{here} must give at least one language version"),
        )
        .at(doc.span(pointer))
        .help("add `fi:`, `sv:` or `en:` with the text"),
        ValidationErrorKind::MaxLength { limit } => Diagnostic::error(
            "schema-format",
            format!("{here} is longer than {limit} characters"),
        )
        .at(doc.span(pointer))
        .help("shorten it"),
        ValidationErrorKind::UniqueItems => Diagnostic::error(
            "schema-duplicate-item",
            format!("{here} lists the same value twice"),
        )
        .at(doc.span(pointer))
        .help("remove the repeated value"),
        other => Diagnostic::error("schema-invalid", format!("{here}: {other:?}"))
            .at(doc.span(pointer))
            .help(field_help.unwrap_or("see the schema").to_owned()),
    };
    let d = match (&d.article, article_at(pointer)) {
        (None, Some(a)) => d.article(a),
        _ => d,
    };
    vec![d]
}

fn english_meaning(desc: &str) -> &str {
    desc.split(" FI:").next().unwrap_or(desc).trim()
}

fn scalar_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn list(items: &[&str]) -> String {
    items
        .iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn enum_error(
    doc: &Document,
    pointer: &str,
    here: &str,
    instance: &Value,
    allowed: &[&str],
    meanings: &str,
) -> Diagnostic {
    let given = scalar_text(instance);
    let mut help = match did_you_mean(&given, allowed.iter().copied()) {
        Some(s) => format!("did you mean `{s}`? Allowed values:"),
        None => "allowed values:".to_owned(),
    };
    if meanings.is_empty() {
        help.push(' ');
        help.push_str(&list(allowed));
    } else {
        help.push_str(meanings);
    }
    Diagnostic::error(
        "schema-enum",
        format!("`{given}` is not an allowed value of {here}"),
    )
    .at(doc.span(pointer))
    .label("not an allowed value")
    .help(help)
}
