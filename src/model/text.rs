//! Value types shared by the whole notice: localized text, languages, dates
//! and statute references.
//!
//! Several of them accept two YAML shapes (a plain string or a mapping). Their
//! JSON Schema is written by hand as `"type": ["string", "object"]` with the
//! object's properties, not as an `anyOf`, so that a validation error points
//! at the exact key or value instead of saying "no alternative matched".

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A language a notice can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Finnish. FI: suomi. SV: finska.
    Fi,
    /// Swedish. FI: ruotsi. SV: svenska.
    Sv,
    /// English. FI: englanti. SV: engelska.
    En,
}

impl Lang {
    /// All languages the tool knows, in their canonical order.
    pub const ALL: [Lang; 3] = [Lang::Fi, Lang::Sv, Lang::En];

    /// The ISO 639-1 code (`fi`, `sv`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fi => "fi",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// Parses an ISO 639-1 code.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl JsonSchema for Lang {
    fn schema_name() -> Cow<'static, str> {
        "Lang".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Language code: `fi` (Finnish), `sv` (Swedish) or `en` (English).\n\nFI: Kielikoodi: `fi` (suomi), `sv` (ruotsi) tai `en` (englanti).\n\nSV: Språkkod: `fi` (finska), `sv` (svenska) eller `en` (engelska).",
            "type": "string",
            "enum": ["fi", "sv", "en"],
            "examples": ["fi"]
        })
    }
}

/// Free text, either a plain string in the notice's first language or a map
/// from language code to string. Text may use Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// Text in the notice's first (main) language.
    Plain(String),
    /// Text per language; at least one language is present.
    Localized(BTreeMap<Lang, String>),
}

impl Text {
    /// The text in `lang`, where the plain form counts as `main`.
    pub fn get(&self, lang: Lang, main: Lang) -> Option<&str> {
        match self {
            Text::Plain(s) if lang == main => Some(s),
            Text::Plain(_) => None,
            Text::Localized(map) => map.get(&lang).map(String::as_str),
        }
    }

    /// Every language version with its language (`main` for the plain form).
    pub fn versions(&self, main: Lang) -> Vec<(Lang, &str)> {
        match self {
            Text::Plain(s) => vec![(main, s.as_str())],
            Text::Localized(map) => map.iter().map(|(l, s)| (*l, s.as_str())).collect(),
        }
    }

    /// All strings of the text, in any language.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        let v: Vec<&str> = match self {
            Text::Plain(s) => vec![s.as_str()],
            Text::Localized(map) => map.values().map(String::as_str).collect(),
        };
        v.into_iter()
    }

    /// True when every language version is blank.
    pub fn is_blank(&self) -> bool {
        self.all().all(|s| s.trim().is_empty())
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Text::Plain(v) => v.serialize(s),
            Text::Localized(map) => map.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Plain(String),
            Localized(BTreeMap<Lang, String>),
        }
        Ok(match Raw::deserialize(d)? {
            Raw::Plain(s) => Text::Plain(s),
            Raw::Localized(m) => Text::Localized(m),
        })
    }
}

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let lang = |en: &str, fi: &str, sv: &str, example: &str| {
            serde_json::json!({
                "type": "string",
                "description": format!("{en}\n\nFI: {fi}\n\nSV: {sv}"),
                "examples": [example]
            })
        };
        json_schema!({
            "description": "Text: a plain string in the notice's first language, or a map of language code to text (`fi`, `sv`, `en`). Markdown is allowed.\n\nFI: Teksti: merkkijono selosteen ensimmäisellä kielellä tai kieliversiot avaimilla `fi`, `sv`, `en`. Markdown on sallittu.\n\nSV: Text: en textsträng på beskrivningens första språk eller språkversioner med nycklarna `fi`, `sv`, `en`. Markdown är tillåtet.",
            "type": ["string", "object"],
            "properties": {
                "fi": lang("Finnish text.", "Suomenkielinen teksti.", "Text på finska.", "Asiakasrekisteri"),
                "sv": lang("Swedish text.", "Ruotsinkielinen teksti.", "Text på svenska.", "Klientregister"),
                "en": lang("English text.", "Englanninkielinen teksti.", "Text på engelska.", "Client register")
            },
            "additionalProperties": false,
            "minProperties": 1,
            "examples": ["Lastensuojelun asiakasrekisteri", {"fi": "Asiakasrekisteri", "sv": "Klientregister"}]
        })
    }
}

/// A calendar date written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2024.
    pub year: i32,
    /// Month, 1-12.
    pub month: u32,
    /// Day of month, 1-31.
    pub day: u32,
}

