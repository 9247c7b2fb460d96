//! PDF through the typst compiler, embedded as a library.
//!
//! The world holds exactly two files: the template (`/main.typ`) and the
//! view model (`/data.json`). Nothing is read from the file system or the
//! network: packages are refused and fonts are the ones compiled into the
//! binary. The notice reaches typst only as JSON data, so no text in it can
//! become typst markup. One [`PdfEngine`] is reused for many documents;
//! fonts are parsed once per process.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use typst::diag::{FileError, FileResult, Warned};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_kit::files::{FileLoader, FileStore};
use typst_kit::fonts::FontStore;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::model::Date;

/// Fallback fonts compiled into the binary (`data/fonts/README.md`):
/// Latin, Greek and Cyrillic beyond Libertinus, Thai, Chinese, Japanese and
/// Korean (a subset), emoji as outlines, and symbols.
const FALLBACK_FONTS: &[&[u8]] = &[
    include_bytes!("../../data/fonts/NotoSerif-Regular.ttf"),
    include_bytes!("../../data/fonts/NotoSerifThai-Regular.ttf"),
    include_bytes!("../../data/fonts/NotoSansCJKsc-Regular-subset.otf"),
    include_bytes!("../../data/fonts/NotoEmoji-Regular.ttf"),
    include_bytes!("../../data/fonts/NotoSansSymbols-Regular.ttf"),
    include_bytes!("../../data/fonts/NotoSansSymbols2-Regular.ttf"),
];

static FONTS: LazyLock<Arc<FontStore>> = LazyLock::new(|| {
    let mut store = FontStore::new();
    store.extend(typst_kit::fonts::embedded());
    store.extend(FALLBACK_FONTS.iter().flat_map(|data| {
        Font::iter(Bytes::new(*data)).map(|font| {
            let info = font.info().clone();
            (font, info)
        })
    }));
    Arc::new(store)
});

#[derive(Default)]
struct MemFiles(HashMap<&'static str, Bytes>);

impl FileLoader for MemFiles {
    fn load(&self, id: FileId) -> FileResult<Bytes> {
        if !matches!(id.root(), VirtualRoot::Project) {
            return Err(FileError::Other(Some("packages are not available".into())));
        }
        let p = id.vpath().get_without_slash();
        self.0
            .get(p)
            .cloned()
            .ok_or_else(|| FileError::NotFound(p.into()))
    }
}

fn file_id(path: &str) -> FileId {
    RootedPath::new(
        VirtualRoot::Project,
        VirtualPath::new(path).expect("a valid virtual path"),
    )
    .intern()
}

struct NoticeWorld {
    library: LazyHash<Library>,
    fonts: Arc<FontStore>,
    files: FileStore<MemFiles>,
    main: FileId,
    today: Date,
}

impl World for NoticeWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }
    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.book()
    }
    fn main(&self) -> FileId {
        self.main
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        self.files.source(id)
    }
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.files.file(id)
    }
    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(index)
    }
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Datetime::from_ymd(
            self.today.year,
            self.today.month as u8,
            self.today.day as u8,
        )
    }
}

/// A compile error of the PDF template, with its position.
#[derive(Debug, Clone)]
pub struct PdfError {
    /// What went wrong, with `template line:column` where known.
    pub message: String,
}

/// A reusable typst compiler for one template.
pub struct PdfEngine {
    world: NoticeWorld,
    template_name: String,
}

impl PdfEngine {
    /// An engine for the typst `template` (named `template_name` in errors).
    pub fn new(template: &str, template_name: &str) -> PdfEngine {
        let mut files = MemFiles::default();
        files
            .0
            .insert("main.typ", Bytes::from_string(template.to_owned()));
        PdfEngine {
            world: NoticeWorld {
                library: LazyHash::new(Library::builder().build()),
                fonts: FONTS.clone(),
                files: FileStore::new(files),
                main: file_id("main.typ"),
                today: Date::new(2000, 1, 1).expect("valid"),
            },
            template_name: template_name.to_owned(),
        }
    }

    /// Whether typst can draw the image `bytes` named `name` (the site's
    /// logo, checked once before a build): the error in words if not.
    pub fn check_image(name: &'static str, bytes: &[u8]) -> Result<(), String> {
        let mut engine = PdfEngine::new(&format!("#image(\"/{name}\", alt: \"logo\")"), name);
        engine.add_image(name, bytes);
        let Warned { output, .. } = typst::compile::<PagedDocument>(&engine.world);
        output.map(|_| ()).map_err(|errors| {
            errors
                .iter()
                .map(|e| e.message.to_string())
                .collect::<Vec<_>>()
                .join("; ")
        })
    }

