//! `seloste import`: a YAML draft from a legacy prose notice (plain text,
//! Markdown, HTML). The text is cut into sections at the legacy headings
//! (Finnish, Swedish or English, numbered or not, in any case, with the
//! hyphenation of PDF text), and each section goes to the fields it fills:
//! contact details are taken apart (e-mails also de-obfuscated, phones,
//! business IDs), statute citations become `laws`, bullet lists become
//! items. A legal basis is only suggested, in a comment for the lawyer.
//!
//! Nothing is dropped: every section's text stands as a comment above what
//! was made of it, and text that fills no field goes to `notes` (tested:
//! every word of the input is in the draft).

use std::fmt::Write as _;

use crate::i18n::Lang;
use crate::legal::STATUTES;
use crate::model::Date;

/// The fields a legacy heading can stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Controller,
    Responsible,
    Contact,
    Dpo,
    Purposes,
    LegalBasis,
    DataSubjects,
    DataCategories,
    Sources,
    Recipients,
    Transfers,
    Security,
    Retention,
    Access,
    Rectification,
    Erasure,
    Object,
    Rights,
    Automated,
    Complaint,
    Informing,
    WithdrawConsent,
}

/// Words of legacy headings, most specific first: the first entry with a
/// word in the heading decides. Matched in lower case, with the hyphens of
/// PDF line breaks joined ("rekisterin- pitäjä" → "rekisterinpitäjä").
pub const HEADINGS: &[(Field, &[&str])] = &[
    (
        Field::Dpo,
        &[
            "tietosuojavastaava",
            "dataskyddsombud",
            "data protection officer",
        ],
    ),
    (
        Field::Responsible,
        &[
            "rekisteristä vastaava",
            "vastuuhenkilö",
            "vastuhenkilö",
            "vastaava henkilö",
            "ansvarig person",
            "person responsible",
            "responsible person",
        ],
    ),
    (
        Field::Contact,
        &["yhteyshenkilö", "kontaktperson", "contact person"],
    ),
    (
        Field::Title,
        &[
            "rekisterin nimi",
            "registrets namn",
            "name of the register",
            "register name",
            "käsittelytoimen nimi",
        ],
    ),
    (
        Field::Transfers,
        &[
            "eu:n tai eta:n ulkopuolelle",
            "eta:n ulkopuolelle",
            "eu:n ulkopuolelle",
            "kolmansiin maihin",
            "utanför eu",
            "utanför ees",
            "outside the eu",
            "outside the eea",
            "third countr",
        ],
    ),
    (
        Field::LegalBasis,
        &[
            "oikeusperuste",
            "käsittelyn peruste",
            "rättslig grund",
            "legal basis",
            "lawful basis",
        ],
    ),
    (
        Field::Purposes,
        &[
            "käsittelyn tarkoitus",
            "käyttötarkoitus",
            "tarkoitus",
            "ändamål",
            "purpose",
        ],
    ),
    (
        Field::DataSubjects,
        &[
            "rekisteröityjen ryhm",
            "rekisteröidyt",
            "registrerade",
            "data subjects",
            "categories of data subjects",
        ],
    ),
    (
        Field::DataCategories,
        &[
            "tietosisältö",
            "tietoryhm",
            "henkilötietoryhm",
            "tiedot rekisterissä",
            "uppgiftsinnehåll",
            "personuppgifter som",
            "kategorier av personuppgifter",
            "categories of personal data",
            "personal data processed",
            "data content",
        ],
    ),
    (
        Field::Sources,
        &[
            "tietolähte",
            "uppgiftskäll",
            "källor",
            "sources of",
            "source of",
        ],
    ),
    (
        Field::Recipients,
        &[
            "luovutu",
            "luovutetaan",
            "vastaanottaj",
            "utlämn",
            "mottagare",
            "disclos",
            "recipient",
        ],
    ),
    (
        Field::Retention,
        &[
            "säilytysaika",
            "säilyttäminen",
            "säilytys",
            "lagringstid",
            "bevarande",
            "retention",
            "storage period",
        ],
    ),
    (
        Field::Security,
        &[
            "suojau",
            "suojaami",
            "tietoturva",
            "skydd",
            "säkerhet",
            "security",
            "protection of",
        ],
    ),
    (
        Field::Access,
        &[
            "tarkastusoikeus",
            "tarkastaa",
            "tarkastus",
            "rätt till insyn",
            "rätt att få tillgång",
            "right of access",
            "right to access",
        ],
    ),
    (
        Field::Rectification,
        &["oikaisu", "korjaaminen", "rättelse", "rectification"],
    ),
    (
        Field::Erasure,
        &["poistaminen", "poisto-oikeus", "radering", "erasure"],
    ),
    (
        Field::Object,
        &[
            "kielto-oikeus",
            "vastustamisoikeus",
            "invändning",
            "right to object",
        ],
    ),
    (
        Field::WithdrawConsent,
        &[
            "suostumuksen peruuttami",
            "peruuttaa suostumu",
            "återkalla samtycke",
            "återkallande av samtycke",
            "withdraw consent",
            "withdrawal of consent",
        ],
    ),
    (
        Field::Informing,
        &["informointi", "informering", "informing", "informoiminen"],
    ),
    (
        Field::Automated,
        &[
            "automaattinen päätöksenteko",
            "automaattis",
            "profilointi",
            "automatiserat",
            "automated",
        ],
    ),
    (
        Field::Complaint,
        &[
            "valitusoikeus",
            "valitus",
            "valvontaviranomai",
            "tietosuojavaltuutet",
            "klagomål",
            "complaint",
            "supervisory authority",
        ],
    ),
    (
        Field::Rights,
        &[
            "rekisteröidyn oikeudet",
            "oikeudet",
            "rättigheter",
            "rights",
        ],
    ),
    (
        Field::Controller,
        &[
            "rekisterinpitäjä",
            "personuppgiftsansvarig",
            "registeransvarig",
            "controller",
        ],
    ),
];

/// The field a line names when it is a heading: short, and holding a
/// heading's words once numbering and markup are gone.
pub fn heading(line: &str) -> Option<Field> {
    let norm = normalise_heading(line);
    if norm.is_empty() || norm.chars().count() > 120 || norm.split_whitespace().count() > 14 {
        return None;
    }
    // A sentence is not a heading, unless it is numbered ("7. Tietosisältö.").
    let numbered = line
        .trim_start_matches(['#', '*', '<', '>', ' '])
        .starts_with(|c: char| c.is_ascii_digit());
    if line.trim_end().ends_with('.') && !numbered {
        return None;
    }
    // Contact details are not a heading.
    let unnumbered = line.trim_start().trim_start_matches(|c: char| {
        c.is_ascii_digit() || matches!(c, '.' | ')' | ' ' | '<' | '>')
    });
    let digits = unnumbered.chars().filter(char::is_ascii_digit).count();
    if line.contains('@')
        || line.contains("(at)")
        || line.contains("[at]")
        || line.contains("http")
        || digits >= 7
    {
        return None;
    }
    HEADINGS
        .iter()
        .find(|(_, words)| words.iter().any(|w| norm.contains(w)))
        .map(|(f, _)| *f)
}

/// A heading in lower case without its number, markup or the hyphens of
/// line breaks.
fn normalise_heading(line: &str) -> String {
    let t = line.trim().trim_start_matches(['#', '*', '_', ' ']);
    let t =
        t.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ')' | ' ' | '§'));
    let t = t.trim_end_matches([':', '*', '_', ' ', '.']);
    let lower = t.to_lowercase().replace("- ", "").replace('\u{ad}', "");
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The most a `.docx` may unpack to (its `word/document.xml`): a bound
/// against zip bombs, well above any notice.
pub const MAX_DOCX_XML: u64 = 32 * 1024 * 1024;

