//! Loading: bytes → UTF-8 text → YAML tree with spans → JSON value plus a map
//! from JSON pointer to source span.
//!
//! YAML is parsed with `serde-saphyr` (panic-free, span-aware, with budgets
//! against alias bombs and deep nesting). Options follow YAML 1.2 semantics
//! for booleans (`no` stays a string) and keep numbers with leading zeros
//! (phone numbers, postal codes) as strings. Nothing here fails on bad input
//! with anything but a [`Diagnostic`].

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use serde::Deserialize;
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use serde_saphyr::{Spanned, budget, options};

use crate::diag::{Code, Diagnostic, Severity, Stage};

/// The largest notice file accepted. Real notices are 5-50 KB; anything much
/// larger is a mistake (or an attack) and is refused before it is read.
pub const MAX_FILE_BYTES: u64 = 2 * 1024 * 1024;

/// Maximum nesting depth of a notice. The format itself needs about 8.
pub const MAX_DEPTH: usize = 32;

/// Maximum number of YAML nodes, counting the expansion of aliases.
pub const MAX_NODES: usize = 100_000;

/// Maximum number of aliases (`*name`) in one file.
pub const MAX_ALIASES: usize = 200;

/// A file's text after decoding.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The UTF-8 text without a byte-order mark (with replacement characters
    /// when decoding failed, for display only).
    pub text: String,
    /// The decoding error, if the bytes were not UTF-8.
    pub error: Option<Diagnostic>,
}

/// Decodes a file's bytes as UTF-8, accepting and removing a UTF-8
/// byte-order mark and refusing UTF-16/UTF-32 and invalid UTF-8.
pub fn decode(bytes: &[u8]) -> Decoded {
    const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";
    let bytes = bytes.strip_prefix(UTF8_BOM).unwrap_or(bytes);
    let utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    if utf16 {
        return Decoded {
            text: String::new(),
            error: Some(
                Diagnostic::new(&FILE_ENCODING)
                    .arg("kind", "utf16")
                    .arg("bytes", "")
                    .at(0..0),
            ),
        };
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded {
            text: text.to_owned(),
            error: None,
        },
        Err(e) => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            // The lossy text has the same bytes up to the first invalid one.
            let at = e.valid_up_to();
            let bad = &bytes[at..(at + e.error_len().unwrap_or(1)).min(bytes.len())];
            let hex: Vec<String> = bad.iter().map(|b| format!("{b:#04x}")).collect();
            let end = (at + 3).min(text.len());
            Decoded {
                text,
                error: Some(
                    Diagnostic::new(&FILE_ENCODING)
                        .arg("kind", "invalid")
                        .arg("bytes", hex.join(" "))
                        .at(at..end),
                ),
            }
        }
    }
}

/// Spans of one node of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeSpan {
    /// The key of the node in its parent mapping, if the parent is a mapping.
    pub key: Option<Range<usize>>,
    /// The node's value. Block mappings and sequences have an empty range at
    /// their first token.
    pub value: Range<usize>,
}

/// A loaded YAML document: its JSON value and the span of every node, keyed
/// by JSON pointer (`""` is the root, `/purposes/0/legal_basis` a value).
#[derive(Debug, Clone)]
pub struct Document {
    /// The document as JSON.
    pub value: Value,
    /// Span of every node by JSON pointer.
    pub spans: HashMap<String, NodeSpan>,
}

impl Document {
    /// Whether the node at `pointer`, or an ancestor of it below the root,
    /// exists: a finding about a top-level item that is missing (`false`)
    /// is about the notice as a whole and has no place in the text.
    pub fn placed(&self, pointer: &str) -> bool {
        let mut p = pointer;
        while !p.is_empty() {
            if self.spans.contains_key(p) {
                return true;
            }
            match p.rfind('/') {
                Some(i) => p = &p[..i],
                None => return false,
            }
        }
        false
    }

    /// The span of the node at `pointer` for a diagnostic about its value:
    /// the value itself, or its key when the value is a block container
    /// (whose span is empty). A node that does not exist (a missing key) is
    /// reported at its nearest existing ancestor's key.
    pub fn span(&self, pointer: &str) -> Range<usize> {
        let mut p = pointer;
        loop {
            if let Some(s) = self.spans.get(p) {
                let missing = p.len() != pointer.len();
                return match &s.key {
                    Some(k) if missing || s.value.is_empty() => k.clone(),
                    _ => s.value.clone(),
                };
            }
            match p.rfind('/') {
                Some(i) => p = &p[..i],
                None => return 0..0,
            }
        }
    }

    /// The span of the key of the node at `pointer`, or [`Document::span`]
    /// when it has no key (a list item, the root).
    pub fn key_span(&self, pointer: &str) -> Range<usize> {
        match self.spans.get(pointer).and_then(|s| s.key.clone()) {
            Some(k) => k,
            None => self.span(pointer),
        }
    }
}

