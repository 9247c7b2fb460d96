//! `seloste lsp`: the real binary driven by a scripted LSP client over its
//! standard input and output: initialize, didOpen, publishDiagnostics (every
//! stage's findings), hover in the chosen language, completion of keys and
//! values, quick fixes, didChange, shutdown.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use serde_json::{Value, json};

struct Client {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    next: i64,
    /// Notifications received while waiting for responses.
    notes: Vec<Value>,
}

impl Client {
    fn start(lang: &str) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_seloste"))
            .arg("lsp")
            .env("LANG", "C")
            .env("LC_ALL", "C")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // A server that stops answering fails the test instead of hanging it.
        let pid = child.id().to_string();
        std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_secs(60));
            let _ = Command::new("kill").args(["-9", &pid]).status();
        });
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        let mut c = Client {
            child,
            stdin,
            stdout,
            next: 1,
            notes: Vec::new(),
        };
        let init = c.request(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": {},
                   "initializationOptions": {"lang": lang}}),
        );
        assert_eq!(init["capabilities"]["hoverProvider"], true, "{init}");
        c.notify("initialized", json!({}));
        c
    }

    fn send(&mut self, v: Value) {
        let body = v.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn read(&mut self) -> Value {
        let mut len = 0;
        loop {
            let mut line = String::new();
            self.stdout.read_line(&mut line).unwrap();
            assert!(!line.is_empty(), "the server closed its output");
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(n) = line.strip_prefix("Content-Length: ") {
                len = n.parse().unwrap();
            }
        }
        let mut buf = vec![0; len];
        self.stdout.read_exact(&mut buf).unwrap();
        serde_json::from_slice(&buf).unwrap()
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next;
        self.next += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let m = self.read();
            if m.get("id") == Some(&json!(id)) {
                return m.get("result").cloned().unwrap_or(Value::Null);
            }
            self.notes.push(m);
        }
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        loop {
            let m = match self.notes.iter().position(|n| {
                n["method"] == "textDocument/publishDiagnostics" && n["params"]["uri"] == uri
            }) {
                Some(i) => self.notes.remove(i),
                None => self.read(),
            };
            if m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri {
                return m["params"]["diagnostics"].as_array().unwrap().clone();
            }
            self.notes.push(m);
        }
    }

    fn stop(mut self) {
        let r = self.request("shutdown", Value::Null);
        assert!(r.is_null());
        self.notify("exit", Value::Null);
        let status = self.child.wait().unwrap();
        assert!(status.success(), "{status}");
    }
}

const NOTICE: &str = "id: jasenrekisteri\ntitle: Jäsenrekisteri\nlanguages: [fi]\ncontroller:\n  name: Esimerkkiyhdistys ry\n  emial: hallitus@example.fi\npurposes:\n  - description: Jäsenasioiden hoito.\n    legal_basis: \n";

fn pos(text: &str, needle: &str, plus: usize) -> Value {
    let at = text.find(needle).unwrap() + plus;
    let line = text[..at].matches('\n').count();
    let col = at - text[..at].rfind('\n').map_or(0, |i| i + 1);
    json!({"line": line, "character": col})
}

#[test]
fn language_server_reports_explains_completes_and_fixes() {
    let mut c = Client::start("fi");
    let uri = "file:///tmp/seloste-lsp-test/jasenrekisteri.yaml";
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": NOTICE}}),
    );
    let diags = c.diagnostics(uri);
    let codes: Vec<&str> = diags.iter().filter_map(|d| d["code"].as_str()).collect();
    // The schema's finding at the misspelt key, in Finnish, with its place.
    let unknown = diags
        .iter()
        .find(|d| d["code"] == "schema-unknown-key")
        .unwrap_or_else(|| panic!("{codes:?}"));
    assert_eq!(
        unknown["range"]["start"],
        json!({"line": 5, "character": 2}),
        "{unknown}"
    );
    assert_eq!(unknown["severity"], 1);
    assert!(
        unknown["message"].as_str().unwrap().contains("tuntematon"),
        "{unknown}"
    );
    // Beyond the schema: the rules' findings too.
    assert!(codes.contains(&"retention"), "{codes:?}");

    // Hover: the key's description in Finnish.
    let hover = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": pos(NOTICE, "controller:", 2)}),
    );
    let shown = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(
        shown.contains("Rekisterinpitäjä eli se, joka määrittää"),
        "{hover}"
    );

    // Completion: the keys of `controller` not yet written, and the values of
    // `legal_basis`.
    let keys = c.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri}, "position": pos(NOTICE, "  emial", 2)}),
    );
    let labels: Vec<&str> = keys
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["label"].as_str())
        .collect();
    assert!(
        labels.contains(&"email") && labels.contains(&"kind"),
        "{labels:?}"
    );
    assert!(
        !labels.contains(&"name"),
        "name is there already: {labels:?}"
    );
    let values = c.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri}, "position": pos(NOTICE, "legal_basis: ", 13)}),
    );
    let labels: Vec<&str> = values
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["label"].as_str())
        .collect();
    assert!(
        labels.contains(&"legitimate_interests") && labels.contains(&"consent"),
        "{labels:?}"
    );

    // Quick fixes: the did-you-mean key, and a suppression for a rule.
    let actions = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": unknown["range"], "context": {"diagnostics": [unknown]}}),
    );
    let fix = &actions[0];
    assert_eq!(
        fix["edit"]["changes"][uri][0]["newText"], "email",
        "{actions}"
    );
    let rule = diags
        .iter()
        .find(|d| d["code"] == "retention")
        .unwrap()
        .clone();
    let actions = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": rule["range"], "context": {"diagnostics": [rule]}}),
    );
    let text = actions[0]["edit"]["changes"][uri][0]["newText"]
        .as_str()
        .unwrap_or_default();
    assert!(
        text.contains("suppress:\n  - rule: retention\n"),
        "{actions}"
    );

    // An edit that fixes the key: its finding goes.
    let fixed = NOTICE.replace("emial", "email");
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": fixed}]}),
    );
    let diags = c.diagnostics(uri);
    assert!(
        !diags.iter().any(|d| d["code"] == "schema-unknown-key"),
        "{diags:?}"
    );
    c.stop();
}

#[test]
fn language_server_speaks_swedish_when_asked() {
    let mut c = Client::start("sv");
    let uri = "file:///tmp/seloste-lsp-test/n.yaml";
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": NOTICE}}),
    );
    let _ = c.diagnostics(uri);
    let hover = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": pos(NOTICE, "purposes:", 1)}),
    );
    let shown = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(shown.contains("Ändamålen med behandlingen"), "{hover}");
    // The values of a list's items, on a line being typed.
    let typing = "id: x\nlanguages:\n  - \n";
    let uri2 = "file:///tmp/seloste-lsp-test/typing.yaml";
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri2, "languageId": "yaml", "version": 1, "text": typing}}),
    );
    let _ = c.diagnostics(uri2);
    let values = c.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": uri2}, "position": {"line": 2, "character": 4}}),
    );
    let labels: Vec<&str> = values
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["label"].as_str())
        .collect();
    assert_eq!(labels, ["fi", "sv", "en"]);
    c.stop();
}
