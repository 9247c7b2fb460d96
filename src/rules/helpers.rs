//! Small helpers shared by the rules: walking every text of a notice,
//! keyword search, identifiers.

use serde_json::Value;

use super::Cx;

/// Visits every value of the document in document order with its JSON
/// pointer. `visit` returns whether to descend into the value's children.
pub(super) fn walk<'a>(cx: &'a Cx<'_>, visit: &mut dyn FnMut(&str, &'a Value) -> bool) {
    crate::load::walk_value(&cx.document.value, visit);
}

/// A string of the document: where it is, its text and its lower-cased text.
pub(super) struct TextRef<'a> {
    /// JSON pointer.
    pub pointer: String,
    /// The text.
    pub text: &'a str,
    /// The text in lower case.
    pub lower: String,
    /// The byte pairs of `lower`, for [`Words`]' quick test.
    pub grams: Grams,
}

/// A set of the byte pairs (bigrams) of a text, hashed into 512 bits.
/// A word can only occur in a text that has all of its byte pairs, so
/// [`Words`] skip the search of a word whose pairs are not all in the set:
/// on the short texts of a notice (half are under 40 bytes) that rules out
/// almost every word in a few instructions, where setting up a substring
/// search costs more than the search.
#[derive(Clone, Copy, Default)]
pub(super) struct Grams([u64; 8]);

impl Grams {
    /// The byte pairs of `s`.
    pub(super) fn of(s: &str) -> Grams {
        let mut g = Grams::default();
        for pair in s.as_bytes().windows(2) {
            g.insert(pair[0], pair[1]);
        }
        g
    }

    fn insert(&mut self, a: u8, b: u8) {
        let bit = Grams::bit(a, b);
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    /// The bit of the pair `a b` (9 bits of a multiplicative hash).
    fn bit(a: u8, b: u8) -> usize {
        let h = (u32::from(a) << 8 | u32::from(b)).wrapping_mul(0x9E37_79B1);
        (h >> 23) as usize
    }

    /// Whether every pair of `self` is in `other`.
    pub(super) fn within(&self, other: &Grams) -> bool {
        self.0.iter().zip(&other.0).all(|(a, b)| a & !b == 0)
    }
}

/// Every string of the document, in document order, collected once per
/// notice (every rule that searches text shares the list).
pub(super) fn texts<'c, 'a>(cx: &'c Cx<'a>) -> &'c [TextRef<'a>] {
    cx.texts.get_or_init(|| {
        let mut out = Vec::new();
        crate::load::walk_value(&cx.document.value, &mut |at, v| {
            if let Value::String(s) = v {
                let lower = lowercase(s);
                out.push(TextRef {
                    pointer: at.to_owned(),
                    text: s.as_str(),
                    grams: Grams::of(&lower),
                    lower,
                });
            }
            true
        });
        out
    })
}

/// `s.to_lowercase()`, with a quick path for the Latin-1 letters of
/// Finnish and Swedish: `str::to_lowercase` looks up every character after
/// the first non-ASCII one in Unicode's tables. The one character whose
/// lower case depends on its neighbours (Σ) goes to the standard library.
pub(super) fn lowercase(s: &str) -> String {
    if s.contains('Σ') {
        return s.to_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            // Latin-1's upper-case letters are 0x20 below their lower case.
            '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{DE}' => {
                out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c));
            }
            // The rest of Latin-1 is lower case or not a letter.
            '\u{80}'..='\u{FF}' => out.push(c),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// The statutes one text of the notice cites by number and names (as of
/// the check date).
pub(super) struct Mentions {
    /// The numbers written, each with the act it resolves to.
    pub citations: Vec<crate::legal::Citation>,
    /// The acts named without a number.
    pub named: Vec<&'static crate::legal::Statute>,
}

/// The statutes of every text of [`texts`] (the same order), found once per
/// notice and shared by the rules (one pass of the name automaton per text).
pub(super) fn mentions<'c>(cx: &'c Cx<'_>) -> &'c [Mentions] {
    cx.mentions.get_or_init(|| {
        texts(cx)
            .iter()
            .map(|t| Mentions {
                citations: crate::legal::STATUTES.citations(t.text),
                named: crate::legal::STATUTES.named_in_lower(&t.lower, cx.as_of),
            })
            .collect()
    })
}

