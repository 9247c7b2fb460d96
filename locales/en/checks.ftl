# The findings of the stages before the rules: reading the file, YAML,
# schema, suppressions, the findings limit and the renderers' limits.
# Message: what is wrong; .help: how to fix it; .label: the short text at the
# position. Selectors ($kind, $hint, ...) pick the wording of one situation.

## Reading the file

file-too-large = the file is { $size } bytes; a notice may be at most { $max } bytes
    .help = a privacy notice is a few pages of text; check that this is the right file, or split it into one notice per register

file-encoding = { $kind ->
        [utf16] the file is encoded in UTF-16; seloste reads UTF-8 only
       *[invalid] the file is not valid UTF-8: invalid byte { $bytes }
    }
    .help = { $kind ->
        [utf16] save the file as UTF-8 (in VS Code: the encoding in the status bar → "Save with Encoding" → UTF-8)
       *[invalid] save the file as UTF-8; a file from an old Windows editor is often in Windows-1252 (ISO-8859-1), where ä and ö are single bytes
    }
    .label = not UTF-8

file-empty = the file contains no notice
    .help = a notice starts with keys such as `id:`, `title:` and `controller:`; see `seloste schema` or the examples

## YAML

yaml-syntax = { $kind ->
        [documents] the file holds more than one YAML document
       *[other] invalid YAML: { $detail }
    }
    .help = { $kind ->
        [documents] put each notice in its own file and remove the `---` separator
        [tab] indent with spaces, not tabs
       *[other] check the indentation and quoting on this line and the one before it; text containing `: ` or starting with a special character such as `*`, `&`, `[` or `{"{"}` needs quotes
    }
    .label = here

yaml-duplicate-key = { $key ->
        [none] a key appears twice in the same mapping
       *[other] the key `{ $key }` appears twice in the same mapping
    }
    .help = each key may appear once in a mapping: merge the two entries or remove one
    .label = here

yaml-limits = { $kind ->
        [depth] the YAML is nested more than { $depth } levels deep
        [nodes] the YAML expands to more than { $nodes } values or uses more than { $aliases } aliases (an alias bomb?)
        [replay] the YAML expands aliases too many times (an alias bomb?)
       *[other] the YAML exceeds a size limit: { $detail }
    }
    .help = a notice needs neither deep nesting nor aliases (`*name`) that repeat large parts; write the values out
    .label = here

## Schema

schema-unknown-key = unknown key `{ $key }` in { $place }
    .help = { $suggestion ->
        [none] remove it or fix its spelling. Keys allowed here: { $allowed }
       *[other] did you mean `{ $suggestion }`? Keys allowed here: { $allowed }
    }
    .label = unknown key

schema-missing-key = { $place } is missing the required key `{ $key }`
    .help = { $description ->
        [none] add `{ $key }:`
       *[other] add `{ $key }:` — { $description }
    }
    .label = add `{ $key }` here

schema-type = { $place } should be { $expected }, not { $found }
    .help = { $hint ->
        [empty] write a value after the colon, or remove the key
        [list] write a single text; lists use `- ` only where the field takes several values
        [quote] put the value in quotes so that it stays text as written: "{ $raw }"
        [boolean] write `true` or `false`: seloste reads YAML 1.2, where yes/no/on/off are text
        [array] { $description ->
            [none] {""}
           *[other] { $description }{" "}
        }Write a list, in brackets (`[{ $raw }]`) or one item per line starting with `- `.
        [description] { $description }
       *[none] see the schema for { $place }
    }
    .label = expected { $expected }

schema-enum = `{ $value }` is not an allowed value of { $place }
    .help = { $suggestion ->
        [none] allowed values:
       *[other] did you mean `{ $suggestion }`? Allowed values:
    }{ $meanings ->
        [yes] { $allowed }
       *[no] {" "}{ $allowed }
    }
    .label = not an allowed value

