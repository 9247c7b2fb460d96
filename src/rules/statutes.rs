//! Statute citations, agency names and supervisory-authority contacts,
//! checked against the reference data in `data/` (see [`crate::legal`]).

use std::sync::LazyLock;

use super::helpers::{Grams, Words, mentions, texts};
use super::{Cx, Hits, Rule, Scope};
use crate::diag::Code;
use crate::diag::Severity;
use crate::legal::{AUTHORITIES, CiteForm, STATUTES, Statute, Statutes};
use crate::model::Date;

/// The rules of this area.
pub(super) static RULES: &[&Rule] = &[
    &REPEALED,
    &CITATION_FORM,
    &TITLE_MISMATCH,
    &RENAMED,
    &UNKNOWN,
    &MISSPELLED,
    &OBSOLETE_AGENCY,
    &OMBUDSMAN_CONTACT,
];

/// The date the notice speaks for: `updated`, else `published`.
fn notice_date(cx: &Cx<'_>) -> Option<Date> {
    cx.notice.updated.or(cx.notice.published)
}

/// The acts in force that replace `s` ("none" when the data names none).
fn successors_text(s: &Statute, as_of: Date) -> String {
    let now = STATUTES.current_successors(s, as_of);
    if now.is_empty() {
        return "none".to_owned();
    }
    now.iter()
        .map(|s| s.label())
        .collect::<Vec<_>>()
        .join(" + ")
}

fn report_repealed(cx: &Cx<'_>, hits: &mut Hits, ptr: &str, s: &Statute, written: &str) {
    let Some(on) = s.repealed_on else { return };
    let after_update = match notice_date(cx) {
        Some(d) if d < on => "yes",
        _ => "no",
    };
    let hit = hits
        .at(ptr)
        .word(written)
        .arg("cite", written)
        .arg("act", s.label())
        .arg("date", on)
        .arg("after_update", after_update)
        .arg("successor", successors_text(s, cx.as_of));
    // A repeal the statute data has not confirmed is not the ground of an
    // error.
    if !s.confirmed("repealed_on") {
        hit.severity(Severity::Warning);
    }
}

static REPEALED: Rule = Rule {
    code: Code::rule(
        "law-repealed",
        "GDPR Art. 5(1)(a), 13(1)(c); Finnish statute data",
        Severity::Error,
    ),
    scope: Scope::Both,
    fail: "purposes:\n  - description: Jäsenyyden hoitaminen.\n    legal_basis: contract\n    laws: [\"523/1999\"]\n",
    pass: "purposes:\n  - description: Jäsenyyden hoitaminen.\n    legal_basis: contract\n    laws: [\"1050/2018\"]\n",
    check: |cx, hits| {
        // The title next to a known number is the same act: report the number only.
        let titled: Vec<String> = titled_refs(cx)
            .into_iter()
            .filter(|(_, _, cite, _)| STATUTES.citations(cite).iter().any(|c| c.statute.is_some()))
            .map(|(_, t, _, _)| t)
            .collect();
        for (t, m) in texts(cx).iter().zip(mentions(cx)) {
            let ptr = &t.pointer;
            if titled.contains(ptr) {
                continue;
            }
            let mut done: Vec<&Statute> = Vec::new();
            for c in &m.citations {
                if let Some(s) = c.statute
                    && s.repealed(cx.as_of)
                    && !done.iter().any(|d| std::ptr::eq(*d, s))
                {
                    report_repealed(cx, hits, ptr, s, &c.written);
                    done.push(s);
                }
            }
            for &s in &m.named {
                if s.repealed(cx.as_of) && !done.iter().any(|d| std::ptr::eq(*d, s)) {
                    let name = s
                        .aliases
                        .first()
                        .cloned()
                        .unwrap_or_else(|| s.title.fi.clone());
                    report_repealed(cx, hits, ptr, s, &name);
                    done.push(s);
                }
            }
        }
    },
};

