//! `seloste serve`: the real binary on a free port, driven over HTTP: the
//! list, a notice with its findings inside the section they concern, the
//! page following an edit, nothing outside the folder, loopback only.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};

struct Server(Child, String);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start(dir: &Path, extra: &[&str]) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_seloste"))
        .arg("serve")
        .arg(dir)
        .args(["--port", "0", "--no-config"])
        .args(extra)
        .env("LANG", "C")
        .env("LC_ALL", "C")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_owned();
    Server(child, addr)
}

/// GET `path`: status and body.
fn get(addr: &str, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = String::new();
    s.read_to_string(&mut raw).unwrap();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, body.to_owned())
}

#[test]
fn preview_shows_findings_in_their_sections_and_follows_edits() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(
        root.join("notices/lieto-lapsiperheiden-palvelut.yaml"),
        dir.path().join("lieto.yaml"),
    )
    .unwrap();
    std::fs::write(dir.path().join("secret.txt"), "not a notice").unwrap();
    let server = start(dir.path(), &[]);
    let addr = &server.1;

    let (status, index) = get(addr, "/");
    assert_eq!(status, 200);
    assert!(index.contains("href=\"/n/lieto.yaml\""), "{index}");
    assert!(index.contains("lieto.yaml: 8 errors"), "{index}");

    let (status, page) = get(addr, "/n/lieto.yaml");
    assert_eq!(status, 200);
    // The page as published, with the findings at the start of their
    // section: the unchecked request address is a finding of "requests".
    assert!(
        page.contains("<h1>Lapsiperheiden palveluiden rekisteri</h1>")
            || page.contains("Lapsiperheiden palveluiden rekisteri</h1>")
    );
    let requests = page
        .find("<h2 id=\"requests-h\">")
        .expect("the requests section");
    let after = &page[requests..];
    assert!(
        after[..after.find("</section>").unwrap()].contains("class=\"seloste-findings\""),
        "findings in the section"
    );
    // Missing items are above the notice, without a line.
    assert!(
        page.contains("<code>retention</code>"),
        "missing retention listed"
    );
    assert!(
        page.contains("location.reload()"),
        "the page reloads itself"
    );

    // An edit shows at the next request, and the version changes.
    let (_, v1) = get(addr, "/v/lieto.yaml");
    std::thread::sleep(std::time::Duration::from_millis(20));
    let text = std::fs::read_to_string(dir.path().join("lieto.yaml")).unwrap();
    std::fs::write(
        dir.path().join("lieto.yaml"),
        text.replacen(
            "Lapsiperheiden palveluiden rekisteri",
            "Muokattu rekisteri",
            1,
        ),
    )
    .unwrap();
    let (_, v2) = get(addr, "/v/lieto.yaml");
    assert_ne!(v1, v2);
    let (_, page) = get(addr, "/n/lieto.yaml");
    assert!(page.contains("Muokattu rekisteri"), "the edit is shown");

    // Only the notices of the folder.
    for path in [
        "/n/secret.txt",
        "/n/..%2Fsecret.yaml",
        "/n/../lieto.yaml",
        "/v/%2Fetc%2Fpasswd",
        "/x",
    ] {
        assert_eq!(get(addr, path).0, 404, "{path}");
    }

    // A notice that does not load: what check says, in the page.
    std::fs::write(dir.path().join("bad.yaml"), "id: [\n").unwrap();
    let (status, page) = get(addr, "/n/bad.yaml");
    assert_eq!(status, 200);
    assert!(page.contains("class=\"report\""), "{page}");
}

#[test]
fn preview_refuses_other_addresses_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_seloste"))
        .args(["serve", "--bind", "0.0.0.0", "--port", "0"])
        .arg(dir.path())
        .env("LANG", "C")
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("0.0.0.0 is not a loopback address"), "{err}");
}

/// The declaration of which key is published in which section stays true:
/// every section it names is on the example's page, and every top-level key
/// of the format is either placed or shown above the notice.
#[test]
fn every_key_has_its_section() {
    use seloste::serve::SECTION_OF_KEY;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_seloste"))
        .args(["render", "--format", "html", "--lang", "fi", "-o", "-"])
        .arg(root.join("examples/kaislaniemi-perhepalvelut.yaml"))
        .current_dir(dir.path())
        .output()
        .unwrap();
    let html = String::from_utf8_lossy(&out.stdout);
    for (key, id) in SECTION_OF_KEY {
        assert!(
            html.contains(&format!("<section id=\"{id}\"")),
            "{key} → {id}"
        );
    }
    let above = [
        "id",
        "title",
        "document_name",
        "introduction",
        "languages",
        "version",
        "published",
        "updated",
        "prepared_by",
        "suppress",
    ];
    let schema = seloste::schema::schema_json();
    for key in schema["properties"].as_object().unwrap().keys() {
        assert!(
            above.contains(&key.as_str()) || SECTION_OF_KEY.iter().any(|(k, _)| k == key),
            "{key} has no section in serve::SECTION_OF_KEY"
        );
    }
}