schema-format = { $place } { $kind ->
        [email] is not an e-mail address: `{ $value }`
        [date] is not a date: `{ $value }`
        [uri] is not a web address: `{ $value }`
        [length] is longer than { $limit } characters
        [other] is not of the expected form: `{ $value }`
       *[pattern] has a value of the wrong form: `{ $value }`
    }
    .help = { $kind ->
        [email] write it as name@example.fi
        [date] write the date as YYYY-MM-DD, e.g. 2024-05-31 for 31.5.2024
        [uri] write the full address with https://, e.g. https://www.example.fi/tietosuoja
        [length] shorten it
        [id] use lower-case letters a-z, digits and single hyphens, e.g. `lastensuojelu-asiakasrekisteri` (no ä, ö, spaces or capitals)
        [other] see the schema
       *[pattern] { $description ->
            [none] see the schema
           *[other] { $description }
        }
    }
    .label = { $kind ->
        [email] not an e-mail address
        [date] not a date
        [uri] not a web address
        [other] not of the expected form
       *[pattern] wrong form
    }

schema-empty = { $place } { $kind ->
        [items] must list at least one value
        [languages] must give at least one language version
       *[text] must not be empty
    }
    .help = { $kind ->
        [languages] add `fi:`, `sv:` or `en:` with the text
       *[other] { $description ->
            [none] { $kind ->
                [items] add an item
               *[other] write a value
            }
           *[other] { $description }
        }
    }

schema-duplicate-item = { $place } lists the same value twice
    .help = remove the repeated value

schema-invalid = { $kind ->
        [unreadable] the notice cannot be read: { $detail }
        [form] { $place } does not have an allowed form
       *[other] { $place }: { $detail }
    }
    .help = { $kind ->
        [unreadable] fix the value named in the message
       *[other] { $description ->
            [none] see the schema
           *[other] { $description }
        }
    }

# A schema type in words, for schema-type ($expected, $found).
schema-type-name = { $type ->
        [string] text
        [object] a mapping of keys
        [array] a list
        [boolean] true or false
        [integer] a whole number
        [number] a number
        [null] nothing
        [empty] nothing (an empty value)
       *[other] a value
    }

list-or = {" "}or{" "}

# The notice as a whole, where a finding names a place in it.
the-notice = the notice

## Suppressions

suppression-unknown-rule = `{ $rule }` is not a rule id
    .help = { $suggestion ->
        [none] {""}
       *[other] did you mean `{ $suggestion }`?{" "}
    }`seloste rules` lists the rule ids

suppression-unused = the suppression of `{ $rule }` matches no finding
    .help = the rule no longer fires here: remove the suppression

## Reporting

findings-truncated = at least { $count } more findings in this file are not shown; seloste reports at most { $max } per file
    .help = fix the findings shown and check again

## Limits of the renderers

text-nesting = this text nests lists, quotes or emphasis { $depth } levels deep; the published notice shows at most { $max } levels and the deeper ones flat
    .help = write the text as plain paragraphs or a simple list
    .label = nested too deep

text-glyphs = { $kind ->
        [symbol] symbol-font characters pasted from Word ({ $chars }); the PDF shows them as their Unicode equivalents (such as •)
       *[missing] the PDF fonts cannot show { $count } character(s) of this text ({ $chars }); the PDF shows { $replacement } instead
    }
    .help = { $kind ->
        [symbol] replace them with ordinary characters, e.g. a Markdown list `- ` instead of a pasted bullet
       *[missing] use characters the embedded fonts have (Latin, Greek, Cyrillic, Thai, common Chinese, Japanese and Korean, emoji, common symbols); the HTML and Markdown show the text as written
    }
    .label = { $kind ->
        [symbol] symbol-font character
       *[missing] not in the PDF fonts
    }

text-heading-length = this name is { $length } characters long and is shown as a heading; the PDF shortens headings to { $max } characters
    .help = give a short name and put the explanation in the description
    .label = too long for a heading

text-word-length = this text has a word (or address) of { $length } characters without spaces; the PDF breaks it into lines of { $line } characters, and a link longer than { $max_url } characters is shown as text
    .help = check for text pasted without spaces; give long addresses as a link with a short text
    .label = very long word