/// A YAML node whose children carry their spans.
enum Node {
    Map(Vec<(Spanned<String>, Spanned<Node>)>),
    Seq(Vec<Spanned<Node>>),
    Scalar(Value),
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a YAML value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Scalar(Value::Bool(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Scalar(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Scalar(v.into()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Scalar(
            serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number),
        ))
    }
    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Scalar(Value::String(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Node, E> {
        Ok(Node::Scalar(Value::String(v)))
    }
    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Scalar(Value::Null))
    }
    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Scalar(Value::Null))
    }
    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<Node, D::Error> {
        Node::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Spanned<Node>>()? {
            items.push(item);
        }
        Ok(Node::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::new();
        while let Some(key) = map.next_key::<Spanned<String>>()? {
            let value = map.next_value::<Spanned<Node>>()?;
            entries.push((key, value));
        }
        Ok(Node::Map(entries))
    }
}

/// The byte range of a serde-saphyr location within `text`.
fn range_of(loc: &serde_saphyr::Location, text: &str) -> Range<usize> {
    let span = loc.span();
    match (span.byte_offset(), span.byte_len()) {
        (Some(o), Some(l)) => {
            let start = (o as usize).min(text.len());
            start..(start + l as usize).min(text.len())
        }
        _ => {
            let at = offset_of(text, loc.line() as usize, loc.column() as usize);
            at..at
        }
    }
}

/// The byte offset of a 1-based line and character column.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(i, _)| i + 1)
    };
    text[line_start..]
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(text.len(), |(i, _)| line_start + i)
}

/// Visits every value of `root` in document order with its JSON pointer;
/// `visit` returns whether to descend into the value's children. One
/// pointer buffer serves the whole walk.
pub fn walk_value<'a>(root: &'a Value, visit: &mut dyn FnMut(&str, &'a Value) -> bool) {
    fn go<'a>(v: &'a Value, at: &mut String, visit: &mut dyn FnMut(&str, &'a Value) -> bool) {
        if !visit(at, v) {
            return;
        }
        match v {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let len = at.len();
                    at.push('/');
                    at.push_str(itoa(i, &mut [0u8; 20]));
                    go(item, at, visit);
                    at.truncate(len);
                }
            }
            Value::Object(map) => {
                for (k, item) in map {
                    let len = at.len();
                    at.push('/');
                    if k.contains(['~', '/']) {
                        at.push_str(&escape_pointer(k));
                    } else {
                        at.push_str(k);
                    }
                    go(item, at, visit);
                    at.truncate(len);
                }
            }
            _ => {}
        }
    }
    go(root, &mut String::new(), visit);
}

/// The decimal digits of `n`, written into `buf`.
fn itoa(mut n: usize, buf: &mut [u8; 20]) -> &str {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[i..]).unwrap_or("0")
}

/// Escapes a mapping key for use as a JSON pointer segment (RFC 6901).
pub fn escape_pointer(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

fn lower(
    node: Spanned<Node>,
    pointer: String,
    key: Option<Range<usize>>,
    text: &str,
    spans: &mut HashMap<String, NodeSpan>,
) -> Value {
    let value_span = range_of(&node.referenced, text);
    let value = match node.value {
        Node::Scalar(v) => v,
        Node::Seq(items) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| lower(item, format!("{pointer}/{i}"), None, text, spans))
                .collect(),
        ),
        Node::Map(entries) => {
            let mut map = Map::new();
            for (k, v) in entries {
                let key_span = range_of(&k.referenced, text);
                let child = if k.value.contains(['~', '/']) {
                    format!("{pointer}/{}", escape_pointer(&k.value))
                } else {
                    format!("{pointer}/{}", k.value)
                };
                let v = lower(v, child, Some(key_span), text, spans);
                map.insert(k.value, v);
            }
            Value::Object(map)
        }
    };
    spans.insert(
        pointer,
        NodeSpan {
            key,
            value: value_span,
        },
    );
    value
}

/// Whether the text holds nothing but whitespace and comments.
fn is_blank_yaml(text: &str) -> bool {
    text.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#') || t == "---" || t == "..."
    })
}

/// Parses YAML text into a [`Document`].
pub fn parse(text: &str) -> Result<Document, Box<Diagnostic>> {
    if is_blank_yaml(text) {
        return Err(Box::new(Diagnostic::new(&FILE_EMPTY).at(0..0)));
    }
    let opts = options! {
        strict_booleans: true,
        leading_zero_numbers_as_strings: true,
        reject_unsupported_tags: true,
        budget: budget! {
            max_depth: MAX_DEPTH,
            max_nodes: MAX_NODES,
            max_aliases: MAX_ALIASES,
            max_documents: 1,
        },
    };
    match serde_saphyr::from_str_with_options::<Spanned<Node>>(text, opts) {
        Ok(root) => {
            let mut spans = HashMap::new();
            let value = lower(root, String::new(), None, text, &mut spans);
            Ok(Document { value, spans })
        }
        Err(e) => Err(Box::new(yaml_error(&e, text))),
    }
}

