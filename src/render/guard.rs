//! Limits on what templates can do, so a site owner's template cannot hang
//! or crash a build (templates run in CI, next to secrets):
//!
//! - a macro that calls itself (directly or through other macros) and a
//!   template that includes or extends itself are refused when the
//!   templates are loaded, before anything recurses;
//! - every document has [`TEMPLATE_TIME_LIMIT`] to render; a template that
//!   takes longer (a loop without end in typst) stops the process with a
//!   message naming the template, and nothing is published.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::{RenderError, TemplateSet};

/// The time one document may take to render.
pub const TEMPLATE_TIME_LIMIT: Duration = Duration::from_secs(120);

/// Names of the macros a tera template defines, each with the macros and
/// templates its body calls or includes.
fn graph(set: &TemplateSet) -> BTreeMap<String, BTreeSet<String>> {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (name, src, _) in &set.templates {
        if name.ends_with(".typ") {
            continue;
        }
        // The template itself: what it includes, extends or imports.
        let file_node = format!("file:{name}");
        let mut current = file_node.clone();
        let mut rest = src.as_str();
        while let Some(open) = rest.find("{%") {
            let Some(close) = rest[open..].find("%}") else {
                break;
            };
            let tag = rest[open + 2..open + close]
                .trim()
                .trim_start_matches('-')
                .trim();
            let body_end = open + close + 2;
            calls(&rest[..open], &current, &mut edges);
            if let Some(m) = tag.strip_prefix("macro ") {
                let mname: String = m
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                current = format!("macro:{mname}");
                edges.entry(current.clone()).or_default();
            } else if tag.starts_with("endmacro") {
                current = file_node.clone();
            } else {
                for kw in ["include ", "extends "] {
                    if let Some(arg) = tag.strip_prefix(kw)
                        && let Some(target) = arg.split(['"', '\'']).nth(1)
                    {
                        edges
                            .entry(current.clone())
                            .or_default()
                            .insert(format!("file:{target}"));
                    }
                }
                calls(tag, &current, &mut edges);
            }
            rest = &rest[body_end..];
        }
        calls(rest, &current, &mut edges);
    }
    edges
}

/// Records the macro calls (`ns::name(`) in `text` as edges from `from`.
fn calls(text: &str, from: &str, edges: &mut BTreeMap<String, BTreeSet<String>>) {
    let mut t = text;
    while let Some(i) = t.find("::") {
        let after = &t[i + 2..];
        let called: String = after
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if !called.is_empty() && after[called.len()..].trim_start().starts_with('(') {
            edges
                .entry(from.to_owned())
                .or_default()
                .insert(format!("macro:{called}"));
        }
        t = after;
    }
}

/// Refuses templates with recursion: a macro reachable from itself, or a
/// template that includes or extends itself. Macros are matched by name
/// across files, so two macros of the same name in different files that
/// call each other are refused too (rename one).
pub fn refuse_cycles(set: &TemplateSet) -> Result<(), RenderError> {
    let edges = graph(set);
    // Depth-first search with colours; the first cycle found is reported.
    let mut state: BTreeMap<&str, u8> = BTreeMap::new();
    fn visit<'a>(
        n: &'a str,
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<&'a str, u8>,
        path: &mut Vec<&'a str>,
    ) -> Option<Vec<String>> {
        match state.get(n) {
            Some(1) => {
                let from = path.iter().position(|p| *p == n).unwrap_or(0);
                let mut cycle: Vec<String> = path[from..].iter().map(ToString::to_string).collect();
                cycle.push(n.to_owned());
                return Some(cycle);
            }
            Some(2) => return None,
            _ => {}
        }
        state.insert(n, 1);
        path.push(n);
        if let Some(next) = edges.get(n) {
            for m in next {
                if let Some(c) = visit(m, edges, state, path) {
                    return Some(c);
                }
            }
        }
        path.pop();
        state.insert(n, 2);
        None
    }
    for start in edges.keys() {
        let mut path = Vec::new();
        if let Some(cycle) = visit(start, &edges, &mut state, &mut path) {
            let shown: Vec<String> = cycle
                .iter()
                .map(|c| c.replace("macro:", "macro ").replace("file:", ""))
                .collect();
            let file = set
                .templates
                .iter()
                .find(|(n, s, _)| {
                    !n.ends_with(".typ")
                        && cycle.iter().any(|c| {
                            c == &format!("file:{n}")
                                || s.contains(&format!("macro {}", c.trim_start_matches("macro:")))
                        })
                })
                .map_or("templates", |(n, _, _)| n.as_str());
            return Err(RenderError::Template {
                name: set.display_name(file),
                message: format!(
                    "recursion is not allowed in templates: {}",
                    shown.join(" → ")
                ),
            });
        }
    }
    Ok(())
}

/// Documents being rendered now: start time and template name, per slot.
static ACTIVE: Mutex<Vec<Option<(Instant, String)>>> = Mutex::new(Vec::new());
static WATCHDOG: std::sync::Once = std::sync::Once::new();

/// Marks a document as being rendered until the guard is dropped.
pub struct Deadline {
    slot: usize,
}

impl Deadline {
    /// Starts the clock for one document rendered with `template`.
    pub fn start(template: &str) -> Deadline {
        WATCHDOG.call_once(|| {
            let _ = std::thread::Builder::new()
                .name("seloste-watchdog".into())
                .spawn(watch);
        });
        let mut active = ACTIVE
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let entry = Some((Instant::now(), template.to_owned()));
        let slot = match active.iter().position(Option::is_none) {
            Some(i) => {
                active[i] = entry;
                i
            }
            None => {
                active.push(entry);
                active.len() - 1
            }
        };
        Deadline { slot }
    }
}

impl Drop for Deadline {
    fn drop(&mut self) {
        let mut active = ACTIVE
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(s) = active.get_mut(self.slot) {
            *s = None;
        }
    }
}

fn watch() {
    loop {
        std::thread::sleep(Duration::from_millis(500));
        let active = ACTIVE
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((_, name)) = active
            .iter()
            .flatten()
            .find(|(t, _)| t.elapsed() > TEMPLATE_TIME_LIMIT)
        {
            eprintln!(
                "error: template {name} took longer than {} s to render one document (a loop without end?); stopped, nothing was published",
                TEMPLATE_TIME_LIMIT.as_secs()
            );
            std::process::exit(2);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set_with(name: &str, src: &str) -> TemplateSet {
        let mut set = TemplateSet::builtin();
        for t in &mut set.templates {
            if t.0 == name {
                t.1 = src.to_owned();
            }
        }
        set
    }

    #[test]
    fn builtin_templates_have_no_recursion() {
        refuse_cycles(&TemplateSet::builtin()).unwrap();
    }

    #[test]
    fn recursive_macro_and_self_include_are_refused() {
        let r = refuse_cycles(&set_with(
            "macros.html",
            "{% macro boom(n) %}{{ self::boom(n=n) }}{% endmacro boom %}",
        ));
        assert!(
            r.unwrap_err()
                .to_string()
                .contains("macro boom → macro boom")
        );
        let r = refuse_cycles(&set_with("index.html", "{% include \"index.html\" %}"));
        assert!(r.unwrap_err().to_string().contains("recursion"));
    }
}