/// Every string whose lower-cased text contains one of `words`, with the
/// first word (in declared order) found in it.
pub(super) fn find_all_text(cx: &Cx<'_>, words: &Words) -> Vec<(String, String)> {
    texts(cx)
        .iter()
        .filter_map(|t| {
            words
                .first_in_text(t)
                .map(|(at, w)| (t.pointer.clone(), word_around(&t.lower, at, w.len())))
        })
        .collect()
}

/// The word (or words) of `text` around the match at `start..start + len`:
/// the match widened to word boundaries, so that a message quotes
/// "tarkastusoikeus" rather than the stem "tarkastusoikeu" it searched for.
pub(super) fn word_around(text: &str, start: usize, len: usize) -> String {
    let is_word = |c: char| c.is_alphanumeric() || c == '-';
    let end = (start + len).min(text.len());
    let from = text[..start]
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_word(*c))
        .last()
        .map_or(start, |(i, _)| i);
    let to = text[end..]
        .char_indices()
        .find(|(_, c)| !is_word(*c))
        .map_or(text.len(), |(i, _)| end + i);
    text[from..to].trim_matches('-').to_owned()
}

/// A declared list of lower-case words or phrases that rules look for in
/// texts. Each word's searcher is built once per process (`memchr`'s
/// `memmem::Finder`): `str::contains` sets one up on every call, which on
/// the short texts of a notice costs more than the search, and rules search
/// every text of every notice. Whether a text has any of the words is the
/// quick test; a rule's own logic then runs only on the texts that do.
pub(super) struct Words {
    list: &'static [&'static str],
    finders: std::sync::OnceLock<Vec<(Grams, memchr::memmem::Finder<'static>)>>,
}

impl Words {
    /// The words, lower case.
    pub(super) const fn new(list: &'static [&'static str]) -> Self {
        Words {
            list,
            finders: std::sync::OnceLock::new(),
        }
    }

    /// The words, in their declared order.
    pub(super) fn list(&self) -> &'static [&'static str] {
        self.list
    }

    /// The byte pairs and searchers of the words, in declared order.
    fn finders(
        &self,
    ) -> impl Iterator<Item = (&(Grams, memchr::memmem::Finder<'static>), &'static str)> {
        self.finders
            .get_or_init(|| {
                self.list
                    .iter()
                    .map(|w| {
                        // Searched in lower-cased texts: an upper-case word
                        // would never be found (every list runs in the tests).
                        debug_assert_eq!(*w, w.to_lowercase(), "a word list in upper case");
                        (Grams::of(w), memchr::memmem::Finder::new(w.as_bytes()))
                    })
                    .collect()
            })
            .iter()
            .zip(self.list.iter().copied())
    }

    /// Whether the lower-case `lower` contains any of the words.
    pub(super) fn in_lower(&self, lower: &str) -> bool {
        self.first_in(lower).is_some()
    }

    /// The first of the words (in their declared order) that `lower`
    /// contains, with its first position.
    pub(super) fn first_in(&self, lower: &str) -> Option<(usize, &'static str)> {
        self.first_in_grams(lower, &Grams::of(lower))
    }

    /// Whether the text `t` contains any of the words.
    pub(super) fn in_text(&self, t: &TextRef<'_>) -> bool {
        self.first_in_text(t).is_some()
    }

    /// [`Words::first_in`] of the text `t` (its byte pairs are known).
    pub(super) fn first_in_text(&self, t: &TextRef<'_>) -> Option<(usize, &'static str)> {
        self.first_in_grams(&t.lower, &t.grams)
    }

    /// [`Words::first_in`] of `lower`, whose byte pairs are `grams`.
    pub(super) fn first_in_grams(
        &self,
        lower: &str,
        grams: &Grams,
    ) -> Option<(usize, &'static str)> {
        self.finders().find_map(|((g, f), w)| {
            if g.within(grams) {
                f.find(lower.as_bytes()).map(|at| (at, w))
            } else {
                None
            }
        })
    }
}

