# The words of the command line: summaries, the catalog and `explain`.

completeness = { $file }: { $percent } % klar (viktat; { $met } av { $applicable } tillämpliga krav uppfyllda{ $capped ->
        [yes] ; rättslig grund eller ett obligatoriskt dataskyddsombud saknas, därför högst 60 %
       *[no] {""}
    })

file-counts = { $file }: { $errors } { $errors ->
        [one] fel
       *[other] fel
    }, { $warnings } { $warnings ->
        [one] varning
       *[other] varningar
    }, { $infos } { $infos ->
        [one] anmärkning
       *[other] anmärkningar
    }

gh-title = Granskning av dataskyddsbeskrivningar
gh-col-file = Beskrivning
gh-col-errors = Fel
gh-col-warnings = Varningar
gh-col-infos = Anmärkningar
gh-col-complete = Klar
gh-errors = Fel
gh-more = … och { $n } till (alla: `seloste check --format short`).
gh-summary-failed = varning: sammanfattningen kunde inte skrivas till { $path }: { $error }

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

error-prefix = fel

error-input = { $kind ->
        [not-found] { $path }: ingen sådan fil eller mapp
        [no-notices] { $path }: inga beskrivningar hittades (inga .yaml- eller .yml-filer)
       *[link-outside] { $link }: en symbolisk länk till { $target }, utanför { $root }; seloste följer den inte (ange själva filen för att kontrollera den)
    }

error-build = { $kind ->
        [report-in-out] --report { $report } ligger i --out { $out }; skriv rapporten utanför webbplatsen
        [out-contains-input] --out { $out } är eller innehåller indatamappen { $input }; välj en separat mapp
        [out-is-root] --out kan inte vara rotmappen
        [out-has-no-name] --out behöver ett mappnamn
        [out-is-file] --out { $out } är en fil
        [out-not-built] --out { $out } är en mapp som inte är tom och som seloste inte har byggt (ingen .seloste-build.json); den ersätts inte
        [out-has-other-files] --out { $out } innehåller { $count } fil(er) som seloste inte har skrivit eller som har ändrats sedan dess ({ $shown }); mappen ersätts inte. Flytta bort dem eller bygg i en tom mapp
        [locked] ett annat seloste-bygge till { $out } pågår (det håller { $lock }); vänta tills det är klart
        [bad-id] { $path }: id:t `{ $id }` kan inte vara namnet på en mapp på webbplatsen (använd bokstäver, siffror, - och _)
        [duplicate-id] { $first } och { $second }: båda har id:t `{ $id }`
       *[changed] { $path }: filen ändrades medan webbplatsen byggdes; bygg igen
    }

site-unchanged = webbplatsen ändrades inte

built = byggde { $out } ({ $files } filer): { $rendered } återgivna, { $reused } oförändrade

not-loaded = { $count } { $count ->
        [one] beskrivning kunde inte läsas
       *[other] beskrivningar kunde inte läsas
    }

strict = --strict: { $count } { $count ->
        [one] beskrivning har
       *[other] beskrivningar har
    } anmärkningar på felnivå (`seloste check` listar dem)

render-not-declared = { $file }: beskrivningen är inte angiven på `{ $lang }` (språk: { $languages })

render-stdout-one = `-o -` tar ett Markdown- eller HTML-dokument: ange ett --format och --lang eller skriv till filer
render-same-id = { $file }: beskrivningen har samma id `{ $id }` som { $other } och skulle skriva samma filer; ge dem olika id

help-label = hjälp

rules-no-github = `seloste rules` ger inga anmärkningar att markera: använd --format human, json eller sarif

report-title = Granskningsrapport för beskrivningarna
report-intro = För organisationen, inte för publicering: varje beskrivnings fullständighet och anmärkningar samt de standardtexter som seloste publicerar i den personuppgiftsansvariges namn där beskrivningen inte anger punkten själv.
report-summary = Beskrivningar
report-notice = Beskrivning
report-completeness = Fullständighet
report-errors = Fel
report-warnings = Varningar
report-infos = Information
report-added = Tillagda standardtexter
report-added-heading = Standardtexter som publiceras i den personuppgiftsansvariges namn
report-findings-heading = Anmärkningar
report-none = Inga.

init-header = Skapad med `seloste init`. Ersätt varje TODO med det som gäller för detta register och ta bort det som inte gäller; `seloste check` listar det som ännu saknas eller är märkt TODO. Kommentarerna är formatets beskrivningar; din editor visar dem också (notice.schema.json bredvid denna fil).
init-first-version = Första versionen.
init-ask-controller = Personuppgiftsansvarig (den ansvariga organisationen, t.ex. "Vasa stad")
init-ask-kind = Typ av organisation, nummer eller värde{ $guess ->
        [none] {""}
       *[other] {" "}(enligt namnet: { $guess })
    }
