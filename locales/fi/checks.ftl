# Sääntöjä edeltävien vaiheiden havainnot: tiedoston lukeminen, YAML,
# skeema, ohitukset, havaintojen enimmäismäärä ja julkaisumuotojen rajat.
# Viesti: mikä on vialla; .help: miten sen korjaa; .label: lyhyt teksti
# kohdassa. Valitsimet ($kind, $hint, ...) valitsevat tilanteen sanamuodon.

## Tiedoston lukeminen

file-too-large = tiedoston koko on { $size } tavua; seloste saa olla enintään { $max } tavua
    .help = tietosuojaseloste on muutaman sivun mittainen teksti; tarkista, että tiedosto on oikea, tai jaa se niin, että kustakin rekisteristä on oma selosteensa

file-encoding = { $kind ->
        [utf16] tiedoston merkistökoodaus on UTF-16; seloste lukee vain UTF-8-koodattuja tiedostoja
       *[invalid] tiedosto ei ole kelvollista UTF-8:aa: virheellinen tavu { $bytes }
    }
    .help = { $kind ->
        [utf16] tallenna tiedosto UTF-8-muodossa (VS Codessa: tilarivin merkistökoodaus → "Save with Encoding" → UTF-8)
       *[invalid] tallenna tiedosto UTF-8-muodossa; vanhalla Windows-editorilla tallennettu tiedosto on usein Windows-1252-koodattu (ISO-8859-1), jolloin ä ja ö ovat yksittäisiä tavuja
    }
    .label = ei UTF-8:aa

file-empty = tiedostossa ei ole selostetta
    .help = seloste alkaa avaimilla kuten `id:`, `title:` ja `controller:`; katso `seloste schema` tai esimerkit

## YAML

yaml-syntax = { $kind ->
        [documents] tiedostossa on useampi kuin yksi YAML-dokumentti
       *[other] virheellinen YAML: { $detail }
    }
    .help = { $kind ->
        [documents] tallenna kukin seloste omaan tiedostoonsa ja poista erotin `---`
        [tab] sisennä välilyönneillä, ei sarkaimilla
       *[other] tarkista sisennys ja lainausmerkit tällä ja edellisellä rivillä; teksti, jossa on `: ` tai joka alkaa erikoismerkillä kuten `*`, `&`, `[` tai `{"{"}`, on kirjoitettava lainausmerkkeihin
    }
    .label = tässä

yaml-duplicate-key = { $key ->
        [none] sama avain esiintyy kahdesti samalla tasolla
       *[other] avain `{ $key }` esiintyy kahdesti samalla tasolla
    }
    .help = kukin avain saa esiintyä samalla tasolla vain kerran: yhdistä kohdat tai poista toinen niistä
    .label = tässä

yaml-limits = { $kind ->
        [depth] YAML-rakenne on yli { $depth } tasoa syvä
        [nodes] YAML-rakenteessa on aliasten purkamisen jälkeen yli { $nodes } arvoa tai siinä käytetään yli { $aliases } aliasta (aliaspommi?)
        [replay] YAML-rakenteessa aliaksia puretaan liian monta kertaa (aliaspommi?)
       *[other] YAML-rakenne ylittää kokorajan: { $detail }
    }
    .help = seloste ei tarvitse syvää sisäkkäisyyttä eikä aliaksia (`*name`), jotka toistavat suuria osia; kirjoita arvot auki
    .label = tässä

## Skeema

schema-unknown-key = { $place }: tuntematon avain `{ $key }`
    .help = { $suggestion ->
        [none] poista se tai korjaa kirjoitusasu. Tässä sallitut avaimet: { $allowed }
       *[other] tarkoititko `{ $suggestion }`? Tässä sallitut avaimet: { $allowed }
    }
    .label = tuntematon avain

schema-missing-key = { $place }: pakollinen avain `{ $key }` puuttuu
    .help = { $description ->
        [none] lisää `{ $key }:`
       *[other] lisää `{ $key }:` — { $description }
    }
    .label = lisää `{ $key }` tähän

schema-type = { $place }: arvon pitäisi olla { $expected }, ei { $found }
    .help = { $hint ->
        [empty] kirjoita arvo kaksoispisteen jälkeen tai poista avain
        [list] kirjoita yksi teksti; luetteloa (`- `) käytetään vain kentissä, joihin voi antaa useita arvoja
        [quote] kirjoita arvo lainausmerkkeihin, jotta se säilyy tekstinä kirjoitetussa muodossa: "{ $raw }"
        [boolean] kirjoita `true` tai `false`: seloste lukee YAML 1.2:ta, jossa yes/no/on/off ovat tekstiä
        [array] { $description ->
            [none] {""}
           *[other] { $description }{" "}
        }Kirjoita luettelo hakasulkeisiin (`[{ $raw }]`) tai kukin kohta omalle rivilleen `- `-merkkien jälkeen.
        [description] { $description }
       *[none] katso skeemasta kohta { $place }
    }
    .label = pitäisi olla { $expected }

schema-enum = { $place }: `{ $value }` ei ole sallittu arvo
    .help = { $suggestion ->
        [none] sallitut arvot:
       *[other] tarkoititko `{ $suggestion }`? Sallitut arvot:
    }{ $meanings ->
        [yes] { $allowed }
       *[no] {" "}{ $allowed }
    }
    .label = ei sallittu arvo