/// Whether `s` (lower-cased) contains any of the needles.
pub(super) fn contains_any(s: &str, needles: &[&str]) -> bool {
    // Most callers pass a text already in lower case.
    let lower = if s.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(s.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(s)
    };
    needles.iter().any(|n| lower.contains(n))
}

/// Checks a Finnish business ID (Y-tunnus) `NNNNNNN-C`: the format and the
/// check digit (weights 7, 9, 10, 5, 8, 4, 2; remainder 1 is never issued).
pub(super) fn business_id_valid(id: &str) -> bool {
    let b = id.as_bytes();
    if b.len() != 9 || b[7] != b'-' || !id[..7].bytes().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let Some(check) = (b[8] as char).to_digit(10) else {
        return false;
    };
    const WEIGHTS: [u32; 7] = [7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = id[..7]
        .bytes()
        .zip(WEIGHTS)
        .map(|(d, w)| u32::from(d - b'0') * w)
        .sum();
    match sum % 11 {
        0 => check == 0,
        1 => false,
        r => check == 11 - r,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every piece of a text has its byte pairs within the text's (the quick
    /// test never rules out a word that is there), and most short words
    /// that are not there are ruled out.
    #[test]
    fn byte_pairs_of_a_piece_are_within_the_text() {
        let texts: Vec<String> = super::super::corpus()
            .iter()
            .flat_map(|s| s.lines().map(lowercase).collect::<Vec<_>>())
            .collect();
        let (mut pieces, mut absent, mut ruled_out) = (0, 0, 0);
        for t in &texts {
            let g = Grams::of(t);
            let bounds: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            for (n, &a) in bounds.iter().enumerate().step_by(3) {
                for &b in bounds[n..].iter().take(24) {
                    pieces += 1;
                    assert!(Grams::of(&t[a..b]).within(&g), "{:?} in {t:?}", &t[a..b]);
                }
            }
            if t.len() < 60 {
                for w in ["tarkastusoikeu", "luovutuskielto", "väestörekisterikesku"] {
                    if !t.contains(w) {
                        absent += 1;
                        ruled_out += usize::from(!Grams::of(w).within(&g));
                    }
                }
            }
        }
        assert!(pieces > 100_000, "{pieces}");
        assert!(ruled_out * 10 > absent * 9, "{ruled_out} of {absent}");
    }

    #[test]
    fn lowercase_is_the_standard_lower_case() {
        let mut samples: Vec<String> = (0u32..0x3000)
            .filter_map(char::from_u32)
            .map(|c| format!("{c}Ä{c}"))
            .collect();
        samples.extend(
            [
                "ÅBO AKADEMI, ÄÄNEKOSKI, ÖVERTORNEÅ",
                "ΣΟΦΙΑΣ ΣΑΣ Σ",
                "İstanbul ǅ ß ẞ Ω K Å",
                "Tietosuojavaltuutetun toimisto, PL 800, 00531 HELSINKI",
            ]
            .map(str::to_owned),
        );
        samples.extend(super::super::corpus());
        for s in &samples {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s}");
        }
    }

    #[test]
    fn words_around_a_stem() {
        let t = "oikeus tarkastusoikeuteen ja päihdetyö";
        let at = t.find("tarkastusoikeu").unwrap();
        assert_eq!(
            word_around(t, at, "tarkastusoikeu".len()),
            "tarkastusoikeuteen"
        );
        let at = t.find("päihde").unwrap();
        assert_eq!(word_around(t, at, "päihde".len()), "päihdetyö");
        let at = t.find("ja").unwrap();
        assert_eq!(word_around(t, at, 2), "ja");
    }

    #[test]
    fn business_ids() {
        assert!(business_id_valid("0208213-4"));
        assert!(business_id_valid("0245974-7"));
        assert!(business_id_valid("1572860-0"));
        assert!(!business_id_valid("0737546-1"));
        assert!(!business_id_valid("0208213-5"));
        assert!(!business_id_valid("208213-4"));
        assert!(!business_id_valid("0208213 4"));
    }
}