/// The text of a Word document (`.docx`): its paragraphs as lines, table
/// cells separated by tabs (a row reads "heading<TAB>text" as in the other
/// formats), line breaks and tabs kept.
pub fn docx_text(bytes: &[u8]) -> Result<String, String> {
    use quick_xml::events::Event;
    use std::io::Read;
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let mut entry = archive
        .by_name("word/document.xml")
        .map_err(|e| e.to_string())?;
    let mut xml = Vec::new();
    entry
        .by_ref()
        .take(MAX_DOCX_XML + 1)
        .read_to_end(&mut xml)
        .map_err(|e| e.to_string())?;
    if xml.len() as u64 > MAX_DOCX_XML {
        return Err(format!(
            "word/document.xml is larger than {MAX_DOCX_XML} bytes"
        ));
    }
    let mut reader = quick_xml::Reader::from_reader(xml.as_slice());
    let mut out = String::new();
    let mut in_text = false;
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) if e.name().as_ref() == b"w:t" => in_text = true,
            Ok(Event::End(e)) => match e.name().as_ref() {
                b"w:t" => in_text = false,
                b"w:p" => out.push('\n'),
                b"w:tc" => {
                    // The cell's last paragraph ended a line: the next cell
                    // continues it after a tab.
                    if out.ends_with('\n') {
                        out.pop();
                    }
                    out.push('\t');
                }
                b"w:tr" => out.push('\n'),
                _ => {}
            },
            Ok(Event::Empty(e)) => match e.name().as_ref() {
                b"w:tab" => out.push('\t'),
                b"w:br" | b"w:cr" => out.push('\n'),
                _ => {}
            },
            Ok(Event::Text(t)) if in_text => {
                let text = t.decode().map_err(|e| e.to_string())?;
                out.push_str(&quick_xml::escape::unescape(&text).map_err(|e| e.to_string())?);
            }
            Ok(Event::GeneralRef(r)) if in_text => {
                // &amp; and friends, and numeric references.
                let name = r.decode().map_err(|e| e.to_string())?;
                let c = match name.as_ref() {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    n => n
                        .strip_prefix("#x")
                        .and_then(|h| u32::from_str_radix(h, 16).ok())
                        .or_else(|| n.strip_prefix('#').and_then(|d| d.parse().ok()))
                        .and_then(char::from_u32),
                };
                if let Some(c) = c {
                    out.push(c);
                }
            }
            Ok(Event::Eof) => break,
            Err(e) => return Err(e.to_string()),
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

/// A legacy notice as text, line by line: HTML tags taken away (block
/// ends become line breaks), entities decoded.
pub fn text_of(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let cleaned = without_blocks(source);
    let mut rest = cleaned.as_str();
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        match after.find('>') {
            Some(close) if close < 400 && looks_like_tag(&after[1..close]) => {
                let tag = after[1..close].trim_start_matches('/').to_lowercase();
                let name: String = tag
                    .chars()
                    .take_while(char::is_ascii_alphanumeric)
                    .collect();
                if matches!(
                    name.as_str(),
                    "p" | "br"
                        | "hr"
                        | "li"
                        | "div"
                        | "tr"
                        | "h1"
                        | "h2"
                        | "h3"
                        | "h4"
                        | "h5"
                        | "h6"
                        | "ul"
                        | "ol"
                        | "table"
                ) {
                    out.push('\n');
                    if name == "li" && !after.starts_with("</") {
                        out.push_str("- ");
                    }
                } else if matches!(name.as_str(), "td" | "th") && after.starts_with("</") {
                    // Between the cells of a row: heading, tab, text.
                    out.push('\t');
                }
                // A link's address is text too: kept after its label.
                if name == "a"
                    && let Some(h) = after[..close].find("href=\"")
                {
                    let href = &after[h + 6..close];
                    if let Some(end) = href.find('"') {
                        let _ = write!(out, "<{}> ", &href[..end]);
                    }
                }
                rest = &after[close + 1..];
            }
            _ => {
                out.push('<');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    decode_entities(&out)
}

/// The text without `<script>`, `<style>` and `<head>` elements, HTML
/// comments and `<!doctype>`, which are not the notice's words.
fn without_blocks(source: &str) -> String {
    let mut s = source.to_owned();
    for (open, close) in [
        ("<!--", "-->"),
        ("<script", "</script>"),
        ("<style", "</style>"),
        ("<head", "</head>"),
        ("<!doctype", ">"),
        ("<!DOCTYPE", ">"),
    ] {
        while let Some(i) = s.find(open) {
            match s[i..].find(close) {
                Some(j) => s.replace_range(i..i + j + close.len(), "\n"),
                None => break,
            }
        }
    }
    s
}

fn looks_like_tag(inner: &str) -> bool {
    let inner = inner.trim_start_matches('/');
    inner
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && !inner.contains('@')
        && !inner.starts_with("http")
}

fn decode_entities(s: &str) -> String {
    s.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&ndash;", "–")
        .replace("&amp;", "&")
}

/// One section of the legacy notice.
#[derive(Debug, Clone)]
pub struct Section {
    /// The field it fills (`None`: the text before the first heading, or a
    /// heading seloste does not know).
    pub field: Option<Field>,
    /// The heading as written.
    pub heading: String,
    /// Its text.
    pub body: String,
}

/// The sections of a legacy notice. A heading is a line of its own, or the
/// start of a line before a tab (a table's first column).
pub fn sections(text: &str) -> Vec<Section> {
    let mut out = vec![Section {
        field: None,
        heading: String::new(),
        body: String::new(),
    }];
    let (text, footers) = run_on_split(text);
    for raw in text.lines() {
        let line = raw.trim_end();
        // A line that starts with a tab continues a table's second column.
        if raw.starts_with('\t') {
            let last = out.last_mut().expect("one section at least");
            if !last.body.is_empty() {
                last.body.push('\n');
            }
            last.body.push_str(line.trim());
            continue;
        }
        // `Heading<TAB>text` (a table's row), whose text may itself start
        // with a label.
        if let Some((h, r)) = line.split_once('\t')
            && let Some(f) = heading(h).filter(|_| !h.trim().is_empty())
        {
            out.push(Section {
                field: Some(f),
                heading: h.trim().to_owned(),
                body: String::new(),
            });
            push_line(&mut out, r);
            continue;
        }
        push_line(&mut out, line);
    }
    // Page footers: not the notice's words, but kept (under `notes`).
    if !footers.is_empty() {
        out.push(Section {
            field: None,
            heading: String::new(),
            body: footers.join("\n"),
        });
    }
    for s in &mut out {
        s.body = tidy(&s.body);
    }
    out.retain(|s| !(s.field.is_none() && s.heading.is_empty() && s.body.is_empty()));
    out
}

/// Text extracted from a PDF often runs on: "… ja seuranta. 5. Rekisterin
/// tietosisältö Asiakkaan nimi …". A number (1-40) followed by the words of
/// a heading starts a line of its own there, the heading (its shortest
/// words that name a field) on its own line.
fn run_on_split(text: &str) -> (String, Vec<String>) {
    let mut out = String::with_capacity(text.len());
    let mut footers = Vec::new();
    for line in text.lines() {
        let line = strip_footers(line, &mut footers);
        // A table's row is structured already.
        if line.contains('\t') || (line.chars().count() < 100 && !starts_numbered_heading(&line)) {
            out.push_str(&line);
            out.push('\n');
            continue;
        }
        let words: Vec<&str> = line.split(' ').collect();
        let mut i = 0;
        let mut current: Vec<&str> = Vec::new();
        while i < words.len() {
            let w = words[i];
            let number = w
                .trim_end_matches(['.', ')'])
                .parse::<u32>()
                .is_ok_and(|n| (1..=40).contains(&n))
                && words
                    .get(i + 1)
                    .is_some_and(|n| n.starts_with(char::is_alphabetic));
            let split = number
                .then(|| {
                    (i + 2..=(i + 9).min(words.len()))
                        .find(|&end| heading(&words[i + 1..end].join(" ")).is_some())
                })
                .flatten();
            match split {
                Some(end) => {
                    if !current.is_empty() {
                        out.push_str(current.join(" ").trim_end());
                        out.push('\n');
                    }
                    out.push_str(&words[i..end].join(" "));
                    out.push('\n');
                    current.clear();
                    i = end;
                }
                None => {
                    current.push(w);
                    i += 1;
                }
            }
        }
        if !current.is_empty() {
            out.push_str(current.join(" ").trim_end());
            out.push('\n');
        }
    }
    (out, footers)
}

/// Whether a line starts with a number and a heading's words ("5.
/// Säilytysaika Tiedot …").
fn starts_numbered_heading(line: &str) -> bool {
    // A line that is a heading as a whole ("7. Utlämnande av uppgifter")
    // stays one.
    if heading(line).is_some() {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    words
        .first()
        .is_some_and(|w| w.trim_end_matches(['.', ')']).parse::<u32>().is_ok())
        && words.len() > 3
        && (2..=words.len().min(9)).any(|end| heading(&words[1..end].join(" ")).is_some())
}

/// Page footers of PDF text ("Sivu 1/2", "Sida 3 (4)", "Page 2 of 5"),
/// taken out of the line (they go to `notes`, never into a field).
fn strip_footers(line: &str, footers: &mut Vec<String>) -> String {
    let words: Vec<&str> = line.split(' ').collect();
    let mut kept = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i].to_lowercase();
        let page = matches!(w.as_str(), "sivu" | "sida" | "page");
        let n = words.get(i + 1).copied().unwrap_or_default();
        let numbered = |s: &str| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '/' | '(' | ')'))
        };
        if page && numbered(n) {
            let mut end = i + 2;
            if words.get(end).is_some_and(|x| *x == "of" || *x == "/")
                && words.get(end + 1).is_some_and(|x| numbered(x))
            {
                end += 2;
            } else if words
                .get(end)
                .is_some_and(|x| x.starts_with('(') && numbered(x))
            {
                end += 1;
            }
            footers.push(words[i..end].join(" "));
            i = end;
            continue;
        }
        kept.push(words[i]);
        i += 1;
    }
    kept.join(" ")
}

