//! `seloste init`: a new notice to start from. The draft has every section
//! of the format, each under a comment taken from the schema's description
//! in the notice's first language; what only the lawyer can know is a
//! `TODO` value, which `check` reports at its line (`placeholder-text`), so
//! the draft passes the schema and its only findings are the gaps it marks.

use std::fmt::Write as _;

use serde_json::Value;

use crate::i18n::{self, Lang, keys};
use crate::model::{ControllerKind, Date};
use crate::schema::{self, Dialect, Form};

/// The mark of a gap for the lawyer to fill in.
pub const TODO: &str = "TODO";

/// The file name of the editors' schema written beside a new notice; the
/// notice's modeline names it.
pub const SCHEMA_FILE: &str = "notice.schema.json";

/// What a new notice starts from.
#[derive(Debug, Clone)]
pub struct Answers {
    /// The notice's id (its file name without `.yaml`).
    pub id: String,
    /// The register's name, in the first language.
    pub title: String,
    /// The controller's name, in the first language.
    pub controller: String,
    /// The controller's kind of organisation.
    pub kind: ControllerKind,
    /// The notice's languages, the main one first.
    pub languages: Vec<Lang>,
    /// The date of the draft (`updated`, the first `changes` entry).
    pub today: Date,
}

/// An id as a YAML value that loads as a string: plain when it starts with
/// a letter and is no YAML word for true, false, null or a number (`5`,
/// `1e3`, `no`, `null`, `inf` would not), quoted otherwise.
pub fn id_yaml(id: &str) -> String {
    const WORDS: &[&str] = &[
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "inf", "nan", "infinity",
    ];
    if id.starts_with(|c: char| c.is_ascii_alphabetic()) && !WORDS.contains(&id) {
        id.to_owned()
    } else {
        crate::import::yaml_quote(id)
    }
}

