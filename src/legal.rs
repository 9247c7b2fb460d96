//! Legal reference data shipped in the binary: Finnish statutes
//! (`data/statutes.toml`) and the supervisory authority with obsolete agency
//! names (`data/authorities.toml`). Rules and renderers read them from here,
//! so fixing a title or an address in the data fixes every notice.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::model::{Date, Lang};

/// Text in the three notice languages; Swedish and English may be missing.
#[derive(Debug, Clone, Deserialize)]
pub struct Tri {
    /// Finnish.
    pub fi: String,
    /// Swedish.
    #[serde(default)]
    pub sv: Option<String>,
    /// English.
    #[serde(default)]
    pub en: Option<String>,
}

impl Tri {
    /// The text in `lang`, falling back to Finnish, with the language it is in.
    pub fn get(&self, lang: Lang) -> (&str, Lang) {
        match lang {
            Lang::Sv => self.sv.as_deref().map(|s| (s, Lang::Sv)),
            Lang::En => self.en.as_deref().map(|s| (s, Lang::En)),
            Lang::Fi => None,
        }
        .unwrap_or((&self.fi, Lang::Fi))
    }

    /// Every language version.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.fi.as_str())
            .chain(self.sv.as_deref())
            .chain(self.en.as_deref())
    }
}

/// An earlier official title of an act.
#[derive(Debug, Clone, Deserialize)]
pub struct FormerTitle {
    /// Finnish title.
    pub fi: String,
    /// Swedish title.
    #[serde(default)]
    pub sv: Option<String>,
    /// Last day the title was valid.
    #[serde(default)]
    pub until: Option<String>,
}

/// One act.
#[derive(Debug, Clone, Deserialize)]
pub struct Statute {
    /// `N/YYYY`, or `(EU) YYYY/N` for EU acts.
    pub number: String,
    /// `act`, `decree`, `eu_regulation` or `amendment`.
    pub kind: String,
    /// For an amending act (`kind = "amendment"`): the act it amends, whose
    /// status it shares; a citation of it resolves to that act.
    #[serde(default)]
    pub amends: Option<String>,
    /// Official title.
    pub title: Tri,
    /// Common short names.
    #[serde(default)]
    pub short: Option<HashMap<String, String>>,
    /// Lower-case name forms used without a number.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Typos seen in real notices.
    #[serde(default)]
    pub misspellings: Vec<String>,
    /// Earlier official titles.
    #[serde(default)]
    pub former_titles: Vec<FormerTitle>,
    /// In force from.
    #[serde(default, deserialize_with = "opt_date")]
    pub in_force_from: Option<Date>,
    /// First day no longer in force.
    #[serde(default, deserialize_with = "opt_date")]
    pub repealed_on: Option<Date>,
    /// The repealing act.
    #[serde(default)]
    pub repealed_by: Option<String>,
    /// What replaces it for privacy-notice purposes.
    #[serde(default)]
    pub successor: Vec<String>,
    /// Official database address.
    #[serde(default)]
    pub url: Option<String>,
    /// Whether identity and status were confirmed from sources.
    pub verified: bool,
    /// The fields not confirmed from a source (`repealed_on`, `sv`, ...).
    #[serde(default)]
    pub unverified_fields: Vec<String>,
    /// The pages that support the entry (`data/README.md`).
    #[serde(default)]
    pub sources: Vec<String>,
    /// Every name of the act in lower case: its titles (fi, sv, en), then
    /// its aliases. Derived by `build.rs`, not written in the data.
    #[serde(default)]
    names: Vec<String>,
    /// The names in the form [`normalise_title`] gives, computed once.
    #[serde(skip)]
    normalised: std::sync::OnceLock<Vec<String>>,
}

fn opt_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
    let s: Option<String> = Option::deserialize(d)?;
    s.map(|s| Date::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("bad date {s}"))))
        .transpose()
}

impl Statute {
    /// Whether the act is repealed on `date`.
    pub fn repealed(&self, date: Date) -> bool {
        self.repealed_on.is_some_and(|r| r <= date)
    }

    /// Whether `field` (`repealed_on`, `in_force_from`, `title`, ...) was
    /// confirmed from the entry's sources. Unconfirmed facts are never the
    /// ground of an error-level finding.
    pub fn confirmed(&self, field: &str) -> bool {
        self.verified && !self.unverified_fields.iter().any(|f| f.starts_with(field))
    }