/// One line of text: a `Heading: text` label starts a part of its own (so
/// does a heading alone on its line); any other line continues the last
/// section.
fn push_line(out: &mut Vec<Section>, line: &str) {
    let line = line.trim();
    let (head, rest) = match line.split_once(": ") {
        Some((h, r)) if h.split_whitespace().count() <= 6 && heading(h).is_some() => (h, r),
        _ => match line.strip_suffix(':') {
            Some(h) if h.split_whitespace().count() <= 6 && heading(h).is_some() => (h, ""),
            _ => (line, ""),
        },
    };
    // The same heading again right under a heading (a table's first cell
    // repeated in its second) is its text.
    let repeat = |f: Field| {
        out.last()
            .is_some_and(|l| l.field == Some(f) && l.body.is_empty() && rest.is_empty())
    };
    match heading(head) {
        Some(f) if !head.is_empty() && !repeat(f) => out.push(Section {
            field: Some(f),
            heading: head.to_owned(),
            body: rest.trim().to_owned(),
        }),
        _ => {
            let last = out.last_mut().expect("one section at least");
            if !last.body.is_empty() {
                last.body.push('\n');
            }
            last.body.push_str(line);
        }
    }
}

/// Text with runs of blank lines as one and spaces inside lines as one;
/// list markers written inline ("tiedot:  - nimi  - osoite") on lines of
/// their own.
fn tidy(text: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    for line in text.lines() {
        let spaced = line.replace(['\u{f0b7}', '•'], "-").replace('\t', " ");
        // Inline bullets: two spaces and a dash.
        let spaced = spaced.replace(" — ", "  - ").replace("— ", "  - ");
        let parts: Vec<&str> = spaced.split("  - ").collect();
        for (i, p) in parts.iter().enumerate() {
            let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
            if p.is_empty() {
                continue;
            }
            lines.push(if i > 0 { format!("- {p}") } else { p });
        }
    }
    lines.join("\n")
}

/// The language of a notice, by the words of its headings.
fn language(sections: &[Section]) -> Lang {
    let all: String = sections
        .iter()
        .map(|s| s.heading.to_lowercase() + " " + &s.body.to_lowercase())
        .collect();
    let count = |words: &[&str]| words.iter().map(|w| all.matches(w).count()).sum::<usize>();
    let fi = count(&["rekisteri", "tiedot", "ja ", "henkilö"]);
    let sv = count(&["register", "uppgifter", "och ", "personuppgift"]);
    let en = count(&["register", "data ", "and ", "personal"]);
    if fi >= sv && fi >= en {
        Lang::Fi
    } else if sv >= en {
        Lang::Sv
    } else {
        Lang::En
    }
}

/// E-mail addresses of a text, also written as `nimi(at)kunta.fi`,
/// `nimi[at]kunta.fi` or `nimi at kunta dot fi`.
pub fn emails(text: &str) -> Vec<String> {
    let clear = text
        .replace("(at)", "@")
        .replace("[at]", "@")
        .replace(" at ", "@")
        .replace("(a)", "@")
        .replace("(dot)", ".")
        .replace("[dot]", ".")
        .replace(" dot ", ".");
    let mut out = Vec::new();
    for word in clear
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '<' | '>' | '"'))
    {
        let w = word.trim_matches(|c: char| matches!(c, '.' | ':'));
        let Some((user, domain)) = w.split_once('@') else {
            continue;
        };
        // What the schema's e-mail format accepts: ASCII, a dotted domain
        // of non-empty labels.
        let ok = !user.is_empty()
            && !user.starts_with('.')
            && !user.ends_with('.')
            && !user.contains("..")
            && domain.contains('.')
            && domain.split('.').all(|l| {
                !l.is_empty()
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            })
            && user
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '+'));
        if ok && passes_format("email", &w.to_lowercase()) && !out.contains(&w.to_lowercase()) {
            out.push(w.to_lowercase());
        }
    }
    out
}

/// Phone numbers of a text: digits, spaces and hyphens after `puh`, `p.`,
/// `tel`, `phone`, or starting with `+358` or `0`.
pub fn phones(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    // "(02) 845 151": an area code in brackets.
    let text = text.replace("(0", "0").replace(") ", " ");
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let starts = (chars[i] == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
            || (chars[i] == '0'
                && (i == 0
                    || !chars[i - 1].is_alphanumeric()
                        && chars[i - 1] != '/'
                        && chars[i - 1] != '.'));
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut digits = usize::from(chars[i].is_ascii_digit());
        while j < chars.len()
            && (chars[j].is_ascii_digit()
                || ((chars[j] == ' ' || chars[j] == '-')
                    && chars.get(j + 1).is_some_and(char::is_ascii_digit)))
        {
            digits += usize::from(chars[j].is_ascii_digit());
            j += 1;
        }
        let next_ok = chars
            .get(j)
            .is_none_or(|c| !c.is_alphanumeric() && *c != '/' && *c != '.');
        if (7..=13).contains(&digits) && next_ok {
            let p: String = chars[i..j].iter().collect();
            if !out.contains(&p) {
                out.push(p);
            }
        }
        i = j.max(i + 1);
    }
    out
}

/// Finnish business IDs (`1234567-8`).
pub fn business_ids(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    for i in 0..b.len().saturating_sub(8) {
        let window = &b[i..i + 9];
        let before_ok = i == 0 || !b[i - 1].is_ascii_digit();
        let after_ok = b.get(i + 9).is_none_or(|c| !c.is_ascii_digit());
        if before_ok
            && after_ok
            && window[..7].iter().all(u8::is_ascii_digit)
            && window[7] == b'-'
            && window[8].is_ascii_digit()
        {
            out.push(String::from_utf8_lossy(window).into_owned());
        }
    }
    out
}

/// Whether `value` passes the schema's `format` (`uri`, `email`): what the
/// draft puts in a field with a format, it checks with the same validator.
fn passes_format(format: &str, value: &str) -> bool {
    use std::sync::LazyLock;
    static FORMATS: LazyLock<Vec<(&'static str, jsonschema::Validator)>> = LazyLock::new(|| {
        ["uri", "email"]
            .into_iter()
            .filter_map(|f| {
                jsonschema::draft202012::options()
                    .should_validate_formats(true)
                    .build(&serde_json::json!({ "type": "string", "format": f }))
                    .ok()
                    .map(|v| (f, v))
            })
            .collect()
    });
    FORMATS
        .iter()
        .find(|(f, _)| *f == format)
        .is_some_and(|(_, v)| v.is_valid(&serde_json::Value::String(value.to_owned())))
}

