//! `seloste lsp`: a language server (lsp-server, as rust-analyzer uses) over
//! standard input and output. Every finding of `check` (the file, YAML,
//! schema, rules and limits) is published as the notice is edited; hover
//! shows the schema's description of the key in the reader's language;
//! completion offers the keys an object may have and the values a key may
//! take; quick fixes apply a "did you mean" and add a suppression.
//!
//! The reader's language: `initializationOptions.lang` (`fi`, `sv`, `en`),
//! else the client's `locale`, else the environment's.

use std::collections::HashMap;
use std::path::PathBuf;

use lsp_server::{Connection, Message, Notification, Request, Response};
use serde_json::{Value, json};

use crate::check;
use crate::config::Resolver;
use crate::diag::{Diagnostic, Severity, Stage};
use crate::i18n::{self, Arg, Lang, keys};
use crate::load::Document;
use crate::model::Date;
use crate::rules::Settings;
use crate::schema;

/// Runs the server on standard input and output until the client exits.
pub fn run(explicit: Option<Lang>, env_lang: Lang) -> Result<(), String> {
    let (connection, io) = Connection::stdio();
    let capabilities = json!({
        "textDocumentSync": 1,
        "hoverProvider": true,
        "completionProvider": { "triggerCharacters": [":", " ", "-"] },
        "codeActionProvider": { "codeActionKinds": ["quickfix"] },
    });
    let params = connection
        .initialize(capabilities)
        .map_err(|e| e.to_string())?;
    let lang = explicit
        .or_else(|| {
            params
                .pointer("/initializationOptions/lang")
                .and_then(Value::as_str)
                .or_else(|| params.get("locale").and_then(Value::as_str))
                .and_then(|l| Lang::from_code(l.get(..2).unwrap_or_default()))
        })
        .unwrap_or(env_lang);
    let mut server = Server {
        lang,
        docs: HashMap::new(),
    };
    for msg in &connection.receiver {
        match msg {
            Message::Request(req) => {
                if connection
                    .handle_shutdown(&req)
                    .map_err(|e| e.to_string())?
                {
                    break;
                }
                let resp = server.request(&req);
                connection
                    .sender
                    .send(Message::Response(resp))
                    .map_err(|e| e.to_string())?;
            }
            Message::Notification(n) => {
                for out in server.notification(&n) {
                    connection
                        .sender
                        .send(Message::Notification(out))
                        .map_err(|e| e.to_string())?;
                }
            }
            Message::Response(_) => {}
        }
    }
    drop(connection);
    io.join().map_err(|e| e.to_string())
}

struct Server {
    lang: Lang,
    docs: HashMap<String, String>,
}

impl Server {
    fn notification(&mut self, n: &Notification) -> Vec<Notification> {
        let uri = n
            .params
            .pointer("/textDocument/uri")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        match n.method.as_str() {
            "textDocument/didOpen" => {
                let text = n
                    .params
                    .pointer("/textDocument/text")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                self.docs.insert(uri.clone(), text.to_owned());
                vec![self.diagnostics(&uri)]
            }
            "textDocument/didChange" => {
                // Full synchronisation: the last change is the whole text.
                if let Some(text) = n
                    .params
                    .get("contentChanges")
                    .and_then(Value::as_array)
                    .and_then(|c| c.last())
                    .and_then(|c| c.get("text"))
                    .and_then(Value::as_str)
                {
                    self.docs.insert(uri.clone(), text.to_owned());
                }
                vec![self.diagnostics(&uri)]
            }
            "textDocument/didClose" => {
                self.docs.remove(&uri);
                vec![Notification::new(
                    "textDocument/publishDiagnostics".into(),
                    json!({ "uri": uri, "diagnostics": [] }),
                )]
            }
            _ => Vec::new(),
        }
    }

    fn request(&mut self, req: &Request) -> Response {
        let result = match req.method.as_str() {
            "textDocument/hover" => self.hover(&req.params),
            "textDocument/completion" => self.completion(&req.params),
            "textDocument/codeAction" => self.code_actions(&req.params),
            _ => {
                return Response::new_err(
                    req.id.clone(),
                    lsp_server::ErrorCode::MethodNotFound as i32,
                    format!("unsupported: {}", req.method),
                );
            }
        };
        Response::new_ok(req.id.clone(), result)
    }

