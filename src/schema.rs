//! The JSON Schema of the notice format: generated from [`crate::model`] with
//! schemars, validated with jsonschema, and every validation error turned
//! into a [`Diagnostic`] in plain words at the exact YAML position.

use std::sync::LazyLock;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde_json::Value;

use crate::diag::{Code, Diagnostic, Severity, Stage};
use crate::i18n::{self, Arg, Lang, keys};
use crate::load::Document;
use crate::model::Notice;

/// The `$id` of the published schema.
pub const SCHEMA_ID: &str = "https://seloste.fi/schemas/notice.schema.json";

/// The JSON Schema dialect of a generated schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dialect {
    /// JSON Schema 2020-12 (`$defs`): the schema `check` validates with,
    /// for validators such as check-jsonschema and ajv.
    #[default]
    Draft2020_12,
    /// JSON Schema draft-07 (`definitions`, `$ref` without siblings): the
    /// dialect editors fully understand (yaml-language-server, hence VS
    /// Code, Neovim, Helix and JetBrains' YAML support).
    Draft07,
}

/// One published form of the schema: a dialect, and the language of its
/// descriptions (`None`: English, Finnish and Swedish together).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Form {
    pub dialect: Dialect,
    pub lang: Option<Lang>,
}

impl Form {
    /// Every form committed in `schemas/`: the 2020-12 schema in all three
    /// languages, and a draft-07 schema for editors in each language.
    pub const PUBLISHED: [Form; 4] = [
        Form {
            dialect: Dialect::Draft2020_12,
            lang: None,
        },
        Form {
            dialect: Dialect::Draft07,
            lang: Some(Lang::Fi),
        },
        Form {
            dialect: Dialect::Draft07,
            lang: Some(Lang::Sv),
        },
        Form {
            dialect: Dialect::Draft07,
            lang: Some(Lang::En),
        },
    ];

    /// The file name of this form in `schemas/` (and its `$id`):
    /// `notice.schema.json`, `notice.draft-07.fi.schema.json`, ...
    pub fn file_name(self) -> String {
        let dialect = match self.dialect {
            Dialect::Draft2020_12 => "",
            Dialect::Draft07 => ".draft-07",
        };
        let lang = self
            .lang
            .map(|l| format!(".{}", l.code()))
            .unwrap_or_default();
        format!("notice{dialect}{lang}.schema.json")
    }

    fn id(self) -> String {
        match self {
            Form {
                dialect: Dialect::Draft2020_12,
                lang: None,
            } => SCHEMA_ID.to_owned(),
            _ => format!("https://seloste.fi/schemas/{}", self.file_name()),
        }
    }
}

/// The schema of a notice as JSON (JSON Schema 2020-12).
pub fn schema_json() -> Value {
    schema_json_for(Form::default())
}

/// The schema of a notice in one of its published forms.
pub fn schema_json_for(form: Form) -> Value {
    let settings = match form.dialect {
        Dialect::Draft2020_12 => schemars::generate::SchemaSettings::draft2020_12(),
        // Without schemars' draft-07 transforms: they wrap a `$ref` that has
        // a description beside it in `allOf`, after which yaml-language-server
        // shows the referenced type's description on hover instead of the
        // property's (scripts/editor/README.md). Editors read the siblings of
        // `$ref`; the schema uses no `prefixItems` (tested).
        Dialect::Draft07 => schemars::generate::SchemaSettings::draft07().with(|s| {
            s.transforms.clear();
        }),
    };
    let schema = settings.into_generator().into_root_schema_for::<Notice>();
    let mut value = schema.to_value();
    strip_null(&mut value);
    if let Some(lang) = form.lang {
        localise(&mut value, lang);
    }
    if let Some(obj) = value.as_object_mut() {
        let mut out = serde_json::Map::new();
        out.insert("$schema".into(), obj.remove("$schema").unwrap_or_default());
        out.insert("$id".into(), form.id().into());
        out.append(obj);
        value = Value::Object(out);
    }
    value
}