    /// Whether the act was already in force on `date` (unknown counts as yes).
    pub fn in_force_by(&self, date: Date) -> bool {
        self.in_force_from.is_none_or(|f| f <= date)
    }

    /// The title in `lang` (Finnish when not known), with its language.
    pub fn title_in(&self, lang: Lang) -> (&str, Lang) {
        self.title.get(lang)
    }

    /// `Title (number)`, e.g. `Lastensuojelulaki (417/2007)`.
    pub fn label(&self) -> String {
        if self.kind == "eu_regulation" {
            return self
                .short
                .as_ref()
                .and_then(|s| s.get("fi").cloned())
                .map(|s| format!("{s} {}", self.number))
                .unwrap_or_else(|| self.number.clone());
        }
        format!("{} ({})", self.title.fi, self.number)
    }

    /// Whether a title already normalised ([`normalise_title`]) is one of
    /// this act's names, up to the inflection of its last word.
    fn names_match(&self, normalised: &str) -> bool {
        self.normalised_names()
            .iter()
            .any(|n| n == normalised || stem_eq(n, normalised))
    }

    fn normalised_names(&self) -> &[String] {
        self.normalised
            .get_or_init(|| self.names().map(normalise_title).collect())
    }

    fn names(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(String::as_str)
    }
}

#[derive(Debug, Deserialize)]
struct StatuteFile {
    statute: Vec<Statute>,
}

/// How a citation was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CiteForm {
    /// `N/YYYY` (or `(EU) YYYY/N`).
    Proper,
    /// `YYYY/N` for a national act.
    Reversed,
    /// An EU act without `(EU)`.
    EuBare,
}

/// A number found in a citation.
#[derive(Debug, Clone)]
pub struct Citation {
    /// The number in its proper form, `N/YYYY` or `(EU) YYYY/N`.
    pub number: String,
    /// As written.
    pub written: String,
    /// How it was written.
    pub form: CiteForm,
    /// The act, when the data know it.
    pub statute: Option<&'static Statute>,
}

/// The statute table.
pub struct Statutes {
    list: Vec<Statute>,
    /// Every name (lower case) with its acts, longest first, and one
    /// automaton that finds them all in one pass over a text; built on
    /// first use.
    names: std::sync::OnceLock<NameIndex>,
    /// Position in `list` by number (numbers are unique, tested).
    numbers: HashMap<String, usize>,
}

/// Every statute name, found where a word starts: a name is only taken at
/// word boundaries, so instead of an automaton over all names (whose
/// construction cost more than a one-file check), the names are grouped by
/// their first word and tried at each word start whose word is one.
struct NameIndex {
    /// Names (lower case) with their acts, longest first.
    names: Vec<(&'static str, Vec<&'static Statute>)>,
    /// Positions in `names` by the name's first word, in that order
    /// (looked up at every word of a notice: foldhash, not SipHash).
    by_first_word: HashMap<&'static str, Vec<usize>, foldhash::fast::RandomState>,
}

/// The first word of `s`: its leading alphanumeric characters.
fn first_word(s: &str) -> &str {
    let end = s
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(s.len(), |(i, _)| i);
    &s[..end]
}

impl NameIndex {
    fn new(list: &'static [Statute]) -> NameIndex {
        let mut names: Vec<(&'static str, Vec<&'static Statute>)> = Vec::new();
        let mut at: HashMap<&'static str, usize> = HashMap::new();
        for s in list {
            for n in s.names() {
                match at.get(n) {
                    Some(&i) => names[i].1.push(s),
                    None => {
                        at.insert(n, names.len());
                        names.push((n, vec![s]));
                    }
                }
            }
        }
        names.sort_by_cached_key(|n| std::cmp::Reverse(n.0.chars().count()));
        let mut by_first_word: HashMap<&'static str, Vec<usize>, _> = HashMap::default();
        for (i, (n, _)) in names.iter().enumerate() {
            by_first_word.entry(first_word(n)).or_default().push(i);
        }
        NameIndex {
            names,
            by_first_word,
        }
    }

