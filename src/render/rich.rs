//! Text fields of a notice may use Markdown. This module turns one such text
//! into every form the templates need ([`Rich`]): sanitised HTML, escaped
//! Markdown, plain text and a node tree for typst.
//!
//! The rules, the same in every format: raw HTML is shown as text, links
//! keep only `http`, `https`, `mailto` and `tel` targets (others become
//! plain text), headings inside a field become bold paragraphs (the
//! document's own heading hierarchy stays intact), images become their
//! alternative text. The HTML additionally goes through ammonia.

use std::collections::HashSet;
use std::sync::LazyLock;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, html};
use schemars::JsonSchema;
use serde::Serialize;

use crate::model::Lang;

/// One text in every output form.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
pub struct Rich {
    /// Sanitised block-level HTML.
    pub html: String,
    /// CommonMark, block level, every active character of the text escaped.
    pub md: String,
    /// One line, safe in a Markdown table cell or list item.
    pub md_inline: String,
    /// Text without markup.
    pub plain: String,
    /// Node tree for the typst template.
    pub typst: Vec<Block>,
    /// The passage's language when it differs from the document's.
    pub lang: Option<Lang>,
}

/// A block node.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
#[serde(tag = "t", rename_all = "lowercase")]
pub enum Block {
    /// A paragraph.
    Par {
        /// Its content.
        c: Vec<Inline>,
    },
    /// A list.
    List {
        /// Numbered.
        ordered: bool,
        /// First number.
        start: u64,
        /// Items, each a list of blocks.
        items: Vec<Vec<Block>>,
    },
    /// A block quote.
    Quote {
        /// Its content.
        c: Vec<Block>,
    },
    /// A code block.
    Code {
        /// The code.
        v: String,
    },
}

/// An inline node.
#[derive(Debug, Clone, Serialize, PartialEq, JsonSchema)]
#[serde(tag = "t", rename_all = "lowercase")]
pub enum Inline {
    /// Text.
    Text {
        /// The text.
        v: String,
    },
    /// Strong emphasis.
    Strong {
        /// Content.
        c: Vec<Inline>,
    },
    /// Emphasis.
    Emph {
        /// Content.
        c: Vec<Inline>,
    },
    /// Strikethrough.
    Strike {
        /// Content.
        c: Vec<Inline>,
    },
    /// Inline code.
    Code {
        /// The code.
        v: String,
    },
    /// A link with a safe target.
    Link {
        /// The target.
        url: String,
        /// Content.
        c: Vec<Inline>,
    },
    /// A hard line break.
    Br,
}

/// Whether a link target may be published.
pub fn safe_url(url: &str) -> bool {
    if url.len() > crate::limits::MAX_URL_CHARS {
        return false;
    }
    let lower = url.trim().to_ascii_lowercase();
    // A scheme with nothing after it ("http://", "mailto:") is no target:
    // browsers and PDF readers cannot follow it (typst refused it).
    ["http://", "https://", "mailto:", "tel:"].iter().any(|s| {
        lower.strip_prefix(s).is_some_and(|rest| {
            rest.chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || (*s == "tel:" && c == '+'))
        })
    })
}

/// The Markdown extensions text fields may use.
pub(crate) fn options() -> Options {
    Options::ENABLE_STRIKETHROUGH
}

