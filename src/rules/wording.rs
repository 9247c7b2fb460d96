//! Legacy wording: formulas copied from the repealed Personal Data Act
//! (henkilötietolaki 523/1999), restrictive request rules, obsolete terms,
//! hedging words and template placeholders.

use super::helpers::{Grams, Words, find_all_text, texts};
use super::{Cx, Hits, Rule, Scope};
use crate::diag::Code;
use crate::diag::Severity;

/// The rules of this area.
pub(super) static RULES: &[&Rule] = &[
    &PDA_WORDING,
    &FEE_YEAR,
    &SIGNED_REQUEST,
    &LEGACY_TERMS,
    &HEDGING,
    &PLACEHOLDER,
];

/// Reports the first needle found in each string (lower-cased search),
/// limited to pointers accepted by `scope`.
fn find_phrases(cx: &Cx<'_>, hits: &mut Hits, words: &Words, scope: fn(&str) -> bool) {
    for (ptr, phrase) in find_all_text(cx, words) {
        if scope(&ptr) {
            hits.at(ptr).arg("phrase", phrase.clone()).word(phrase);
        }
    }
}

fn anywhere(_: &str) -> bool {
    true
}

/// The rights and requests sections, where the access-right formulas of the
/// old act turn up. ("Salassapitosäännösten estämättä" is also ordinary
/// wording of disclosure provisions, so it is not looked for elsewhere.)
fn rights_sections(ptr: &str) -> bool {
    ["/rights", "/requests", "/notes/rights"]
        .iter()
        .any(|s| ptr.starts_with(s))
}