/// Keeps only the `lang` part of every description (what an editor shows
/// on hover).
fn localise(value: &mut Value, lang: Lang) {
    match value {
        Value::Object(obj) => {
            for (key, v) in obj.iter_mut() {
                match v {
                    Value::String(d) if key == "description" => {
                        *d = description_in(d, lang).to_owned();
                    }
                    _ => localise(v, lang),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| localise(v, lang)),
        _ => {}
    }
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
    schema_string_for(Form::default())
}

/// A published form of the schema as pretty-printed JSON with a trailing
/// newline, as committed in `schemas/` under [`Form::file_name`].
pub fn schema_string_for(form: Form) -> String {
    let mut s = serde_json::to_string_pretty(&schema_json_for(form)).unwrap_or_default();
    s.push('\n');
    s
}

/// The schema the checker validates with: the committed file, compiled into
/// the binary, so a check does not generate it from the types at start-up.
/// `tests/it/schema.rs` keeps the file equal to the generated schema.
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
/// there were more), with the places refused (see [`refused`]), found in
/// the same pass.
pub fn validate(doc: &Document, text: &str) -> (Vec<Diagnostic>, Vec<Refused>) {
    let mut out = Vec::new();
    let mut places = Vec::new();
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
        places.push(refused_place(pointer, error.kind()));
    }
    (out, places)
}

/// A place the schema refused, and what to take away so that the rest can
/// still be read: the value at `pointer`, or only the `keys` named (unknown
/// keys of an object).
#[derive(Debug, Clone, PartialEq)]
pub struct Refused {
    /// The JSON pointer of the refused value (for a missing key, the
    /// object that misses it).
    pub pointer: String,
    /// Unknown keys of the object at `pointer`: only these are refused.
    pub keys: Vec<String>,
}

fn refused_place(pointer: String, kind: &ValidationErrorKind) -> Refused {
    let keys = match kind {
        ValidationErrorKind::AdditionalProperties { unexpected } => unexpected.clone(),
        _ => Vec::new(),
    };
    Refused { pointer, keys }
}

/// The places `value` breaks the schema, as [`Refused`] (at most
/// `MAX_FINDINGS + 1`, like [`validate`]).
pub fn refused(value: &Value) -> Vec<Refused> {
    VALIDATOR
        .iter_errors(value)
        .take(crate::check::MAX_FINDINGS + 1)
        .map(|e| refused_place(e.instance_path().as_str().to_owned(), e.kind()))
        .collect()
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

/// Whether `pointer` names a place the format has: every key a property of
/// the schema at that point (or a key of a map), every index into a list.
/// The rules report at pointers; a misspelt one would silently point at the
/// parent, so their tests check every pointer with this.
pub fn pointer_in_schema(pointer: &str) -> bool {
    fn walk(schema: &'static Value, segs: &[&str]) -> bool {
        let Some((seg, rest)) = segs.split_first() else {
            return true;
        };
        let s = deref(schema);
        for key in ["anyOf", "oneOf", "allOf"] {
            if let Some(alts) = s.get(key).and_then(Value::as_array)
                && alts.iter().any(|a| walk(a, segs))
            {
                return true;
            }
        }
        if let Some(p) = s.get("properties").and_then(|p| p.get(*seg)) {
            return walk(p, rest);
        }
        if seg.parse::<usize>().is_ok()
            && let Some(items) = s.get("items")
        {
            return walk(items, rest);
        }
        match s.get("additionalProperties") {
            Some(a @ Value::Object(_)) => walk(a, rest),
            Some(Value::Bool(true)) => true,
            _ => false,
        }
    }
    if pointer.is_empty() {
        return true;
    }
    let segs: Vec<String> = pointer[1..]
        .split('/')
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect();
    let segs: Vec<&str> = segs.iter().map(String::as_str).collect();
    walk(&SCHEMA, &segs)
}

/// The schema of the node at `pointer` (keys of objects, indexes of lists),
/// with its property description: what an editor shows on hover.
pub fn schema_at(pointer: &str) -> Option<&'static Value> {
    let mut schema: &Value = &SCHEMA;
    if pointer.is_empty() {
        return Some(schema);
    }
    for seg in pointer[1..].split('/') {
        let seg = seg.replace("~1", "/").replace("~0", "~");
        let s = deref(schema);
        let next = if seg.parse::<usize>().is_ok() {
            s.get("items")
        } else {
            s.get("properties").and_then(|p| p.get(&seg))
        };
        schema = next?;
    }
    Some(schema)
}

/// The description of the node at `pointer` in `lang`: the property's own,
/// else its type's.
pub fn description_at(pointer: &str, lang: Lang) -> Option<String> {
    let s = schema_at(pointer)?;
    let d = s
        .get("description")
        .or_else(|| deref(s).get("description"))
        .and_then(Value::as_str)?;
    Some(description_in(d, lang).to_owned())
}

/// The keys an object at `pointer` may have, each with its description in
/// `lang`.
pub fn keys_at(pointer: &str, lang: Lang) -> Vec<(String, String)> {
    let Some(s) = schema_at(pointer) else {
        return Vec::new();
    };
    let s = deref(s);
    let Some(props) = s.get("properties").and_then(Value::as_object) else {
        return Vec::new();
    };
    props
        .iter()
        .map(|(k, v)| {
            let d = v
                .get("description")
                .or_else(|| deref(v).get("description"))
                .and_then(Value::as_str)
                .unwrap_or_default();
            (k.clone(), description_in(d, lang).to_owned())
        })
        .collect()
}

/// The values a node at `pointer` may take when the schema lists them
/// (`legal_basis`, `kind`, `languages` items), each with its meaning in
/// `lang`.
pub fn values_at(pointer: &str, lang: Lang) -> Vec<(String, String)> {
    let Some(s) = schema_at(pointer) else {
        return Vec::new();
    };
    let s = deref(s);
    let mut out = Vec::new();
    if let Some(alts) = s.get("oneOf").and_then(Value::as_array) {
        for a in alts {
            if let Some(c) = a.get("const").and_then(Value::as_str) {
                let d = a
                    .get("description")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                out.push((c.to_owned(), description_in(d, lang).to_owned()));
            }
        }
    }
    if let Some(vals) = s.get("enum").and_then(Value::as_array) {
        for v in vals.iter().filter_map(Value::as_str) {
            out.push((v.to_owned(), String::new()));
        }
    }
    let boolean = match s.get("type") {
        Some(Value::String(t)) => t == "boolean",
        Some(Value::Array(ts)) => ts.iter().any(|t| t == "boolean"),
        _ => false,
    };
    if boolean {
        out.push(("true".to_owned(), String::new()));
        out.push(("false".to_owned(), String::new()));
    }
    out
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

/// The part of a schema description in `lang`: descriptions are English,
/// then `FI:` Finnish, then `SV:` Swedish (as paragraphs, or inline for the
/// meanings of values). A missing part falls back to English.
fn description_in(description: &str, lang: Lang) -> &str {
    let marker = |m: &str| {
        description
            .find(&format!("\n\n{m}:"))
            .map(|i| (i, i + m.len() + 3))
            .or_else(|| {
                description
                    .find(&format!(" {m}:"))
                    .map(|i| (i, i + m.len() + 2))
            })
    };
    let (fi, sv) = (marker("FI"), marker("SV"));
    let ends: Vec<usize> = [fi, sv].iter().flatten().map(|(start, _)| *start).collect();
    let english_end = ends.iter().copied().min().unwrap_or(description.len());
    let part = |m: Option<(usize, usize)>| {
        m.map(|(_, text)| {
            let end = ends.iter().copied().filter(|e| *e > text).min();
            description[text..end.unwrap_or(description.len())].trim()
        })
        .filter(|t| !t.is_empty())
    };
    match lang {
        Lang::Fi => part(fi),
        Lang::Sv => part(sv),
        Lang::En => None,
    }
    .unwrap_or_else(|| description[..english_end].trim())
}

/// A schema description as a message argument ("" when there is none).
fn description_arg(description: Option<&str>) -> Arg {
    match description {
        Some(d) if !d.trim().is_empty() => Arg::local(|lang| description_in(d, lang).to_owned()),
        _ => opt(""),
    }
}

/// Type names ("text", "a list") joined with "or", in every language.
fn type_words(types: &[&str]) -> Arg {
    Arg::local(|lang| {
        types
            .iter()
            .map(|t| i18n::message(lang, keys::SCHEMA_TYPE_NAME.0, &[("type", Arg::from(*t))]))
            .collect::<Vec<_>>()
            .join(&i18n::text(lang, keys::LIST_OR))
    })
}

/// Where a node is: "`controller.email`", "`purposes[2].name`", or "the
/// notice" in the reader's language.
fn place(pointer: &str) -> Arg {
    if pointer.is_empty() {
        return Arg::message(keys::THE_NOTICE);
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
    Arg::Str(format!("`{out}`"))
}

/// An optional text as a message argument: "none" when absent, which the
/// messages select on.
fn opt(s: &str) -> Arg {
    Arg::from(if s.is_empty() { "none" } else { s })
}

/// The schema type name of a value, as the messages name it.
fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "empty",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
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
    let field_help = field_schema.get("description").and_then(Value::as_str);
    let d = match kind {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            return unknown_keys(doc, pointer, &here, field_schema, unexpected);
        }
        ValidationErrorKind::Required { property } => {
            missing_key(doc, pointer, &here, field_schema, property)
        }
        ValidationErrorKind::Type { kind } => {
            wrong_type(doc, text, pointer, &here, field_help, kind, instance)
        }
        ValidationErrorKind::Enum { options } => {
            let allowed: Vec<&str> = options
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            enum_error(doc, pointer, &here, instance, &allowed, &[])
        }
        ValidationErrorKind::OneOfNotValid { .. } | ValidationErrorKind::AnyOf { .. } => {
            one_of(doc, pointer, &here, field_schema, field_help, instance)
        }
        ValidationErrorKind::Format { format } => {
            let form = match format.as_str() {
                f @ ("email" | "date" | "uri") => f,
                _ => "other",
            };
            Diagnostic::new(&SCHEMA_FORMAT)
                .arg("kind", form)
                .arg("place", here.clone())
                .arg("value", scalar_text(instance))
                .arg("limit", 0usize)
                .arg("description", opt(""))
                .at(doc.span(pointer))
        }
        ValidationErrorKind::Pattern { .. } => Diagnostic::new(&SCHEMA_FORMAT)
            .arg("kind", if pointer == "/id" { "id" } else { "pattern" })
            .arg("place", here.clone())
            .arg("value", scalar_text(instance))
            .arg("limit", 0usize)
            .arg("description", description_arg(field_help))
            .at(doc.span(pointer)),
        ValidationErrorKind::MinItems { .. } => empty(doc, pointer, &here, "items", field_help),
        ValidationErrorKind::MinLength { .. } => empty(doc, pointer, &here, "text", field_help),
        ValidationErrorKind::MinProperties { .. } => {
            empty(doc, pointer, &here, "languages", field_help)
        }
        ValidationErrorKind::MaxLength { limit } => Diagnostic::new(&SCHEMA_FORMAT)
            .arg("kind", "length")
            .arg("place", here.clone())
            .arg("value", opt(""))
            .arg("limit", usize::try_from(*limit).unwrap_or(usize::MAX))
            .arg("description", opt(""))
            .at(doc.span(pointer)),
        ValidationErrorKind::UniqueItems => Diagnostic::new(&SCHEMA_DUPLICATE_ITEM)
            .arg("place", here.clone())
            .at(doc.span(pointer)),
        other => Diagnostic::new(&SCHEMA_INVALID)
            .arg("kind", "other")
            .arg("place", here.clone())
            .arg("detail", format!("{other:?}"))
            .arg("description", description_arg(field_help))
            .at(doc.span(pointer)),
    };
    vec![with_article(d, pointer)]
}

/// Keys the format does not know at `pointer`, each with "did you mean".
fn unknown_keys(
    doc: &Document,
    pointer: &str,
    here: &Arg,
    field_schema: &Value,
    unexpected: &[String],
) -> Vec<Diagnostic> {
    let known: Vec<&str> = field_schema
        .get("properties")
        .and_then(Value::as_object)
        .map(|p| p.keys().map(String::as_str).collect())
        .unwrap_or_default();
    unexpected
        .iter()
        .map(|key| {
            let child = format!("{pointer}/{}", crate::load::escape_pointer(key));
            let suggestion = did_you_mean(key, known.iter().copied()).unwrap_or("");
            Diagnostic::new(&SCHEMA_UNKNOWN_KEY)
                .arg("key", key.as_str())
                .arg("place", here.clone())
                .arg("suggestion", opt(suggestion))
                .arg("allowed", list(&known))
                .at(doc.key_span(&child))
        })
        .collect()
}

/// A required key missing at `pointer`, with its description and article.
fn missing_key(
    doc: &Document,
    pointer: &str,
    here: &Arg,
    field_schema: &'static Value,
    property: &Value,
) -> Diagnostic {
    let name = property.as_str().unwrap_or_default();
    let prop = field_schema
        .pointer(&format!("/properties/{name}"))
        .unwrap_or(&Value::Null);
    let desc = prop
        .get("description")
        .or_else(|| deref(prop).get("description"))
        .and_then(Value::as_str);
    let mut d = Diagnostic::new(&SCHEMA_MISSING_KEY)
        .arg("place", here.clone())
        .arg("key", name)
        .arg("description", description_arg(desc))
        .at(doc.key_span(pointer));
    if let Some(a) = property_article(prop) {
        d = d.article(a);
    }
    d
}

/// A value of the wrong type, with a hint for the usual YAML surprises.
fn wrong_type(
    doc: &Document,
    text: &str,
    pointer: &str,
    here: &Arg,
    field_help: Option<&str>,
    kind: &TypeKind,
    instance: &Value,
) -> Diagnostic {
    let raw = || text.get(doc.span(pointer)).unwrap_or_default().to_owned();
    let expected: Vec<String> = match kind {
        TypeKind::Single(t) => vec![t.to_string()],
        TypeKind::Multiple(set) => set.iter().map(|t| t.to_string()).collect(),
    };
    let has = |t: &str| expected.iter().any(|e| e == t);
    let types: Vec<&str> = expected.iter().map(String::as_str).collect();
    let hint = if has("string") && !instance.is_object() {
        match instance {
            Value::Null => "empty",
            Value::Array(_) => "list",
            _ => "quote",
        }
    } else if has("boolean")
        && matches!(
            instance.as_str(),
            Some("yes" | "no" | "on" | "off" | "y" | "n" | "True" | "False")
        )
    {
        "boolean"
    } else if has("array") && !instance.is_array() {
        "array"
    } else if field_help.is_some() {
        "description"
    } else {
        "none"
    };
    Diagnostic::new(&SCHEMA_TYPE)
        .arg("place", here.clone())
        .arg("expected", type_words(&types))
        .arg("found", type_words(&[json_type(instance)]))
        .arg("hint", hint)
        .arg("raw", raw())
        .arg("description", description_arg(field_help))
        .at(doc.span(pointer))
}

/// A value matching none of the alternatives: an enum error when the
/// alternatives are constants (with their meanings), else "not an allowed form".
fn one_of(
    doc: &Document,
    pointer: &str,
    here: &Arg,
    field_schema: &'static Value,
    field_help: Option<&str>,
    instance: &Value,
) -> Diagnostic {
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
            enum_error(doc, pointer, here, instance, &names, &c)
        }
        _ => Diagnostic::new(&SCHEMA_INVALID)
            .arg("kind", "form")
            .arg("place", here.clone())
            .arg("detail", "")
            .arg("description", description_arg(field_help))
            .at(doc.span(pointer)),
    }
}