/// Web addresses (`https://…`, `www.…`).
fn urls(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in text.split(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '(' | ')')) {
        let w = w.trim_end_matches(['.', ',', ';', ':']);
        // A web address as the schema accepts it: ASCII without spaces,
        // quotes or brackets, with a host.
        let clean = w.chars().all(|c| {
            c.is_ascii_graphic()
                && !matches!(c, '"' | '<' | '>' | '{' | '}' | '|' | '\\' | '^' | '`')
        });
        let host = w
            .split("://")
            .nth(1)
            .and_then(|r| r.split(['/', '?', '#']).next())
            .is_some_and(|h| !h.is_empty());
        if (w.starts_with("https://") || w.starts_with("http://"))
            && clean
            && host
            && passes_format("uri", w)
            && !out.contains(&w.to_owned())
        {
            out.push(w.to_owned());
        }
    }
    out
}

/// A date of a text: `1.2.2026`, `2026-02-01`.
fn date_in(text: &str) -> Option<Date> {
    for w in text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')')) {
        let w = w.trim_end_matches('.');
        // A year of four digits, as the schema's dates have.
        if let Some(d) = Date::parse(w).filter(|d| (1900..=2100).contains(&d.year)) {
            return Some(d);
        }
        let parts: Vec<&str> = w.split('.').collect();
        if let [d, m, y] = parts.as_slice()
            && let (Ok(d), Ok(m), Ok(y)) = (d.parse(), m.parse(), y.parse())
            && (1900..=2100).contains(&y)
            && let Some(date) = Date::new(y, m, d)
        {
            return Some(date);
        }
    }
    None
}

/// Words of the legal bases, for a suggestion the lawyer confirms.
const BASIS_WORDS: &[(&str, &[&str])] = &[
    ("consent", &["suostumu", "samtycke", "consent"]),
    ("contract", &["sopimu", "avtal", "contract"]),
    (
        "legal_obligation",
        &[
            "lakisääteinen velvoite",
            "lakisääteisen velvoitteen",
            "rättslig förpliktelse",
            "legal obligation",
        ],
    ),
    (
        "public_task",
        &[
            "yleisen edun",
            "julkisen vallan",
            "lakisääteinen tehtävä",
            "lakisääteisten tehtävien",
            "lakiin perustuv",
            "allmänt intresse",
            "myndighetsutövning",
            "public interest",
            "official authority",
        ],
    ),
    (
        "legitimate_interests",
        &[
            "oikeutettu etu",
            "oikeutetun edun",
            "berättigat intresse",
            "legitimate interest",
        ],
    ),
    (
        "vital_interests",
        &["elintärkeä", "grundläggande intresse", "vital interest"],
    ),
];

/// The bases a text's words suggest, each with the words that suggest it.
pub fn suggested_bases(text: &str) -> Vec<(&'static str, &'static str)> {
    let lower = text.to_lowercase();
    BASIS_WORDS
        .iter()
        .filter_map(|(b, words)| words.iter().find(|w| lower.contains(*w)).map(|w| (*b, *w)))
        .collect()
}

/// Lines of a text that are list items (`- x`), and the other lines.
fn split_list(body: &str) -> (Vec<String>, Vec<String>) {
    let mut items = Vec::new();
    let mut rest = Vec::new();
    for l in body.lines() {
        match l.strip_prefix("- ").or_else(|| l.strip_prefix("– ")) {
            Some(i) if !i.trim().is_empty() => {
                items.push(i.trim().trim_end_matches([',', ';']).to_owned());
            }
            _ if l.trim().is_empty() => {}
            _ => rest.push(l.trim().to_owned()),
        }
    }
    (items, rest)
}

/// The value after a label: "Nimi: X Osoite: …" → "X", also a label
/// without its colon at the start of a line ("Osoite Mörnenkatu 2").
fn labelled(body: &str, labels: &[&str]) -> Option<String> {
    const ALL: &[&str] = &[
        "nimi:",
        "osoite:",
        " osoite ",
        "muut yhteystiedot",
        "puh",
        "sähköposti",
        "namn:",
        "adress:",
        "telefon",
        "e-post",
        "name:",
        "address:",
        "phone",
        "e-mail",
        "email",
    ];
    for line in body.lines() {
        let lower = line.to_lowercase();
        for l in labels {
            let bare = l.trim_end_matches(':');
            let start = match lower.find(l) {
                Some(i) => i + l.len(),
                None if lower.starts_with(&format!("{bare} ")) => bare.len() + 1,
                None => continue,
            };
            let rest = &lower[start..];
            let end = ALL
                .iter()
                .filter_map(|o| rest.find(o))
                .min()
                .map_or(line.len(), |e| start + e);
            let v = line
                .get(start..end)?
                .trim()
                .trim_matches([',', ';', ':'])
                .trim();
            if !v.is_empty() {
                return Some(v.to_owned());
            }
        }
    }
    None
}

/// What an import made: the YAML draft and a little about how it went.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The draft, with the editors' schema modeline.
    pub yaml: String,
    /// The sections found, with the fields they went to.
    pub sections: Vec<Section>,
    /// The id given to the notice.
    pub id: String,
}