/// An id from a register's name: lower-case ASCII letters and digits with
/// single hyphens (`Lastensuojelun asiakasrekisteri` →
/// `lastensuojelun-asiakasrekisteri`), at most 80 characters.
pub fn id_from(name: &str) -> String {
    let mut id = String::new();
    for c in name.to_lowercase().chars() {
        let c = match c {
            'ä' | 'å' | 'á' | 'à' | 'â' => 'a',
            'ö' | 'ø' | 'ó' | 'ò' | 'ô' => 'o',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'ü' | 'ú' | 'ù' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
        if id.len() >= 80 {
            break;
        }
    }
    let id = id.trim_end_matches('-').to_owned();
    if id.is_empty() {
        "seloste".to_owned()
    } else {
        id
    }
}

/// The kinds a controller can be, with their meanings in `lang` (for the
/// question and the error that lists them).
pub fn kinds(lang: Lang) -> Vec<(ControllerKind, String)> {
    let schema = schema::schema_json_for(Form {
        dialect: Dialect::Draft07,
        lang: Some(lang),
    });
    KINDS
        .iter()
        .map(|k| {
            let meaning = schema["definitions"]["ControllerKind"]["oneOf"]
                .as_array()
                .and_then(|alts| alts.iter().find(|a| a["const"] == k.key()))
                .and_then(|a| a["description"].as_str())
                .unwrap_or_default()
                .trim_end_matches('.')
                .to_owned();
            (*k, meaning)
        })
        .collect()
}

/// Every kind, in the order of the format.
pub const KINDS: [ControllerKind; 10] = [
    ControllerKind::Municipality,
    ControllerKind::JointMunicipalAuthority,
    ControllerKind::WellbeingServicesCounty,
    ControllerKind::StateAuthority,
    ControllerKind::OtherPublicBody,
    ControllerKind::Association,
    ControllerKind::Foundation,
    ControllerKind::Company,
    ControllerKind::ReligiousCommunity,
    ControllerKind::Other,
];

/// The kind a value names (`municipality`).
pub fn kind_of(value: &str) -> Option<ControllerKind> {
    KINDS.into_iter().find(|k| k.key() == value)
}

/// The YAML of a new notice.
pub fn notice(a: &Answers) -> String {
    let lang = a.languages.first().copied().unwrap_or(Lang::Fi);
    let schema = schema::schema_json_for(Form {
        dialect: Dialect::Draft07,
        lang: Some(lang),
    });
    let mut y = Yaml {
        out: String::new(),
        schema: &schema,
        langs: &a.languages,
    };
    let public = a.kind.is_public_authority();
    let today = a.today.to_string();

    y.line(0, &format!("# yaml-language-server: $schema={SCHEMA_FILE}"));
    for l in wrap(&i18n::text(lang, keys::INIT_HEADER), 78) {
        y.line(0, &format!("# {l}"));
    }
    y.key(0, "", "id", Some(&id_yaml(&a.id)));
    y.text_key(0, "", "title", Some(&a.title));
    y.key(
        0,
        "",
        "languages",
        Some(&format!(
            "[{}]",
            a.languages
                .iter()
                .map(|l| l.code())
                .collect::<Vec<_>>()
                .join(", ")
        )),
    );
    y.key(0, "", "updated", Some(&today));

    y.key(0, "", "controller", None);
    let c = "/definitions/Controller";
    y.text_key(2, c, "name", Some(&a.controller));
    y.key(2, c, "kind", Some(a.kind.key()));
    y.text_key(2, c, "address", None);
    y.key(2, c, "phone", Some(TODO));
    y.comment(2, c, "email");
    y.line(2, "# email: kirjaamo@example.fi");

    y.key(0, "", "contact_person", None);
    let p = "/definitions/Contact";
    y.text_key_item(2, p, "title", None);
    y.key(4, p, "phone", Some(TODO));

    if public {
        y.key(0, "", "dpo", None);
        y.comment(2, p, "email");
        y.line(2, "# email: tietosuoja@example.fi");
        y.key(2, p, "phone", Some(TODO));
    }

    y.key(0, "", "purposes", None);
    let pu = "/definitions/Purpose";
    y.text_key_item(2, pu, "name", None);
    y.text_key(4, pu, "description", None);
    let basis = if public {
        "public_task"
    } else {
        "legitimate_interests"
    };
    y.key(4, pu, "legal_basis", Some(basis));
    if public {
        y.key(4, pu, "laws", None);
        y.line(6, &format!("- {TODO}"));
    } else {
        y.text_key(4, pu, "legitimate_interests", None);
    }

    y.key(0, "", "data_subjects", None);
    y.text_item(2);

    y.key(0, "", "data_categories", None);
    let dc = "/definitions/DataCategory";
    y.text_key_item(2, dc, "name", None);
    y.key(4, dc, "items", None);
    y.text_item(6);

    y.key(0, "", "sources", None);
    let so = "/definitions/Sources";
    y.key(2, so, "from_data_subject", Some("true"));
    y.key(2, so, "other", None);
    y.text_key_item(4, "/definitions/Source", "name", None);

    y.key(0, "", "recipients", None);
    let re = "/definitions/Recipient";
    y.text_key_item(2, re, "name", None);
    y.text_key(4, re, "purpose", None);

    y.key(0, "", "transfers", Some("[]"));

    y.key(0, "", "retention", None);
    let rt = "/definitions/Retention";
    y.text_key_item(2, rt, "period", None);

    y.key(0, "", "statutory_requirement", None);
    let sr = "/definitions/StatutoryRequirement";
    y.key(
        2,
        sr,
        "basis",
        Some(if public { "statutory" } else { "voluntary" }),
    );
    y.text_key(2, sr, "consequences", None);

    y.key(0, "", "automated_decisions", None);
    y.key(2, "/definitions/AutomatedDecisions", "used", Some("false"));

    y.key(0, "", "requests", None);
    y.text_key(2, "/definitions/Requests", "description", None);

    y.key(0, "", "security", None);
    let se = "/definitions/Security";
    y.text_key(2, se, "manual", None);
    y.text_key(2, se, "electronic", None);

    y.key(0, "", "changes", None);
    y.line(2, &format!("- date: {today}"));
    let first: Vec<String> = a
        .languages
        .iter()
        .map(|l| i18n::text(*l, keys::INIT_FIRST_VERSION))
        .collect();
    y.texts_value(4, "description", &first);
    y.out
}

/// Writes the YAML of the draft: keys with the schema's description above
/// them, texts in every language of the notice.
struct Yaml<'a> {
    out: String,
    schema: &'a Value,
    langs: &'a [Lang],
}

