//! The limits of the renderers, in one place: `check` reports every text
//! that would meet one (at the notice's line and column), and the renderers
//! enforce the same limits on whatever they are given, so a notice always
//! renders, in every format and language.
//!
//! - **Nesting** of Markdown containers in one text field (block quotes,
//!   lists, emphasis, links) is at most [`MAX_TEXT_NESTING`]; deeper
//!   containers are shown flat, their text kept.
//! - **Glyphs:** a character that no font compiled into the binary can show
//!   is replaced in the PDF by [`REPLACEMENT`]; symbol-font bullets pasted
//!   from Word (private-use code points) become their Unicode equivalents.
//!   The coverage of the fonts is the table in `data/fonts/coverage.txt`,
//!   generated from the fonts themselves (a test keeps it fresh).
//! - **Headings** (the title, the names of purposes and data categories),
//!   which also become PDF bookmarks and metadata, are at most
//!   [`MAX_HEADING_CHARS`] characters in the PDF.

use std::borrow::Cow;
use std::sync::LazyLock;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use serde_json::Value;

use crate::diag::{Code, Diagnostic, Severity, Stage};
use crate::load::Document;

/// The most search results the site index shows at once; the reader is
/// asked to add a word when more match.
pub(crate) const SEARCH_RESULTS: usize = 100;

/// Maximum depth of Markdown containers in one text field.
pub(crate) const MAX_TEXT_NESTING: usize = 8;

/// Maximum length, in characters, of a text shown as a heading.
pub(crate) const MAX_HEADING_CHARS: usize = 500;

/// Maximum length, in characters, of a word (a run without spaces) in the
/// PDF; a longer one gets a line-break opportunity every so many
/// characters. A PDF string (one line of text) may not exceed 32,767
/// bytes in PDF/A.
pub(crate) const MAX_WORD_CHARS: usize = 1000;

/// In the PDF, a run of more characters than this without a space gets a
/// line-break opportunity after every so many, so long addresses wrap at
/// the margin instead of running off the page.
pub(crate) const PDF_WORD_BREAK: usize = 40;

/// Maximum length of a link target; a longer one is shown as text.
pub(crate) const MAX_URL_CHARS: usize = 2000;

/// The longest purpose description that "at a glance" shows whole; a
/// longer one without a `name` is shortened there, and `check` suggests a
/// name (`purpose-name`).
pub(crate) const SHORT_PURPOSE_CHARS: usize = 100;

/// What the PDF shows for a character no embedded font has.
pub(crate) const REPLACEMENT: char = '\u{25A1}';

/// The code points the embedded PDF fonts can show, as inclusive ranges.
static COVERAGE: LazyLock<Vec<(u32, u32)>> =
    LazyLock::new(|| parse_coverage(include_str!("../data/fonts/coverage.txt")));

/// The coverage of the Basic Multilingual Plane as a bitmap (8 KiB), so the
/// check of the common characters is one lookup.
static BMP: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; 0x1_0000 / 64];
    for &(start, end) in COVERAGE.iter() {
        for cp in start..=end.min(0xFFFF) {
            bits[(cp / 64) as usize] |= 1 << (cp % 64);
        }
    }
    bits
});

/// Parses the coverage table: one `start-end` or `code` (hexadecimal) per
/// line; `#` starts a comment.
pub(crate) fn parse_coverage(text: &str) -> Vec<(u32, u32)> {
    let mut out: Vec<(u32, u32)> = text
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .filter_map(|l| {
            let (a, b) = l.split_once('-').unwrap_or((l, l));
            Some((
                u32::from_str_radix(a.trim(), 16).ok()?,
                u32::from_str_radix(b.trim(), 16).ok()?,
            ))
        })
        .collect();
    out.sort_unstable();
    out
}