    /// Makes an image available to the template as `/<name>` (the site's
    /// logo).
    pub fn add_image(&mut self, name: &'static str, bytes: &[u8]) {
        self.world
            .files
            .loader_mut()
            .0
            .insert(name, Bytes::new(bytes.to_vec()));
        self.world.files.reset();
    }

    /// Compiles one document from its view model (JSON) into a PDF/A-2a +
    /// PDF/UA-1 file. `date` is the document date (metadata and XMP);
    /// `ident` a stable identifier of the document.
    pub fn render(
        &mut self,
        data_json: &[u8],
        date: Date,
        ident: &str,
    ) -> Result<Vec<u8>, PdfError> {
        self.world
            .files
            .loader_mut()
            .0
            .insert("data.json", Bytes::new(data_json.to_vec()));
        self.world.files.reset();
        self.world.today = date;
        let Warned { output, .. } = typst::compile::<PagedDocument>(&self.world);
        let doc = output.map_err(|errors| self.describe(&errors))?;
        let standards =
            PdfStandards::new(&[PdfStandard::A_2a, PdfStandard::Ua_1]).map_err(|e| PdfError {
                message: e.message().to_string(),
            })?;
        let options = PdfOptions {
            ident: Smart::Custom(ident.to_owned()),
            creator: Smart::Custom(Some(format!("seloste {}", env!("CARGO_PKG_VERSION")))),
            timestamp: Datetime::from_ymd_hms(
                date.year,
                date.month as u8,
                date.day as u8,
                12,
                0,
                0,
            )
            .map(Timestamp::new_utc),
            standards,
            ..PdfOptions::default()
        };
        let pdf = typst_pdf::pdf(&doc, &options).map_err(|errors| self.describe(&errors))?;
        // Keep typst's memo caches (global to the process) bounded across
        // many documents: drop what the last document did not use. Measured
        // on 100 notices, evicting after every document is both the fastest
        // and the smallest (6.7 s, 83 MB; every 4th: 7.5 s, 147 MB; every
        // 16th: 7.9 s, 212 MB): notices share little worth keeping.
        comemo::evict(1);
        Ok(pdf)
    }

    fn describe(&self, errors: &[typst::diag::SourceDiagnostic]) -> PdfError {
        let mut lines = Vec::new();
        for e in errors {
            let mut at = String::new();
            if let Some(id) = e.span.id()
                && let Ok(src) = self.world.source(id)
                && let Some(range) = self.world.range(e.span)
            {
                let before = &src.text()[..range.start.min(src.text().len())];
                let line = before.matches('\n').count() + 1;
                let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                let file = if id == self.world.main {
                    self.template_name.clone()
                } else {
                    id.vpath().get_without_slash().to_owned()
                };
                at = format!("{file}:{line}:{col}: ");
            }
            let hints: String = e
                .hints
                .iter()
                .map(|h| format!(" (hint: {})", h.v))
                .collect();
            lines.push(format!("{at}{}{hints}", e.message));
        }
        PdfError {
            message: lines.join("\n"),
        }
    }
}

/// The code points the embedded fonts cover, as the inclusive ranges of
/// `data/fonts/coverage.txt` (see `limits`).
pub fn coverage_ranges() -> Vec<(u32, u32)> {
    let mut all: Vec<u32> = Vec::new();
    let book = FONTS.book();
    let mut i = 0;
    while let Some(info) = book.info(i) {
        all.extend(info.coverage.iter());
        i += 1;
    }
    all.sort_unstable();
    all.dedup();
    let mut ranges: Vec<(u32, u32)> = Vec::new();
    for c in all {
        match ranges.last_mut() {
            Some((_, end)) if *end + 1 == c => *end = c,
            _ => ranges.push((c, c)),
        }
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `data/fonts/coverage.txt` is what the embedded fonts cover; run with
    /// `UPDATE_COVERAGE=1` after changing the fonts.
    #[test]
    fn coverage_table_is_fresh() {
        let mut text = String::from(
            "# Code points the PDF fonts compiled into seloste can show (hexadecimal,\n# inclusive ranges). Generated from the fonts by\n# `UPDATE_COVERAGE=1 cargo test --lib coverage_table`; do not edit.\n",
        );
        for (a, b) in coverage_ranges() {
            if a == b {
                text.push_str(&format!("{a:X}\n"));
            } else {
                text.push_str(&format!("{a:X}-{b:X}\n"));
            }
        }
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/fonts/coverage.txt");
        if std::env::var_os("UPDATE_COVERAGE").is_some() {
            std::fs::write(path, &text).unwrap();
        }
        assert_eq!(
            std::fs::read_to_string(path).unwrap(),
            text,
            "run UPDATE_COVERAGE=1 cargo test --lib coverage_table"
        );
    }
}