/// The parser's events with the policy applied: raw HTML as text, unsafe
/// links and images unwrapped, headings as bold paragraphs.
fn events(md: &str) -> Vec<Event<'_>> {
    let mut out = Vec::new();
    let mut dropped_links: Vec<bool> = Vec::new();
    // Text outside links and code, gathered so that a web or e-mail address
    // split over several text events is found whole.
    let mut text = String::new();
    let mut in_code_block = false;
    for ev in Parser::new_ext(md, options()) {
        if let Event::Text(t) = &ev
            && dropped_links.is_empty()
            && !in_code_block
        {
            text.push_str(t);
            continue;
        }
        autolink(&mut text, &mut out);
        match &ev {
            Event::Start(Tag::CodeBlock(_)) => in_code_block = true,
            Event::End(TagEnd::CodeBlock) => in_code_block = false,
            _ => {}
        }
        match ev {
            Event::Html(s) | Event::InlineHtml(s) => out.push(Event::Text(s)),
            Event::Start(Tag::Heading { .. }) => {
                out.push(Event::Start(Tag::Paragraph));
                out.push(Event::Start(Tag::Strong));
            }
            Event::End(TagEnd::Heading(_)) => {
                out.push(Event::End(TagEnd::Strong));
                out.push(Event::End(TagEnd::Paragraph));
            }
            Event::Start(Tag::Link {
                dest_url,
                title,
                id,
                link_type,
            }) => {
                let keep = safe_url(&dest_url);
                dropped_links.push(!keep);
                if keep {
                    out.push(Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }));
                }
            }
            Event::End(TagEnd::Link) => {
                if dropped_links.pop() == Some(false) {
                    out.push(Event::End(TagEnd::Link));
                }
            }
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => {}
            Event::FootnoteReference(s) => out.push(Event::Text(s)),
            Event::TaskListMarker(_) | Event::Rule => {}
            Event::InlineMath(s) | Event::DisplayMath(s) => out.push(Event::Text(s)),
            e => out.push(e),
        }
    }
    autolink(&mut text, &mut out);
    crate::limits::flatten_nesting(out)
}

/// The finder of bare web and e-mail addresses (`www.` addresses without a
/// scheme too).
static LINKS: LazyLock<linkify::LinkFinder> = LazyLock::new(|| {
    let mut f = linkify::LinkFinder::new();
    f.url_must_have_scheme(false);
    f
});

/// Flushes gathered text into `out`, with every bare web address and e-mail
/// address in it a link (`https://` added to `www.` addresses, `mailto:` to
/// e-mail addresses), when the target is one that may be published.
fn autolink(text: &mut String, out: &mut Vec<Event<'_>>) {
    if text.is_empty() {
        return;
    }
    let whole = std::mem::take(text);
    // Text between links stays one text event, as the parser gave it.
    let mut plain = String::new();
    for span in LINKS.spans(&whole) {
        let s = span.as_str();
        let target = match span.kind() {
            Some(linkify::LinkKind::Email) => Some(format!("mailto:{s}")),
            Some(linkify::LinkKind::Url) if s.contains("://") => Some(s.to_owned()),
            // Without a scheme only `www.` addresses: "tiedosto.pdf" or
            // "asetus.fi" in running text may not be meant as links.
            Some(linkify::LinkKind::Url)
                if s.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("www.")) =>
            {
                Some(format!("https://{s}"))
            }
            _ => None,
        };
        match target.filter(|t| safe_url(t)) {
            Some(t) => {
                if !plain.is_empty() {
                    out.push(Event::Text(std::mem::take(&mut plain).into()));
                }
                out.push(Event::Start(Tag::Link {
                    link_type: pulldown_cmark::LinkType::Autolink,
                    dest_url: t.into(),
                    title: "".into(),
                    id: "".into(),
                }));
                out.push(Event::Text(s.to_owned().into()));
                out.push(Event::End(TagEnd::Link));
            }
            None => plain.push_str(s),
        }
    }
    if !plain.is_empty() {
        out.push(Event::Text(plain.into()));
    }
}

static AMMONIA: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.url_schemes(HashSet::from(["http", "https", "mailto", "tel"]))
        .link_rel(Some("noopener noreferrer"));
    b
});

/// Sanitised HTML of a Markdown text.
#[cfg(test)]
fn to_html(md: &str) -> String {
    html_of(events(md))
}

/// Sanitised HTML of a text's events ([`events`]).
fn html_of<'a>(events: impl IntoIterator<Item = Event<'a>>) -> String {
    let mut raw = String::new();
    html::push_html(&mut raw, events.into_iter());
    AMMONIA.clean(&raw).to_string().trim_end().to_owned()
}

/// The node tree of a Markdown text.
#[cfg(test)]
fn to_nodes(md: &str) -> Vec<Block> {
    nodes_of(events(md))
}