/// Adds the article of the node at `pointer` when the finding has none.
fn with_article(d: Diagnostic, pointer: &str) -> Diagnostic {
    match (&d.article, article_at(pointer)) {
        (None, Some(a)) => d.article(a),
        _ => d,
    }
}

fn empty(
    doc: &Document,
    pointer: &str,
    here: &Arg,
    kind: &str,
    field_help: Option<&str>,
) -> Diagnostic {
    Diagnostic::new(&SCHEMA_EMPTY)
        .arg("kind", kind)
        .arg("place", here.clone())
        .arg("description", description_arg(field_help))
        .at(doc.span(pointer))
}

/// A key that the format does not know.
pub static SCHEMA_UNKNOWN_KEY: Code =
    Code::stage("schema-unknown-key", Stage::Schema, Severity::Error);
/// A required key is missing.
pub static SCHEMA_MISSING_KEY: Code =
    Code::stage("schema-missing-key", Stage::Schema, Severity::Error);
/// A value of the wrong type.
pub static SCHEMA_TYPE: Code = Code::stage("schema-type", Stage::Schema, Severity::Error);
/// A value that is not one of the allowed values.
pub static SCHEMA_ENUM: Code = Code::stage("schema-enum", Stage::Schema, Severity::Error);
/// A value of the wrong form (date, e-mail, identifier, length).
pub static SCHEMA_FORMAT: Code = Code::stage("schema-format", Stage::Schema, Severity::Error);
/// An empty value where one is required.
pub static SCHEMA_EMPTY: Code = Code::stage("schema-empty", Stage::Schema, Severity::Error);
/// The same value twice in a list.
pub static SCHEMA_DUPLICATE_ITEM: Code =
    Code::stage("schema-duplicate-item", Stage::Schema, Severity::Error);
