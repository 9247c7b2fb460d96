# Hjälpen för kommandoraden: genererad från clap-definitionerna med
# `UPDATE_CLI_HELP=1 cargo test --lib cli_help`; översätt den till de andra språken.

help-seloste = Gör YAML-beskrivningar av personregister till kontrollerade dataskyddsbeskrivningar enligt dataskyddsförordningen

help-seloste-check = Kontrollera beskrivningar: YAML, schema, dataskyddsförordningens regler och återgivningsgränser, varje anmärkning med rad och kolumn, artikel och åtgärd
help-seloste-check-paths = Beskrivningsfiler eller mappar (där *.yaml och *.yml söks)
help-seloste-check-format = Utdataformat
help-seloste-check-as_of = Bedöm beskrivningen per detta datum (YYYY-MM-DD) i stället för i dag: upphävda författningar, överföringen till välfärdsområdena 2023 och om beskrivningen är föråldrad; åsidosätter `as_of` i seloste.toml
help-seloste-check-config = Använd den här konfigurationsfilen för alla beskrivningar i stället för den närmaste `seloste.toml` ovanför varje beskrivning
help-seloste-check-no_config = Bortse från `seloste.toml`-filer
help-seloste-check-message_lang = Språk för meddelanden och hjälptexter: fi, sv eller en (standard: enligt LANG / LC_ALL / LC_MESSAGES, annars engelska)
help-seloste-check-color = Färger i utdata för människor: auto (vid utskrift till en terminal när NO_COLOR inte är satt), always eller never

help-seloste-rules = Lista reglerna och kontrollerna före dem (fil, YAML, schema, gränser)
help-seloste-rules-format = Utdataformat
help-seloste-rules-message_lang = Språk för meddelanden: fi, sv eller en (standard: enligt LANG / LC_ALL / LC_MESSAGES, annars engelska)

help-seloste-explain = Förklara en regel eller kontroll: vad den kontrollerar, varför, exempel och hur man åtgärdar
help-seloste-explain-rule = Regelns eller kontrollens id, t.ex. `dpo-required` eller `schema-type`
help-seloste-explain-message_lang = Språk för meddelanden: fi, sv eller en (standard: enligt LANG / LC_ALL / LC_MESSAGES, annars engelska)

help-seloste-build = Bygg den statiska webbplatsen för en mapp med beskrivningar: startsida, HTML, PDF och Markdown för varje beskrivning på varje språk, notices.json, webbplatskarta och tillgänglighetsutlåtande
help-seloste-build-input = Mappen med beskrivningar
help-seloste-build-out = Webbplatsens mapp; ersätts i sin helhet när bygget lyckas
help-seloste-build-strict = Misslyckas (och behåll den tidigare webbplatsen) om någon beskrivning har en anmärkning på felnivå
help-seloste-build-quiet = Ingen förloppsindikator och inga anmärkningar; endast fel
help-seloste-build-templates = En mapp vars filer ersätter inbyggda mallar med samma namn
help-seloste-build-as_of = Bedöm beskrivningen per detta datum (YYYY-MM-DD) i stället för i dag: upphävda författningar, överföringen till välfärdsområdena 2023 och om beskrivningen är föråldrad; åsidosätter `as_of` i seloste.toml
help-seloste-build-config = Använd den här konfigurationsfilen för alla beskrivningar i stället för den närmaste `seloste.toml` ovanför varje beskrivning
help-seloste-build-no_config = Bortse från `seloste.toml`-filer
help-seloste-build-jobs = Arbetstrådar (standard: en per kärna)
help-seloste-build-report = Skriv också en intern rapport för organisationen till denna HTML-fil (utanför webbplatsen): varje beskrivnings fullständighet, anmärkningar och de standardtexter som publiceras i den personuppgiftsansvariges namn

help-seloste-render = Återge beskrivningar som Markdown, HTML eller PDF, ett dokument per beskrivning och språk
help-seloste-render-notices = Beskrivningsfilerna; flera återges i en process, i utdatamappen
help-seloste-render-format = Utdataformat; flera format, kommaseparerade eller upprepade (`--format html,md`), återges ur en läsning av varje beskrivning
help-seloste-render-lang = Endast detta språk (standard: alla språk som beskrivningen anger)
help-seloste-render-output = Utdatafil (en beskrivning på ett språk) eller mapp (flera); `-` skriver ett enda Markdown- eller HTML-dokument till standard ut. Standard: den aktuella mappen, filer med namnet `<id>.<lang>.<ext>`
help-seloste-render-templates = En mapp vars filer ersätter inbyggda mallar med samma namn
help-seloste-render-as_of = Bedöm beskrivningen per detta datum (YYYY-MM-DD) i stället för i dag: upphävda författningar, överföringen till välfärdsområdena 2023 och om beskrivningen är föråldrad; åsidosätter `as_of` i seloste.toml
help-seloste-render-config = Använd den här konfigurationsfilen för alla beskrivningar i stället för den närmaste `seloste.toml` ovanför varje beskrivning
help-seloste-render-no_config = Bortse från `seloste.toml`-filer

help-seloste-templates = Arbeta med mallarna

help-seloste-templates-eject = Skriv de inbyggda mallarna till DIR som utgångspunkt för egna mallar (befintliga filer skrivs aldrig över)
help-seloste-templates-eject-dir = Mappen att skriva till (skapas vid behov)