/// Whether the embedded fonts can show `c`. Line breaks, tabs and other
/// whitespace count as shown; control characters and private-use code
/// points (whose glyphs mean something different in every font) do not.
pub(crate) fn shown(c: char) -> bool {
    if c.is_whitespace() {
        return true;
    }
    if c.is_control() || matches!(c as u32, 0xE000..=0xF8FF | 0xF0000..) {
        return false;
    }
    let cp = c as u32;
    if cp < 0x1_0000 {
        let bits = &*BMP;
        return bits[(cp / 64) as usize] & (1 << (cp % 64)) != 0;
    }
    let table = &*COVERAGE;
    let i = table.partition_point(|&(start, _)| start <= cp);
    i > 0 && table[i - 1].1 >= cp
}

/// The Unicode equivalent of a symbol-font character that Word pastes as a
/// private-use code point (Symbol and Wingdings bullets, arrows, ticks).
pub(crate) fn symbol_equivalent(c: char) -> Option<char> {
    Some(match c as u32 {
        0xF0B7 | 0xF09F | 0xF06C => '\u{2022}', // •
        0xF0A7 | 0xF06E => '\u{25AA}',          // ▪
        0xF0D8 | 0xF0E0 | 0xF0E8 => '\u{2192}', // →
        0xF0FC | 0xF0FB => '\u{2713}',          // ✓
        0xF02D => '-',
        0xF0A8 => '\u{25A1}', // □
        _ => return None,
    })
}

/// A text as the PDF shows it: symbol-font bullets mapped, characters no
/// font has replaced by [`REPLACEMENT`].
pub(crate) fn pdf_text(s: &str) -> Cow<'_, str> {
    if s.chars().all(shown) && longest_word(s) <= PDF_WORD_BREAK {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut run = 0usize;
    for c in s.chars() {
        let c = match symbol_equivalent(c) {
            Some(e) if shown(e) => e,
            _ if shown(c) => c,
            _ => REPLACEMENT,
        };
        if c.is_whitespace() {
            run = 0;
        } else {
            run += 1;
            if run > PDF_WORD_BREAK {
                // A zero-width space: a place where the line may break.
                out.push('\u{200B}');
                run = 1;
            }
        }
        out.push(c);
    }
    Cow::Owned(out)
}

/// The length in characters of the longest run without whitespace.
pub(crate) fn longest_word(s: &str) -> usize {
    let (mut run, mut max) = (0usize, 0usize);
    for c in s.chars() {
        if c.is_whitespace() {
            run = 0;
        } else {
            run += 1;
            max = max.max(run);
        }
    }
    max
}

/// Whether a key of the view model or of the notice holds a heading.
fn heading_key(key: &str) -> bool {
    matches!(
        key,
        "title" | "heading" | "name" | "controller" | "document_name"
    )
}

/// Shortens a heading to [`MAX_HEADING_CHARS`] characters, ending with `…`.
#[cfg_attr(not(feature = "pdf"), allow(dead_code))]
pub(crate) fn clip_heading(s: &str) -> Cow<'_, str> {
    match s.char_indices().nth(MAX_HEADING_CHARS) {
        None => Cow::Borrowed(s),
        Some((at, _)) => {
            let mut cut = s[..at].to_owned();
            cut.pop();
            cut.push('…');
            Cow::Owned(cut)
        }
    }
}

/// The view model as the PDF template receives it: every string through
/// [`pdf_text`], headings through [`clip_heading`]; link targets (`url`)
/// with every byte outside ASCII percent-encoded instead.
#[cfg_attr(not(feature = "pdf"), allow(dead_code))]
pub(crate) fn pdf_data(view: &Value) -> Value {
    fn go(v: &Value, heading: bool) -> Value {
        match v {
            Value::String(s) => {
                let s = pdf_text(s);
                let s = if heading {
                    clip_heading(&s).into_owned()
                } else {
                    s.into_owned()
                };
                Value::String(s)
            }
            Value::Array(items) => Value::Array(items.iter().map(|i| go(i, heading)).collect()),
            Value::Object(map) => Value::Object(
                map.iter()
                    .map(|(k, v)| match (k.as_str(), v) {
                        ("url", Value::String(u)) => (k.clone(), Value::String(ascii_url(u))),
                        _ => (k.clone(), go(v, heading_key(k))),
                    })
                    .collect(),
            ),
            other => other.clone(),
        }
    }
    go(view, false)
}