static CITATION_FORM: Rule = Rule {
    code: Code::rule(
        "law-citation-form",
        "Finnish statute citation practice (Finlex: number/year)",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "purposes:\n  - description: Jäsenyyden hoitaminen.\n    legal_basis: contract\n    laws: [\"2018/1050\"]\n",
    pass: "purposes:\n  - description: Jäsenyyden hoitaminen.\n    legal_basis: contract\n    laws: [\"1050/2018\"]\n",
    check: |cx, hits| {
        for (t, m) in texts(cx).iter().zip(mentions(cx)) {
            let ptr = &t.pointer;
            for c in &m.citations {
                match c.form {
                    CiteForm::Proper => {}
                    CiteForm::Reversed => {
                        hits.at(ptr)
                            .arg("written", &c.written)
                            .arg("number", &c.number)
                            .word(&c.written);
                    }
                    CiteForm::EuBare => {
                        hits.at(ptr)
                            .arg("written", &c.written)
                            .arg("number", &c.number)
                            .word(&c.written)
                            .severity(Severity::Info);
                    }
                }
            }
        }
    },
};

/// `(pointer of the cite, pointer of the title, cite, title)` of every
/// titled statute reference.
fn titled_refs(cx: &Cx<'_>) -> Vec<(String, String, String, String)> {
    let mut out = Vec::new();
    super::helpers::walk(cx, &mut |at, v| {
        if let Some(obj) = v.as_object()
            && let (Some(c), Some(t)) = (
                obj.get("cite").and_then(|c| c.as_str()),
                obj.get("title").and_then(|t| t.as_str()),
            )
            && at.contains("/laws/")
        {
            out.push((
                format!("{at}/cite"),
                format!("{at}/title"),
                c.to_owned(),
                t.to_owned(),
            ));
        }
        true
    });
    out
}

static TITLE_MISMATCH: Rule = Rule {
    code: Code::rule(
        "law-title-mismatch",
        "GDPR Art. 13(1)(c); Finnish statute data",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "purposes:\n  - description: Jäsenyyden hoitaminen.\n    legal_basis: contract\n    laws:\n      - cite: \"1050/2018\"\n        title: Henkilötietolaki\n",
    pass: "purposes:\n  - description: Jäsenyyden hoitaminen.\n    legal_basis: contract\n    laws:\n      - cite: \"1050/2018\"\n        title: Tietosuojalaki\n",
    check: |cx, hits| {
        for (_, tptr, cite, title) in titled_refs(cx) {
            let Some(c) = STATUTES.citations(&cite).into_iter().next() else {
                continue;
            };
            let matches_cited = c.statute.is_some_and(|s| {
                Statutes::title_matches(s, &title) || Statutes::former_title(s, &title).is_some()
            });
            if matches_cited {
                continue;
            }
            let owners = STATUTES.by_title(&title);
            if c.statute.is_none() && owners.is_empty() {
                continue; // law-unknown reports it
            }
            let owners_text = if owners.is_empty() {
                "none".to_owned()
            } else {
                owners
                    .iter()
                    .map(|s| s.number.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let (hint, act) = match (c.statute, owners.first()) {
                (Some(s), _) => ("known", s.label()),
                (None, Some(o)) => ("unknown", o.label()),
                (None, None) => ("none", String::new()),
            };
            hits.at(&tptr)
                .arg("title", &title)
                .arg("number", &c.number)
                .arg("owners", owners_text)
                .arg("hint", hint)
                .arg("act", act);
        }
    },
};

static RENAMED: Rule = Rule {
    code: Code::rule(
        "law-renamed",
        "Finnish statute data (former titles)",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "recipients:\n  - name: Digi- ja väestötietovirasto\n    laws:\n      - cite: \"661/2009\"\n        title: laki väestötietojärjestelmästä ja Väestörekisterikeskuksen varmennepalveluista\n",
    pass: "recipients:\n  - name: Digi- ja väestötietovirasto\n    laws:\n      - cite: \"661/2009\"\n        title: Laki väestötietojärjestelmästä ja Digi- ja väestötietoviraston varmennepalveluista\n",
    check: |cx, hits| {
        let mut reported: Vec<String> = Vec::new();
        for (_, tptr, cite, title) in titled_refs(cx) {
            if let Some(s) = STATUTES
                .citations(&cite)
                .into_iter()
                .next()
                .and_then(|c| c.statute)
                && let Some(f) = Statutes::former_title(s, &title)
                && !still_current(f, cx.as_of)
            {
                reported.push(tptr.clone());
                hits.at(&tptr)
                    .arg("old", &f.fi)
                    .arg("number", &s.number)
                    .arg("title", &s.title.fi);
            }
        }
        // Every former title with a searcher for its lower-case text, built
        // once per process (the titles are long: a search set up per text
        // would cost more than the search).
        type Former = (
            memchr::memmem::Finder<'static>,
            &'static Statute,
            &'static crate::legal::FormerTitle,
        );
        static FORMER: LazyLock<Vec<Former>> = LazyLock::new(|| {
            STATUTES
                .all()
                .iter()
                .flat_map(|s| {
                    s.former_titles.iter().map(move |f| {
                        let lower = f.fi.to_lowercase().into_bytes();
                        (memchr::memmem::Finder::new(&lower).into_owned(), s, f)
                    })
                })
                .collect()
        });
        for t in texts(cx) {
            if reported.contains(&t.pointer) {
                continue;
            }
            for (former, s, f) in FORMER.iter() {
                if former.find(t.lower.as_bytes()).is_some() && !still_current(f, cx.as_of) {
                    hits.at(&t.pointer)
                        .arg("old", &f.fi)
                        .arg("number", &s.number)
                        .arg("title", &s.title.fi);
                }
            }
        }
    },
};

/// The notice's main language (its first declared language).
fn main_lang(cx: &Cx<'_>) -> crate::model::Lang {
    cx.notice
        .languages
        .first()
        .copied()
        .unwrap_or(crate::model::Lang::Fi)
}

/// Whether a former title was still the act's title on `as_of` (its
/// `until` date, when the statute data knows it, is not yet past).
fn still_current(f: &crate::legal::FormerTitle, as_of: Date) -> bool {
    f.until
        .as_deref()
        .and_then(Date::parse)
        .is_some_and(|until| as_of <= until)
}

static UNKNOWN: Rule = Rule {
    code: Code::rule("law-unknown", "Finnish statute data", Severity::Info),
    scope: Scope::Both,
    fail: "purposes:\n  - description: Jäsenyyden hoitaminen.\n    legal_basis: contract\n    laws: [\"1047/2001\"]\n",
    pass: "purposes:\n  - description: Jäsenyyden hoitaminen.\n    legal_basis: contract\n    laws: [\"1050/2018\"]\n",
    check: |cx, hits| {
        let titled = titled_refs(cx);
        for (t, m) in texts(cx).iter().zip(mentions(cx)) {
            let ptr = &t.pointer;
            if !ptr.contains("/laws/") {
                continue;
            }
            for c in &m.citations {
                if c.statute.is_some() {
                    continue;
                }
                // A title naming a known act is reported by law-title-mismatch.
                let title_known = titled
                    .iter()
                    .any(|(cp, _, _, t)| cp == ptr && !STATUTES.by_title(t).is_empty());
                if !title_known {
                    hits.at(ptr).arg("number", &c.number);
                }
            }
        }
    },
};

static MISSPELLED: Rule = Rule {
    code: Code::rule("law-misspelled", "Finnish statute data", Severity::Info),
    scope: Scope::Both,
    fail: "notes:\n  other: Käsittely perustuu tietosuojasetukseen.\n",
    pass: "notes:\n  other: Käsittely perustuu tietosuoja-asetukseen.\n",
    check: |cx, hits| {
        for t in texts(cx) {
            let (ptr, lower) = (&t.pointer, &t.lower);
            for s in STATUTES.all() {
                for typo in &s.misspellings {
                    // "tietosuojasetus" is inflected "tietosuojasetukseen".
                    let stem = typo.strip_suffix("us").unwrap_or(typo);
                    if lower.contains(stem) {
                        let name = s
                            .short
                            .as_ref()
                            .and_then(|m| m.get("fi").cloned())
                            .unwrap_or_else(|| s.title.fi.clone());
                        hits.at(ptr).arg("typo", typo).arg("name", name).word(stem);
                    }
                }
            }
        }
    },
};

/// The word of `lower` that starts with `stem`, if any (`maistraat` finds
/// `maistraatista`).
fn word_prefix<'a>(lower: &'a str, stem: &str) -> Option<&'a str> {
    lower.match_indices(stem).find_map(|(at, _)| {
        if lower[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            return None;
        }
        let end = lower[at..]
            .find(|c: char| !(c.is_alphanumeric() || c == '-'))
            .map_or(lower.len(), |e| at + e);
        Some(&lower[at..end])
    })
}

/// The names and domains of the obsolete agencies, as `obsolete-agency`
/// looks for them.
fn agency_patterns() -> impl Iterator<Item = &'static String> + Clone {
    AUTHORITIES
        .obsolete_agency
        .iter()
        .flat_map(|a| a.names.iter().chain(&a.domains))
}

/// A search for any of a fixed set of strings.
enum AnyOf {
    /// SIMD (Teddy).
    Packed(aho_corasick::packed::Searcher),
    /// Where the CPU has no SIMD Teddy uses.
    Nfa(aho_corasick::AhoCorasick),
}

impl AnyOf {
    fn new<'s>(patterns: impl Iterator<Item = &'s String> + Clone) -> AnyOf {
        match aho_corasick::packed::Searcher::new(patterns.clone()) {
            Some(s) => AnyOf::Packed(s),
            None => AnyOf::nfa(patterns),
        }
    }

    fn nfa<'s>(patterns: impl Iterator<Item = &'s String>) -> AnyOf {
        AnyOf::Nfa(
            aho_corasick::AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                .build(patterns)
                .expect("agency names build an automaton"),
        )
    }

    fn is_match(&self, haystack: &str) -> bool {
        match self {
            AnyOf::Packed(s) => s.find(haystack).is_some(),
            AnyOf::Nfa(a) => a.is_match(haystack),
        }
    }
}