    /// Every occurrence of a name in `lower` not inside a longer word, as
    /// (position in `names`, start, end). A name starts with a letter or
    /// digit (tested), so it can only start where a word does.
    fn hits(&self, lower: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        // One pass over the words: each maximal run of letters and digits.
        let mut word_start: Option<usize> = None;
        for (i, c) in lower
            .char_indices()
            .chain(std::iter::once((lower.len(), ' ')))
        {
            match (c.is_alphanumeric(), word_start) {
                (true, None) => word_start = Some(i),
                (false, Some(start)) => {
                    word_start = None;
                    if let Some(candidates) = self.by_first_word.get(&lower[start..i]) {
                        self.try_names(candidates, lower, start, &mut out);
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// The names of `candidates` that occur at `start` of `lower`, not
    /// followed by a letter or digit.
    fn try_names(
        &self,
        candidates: &[usize],
        lower: &str,
        start: usize,
        out: &mut Vec<(usize, usize, usize)>,
    ) {
        let rest = &lower[start..];
        for &i in candidates {
            let name = self.names[i].0;
            if rest.starts_with(name)
                && !rest[name.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
            {
                out.push((i, start, start + name.len()));
            }
        }
    }
}

/// The statutes shipped in the binary.
pub static STATUTES: LazyLock<Statutes> = LazyLock::new(|| {
    let file: StatuteFile =
        serde_json::from_str(embedded_data!("statutes")).expect("data/statutes.toml is valid");
    let numbers = file
        .statute
        .iter()
        .enumerate()
        .map(|(i, s)| (s.number.clone(), i))
        .collect();
    Statutes {
        list: file.statute,
        names: std::sync::OnceLock::new(),
        numbers,
    }
});

fn is_year(s: &str) -> bool {
    s.len() == 4 && s.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y))
}

impl Statutes {
    /// Every act.
    pub fn all(&'static self) -> &'static [Statute] {
        &self.list
    }

    /// The act with this proper number.
    pub fn by_number(&'static self, number: &str) -> Option<&'static Statute> {
        self.numbers.get(number).map(|&i| &self.list[i])
    }

    /// The act a citation of `s` means: `s` itself, or for an amending act
    /// the act it amends (followed through at most a few amendments of
    /// amendments; an amended act not in the data leaves `s`).
    pub fn resolve(&'static self, s: &'static Statute) -> &'static Statute {
        let mut cur = s;
        for _ in 0..4 {
            match cur.amends.as_deref().and_then(|n| self.by_number(n)) {
                Some(next) => cur = next,
                None => break,
            }
        }
        cur
    }

    /// The statute numbers written in `text` (`812/2000`, `2009/661`,
    /// `(EU) 2016/679`, `2016/679`), each with its form.
    pub fn citations(&'static self, text: &str) -> Vec<Citation> {
        let mut out = Vec::new();
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            if i + 1 >= b.len() || b[i] != b'/' || !b[i + 1].is_ascii_digit() {
                continue;
            }
            let left = &text[start..i];
            i += 1;
            let rstart = i;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
            let right = &text[rstart..i];
            let written = &text[start..i];
            let eu_marked = text[..start].trim_end().ends_with("(EU)")
                || text[..start].trim_end().ends_with("(EY)");
            let (number, form) = if is_year(right) && !(eu_marked && is_year(left)) {
                (
                    format!("{}/{right}", left.trim_start_matches('0')),
                    CiteForm::Proper,
                )
            } else if is_year(left) {
                let eu = format!("(EU) {left}/{right}");
                if self.by_number(&eu).is_some() || eu_marked {
                    let form = if eu_marked {
                        CiteForm::Proper
                    } else {
                        CiteForm::EuBare
                    };
                    (eu, form)
                } else {
                    (format!("{right}/{left}"), CiteForm::Reversed)
                }
            } else {
                continue;
            };
            let statute = self.by_number(&number).map(|s| self.resolve(s));
            out.push(Citation {
                number,
                written: written.to_owned(),
                form,
                statute,
            });
        }
        out
    }

    /// The acts named (by title or alias, without a number) in `text`, as of
    /// `date`: a name shared by several acts resolves to the one in force on
    /// that date. Longer names win over names they contain.
    pub fn named_in(&'static self, text: &str, date: Date) -> Vec<&'static Statute> {
        self.named_in_lower(&text.to_lowercase(), date)
    }

    /// [`Statutes::named_in`] for a text already in lower case.
    pub fn named_in_lower(&'static self, lower: &str, date: Date) -> Vec<&'static Statute> {
        let index = self.names.get_or_init(|| NameIndex::new(&self.list));
        // Every occurrence of every name; then longer names first, each
        // occurrence left to right, skipping places a longer name has taken.
        let mut hits = index.hits(lower);
        hits.sort_unstable();
        let mut taken: Vec<(usize, usize)> = Vec::new();
        let mut found: Vec<&'static Statute> = Vec::new();
        for (i, at, end) in hits {
            if taken.iter().any(|&(a, e)| at < e && a < end) {
                continue;
            }
            taken.push((at, end));
            // All acts with this name; the one in force on `date` wins,
            // else the most recent one.
            let mut candidates = index.names[i].1.clone();
            candidates.sort_by_key(|s| s.in_force_from);
            let pick = candidates
                .iter()
                .rev()
                .find(|s| s.in_force_by(date) && !s.repealed(date))
                .or_else(|| candidates.iter().rev().find(|s| s.in_force_by(date)))
                .or(candidates.last());
            if let Some(s) = pick.map(|s| self.resolve(s))
                && !found.iter().any(|f| std::ptr::eq(*f, s))
            {
                found.push(s);
            }
        }
        found
    }

    /// Whether `title` (as a notice writes it) names `statute`: its title
    /// or an alias, ignoring case, a leading "laki" and inflection of the
    /// last word's ending.
    pub fn title_matches(statute: &Statute, title: &str) -> bool {
        statute.names_match(&normalise_title(title))
    }

    /// The former title of `statute` that `title` matches.
    pub fn former_title<'s>(statute: &'s Statute, title: &str) -> Option<&'s FormerTitle> {
        let t = normalise_title(title);
        statute.former_titles.iter().find(|f| {
            std::iter::once(f.fi.as_str())
                .chain(f.sv.as_deref())
                .any(|x| normalise_title(x) == t)
        })
    }

    /// The acts whose title or alias `title` matches.
    pub fn by_title(&'static self, title: &str) -> Vec<&'static Statute> {
        let t = normalise_title(title);
        self.list.iter().filter(|s| s.names_match(&t)).collect()
    }

    /// The acts in force on `date` that replace `statute`, following chains
    /// of successors.
    pub fn current_successors(
        &'static self,
        statute: &Statute,
        date: Date,
    ) -> Vec<&'static Statute> {
        let mut out: Vec<&'static Statute> = Vec::new();
        let mut queue: Vec<String> = statute.successor.clone();
        let mut seen = 0;
        while let Some(n) = queue.pop() {
            seen += 1;
            if seen > 20 {
                break;
            }
            let Some(s) = self.by_number(&n) else {
                continue;
            };
            if s.repealed(date) && !s.successor.is_empty() {
                queue.extend(s.successor.iter().cloned());
            } else if !out.iter().any(|o| std::ptr::eq(*o, s)) {
                out.push(s);
            }
        }
        out.reverse();
        out
    }
}

fn normalise_title(t: &str) -> String {
    t.to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_owned()
}

/// Same words up to inflected endings of the last word ("lastensuojelulaki"
/// / "lastensuojelulain").
fn stem_eq(a: &str, b: &str) -> bool {
    // At least 8 characters in common and at most 3 different at each end:
    // the first byte agrees and the lengths are close.
    if a.as_bytes().first() != b.as_bytes().first() || a.len().abs_diff(b.len()) > 12 {
        return false;
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let (la, lb) = (a.chars().count(), b.chars().count());
    common >= 8 && la - common <= 3 && lb - common <= 3 && !a.is_empty()
}

/// Contacts of the Finnish Data Protection Ombudsman.
#[derive(Debug, Clone, Deserialize)]
pub struct Ombudsman {
    /// The office, e.g. "Tietosuojavaltuutetun toimisto".
    pub name: Tri,
    /// The authority itself.
    pub authority_name: Tri,
    /// Visiting address.
    pub visiting_address: Tri,
    /// Postal address.
    pub postal_address: Tri,
    /// Switchboard.
    pub phone: String,
    /// Switchboard, international form.
    pub phone_international: String,
    /// Registry e-mail.
    pub email: String,
    /// Website per language.
    pub website: Tri,
    /// Where to lodge a complaint.
    pub complaint_url: Tri,
    /// Contact details that are no longer valid.
    #[serde(default)]
    pub outdated: Vec<Outdated>,
}

/// A contact detail that is no longer valid.
#[derive(Debug, Clone, Deserialize)]
pub struct Outdated {
    /// The text as notices write it (phones are compared on digits).
    pub pattern: String,
    /// Whether the change was confirmed.
    pub verified: bool,
    /// What it was and what replaced it.
    pub note: String,
}

/// An agency name that no longer exists.
#[derive(Debug, Clone, Deserialize)]
pub struct ObsoleteAgency {
    /// Lower-case stems, matched as word prefixes.
    pub names: Vec<String>,
    /// Domains matched in URLs and e-mail addresses.
    #[serde(default)]
    pub domains: Vec<String>,
    /// What replaced it.
    pub successor: Tri,
    /// First day the old name was obsolete.
    #[serde(deserialize_with = "date")]
    pub since: Date,
}

fn date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
    let s = String::deserialize(d)?;
    Date::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("bad date {s}")))
}

/// The authority data file.
#[derive(Debug, Deserialize)]
pub struct Authorities {
    /// The Finnish supervisory authority.
    pub fi_ombudsman: Ombudsman,
    /// Obsolete agency names.
    pub obsolete_agency: Vec<ObsoleteAgency>,
}

/// The authority data shipped in the binary.
pub static AUTHORITIES: LazyLock<Authorities> = LazyLock::new(|| {
    serde_json::from_str(embedded_data!("authorities")).expect("data/authorities.toml is valid")
});

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn data_loads_and_successors_exist() {
        for s in STATUTES.all() {
            for n in &s.successor {
                assert!(
                    STATUTES.by_number(n).is_some(),
                    "{}: successor {n}",
                    s.number
                );
            }
        }
        assert!(AUTHORITIES.obsolete_agency.len() >= 5);
    }

    #[test]
    fn citations_and_forms() {
        let c = STATUTES.citations("812/2000 20 § ja 2009/661 29 § sekä (EU) 2016/679, 2016/679");
        let got: Vec<_> = c.iter().map(|c| (c.number.as_str(), c.form)).collect();
        assert_eq!(
            got,
            [
                ("812/2000", CiteForm::Proper),
                ("661/2009", CiteForm::Reversed),
                ("(EU) 2016/679", CiteForm::Proper),
                ("(EU) 2016/679", CiteForm::EuBare),
            ]
        );
        assert!(c[1].statute.is_some());
        let unknown = STATUTES.citations("2007/471");
        assert_eq!(unknown[0].number, "471/2007");
        assert!(unknown[0].statute.is_none());
    }

    #[test]
    fn names_resolve_by_date() {
        let s = STATUTES.named_in("sosiaalihuoltolain 6 §", d("2010-01-01"));
        assert_eq!(s[0].number, "710/1982");
        let s = STATUTES.named_in("sosiaalihuoltolain 6 §", d("2024-01-01"));
        assert_eq!(s[0].number, "1301/2014");
        let s = STATUTES.named_in("henkilötietolaki 29 §", d("2024-01-01"));
        assert_eq!(s[0].number, "523/1999");
        // Known, and repealed by 2024 (808/2019 from 1.1.2020).
        let s = STATUTES.named_in("hallintolainkäyttölaki", d("2024-01-01"));
        assert_eq!(s[0].number, "586/1996");
        assert!(s[0].repealed(d("2024-01-01")));
    }

    /// The names `build.rs` derives are the titles in lower case and the
    /// aliases.
    #[test]
    fn statute_names_are_the_titles_and_aliases() {
        for s in STATUTES.all() {
            let expected: Vec<String> = s
                .title
                .all()
                .map(str::to_lowercase)
                .chain(s.aliases.iter().cloned())
                .collect();
            assert_eq!(s.names().collect::<Vec<_>>(), expected, "{}", s.number);
        }
    }

    /// The word-start search finds exactly what searching every name
    /// everywhere and keeping the hits at word boundaries finds, on every
    /// real notice and example and on names run together or cut short.
    #[test]
    fn name_search_equals_searching_every_name() {
        let index = NameIndex::new(STATUTES.all());
        let brute = |lower: &str| {
            let mut out = Vec::new();
            for (i, (n, _)) in index.names.iter().enumerate() {
                // Every occurrence, overlapping ones too (as the search
                // reports them), unlike `match_indices`.
                let mut from = 0;
                while let Some(found) = lower[from..].find(n) {
                    let at = from + found;
                    from = at + lower[at..].chars().next().map_or(1, char::len_utf8);
                    let end = at + n.len();
                    let before = lower[..at].chars().next_back();
                    let after = lower[end..].chars().next();
                    if !before.is_some_and(char::is_alphanumeric)
                        && !after.is_some_and(char::is_alphanumeric)
                    {
                        out.push((i, at, end));
                    }
                }
            }
            out.sort_unstable();
            out
        };
        for (n, _) in &index.names {
            assert!(n.starts_with(char::is_alphanumeric), "{n:?}");
        }
        let mut texts: Vec<String> = ["notices", "examples"]
            .iter()
            .flat_map(|d| std::fs::read_dir(format!("{}/{d}", env!("CARGO_MANIFEST_DIR"))).unwrap())
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap_or_default())
            .collect();
        let names: Vec<&str> = index.names.iter().map(|(n, _)| *n).collect();
        texts.push(names.join(" "));
        texts.push(names.join(""));
        texts.push(names.join("-"));
        let halves: Vec<String> = names
            .iter()
            .map(|n| n.chars().take(n.chars().count() / 2).collect())
            .collect();
        texts.push(halves.join(" "));
        texts.push("xlaki laki lakix tietosuojalakiä (eu) 2016/679)".to_owned());
        let mut total = 0;
        for t in &texts {
            let lower = t.to_lowercase();
            let mut got = index.hits(&lower);
            got.sort_unstable();
            assert_eq!(got, brute(&lower));
            total += got.len();
        }
        assert!(total > 2_000, "{total} hits");
    }

