# The help of the command line: generated from the clap definitions by
# `UPDATE_CLI_HELP=1 cargo test --lib cli_help`; translate it in the other languages.

help-seloste = Turns YAML descriptions of personal-data registers into checked GDPR privacy notices (tietosuojaseloste)

help-seloste-check = Check notices: YAML, schema, GDPR rules and render limits, each finding at its line and column with the article and a fix
help-seloste-check-paths = Notice files or directories (searched for *.yaml and *.yml)
help-seloste-check-format = Output format
help-seloste-check-as_of = Judge the notice as of this date (YYYY-MM-DD) instead of today: repealed acts, the 2023 transfer to wellbeing services counties and staleness; overrides `as_of` in seloste.toml
help-seloste-check-config = Use this configuration file for every notice instead of the nearest `seloste.toml` above each notice
help-seloste-check-no_config = Ignore `seloste.toml` files
help-seloste-check-message_lang = Language of messages and help texts: fi, sv or en (default: from LANG / LC_ALL / LC_MESSAGES, else English)
help-seloste-check-color = Colours in human output: auto (when writing to a terminal and NO_COLOR is unset), always or never

help-seloste-rules = List the rules and the checks before them (file, YAML, schema, limits)
help-seloste-rules-format = Output format
help-seloste-rules-message_lang = Language of messages: fi, sv or en (default: from LANG / LC_ALL / LC_MESSAGES, else English)

help-seloste-explain = Explain one rule or check: what it checks, why, examples, how to fix
help-seloste-explain-rule = The rule or check id, e.g. `dpo-required` or `schema-type`
help-seloste-explain-message_lang = Language of messages: fi, sv or en (default: from LANG / LC_ALL / LC_MESSAGES, else English)

help-seloste-build = Build the static website of a folder of notices: index, HTML, PDF and Markdown of every notice in every language, notices.json, sitemap and accessibility statement
help-seloste-build-input = The folder of notices
help-seloste-build-out = The site folder; replaced as a whole when the build succeeds
help-seloste-build-strict = Fail (and keep the previous site) when any notice has an error-level finding
help-seloste-build-quiet = No progress bar and no findings; only errors
help-seloste-build-templates = A folder whose files replace built-in templates of the same name
help-seloste-build-as_of = Judge the notice as of this date (YYYY-MM-DD) instead of today: repealed acts, the 2023 transfer to wellbeing services counties and staleness; overrides `as_of` in seloste.toml
help-seloste-build-config = Use this configuration file for every notice instead of the nearest `seloste.toml` above each notice
help-seloste-build-no_config = Ignore `seloste.toml` files
help-seloste-build-jobs = Worker threads (default: one per core)
help-seloste-build-report = Also write an internal report for the organisation to this HTML file (outside the site): each notice's completeness, findings and the standard statements published in the controller's name

help-seloste-render = Render notices as Markdown, HTML or PDF, one document per notice and language
help-seloste-render-notices = The notice files; several are rendered in one process, into the output folder
help-seloste-render-format = Output format; several formats, comma-separated or repeated (`--format html,md`), are rendered from one reading of each notice
help-seloste-render-lang = Only this language (default: every language the notice declares)
help-seloste-render-output = Output file (one notice in one language) or folder (several); `-` writes a single Markdown or HTML document to standard output. Default: the current folder, files named `<id>.<lang>.<ext>`
help-seloste-render-templates = A folder whose files replace built-in templates of the same name
help-seloste-render-as_of = Judge the notice as of this date (YYYY-MM-DD) instead of today: repealed acts, the 2023 transfer to wellbeing services counties and staleness; overrides `as_of` in seloste.toml
help-seloste-render-config = Use this configuration file for every notice instead of the nearest `seloste.toml` above each notice
help-seloste-render-no_config = Ignore `seloste.toml` files