/// Whether `domain` occurs as a host (or host suffix after a dot) in `lower`.
fn has_domain(lower: &str, domain: &str) -> bool {
    lower.match_indices(domain).any(|(at, _)| {
        let before = lower[..at].chars().next_back();
        let after = lower[at + domain.len()..].chars().next();
        matches!(before, None | Some('.' | '/' | '@' | ' ' | '<' | '('))
            && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
    })
}

static OBSOLETE_AGENCY: Rule = Rule {
    code: Code::rule(
        "obsolete-agency",
        "GDPR Art. 12(1), 13(1)(e), 14(2)(f); Finnish agency reforms",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "sources:\n  from_data_subject: true\n  other:\n    - name: Väestörekisterikeskus\n",
    pass: "sources:\n  from_data_subject: true\n  other:\n    - name: Digi- ja väestötietovirasto\n",
    check: |cx, hits| {
        // One pass over each text finds whether any name or domain occurs:
        // Teddy (SIMD) where the CPU has it, else a contiguous NFA (a DFA
        // searches no faster on these short texts and takes longer to
        // build than the rest of a one-file check's rules).
        static ANY: LazyLock<AnyOf> = LazyLock::new(|| AnyOf::new(agency_patterns()));
        // The byte pairs of every name and domain: most texts lack a pair
        // of each, which rules them out before the automaton runs.
        static GRAMS: LazyLock<Vec<Grams>> =
            LazyLock::new(|| agency_patterns().map(|n| Grams::of(n)).collect());
        for t in texts(cx) {
            // Statute titles are law-renamed's business.
            if t.pointer.contains("/laws/")
                || !GRAMS.iter().any(|g| g.within(&t.grams))
                || !ANY.is_match(&t.lower)
            {
                continue;
            }
            let (ptr, lower) = (&t.pointer, &t.lower);
            for a in &AUTHORITIES.obsolete_agency {
                if a.since > cx.as_of {
                    continue;
                }
                let by_name = a.names.iter().find_map(|n| word_prefix(lower, n));
                let by_domain = a
                    .domains
                    .iter()
                    .find(|d| has_domain(lower, d))
                    .map(String::as_str);
                if let Some(found) = by_name.or(by_domain) {
                    // The name to write into the notice: in its main language.
                    hits.at(ptr)
                        .arg("name", found)
                        .arg("since", a.since)
                        .arg("successor", a.successor.get(main_lang(cx)).0);
                }
            }
        }
    },
};

static OMBUDSMAN_CONTACT: Rule = Rule {
    code: Code::rule(
        "fi-sa-contact",
        "GDPR Art. 13(2)(d), 14(2)(e), 77",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "complaint:\n  authority: fi_ombudsman\n  description: Tietosuojavaltuutetun toimisto, PL 800, 00521 Helsinki.\n",
    pass: "complaint:\n  authority: fi_ombudsman\n  description: Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki.\n",
    check: |cx, hits| {
        let om = &AUTHORITIES.fi_ombudsman;
        /// How an outdated contact detail is looked for.
        enum Outdated {
            /// A postal code: only in a text about the ombudsman.
            PostalCode(String),
            /// A phone number: its digits among the text's digits.
            Digits(String),
            /// Anything else: the lower-case text.
            Text(String),
        }
        // The patterns prepared once per process.
        static PATTERNS: LazyLock<Vec<Outdated>> = LazyLock::new(|| {
            AUTHORITIES
                .fi_ombudsman
                .outdated
                .iter()
                .map(|o| {
                    let p = o.pattern.to_lowercase();
                    let is_number = p.chars().all(|c| c.is_ascii_digit() || c == ' ');
                    if is_number && p.len() == 5 {
                        Outdated::PostalCode(p)
                    } else if is_number {
                        Outdated::Digits(p.chars().filter(char::is_ascii_digit).collect())
                    } else {
                        Outdated::Text(p)
                    }
                })
                .collect()
        });
        static ABOUT_OMBUDSMAN: Words = Words::new(&[
            "tietosuojavaltuut",
            "dataombudsman",
            "data protection ombudsman",
            "pl 800",
            "pb 800",
        ]);
        for t in texts(cx) {
            let (ptr, text, lower) = (&t.pointer, t.text, &t.lower);
            let about_ombudsman = std::cell::OnceCell::new();
            let digits = std::cell::OnceCell::new();
            for (o, pattern) in om.outdated.iter().zip(PATTERNS.iter()) {
                let found = match pattern {
                    Outdated::PostalCode(p) => {
                        lower.contains(p.as_str())
                            && *about_ombudsman.get_or_init(|| ABOUT_OMBUDSMAN.in_lower(lower))
                    }
                    Outdated::Digits(d) => digits
                        .get_or_init(|| {
                            text.chars()
                                .filter(char::is_ascii_digit)
                                .collect::<String>()
                        })
                        .contains(d.as_str()),
                    Outdated::Text(p) => lower.contains(p.as_str()),
                };
                if found {
                    hits.at(ptr)
                        .arg("found", o.pattern.as_str())
                        .word(o.pattern.as_str());
                    break;
                }
            }
        }
        if let Some(c) = &cx.notice.complaint
            && matches!(c.authority, Some(crate::model::Authority::FiOmbudsman))
            && let Some(contact) = &c.contact
            && let Some(email) = &contact.email
            && !email.eq_ignore_ascii_case(&om.email)
        {
            hits.at("/complaint/contact/email")
                .arg("found", email.as_str());
        }
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Both searchers of [`AnyOf`] find the agency names and domains in the
    /// same texts: every line of the rules' examples and fixtures, the real
    /// notices and the examples, and every name and domain alone, cut
    /// short, and inside other words.
    #[test]
    fn agency_searchers_agree() {
        let patterns = agency_patterns;
        let (packed, nfa) = (AnyOf::new(patterns()), AnyOf::nfa(patterns()));
        // Teddy needs SSSE3 (or AVX2) on x86_64; elsewhere either may serve.
        #[cfg(target_arch = "x86_64")]
        if std::is_x86_feature_detected!("ssse3") {
            assert!(matches!(packed, AnyOf::Packed(_)));
        }
        let mut texts: Vec<String> = Vec::new();
        for p in patterns() {
            texts.push(p.clone());
            texts.push(format!("x{p}x"));
            texts.extend(p.char_indices().last().map(|(i, _)| p[..i].to_owned()));
        }
        for text in crate::rules::corpus() {
            texts.extend(text.lines().map(str::to_lowercase));
        }
        let mut found = 0;
        for t in &texts {
            assert_eq!(packed.is_match(t), nfa.is_match(t), "{t}");
            found += usize::from(nfa.is_match(t));
        }
        assert!(found > patterns().count() * 2, "{found}");
    }

    /// The 661/2009 title naming Väestörekisterikeskus was the act's title
    /// until 31.12.2019: current as of 2018, former as of 2026.
    #[test]
    fn former_titles_follow_their_dates() {
        let s = STATUTES
            .citations("661/2009")
            .into_iter()
            .next()
            .and_then(|c| c.statute)
            .expect("661/2009 in the statute data");
        let old = s
            .former_titles
            .iter()
            .find(|f| f.fi.contains("Väestörekisterikeskuksen"))
            .expect("the former title");
        let d = |y, m, day| Date::new(y, m, day).expect("date");
        assert!(still_current(old, d(2018, 9, 14)));
        assert!(still_current(old, d(2019, 12, 31)));
        assert!(!still_current(old, d(2020, 1, 1)));
        assert!(!still_current(old, d(2026, 11, 30)));
    }
}