/// A value the format does not allow (or cannot read).
pub static SCHEMA_INVALID: Code = Code::stage("schema-invalid", Stage::Schema, Severity::Error);

/// The codes of this module.
pub static CODES: &[&Code] = &[
    &SCHEMA_UNKNOWN_KEY,
    &SCHEMA_MISSING_KEY,
    &SCHEMA_TYPE,
    &SCHEMA_ENUM,
    &SCHEMA_FORMAT,
    &SCHEMA_EMPTY,
    &SCHEMA_DUPLICATE_ITEM,
    &SCHEMA_INVALID,
];

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

/// The value whose Finnish or Swedish meaning `given` is: a lawyer writes
/// `kind: kunta` or `legal_basis: yleinen etu` for `municipality` or
/// `public_task`. Compares `given` with the first words of each meaning
/// (as many words as `given` has), allowing inflection.
fn in_other_words<'a>(given: &str, meanings: &[(&'a str, &str)]) -> Option<&'a str> {
    let given = given.trim().to_lowercase();
    let n = given.split_whitespace().count();
    if n == 0 {
        return None;
    }
    let score = |meaning: &str| {
        meaning
            .split(&[',', ';', '('][..])
            .flat_map(|part| part.split(" tai ").chain(part.split(" eller ")))
            .map(|phrase| {
                let words: Vec<String> = phrase
                    .split_whitespace()
                    .filter(|w| !w.starts_with("art"))
                    .take(n)
                    .map(|w| {
                        w.trim_matches(|c: char| !c.is_alphanumeric())
                            .to_lowercase()
                    })
                    .collect();
                // Inflection changes the ends of Finnish and Swedish words
                // ("yleinen etu", "yleistä etua"): words match on their
                // first four letters (or all of a shorter word).
                let same_stem = |a: &str, b: &str| {
                    let k = 4.min(a.chars().count()).min(b.chars().count());
                    k >= 3 && a.chars().take(k).eq(b.chars().take(k))
                };
                let same_stems = words.len() == n
                    && given
                        .split_whitespace()
                        .zip(&words)
                        .all(|(a, b)| same_stem(a, b));
                if words.join(" ") == given {
                    1.0
                } else if same_stems {
                    0.95
                } else {
                    strsim::jaro_winkler(&given, &words.join(" "))
                }
            })
            .fold(0.0_f64, f64::max)
    };
    meanings
        .iter()
        .map(|(name, desc)| {
            let best = [Lang::Fi, Lang::Sv]
                .iter()
                .map(|l| score(description_in(desc, *l)))
                .fold(0.0_f64, f64::max);
            (best, *name)
        })
        .filter(|(s, _)| *s >= 0.92)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, name)| name)
}

