//! A whole notice → Markdown, HTML and PDF in every language (properties:
//! `seloste::fuzzing::render`); one renderer for the whole run.
#![no_main]

use std::cell::RefCell;

use seloste::render::{Renderer, TemplateSet};

thread_local! {
    static RENDERER: RefCell<Renderer> =
        RefCell::new(Renderer::new(TemplateSet::builtin()).expect("built-in templates"));
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    RENDERER.with(|r| seloste::fuzzing::render(data, &mut r.borrow_mut()));
});
