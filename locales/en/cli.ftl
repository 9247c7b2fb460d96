# The words of the command line: summaries, the catalog and `explain`.

completeness = { $file }: { $percent }% complete (weighted; { $met } of { $applicable } applicable requirements met{ $capped ->
        [yes] ; no legal basis or no required DPO, so at most 60%
       *[no] {""}
    })

file-counts = { $file }: { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }, { $infos } { $infos ->
        [one] info
       *[other] infos
    }

gh-title = Privacy notice check
gh-col-file = Notice
gh-col-errors = Errors
gh-col-warnings = Warnings
gh-col-infos = Infos
gh-col-complete = Complete
gh-errors = Errors
gh-more = … and { $n } more (all of them: `seloste check --format short`).
gh-summary-failed = warning: the summary could not be written to { $path }: { $error }

summary = checked { $files } { $files ->
        [one] notice
       *[other] notices
    }: { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }, { $infos } info; { $failing } { $failing ->
        [one] file
       *[other] files
    } with errors

head-id = rule
head-severity = severity
head-stage = applies
head-article = article / what

catalog-footer = { $rules } rules and { $checks } checks of the file, YAML and schema. `seloste explain ID` shows one in full.

severity-name = { $severity ->
        [error] error
        [warning] warning
       *[info] info
    }

scope-name = { $scope ->
        [art13] Art 13
        [art14] Art 14
        [both] Art 13+14
       *[stage] every file
    }

explain-article = Article
explain-scope = Applies to
explain-severity = Default severity
explain-what = What it checks
explain-why = Why
explain-message = Message
explain-fix = How to fix
explain-failing = Example that fails
explain-passing = Example that passes
explain-examples-note = (The examples show the relevant part of a notice; the rest is a complete notice.)
explain-config = Turn the rule off or change its level in seloste.toml: `[rules]` `{ $id } = "allow"`.

unknown-id = no rule or check `{ $id }`{ $suggestion ->
        [none] {""}
       *[other] ; did you mean `{ $suggestion }`?
    } (`seloste rules` lists them)

render-has-errors = { $file }: { $errors } error-level { $errors ->
        [one] finding
       *[other] findings
    } (`seloste check` lists them); rendered anyway

error-prefix = error

error-input = { $kind ->
        [not-found] { $path }: no such file or directory
        [no-notices] { $path }: no notices found (no .yaml or .yml files)
       *[link-outside] { $link }: a symbolic link to { $target }, outside { $root }; seloste does not follow it (name the file itself to check it)
    }

error-build = { $kind ->
        [report-in-out] --report { $report } is inside --out { $out }; write the report outside the site
        [out-contains-input] --out { $out } is or contains the input folder { $input }; choose a separate folder
        [out-is-root] --out cannot be the root folder
        [out-has-no-name] --out needs a folder name
        [out-is-file] --out { $out } is a file
        [out-not-built] --out { $out } is a non-empty folder that seloste did not build (no .seloste-build.json); refusing to replace it
        [out-has-other-files] --out { $out } holds { $count } file(s) that seloste did not write or that were changed since ({ $shown }); refusing to replace it. Move them away, or build into an empty folder
        [locked] another seloste build into { $out } is running (it holds { $lock }); wait for it to finish
        [bad-id] { $path }: the id `{ $id }` cannot name a folder of the site (use letters, digits, - and _)
        [duplicate-id] { $first } and { $second }: both have the id `{ $id }`
       *[changed] { $path }: the file changed while the site was being built; build again
    }

site-unchanged = the site was not changed

built = built { $out } ({ $files } files): { $rendered } rendered, { $reused } unchanged

not-loaded = { $count } { $count ->
        [one] notice
       *[other] notices
    } could not be loaded

strict = --strict: { $count } { $count ->
        [one] notice has
       *[other] notices have
    } error-level findings (`seloste check` lists them)

render-not-declared = { $file }: the notice is not declared in `{ $lang }` (languages: { $languages })

render-stdout-one = `-o -` takes one Markdown or HTML document: give one --format and --lang, or write to files
render-same-id = { $file }: the notice has the same id `{ $id }` as { $other }, and would write the same files; give them different ids

help-label = help

rules-no-github = `seloste rules` has no findings to annotate: use --format human, json or sarif

report-title = Check report of the notices
report-intro = For the organisation, not for publication: the completeness and findings of each notice, and the standard statements seloste publishes in the controller's name where the notice is silent.
report-summary = Notices
report-notice = Notice
report-completeness = Completeness
report-errors = Errors
report-warnings = Warnings
report-infos = Info
report-added = Statements added
report-added-heading = Standard statements published in the controller's name
report-findings-heading = Findings
report-none = None.

