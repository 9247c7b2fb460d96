//! Turns the legal data (`data/*.toml`, written and reviewed as TOML) into
//! JSON in `OUT_DIR`, which the binary embeds: reading JSON at run time
//! costs a fraction of parsing TOML, and every `seloste` process reads the
//! statutes. The structure is unchanged; the loaders deserialize the same
//! types, and their tests read the data through them.

use std::path::Path;

const DATA: [&str; 4] = ["statutes", "authorities", "languages", "retention"];

fn main() {
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in DATA {
        let source = format!("data/{name}.toml");
        println!("cargo::rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source).unwrap_or_else(|e| panic!("{source}: {e}"));
        let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{source}: {e}"));
        let json = serde_json::to_string(&value).expect("TOML values are JSON values");
        std::fs::write(Path::new(&out).join(format!("{name}.json")), json)
            .unwrap_or_else(|e| panic!("{name}.json: {e}"));
    }
}
