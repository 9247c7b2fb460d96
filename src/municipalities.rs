//! The language status of Finnish municipalities and wellbeing services
//! counties (`data/languages.toml`): which are bilingual, by the government
//! decree in force on a date (kielilaki 423/2003 5-6 §), so that a bilingual
//! authority's notice can be expected in Finnish and Swedish (32 §).

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::model::{Date, Lang, Text};

#[derive(Debug, Deserialize)]
struct Period {
    decree: String,
    from: Date,
    until: Date,
    bilingual_finnish_majority: Vec<String>,
    bilingual_swedish_majority: Vec<String>,
    sv_names: HashMap<String, String>,
}

/// A bilingual wellbeing services county or other organiser of social and
/// health care.
#[derive(Debug, Deserialize)]
struct Organiser {
    name: String,
    sv: String,
    majority: Lang,
}

#[derive(Debug, Deserialize)]
struct File {
    period: Vec<Period>,
    wellbeing_county: Vec<Organiser>,
    other_sote_organiser: Vec<Organiser>,
    fi_genitive: HashMap<String, String>,
}

/// The data shipped in the binary.
static DATA: LazyLock<File> = LazyLock::new(|| {
    serde_json::from_str(embedded_data!("languages")).expect("data/languages.toml is valid")
});

/// A bilingual authority a controller's name names.
#[derive(Debug, Clone, PartialEq)]
pub struct Bilingual {
    /// Its name as the data give it (Finnish).
    pub name: String,
    /// The language of the majority: the notice's first language is
    /// expected to be this one.
    pub majority: Lang,
    /// What makes it bilingual: the decree (`1385/2022`) or the act on the
    /// language status of authorities for counties.
    pub source: String,
}

/// Words that make a name an authority's rather than a company's or an
/// association's ("Espoon kaupunki", not "Espoon Asunnot Oy").
const AUTHORITY_WORDS: &[&str] = &[
    "kaupunki",
    "kunta",
    "hyvinvointialue",
    "hyvinvointiyhtymä",
    "kuntayhtymä",
    "stad",
    "kommun",
    "välfärdsområde",
    "sammanslutning",
    "samkommun",
    "city of",
    "municipality",
    "wellbeing services county",
];

/// Whether `word` (lower case) is the name `name` in the nominative or the
/// genitive ("helsinki", "helsingin", "helsingfors", "helsingfors'").
fn names(word: &str, fi: &str, genitive: Option<&String>, sv: Option<&String>) -> bool {
    let fi = fi.to_lowercase();
    word == fi
        || genitive.is_some_and(|g| word == g.to_lowercase())
        || sv.is_some_and(|s| {
            let s = s.to_lowercase();
            word == s || *word == format!("{s}s")
        })
}

/// The bilingual authority that a controller named `name` is, on `date`:
/// a bilingual municipality by the decree in force, a bilingual wellbeing
/// services county, or another bilingual organiser of social and health
/// care (Helsinki, HUS). A name without an authority word ("kaupunki",
/// "kommun", "hyvinvointialue" …) is not looked up.
pub fn bilingual(name: &Text, date: Date) -> Option<Bilingual> {
    let all: Vec<String> = name.all().map(str::to_lowercase).collect();
    if !all
        .iter()
        .any(|n| AUTHORITY_WORDS.iter().any(|w| n.contains(w)))
    {
        return None;
    }
    municipality(&all, date).or_else(|| county(&all))
}

/// A bilingual municipality named in `all` (lower-case names), by the
/// decree in force on `date`.
fn municipality(all: &[String], date: Date) -> Option<Bilingual> {
    let d = &*DATA;
    let period = d
        .period
        .iter()
        .find(|p| p.from <= date && date <= p.until)?;
    let lists = [
        (&period.bilingual_finnish_majority, Lang::Fi),
        (&period.bilingual_swedish_majority, Lang::Sv),
    ];
    for n in all {
        let words: Vec<&str> = n
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .collect();
        for (list, majority) in lists {
            for m in list {
                // "Pedersören kunta" is one name of two words.
                let first = m.split_whitespace().next().unwrap_or(m);
                let hit = words
                    .iter()
                    .any(|w| names(w, first, d.fi_genitive.get(m), period.sv_names.get(m)));
                if hit {
                    return Some(Bilingual {
                        name: m.clone(),
                        majority,
                        source: period.decree.clone(),
                    });
                }
            }
        }
    }
    None
}

/// A bilingual wellbeing services county or other organiser of social and
/// health care (HUS) named in `all`.
fn county(all: &[String]) -> Option<Bilingual> {
    let d = &*DATA;
    let named = |fi: &str, sv: &str| {
        all.iter()
            .any(|n| n.contains(&fi.to_lowercase()) || n.contains(&sv.to_lowercase()))
    };
    d.wellbeing_county
        .iter()
        .chain(&d.other_sote_organiser)
        .find(|o| named(&o.name, &o.sv))
        .map(|o| Bilingual {
            name: o.name.clone(),
            majority: o.majority,
            source: "423/2003 6 §".to_owned(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Text {
        Text::Plain(s.to_owned())
    }

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn bilingual_authorities_by_their_names() {
        let b = bilingual(&t("Helsingin kaupunki"), d("2026-01-01")).unwrap();
        assert_eq!((b.name.as_str(), b.majority), ("Helsinki", Lang::Fi));
        assert_eq!(b.source, "1385/2022");
        let b = bilingual(&t("Korsholms kommun"), d("2026-01-01")).unwrap();
        assert_eq!((b.name.as_str(), b.majority), ("Mustasaari", Lang::Sv));
        let b = bilingual(&t("Kauniaisten kaupunki"), d("2026-01-01")).unwrap();
        assert_eq!(b.name, "Kauniainen");
        let b = bilingual(&t("Länsi-Uudenmaan hyvinvointialue"), d("2026-01-01")).unwrap();
        assert_eq!(b.majority, Lang::Fi);
        let b = bilingual(&t("Österbottens välfärdsområde"), d("2026-01-01")).unwrap();
        assert_eq!(b.majority, Lang::Sv);
    }

    #[test]
    fn unilingual_and_non_authorities_are_not() {
        assert!(bilingual(&t("Huittisten kaupunki"), d("2026-01-01")).is_none());
        assert!(bilingual(&t("Espoon Asunnot Oy"), d("2026-01-01")).is_none());
        assert!(bilingual(&t("Pirkanmaan hyvinvointialue"), d("2026-01-01")).is_none());
        // Every data period covers its dates.
        assert!(bilingual(&t("Espoon kaupunki"), d("2014-06-01")).is_some());
    }
}