init-ask-languages = Beskrivningens språk, huvudspråket först (fi, sv, en; t.ex. "sv,fi")
init-ask-title = Registrets namn (t.ex. "Barnskyddets klientregister")
init-missing = ange { $flags } eller kör `seloste init` i en terminal för att bli tillfrågad
init-bad-kind = `{ $value }` är inte en typ av organisation; alternativ: { $kinds }
init-bad-language = `{ $value }` är inte ett språk för beskrivningar: fi, sv eller en
init-bad-id = `{ $id }` kan inte vara en identifierare: bara små bokstäver a-z, siffror och enstaka bindestreck (t.ex. barnskydd-klientregister)
init-exists = { $file } finns redan: välj ett annat filnamn eller ersätt den med --force
init-wrote = skrev { $file }: { $count } { $count ->
        [one] punkt märkt
       *[other] punkter märkta
    } TODO att fylla i; `seloste check { $file }` listar dem
init-schema-wrote = skrev { $file }: schemat som din editor använder för komplettering, hjälp och fel medan du skriver
init-schema-kept = { $file } lämnades som den är

# seloste diff
diff-section = { $section ->
        [title] registrets namn
        [controller] personuppgiftsansvarig
        [contacts] kontaktperson
        [dpo] dataskyddsombud
        [purposes] ändamål
        [special_categories] särskild kategori av personuppgifter
        [data_subjects] grupp av registrerade
        [data_categories] kategori av personuppgifter
        [sources] uppgiftskälla
        [recipients] mottagare
        [processors] personuppgiftsbiträde
        [transfers] överföring utanför EU/EES
        [retention] lagringstid
        [automated_decisions] automatiserat beslutsfattande
       *[rights] rättighet
    }
diff-heading = { $section ->
        [title] Registrets namn
        [controller] Personuppgiftsansvarig
        [contacts] Kontaktpersoner
        [dpo] Dataskyddsombud
        [purposes] Ändamål
        [special_categories] Särskilda kategorier av personuppgifter
        [data_subjects] Registrerade
        [data_categories] Kategorier av personuppgifter
        [sources] Uppgiftskällor
        [recipients] Mottagare
        [processors] Personuppgiftsbiträden
        [transfers] Överföringar utanför EU/EES
        [retention] Lagringstider
        [automated_decisions] Automatiserat beslutsfattande
       *[rights] Rättigheter
    }
diff-line = { $kind ->
        [added] tillagt { $what }: { $item }
        [removed] borttaget { $what }: { $item }
       *[changed] ändrat { $what }{ $item ->
            [none] {""}
           *[other] {" "}”{ $item }”
        }{ $field ->
            [none] {""}
           *[other] {" "}({ $field })
        }: { $from } → { $to }
    }
diff-kind = { $kind ->
        [added] tillagt
        [removed] borttaget
       *[changed] ändrat
    }
diff-entry = { $heading }: { $parts }.
diff-inform = ska meddelas de registrerade först
diff-inform-summary = { $count } { $count ->
        [one] ändring
       *[other] ändringar
    } ska meddelas de registrerade innan den nya behandlingen inleds (dataskyddsförordningen art. 13.3, 14.4; WP260 rev.01 punkterna 29–30).
diff-proposal = Förslag till post i `changes` (kontrollera och lägg till i beskrivningen):
diff-none = inga ändringar i det som beskrivningen anger
diff-git = `{ $spec }` kan inte läsas med git{ $error ->
        [none] {""}
       *[other] : { $error }
    }
diff-field = { $field ->
        [name] namn
        [address] adress
        [unit] enhet
        [organ] organ
        [phone] telefon
        [email] e-post
        [website] webbplats
        [business_id] FO-nummer
        [legal_basis] rättslig grund
        [laws] författningar
        [description] beskrivning
        [items] uppgifter
        [safeguard] skyddsåtgärd
        [period] lagringstid
        [used] används
       *[applies] gäller
    }

# seloste serve
serve-title = Förhandsgranskning av beskrivningarna
serve-findings = Iakttagelser från seloste check
serve-severity = { $severity ->
        [error] fel
        [warning] varning
       *[info] info
    }
serve-line = rad
serve-not-found = hittades inte
serve-listening = förhandsgranskning av { $dir } på { $url } (Ctrl+C avslutar); sidorna följer dina ändringar när du sparar
serve-not-loopback = { $addr } är ingen lokal (loopback) adress: förhandsgranskningen visar opublicerade beskrivningar, så den lyssnar bara på 127.0.0.1 eller ::1 om du inte lägger till --allow-remote

# seloste lsp
lsp-replace = Ändra till `{ $suggestion }`
lsp-suppress = Undertryck `{ $rule }` i denna beskrivning (ange skälet)
lsp-suppress-reason = TODO: varför denna iakttagelse inte gäller detta register

# seloste import
import-wrote = skrev { $file }: { $sections } { $sections ->
        [one] avsnitt
       *[other] avsnitt
    } i originalet fördes till fält; kontrollera varje värde. Vad check säger om utkastet:
import-docx = { $file } kan inte läsas som ett Word-dokument (.docx): { $error }
