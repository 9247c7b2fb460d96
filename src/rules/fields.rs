//! Field checks: web addresses and phone numbers, wherever they appear in
//! the notice (by key name). E-mail addresses are checked by the schema
//! (`format: email`, finding `schema-format`).

use super::helpers::texts;
use super::{Cx, Rule, Scope};
use crate::diag::Code;
use crate::diag::Severity;

/// The rules of this area.
pub(super) static RULES: &[&Rule] = &[&URL, &PHONE];

/// Every string value stored under one of `keys`, with its pointer (from
/// the texts the rules share: no walk of its own).
fn fields<'a>(cx: &Cx<'a>, keys: &[&str]) -> Vec<(String, &'a str)> {
    texts(cx)
        .iter()
        .filter(|t| keys.contains(&t.pointer.rsplit('/').next().unwrap_or_default()))
        .map(|t| (t.pointer.clone(), t.text))
        .collect()
}

/// Problems of a web address: `None` when it is a valid `https` URL, else
/// the problem (its variant in the `url-format` message) and severity.
pub(super) fn url_problem(s: &str) -> Option<(&'static str, Severity)> {
    let s = s.trim();
    let rest = if let Some(r) = s.strip_prefix("https://") {
        r
    } else if let Some(r) = s.strip_prefix("http://") {
        if host_ok(r) {
            return Some(("http", Severity::Info));
        }
        r
    } else if s.contains("://") || s.starts_with("javascript:") || s.starts_with("data:") {
        return Some(("scheme", Severity::Error));
    } else if host_ok(s) {
        return Some(("no-scheme", Severity::Warning));
    } else {
        return Some(("not-web", Severity::Error));
    };
    if !host_ok(rest) || s.contains(char::is_whitespace) {
        return Some(("invalid", Severity::Error));
    }
    None
}

fn host_ok(rest: &str) -> bool {
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = host.rsplit('@').next().unwrap_or_default();
    let host = host.split(':').next().unwrap_or_default();
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
}

/// Whether a phone number is dialable: digits with optional `+`, spaces,
/// dashes, parentheses, slashes, and an optional trailing note in
/// parentheses ("(vaihde)"); 5-15 digits; Finnish numbers start with `0` or
/// `+358`, international ones with `+`.
pub(super) fn phone_valid(s: &str) -> bool {
    let s = s.trim();
    // A trailing note such as "(vaihde)".
    let number = match s.rfind('(') {
        Some(i) if s.ends_with(')') && s[i..].chars().any(char::is_alphabetic) => s[..i].trim(),
        _ => s,
    };
    if !number
        .chars()
        .all(|c| c.is_ascii_digit() || " +-()/".contains(c))
    {
        return false;
    }
    if number.chars().skip(1).any(|c| c == '+') {
        return false;
    }
    let digits = number.chars().filter(char::is_ascii_digit).count();
    let first = number.trim_start_matches('(').chars().next();
    (5..=15).contains(&digits) && matches!(first, Some('0' | '+'))
}

static URL: Rule = Rule {
    code: Code::rule("url-format", "GDPR Art. 12(1), 12(2)", Severity::Warning),
    scope: Scope::Both,
    fail: "controller:\n  name: Esimerkkiyhdistys ry\n  kind: association\n  business_id: 0208213-4\n  address: PL 1, 00100 Helsinki\n  email: hallitus@esimerkki.fi\n  phone: 040 555 0101\n  website: javascript:alert(1)\n",
    pass: "controller:\n  name: Esimerkkiyhdistys ry\n  kind: association\n  business_id: 0208213-4\n  address: PL 1, 00100 Helsinki\n  email: hallitus@esimerkki.fi\n  phone: 040 555 0101\n  website: https://esimerkki.fi\n",
    check: |cx, hits| {
        for (ptr, s) in fields(cx, &["website", "form_url", "link", "url"]) {
            if let Some((problem, severity)) = url_problem(s) {
                let h = hits.at(&ptr).arg("value", s).arg("problem", problem);
                if severity != Severity::Error {
                    h.severity(severity);
                }
            }
        }
    },
};

static PHONE: Rule = Rule {
    code: Code::rule("phone-format", "GDPR Art. 13(1)(a)-(b)", Severity::Warning),
    scope: Scope::Both,
    fail: "controller:\n  name: Esimerkkiyhdistys ry\n  kind: association\n  business_id: 0208213-4\n  address: PL 1, 00100 Helsinki\n  email: hallitus@esimerkki.fi\n  phone: ma-pe klo 9-12\n",
    pass: "controller:\n  name: Esimerkkiyhdistys ry\n  kind: association\n  business_id: 0208213-4\n  address: PL 1, 00100 Helsinki\n  email: hallitus@esimerkki.fi\n  phone: 040 555 0101 (ma-pe klo 9-12)\n",
    check: |cx, hits| {
        for (ptr, s) in fields(cx, &["phone"]) {
            if !phone_valid(s) {
                hits.at(&ptr).arg("value", s);
            }
        }
    },
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert_eq!(
            url_problem("https://www.finlex.fi/fi/lainsaadanto/2009/661"),
            None
        );
        assert_eq!(
            url_problem("http://www.parkano.fi/tietosuoja").unwrap().1,
            Severity::Info
        );
        assert_eq!(url_problem("www.lieto.fi").unwrap().1, Severity::Warning);
        assert_eq!(
            url_problem("javascript:alert(1)").unwrap().1,
            Severity::Error
        );
        assert_eq!(url_problem("kunnan sivuilla").unwrap().1, Severity::Error);
    }

    #[test]
    fn phones() {
        for ok in [
            "(02) 845 151",
            "02 560 4111 (Vaihe)",
            "+358 40 555 0100",
            "040 8435199",
            "03 44331",
        ] {
            assert!(phone_valid(ok), "{ok}");
        }
        for bad in ["ma-pe klo 9-12", "1234", "puh. 040 123", "+358 +40"] {
            assert!(!phone_valid(bad), "{bad}");
        }
    }
}