/// The node tree of a text's events ([`events`]).
fn nodes_of<'a>(events: impl IntoIterator<Item = Event<'a>>) -> Vec<Block> {
    let mut b = TreeBuilder::default();
    for ev in events {
        b.event(ev);
    }
    b.finish()
}

#[derive(Default)]
struct TreeBuilder {
    /// Open block containers: (kind, blocks so far).
    blocks: Vec<(Container, Vec<Block>)>,
    /// Open inline containers: (kind, inlines so far).
    inlines: Vec<(InlineKind, Vec<Inline>)>,
    root: Vec<Block>,
    code: Option<String>,
}

enum Container {
    Quote,
    List {
        ordered: bool,
        start: u64,
        items: Vec<Vec<Block>>,
    },
    Item,
}

enum InlineKind {
    Par,
    Strong,
    Emph,
    Strike,
    Link(String),
}

impl TreeBuilder {
    fn push_block(&mut self, b: Block) {
        match self.blocks.last_mut() {
            Some((_, v)) => v.push(b),
            None => self.root.push(b),
        }
    }

    fn push_inline(&mut self, i: Inline) {
        if self.inlines.is_empty() {
            // Tight list items have no paragraph events.
            self.inlines.push((InlineKind::Par, Vec::new()));
        }
        if let Some((_, v)) = self.inlines.last_mut() {
            v.push(i);
        }
    }

    fn close_par(&mut self) {
        while let Some((kind, c)) = self.inlines.pop() {
            match kind {
                InlineKind::Par => {
                    if !c.is_empty() {
                        self.push_block(Block::Par { c });
                    }
                    return;
                }
                other => {
                    let node = wrap(other, c);
                    self.push_inline(node);
                }
            }
        }
    }

    fn close_inline(&mut self) {
        if let Some((kind, c)) = self.inlines.pop() {
            match kind {
                InlineKind::Par => self.inlines.push((InlineKind::Par, c)),
                other => {
                    let node = wrap(other, c);
                    self.push_inline(node);
                }
            }
        }
    }

    fn event(&mut self, ev: Event<'_>) {
        match ev {
            Event::Start(Tag::Paragraph) => {
                self.close_par();
                self.inlines.push((InlineKind::Par, Vec::new()));
            }
            Event::End(TagEnd::Paragraph) => self.close_par(),
            Event::Start(Tag::Strong) => self.open_inline(InlineKind::Strong),
            Event::Start(Tag::Emphasis) => self.open_inline(InlineKind::Emph),
            Event::Start(Tag::Strikethrough) => self.open_inline(InlineKind::Strike),
            Event::Start(Tag::Link { dest_url, .. }) => {
                self.open_inline(InlineKind::Link(dest_url.to_string()));
            }
            Event::End(
                TagEnd::Strong | TagEnd::Emphasis | TagEnd::Strikethrough | TagEnd::Link,
            ) => self.close_inline(),
            Event::Start(Tag::BlockQuote(_)) => {
                self.close_par();
                self.blocks.push((Container::Quote, Vec::new()));
            }
            Event::Start(Tag::List(start)) => {
                self.close_par();
                self.blocks.push((
                    Container::List {
                        ordered: start.is_some(),
                        start: start.unwrap_or(1),
                        items: Vec::new(),
                    },
                    Vec::new(),
                ));
            }
            Event::Start(Tag::Item) => {
                self.close_par();
                self.blocks.push((Container::Item, Vec::new()));
            }
            Event::End(TagEnd::Item) => {
                self.close_par();
                if let Some((Container::Item, content)) = self.blocks.pop()
                    && let Some((Container::List { items, .. }, _)) = self.blocks.last_mut()
                {
                    items.push(content);
                }
            }
            Event::End(TagEnd::List(_)) => {
                self.close_par();
                if let Some((
                    Container::List {
                        ordered,
                        start,
                        items,
                    },
                    _,
                )) = self.blocks.pop()
                {
                    self.push_block(Block::List {
                        ordered,
                        start,
                        items,
                    });
                }
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                self.close_par();
                if let Some((Container::Quote, c)) = self.blocks.pop() {
                    self.push_block(Block::Quote { c });
                }
            }
            Event::Start(Tag::CodeBlock(_)) => {
                self.close_par();
                self.code = Some(String::new());
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some(v) = self.code.take() {
                    self.push_block(Block::Code {
                        v: v.trim_end_matches('\n').to_owned(),
                    });
                }
            }
            Event::Text(t) => match &mut self.code {
                Some(code) => code.push_str(&t),
                None => self.text(&t),
            },
            Event::Code(t) => self.push_inline(Inline::Code { v: t.to_string() }),
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.push_inline(Inline::Br),
            _ => {}
        }
    }

