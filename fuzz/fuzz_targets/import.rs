//! Bytes → `seloste import` as text and as .docx (properties:
//! `seloste::fuzzing::import`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| seloste::fuzzing::import(data));