    /// The check of a document, as LSP diagnostics.
    fn diagnostics(&self, uri: &str) -> Notification {
        let text = self.docs.get(uri).map(String::as_str).unwrap_or_default();
        let path = uri_path(uri);
        let base = Settings::new(Date::today());
        // The settings of the notice's folder (seloste.toml), as for check.
        let settings = path
            .as_ref()
            .and_then(|p| {
                Resolver::new(None, false)
                    .ok()?
                    .settings_for(p, &base, false)
                    .ok()
            })
            .unwrap_or(base);
        let name = path
            .as_ref()
            .map_or_else(|| uri.to_owned(), |p| p.display().to_string());
        let checked = check::check_bytes(name, text.as_bytes(), &settings);
        let index = LineIndex::new(&checked.report.source);
        let diagnostics: Vec<Value> = checked
            .report
            .diagnostics
            .iter()
            .map(|d| self.diagnostic(d, &index))
            .collect();
        Notification::new(
            "textDocument/publishDiagnostics".into(),
            json!({ "uri": uri, "diagnostics": diagnostics }),
        )
    }

    fn diagnostic(&self, d: &Diagnostic, index: &LineIndex) -> Value {
        let range = match &d.span {
            Some(s) => index.range(s.start, s.end),
            None => index.range(0, 0),
        };
        let severity = match d.severity {
            Severity::Error => 1,
            Severity::Warning => 2,
            Severity::Info => 3,
        };
        let mut message = d.message(self.lang);
        if let Some(h) = d.help(self.lang) {
            message.push('\n');
            message.push_str(&h);
        }
        if let Some(a) = &d.article {
            message.push_str(&format!(" [{a}]"));
        }
        let suggestion = d.args.iter().find_map(|(k, v)| match (k, v) {
            (&"suggestion", Arg::Str(s)) if s != "none" && !s.is_empty() => Some(s.clone()),
            _ => None,
        });
        json!({
            "range": range,
            "severity": severity,
            "code": d.id(),
            "source": "seloste",
            "message": message,
            "data": {
                "rule": d.code.stage == Stage::Rule,
                "suggestion": suggestion,
            },
        })
    }

    fn doc(&self, params: &Value) -> Option<(&str, usize)> {
        let uri = params.pointer("/textDocument/uri")?.as_str()?;
        let text = self.docs.get(uri)?;
        let line = params.pointer("/position/line")?.as_u64()? as usize;
        let character = params.pointer("/position/character")?.as_u64()? as usize;
        Some((text, LineIndex::new(text).offset(line, character)))
    }

    /// The description of the key under the cursor.
    fn hover(&self, params: &Value) -> Value {
        let Some((text, at)) = self.doc(params) else {
            return Value::Null;
        };
        let Ok(doc) = crate::load::parse(text) else {
            return Value::Null;
        };
        let Some(pointer) = node_at(&doc, at) else {
            return Value::Null;
        };
        let Some(description) = schema::description_at(&pointer, self.lang) else {
            return Value::Null;
        };
        let shown = pointer_words(&pointer);
        json!({ "contents": { "kind": "markdown", "value": format!("**{shown}**\n\n{description}") } })
    }

    /// Keys at the cursor's place, or the values of the key before it.
    fn completion(&self, params: &Value) -> Value {
        let Some((text, at)) = self.doc(params) else {
            return json!([]);
        };
        let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
        let before = &text[line_start..at];
        let (path, key_here) = path_at(text, line_start, before);
        let items: Vec<Value> = match key_here {
            // `key: |` or `- |` under a list of values.
            Some(key) => {
                let pointer = format!("{path}/{key}");
                let mut values = schema::values_at(&pointer, self.lang);
                if values.is_empty() {
                    values = schema::values_at(&format!("{pointer}/0"), self.lang);
                }
                values
                    .into_iter()
                    .map(|(v, d)| json!({ "label": v, "kind": 12, "documentation": d }))
                    .collect()
            }
            None => {
                let present = sibling_keys(text, line_start, before);
                schema::keys_at(&path, self.lang)
                    .into_iter()
                    .filter(|(k, _)| !present.contains(k))
                    .map(|(k, d)| {
                        json!({ "label": k, "kind": 10, "insertText": format!("{k}: "), "documentation": d })
                    })
                    .collect()
            }
        };
        json!(items)
    }

