//! seloste turns YAML descriptions of personal-data registers into GDPR
//! privacy notices, checks them and publishes them.
//!
//! The pipeline, one module per stage, data flowing one way:
//!
//! 1. [`load`]: bytes → UTF-8 → YAML tree with spans → JSON value + span map.
//! 2. [`schema`]: JSON Schema (generated from [`model`]) → validation
//!    diagnostics at exact positions.
//! 3. [`model`]: the typed notice; [`effective`]: the notice with the
//!    standard statements of law seloste adds to it, read by both the rules
//!    and the renderers.
//! 4. [`rules`]: the GDPR completeness rules, one declaration each.
//! 5. [`check`]: runs the stages for files and collects [`diag::Diagnostic`]s.
//! 6. [`diag`]: one diagnostic model, one emitter per output format; every
//!    kind of finding is a [`diag::Code`] listed in [`catalog`], worded by
//!    [`i18n`] (Project Fluent, `locales/`) when a report is written.
//! 7. [`render`]: the typed view model and the HTML, Markdown and PDF
//!    renderers; [`site`]: `seloste build`.
//!
//! [`cli`] is the only module that prints or decides exit codes.
//!
//! The library API is what these modules export: checking
//! ([`check::check_file`], [`check::check_bytes`]), the catalog and messages,
//! configuration ([`config::Resolver`]), the model and schema, rendering
//! ([`render::Renderer`], [`render::view::build`]) and building
//! ([`site::build`]). Everything else is `pub(crate)`; the `unreachable_pub`
//! lint keeps it so.

/// The legal data `data/<name>.toml`, embedded as the JSON `build.rs` makes
/// of it (the same structure; JSON is read several times faster).
macro_rules! embedded_data {
    ($name:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/", $name, ".json"))
    };
}

pub mod catalog;
pub mod check;
pub mod cli;
pub mod config;
pub mod diag;
pub mod diff;
pub mod effective;
pub(crate) mod fsutil;
#[doc(hidden)]
pub mod fuzzing;
pub mod i18n;
pub mod import;
pub mod init;
pub mod legal;
pub(crate) mod limits;
pub mod load;
pub mod lsp;
pub mod model;
pub mod municipalities;
pub mod render;
pub mod retention_law;
pub mod rules;
pub mod schema;
pub mod serve;
pub mod site;