fn enum_error(
    doc: &Document,
    pointer: &str,
    here: &Arg,
    instance: &Value,
    allowed: &[&str],
    meanings: &[(&str, &str)],
) -> Diagnostic {
    let given = scalar_text(instance);
    let suggestion = did_you_mean(&given, allowed.iter().copied())
        .or_else(|| in_other_words(&given, meanings))
        .unwrap_or("");
    let listed = if meanings.is_empty() {
        Arg::from(list(allowed))
    } else {
        Arg::local(|lang| {
            meanings
                .iter()
                .map(|(n, desc)| format!("\n  {n}: {}", description_in(desc, lang)))
                .collect()
        })
    };
    Diagnostic::new(&SCHEMA_ENUM)
        .arg("value", given)
        .arg("place", here.clone())
        .arg("suggestion", opt(suggestion))
        .arg("allowed", listed)
        .arg("meanings", if meanings.is_empty() { "no" } else { "yes" })
        .at(doc.span(pointer))
}

#[cfg(test)]
mod description_tests {
    use super::*;

    #[test]
    fn descriptions_are_split_by_language() {
        let d = "Controller.\n\nFI: Rekisterinpitäjä.\n\nSV: Personuppgiftsansvarig.";
        assert_eq!(description_in(d, Lang::En), "Controller.");
        assert_eq!(description_in(d, Lang::Fi), "Rekisterinpitäjä.");
        assert_eq!(description_in(d, Lang::Sv), "Personuppgiftsansvarig.");
        let inline = "Consent (Art 6(1)(a)). FI: Suostumus. SV: Samtycke.";
        assert_eq!(description_in(inline, Lang::En), "Consent (Art 6(1)(a)).");
        assert_eq!(description_in(inline, Lang::Fi), "Suostumus.");
        assert_eq!(description_in(inline, Lang::Sv), "Samtycke.");
        assert_eq!(description_in("Only English.", Lang::Sv), "Only English.");
    }