    /// An amending act stands for the act it amends: 1227/2010 amended
    /// 159/2007, so a notice citing it cites a repealed act today.
    #[test]
    fn amendments_resolve_to_the_amended_act() {
        let c = STATUTES.citations("159/2007, muut. 1227/2010");
        assert_eq!(c[1].number, "1227/2010");
        let s = c[1].statute.unwrap();
        assert_eq!(s.number, "159/2007");
        assert!(s.repealed(d("2026-01-01")));
        assert!(!s.repealed(d("2015-01-01")));
    }

    /// The data the rules rely on: at least 150 acts, every amendment names
    /// an act in the data, every act has a source, and numbers are unique.
    #[test]
    fn statute_data_is_broad_and_consistent() {
        let all = STATUTES.all();
        assert!(all.len() >= 150, "{} acts", all.len());
        let mut numbers = std::collections::HashSet::new();
        for s in all {
            assert!(numbers.insert(&s.number), "{} twice", s.number);
            assert!(!s.sources.is_empty(), "{} has no source", s.number);
            if s.kind == "amendment" {
                let target = s.amends.as_deref().and_then(|n| STATUTES.by_number(n));
                assert!(target.is_some(), "{} amends an unknown act", s.number);
                assert!(
                    s.aliases.is_empty() && s.repealed_on.is_none(),
                    "{}",
                    s.number
                );
            }
        }
    }

    #[test]
    fn successor_chains() {
        let s = STATUTES.by_number("159/2007").unwrap();
        let now: Vec<_> = STATUTES
            .current_successors(s, d("2026-01-01"))
            .iter()
            .map(|s| s.number.as_str())
            .collect();
        assert_eq!(now, ["703/2023"]);
    }

    #[test]
    fn titles() {
        let s = STATUTES.by_number("417/2007").unwrap();
        assert!(Statutes::title_matches(s, "lastensuojelulaki"));
        assert!(Statutes::title_matches(s, "Lastensuojelulain"));
        assert!(!Statutes::title_matches(s, "Sosiaalihuoltolaki"));
        let v = STATUTES.by_number("661/2009").unwrap();
        assert!(
            Statutes::former_title(
                v,
                "laki väestötietojärjestelmästä ja Väestörekisterikeskuksen varmennepalveluista"
            )
            .is_some()
        );
    }
}