init-header = Made by `seloste init`. Replace every TODO with what is true of this register, and remove what does not apply; `seloste check` lists what is still missing or marked TODO. The comments are the format's descriptions; your editor shows them too (notice.schema.json beside this file).
init-first-version = First version.
init-ask-controller = Controller (the organisation responsible, e.g. "Liedon kunta")
init-ask-kind = Kind of organisation, number or value{ $guess ->
        [none] {""}
       *[other] {" "}(from the name: { $guess })
    }
init-ask-languages = Languages of the notice, the main one first (fi, sv, en; e.g. "fi,sv")
init-ask-title = Name of the register (e.g. "Lastensuojelun asiakasrekisteri")
init-missing = give { $flags }, or run `seloste init` on a terminal to be asked
init-bad-kind = `{ $value }` is not a kind of organisation; one of: { $kinds }
init-bad-language = `{ $value }` is not a language of notices: fi, sv or en
init-bad-id = `{ $id }` cannot be an id: lower-case letters a-z, digits and single hyphens only (e.g. lastensuojelu-asiakasrekisteri)
init-exists = { $file } exists: choose another file name, or add --force to replace it
init-wrote = wrote { $file }: { $count } { $count ->
        [one] gap
       *[other] gaps
    } marked TODO for you to fill in; `seloste check { $file }` lists them
init-schema-wrote = wrote { $file }: the schema your editor uses for completion, help and errors as you type
init-schema-kept = kept { $file } as it is

# seloste diff
diff-section = { $section ->
        [title] the register's name
        [controller] controller
        [contacts] contact person
        [dpo] data protection officer
        [purposes] purpose
        [special_categories] special category of data
        [data_subjects] group of data subjects
        [data_categories] category of data
        [sources] source of data
        [recipients] recipient
        [processors] processor
        [transfers] transfer outside the EU/EEA
        [retention] retention period
        [automated_decisions] automated decision-making
       *[rights] right
    }
diff-heading = { $section ->
        [title] Name of the register
        [controller] Controller
        [contacts] Contact persons
        [dpo] Data protection officer
        [purposes] Purposes
        [special_categories] Special categories of data
        [data_subjects] Data subjects
        [data_categories] Categories of data
        [sources] Sources of data
        [recipients] Recipients
        [processors] Processors
        [transfers] Transfers outside the EU/EEA
        [retention] Retention
        [automated_decisions] Automated decision-making
       *[rights] Rights
    }
diff-line = { $kind ->
        [added] added { $what }: { $item }
        [removed] removed { $what }: { $item }
       *[changed] changed { $what }{ $item ->
            [none] {""}
           *[other] {" "}“{ $item }”
        }{ $field ->
            [none] {""}
           *[other] {" "}({ $field })
        }: { $from } → { $to }
    }
diff-kind = { $kind ->
        [added] added
        [removed] removed
       *[changed] changed
    }
diff-entry = { $heading }: { $parts }.
diff-inform = tell the data subjects first
diff-inform-summary = { $count } { $count ->
        [one] change
       *[other] changes
    } must be told to the data subjects before the new processing starts (GDPR Art. 13(3), 14(4); WP260 rev.01 paragraphs 29-30).
diff-proposal = Proposed entry for `changes` (check it and add it to the notice):
diff-none = no changes in what the notice declares
diff-git = cannot read `{ $spec }` with git{ $error ->
        [none] {""}
       *[other] : { $error }
    }
diff-field = { $field ->
        [name] name
        [address] address
        [unit] unit
        [organ] governing body
        [phone] phone
        [email] e-mail
        [website] website
        [business_id] business ID
        [legal_basis] legal basis
        [laws] laws
        [description] description
        [items] data items
        [safeguard] safeguard
        [period] period
        [used] in use
       *[applies] applies
    }

# seloste serve
serve-title = Preview of the notices
serve-findings = Findings of seloste check
serve-severity = { $severity ->
        [error] error
        [warning] warning
       *[info] info
    }
serve-line = line
serve-not-found = not found
serve-listening = preview of { $dir } at { $url } (Ctrl+C stops it); pages follow your edits as you save
serve-not-loopback = { $addr } is not a loopback address: the preview shows unpublished notices, so it listens on 127.0.0.1 or ::1 unless you add --allow-remote

# seloste lsp
lsp-replace = Change to `{ $suggestion }`
lsp-suppress = Suppress `{ $rule }` in this notice (give the reason)
lsp-suppress-reason = TODO: why this finding does not apply to this register

# seloste import
import-wrote = wrote { $file }: { $sections } { $sections ->
        [one] section
       *[other] sections
    } of the original mapped to fields; check every value. What check says of the draft:
import-docx = { $file } cannot be read as a Word document (.docx): { $error }