/// A YAML draft of the legacy notice `source` (text, Markdown or HTML),
/// named `name` in the comments.
pub fn import(source: &str, name: &str, schema_path: &str) -> Imported {
    let text = text_of(source);
    let secs = sections(&text);
    let lang = language(&secs);
    let mut y = Draft::default();
    let _ = writeln!(y.head, "# yaml-language-server: $schema={schema_path}");
    let _ = writeln!(
        y.head,
        "# Imported from {} by `seloste import`. Each section of the original stands as",
        one_line(name)
    );
    y.head.push_str(
        "# a comment above what was made of it; text that fills no field is under `notes`.\n",
    );
    y.head.push_str(
        "# Check every value, confirm the suggested legal bases, then `seloste check`.\n",
    );

    let title = secs
        .iter()
        .find(|s| s.field == Some(Field::Title))
        .map(|s| first_line(&s.body))
        .filter(|t| !t.is_empty());
    let id = crate::init::id_from(title.as_deref().unwrap_or_else(|| {
        name.rsplit('/')
            .next()
            .unwrap_or(name)
            .trim_end_matches(".txt")
    }));

    let mut notes: Vec<(&str, String)> = Vec::new();
    let mut purposes: Vec<String> = Vec::new();
    let mut basis: Vec<String> = Vec::new();
    let mut categories = String::new();
    let mut rights = String::new();
    let mut sources_out = String::new();
    let mut recipients = String::new();
    let mut retention = String::new();
    let mut people = String::new();
    let mut other = String::new();
    let mut dates = String::new();
    let mut controller = String::new();
    let mut together = String::new();
    let mut requests = String::new();
    let mut recipients_none = false;
    let mut form_url_set = false;
    let mut late_notes: Vec<String> = Vec::new();

    // A field that takes one value gets the first section that fills it;
    // the text of a later one goes to `notes`.
    let mut taken: Vec<&'static str> = Vec::new();
    for (n, s) in secs.iter().enumerate() {
        let source_comment = comment_block(&format!(
            "Section {}{}: {}",
            n + 1,
            if s.heading.is_empty() {
                String::new()
            } else {
                format!(" \"{}\"", s.heading)
            },
            s.body
        ));
        // A heading whose text is all in the parts under it (labels that
        // start parts of their own) leaves the field to them.
        if s.field.is_some() && s.body.is_empty() {
            other.push_str(&source_comment);
            continue;
        }
        if let Some(key) = s.field.and_then(single_key) {
            if taken.contains(&key) {
                other.push_str(&source_comment);
                other.push_str(
                    "# (a second section for the same field: its text is under `notes`)\n",
                );
                notes.push(("other", format!("{}: {}", s.heading, s.body)));
                continue;
            }
            taken.push(key);
        }
        match s.field {
            None => {
                // Before the first heading: dates, an introduction, the rest.
                let lower = s.body.to_lowercase();
                let prepared = ["laadittu", "laatija", "upprättad", "prepared"]
                    .iter()
                    .any(|w| lower.contains(w));
                if let Some(d) = date_in(&s.body).filter(|_| dates.is_empty()) {
                    if prepared {
                        // "Laadittu (pvm ja nimi) 17.5.2018 Janette Tynkkynen".
                        let line = s
                            .body
                            .lines()
                            .find(|l| date_in(l).is_some())
                            .unwrap_or_default();
                        let name = line
                            .split_whitespace()
                            .skip_while(|w| date_in(w).is_none())
                            .skip(1)
                            .take_while(|w| w.chars().next().is_some_and(char::is_uppercase))
                            .collect::<Vec<_>>()
                            .join(" ");
                        let _ = write!(
                            dates,
                            "{source_comment}published: {d}\nprepared_by:\n  date: {d}\n"
                        );
                        if !name.is_empty() {
                            let _ = writeln!(dates, "  name: {}", quote(&name));
                        }
                    } else {
                        let _ = writeln!(dates, "{source_comment}published: {d}");
                    }
                }
                if !s.body.is_empty() {
                    notes.push(("other", s.body.clone()));
                } else if !s.heading.is_empty() {
                    notes.push(("other", s.heading.clone()));
                }
            }
            Some(Field::Title) => {
                let rest = s.body.lines().skip(1).collect::<Vec<_>>().join("\n");
                y.title = format!("{source_comment}title: {}\n", quote(&first_line(&s.body)));
                if !rest.trim().is_empty() {
                    notes.push(("other", rest));
                }
            }
            Some(Field::Controller) => {
                controller.push_str(&source_comment);
                let given = labelled(&s.body, &["nimi:", "namn:", "name:"])
                    .unwrap_or_else(|| first_phrase(&s.body));
                let name = organisation(&given);
                let _ = writeln!(controller, "controller:\n  name: {}", quote(&name));
                if let Some(kind) =
                    crate::rules::kind_by_name(&crate::model::Text::Plain(name.clone()))
                {
                    let _ = writeln!(
                        controller,
                        "  # read from the name; confirm\n  kind: {}",
                        kind.key()
                    );
                } else if let Some(town) = municipality_named(&text) {
                    // A board named as the controller: whose board it is,
                    // from the text.
                    let _ = writeln!(
                        controller,
                        "  # the text names \"{}\": confirm that the controller is its body\n  kind: municipality",
                        one_line(&town)
                    );
                }
                // "Liedon kunta, sosiaali- ja terveyslautakunta": the body
                // after the organisation.
                let after = s
                    .body
                    .get(s.body.find(&name).map_or(0, |i| i + name.len())..)
                    .unwrap_or_default();
                let organ = after
                    .trim_start_matches([',', ' '])
                    .split(['.', '\n'])
                    .next()
                    .map(str::trim)
                    .filter(|o| {
                        let l = o.to_lowercase();
                        [
                            "lautakunta",
                            "johtokunta",
                            "jaosto",
                            "hallitus",
                            "nämnd",
                            "styrelse",
                            "board",
                        ]
                        .iter()
                        .any(|w| l.ends_with(w))
                    });
                if let Some(o) = organ {
                    let _ = writeln!(controller, "  organ: {}", quote(o));
                }
                contact_fields(&mut controller, &s.body, "  ");
                if let Some(b) = business_ids(&s.body).first() {
                    let _ = writeln!(controller, "  business_id: {}", quote(b));
                }
                notes.push(("controller", s.body.clone()));
            }
            Some(f @ (Field::Responsible | Field::Contact | Field::Dpo)) => {
                let key = match f {
                    Field::Responsible => "responsible_person",
                    Field::Contact => "contact_person",
                    _ => "dpo",
                };
                people.push_str(&source_comment);
                let _ = writeln!(people, "{key}:");
                let who = labelled(&s.body, &["nimi:", "namn:", "name:"])
                    .unwrap_or_else(|| first_phrase(&s.body));
                // "Data protection officer Pekka Example": the heading's
                // words, then the name.
                let heading = s.heading_text();
                let split = who
                    .get(..heading.len())
                    .filter(|h| {
                        h.eq_ignore_ascii_case(&heading)
                            || h.to_lowercase() == heading.to_lowercase()
                    })
                    .zip(who.get(heading.len()..))
                    .filter(|(_, rest)| {
                        !rest.trim().is_empty() && heading.split_whitespace().count() > 1
                    });
                let (title, name) = match split {
                    Some((t, rest)) => (Some(t.to_owned()), Some(rest.trim().to_owned())),
                    None => title_and_name(&who),
                };
                if let Some(n) = name {
                    let _ = writeln!(people, "  name: {}", quote(&n));
                }
                let _ = writeln!(
                    people,
                    "  title: {}",
                    quote(&title.unwrap_or_else(|| s.heading_text()))
                );
                contact_fields(&mut people, &s.body, "  ");
            }
            Some(Field::Purposes) => {
                purposes.push(format!("{source_comment}{}", purpose_item(&s.body)));
            }
            Some(Field::LegalBasis) => {
                basis.push(format!("{source_comment}{}", s.body));
            }
            Some(Field::DataSubjects) => {
                let (items, rest) = split_list(&s.body);
                let mut list = items;
                list.extend(rest);
                let _ = writeln!(other, "{source_comment}data_subjects:");
                for i in list {
                    let _ = writeln!(other, "  - {}", quote(&i));
                }
            }
            Some(Field::DataCategories) => {
                let (items, rest) = split_list(&s.body);
                categories.push_str(&source_comment);
                let _ = writeln!(categories, "  - name: {}", quote(&s.heading_text()));
                if !rest.is_empty() {
                    let _ = writeln!(categories, "    description: {}", quote(&rest.join("\n")));
                }
                if !items.is_empty() {
                    categories.push_str("    items:\n");
                    for i in items {
                        let _ = writeln!(categories, "      - {}", quote(&i));
                    }
                }
            }
            Some(Field::Sources) => {
                let (mut items, rest) = split_list(&s.body);
                sources_out.push_str(&source_comment);
                if items.is_empty() {
                    // No list: the sentences that say where data come from.
                    items = statements(
                        &rest,
                        &[
                            "saadaan",
                            "kerätään",
                            "saamme",
                            "fås",
                            "insamlas",
                            "erhålls",
                            "obtained",
                            "collected",
                            "receive",
                        ],
                    );
                    if !items.is_empty() {
                        sources_out.push_str("    # TODO: the original lists no sources; its sentences stand as the names\n");
                    }
                }
                for i in items {
                    let _ = writeln!(sources_out, "    - name: {}", quote(&i));
                }
                if !rest.is_empty() {
                    notes.push(("sources", rest.join("\n")));
                }
            }
            Some(Field::Recipients) => {
                let (mut items, rest) = split_list(&s.body);
                recipients.push_str(&source_comment);
                let lower = s.body.to_lowercase();
                let none = [
                    "ei luovuteta",
                    "tietoja ei luovuteta",
                    "lämnas inte ut",
                    "lämnas inte",
                    "not disclosed",
                    "are not disclosed",
                ]
                .iter()
                .any(|w| lower.contains(w));
                if items.is_empty() && none && rest.len() == 1 {
                    // "Tietoja ei luovuteta ulkopuolisille …": none.
                    recipients_none = true;
                    notes.push(("recipients", rest.join("\n")));
                    continue;
                }
                if items.is_empty() {
                    // No list: the sentences that say who receives data.
                    items = statements(
                        &rest,
                        &[
                            "luovute",
                            "luovutta",
                            "annetaan",
                            "lämnas",
                            "utlämna",
                            "disclosed",
                            "shared with",
                        ],
                    );
                    if !items.is_empty() {
                        recipients.push_str("  # TODO: the original lists no recipients; its sentences stand as the names\n");
                    }
                }
                for i in items {
                    let _ = writeln!(recipients, "  - name: {}", quote(&i));
                    let l = i.to_lowercase();
                    if l.contains("ilman") && l.contains("suostumu")
                        || l.contains("utan samtycke")
                        || l.contains("without consent")
                    {
                        recipients.push_str("    consent: false\n");
                    } else if l.contains("suostumuksella")
                        || l.contains("med samtycke")
                        || l.contains("with consent")
                    {
                        recipients.push_str("    consent: true\n");
                    }
                    let cites = STATUTES.citations(&i);
                    if !cites.is_empty() {
                        recipients.push_str("    laws:\n");
                        for c in cites {
                            let _ = writeln!(recipients, "      - {}", quote(&c.number));
                        }
                    }
                }
                if !rest.is_empty() {
                    notes.push(("recipients", rest.join("\n")));
                }
            }
            Some(Field::Transfers) => {
                let lower = s.body.to_lowercase();
                let none = [
                    "ei luovuteta",
                    "ei siirretä",
                    "ei siirry",
                    "inte ",
                    "not transferred",
                    "no transfer",
                    "are not",
                ]
                .iter()
                .any(|w| lower.contains(w));
                if none {
                    let _ = write!(
                        other,
                        "{source_comment}# the original says there are none: confirm\ntransfers: []\n"
                    );
                } else {
                    let _ = writeln!(
                        other,
                        "{source_comment}# TODO: the transfers, with countries and safeguards"
                    );
                }
                notes.push(("transfers", s.body.clone()));
            }
            Some(Field::Security) => {
                // "A. Manuaalinen aineisto … B. Sähköinen aineisto …": the
                // paper part and the electronic part.
                let lower = s.body.to_lowercase();
                let manual_at = [
                    "manuaali", "paperi", "manuell", "pappers", "manual", "paper",
                ]
                .iter()
                .filter_map(|w| lower.find(w))
                .min();
                let electronic_at = [
                    "sähköi",
                    "atk",
                    "tietojärjestelm",
                    "elektronisk",
                    "electronic",
                    "digital",
                ]
                .iter()
                .filter_map(|w| lower.find(w))
                .min();
                let line_start = |i: usize| lower[..i].rfind('\n').map_or(0, |n| n + 1);
                let _ = writeln!(other, "{source_comment}security:");
                match (manual_at, electronic_at) {
                    // (Found in the lower-case text: the cut must also be a
                    // place in the text itself.)
                    (Some(m), Some(e))
                        if m < e
                            && line_start(e) > line_start(m)
                            && s.body.is_char_boundary(line_start(e)) =>
                    {
                        let cut = line_start(e);
                        let _ = writeln!(other, "  manual: {}", quote(&s.body[..cut]));
                        let _ = writeln!(other, "  electronic: {}", quote(&s.body[cut..]));
                    }
                    (Some(_), None) => {
                        let _ = writeln!(other, "  manual: {}", quote(&s.body));
                    }
                    _ => {
                        let _ = writeln!(other, "  electronic: {}", quote(&s.body));
                    }
                }
            }
            Some(Field::Retention) => {
                retention.push_str(&source_comment);
                let _ = writeln!(retention, "  - period: {}", quote(&s.body));
                if let Some(u) = urls(&s.body).first() {
                    let _ = writeln!(retention, "    link: {}", quote(u));
                }
            }
            Some(Field::Access | Field::Rectification | Field::Erasure | Field::Object)
                if rights_named(&s.heading).len() > 1 =>
            {
                // Several rights under one heading: one shared text.
                let named = rights_named(&s.heading);
                if !form_url_set && let Some(u) = urls(&s.body).first() {
                    form_url_set = true;
                    let _ = writeln!(requests, "  form_url: {}", quote(u));
                }
                let _ = write!(
                    together,
                    "{source_comment}    - rights: [{}]\n      description: {}\n",
                    named.join(", "),
                    quote(&s.body)
                );
            }
            Some(f @ (Field::Access | Field::Rectification | Field::Erasure | Field::Object)) => {
                let key = match f {
                    Field::Access => "access",
                    Field::Rectification => "rectification",
                    Field::Erasure => "erasure",
                    _ => "object",
                };
                let _ = write!(
                    rights,
                    "{source_comment}  {key}:\n    description: {}\n",
                    quote(&s.body)
                );
            }
            Some(Field::Rights) => {
                // How to use the rights, in the original's words.
                let _ = writeln!(
                    requests,
                    "{source_comment}  description: {}",
                    quote(&s.body)
                );
                if !form_url_set && let Some(u) = urls(&s.body).first() {
                    form_url_set = true;
                    let _ = writeln!(requests, "  form_url: {}", quote(u));
                }
            }
            Some(Field::Automated) => {
                let lower = s.body.to_lowercase();
                let none = ["ei ", "inte ", "not ", "no "]
                    .iter()
                    .any(|w| lower.contains(w));
                if none {
                    let _ = write!(
                        other,
                        "{source_comment}# the original says there is none: confirm\nautomated_decisions:\n  used: false\n  description: {}\n",
                        quote(&s.body)
                    );
                    if ["profilointi", "profilering", "profiling"]
                        .iter()
                        .any(|w| lower.contains(w))
                    {
                        other.push_str("  profiling: false\n");
                    }
                } else {
                    let _ = writeln!(
                        other,
                        "{source_comment}# TODO: state whether decisions are made automatically (used: true/false)"
                    );
                    notes.push(("other", s.body.clone()));
                }
            }
            Some(Field::Informing) => {
                let _ = writeln!(other, "{source_comment}informing: {}", quote(&s.body));
            }
            Some(Field::WithdrawConsent) => {
                let _ = write!(
                    rights,
                    "{source_comment}  withdraw_consent:\n    description: {}\n",
                    quote(&s.body)
                );
            }
            Some(Field::Complaint) => {
                let _ = write!(
                    other,
                    "{source_comment}complaint:\n  description: {}\n",
                    quote(&s.body)
                );
            }
        }
    }

    let mut out = y.head;
    let _ = writeln!(out, "id: {}", crate::init::id_yaml(&id));
    if y.title.is_empty() {
        // No "register name" section: the document's first line, if it is
        // short, else a gap to fill.
        let first = secs
            .iter()
            .find(|s| s.field.is_none())
            .map(|s| first_line(&s.body))
            .map(|l| l.trim_start_matches(['#', ' ']).to_owned())
            .filter(|l| !l.is_empty() && l.split_whitespace().count() <= 12);
        match first {
            Some(t) => {
                let _ = writeln!(
                    out,
                    "# the document's first line: confirm the register's name\ntitle: {}",
                    quote(&t)
                );
            }
            None => out.push_str("title: TODO\n"),
        }
    }
    out.push_str(&y.title);
    let _ = writeln!(out, "languages: [{}]", lang.code());
    out.push_str(&dates);
    if controller.is_empty() {
        // No controller section: a gap to fill, so that the draft loads.
        controller.push_str("controller:\n  name: TODO\n");
    }
    out.push_str(&controller);
    out.push_str(&people);
    if !purposes.is_empty() || !basis.is_empty() {
        out.push_str("purposes:\n");
        let basis_text = basis.join("\n");
        for (i, p) in purposes.iter().enumerate() {
            out.push_str(p);
            if i == 0 && !basis.is_empty() {
                if p.contains("\n    basis_statement:") {
                    // The purpose's own text named its ground already: the
                    // section on the basis goes with it, under `notes`.
                    late_notes.push(strip_comments(&basis_text));
                } else {
                    let _ = writeln!(
                        out,
                        "    basis_statement: {}",
                        quote(&strip_comments(&basis_text))
                    );
                }
            }
        }
        if purposes.is_empty() {
            let _ = writeln!(
                out,
                "{}  - description: {}",
                comment_block(&basis_text),
                quote(&strip_comments(&basis_text))
            );
        }
        let all: String = purposes.join("\n") + &basis_text;
        let suggested = suggested_bases(&strip_comments(&all));
        if suggested.is_empty() {
            out.push_str(
                "    # TODO: legal_basis (public_task, legal_obligation, consent, contract, ...)\n",
            );
        } else {
            for (b, w) in suggested {
                let _ = writeln!(
                    out,
                    "    # suggested: legal_basis: {b} (the text says \"{w}\"); confirm, then write it here"
                );
            }
        }
    }
    if !categories.is_empty() {
        out.push_str("data_categories:\n");
        out.push_str(&categories);
    }
    let from_subject = secs
        .iter()
        .filter(|x| x.field == Some(Field::Sources))
        .any(|x| {
            let l = x.body.to_lowercase();
            [
                "itseltään",
                "asiakkaalta",
                "asiakkaan/lapsen",
                "asiakkaan antam",
                "rekisteröidyltä",
                "jäseneltä",
                "från den registrerade",
                "av den registrerade",
                "från klienten",
                "from the data subject",
                "from you",
            ]
            .iter()
            .any(|w| l.contains(w))
        });
    let listed = sources_out
        .lines()
        .any(|l| l.trim_start().starts_with("- name"));
    if listed || from_subject {
        out.push_str("sources:\n");
        if from_subject {
            out.push_str("  # the original names the data subject as a source: confirm\n  from_data_subject: true\n");
        }
        if listed {
            out.push_str("  other:\n");
        }
    }
    // (Without either, only the quoted section: its text is under `notes`.)
    out.push_str(&sources_out);
    if recipients
        .lines()
        .any(|l| l.trim_start().starts_with("- name"))
    {
        out.push_str("recipients:\n");
    } else if recipients_none {
        out.push_str("# the original says data are not disclosed: confirm\nrecipients: []\n");
    }
    out.push_str(&recipients);
    if !retention.is_empty() {
        out.push_str("retention:\n");
        out.push_str(&retention);
    }
    if !rights.is_empty() || !together.is_empty() {
        out.push_str("rights:\n");
        out.push_str(&rights);
        if !together.is_empty() {
            out.push_str("  together:\n");
            out.push_str(&together);
        }
    }
    // Withdrawing consent, in the original's own sentence, where no section
    // is about it.
    if !rights.contains("withdraw_consent:")
        && let Some(sentence) = sentence_with(
            &text,
            &[
                "peruuttaa antamansa suostumuksen",
                "peruuttaa suostumuksensa",
                "suostumuksen voi peruuttaa",
                "återkalla sitt samtycke",
                "återkalla samtycket",
                "withdraw your consent",
                "withdraw consent",
            ],
        )
    {
        if rights.is_empty() && together.is_empty() {
            out.push_str("rights:\n");
        }
        let _ = write!(
            out,
            "  withdraw_consent:\n    description: {}\n",
            quote(&sentence)
        );
    }
    // Fees of requests, in the original's own sentence.
    if let Some(sentence) = sentence_with(
        &text,
        &[
            "maksutta",
            "maksuton",
            "kohtuullisen maksun",
            "avgiftsfri",
            "utan avgift",
            "skälig avgift",
            "free of charge",
            "reasonable fee",
        ],
    ) {
        let _ = writeln!(requests, "  fees: {}", quote(&sentence));
    }
    if !requests.is_empty() {
        out.push_str("requests:\n");
        out.push_str(&requests);
    }
    // Confidentiality, in the original's own sentence.
    if let Some(sentence) = sentence_with(
        &text,
        &[
            "salassa pidettäv",
            "vaitiolovelvollisuu",
            "sekretess",
            "tystnadsplikt",
            "confidential",
        ],
    ) {
        let _ = write!(
            out,
            "confidentiality:\n  secret: true\n  description: {}\n",
            quote(&sentence)
        );
    }
    out.push_str(&other);
    notes.extend(late_notes.into_iter().map(|t| ("purposes", t)));
    if !notes.is_empty() {
        out.push_str("# Text of the original that fills no field, by section:\nnotes:\n");
        let mut keys: Vec<&str> = notes.iter().map(|(k, _)| *k).collect();
        keys.dedup();
        let mut done = Vec::new();
        for k in keys {
            if done.contains(&k) {
                continue;
            }
            done.push(k);
            let text: Vec<&str> = notes
                .iter()
                .filter(|(nk, _)| *nk == k)
                .map(|(_, t)| t.as_str())
                .collect();
            let _ = writeln!(out, "  {k}: {}", quote(&text.join("\n\n")));
        }
    }
    Imported {
        yaml: out,
        sections: secs,
        id,
    }
}

