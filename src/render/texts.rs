//! The standard texts of rendered notices (`data/texts.toml`): headings,
//! labels, what each right means, standard statements, in fi, sv and en.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use toml::Value;

use crate::model::Lang;

/// The texts table.
pub struct Texts {
    root: toml::Table,
}

/// The texts shipped in the binary.
pub static TEXTS: LazyLock<Texts> = LazyLock::new(|| Texts {
    root: toml::from_str(include_str!("../../data/texts.toml")).expect("data/texts.toml is valid"),
});

impl Texts {
    fn entry(&self, path: &str) -> Option<&toml::Table> {
        let mut v: &toml::Table = &self.root;
        for part in path.split('.') {
            v = v.get(part)?.as_table()?;
        }
        Some(v)
    }

    /// The text at a dotted path (`section.controller`) in `lang`. A missing
    /// entry yields the path itself, so a typo shows in the output instead of
    /// failing (a test checks that every key the code uses exists).
    pub fn get<'a>(&'a self, path: &'a str, lang: Lang) -> &'a str {
        self.try_get(path, lang).unwrap_or(path)
    }

    /// The text at a dotted path in `lang`, if it exists.
    pub fn try_get(&self, path: &str, lang: Lang) -> Option<&str> {
        self.entry(path)?.get(lang.code())?.as_str()
    }

    /// Every entry of a table (e.g. `labels`) in `lang`, by key.
    pub fn table(&self, name: &str, lang: Lang) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        if let Some(Value::Table(t)) = self.root.get(name) {
            for (k, v) in t {
                if let Some(s) = v.get(lang.code()).and_then(Value::as_str) {
                    out.insert(k.clone(), s.to_owned());
                }
            }
        }
        out
    }

    /// Every dotted path of the file that holds language entries.
    pub fn paths(&self) -> Vec<String> {
        fn go(prefix: &str, t: &toml::Table, out: &mut Vec<String>) {
            for (k, v) in t {
                let path = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                if let Value::Table(inner) = v {
                    if inner.values().all(Value::is_str) {
                        out.push(path);
                    } else {
                        go(&path, inner, out);
                    }
                }
            }
        }
        let mut out = Vec::new();
        go("", &self.root, &mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_has_three_languages() {
        let paths = TEXTS.paths();
        assert!(paths.len() > 150);
        for p in paths {
            for l in Lang::ALL {
                assert!(
                    TEXTS.try_get(&p, l).is_some_and(|s| !s.trim().is_empty()),
                    "{p} {l}"
                );
            }
        }
    }
}
