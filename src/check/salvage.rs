//! Reading what is usable of a notice the schema refuses, so that the rules
//! can report on the rest in the same run (one round of fixing, not two).
//!
//! The refused values are taken away (an unknown key, a value of the wrong
//! type or form, an array item that cannot be read, an object that misses a
//! required key) until the rest passes the schema, in at most
//! [`MAX_ROUNDS`] rounds. The rules run on what is left; their findings at,
//! under or directly above a place taken away are dropped (the schema
//! finding already says what is wrong there, and "missing" would be
//! misleading). A notice whose root misses a required key, or that the
//! schema refuses in more than [`MAX_REFUSED`] places, is not salvaged.

use serde_json::Value;

use crate::model::Notice;
use crate::schema::{self, Refused};

/// The most rounds of taking values away.
pub(super) const MAX_ROUNDS: usize = 8;

/// The most refused places a notice may have to be read further.
pub(super) const MAX_REFUSED: usize = 100;

/// What was usable of a refused notice.
pub(super) struct Salvaged {
    /// The notice read from what passed the schema.
    pub(super) notice: Notice,
    /// The places taken away: rule findings at, under or above them (except
    /// the root) are dropped.
    pub(super) taken: Vec<String>,
}

/// The usable part of `value`, or `None` when too little is left (the root
/// misses a required key, or the rest still cannot be read). `refused` is
/// what the schema refused in `value` (found by the check's validation).
pub(super) fn salvage(value: &Value, refused: Vec<Refused>) -> Option<Salvaged> {
    let mut refused = refused;
    // The notice is copied only once it is known to be worth reading.
    let mut copy: Option<Value> = None;
    let mut taken: Vec<String> = Vec::new();
    for _ in 0..MAX_ROUNDS {
        // A notice the schema refuses in more places than a report shows
        // is not read further: its findings are already cut short, and
        // taking thousands of values away, round after round, would cost
        // more than the check itself.
        if refused.len() > MAX_REFUSED {
            return None;
        }
        let v = copy.get_or_insert_with(|| value.clone());
        if refused.is_empty() {
            let notice = Notice::from_value(std::mem::take(v)).ok()?;
            return Some(Salvaged { notice, taken });
        }
        let mut changed = false;
        // Deepest first, so that taking an item out of an array does not
        // move the places of the others still to be taken.
        refused.sort_by(|a, b| b.pointer.cmp(&a.pointer));
        refused.dedup();
        for Refused { pointer, keys } in refused {
            if !keys.is_empty() {
                if let Some(Value::Object(o)) = v.pointer_mut(&pointer) {
                    for k in keys {
                        if o.remove(&k).is_some() {
                            taken.push(format!("{pointer}/{}", escape(&k)));
                            changed = true;
                        }
                    }
                }
                continue;
            }
            if pointer.is_empty() {
                // The root itself: nothing is left to read.
                return None;
            }
            if remove(v, &pointer) {
                // An array item taken away moves the later items: the whole
                // array counts as taken for the rules' findings.
                let place = match parent_array(v, &pointer) {
                    Some(array) => array,
                    None => pointer,
                };
                taken.push(place);
                changed = true;
            }
        }
        if !changed {
            return None;
        }
        refused = schema::refused(v);
    }
    None
}

/// `~` and `/` escaped for a JSON pointer token.
fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// The pointer of the array that held the item at `pointer`, if it was one.
fn parent_array(v: &Value, pointer: &str) -> Option<String> {
    let (parent, last) = pointer.rsplit_once('/')?;
    (last.parse::<usize>().is_ok() && v.pointer(parent).is_some_and(Value::is_array))
        .then(|| parent.to_owned())
}

/// Takes away the value at `pointer` (a key of an object or an item of an
/// array). Returns whether something was taken.
fn remove(v: &mut Value, pointer: &str) -> bool {
    let Some((parent, last)) = pointer.rsplit_once('/') else {
        return false;
    };
    let key = last.replace("~1", "/").replace("~0", "~");
    match v.pointer_mut(parent) {
        Some(Value::Object(o)) => o.remove(&key).is_some(),
        Some(Value::Array(a)) => match key.parse::<usize>() {
            Ok(i) if i < a.len() => {
                a.remove(i);
                true
            }
            _ => false,
        },
        _ => false,
    }
}

/// Whether a rule finding at `pointer` stays beside the schema findings:
/// not at, under or above (except at the root) a place taken away.
pub(super) fn keeps(taken: &[String], pointer: &str) -> bool {
    !taken.iter().any(|t| {
        let under = pointer == t || pointer.starts_with(&format!("{t}/"));
        let above = !pointer.is_empty() && t.starts_with(&format!("{pointer}/"));
        under || above
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> Value {
        let text = crate::rules::merge_example("");
        crate::load::parse(&text).unwrap().value
    }

    fn salvage_of(v: &Value) -> Option<Salvaged> {
        salvage(v, schema::refused(v))
    }

    #[test]
    fn unknown_keys_and_wrong_values_are_taken_away() {
        let mut v = example();
        v["controller"]["emial"] = Value::String("x@example.fi".into());
        v["retention"] = Value::Bool(true);
        let s = salvage_of(&v).expect("salvaged");
        assert!(
            s.taken.contains(&"/controller/emial".to_owned()),
            "{:?}",
            s.taken
        );
        assert!(s.taken.contains(&"/retention".to_owned()), "{:?}", s.taken);
        assert!(keeps(&s.taken, "/purposes/0"));
        assert!(!keeps(&s.taken, "/retention"));
        assert!(!keeps(&s.taken, "/controller"), "above a place taken away");
        assert!(keeps(&s.taken, ""), "the root stays");
    }

    #[test]
    fn a_notice_refused_in_many_places_is_not_salvaged() {
        let mut v = example();
        v["purposes"] = Value::Array(vec![serde_json::json!({}); MAX_REFUSED + 1]);
        assert!(salvage_of(&v).is_none());
    }

    #[test]
    fn a_root_without_its_required_keys_is_not_salvaged() {
        let mut v = example();
        v.as_object_mut().unwrap().remove("controller");
        assert!(salvage_of(&v).is_none());
    }
}
