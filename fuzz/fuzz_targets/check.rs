//! Bytes → load + schema + rules + render limits + every output format of
//! `check` (properties: `seloste::fuzzing::check`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| seloste::fuzzing::check(data));