    /// Quick fixes for the diagnostics at the cursor: a "did you mean" key
    /// or value, and a suppression of a rule's finding.
    fn code_actions(&self, params: &Value) -> Value {
        let Some(uri) = params.pointer("/textDocument/uri").and_then(Value::as_str) else {
            return json!([]);
        };
        let Some(text) = self.docs.get(uri) else {
            return json!([]);
        };
        let mut actions = Vec::new();
        let diagnostics = params
            .pointer("/context/diagnostics")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for d in diagnostics {
            let code = d.get("code").and_then(Value::as_str).unwrap_or_default();
            if let Some(s) = d.pointer("/data/suggestion").and_then(Value::as_str) {
                actions.push(json!({
                    "title": i18n::message(self.lang, keys::LSP_REPLACE.0, &[("suggestion", s.into())]),
                    "kind": "quickfix",
                    "diagnostics": [d.clone()],
                    "isPreferred": true,
                    "edit": { "changes": { uri: [{ "range": d["range"], "newText": s }] } },
                }));
            }
            if d.pointer("/data/rule").and_then(Value::as_bool) == Some(true) {
                let reason = i18n::text(self.lang, keys::LSP_SUPPRESS_REASON);
                let edit = suppression_edit(text, code, &reason);
                actions.push(json!({
                    "title": i18n::message(self.lang, keys::LSP_SUPPRESS.0, &[("rule", code.into())]),
                    "kind": "quickfix",
                    "diagnostics": [d.clone()],
                    "edit": { "changes": { uri: [edit] } },
                }));
            }
        }
        json!(actions)
    }
}

/// The deepest node whose key (or, for a scalar, value) holds byte `at`.
fn node_at(doc: &Document, at: usize) -> Option<String> {
    doc.spans
        .iter()
        .filter(|(_, s)| {
            s.key.as_ref().is_some_and(|k| k.start <= at && at <= k.end)
                || (s.value.start <= at && at < s.value.end)
        })
        .max_by_key(|(p, _)| p.matches('/').count())
        .map(|(p, _)| p.clone())
}

/// `purposes[1].legal_basis` for `/purposes/0/legal_basis`.
fn pointer_words(pointer: &str) -> String {
    let mut out = String::new();
    for seg in pointer.split('/').skip(1) {
        match seg.parse::<usize>() {
            Ok(i) => out.push_str(&format!("[{}]", i + 1)),
            Err(_) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(seg);
            }
        }
    }
    out
}

/// Where the cursor is, from the indentation of the lines above: the JSON
/// pointer of the object it is in, and the key it gives a value to
/// (`key: |`, or `- |` in the list under `key:`), if any. Works on text
/// that does not parse, as text being typed often does.
fn path_at(text: &str, line_start: usize, before: &str) -> (String, Option<String>) {
    let trimmed = before.trim_start();
    let mut indent = before.len() - trimmed.len();
    let mut key_here = None;
    let mut list_item = false;
    if let Some(rest) = trimmed.strip_prefix("- ") {
        list_item = true;
        indent += 2;
        if let Some((k, _)) = rest.split_once(':') {
            key_here = Some(k.trim().to_owned());
        }
    } else if let Some((k, _)) = trimmed.split_once(':') {
        key_here = Some(k.trim().to_owned());
    } else if trimmed == "-" {
        list_item = true;
    }
    // The parents: each line above with less indentation that is a key.
    let mut parents: Vec<String> = Vec::new();
    let mut limit = indent;
    let mut in_list_of_values = list_item && key_here.is_none();
    for line in text[..line_start].lines().rev() {
        let t = line.trim_start();
        if t.is_empty() || t.starts_with('#') {
            continue;
        }
        let ind = line.len() - t.len();
        let (item, body, body_ind) = match t.strip_prefix("- ") {
            Some(b) => (true, b, ind + 2),
            None => (false, t, ind),
        };
        if body_ind < limit || (item && ind < limit) {
            if let Some((k, v)) = body.split_once(':')
                && body_ind < limit
            {
                if in_list_of_values && v.trim().is_empty() {
                    // `key:` above `- |`: the values are the key's items.
                    key_here = Some(k.trim().to_owned());
                    in_list_of_values = false;
                    limit = body_ind;
                    continue;
                }
                parents.push(k.trim().to_owned());
            }
            if item {
                parents.push("0".to_owned());
            }
            limit = ind;
            if limit == 0 {
                break;
            }
        }
    }
    parents.reverse();
    // A list item of an object list: `- ` then keys of the item.
    let mut path: String = parents.iter().map(|p| format!("/{p}")).collect();
    if list_item && key_here.is_none() && !path.is_empty() && !path.ends_with("/0") {
        path.push_str("/0");
    }
    (path, key_here)
}

