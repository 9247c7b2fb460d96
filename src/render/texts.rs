//! The standard texts of rendered notices: headings, labels, what each right
//! means, standard statements, in fi, sv and en. They are the Fluent
//! messages of `locales/<lang>/notice.ftl`, looked up by their dotted key
//! (`section.controller` is the message `section-controller`), formatted
//! once per process.

use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;
#[cfg(test)]
use std::{collections::BTreeSet, sync::Mutex};

use crate::i18n;
use crate::model::Lang;

/// The Fluent area of the standard texts.
pub const AREA: &str = "notice";

/// The standard texts of every language.
pub struct Texts {
    /// Dotted key → text, per language.
    by_lang: HashMap<Lang, BTreeMap<String, String>>,
    /// Keys looked up that do not exist (a test keeps this empty). Only
    /// unit tests keep the records: rendering takes no lock per text.
    #[cfg(test)]
    missing: Mutex<BTreeSet<String>>,
    /// Keys looked up (a test checks that every text is used).
    #[cfg(test)]
    used: Mutex<BTreeSet<String>>,
}

/// The texts shipped in the binary.
pub static TEXTS: LazyLock<Texts> = LazyLock::new(|| {
    let by_lang = Lang::ALL
        .into_iter()
        .map(|lang| {
            let texts = i18n::message_ids(lang, AREA)
                .into_iter()
                .map(|id| {
                    let text = i18n::message(lang, &id, &[]);
                    (id.replace('-', "."), text)
                })
                .collect();
            (lang, texts)
        })
        .collect();
    Texts {
        by_lang,
        #[cfg(test)]
        missing: Mutex::new(BTreeSet::new()),
        #[cfg(test)]
        used: Mutex::new(BTreeSet::new()),
    }
});

impl Texts {
    /// The text at a dotted key (`section.controller`) in `lang`. A missing
    /// entry yields the key itself; under unit tests it is recorded, and a
    /// test renders every notice and rule example in every language and
    /// fails on any.
    pub fn get<'a>(&'a self, path: &'a str, lang: Lang) -> &'a str {
        match self.try_get(path, lang) {
            Some(text) => text,
            None => {
                #[cfg(test)]
                record(&self.missing, path);
                path
            }
        }
    }

    /// The text at a dotted key in `lang`, if it exists.
    pub fn try_get(&self, path: &str, lang: Lang) -> Option<&str> {
        let found = self.by_lang.get(&lang)?.get(path).map(String::as_str);
        #[cfg(test)]
        if found.is_some() {
            record(&self.used, path);
        }
        found
    }

    /// Every entry of a table (e.g. `labels`) in `lang`, by key.
    pub fn table(&self, name: &str, lang: Lang) -> BTreeMap<String, String> {
        let prefix = format!("{name}.");
        let Some(texts) = self.by_lang.get(&lang) else {
            return BTreeMap::new();
        };
        texts
            .range(prefix.clone()..)
            .take_while(|(k, _)| k.starts_with(&prefix))
            .map(|(k, v)| {
                #[cfg(test)]
                record(&self.used, k);
                (k[prefix.len()..].to_owned(), v.clone())
            })
            .collect()
    }

    /// Every dotted key.
    pub fn paths(&self) -> Vec<String> {
        self.by_lang
            .get(&Lang::En)
            .map(|t| t.keys().cloned().collect())
            .unwrap_or_default()
    }

    /// The keys looked up so far that do not exist.
    #[cfg(test)]
    pub fn missing(&self) -> BTreeSet<String> {
        self.missing.lock().map(|m| m.clone()).unwrap_or_default()
    }

    /// The keys looked up so far that exist.
    #[cfg(test)]
    pub fn used(&self) -> BTreeSet<String> {
        self.used.lock().map(|m| m.clone()).unwrap_or_default()
    }
}

/// Adds `key` to a record of keys looked up.
#[cfg(test)]
fn record(set: &Mutex<BTreeSet<String>>, key: &str) {
    if let Ok(mut s) = set.lock()
        && !s.contains(key)
    {
        s.insert(key.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every standard text the view builders ask for exists, and every text
    /// is asked for by some notice of the test corpus, in every language.
    #[test]
    fn every_text_the_views_use_exists_and_every_text_is_used() {
        use crate::effective::{Effective, StandardTexts};
        let sources = crate::rules::corpus();
        let settings = crate::rules::Settings::new(crate::model::Date::new(2026, 6, 1).expect("d"));
        for src in &sources {
            let checked = crate::check::check_bytes("n.yaml".into(), src.as_bytes(), &settings);
            let Some(loaded) = checked.loaded else {
                continue;
            };
            for mode in [StandardTexts::Fill, StandardTexts::DeclaredOnly] {
                let effective = Effective::new(&loaded.notice, mode);
                for lang in Lang::ALL {
                    let _ = crate::render::view::build(&effective, lang, None);
                }
            }
        }
        assert!(
            TEXTS.missing().is_empty(),
            "texts asked for but missing: {:?}",
            TEXTS.missing()
        );
        let used = TEXTS.used();
        // Texts of the site pages (index, accessibility statement), which
        // these views do not build.
        let site_pages = ["labels.", "a11y.", "lang_name."];
        let unused: Vec<String> = TEXTS
            .paths()
            .into_iter()
            .filter(|p| !used.contains(p) && !site_pages.iter().any(|s| p.starts_with(s)))
            .collect();
        assert!(unused.is_empty(), "texts no view uses: {unused:?}");
    }

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
