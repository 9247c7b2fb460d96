# The words of the command line: summaries, the catalog and `explain`.

completeness = { $file }: { $percent } % klar ({ $met } av { $applicable } tillämpliga krav uppfyllda)

summary = kontrollerade { $files } { $files ->
        [one] beskrivning
       *[other] beskrivningar
    }: { $errors } { $errors ->
        [one] fel
       *[other] fel
    }, { $warnings } { $warnings ->
        [one] varning
       *[other] varningar
    }, { $infos } info; { $failing } { $failing ->
        [one] fil
       *[other] filer
    } med fel

head-id = regel
head-severity = allvarlighetsgrad
head-stage = gäller
head-article = artikel / vad

catalog-footer = { $rules } regler och { $checks } kontroller av filen, YAML och schemat. `seloste explain ID` visar en av dem i sin helhet.

severity-name = { $severity ->
        [error] fel
        [warning] varning
       *[info] info
    }

scope-name = { $scope ->
        [art13] art. 13
        [art14] art. 14
        [both] art. 13+14
       *[stage] alla filer
    }

explain-article = Artikel
explain-scope = Gäller
explain-severity = Allvarlighetsgrad som standard
explain-what = Vad som kontrolleras
explain-why = Varför
explain-message = Meddelande
explain-fix = Så här åtgärdar du det
explain-failing = Exempel som underkänns
explain-passing = Exempel som godkänns
explain-examples-note = (Exemplen visar den relevanta delen av en beskrivning; resten är en fullständig beskrivning.)
explain-config = Stäng av regeln eller ändra dess nivå i seloste.toml: `[rules]` `{ $id } = "allow"`.

unknown-id = det finns ingen regel eller kontroll `{ $id }`{ $suggestion ->
        [none] {""}
       *[other] ; avsåg du `{ $suggestion }`?
    } (`seloste rules` listar dem)

render-has-errors = { $file }: { $errors } { $errors ->
        [one] anmärkning på felnivå
       *[other] anmärkningar på felnivå
    } (`seloste check` listar dem); återgiven ändå