/// The keys already written at the cursor's indentation in its block.
fn sibling_keys(text: &str, line_start: usize, before: &str) -> Vec<String> {
    let indent = before.len() - before.trim_start().len();
    let mut out = Vec::new();
    let lines_above = text[..line_start].lines().rev();
    let lines_below = text[line_start..].lines().skip(1);
    for lines in [
        Box::new(lines_above) as Box<dyn Iterator<Item = &str>>,
        Box::new(lines_below),
    ] {
        for line in lines {
            let t = line.trim_start();
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            let ind = line.len() - t.len();
            if ind < indent {
                break;
            }
            if ind == indent
                && let Some((k, _)) = t.split_once(':')
            {
                out.push(k.trim().to_owned());
            }
        }
    }
    out
}

/// The edit that adds `- rule: <id>` to `suppress` (made when missing).
fn suppression_edit(text: &str, rule: &str, reason: &str) -> Value {
    let index = LineIndex::new(text);
    let reason = serde_json::to_string(reason).unwrap_or_default();
    // After the `suppress:` line, with the indentation of its items.
    let mut offset = 0;
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        offset += line.len();
        if line.trim_end() == "suppress:" {
            let ind = lines
                .peek()
                .map(|l| l.len() - l.trim_start().len())
                .filter(|i| *i > 0)
                .unwrap_or(2);
            let pad = " ".repeat(ind);
            let at = index.range(offset, offset)["start"].clone();
            return json!({
                "range": { "start": at, "end": at },
                "newText": format!("{pad}- rule: {rule}\n{pad}  reason: {reason}\n"),
            });
        }
    }
    let at = index.range(text.len(), text.len())["start"].clone();
    let newline = if text.ends_with('\n') || text.is_empty() {
        ""
    } else {
        "\n"
    };
    json!({
        "range": { "start": at, "end": at },
        "newText": format!("{newline}suppress:\n  - rule: {rule}\n    reason: {reason}\n"),
    })
}

/// The path of a `file:` URI (percent-decoded).
fn uri_path(uri: &str) -> Option<PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    let bytes = rest.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).ok()?, 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    Some(PathBuf::from(String::from_utf8(out).ok()?))
}

/// Byte offsets ⇄ LSP positions (lines, and UTF-16 code units in a line).
struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, starts }
    }

    fn position(&self, at: usize) -> Value {
        let at = at.min(self.text.len());
        let line = self.starts.partition_point(|s| *s <= at) - 1;
        let start = self.starts[line];
        let character: usize = self
            .text
            .get(start..at)
            .unwrap_or_default()
            .chars()
            .map(char::len_utf16)
            .sum();
        json!({ "line": line, "character": character })
    }

    fn range(&self, start: usize, end: usize) -> Value {
        json!({ "start": self.position(start), "end": self.position(end) })
    }

    fn offset(&self, line: usize, character: usize) -> usize {
        let Some(&start) = self.starts.get(line) else {
            return self.text.len();
        };
        let mut units = 0;
        for (i, c) in self.text[start..].char_indices() {
            if units >= character || c == '\n' {
                return start + i;
            }
            units += c.len_utf16();
        }
        self.text.len()
    }
}