    fn open_inline(&mut self, kind: InlineKind) {
        if self.inlines.is_empty() {
            self.inlines.push((InlineKind::Par, Vec::new()));
        }
        self.inlines.push((kind, Vec::new()));
    }

    fn text(&mut self, t: &str) {
        if let Some((_, v)) = self.inlines.last_mut()
            && let Some(Inline::Text { v: last }) = v.last_mut()
        {
            last.push_str(t);
            return;
        }
        self.push_inline(Inline::Text { v: t.to_owned() });
    }

    fn finish(mut self) -> Vec<Block> {
        self.close_par();
        while let Some((c, blocks)) = self.blocks.pop() {
            let b = match c {
                Container::Quote => Block::Quote { c: blocks },
                Container::List {
                    ordered,
                    start,
                    mut items,
                } => {
                    if !blocks.is_empty() {
                        items.push(blocks);
                    }
                    Block::List {
                        ordered,
                        start,
                        items,
                    }
                }
                Container::Item => {
                    for b in blocks {
                        self.push_block(b);
                    }
                    continue;
                }
            };
            self.push_block(b);
        }
        self.root
    }
}

fn wrap(kind: InlineKind, c: Vec<Inline>) -> Inline {
    match kind {
        InlineKind::Strong => Inline::Strong { c },
        InlineKind::Emph => Inline::Emph { c },
        InlineKind::Strike => Inline::Strike { c },
        InlineKind::Link(url) => Inline::Link { url, c },
        InlineKind::Par => Inline::Strong { c },
    }
}

/// Escapes text for CommonMark: every character that could start markup is
/// backslash-escaped, and line-start markers are neutralised.
pub fn escape_md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    // A paragraph that starts like a list item, a heading underline or an
    // ordered-list number must not become one.
    let first = out.chars().next();
    if matches!(first, Some('-' | '+' | '=')) {
        out.insert(0, '\\');
    }
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && matches!(out[digits..].chars().next(), Some('.' | ')')) {
        out.insert(digits, '\\');
    }
    out
}

