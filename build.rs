//! Turns the legal data (`data/*.toml`, written and reviewed as TOML) into
//! JSON in `OUT_DIR`, which the binary embeds: reading JSON at run time
//! costs a fraction of parsing TOML, and every `seloste` process reads the
//! statutes. The structure is unchanged but for one derived field: each
//! statute's `names`, its titles in lower case and its aliases, which the
//! name search would otherwise compute in every process. The loaders
//! deserialize the same types, and their tests read the data through them.

use std::path::Path;

const DATA: [&str; 4] = ["statutes", "authorities", "languages", "retention"];

fn main() {
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in DATA {
        let source = format!("data/{name}.toml");
        println!("cargo::rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source).unwrap_or_else(|e| panic!("{source}: {e}"));
        let mut value: toml::Value =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{source}: {e}"));
        if name == "statutes" {
            add_statute_names(&mut value);
        }
        let json = serde_json::to_string(&value).expect("TOML values are JSON values");
        std::fs::write(Path::new(&out).join(format!("{name}.json")), json)
            .unwrap_or_else(|e| panic!("{name}.json: {e}"));
    }
}

/// Adds `names` to every statute: its titles (fi, sv, en) in lower case,
/// then its aliases, as `legal::Statute::names` documents.
fn add_statute_names(value: &mut toml::Value) {
    let list = value
        .get_mut("statute")
        .and_then(toml::Value::as_array_mut)
        .expect("data/statutes.toml has [[statute]] tables");
    for statute in list {
        let table = statute.as_table_mut().expect("a statute is a table");
        let mut names: Vec<toml::Value> = Vec::new();
        if let Some(title) = table.get("title").and_then(toml::Value::as_table) {
            for lang in ["fi", "sv", "en"] {
                if let Some(t) = title.get(lang).and_then(toml::Value::as_str) {
                    names.push(t.to_lowercase().into());
                }
            }
        }
        if let Some(aliases) = table.get("aliases").and_then(toml::Value::as_array) {
            names.extend(aliases.iter().cloned());
        }
        table.insert("names".to_owned(), toml::Value::Array(names));
    }
}
