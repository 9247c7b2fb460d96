//! Small helpers shared by the rules: walking every text of a notice,
//! keyword search, identifiers.

use serde_json::Value;

use super::Cx;
use crate::load::escape_pointer;

/// Visits every value of the document in document order with its JSON
/// pointer. `visit` returns whether to descend into the value's children.
pub fn walk<'a>(cx: &'a Cx<'_>, visit: &mut dyn FnMut(&str, &'a Value) -> bool) {
    fn go<'a>(v: &'a Value, at: String, visit: &mut dyn FnMut(&str, &'a Value) -> bool) {
        if !visit(&at, v) {
            return;
        }
        match v {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    go(item, format!("{at}/{i}"), visit);
                }
            }
            Value::Object(map) => {
                for (k, item) in map {
                    go(item, format!("{at}/{}", escape_pointer(k)), visit);
                }
            }
            _ => {}
        }
    }
    go(&cx.document.value, String::new(), visit);
}

/// Every string value of the document with its JSON pointer, in document
/// order. Keys are not included.
pub fn strings<'a>(cx: &'a Cx<'_>) -> Vec<(String, &'a str)> {
    let mut out = Vec::new();
    walk(cx, &mut |at, v| {
        if let Value::String(s) = v {
            out.push((at.to_owned(), s.as_str()));
        }
        true
    });
    out
}

/// Every string whose lower-cased text contains one of `needles`, with the
/// first needle found in it.
pub fn find_all_text(cx: &Cx<'_>, needles: &[&'static str]) -> Vec<(String, &'static str)> {
    strings(cx)
        .into_iter()
        .filter_map(|(p, s)| {
            let lower = s.to_lowercase();
            needles.iter().find(|n| lower.contains(*n)).map(|n| (p, *n))
        })
        .collect()
}

/// Whether `s` (lower-cased) contains any of the needles.
pub fn contains_any(s: &str, needles: &[&str]) -> bool {
    let lower = s.to_lowercase();
    needles.iter().any(|n| lower.contains(n))
}

/// Checks a Finnish business ID (Y-tunnus) `NNNNNNN-C`: the format and the
/// check digit (weights 7, 9, 10, 5, 8, 4, 2; remainder 1 is never issued).
pub fn business_id_valid(id: &str) -> bool {
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