impl Yaml<'_> {
    fn line(&mut self, indent: usize, text: &str) {
        let _ = writeln!(self.out, "{:indent$}{text}", "");
    }

    /// The description of `key` in the schema object at `at` (a JSON
    /// pointer; "" for the notice), as comment lines.
    fn comment(&mut self, indent: usize, at: &str, key: &str) {
        let description = self
            .schema
            .pointer(&format!("{at}/properties/{key}/description"))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        if indent == 0 {
            self.out.push('\n');
        }
        for l in wrap(&description, 78usize.saturating_sub(indent)) {
            self.line(indent, &format!("# {l}"));
        }
    }

    /// `key: value` (a YAML value as written: an id, a date, a list) or
    /// `key:` when `value` is `None`, under its description.
    fn key(&mut self, indent: usize, at: &str, key: &str, value: Option<&str>) {
        self.comment(indent, at, key);
        match value {
            Some(v) => self.line(indent, &format!("{key}: {v}")),
            None => self.line(indent, &format!("{key}:")),
        }
    }

    /// A text key: one value in a one-language notice, else a map with the
    /// first language's value (or `TODO`) and `TODO` for the others.
    fn text_key(&mut self, indent: usize, at: &str, key: &str, first: Option<&str>) {
        self.comment(indent, at, key);
        self.text_value(indent, key, first);
    }

    /// The first key of a list item (`- key: ...`), with its description.
    fn text_key_item(&mut self, indent: usize, at: &str, key: &str, first: Option<&str>) {
        self.comment(indent, at, key);
        let start = self.out.len();
        self.text_value(indent + 2, key, first);
        // The item's dash takes the place of the first line's indentation.
        self.out
            .replace_range(start + indent..start + indent + 2, "- ");
    }

    /// A text: the first language's value (or `TODO`), `TODO` for the others.
    fn text_value(&mut self, indent: usize, key: &str, first: Option<&str>) {
        let values: Vec<String> = (0..self.langs.len().max(1))
            .map(|i| match (i, first) {
                (0, Some(v)) => v.to_owned(),
                _ => TODO.to_owned(),
            })
            .collect();
        self.texts_value(indent, key, &values);
    }

    /// A text with its value in each language of the notice.
    fn texts_value(&mut self, indent: usize, key: &str, values: &[String]) {
        if self.langs.len() <= 1 {
            let v = values.first().map_or(TODO, String::as_str);
            self.line(indent, &format!("{key}: {}", scalar(v)));
            return;
        }
        self.line(indent, &format!("{key}:"));
        for (l, v) in self.langs.iter().zip(values) {
            self.line(indent + 2, &format!("{}: {}", l.code(), scalar(v)));
        }
    }

    /// A list item that is a text.
    fn text_item(&mut self, indent: usize) {
        if self.langs.len() <= 1 {
            self.line(indent, &format!("- {TODO}"));
            return;
        }
        for (i, l) in self.langs.iter().enumerate() {
            let dash = if i == 0 { "- " } else { "  " };
            self.line(indent, &format!("{dash}{}: {TODO}", l.code()));
        }
    }
}

/// A text as a YAML scalar: plain when it reads back as the same string,
/// else double-quoted with JSON's escapes (valid in YAML).
fn scalar(v: &str) -> String {
    let plain = format!("k: {v}\n");
    let reads_back = serde_saphyr::from_str::<std::collections::BTreeMap<String, Value>>(&plain)
        .ok()
        .is_some_and(|m| m.get("k") == Some(&Value::String(v.to_owned())));
    if reads_back && !v.contains('#') {
        v.to_owned()
    } else {
        crate::import::yaml_quote(v)
    }
}

/// Words of `text` in lines of at most `width` characters (a longer word
/// stands alone).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for para in text.split("\n\n") {
        let mut line = String::new();
        for w in para.split_whitespace() {
            if !line.is_empty() && line.chars().count() + 1 + w.chars().count() > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(w);
        }
        if !line.is_empty() {
            lines.push(line);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_names() {
        assert_eq!(
            id_from("Lastensuojelun asiakasrekisteri"),
            "lastensuojelun-asiakasrekisteri"
        );
        assert_eq!(id_from("Jäsenrekisteri (2026)"), "jasenrekisteri-2026");
        assert_eq!(
            id_from("Klientregister för äldreomsorg"),
            "klientregister-for-aldreomsorg"
        );
        assert_eq!(id_from("!!!"), "seloste");
        assert!(id_from(&"a".repeat(200)).len() <= 80);
    }

    #[test]
    fn ids_load_as_strings() {
        // Found by the import fuzz target: a register named "5" gave `id: 5`.
        for name in [
            "5",
            "2026",
            "1e3",
            "No",
            "null",
            "Inf",
            "ok",
            "Lastensuojelu",
        ] {
            let id = id_from(name);
            let yaml = format!("id: {}\n", id_yaml(&id));
            let v: serde_json::Value = serde_saphyr::from_str(&yaml).unwrap();
            assert_eq!(v["id"].as_str(), Some(id.as_str()), "{yaml}");
        }
    }

    #[test]
    fn scalars_read_back_as_strings() {
        for v in [
            "Liedon kunta",
            "TODO",
            "a: b",
            "# x",
            "yes",
            "123",
            "- x",
            "Oy \"X\"",
        ] {
            let yaml = format!("k: {}\n", scalar(v));
            let back: std::collections::BTreeMap<String, String> =
                serde_saphyr::from_str(&yaml).unwrap();
            assert_eq!(back["k"], v, "{yaml}");
        }
    }

    #[test]
    fn every_kind_has_a_meaning_in_every_language() {
        for lang in Lang::ALL {
            for (kind, meaning) in kinds(lang) {
                assert!(!meaning.is_empty(), "{kind:?} in {lang}");
            }
        }
    }
}