/// The lines of `rest` with one of `verbs` (sentences that state sources
/// or recipients where the original has no list).
fn statements(rest: &[String], verbs: &[&str]) -> Vec<String> {
    rest.iter()
        .filter(|l| {
            let lower = l.to_lowercase();
            verbs.iter().any(|v| lower.contains(v)) && l.chars().count() <= 400
        })
        .cloned()
        .collect()
}

/// The first municipality a text names ("Huittisten kaupunki",
/// "Uudenkaupungin kaupungin", "Vasa stad").
fn municipality_named(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.windows(2).find_map(|w| {
        let second = w[1].trim_end_matches([',', '.', ';', ':']).to_lowercase();
        let first_upper = w[0].chars().next().is_some_and(char::is_uppercase);
        (first_upper
            && matches!(
                second.as_str(),
                "kaupunki" | "kaupungin" | "kunta" | "kunnan" | "stad" | "kommun"
            ))
        .then(|| format!("{} {}", w[0], w[1].trim_end_matches([',', '.', ';', ':'])))
    })
}

/// The rights a heading names ("tarkastus-, oikaisu- ja poistamisoikeus").
fn rights_named(heading: &str) -> Vec<&'static str> {
    let h = normalise_heading(heading);
    [
        ("access", &["tarkast", "insyn", "tillgång", "access"][..]),
        (
            "rectification",
            &["oikaisu", "korjaa", "rättelse", "rectif"][..],
        ),
        (
            "erasure",
            &["poisto", "poistamis", "radering", "erasure"][..],
        ),
        (
            "restriction",
            &["rajoittami", "begränsning", "restriction"][..],
        ),
        (
            "object",
            &["kielto", "vastustamis", "invändning", "object"][..],
        ),
    ]
    .iter()
    .filter(|(_, words)| words.iter().any(|w| h.contains(w)))
    .map(|(k, _)| *k)
    .collect()
}