help-seloste-templates-schema = Skriv ut JSON Schema för den vymodell som beskrivningsmallarna får (`n` i notice.html och notice.md, /data.json i notice.typ)

help-seloste-schema = Skriv ut JSON Schema för beskrivningsformatet
help-seloste-schema-output = Skriv schemat till den här filen i stället för till standardutdata
help-seloste-schema-draft = JSON Schema-dialekt: 2020-12 för valideringsverktyg, 07 för editorer (yaml-language-server förstår fullt ut bara draft-07)
help-seloste-schema-lang = Beskrivningarna bara på detta språk (det som en editor visar som hjälp); som standard alla tre

help-seloste-init = Påbörja en ny beskrivning: frågar i en terminal efter den personuppgiftsansvarige, typen av organisation, språken och registrets namn (annars anges de som flaggor) och skriver alla avsnitt med luckorna märkta TODO samt editorernas schema bredvid
help-seloste-init-file = Filen som skrivs (standard: identifieraren och `.yaml` i den aktuella mappen)
help-seloste-init-controller = Den personuppgiftsansvariges namn, t.ex. "Vasa stad"
help-seloste-init-kind = Den personuppgiftsansvariges typ av organisation (standard: enligt namnet, t.ex. "stad" → municipality)
help-seloste-init-languages = Beskrivningens språk, huvudspråket först: fi, sv, en (t.ex. sv,fi)
help-seloste-init-title = Registrets namn, t.ex. "Barnskyddets klientregister"
help-seloste-init-id = Beskrivningens identifierare (standard: av registrets namn)
help-seloste-init-force = Ersätt filen om den finns
help-seloste-init-message_lang = Språk för frågor och meddelanden: fi, sv eller en (standard: från LANG / LC_ALL / LC_MESSAGES, annars engelska)

help-seloste-diff = Vad som ändrats mellan två versioner av en beskrivning, avsnitt för avsnitt, vilka ändringar de registrerade ska informeras om före den nya behandlingen (art. 13.3, 14.4) och en post i `changes` för att registrera dem
help-seloste-diff-old = Den tidigare versionen: en fil eller `REV:SÖKVÄG` för en git-version av en fil (t.ex. `HEAD~1:notices/x.yaml`, läses med `git show`)
help-seloste-diff-new = Den senare versionen: en fil eller `REV:SÖKVÄG`
help-seloste-diff-format = Utdataformat
help-seloste-diff-date = Datum för den föreslagna posten i `changes` (standard: i dag)
help-seloste-diff-message_lang = Språk för meddelanden: fi, sv eller en (standard: från LANG / LC_ALL / LC_MESSAGES, annars engelska)

help-seloste-serve = Förhandsgranska en mapp med beskrivningar i webbläsaren: varje sida kontrolleras och skapas på nytt när du sparar, med iakttagelserna på sidan vid det avsnitt de gäller. Lyssnar bara på 127.0.0.1 om inget annat anges
help-seloste-serve-dir = Mappen med beskrivningar
help-seloste-serve-bind = Adressen att lyssna på
help-seloste-serve-port = Porten (0: valfri ledig port)
help-seloste-serve-allow_remote = Tillåt en annan adress än den lokala (loopback): alla som når den ser de opublicerade beskrivningarna
help-seloste-serve-templates = En mapp vars filer ersätter inbyggda mallar med samma namn
help-seloste-serve-as_of = Bedöm beskrivningen per detta datum (YYYY-MM-DD) i stället för i dag: upphävda författningar, överföringen till välfärdsområdena 2023 och om beskrivningen är föråldrad; åsidosätter `as_of` i seloste.toml
help-seloste-serve-config = Använd den här konfigurationsfilen för alla beskrivningar i stället för den närmaste `seloste.toml` ovanför varje beskrivning
help-seloste-serve-no_config = Bortse från `seloste.toml`-filer
help-seloste-serve-message_lang = Språk för förhandsgranskningens egna texter: fi, sv eller en (standard: från LANG / LC_ALL / LC_MESSAGES, annars engelska)

help-seloste-lsp = En språkserver för editorer (standard in och ut): varje iakttagelse från `check` medan du skriver, hjälp från schemat på ditt språk, komplettering av nycklar och värden samt snabbkorrigeringar
help-seloste-lsp-message_lang = Språk för hjälp och iakttagelser: fi, sv eller en (standard: editorns `initializationOptions.lang` eller språkinställning, annars LANG / LC_ALL / LC_MESSAGES, annars engelska)

help-seloste-import = Ett YAML-utkast av en äldre beskrivning (text, Markdown, HTML eller Word .docx): avsnitten förs till fälten, kontaktuppgifter, författningar och förteckningar tas isär, ingenting tappas (originalet står kvar som kommentarer, resten under `notes`); sedan vad `check` säger att saknas
help-seloste-import-file = Den äldre beskrivningen (.txt, .md, .html, .docx)
help-seloste-import-output = Utkastet som skrivs (standard: identifieraren och `.yaml` i den aktuella mappen)
help-seloste-import-force = Ersätt utkastet om det finns
help-seloste-import-message_lang = Språk för meddelanden: fi, sv eller en (standard: från LANG / LC_ALL / LC_MESSAGES, annars engelska)
