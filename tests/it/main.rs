//! The integration tests, as one test binary: every test program links the
//! whole library (the PDF renderer included), so one binary instead of ten
//! saves minutes of linking and gigabytes of disk in CI. Each module is one
//! area; run one with `cargo test --test it cli::` (a name filter).

mod cli;
mod diff;
mod fuzz;
mod hostile;
mod import;
mod lsp;
mod notices;
mod outputs;
mod props;
mod render;
mod rules;
mod schema;
mod serve;
mod site;