impl Date {
    /// Builds a date, checking that it exists in the calendar.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days)
            .contains(&day)
            .then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = &s[r];
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())
                .flatten()
        };
        Date::new(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }

    /// The date `months` calendar months later (the day is clamped to the
    /// month's length).
    pub fn add_months(self, months: u32) -> Date {
        let total = self.year * 12 + (self.month as i32 - 1) + months as i32;
        let (year, month) = (total.div_euclid(12), total.rem_euclid(12) as u32 + 1);
        let mut day = self.day;
        loop {
            if let Some(d) = Date::new(year, month, day) {
                return d;
            }
            day -= 1;
        }
    }

    /// The UTC date of a Unix timestamp (seconds).
    pub fn from_unix(secs: i64) -> Date {
        // Howard Hinnant's civil_from_days.
        let z = secs.div_euclid(86_400) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Today's UTC date from the system clock. Only the CLI calls this; the
    /// library takes dates as arguments.
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        Date::from_unix(secs)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!("`{s}` is not a date of the form YYYY-MM-DD"))
        })
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date written YYYY-MM-DD.\n\nFI: Päivämäärä muodossa VVVV-KK-PP.\n\nSV: Datum i formen ÅÅÅÅ-MM-DD.",
            "type": "string",
            "format": "date",
            "examples": ["2024-05-31"]
        })
    }
}

/// A reference to a statute: `1301/2014`, `812/2000 20 §`, or a mapping with
/// the citation and the title as written in the notice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum LawRef {
    /// Citation only, e.g. `812/2000 20 §`.
    Cite(String),
    /// Citation with a title as the notice writes it.
    Titled {
        /// The citation, e.g. `812/2000 20 §`.
        cite: String,
        /// The title of the act as written in the notice.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
    },
}

impl LawRef {
    /// The citation, e.g. `812/2000 20 §`.
    pub fn cite(&self) -> &str {
        match self {
            LawRef::Cite(c) | LawRef::Titled { cite: c, .. } => c,
        }
    }

    /// The title written next to the citation, if any.
    pub fn title(&self) -> Option<&str> {
        match self {
            LawRef::Cite(_) => None,
            LawRef::Titled { title, .. } => title.as_deref(),
        }
    }
}

impl JsonSchema for LawRef {
    fn schema_name() -> Cow<'static, str> {
        "LawRef".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A statute reference in the Finnish form `number/year`, optionally with a section: `812/2000 20 §`. EU acts are written `(EU) 2016/679`. As a mapping, `cite` is the reference and `title` the title of the act as the notice writes it.\n\nFI: Säädösviittaus muodossa `numero/vuosi`, tarvittaessa pykälän kanssa: `812/2000 20 §`. EU-säädökset muodossa `(EU) 2016/679`. Kartassa `cite` on viittaus ja `title` säädöksen nimi selosteen kirjoittamana.\n\nSV: Hänvisning till en författning i formen `nummer/år`, vid behov med paragraf: `812/2000 20 §`. EU-rättsakter i formen `(EU) 2016/679`. I en mappning är `cite` hänvisningen och `title` författningens rubrik så som beskrivningen skriver den.",
            "type": ["string", "object"],
            "minLength": 1,
            "properties": {
                "cite": {
                    "type": "string",
                    "minLength": 1,
                    "description": "The reference, e.g. `812/2000 20 §`.\n\nFI: Viittaus, esim. `812/2000 20 §`.\n\nSV: Hänvisning, t.ex. `812/2000 20 §`.",
                    "examples": ["812/2000 20 §"]
                },
                "title": {
                    "type": "string",
                    "description": "The title of the act as written in the notice.\n\nFI: Säädöksen nimi selosteen kirjoittamana.\n\nSV: Författningens rubrik så som den skrivs i beskrivningen.",
                    "examples": ["Laki sosiaalihuollon asiakkaan asemasta ja oikeuksista"]
                }
            },
            "required": ["cite"],
            "additionalProperties": false,
            "examples": ["1301/2014", {"cite": "812/2000 20 §", "title": "Laki sosiaalihuollon asiakkaan asemasta ja oikeuksista"}]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_and_reject() {
        assert_eq!(Date::parse("2024-02-29"), Date::new(2024, 2, 29));
        assert!(Date::parse("2023-02-29").is_none());
        assert!(Date::parse("2023-13-01").is_none());
        assert!(Date::parse("14.9.2018").is_none());
        assert!(Date::parse("2023-1-01").is_none());
    }

    #[test]
    fn months_are_added_with_clamping() {
        let d = Date::new(2024, 1, 31).unwrap();
        assert_eq!(d.add_months(1), Date::new(2024, 2, 29).unwrap());
        assert_eq!(d.add_months(24), Date::new(2026, 1, 31).unwrap());
    }

    #[test]
    fn unix_timestamps_become_dates() {
        assert_eq!(Date::from_unix(0), Date::new(1970, 1, 1).unwrap());
        assert_eq!(
            Date::from_unix(1_795_305_600),
            Date::new(2026, 11, 22).unwrap()
        );
    }
}