/// A link target for a Markdown `<...>` destination: every byte outside the
/// URL characters percent-encoded, so that no backslash, bracket, space or
/// line break can end the destination early.
fn md_url(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for b in url.bytes() {
        let keep = b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&b);
        if keep {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn inline_md(nodes: &[Inline], out: &mut String) {
    let mut i = 0;
    while i < nodes.len() {
        let n = &nodes[i];
        i += 1;
        match n {
            Inline::Text { v } => out.push_str(&escape_md(v)),
            Inline::Strong { c } => {
                out.push_str("**");
                inline_md(c, out);
                out.push_str("**");
            }
            Inline::Emph { c } => {
                out.push('*');
                inline_md(c, out);
                out.push('*');
            }
            Inline::Strike { c } => {
                out.push_str("~~");
                inline_md(c, out);
                out.push_str("~~");
            }
            Inline::Code { v } => {
                // Adjacent code spans are one span: a closing fence
                // followed by the next span's opening backtick would be a
                // longer run that closes nothing, and the rest would
                // become markup.
                let mut v = v.replace('\n', " ");
                while let Some(Inline::Code { v: next }) = nodes.get(i) {
                    v.push_str(&next.replace('\n', " "));
                    i += 1;
                }
                // A fence longer than any run of backticks in the code, so
                // the span cannot end early and let the rest become markup.
                let longest = v.split(|c| c != '`').map(str::len).max().unwrap_or(0);
                let fence = "`".repeat(longest + 1);
                if longest == 0 && !v.starts_with(' ') && !v.ends_with(' ') {
                    out.push_str(&format!("`{v}`"));
                } else {
                    out.push_str(&format!("{fence} {v} {fence}"));
                }
            }
            Inline::Link { url, c } => {
                out.push('[');
                inline_md(c, out);
                out.push_str("](<");
                out.push_str(&md_url(url));
                out.push_str(">)");
            }
            Inline::Br => out.push_str("\\\n"),
        }
    }
}

fn blocks_md(blocks: &[Block], indent: &str, out: &mut Vec<String>) {
    for b in blocks {
        match b {
            Block::Par { c } => {
                let mut s = String::new();
                inline_md(c, &mut s);
                out.push(s.replace('\n', &format!("\n{indent}")));
            }
            Block::List {
                ordered,
                start,
                items,
            } => {
                let mut lines = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    let marker = if *ordered {
                        format!("{}. ", start + i as u64)
                    } else {
                        "- ".to_owned()
                    };
                    let pad = " ".repeat(marker.len());
                    let mut inner = Vec::new();
                    blocks_md(item, &format!("{indent}{pad}"), &mut inner);
                    let body = inner.join(&format!("\n\n{indent}{pad}"));
                    lines.push(format!("{marker}{body}"));
                }
                out.push(lines.join(&format!("\n{indent}")));
            }
            Block::Quote { c } => {
                let mut inner = Vec::new();
                blocks_md(c, "", &mut inner);
                let text = inner.join("\n\n");
                out.push(
                    text.lines()
                        .map(|l| {
                            if l.is_empty() {
                                ">".to_owned()
                            } else {
                                format!("> {l}")
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(&format!("\n{indent}")),
                );
            }
            Block::Code { v } => {
                // Longer than any run of backticks in the code, so no line
                // of it can close the block.
                let longest = v.split(|c| c != '`').map(str::len).max().unwrap_or(0);
                let fence = "`".repeat((longest + 1).max(3));
                out.push(format!(
                    "{fence}\n{indent}{}\n{indent}{fence}",
                    v.replace('\n', &format!("\n{indent}"))
                ));
            }
        }
    }
}

/// CommonMark of a node tree.
pub fn nodes_md(blocks: &[Block]) -> String {
    let mut out = Vec::new();
    blocks_md(blocks, "", &mut out);
    out.join("\n\n")
}

fn inline_plain(nodes: &[Inline], out: &mut String) {
    for n in nodes {
        match n {
            Inline::Text { v } | Inline::Code { v } => out.push_str(v),
            Inline::Strong { c } | Inline::Emph { c } | Inline::Strike { c } => {
                inline_plain(c, out);
            }
            Inline::Link { url, c } => {
                let before = out.len();
                inline_plain(c, out);
                let label = &out[before..];
                let bare = url.trim_start_matches("mailto:").trim_start_matches("tel:");
                if label != bare && label != url {
                    out.push_str(&format!(" ({bare})"));
                }
            }
            Inline::Br => out.push('\n'),
        }
    }
}

fn blocks_plain(blocks: &[Block], sep: &str, out: &mut Vec<String>) {
    for b in blocks {
        match b {
            Block::Par { c } => {
                let mut s = String::new();
                inline_plain(c, &mut s);
                out.push(s);
            }
            Block::List { items, .. } => {
                for item in items {
                    let mut inner = Vec::new();
                    blocks_plain(item, sep, &mut inner);
                    out.push(inner.join(sep));
                }
            }
            Block::Quote { c } => blocks_plain(c, sep, out),
            Block::Code { v } => out.push(v.clone()),
        }
    }
}

impl Rich {
    /// Renders one Markdown text.
    pub fn from_markdown(md: &str, lang: Option<Lang>) -> Rich {
        // A lone CR is a line ending to CommonMark: make every line ending a
        // LF first, so that the one-line form below has none left.
        let normalised;
        let md = if md.contains('\r') {
            normalised = md.replace("\r\n", "\n").replace('\r', "\n");
            normalised.as_str()
        } else {
            md
        };
        // One parse serves the HTML and the node tree.
        let parsed = events(md);
        let nodes = nodes_of(parsed.iter().cloned());
        let mut plain = Vec::new();
        blocks_plain(&nodes, " ", &mut plain);
        let md_block = nodes_md(&nodes);
        let mut inline_parts = Vec::new();
        for b in &nodes {
            match b {
                Block::List { items, .. } => {
                    for item in items {
                        inline_parts.push(nodes_md(item));
                    }
                }
                other => inline_parts.push(nodes_md(std::slice::from_ref(other))),
            }
        }
        let md_inline = inline_parts
            .join("; ")
            .replace("\\\n", " ")
            .replace('\n', " ");
        Rich {
            html: html_of(parsed),
            md: md_block,
            md_inline,
            plain: plain.join("\n"),
            typst: nodes,
            lang,
        }
    }

    /// Plain text (no Markdown interpretation), e.g. names and addresses.
    pub fn from_plain(text: &str, lang: Option<Lang>) -> Rich {
        let paragraphs: Vec<&str> = text
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let nodes: Vec<Block> = paragraphs
            .iter()
            .map(|p| {
                let mut c = Vec::new();
                for (i, line) in p.lines().enumerate() {
                    if i > 0 {
                        c.push(Inline::Br);
                    }
                    c.push(Inline::Text { v: line.to_owned() });
                }
                Block::Par { c }
            })
            .collect();
        let html = paragraphs
            .iter()
            .map(|p| {
                let lines: Vec<String> = p.lines().map(escape_html).collect();
                format!("<p>{}</p>", lines.join("<br>\n"))
            })
            .collect::<Vec<_>>()
            .join("\n");
        let md = nodes_md(&nodes);
        Rich {
            html,
            md_inline: md.replace("\\\n", ", ").replace('\n', " "),
            md,
            plain: paragraphs.join("\n"),
            typst: nodes,
            lang,
        }
    }

    /// A link with a label, both plain text.
    pub fn link(label: &str, url: &str, lang: Option<Lang>) -> Rich {
        if !safe_url(url) {
            return Rich::from_plain(label, lang);
        }
        let nodes = vec![Block::Par {
            c: vec![Inline::Link {
                url: url.to_owned(),
                c: vec![Inline::Text {
                    v: label.to_owned(),
                }],
            }],
        }];
        let md = nodes_md(&nodes);
        Rich {
            html: format!(
                "<p><a href=\"{}\" rel=\"noopener noreferrer\">{}</a></p>",
                escape_html(url),
                escape_html(label)
            ),
            md_inline: md.clone(),
            md,
            plain: if label == url {
                label.to_owned()
            } else {
                format!("{label} ({url})")
            },
            typst: nodes,
            lang,
        }
    }

    /// Joins several texts into one, each as its own paragraph (or block).
    pub fn concat(parts: Vec<Rich>) -> Rich {
        let lang = parts.first().and_then(|p| p.lang);
        let same_lang = parts.iter().all(|p| p.lang == lang);
        Rich {
            html: parts
                .iter()
                .map(|p| match (p.lang, same_lang) {
                    (Some(l), false) => format!("<div lang=\"{}\">{}</div>", l.code(), p.html),
                    _ => p.html.clone(),
                })
                .collect::<Vec<_>>()
                .join("\n"),
            md: parts
                .iter()
                .map(|p| p.md.as_str())
                .collect::<Vec<_>>()
                .join("\n\n"),
            md_inline: parts
                .iter()
                .map(|p| p.md_inline.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            plain: parts
                .iter()
                .map(|p| p.plain.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
            typst: parts.into_iter().flat_map(|p| p.typst).collect(),
            lang: if same_lang { lang } else { None },
        }
    }
}

/// Escapes text for HTML.
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const EVIL: &str = "Hello **world** <script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) [ok](https://ok.example) #read(\"/etc/passwd\") $x^2$ \\ back";

    #[test]
    fn html_is_sanitised() {
        let h = to_html(EVIL);
        assert!(!h.contains("<script"), "{h}");
        assert!(!h.contains("<img"), "{h}");
        assert!(!h.contains("javascript:"), "{h}");
        assert!(h.contains("&lt;script&gt;"), "{h}");
        assert!(h.contains("<strong>world</strong>"), "{h}");
        assert!(h.contains("href=\"https://ok.example\""), "{h}");
        let block = to_html("<div onclick=\"x()\">raw block</div>\n\ntext");
        assert!(!block.contains("<div"), "{block}");
    }

    #[test]
    fn markdown_is_escaped_and_round_trips() {
        let r = Rich::from_markdown(EVIL, None);
        assert!(r.md.contains("\\<script\\>"), "{}", r.md);
        assert!(!r.md.contains("javascript"), "{}", r.md);
        assert!(r.md.contains("[ok](<https://ok.example>)"), "{}", r.md);
        // Rendering the escaped Markdown again gives the same text.
        let again = to_nodes(&r.md);
        assert_eq!(again, r.typst);
    }

    #[test]
    fn a_scheme_alone_is_no_link_target() {
        for u in [
            "http://",
            "https://",
            "mailto:",
            "tel:",
            "http:///x",
            "https://?a",
        ] {
            assert!(!safe_url(u), "{u}");
        }
        for u in [
            "https://a.fi",
            "mailto:a@b.fi",
            "tel:+358401",
            "HTTP://A.FI",
        ] {
            assert!(safe_url(u), "{u}");
        }
    }

    #[test]
    fn bare_addresses_are_links_in_every_format() {
        let src = "Lomake: www.huittinen.fi/asiointi_ja_lomakkeet tai https://x.example/a_b, \
                   kirjaamo@kaupunki.fi. Ei linkkejä: tiedosto.pdf, 7.2.2023, `www.koodi.fi`, \
                   [nimi](https://ok.example) www.x.fi";
        let h = to_html(src);
        assert!(
            h.contains("<a href=\"https://www.huittinen.fi/asiointi_ja_lomakkeet\""),
            "{h}"
        );
        assert!(h.contains("<a href=\"https://x.example/a_b\""), "{h}");
        assert!(h.contains("<a href=\"mailto:kirjaamo@kaupunki.fi\""), "{h}");
        assert!(
            !h.contains("tiedosto.pdf</a>") && !h.contains("2023</a>"),
            "{h}"
        );
        assert!(h.contains("<code>www.koodi.fi</code>"), "{h}");
        // An explicit link keeps its own text; the text after it is linked.
        assert!(
            h.contains(">nimi</a>") && h.contains("href=\"https://www.x.fi\""),
            "{h}"
        );
        let r = Rich::from_markdown(src, None);
        assert!(r.md.contains("(<mailto:kirjaamo@kaupunki.fi>)"), "{}", r.md);
        let links = |c: &[Inline]| {
            c.iter()
                .filter(|i| matches!(i, Inline::Link { .. }))
                .count()
        };
        let Block::Par { c } = &r.typst[0] else {
            panic!("{:?}", r.typst)
        };
        assert_eq!(links(c), 5, "{c:?}");
    }

    #[test]
    fn nodes_keep_structure() {
        let n = to_nodes("- a **b**\n- c\n\n# Otsikko\n\n1. x");
        assert!(matches!(&n[0], Block::List { ordered: false, items, .. } if items.len() == 2));
        assert!(matches!(&n[1], Block::Par { c } if matches!(c[0], Inline::Strong { .. })));
        assert!(matches!(&n[2], Block::List { ordered: true, .. }));
    }

    #[test]
    fn line_start_markers_are_escaped() {
        for s in ["- ei lista", "1. ei numero", "# ei otsikko", "==="] {
            let r = Rich::from_plain(s, None);
            let back = to_nodes(&r.md);
            assert!(matches!(&back[0], Block::Par { .. }), "{s}: {back:?}");
            assert_eq!(r.plain, s);
        }
    }
}