help-seloste-diff = What changed between two versions of a notice, section by section, which changes the data subjects must be told of before the new processing (Art 13(3), 14(4)), and a `changes` entry to record them
help-seloste-diff-old = The earlier version: a file, or `REV:PATH` for a git revision of one (e.g. `HEAD~1:notices/x.yaml`, read with `git show`)
help-seloste-diff-new = The later version: a file, or `REV:PATH`
help-seloste-diff-format = Output format
help-seloste-diff-date = The date of the proposed `changes` entry (default: today)
help-seloste-diff-message_lang = Language of messages: fi, sv or en (default: from LANG / LC_ALL / LC_MESSAGES, else English)

help-seloste-serve = Preview a folder of notices in the browser: each page checked and rendered again as you save, with the findings inside the page next to the section they concern. Listens on 127.0.0.1 only, unless told otherwise
help-seloste-serve-dir = The folder of notices
help-seloste-serve-bind = The address to listen on
help-seloste-serve-port = The port (0: any free port)
help-seloste-serve-allow_remote = Allow an address other than the loopback interface: anyone who can reach it sees the unpublished notices
help-seloste-serve-templates = A folder whose files replace built-in templates of the same name
help-seloste-serve-as_of = Judge the notice as of this date (YYYY-MM-DD) instead of today: repealed acts, the 2023 transfer to wellbeing services counties and staleness; overrides `as_of` in seloste.toml
help-seloste-serve-config = Use this configuration file for every notice instead of the nearest `seloste.toml` above each notice
help-seloste-serve-no_config = Ignore `seloste.toml` files
help-seloste-serve-message_lang = Language of the preview's own words: fi, sv or en (default: from LANG / LC_ALL / LC_MESSAGES, else English)

help-seloste-lsp = A language server for editors (standard input and output): every finding of `check` as you type, hover help from the schema in your language, completion of keys and values, and quick fixes
help-seloste-lsp-message_lang = Language of hover help and findings: fi, sv or en (default: the editor's `initializationOptions.lang` or locale, else LANG / LC_ALL / LC_MESSAGES, else English)

help-seloste-import = A YAML draft from a legacy notice (plain text, Markdown, HTML or Word .docx): its sections mapped to the fields, contact details, statutes and lists taken apart, nothing dropped (the original stands as comments, the rest under `notes`); then what `check` says is missing
help-seloste-import-file = The legacy notice (.txt, .md, .html, .docx)
help-seloste-import-output = The draft to write (default: the id and `.yaml`, in the current folder)
help-seloste-import-force = Replace the draft if it exists
help-seloste-import-message_lang = Language of messages: fi, sv or en (default: from LANG / LC_ALL / LC_MESSAGES, else English)

help-seloste-init = Start a new notice: asks for the controller, its kind, the languages and the register's name on a terminal (else takes them as options), and writes every section with the gaps marked TODO, and the editors' schema beside it
help-seloste-init-file = The file to write (default: the id and `.yaml`, in the current folder)
help-seloste-init-controller = The controller's name, e.g. "Liedon kunta"
help-seloste-init-kind = The controller's kind of organisation (default: as its name makes clear, e.g. "kunta" → municipality)
help-seloste-init-languages = The notice's languages, the main one first: fi, sv, en (e.g. fi,sv)
help-seloste-init-title = The register's name, e.g. "Lastensuojelun asiakasrekisteri"
help-seloste-init-id = The notice's id (default: from the register's name)
help-seloste-init-force = Replace the file if it exists
help-seloste-init-message_lang = Language of questions and messages: fi, sv or en (default: from LANG / LC_ALL / LC_MESSAGES, else English)

help-seloste-templates = Work with the templates

help-seloste-templates-eject = Write the built-in templates into DIR to start your own from (existing files are never overwritten)
help-seloste-templates-eject-dir = The folder to write into (created if needed)

help-seloste-templates-schema = Print the JSON Schema of the view model the notice templates receive (`n` in notice.html and notice.md, /data.json in notice.typ)

help-seloste-schema = Print the JSON Schema of the notice format
help-seloste-schema-output = Write the schema to this file instead of standard output
help-seloste-schema-draft = JSON Schema dialect: 2020-12 for validators, 07 for editors (yaml-language-server fully understands draft-07 only)
help-seloste-schema-lang = Only this language in the descriptions (what an editor shows on hover); all three by default
