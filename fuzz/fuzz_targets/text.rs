//! One text field → HTML, Markdown, plain text, typst nodes (properties:
//! `seloste::fuzzing::text`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| seloste::fuzzing::text(data));