schema-format = { $place }: { $kind ->
        [email] arvo ei ole sähköpostiosoite: `{ $value }`
        [date] arvo ei ole päivämäärä: `{ $value }`
        [uri] arvo ei ole verkko-osoite: `{ $value }`
        [length] arvo on yli { $limit } merkkiä pitkä
        [other] arvo ei ole odotetussa muodossa: `{ $value }`
       *[pattern] arvo on vääränmuotoinen: `{ $value }`
    }
    .help = { $kind ->
        [email] kirjoita osoite muodossa name@example.fi
        [date] kirjoita päivämäärä muodossa VVVV-KK-PP, esim. 31.5.2024 on 2024-05-31
        [uri] kirjoita koko osoite https://-alkuisena, esim. https://www.example.fi/tietosuoja
        [length] lyhennä arvoa
        [id] käytä pieniä kirjaimia a-z, numeroita ja yksittäisiä väliviivoja, esim. `lastensuojelu-asiakasrekisteri` (ei ä- tai ö-kirjaimia, välilyöntejä eikä isoja kirjaimia)
        [other] katso skeema
       *[pattern] { $description ->
            [none] katso skeema
           *[other] { $description }
        }
    }
    .label = { $kind ->
        [email] ei sähköpostiosoite
        [date] ei päivämäärä
        [uri] ei verkko-osoite
        [other] ei odotetussa muodossa
       *[pattern] väärä muoto
    }

schema-empty = { $place }: { $kind ->
        [items] luettelossa on oltava ainakin yksi arvo
        [languages] kieliversioita on oltava ainakin yksi
       *[text] arvo ei saa olla tyhjä
    }
    .help = { $kind ->
        [languages] lisää `fi:`, `sv:` tai `en:` ja teksti
       *[other] { $description ->
            [none] { $kind ->
                [items] lisää kohta
               *[other] kirjoita arvo
            }
           *[other] { $description }
        }
    }

schema-duplicate-item = { $place }: sama arvo on luettelossa kahdesti
    .help = poista toistuva arvo

schema-invalid = { $kind ->
        [unreadable] selostetta ei voi lukea: { $detail }
        [form] { $place }: arvo ei ole sallitussa muodossa
       *[other] { $place }: { $detail }
    }
    .help = { $kind ->
        [unreadable] korjaa viestissä mainittu arvo
       *[other] { $description ->
            [none] katso skeema
           *[other] { $description }
        }
    }

# Skeeman tyyppi sanoin, viestiä schema-type varten ($expected, $found).
schema-type-name = { $type ->
        [string] teksti
        [object] avaimista koostuva rakenne
        [array] luettelo
        [boolean] true tai false
        [integer] kokonaisluku
        [number] luku
        [null] ei mitään
        [empty] tyhjä arvo
       *[other] arvo
    }

list-or = {" "}tai{" "}

# Seloste kokonaisuutena, kun havainto kohdistuu siihen.
the-notice = seloste

## Ohitukset

suppression-unknown-rule = `{ $rule }` ei ole säännön tunnus
    .help = { $suggestion ->
        [none] {""}
       *[other] tarkoititko `{ $suggestion }`?{" "}
    }`seloste rules` luettelee sääntöjen tunnukset

suppression-unused = säännön `{ $rule }` ohitus ei vastaa yhtään havaintoa
    .help = sääntö ei enää tuota havaintoa tässä kohdassa: poista ohitus

## Raportointi

findings-truncated = tämän tiedoston havainnoista ainakin { $count } jää näyttämättä; seloste ilmoittaa enintään { $max } havaintoa tiedostoa kohden
    .help = korjaa näytetyt havainnot ja tarkista tiedosto uudelleen

## Julkaisumuotojen rajat

text-nesting = tässä tekstissä luetteloita, lainauksia tai korostuksia on sisäkkäin { $depth } tasoa; julkaistussa selosteessa näytetään enintään { $max } tasoa ja syvemmät tasot tasaisina
    .help = kirjoita teksti tavallisina kappaleina tai yksinkertaisena luettelona
    .label = liian monta sisäkkäistä tasoa

text-glyphs = { $kind ->
        [symbol] Wordista liitettyjä symbolifontin merkkejä ({ $chars }); PDF näyttää ne vastaavina Unicode-merkkeinä (kuten •)
       *[missing] PDF:n fonteista puuttuu tämän tekstin merkkejä ({ $count } kpl: { $chars }); PDF näyttää niiden tilalla merkin { $replacement }
    }
    .help = { $kind ->
        [symbol] korvaa ne tavallisilla merkeillä, esim. liitetyn luettelomerkin sijaan Markdown-luettelolla `- `
       *[missing] käytä merkkejä, jotka upotetuista fonteista löytyvät (latinalaiset, kreikkalaiset ja kyrilliset kirjaimet, thai, yleiset kiinan, japanin ja korean merkit, emojit, yleiset symbolit); HTML- ja Markdown-versioissa teksti näkyy kirjoitetussa muodossa
    }
    .label = { $kind ->
        [symbol] symbolifontin merkki
       *[missing] ei PDF:n fonteissa
    }

text-heading-length = tämä nimi on { $length } merkkiä pitkä, ja se näytetään otsikkona; PDF lyhentää otsikot { $max } merkkiin
    .help = anna lyhyt nimi ja kirjoita selitys kuvaukseen
    .label = liian pitkä otsikoksi

text-word-length = tekstissä on { $length } merkin pituinen sana (tai osoite) ilman välilyöntejä; PDF jakaa sen { $line } merkin riveihin, ja yli { $max_url } merkin pituinen linkki näytetään tekstinä
    .help = tarkista, onko tekstiä liitetty ilman välilyöntejä; anna pitkät osoitteet linkkinä, jolla on lyhyt teksti
    .label = hyvin pitkä sana