/// The first sentence of a text with one of `words`.
fn sentence_with(text: &str, words: &[&str]) -> Option<String> {
    for line in text.lines() {
        for sentence in line.split_inclusive(". ") {
            let lower = sentence.to_lowercase();
            if words.iter().any(|w| lower.contains(w)) {
                let t = sentence.trim().trim_start_matches(['-', '—', ' ']);
                if !t.is_empty() && t.len() < 400 {
                    return Some(t.to_owned());
                }
            }
        }
    }
    None
}

/// The key of a field that takes one value (a second section for it goes
/// to `notes`).
fn single_key(f: Field) -> Option<&'static str> {
    Some(match f {
        Field::Title => "title",
        Field::Controller => "controller",
        Field::Responsible => "responsible_person",
        Field::Contact => "contact_person",
        Field::Dpo => "dpo",
        Field::Transfers => "transfers",
        Field::Security => "security",
        Field::Access => "access",
        Field::Rectification => "rectification",
        Field::Erasure => "erasure",
        Field::Object => "object",
        Field::Rights => "requests",
        Field::Automated => "automated_decisions",
        Field::Complaint => "complaint",
        Field::Informing => "informing",
        Field::WithdrawConsent => "withdraw_consent",
        Field::DataSubjects => "data_subjects",
        _ => return None,
    })
}

impl Section {
    /// The heading without its number.
    fn heading_text(&self) -> String {
        let t = self
            .heading
            .trim()
            .trim_start_matches(['#', '*', ' '])
            .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ')' | ' '));
        let t = t.trim_end_matches(['*', ' ']);
        t.trim_end_matches(':').trim().to_owned()
    }
}

#[derive(Default)]
struct Draft {
    head: String,
    title: String,
}

