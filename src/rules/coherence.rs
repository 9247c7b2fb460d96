//! The notice's own words against what it declares: a purpose whose text
//! names another legal basis, further purposes (statistics, research,
//! development) mentioned but not declared, a retention that has already
//! ended, catch-all recipients, a complaint right that names no authority
//! or is offered only after a refusal, and information for children.

use super::helpers::{Words, contains_any, texts, word_around};
use super::{Rule, Scope};
use crate::diag::{Code, Severity};
use crate::model::{Date, LegalBasis};

/// The rules of this area.
pub(super) static RULES: &[&Rule] = &[
    &BASIS_WORDING,
    &FURTHER_PURPOSE,
    &RETENTION_ENDED,
    &RECIPIENTS_CATCH_ALL,
    &COMPLAINT_AUTHORITY,
    &COMPLAINT_CONDITIONAL,
    &CHILDREN,
];

/// The sentences of a text (split at `.`, `!`, `?` and line breaks).
fn sentences(lower: &str) -> impl Iterator<Item = &str> {
    lower
        .split(['.', '!', '?', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// Words that say what processing is based on.
const BASED_ON: &[&str] = &[
    "perustuu",
    "perusteella",
    "perusteena",
    "grundar sig",
    "baserar sig",
    "på grundval av",
    "based on",
    "on the basis of",
    "relies on",
];

/// Consent, as a legal basis is written.
const CONSENT: &[&str] = &["suostumu", "samtycke", "consent"];

/// A law or a statutory task, as a legal basis is written.
const LAW: &[&str] = &[
    "lakiin",
    "lain ",
    "lakisääte",
    "lagstadga",
    " lag ",
    "lagen",
    "by law",
    "statutory",
    "legal obligation",
];

/// Negations that turn the sentence around ("ei perustu suostumukseen").
const NOT: &[&str] = &[
    "ei perustu",
    "ei tarvita",
    "ilman",
    "inte",
    "utan",
    "not ",
    "without",
];

/// Disclosure words: a consent to disclose is a secrecy-law consent, not
/// the Art 6(1)(a) basis of the processing.
const DISCLOSURE: &[&str] = &["luovut", "utlämn", "lämnas ut", "disclos"];

/// What a purpose's own text says its basis is, when it clearly names one
/// that differs from `declared`: the sentence's words.
fn basis_in_words(lower: &str, declared: Option<LegalBasis>) -> Option<(String, &'static str)> {
    for s in sentences(lower) {
        if !contains_any(s, BASED_ON) || contains_any(s, NOT) {
            continue;
        }
        let consent = contains_any(s, CONSENT) && !contains_any(s, DISCLOSURE);
        if consent && declared != Some(LegalBasis::Consent) {
            return Some((s.to_owned(), "consent"));
        }
        if !consent && contains_any(s, LAW) && declared == Some(LegalBasis::Consent) {
            return Some((s.to_owned(), "law"));
        }
    }
    None
}

/// A sentence shortened for a message.
fn quote(s: &str) -> String {
    const MAX: usize = 120;
    if s.chars().count() <= MAX {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(MAX).collect::<String>())
    }
}

static BASIS_WORDING: Rule = Rule {
    code: Code::rule(
        "legal-basis-wording",
        "GDPR Art. 13(1)(c), 14(1)(c), 6(1), 7",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "purposes:\n  - description: Jäsenyyden hoitaminen. Käsittely perustuu jäsenen suostumukseen.\n    legal_basis: contract\n",
    pass: "purposes:\n  - description: Jäsenyyden hoitaminen. Käsittely perustuu jäsensopimukseen.\n    legal_basis: contract\n",
    check: |cx, hits| {
        for (i, p) in cx.notice.purposes.iter().enumerate() {
            let texts = p
                .description
                .all()
                .chain(p.basis_statement.iter().flat_map(crate::model::Text::all));
            for t in texts {
                if let Some((sentence, named)) = basis_in_words(&t.to_lowercase(), p.legal_basis) {
                    let declared = p.legal_basis.map_or("none", LegalBasis::article);
                    hits.at(format!("/purposes/{i}"))
                        .arg("n", (i + 1).to_string())
                        .arg("named", named)
                        .arg("declared", declared)
                        .arg("sentence", quote(&sentence));
                    break;
                }
            }
        }
    },
};

/// Further purposes a notice often mentions in passing, with their words.
static FURTHER: [(&str, Words); 4] = [
    (
        "statistics",
        Words::new(&["tilasto", "statistik", "statistic"]),
    ),
    (
        "research",
        Words::new(&["tutkimu", "tieteellis", "forskning", "research"]),
    ),
    (
        "development",
        Words::new(&["kehittämi", "utveckling", "development of"]),
    ),
    (
        "marketing",
        Words::new(&["markkinoin", "marknadsför", "marketing"]),
    ),
];

/// Words that say the data are used for something.
static USES: Words = Words::new(&[
    "käytetään",
    "käsitellään",
    "används",
    "behandlas",
    "used for",
    "used to",
]);

static FURTHER_PURPOSE: Rule = Rule {
    code: Code::rule(
        "further-purpose",
        "GDPR Art. 13(1)(c), 13(3), 14(4), 6(4)",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "data_categories:\n  - name: Yhteystiedot\n    items: [nimi, osoite, sähköposti]\nnotes:\n  other: Tietoja käytetään myös tilastointiin.\n",
    pass: "purposes:\n  - description: Jäsenyyden hoitaminen\n    legal_basis: contract\n  - name: Tilastointi\n    description: Jäsenmäärän tilastointi liitolle.\n    legal_basis: legitimate_interests\n    legitimate_interests: Yhdistyksen toiminnan suunnittelu.\nnotes:\n  other: Tietoja käytetään myös tilastointiin.\n",
    check: |cx, hits| {
        // What the purposes declare, in every language.
        let declared: String = cx
            .notice
            .purposes
            .iter()
            .flat_map(|p| p.name.iter().chain(std::iter::once(&p.description)))
            .flat_map(crate::model::Text::all)
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join(" ");
        for (what, words) in &FURTHER {
            if words.in_lower(&declared) {
                continue;
            }
            // Mentioned elsewhere as a use of the data ("käytetään myös").
            let found = texts(cx).iter().find(|t| {
                !t.pointer.starts_with("/purposes")
                    && !t.pointer.starts_with("/recipients")
                    && !t.pointer.starts_with("/retention")
                    && words.in_text(t)
                    && USES.in_text(t)
            });
            if let Some(t) = found {
                let at = words
                    .list()
                    .iter()
                    .find_map(|w| t.lower.find(w).map(|i| word_around(&t.lower, i, w.len())))
                    .unwrap_or_default();
                hits.at(&t.pointer)
                    .arg("purpose", *what)
                    .arg("word", at.clone())
                    .word(at);
            }
        }
    },
};

/// The dates written in a text as `d.m.yyyy` (Finnish and Swedish) or
/// `yyyy-mm-dd`.
fn dates_in(text: &str) -> Vec<Date> {
    let mut out = Vec::new();
    for token in text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')')) {
        let t = token.trim_end_matches(['.', ':']);
        if let Some(d) = Date::parse(t) {
            out.push(d);
            continue;
        }
        let parts: Vec<&str> = t.split('.').collect();
        if let [d, m, y] = parts[..]
            && y.len() == 4
            && let (Ok(d), Ok(m), Ok(y)) = (d.parse(), m.parse(), y.parse())
            && let Some(date) = Date::new(y, m, d)
        {
            out.push(date);
        }
    }
    out
}

/// Words that make a date the end of a retention ("31.12.2020 asti").
const UNTIL: &[&str] = &["asti", "saakka", "till", "until", "fram till", "intill"];

static RETENTION_ENDED: Rule = Rule {
    code: Code::rule(
        "retention-ended",
        "GDPR Art. 5(1)(e), 13(2)(a), 14(2)(a)",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "retention:\n  - period: Tiedot säilytetään 31.12.2020 asti.\n    laws: [\"1050/2018\"]\n",
    pass: "retention:\n  - period: Tiedot säilytetään 31.12.2040 asti.\n    laws: [\"1050/2018\"]\n",
    check: |cx, hits| {
        for (i, r) in cx.notice.retention.iter().enumerate() {
            for t in r.period.all() {
                let lower = t.to_lowercase();
                if !contains_any(&lower, UNTIL) {
                    continue;
                }
                if let Some(d) = dates_in(&lower).into_iter().filter(|d| *d < cx.as_of).max() {
                    hits.at(format!("/retention/{i}/period"))
                        .arg("date", d)
                        .arg("as_of", cx.as_of);
                    break;
                }
            }
        }
    },
};

/// Catch-all wording of recipients: "whoever the law entitles".
const CATCH_ALL: &[&str] = &[
    "lain perusteella oikeutetu",
    "lakiin perustuva oikeus",
    "lakiin perustuvan oikeuden",
    "erityislainsäädännön nojalla",
    "muun lainsäädännön nojalla",
    "lainsäädännön sallimissa rajoissa",
    "lain sallimissa rajoissa",
    "voimassa olevan lainsäädännön mukaisesti",
    "laissa säädetyille tahoille",
    "oikeutetuille tahoille",
    "rätt enligt lag",
    "enligt gällande lagstiftning",
    "inom lagens gränser",
    "entitled by law",
    "as permitted by law",
    "where required by law",
];

static RECIPIENTS_CATCH_ALL: Rule = Rule {
    code: Code::rule(
        "recipients-catch-all",
        "GDPR Art. 13(1)(e), 14(1)(e); WP260 rev.01 Annex",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "recipients:\n  - name: Viranomaiset, joilla on lakiin perustuva oikeus saada tietoja\n",
    pass: "recipients:\n  - name: Kansaneläkelaitos (Kela)\n    purpose: Toimeentulotuen hakemuksen tiedot\n    laws: [\"1412/1997\"]\n",
    check: |cx, hits| {
        for t in texts(cx) {
            if !t.pointer.starts_with("/recipients") {
                continue;
            }
            if let Some(phrase) = CATCH_ALL.iter().find(|p| t.lower.contains(*p)) {
                let at = t.lower.find(phrase).unwrap_or(0);
                let phrase = word_around(&t.lower, at, phrase.len());
                hits.at(&t.pointer)
                    .arg("phrase", phrase.clone())
                    .word(phrase);
            }
        }
    },
};

/// Names of the supervisory authority, in the three languages.
const AUTHORITY: &[&str] = &[
    "tietosuojavaltuutet",
    "valvontaviranomai",
    "valvova viranomai",
    "dataombudsman",
    "tillsynsmyndighet",
    "supervisory authority",
    "data protection ombudsman",
    "ombudsman",
    "datainspektion",
];

static COMPLAINT_AUTHORITY: Rule = Rule {
    code: Code::rule(
        "complaint-authority",
        "GDPR Art. 13(2)(d), 14(2)(e), 77",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "complaint:\n  description: Rekisteröidyllä on oikeus tehdä valitus.\n",
    pass: "complaint:\n  authority: fi_ombudsman\n  description: Rekisteröidyllä on oikeus tehdä valitus tietosuojavaltuutetulle.\n",
    check: |cx, hits| {
        let Some(c) = &cx.notice.complaint else {
            return;
        };
        let Some(d) = &c.description else { return };
        if c.authority.is_some() || c.contact.is_some() {
            return;
        }
        if d.all().all(|t| !contains_any(&t.to_lowercase(), AUTHORITY)) {
            hits.at("/complaint/description");
        }
    },
};

/// A condition of refusal ("if the controller refuses ...").
const IF: &[&str] = &["jos ", "mikäli", "om ", "ifall", "if ", "in case"];
const REFUSAL: &[&str] = &[
    "kieltäyty",
    "kieltää",
    "evätään",
    "evää",
    "epää",
    "ei korjaa",
    "ei suostu",
    "vägra",
    "nekas",
    "avslå",
    "refus",
    "denied",
    "declin",
];

static COMPLAINT_CONDITIONAL: Rule = Rule {
    code: Code::rule(
        "complaint-conditional",
        "GDPR Art. 77(1), 13(2)(d)",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "complaint:\n  authority: fi_ombudsman\n  description: Jos rekisterinpitäjä kieltäytyy korjaamasta tietoa, rekisteröity voi saattaa asian tietosuojavaltuutetun käsiteltäväksi.\n",
    pass: "complaint:\n  authority: fi_ombudsman\n  description: Rekisteröidyllä on oikeus tehdä valitus tietosuojavaltuutetulle, jos hän katsoo, että henkilötietojen käsittely rikkoo tietosuoja-asetusta.\n",
    check: |cx, hits| {
        let Some(d) = cx
            .notice
            .complaint
            .as_ref()
            .and_then(|c| c.description.as_ref())
        else {
            return;
        };
        for t in d.all() {
            let lower = t.to_lowercase();
            let conditional = sentences(&lower)
                .find(|s| contains_any(s, IF) && contains_any(s, REFUSAL))
                .map(str::to_owned);
            // Conditional on a refusal, and never said without condition.
            let plain =
                sentences(&lower).any(|s| !contains_any(s, REFUSAL) && contains_any(s, AUTHORITY));
            if let Some(s) = conditional
                && !plain
            {
                hits.at("/complaint/description").arg("sentence", quote(&s));
                break;
            }
        }
    },
};

/// Words that say the data subjects include children.
const CHILDREN_WORDS: &[&str] = &[
    "lapset",
    "lapsi",
    "lasten",
    "alaikäi",
    "oppila",
    "nuoret",
    "nuorten",
    "barn",
    "minderåri",
    "elever",
    "unga",
    "children",
    "child ",
    "minors",
    "pupils",
];

/// Words that point children to information written for them.
static FOR_CHILDREN: Words = Words::new(&[
    "lapsille",
    "lasten versio",
    "selkokiel",
    "för barn",
    "lättläst",
    "for children",
    "child-friendly",
    "easy-to-read",
]);

static CHILDREN: Rule = Rule {
    code: Code::rule(
        "children-information",
        "GDPR Art. 12(1), Recital 58",
        Severity::Info,
    ),
    scope: Scope::Both,
    fail: "data_subjects: [Yhdistyksen jäsenet, Jäsenten lapset]\n",
    pass: "data_subjects: [Yhdistyksen jäsenet, Jäsenten lapset]\nnotes:\n  other: Lapsille on oma, selkokielinen versio tästä selosteesta osoitteessa https://esimerkki.fi/lapset.\n",
    check: |cx, hits| {
        // The notice tells children where information for them is.
        if texts(cx)
            .iter()
            .any(|t| !t.pointer.starts_with("/data_subjects") && FOR_CHILDREN.in_text(t))
        {
            return;
        }
        for (i, s) in cx.notice.data_subjects.iter().enumerate() {
            if let Some(word) = s.all().find_map(|t| {
                let lower = format!("{} ", t.to_lowercase());
                CHILDREN_WORDS
                    .iter()
                    .find(|w| {
                        lower
                            .split(|c: char| !c.is_alphanumeric())
                            .any(|x| x.starts_with(w.trim()))
                    })
                    .copied()
            }) {
                hits.at(format!("/data_subjects/{i}"))
                    .arg("word", word.trim())
                    .word(word.trim());
                return;
            }
        }
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_basis_in_words() {
        assert_eq!(
            basis_in_words(
                "käsittely perustuu suostumukseen.",
                Some(LegalBasis::Contract)
            )
            .map(|x| x.1),
            Some("consent")
        );
        // A consent to disclose is not the basis of the processing.
        assert!(
            basis_in_words(
                "tietoja luovutetaan asiakkaan suostumuksen perusteella.",
                Some(LegalBasis::PublicTask)
            )
            .is_none()
        );
        assert!(
            basis_in_words(
                "käsittely ei perustu suostumukseen.",
                Some(LegalBasis::PublicTask)
            )
            .is_none()
        );
        assert_eq!(
            basis_in_words("käsittely perustuu lakiin.", Some(LegalBasis::Consent)).map(|x| x.1),
            Some("law")
        );
    }

    #[test]
    fn dates_in_texts() {
        let d = dates_in("säilytetään 31.12.2020 asti, sitten 2021-01-05.");
        assert_eq!(
            d,
            [
                Date::new(2020, 12, 31).unwrap(),
                Date::new(2021, 1, 5).unwrap()
            ]
        );
        assert!(dates_in("32.13.2020 ja 1.1.20").is_empty());
    }
}
