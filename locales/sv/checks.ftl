# The findings of the stages before the rules: reading the file, YAML,
# schema, suppressions, the findings limit and the renderers' limits.
# Message: what is wrong; .help: how to fix it; .label: the short text at the
# position. Selectors ($kind, $hint, ...) pick the wording of one situation.

## Läsning av filen

file-too-large = filen är { $size } byte; en beskrivning får vara högst { $max } byte
    .help = en dataskyddsbeskrivning är några sidor text; kontrollera att det är rätt fil, eller dela upp den i en beskrivning per register

file-encoding = { $kind ->
        [utf16] filen är kodad i UTF-16; seloste läser endast UTF-8
       *[invalid] filen är inte giltig UTF-8: ogiltig byte { $bytes }
    }
    .help = { $kind ->
        [utf16] spara filen som UTF-8 (i VS Code: kodningen i statusfältet → "Save with Encoding" → UTF-8)
       *[invalid] spara filen som UTF-8; en fil från en gammal Windows-editor är ofta i Windows-1252 (ISO-8859-1), där ä och ö är en enda byte
    }
    .label = inte UTF-8

file-empty = filen innehåller ingen beskrivning
    .help = en beskrivning börjar med nycklar som `id:`, `title:` och `controller:`; se `seloste schema` eller exemplen

## YAML

yaml-syntax = { $kind ->
        [documents] filen innehåller mer än ett YAML-dokument
       *[other] ogiltig YAML: { $detail }
    }
    .help = { $kind ->
        [documents] lägg varje beskrivning i en egen fil och ta bort avgränsaren `---`
        [tab] gör indrag med mellanslag, inte med tabbtecken
       *[other] kontrollera indragen och citattecknen på den här raden och raden före; text som innehåller `: ` eller börjar med ett specialtecken som `*`, `&`, `[` eller `{"{"}` måste stå inom citattecken
    }
    .label = här

yaml-duplicate-key = { $key ->
        [none] en nyckel förekommer två gånger i samma mappning
       *[other] nyckeln `{ $key }` förekommer två gånger i samma mappning
    }
    .help = varje nyckel får förekomma endast en gång i en mappning: slå ihop de två posterna eller ta bort den ena
    .label = här

yaml-limits = { $kind ->
        [depth] YAML-strukturen är nästlad i mer än { $depth } nivåer
        [nodes] YAML-strukturen expanderar till fler än { $nodes } värden eller använder fler än { $aliases } alias (en aliasbomb?)
        [replay] YAML-strukturen expanderar alias för många gånger (en aliasbomb?)
       *[other] YAML-strukturen överskrider en storleksgräns: { $detail }
    }
    .help = en beskrivning behöver varken djup nästling eller alias (`*name`) som upprepar stora delar; skriv ut värdena
    .label = här

## Schema

schema-unknown-key = okänd nyckel `{ $key }` i { $place }
    .help = { $suggestion ->
        [none] ta bort den eller rätta stavningen. Tillåtna nycklar här: { $allowed }
       *[other] avsåg du `{ $suggestion }`? Tillåtna nycklar här: { $allowed }
    }
    .label = okänd nyckel

schema-missing-key = { $place } saknar den obligatoriska nyckeln `{ $key }`
    .help = { $description ->
        [none] lägg till `{ $key }:`
       *[other] lägg till `{ $key }:` — { $description }
    }
    .label = lägg till `{ $key }` här

schema-type = { $place } ska vara { $expected }, inte { $found }
    .help = { $hint ->
        [empty] skriv ett värde efter kolonet, eller ta bort nyckeln
        [list] skriv en enda text; listor med `- ` används endast där fältet tar flera värden
        [quote] sätt värdet inom citattecken så att det förblir text exakt som det är skrivet: "{ $raw }"
        [boolean] skriv `true` eller `false`: seloste läser YAML 1.2, där yes/no/on/off är text
        [array] { $description ->
            [none] {""}
           *[other] { $description }{" "}
        }Skriv en lista, antingen inom hakparenteser (`[{ $raw }]`) eller med en post per rad som börjar med `- `.
        [description] { $description }
       *[none] se schemat för { $place }
    }
    .label = ska vara { $expected }

schema-enum = `{ $value }` är inte ett tillåtet värde för { $place }
    .help = { $suggestion ->
        [none] tillåtna värden:
       *[other] avsåg du `{ $suggestion }`? Tillåtna värden:
    }{ $meanings ->
        [yes] { $allowed }
       *[no] {" "}{ $allowed }
    }
    .label = otillåtet värde

