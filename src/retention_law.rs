//! The statutory retention periods of social welfare and health care client
//! documents (the annex of the law on client data 703/2023), from
//! `data/retention.toml`, so that a notice's retention period can be
//! compared with the law's.

use std::sync::LazyLock;

use serde::Deserialize;

/// One row of the annex.
#[derive(Debug, Deserialize)]
pub struct Period {
    /// Kebab-case id of the row.
    pub id: String,
    /// The annex's words for the documents or service (Finnish).
    pub document_fi: String,
    /// Word stems a notice uses for these documents, Finnish.
    #[serde(default)]
    pub keywords_fi: Vec<String>,
    /// Word stems, Swedish.
    #[serde(default)]
    pub keywords_sv: Vec<String>,
    /// The annex's wording of the period (Finnish).
    pub period_fi: String,
    /// The period in years from `from_event`, where it is a fixed number.
    #[serde(default)]
    pub years: Option<u32>,
    /// What the period runs from: `death`, `birth`,
    /// `end_of_client_relationship`, `document_date` or `other`.
    #[serde(default)]
    pub from_event: Option<String>,
    /// `fixed` (at least this long), `maximum` or `optional`.
    #[serde(default)]
    pub binding: Option<String>,
    /// Whether the row was read and confirmed from its sources.
    #[serde(default)]
    pub verified: Option<bool>,
}

#[derive(Debug, Deserialize)]
struct File {
    period: Vec<Period>,
}

/// The annex shipped in the binary.
static ANNEX: LazyLock<Vec<Period>> = LazyLock::new(|| {
    serde_json::from_str::<File>(embedded_data!("retention"))
        .expect("data/retention.toml is valid")
        .period
});

/// The event a period written in a notice runs from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    /// The client's death.
    Death,
    /// The client's birth.
    Birth,
    /// Anything else (the end of the client relationship, the document).
    Other,
}

/// Numbers written as words ("yhden vuoden", "fem år", "ten years").
const NUMBER_WORDS: &[(&str, u32)] = &[
    ("yksi", 1),
    ("yhden", 1),
    ("kaksi", 2),
    ("kahden", 2),
    ("kolme", 3),
    ("kolmen", 3),
    ("neljä", 4),
    ("neljän", 4),
    ("viisi", 5),
    ("viiden", 5),
    ("kuusi", 6),
    ("kuuden", 6),
    ("kymmenen", 10),
    ("ett", 1),
    ("två", 2),
    ("tre", 3),
    ("fyra", 4),
    ("fem", 5),
    ("sex", 6),
    ("tio", 10),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("ten", 10),
];

/// A period as a notice writes it: the first number of years and the event.
pub fn written_period(lower: &str) -> Option<(u32, Event)> {
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let years = words.windows(2).find_map(|w| {
        let unit = ["vuo", "år", "ar", "year"]
            .iter()
            .any(|u| w[1].starts_with(u));
        let n = w[0].parse::<u32>().ok().or_else(|| {
            NUMBER_WORDS
                .iter()
                .find(|(word, _)| w[0] == *word)
                .map(|(_, n)| *n)
        });
        n.filter(|_| unit)
    })?;
    let event = if ["kuolem", "död", "death"].iter().any(|e| lower.contains(e)) {
        Event::Death
    } else if ["syntym", "födelse", "birth"]
        .iter()
        .any(|e| lower.contains(e))
    {
        Event::Birth
    } else {
        Event::Other
    };
    Some((years, event))
}

/// The first binding row of the annex whose words `lower` uses, if any.
pub fn row_for(lower: &str) -> Option<&'static Period> {
    ANNEX.iter().find(|p| {
        p.binding.as_deref() == Some("fixed")
            && p.verified != Some(false)
            && p.years.is_some()
            && p.keywords_fi
                .iter()
                .chain(&p.keywords_sv)
                .any(|k| lower.contains(k.as_str()))
    })
}

/// Whether a written period (years from an event) is shorter than the
/// annex row's: from another event than the client's death where the law
/// counts from death (a lifetime), or fewer years from the same kind of
/// event. Periods that cannot be compared are not shorter.
pub fn shorter(written: (u32, Event), row: &Period) -> bool {
    let (years, event) = written;
    let Some(law) = row.years else { return false };
    match row.from_event.as_deref() {
        Some("death") => event != Event::Death || years < law,
        Some("birth") => event == Event::Birth && years < law,
        _ => event == Event::Other && years < law,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_annex_loads_and_rows_are_found_by_their_words() {
        assert!(ANNEX.len() >= 30);
        let row = row_for("lastensuojelun asiakasasiakirjat").unwrap();
        assert_eq!(row.id, "child-welfare");
        assert!(shorter(
            written_period("5 vuotta asiakkuuden päättymisestä").unwrap(),
            row
        ));
        assert!(!shorter(
            written_period("2 vuotta asiakkaan kuolemasta").unwrap(),
            row
        ));
        let families = row_for("lapsiperheiden palvelut").unwrap();
        assert_eq!(families.years, Some(30));
        assert!(shorter(written_period("10 vuotta").unwrap(), families));
        assert!(!shorter(
            written_period("30 vuotta asiakkuuden päättymisestä").unwrap(),
            families
        ));
        assert_eq!(written_period("säilytetään pysyvästi"), None);
        assert_eq!(
            written_period("noin yhden vuoden ajan"),
            Some((1, Event::Other))
        );
    }
}