/// A purpose item: its description, the sentences that name its ground
/// (`basis_statement`) and the acts its text cites.
fn purpose_item(body: &str) -> String {
    let ground = [
        "perusteena",
        "peruste on",
        "perustuu",
        "oikeusperuste",
        "grundar sig",
        "rättslig grund",
        "is based on",
        "legal basis",
    ];
    let mut described = Vec::new();
    let mut basis = Vec::new();
    for line in body.lines() {
        let l = line.to_lowercase();
        if ground.iter().any(|g| l.contains(g)) && !line.starts_with("- ") {
            basis.push(line.trim());
        } else {
            described.push(line);
        }
    }
    let description = if described.iter().all(|l| l.trim().is_empty()) {
        body.to_owned()
    } else {
        described.join("\n")
    };
    let mut out = format!("  - description: {}\n", quote(&description));
    if !basis.is_empty() && !described.iter().all(|l| l.trim().is_empty()) {
        let _ = writeln!(out, "    basis_statement: {}", quote(&basis.join(" ")));
    }
    let cites = STATUTES.citations(body);
    if !cites.is_empty() {
        out.push_str("    laws:\n");
        let mut seen = Vec::new();
        for c in cites {
            if seen.contains(&c.number) {
                continue;
            }
            seen.push(c.number.clone());
            let _ = writeln!(out, "      - {}", quote(&c.number));
        }
    }
    out
}

/// `address`, `phone` and `email` of a contact from its text.
fn contact_fields(out: &mut String, body: &str, pad: &str) {
    let address =
        labelled(body, &["osoite:", "adress:", "address:", "postiosoite:"]).or_else(|| {
            // "Yhteystiedot Katu 36, 32700 Huittinen 02 560 4111": the address
            // is what comes before the phone number or e-mail.
            let v = labelled(
                body,
                &["yhteystiedot", "kontaktuppgifter", "contact details"],
            )?;
            let cut = phones(&v)
                .first()
                .and_then(|p| v.find(p.as_str()))
                .into_iter()
                .chain(v.find('@').and_then(|at| v[..at].rfind(' ')))
                .min()
                .unwrap_or(v.len());
            let a = v[..cut].trim().trim_end_matches([',', ';']).to_owned();
            (a.chars().any(|c| c.is_ascii_digit()) && !a.is_empty()).then_some(a)
        });
    if let Some(a) = address {
        let _ = writeln!(
            out,
            "{pad}address: {}",
            quote(a.trim_end_matches(['.', ',']))
        );
    }
    if let Some(p) = phones(body).first() {
        let _ = writeln!(out, "{pad}phone: {}", quote(p));
    }
    if let Some(e) = emails(body).first() {
        let _ = writeln!(out, "{pad}email: {}", quote(e));
    }
    if body.contains("[email") && body.contains("protected]") {
        let _ = writeln!(
            out,
            "{pad}# TODO: the original's e-mail address was hidden by a web page's protection (\"[email protected]\")"
        );
    }
}

/// The organisation at the start of a name that runs on ("Parkanon
/// kaupunki Parkanon ja Kihniön … sopimuksen perusteella …" → "Parkanon
/// kaupunki"): up to the first word that makes its kind clear.
fn organisation(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    // A legal form ends the name ("Föreningen Exempel rf").
    const FORMS: &[&str] = &[
        "ry", "r.y.", "rf", "r.f.", "oy", "oyj", "ab", "abp", "sr", "ltd", "inc",
    ];
    if let Some(i) = words
        .iter()
        .take(8)
        .position(|w| FORMS.contains(&w.trim_end_matches([',', '.', ';']).to_lowercase().as_str()))
    {
        return words[..=i]
            .join(" ")
            .trim_end_matches([',', ';'])
            .to_owned();
    }
    for i in 0..words.len() {
        let head = words[..=i].join(" ");
        if crate::rules::kind_by_name(&crate::model::Text::Plain(head.clone())).is_some() {
            return head.trim_end_matches([',', '.', ';', ':']).to_owned();
        }
    }
    if words.len() > 10 {
        words[..10].join(" ")
    } else {
        name.to_owned()
    }
}

/// Endings of Finnish and Swedish job titles.
const TITLE_ENDINGS: &[&str] = &[
    "johtaja",
    "päällikkö",
    "sihteeri",
    "vastaava",
    "työntekijä",
    "ohjaaja",
    "esimies",
    "koordinaattori",
    "asiantuntija",
    "lakimies",
    "juristi",
    "kirjaaja",
    "neuvoja",
    "direktör",
    "chef",
    "sekreterare",
    "ombud",
    "ansvarig",
    "officer",
    "manager",
    "director",
    "secretary",
];

/// A job title and a name from "Perusturvajohtaja Vuokko Kuusiluoma",
/// "sosiaalipalvelusihteeri" or "Minna Laatu".
fn title_and_name(s: &str) -> (Option<String>, Option<String>) {
    let mut words: Vec<String> = s.split_whitespace().map(str::to_owned).collect();
    // "Vs. toimialajohtaja …": an abbreviation belongs to the title.
    if words.len() > 1 && words[0].ends_with('.') && words[0].chars().count() <= 4 {
        let first = words.remove(0);
        words[0] = format!("{first} {}", words[0]);
    }
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let is_title = |w: &str| {
        let l = w.to_lowercase();
        TITLE_ENDINGS.iter().any(|e| l.ends_with(e))
    };
    match words.as_slice() {
        [] => (None, None),
        [one] if is_title(one) => (Some((*one).to_owned()), None),
        [first, rest @ ..] if is_title(first) => (Some((*first).to_owned()), Some(rest.join(" "))),
        _ => (None, Some(s.to_owned())),
    }
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or_default().trim().to_owned()
}

/// The start of a text up to its first label or sentence end.
fn first_phrase(s: &str) -> String {
    let line = first_line(s);
    let lower = line.to_lowercase();
    let mut end = [
        "osoite",
        "puh",
        " p.",
        "tel",
        "adress",
        "address",
        "phone",
        "e-post",
        "sähköposti",
        ",",
        "yhteystiedot",
    ]
    .iter()
    .filter_map(|w| lower.find(w))
    .filter(|i| *i > 0)
    .min()
    .unwrap_or(line.len());
    // Before an e-mail address.
    if let Some(at) = line.find('@') {
        let word_start = line[..at].rfind(' ').map_or(0, |i| i);
        if word_start > 0 {
            end = end.min(word_start);
        }
    }
    line.get(..end).unwrap_or(&line).trim().to_owned()
}

/// A text on one comment line: white space as single spaces, characters
/// YAML does not allow shown as U+FFFD.
fn one_line(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .map(|c| if yaml_printable(c) { c } else { '\u{fffd}' })
        .collect()
}

/// A text as a YAML double-quoted scalar (JSON's escapes are valid YAML).
fn quote(s: &str) -> String {
    yaml_quote(s.trim())
}

/// Whether YAML allows a character as it is (its printable set: tab, line
/// breaks, and the printable ranges of Unicode).
fn yaml_printable(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | ' '..='~' | '\u{85}' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}')
        || c >= '\u{10000}'
}

/// A YAML double-quoted scalar of any text: JSON's escapes, and `\uXXXX`
/// for the characters YAML does not allow as they are (DEL, C1 controls,
/// U+FFFE/FFFF).
pub fn yaml_quote(s: &str) -> String {
    let json = serde_json::to_string(s).unwrap_or_default();
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if yaml_printable(c) {
            out.push(c);
        } else {
            let _ = write!(out, "\\u{:04x}", c as u32);
        }
    }
    out
}

/// A text as YAML comment lines of at most 100 characters (characters YAML
/// does not allow shown as U+FFFD).
fn comment_block(text: &str) -> String {
    let text: String = text
        .chars()
        .map(|c| {
            if yaml_printable(c) && c != '\r' && c != '\u{85}' {
                c
            } else {
                '\u{fffd}'
            }
        })
        .collect();
    let mut out = String::new();
    for para in text.lines() {
        let mut line = String::from("#");
        for w in para.split_whitespace() {
            if line.chars().count() + 1 + w.chars().count() > 100 && line.len() > 1 {
                out.push_str(&line);
                out.push('\n');
                line = String::from("#");
            }
            line.push(' ');
            line.push_str(w);
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

fn strip_comments(s: &str) -> String {
    s.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .collect::<Vec<_>>()
        .join("\n")
}