    #[test]
    fn values_are_suggested_from_their_finnish_and_swedish_words() {
        let meanings = [
            (
                "municipality",
                "A municipality or city. FI: kunta tai kaupunki. SV: kommun eller stad.",
            ),
            (
                "association",
                "A registered association. FI: rekisteröity yhdistys. SV: registrerad förening.",
            ),
            (
                "public_task",
                "Art 6(1)(e): a task in the public interest. FI: yleistä etua koskeva tehtävä. SV: uppgift av allmänt intresse.",
            ),
            (
                "consent",
                "Art 6(1)(a): consent. FI: rekisteröidyn suostumus. SV: den registrerades samtycke.",
            ),
        ];
        assert_eq!(in_other_words("kunta", &meanings), Some("municipality"));
        let with_joint = [
            meanings[0],
            (
                "joint_municipal_authority",
                "A joint municipal authority. FI: kuntayhtymä. SV: samkommun.",
            ),
        ];
        assert_eq!(in_other_words("kunta", &with_joint), Some("municipality"));
        assert_eq!(
            in_other_words("kuntayhtymä", &with_joint),
            Some("joint_municipal_authority")
        );
        assert_eq!(in_other_words("kaupunki", &meanings), Some("municipality"));
        assert_eq!(in_other_words("kommun", &meanings), Some("municipality"));
        assert_eq!(
            in_other_words("yleinen etu", &meanings),
            Some("public_task")
        );
        assert_eq!(in_other_words("yhdistys", &meanings), None);
        assert_eq!(
            in_other_words("rekisteröity yhdistys", &meanings),
            Some("association")
        );
        assert_eq!(in_other_words("jotain muuta", &meanings), None);
    }
}
