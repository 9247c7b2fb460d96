# The words of the command line: summaries, the catalog and `explain`.

completeness = { $file }: { $percent }% complete ({ $met } of { $applicable } applicable requirements met)

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