fn yaml_error(e: &serde_saphyr::Error, text: &str) -> Diagnostic {
    use serde_saphyr::Error as E;
    use serde_saphyr::budget::BudgetBreach as B;
    let at = e.location().map_or(0..0, |l| {
        let r = range_of(&l, text);
        r.start..r.start
    });
    let rendered = e
        .render_with_options(serde_saphyr::render_options! {
            snippets: serde_saphyr::SnippetMode::Off,
        })
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned();
    let limits = |kind: &str| {
        Diagnostic::new(&YAML_LIMITS)
            .arg("kind", kind)
            .arg("depth", MAX_DEPTH)
            .arg("nodes", MAX_NODES)
            .arg("aliases", MAX_ALIASES)
            .arg("detail", strip_location_suffix(&rendered))
    };
    let d = match e.without_snippet() {
        E::DuplicateMappingKey { key, .. } => Diagnostic::new(&YAML_DUPLICATE_KEY)
            .arg("key", key.clone().unwrap_or_else(|| "none".to_owned())),
        E::Budget { breach, .. } => match breach {
            B::Depth { .. } => limits("depth"),
            B::Documents { .. } => Diagnostic::new(&YAML_SYNTAX)
                .arg("kind", "documents")
                .arg("detail", ""),
            B::Nodes { .. } | B::Aliases { .. } | B::AliasAnchorRatio { .. } | B::Events { .. } => {
                limits("nodes")
            }
            _ => limits("other"),
        },
        E::AliasReplayLimitExceeded { .. }
        | E::AliasExpansionLimitExceeded { .. }
        | E::AliasReplayStackDepthExceeded { .. } => limits("replay"),
        // Budget errors raised while replaying an alias come wrapped with the
        // alias location; recognise them by their text.
        _ if rendered.contains("budget breached") => limits("nodes"),
        _ => {
            let message = strip_location_suffix(&rendered);
            let kind = if message.contains("tab") {
                "tab"
            } else {
                "other"
            };
            Diagnostic::new(&YAML_SYNTAX)
                .arg("kind", kind)
                .arg("detail", message)
        }
    };
    d.at(at)
}

/// The file is larger than a notice can be.
pub static FILE_TOO_LARGE: Code = Code::stage("file-too-large", Stage::File, Severity::Error);
/// The file is not UTF-8.
pub static FILE_ENCODING: Code = Code::stage("file-encoding", Stage::File, Severity::Error);
/// The file holds no notice.
pub static FILE_EMPTY: Code = Code::stage("file-empty", Stage::File, Severity::Error);
/// The file is not valid YAML.
pub static YAML_SYNTAX: Code = Code::stage("yaml-syntax", Stage::Yaml, Severity::Error);
/// A key appears twice in one mapping.
pub static YAML_DUPLICATE_KEY: Code =
    Code::stage("yaml-duplicate-key", Stage::Yaml, Severity::Error);
/// The YAML exceeds the nesting, size or alias budgets.
pub static YAML_LIMITS: Code = Code::stage("yaml-limits", Stage::Yaml, Severity::Error);

/// The codes of this module.
pub static CODES: &[&Code] = &[
    &FILE_TOO_LARGE,
    &FILE_ENCODING,
    &FILE_EMPTY,
    &YAML_SYNTAX,
    &YAML_DUPLICATE_KEY,
    &YAML_LIMITS,
];

/// Removes a trailing "at line X, column Y" from a serde-saphyr message: the
/// position is shown separately.
fn strip_location_suffix(message: &str) -> String {
    let trimmed = match message.find(" at line ") {
        Some(i) => &message[..i],
        None => message,
    };
    trimmed.trim().trim_end_matches(['.', ':']).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_point_at_keys_and_values() {
        let text = "id: x\ncontroller:\n  name: Äänekosken kaupunki\n  email: a@b.fi\n";
        let doc = parse(text).unwrap();
        let email = &doc.spans["/controller/email"];
        assert_eq!(&text[email.value.clone()], "a@b.fi");
        assert_eq!(&text[email.key.clone().unwrap()], "email");
        let name = &doc.spans["/controller/name"];
        assert_eq!(&text[name.value.clone()], "Äänekosken kaupunki");
        assert_eq!(doc.value["controller"]["email"], "a@b.fi");
    }

    #[test]
    fn yaml_1_2_scalars_stay_strings() {
        let doc = parse("a: no\nb: 0447865301\nc: 2018-09-14\nd: yes\n").unwrap();
        assert_eq!(doc.value["a"], "no");
        assert_eq!(doc.value["b"], "0447865301");
        assert_eq!(doc.value["c"], "2018-09-14");
        assert_eq!(doc.value["d"], "yes");
    }

    #[test]
    fn missing_node_falls_back_to_parent_key() {
        let text = "controller:\n  name: A\n";
        let doc = parse(text).unwrap();
        let s = doc.span("/controller/email");
        assert_eq!(&text[s], "controller");
    }

    #[test]
    fn bom_is_accepted_and_utf16_refused() {
        let d = decode(b"\xEF\xBB\xBFid: x\n");
        assert!(d.error.is_none());
        assert_eq!(d.text, "id: x\n");
        assert!(decode(b"\xFF\xFEi\0d\0").error.is_some());
        let bad = decode(b"id: \xE4\n");
        assert_eq!(bad.error.unwrap().span, Some(4..7));
    }
}