static PDA_WORDING: Rule = Rule {
    code: Code::rule(
        "pda-wording",
        "GDPR Art. 12(1), 15; repealed henkilötietolaki 523/1999 26-28 §",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "rights:\n  access:\n    description: Jokaisella on salassapitosäännösten estämättä oikeus saada tietää, mitä häntä koskevia tietoja rekisteriin on talletettu.\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n",
    pass: "rights:\n  access:\n    description: Sinulla on oikeus saada tietää, käsitelläänkö tietojasi, ja saada jäljennös tiedoistasi.\n  rectification: true\n  erasure: true\n  restriction: true\n  portability: true\n",
    check: |cx, hits| {
        static WORDS: Words = Words::new(&[
            "tiedon etsimiseksi tarpeelliset seikat",
            "salassapitosäännösten estämättä",
            "26 §:ssä tarkoitetulla tavalla",
            // A refusal with its reasons in writing is what Art 12(4)
            // requires; only the old act's certificate is a leftover.
            "todistus tarkastusoikeuden epäämisestä",
        ]);
        find_phrases(cx, hits, &WORDS, rights_sections);
    },
};

static FEE_YEAR: Rule = Rule {
    code: Code::rule("fee-once-a-year", "GDPR Art. 12(5), 15(3)", Severity::Error),
    scope: Scope::Both,
    fail: "requests:\n  email: tietosuoja@esimerkki.fi\n  fees: Maksu peritään, jos edellisestä tarkastuksesta on kulunut vähemmän kuin yksi vuosi.\n",
    pass: "requests:\n  email: tietosuoja@esimerkki.fi\n  fees: Tietojen saaminen on maksutonta.\n",
    check: |cx, hits| {
        static ABOUT_FEES: Words =
            Words::new(&["korvau", "maksu", "avgift", "ersättning", "fee", "charge"]);
        static WITHIN_A_YEAR: Words = Words::new(&[
            "vähemmän kuin yksi vuosi",
            "alle vuosi",
            "alle vuoden",
            "mindre än ett år",
        ]);
        for t in texts(cx) {
            if WITHIN_A_YEAR.in_text(t) && ABOUT_FEES.in_text(t) {
                hits.at(&t.pointer);
            }
        }
    },
};

static SIGNED_REQUEST: Rule = Rule {
    code: Code::rule(
        "request-handwritten",
        "GDPR Art. 12(2), 12(3)",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "requests:\n  email: tietosuoja@esimerkki.fi\n  description: Pyyntö on esitettävä omakätisesti allekirjoitetussa asiakirjassa.\n",
    pass: "requests:\n  email: tietosuoja@esimerkki.fi\n  description: Pyynnön voi lähettää sähköpostilla tai verkkolomakkeella.\n",
    check: |cx, hits| {
        static WORDS: Words = Words::new(&["omakätisesti allekirjoit", "egenhändigt undertecknad"]);
        find_phrases(cx, hits, &WORDS, anywhere);
    },
};

static LEGACY_TERMS: Rule = Rule {
    code: Code::rule(
        "legacy-terms",
        "GDPR Art. 12(1) (clear and plain language); terminology of the GDPR",
        Severity::Info,
    ),
    scope: Scope::Both,
    fail: "informing: Rekisteriseloste on nähtävissä verkkosivuilla.\n",
    pass: "informing: Tietosuojaseloste on nähtävissä verkkosivuilla.\n",
    check: |cx, hits| {
        static WORDS: Words = Words::new(&[
            "rekisteriseloste",
            "tarkastusoikeu",
            "tarkastuspyyn",
            "säännönmukaiset luovutukset",
            "säännönmukaiset tietolähteet",
        ]);
        find_phrases(cx, hits, &WORDS, anywhere);
    },
};

/// The sections where WP260 asks for definite language.
fn definite_sections(ptr: &str) -> bool {
    [
        "/purposes/",
        "/data_categories/",
        "/recipients/",
        "/retention/",
        "/transfers/",
    ]
    .iter()
    .any(|s| ptr.starts_with(s))
}

static HEDGING: Rule = Rule {
    code: Code::rule(
        "hedging-words",
        "GDPR Art. 12(1); WP260 rev.01 para 12-13",
        Severity::Info,
    ),
    scope: Scope::Both,
    fail: "recipients:\n  - name: Kela\n    purpose: Tietoja luovutetaan tarvittaessa Kelalle.\n",
    pass: "recipients:\n  - name: Kela\n    purpose: Toimeentulotuen hakemuksen tiedot luovutetaan Kelalle etuuden käsittelyä varten.\n",
    check: |cx, hits| {
        static WORDS: Words = Words::new(&[
            "tarvittaessa",
            "mahdollisesti",
            "saattaa",
            "saatetaan",
            "yms.",
            "tms.",
            "muun muassa",
            "vid behov",
            "eventuellt",
            "if necessary",
            "where necessary",
            "possibly",
        ]);
        find_phrases(cx, hits, &WORDS, definite_sections);
    },
};

static PLACEHOLDER: Rule = Rule {
    code: Code::rule(
        "placeholder-text",
        "GDPR Art. 13(1)(a)-(b), 12(1)",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "dpo:\n  email: etunimi.sukunimi@esimerkki.fi\n",
    pass: "dpo:\n  email: tietosuoja@esimerkki.fi\n",
    check: |cx, hits| {
        for t in texts(cx) {
            if let Some(found) =
                placeholder(&t.pointer, &t.lower, &t.grams).or_else(|| draft_mark(t.text))
            {
                hits.at(&t.pointer).arg("phrase", found.clone()).word(found);
            }
        }
    },
};

/// Address templates: a leftover in a contact field, but a documented
/// pattern in prose ("osoitteet ovat muotoa etunimi.sukunimi@kunta.fi").
static ADDRESS_TEMPLATES: Words = Words::new(&[
    "etunimi.sukunimi",
    "förnamn.efternamn",
    "firstname.lastname",
]);
/// Fill-in markers of templates, anywhere.
static FILL_IN: Words = Words::new(&["[täydennä]", "[fyll i]", "[fill in]", "lorem ipsum", "???"]);
/// Draft markers, as whole words.
const DRAFT_WORDS: &[&str] = &["todo", "fixme", "tbd"];

/// The leftover of a template or draft in the text at `pointer`, if any
/// (`grams`: the byte pairs of `lower`).
fn placeholder(pointer: &str, lower: &str, grams: &Grams) -> Option<String> {
    let contact_field = ["/email", "/phone", "/address", "/website"]
        .iter()
        .any(|f| pointer.ends_with(f));
    if contact_field && let Some((_, t)) = ADDRESS_TEMPLATES.first_in_grams(lower, grams) {
        return Some(t.to_owned());
    }
    if let Some((_, f)) = FILL_IN.first_in_grams(lower, grams) {
        return Some(f.to_owned());
    }
    // Every draft word, and every run of three or more x, contains one of
    // these: texts without them have none.
    static DRAFT_HINTS: Words = Words::new(&["todo", "fixme", "tbd", "xxx"]);
    DRAFT_HINTS.first_in_grams(lower, grams)?;
    lower
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| DRAFT_WORDS.contains(w) || (w.len() >= 3 && w.chars().all(|c| c == 'x')))
        .map(str::to_owned)
}

/// Draft marks written in capitals (`FIX`, `XXX`), and names to fill in
/// written in angle brackets (`<nimi>`, `<organisaatio>`); an address in
/// angle brackets (`<https://…>`, `<x@y.fi>`) is a link.
fn draft_mark(text: &str) -> Option<String> {
    // The marks start with `F` or `T`.
    let capitals = text.bytes().any(|b| b == b'F' || b == b'T');
    if capitals
        && let Some(w) = text
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| matches!(*w, "FIX" | "TODO" | "TÄYDENNÄ"))
    {
        return Some(w.to_owned());
    }
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('>') else { break };
        let inner = &after[..close];
        let words = inner.split_whitespace().count();
        if !inner.is_empty()
            && (1..=3).contains(&words)
            && inner.chars().count() <= 40
            && inner
                .chars()
                .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '_')
        {
            return Some(format!("<{inner}>"));
        }
        rest = &after[close..];
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{Grams, draft_mark, placeholder};

    #[test]
    fn draft_marks_in_capitals_and_names_in_angle_brackets() {
        assert_eq!(
            draft_mark("Yhteyshenkilö: <nimi>").as_deref(),
            Some("<nimi>")
        );
        assert_eq!(draft_mark("FIX: tarkista laki").as_deref(), Some("FIX"));
        assert_eq!(draft_mark("Katso <https://esimerkki.fi>"), None);
        assert_eq!(draft_mark("Posti <tietosuoja@esimerkki.fi>"), None);
        assert_eq!(draft_mark("arvo < 5 ja > 2"), None);
        assert_eq!(draft_mark("a fix was applied"), None);
    }

    #[test]
    fn placeholders_are_leftovers_not_words_or_documented_patterns() {
        let placeholder =
            |pointer: &str, lower: &str| placeholder(pointer, lower, &Grams::of(lower));
        assert_eq!(
            placeholder("/dpo/email", "etunimi.sukunimi@kunta.fi").as_deref(),
            Some("etunimi.sukunimi")
        );
        assert_eq!(
            placeholder(
                "/controller/description",
                "osoitteet ovat muotoa etunimi.sukunimi@kunta.fi"
            ),
            None
        );
        assert_eq!(placeholder("/notes/other", "ortodoksinen seurakunta"), None);
        assert_eq!(
            placeholder("/notes/other", "todo: tarkista").as_deref(),
            Some("todo")
        );
        assert_eq!(
            placeholder("/title", "rekisteri xxx").as_deref(),
            Some("xxx")
        );
        assert_eq!(
            placeholder("/title", "[täydennä] rekisteri").as_deref(),
            Some("[täydennä]")
        );
    }
}