/// A URL with every byte outside printable ASCII percent-encoded.
fn ascii_url(u: &str) -> String {
    let mut out = String::with_capacity(u.len());
    for b in u.bytes() {
        if b.is_ascii_graphic() {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The depth of Markdown containers that counts against
/// [`MAX_TEXT_NESTING`].
fn counts(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::BlockQuote(_)
            | Tag::List(_)
            | Tag::Strong
            | Tag::Emphasis
            | Tag::Strikethrough
            | Tag::Link { .. }
    )
}

fn counts_end(tag: &TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::BlockQuote(_)
            | TagEnd::List(_)
            | TagEnd::Strong
            | TagEnd::Emphasis
            | TagEnd::Strikethrough
            | TagEnd::Link
    )
}

/// Applies [`MAX_TEXT_NESTING`] to a stream of Markdown events: containers
/// deeper than the limit (and everything container-like inside them) are
/// left out, their text kept. The events of a parser are properly nested,
/// so one stack of "kept" flags pairs every end with its start.
pub(crate) fn flatten_nesting(events: Vec<Event<'_>>) -> Vec<Event<'_>> {
    let mut out = Vec::with_capacity(events.len());
    let mut depth = 0usize;
    // For every open tag: whether it was kept.
    let mut open: Vec<bool> = Vec::new();
    let mut dropping = 0usize;
    for ev in events {
        match ev {
            Event::Start(tag) => {
                let container = counts(&tag) || matches!(tag, Tag::Item);
                let keep = dropping == 0 && !(counts(&tag) && depth >= MAX_TEXT_NESTING);
                if counts(&tag) && keep {
                    depth += 1;
                }
                if !keep && container {
                    dropping += 1;
                    open.push(false);
                } else {
                    open.push(true);
                    out.push(Event::Start(tag));
                }
            }
            Event::End(tag) => {
                let kept = open.pop().unwrap_or(true);
                if kept {
                    if counts_end(&tag) {
                        depth = depth.saturating_sub(1);
                    }
                    out.push(Event::End(tag));
                } else {
                    dropping = dropping.saturating_sub(1);
                    // Keep the words of dropped items apart.
                    if matches!(tag, TagEnd::Item) {
                        out.push(Event::SoftBreak);
                    }
                }
            }
            e => out.push(e),
        }
    }
    out
}

/// Whether `md` may nest Markdown containers deeper than `max`. Every
/// container that [`counts`] opens with a marker character of its own (`>`,
/// a list's `-`, `*`, `+` or the number before `.` or `)`, emphasis and
/// strong `*` or `_`, `~`, a link's `[` or `<`): a text with at most `max`
/// of them cannot, and needs no parse.
pub(crate) fn could_nest_deeper_than(md: &str, max: usize) -> bool {
    let b = md.as_bytes();
    let mut markers = 0usize;
    for (i, c) in b.iter().enumerate() {
        let marker = match c {
            b'>' | b'-' | b'*' | b'+' | b'_' | b'~' | b'[' | b'<' => true,
            b'0'..=b'9' => matches!(b.get(i + 1), Some(b'.' | b')')),
            _ => false,
        };
        if marker {
            markers += 1;
            if markers > max {
                return true;
            }
        }
    }
    false
}

/// The deepest nesting of Markdown containers in `md`.
pub(crate) fn nesting(md: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for ev in Parser::new_ext(md, crate::render::rich::options()) {
        match ev {
            Event::Start(t) if counts(&t) => {
                depth += 1;
                max = max.max(depth);
            }
            Event::End(t) if counts_end(&t) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// A text nested deeper than the renderers show.
pub(crate) static TEXT_NESTING: Code =
    Code::stage("text-nesting", Stage::Limits, Severity::Warning);
/// Characters the PDF fonts cannot show, or symbol-font characters.
pub(crate) static TEXT_GLYPHS: Code = Code::stage("text-glyphs", Stage::Limits, Severity::Warning);
/// A heading longer than the PDF allows.
pub(crate) static TEXT_HEADING_LENGTH: Code =
    Code::stage("text-heading-length", Stage::Limits, Severity::Warning);
/// A word longer than a line of the PDF allows.
pub(crate) static TEXT_WORD_LENGTH: Code =
    Code::stage("text-word-length", Stage::Limits, Severity::Warning);

/// The codes of this module.
pub(crate) static CODES: &[&Code] = &[
    &TEXT_NESTING,
    &TEXT_GLYPHS,
    &TEXT_HEADING_LENGTH,
    &TEXT_WORD_LENGTH,
];

/// Every render limit the notice's texts meet, as findings at the text.
pub(crate) fn check(doc: &Document, source: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut strings = Vec::new();
    crate::load::walk_value(&doc.value, &mut |pointer, v| {
        if let Value::String(s) = v {
            strings.push((pointer.to_owned(), s.as_str()));
        }
        true
    });
    for (pointer, s) in strings {
        let heading = heading_at(&pointer);
        // Where the text is: looked up only for a finding.
        let span = || doc.span(&pointer);
        if could_nest_deeper_than(s, MAX_TEXT_NESTING) {
            let n = nesting(s);
            if n > MAX_TEXT_NESTING {
                out.push(
                    Diagnostic::new(&TEXT_NESTING)
                        .arg("depth", n)
                        .arg("max", MAX_TEXT_NESTING)
                        .at(span()),
                );
            }
        }
        // Characters no font shows, and symbol-font characters that map to
        // Unicode ones: each set sorted, without repeats.
        let unshown = |symbol: bool| {
            let mut v: Vec<char> = s
                .chars()
                .filter(|c| !shown(*c) && symbol_equivalent(*c).is_some() == symbol)
                .collect();
            v.sort_unstable();
            v.dedup();
            v
        };
        let all_shown = s.chars().all(shown);
        let (missing, symbols) = if all_shown {
            (Vec::new(), Vec::new())
        } else {
            (unshown(false), unshown(true))
        };
        if let Some(first) = missing.first().or(symbols.first()) {
            let at = {
                let span = span();
                char_span(source, &span, *first).unwrap_or(span)
            };
            let list = |v: &[char]| {
                v.iter()
                    .take(8)
                    .map(|c| format!("U+{:04X}", *c as u32))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let d = Diagnostic::new(&TEXT_GLYPHS).at(at);
            out.push(if missing.is_empty() {
                d.arg("kind", "symbol").arg("chars", list(&symbols))
            } else {
                let more = if missing.len() > 8 { ", ..." } else { "" };
                d.arg("kind", "missing")
                    .arg("count", missing.len())
                    .arg("chars", format!("{}{more}", list(&missing)))
                    .arg("replacement", REPLACEMENT.to_string())
            });
        }
        // A string of fewer bytes has no longer word (nor more characters).
        let word = if s.len() > MAX_WORD_CHARS {
            longest_word(s)
        } else {
            0
        };
        if word > MAX_WORD_CHARS {
            out.push(
                Diagnostic::new(&TEXT_WORD_LENGTH)
                    .arg("length", word)
                    .arg("line", PDF_WORD_BREAK)
                    .arg("max_url", MAX_URL_CHARS)
                    .at(span()),
            );
        }
        let chars = if heading && s.len() > MAX_HEADING_CHARS {
            s.chars().count()
        } else {
            0
        };
        if chars > MAX_HEADING_CHARS {
            out.push(
                Diagnostic::new(&TEXT_HEADING_LENGTH)
                    .arg("length", chars)
                    .arg("max", MAX_HEADING_CHARS)
                    .at(span()),
            );
        }
    }
    out
}

/// Whether the string at `pointer` is shown as a heading: its key is a
/// heading key, or it is one language of a heading.
fn heading_at(pointer: &str) -> bool {
    let mut keys = pointer.rsplit('/');
    let last = keys.next().unwrap_or("");
    heading_key(last)
        || (crate::model::Lang::from_code(last).is_some() && keys.next().is_some_and(heading_key))
}

/// The span of the first occurrence of `c` in the source of a value, when
/// it is written there literally (not as an escape).
fn char_span(
    source: &str,
    value: &std::ops::Range<usize>,
    c: char,
) -> Option<std::ops::Range<usize>> {
    let text = source.get(value.clone())?;
    let i = text.find(c)?;
    let start = value.start + i;
    Some(start..start + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coverage_table_parses() {
        let t = parse_coverage("# comment\n20-7E\nA0-17F # latin\n2022\n");
        assert_eq!(t, vec![(0x20, 0x7E), (0xA0, 0x17F), (0x2022, 0x2022)]);
        assert!(shown('a') && shown('ä') && shown('\n'));
        assert!(!shown('\u{F0B7}'));
    }

    #[test]
    fn pdf_text_maps_and_replaces() {
        assert_eq!(pdf_text("Palvelu"), "Palvelu");
        assert_eq!(pdf_text("\u{F0B7} Asiakkaat"), "\u{2022} Asiakkaat");
        assert_eq!(pdf_text("x\u{E000}y"), format!("x{REPLACEMENT}y"));
    }

    #[test]
    fn texts_that_cannot_nest_deep_are_not_parsed() {
        // Every text the quick test passes over nests no deeper than it says.
        for md in [
            "plain text, 12 words, 00531 Helsinki",
            "- a\n  - b\n    - c",
            "> > > > **_x_**",
            "1. a\n   2) b",
            "[a](b) <https://x.fi> ~~s~~",
        ] {
            for max in 0..12 {
                if !could_nest_deeper_than(md, max) {
                    assert!(nesting(md) <= max, "{md:?} nests {} > {max}", nesting(md));
                }
            }
        }
        let deep = "> ".repeat(9) + "x";
        assert!(could_nest_deeper_than(&deep, MAX_TEXT_NESTING));
        assert!(!could_nest_deeper_than("Tietosuojavaltuutettu, PL 800", 8));
    }

    proptest::proptest! {
        /// The quick test never passes over a text that nests deeper.
        #[test]
        fn quick_nesting_test_is_sound(md in "([>*_~+\\-\\[\\]()<.1 a\n]|  |\\*\\*){0,40}") {
            for max in 0..10 {
                if !could_nest_deeper_than(&md, max) {
                    proptest::prop_assert!(nesting(&md) <= max, "{:?} nests {}", md, nesting(&md));
                }
            }
        }
    }

    #[test]
    fn nesting_is_measured_and_flattened() {
        assert_eq!(nesting("plain"), 0);
        assert_eq!(nesting("> > quote **bold**"), 3);
        let deep = "> ".repeat(40) + "x";
        assert_eq!(nesting(&deep), 40);
        let events: Vec<Event<'_>> = Parser::new(&deep).collect();
        let flat = flatten_nesting(events);
        let quotes = flat
            .iter()
            .filter(|e| matches!(e, Event::Start(Tag::BlockQuote(_))))
            .count();
        assert_eq!(quotes, MAX_TEXT_NESTING);
        assert!(
            flat.iter()
                .any(|e| matches!(e, Event::Text(t) if t.as_ref() == "x"))
        );
    }

    #[test]
    fn headings_are_clipped() {
        let long = "a".repeat(MAX_HEADING_CHARS + 10);
        let c = clip_heading(&long);
        assert_eq!(c.chars().count(), MAX_HEADING_CHARS);
        assert!(c.ends_with('…'));
        assert_eq!(clip_heading("short"), "short");
    }
}