schema-format = { $place } { $kind ->
        [email] är inte en e-postadress: `{ $value }`
        [date] är inte ett datum: `{ $value }`
        [uri] är inte en webbadress: `{ $value }`
        [length] är längre än { $limit } tecken
        [other] har inte den förväntade formen: `{ $value }`
       *[pattern] har ett värde i fel form: `{ $value }`
    }
    .help = { $kind ->
        [email] skriv den i formen name@example.fi
        [date] skriv datumet i formen ÅÅÅÅ-MM-DD, t.ex. 2024-05-31 för 31.5.2024
        [uri] skriv hela adressen med https://, t.ex. https://www.example.fi/tietosuoja
        [length] förkorta texten
        [id] använd små bokstäver a-z, siffror och enkla bindestreck, t.ex. `lastensuojelu-asiakasrekisteri` (inga å, ä, ö, mellanslag eller versaler)
        [other] se schemat
       *[pattern] { $description ->
            [none] se schemat
           *[other] { $description }
        }
    }
    .label = { $kind ->
        [email] inte en e-postadress
        [date] inte ett datum
        [uri] inte en webbadress
        [other] inte i förväntad form
       *[pattern] fel form
    }

schema-empty = { $place } { $kind ->
        [items] måste innehålla minst ett värde
        [languages] måste ha minst en språkversion
       *[text] får inte sakna innehåll
    }
    .help = { $kind ->
        [languages] lägg till `fi:`, `sv:` eller `en:` med texten
       *[other] { $description ->
            [none] { $kind ->
                [items] lägg till en post
               *[other] skriv ett värde
            }
           *[other] { $description }
        }
    }

schema-duplicate-item = { $place } anger samma värde två gånger
    .help = ta bort det upprepade värdet

schema-invalid = { $kind ->
        [unreadable] beskrivningen kan inte läsas: { $detail }
        [form] { $place } har inte en tillåten form
       *[other] { $place }: { $detail }
    }
    .help = { $kind ->
        [unreadable] rätta det värde som nämns i meddelandet
       *[other] { $description ->
            [none] se schemat
           *[other] { $description }
        }
    }

# A schema type in words, for schema-type ($expected, $found).
schema-type-name = { $type ->
        [string] text
        [object] en mappning av nycklar
        [array] en lista
        [boolean] true eller false
        [integer] ett heltal
        [number] ett tal
        [null] ingenting
        [empty] ingenting (ett tomt värde)
       *[other] ett värde
    }

list-or = {" "}eller{" "}

# The notice as a whole, where a finding names a place in it.
the-notice = beskrivningen

## Undantag

suppression-unknown-rule = `{ $rule }` är inte ett regel-id
    .help = { $suggestion ->
        [none] {""}
       *[other] avsåg du `{ $suggestion }`?{" "}
    }`seloste rules` listar reglernas id

suppression-unused = undantaget för `{ $rule }` motsvarar ingen anmärkning
    .help = regeln utlöses inte längre här: ta bort undantaget

## Rapportering

findings-truncated = minst { $count } anmärkningar till i den här filen visas inte; seloste rapporterar högst { $max } per fil
    .help = åtgärda de anmärkningar som visas och kontrollera på nytt

## Renderarnas begränsningar

text-nesting = den här texten nästlar listor, citat eller betoningar i { $depth } nivåer; den publicerade beskrivningen visar högst { $max } nivåer och återger de djupare på samma nivå
    .help = skriv texten som vanliga stycken eller som en enkel lista
    .label = för djupt nästlad

text-glyphs = { $kind ->
        [symbol] tecken från ett symboltypsnitt som klistrats in från Word ({ $chars }); PDF-filen visar dem som motsvarande Unicode-tecken (såsom •)
       *[missing] PDF-typsnitten kan inte visa { $count } tecken i den här texten ({ $chars }); PDF-filen visar { $replacement } i stället
    }
    .help = { $kind ->
        [symbol] ersätt dem med vanliga tecken, t.ex. en Markdown-lista `- ` i stället för en inklistrad punkt
       *[missing] använd tecken som finns i de inbäddade typsnitten (latinska, grekiska, kyrilliska och thailändska tecken, vanliga kinesiska, japanska och koreanska tecken, emoji, vanliga symboler); HTML- och Markdown-versionerna visar texten som den är skriven
    }
    .label = { $kind ->
        [symbol] tecken från symboltypsnitt
       *[missing] saknas i PDF-typsnitten
    }

text-heading-length = det här namnet är { $length } tecken långt och visas som rubrik; PDF-filen förkortar rubriker till { $max } tecken
    .help = ange ett kort namn och skriv förklaringen i beskrivningstexten (`description`)
    .label = för långt för en rubrik

text-word-length = den här texten har ett ord (eller en adress) på { $length } tecken utan mellanslag; PDF-filen bryter det i rader om { $line } tecken, och en länk som är längre än { $max_url } tecken visas som text
    .help = kontrollera om texten har klistrats in utan mellanslag; ange långa adresser som en länk med en kort text
    .label = mycket långt ord
