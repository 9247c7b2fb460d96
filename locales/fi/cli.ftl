# Komentorivin tekstit: yhteenvedot, luettelo ja `explain`.

completeness = { $file }: { $percent } % valmis (painotettu; { $met }/{ $applicable } sovellettavasta vaatimuksesta täyttyy{ $capped ->
        [yes] ; oikeusperuste tai vaadittu tietosuojavastaava puuttuu, joten enintään 60 %
       *[no] {""}
    })

file-counts = { $file }: { $errors } { $errors ->
        [one] virhe
       *[other] virhettä
    }, { $warnings } { $warnings ->
        [one] varoitus
       *[other] varoitusta
    }, { $infos } { $infos ->
        [one] huomautus
       *[other] huomautusta
    }

gh-title = Tietosuojaselosteiden tarkistus
gh-col-file = Seloste
gh-col-errors = Virheet
gh-col-warnings = Varoitukset
gh-col-infos = Huomautukset
gh-col-complete = Valmis
gh-errors = Virheet
gh-more = … ja { $n } muuta (kaikki: `seloste check --format short`).
gh-summary-failed = varoitus: yhteenvetoa ei voitu kirjoittaa tiedostoon { $path }: { $error }

summary = tarkistettu { $files } { $files ->
        [one] seloste
       *[other] selostetta
    }: { $errors } { $errors ->
        [one] virhe
       *[other] virhettä
    }, { $warnings } { $warnings ->
        [one] varoitus
       *[other] varoitusta
    }, { $infos } { $infos ->
        [one] huomautus
       *[other] huomautusta
    }; { $failing } { $failing ->
        [one] virheellinen tiedosto
       *[other] virheellistä tiedostoa
    }

head-id = sääntö
head-severity = vakavuus
head-stage = koskee
head-article = artikla / havainto

catalog-footer = { $rules } sääntöä sekä { $checks } tiedoston, YAML:n ja skeeman tarkistusta. `seloste explain ID` näyttää yhden niistä kokonaan.

severity-name = { $severity ->
        [error] virhe
        [warning] varoitus
       *[info] huomautus
    }

scope-name = { $scope ->
        [art13] 13 art.
        [art14] 14 art.
        [both] 13+14 art.
       *[stage] kaikki tiedostot
    }

explain-article = Artikla
explain-scope = Koskee
explain-severity = Oletusvakavuus
explain-what = Mitä tarkistetaan
explain-why = Miksi
explain-message = Viesti
explain-fix = Näin korjaat
explain-failing = Esimerkki, joka ei läpäise tarkistusta
explain-passing = Esimerkki, joka läpäisee tarkistuksen
explain-examples-note = (Esimerkeissä näytetään vain selosteen asiaan liittyvä osa; muilta osin kyse on täydellisestä selosteesta.)
explain-config = Säännön voi poistaa käytöstä tai sen tasoa voi muuttaa tiedostossa seloste.toml: `[rules]` `{ $id } = "allow"`.

unknown-id = sääntöä tai tarkistusta `{ $id }` ei ole{ $suggestion ->
        [none] {""}
       *[other] ; tarkoititko `{ $suggestion }`?
    } (`seloste rules` luettelee ne)

render-has-errors = { $file }: { $errors } { $errors ->
        [one] virhetason havainto
       *[other] virhetason havaintoa
    } (`seloste check` luettelee ne); tulostettu silti

error-prefix = virhe

error-input = { $kind ->
        [not-found] { $path }: tiedostoa tai kansiota ei ole
        [no-notices] { $path }: selosteita ei löytynyt (ei .yaml- tai .yml-tiedostoja)
       *[link-outside] { $link }: symbolinen linkki kohteeseen { $target }, kansion { $root } ulkopuolelle; seloste ei seuraa sitä (nimeä tiedosto itse, jos haluat tarkistaa sen)
    }

error-build = { $kind ->
        [report-in-out] --report { $report } on --out-kansion { $out } sisällä; kirjoita raportti sivuston ulkopuolelle
        [out-contains-input] --out { $out } on syötekansio { $input } tai sisältää sen; valitse erillinen kansio
        [out-is-root] --out ei voi olla juurikansio
        [out-has-no-name] --out tarvitsee kansion nimen
        [out-is-file] --out { $out } on tiedosto
        [out-not-built] --out { $out } on kansio, joka ei ole tyhjä eikä seloste ole rakentanut sitä (ei .seloste-build.json-tiedostoa); sitä ei korvata
        [out-has-other-files] kansiossa --out { $out } on { $count } tiedostoa, joita seloste ei ole kirjoittanut tai joita on muutettu sen jälkeen ({ $shown }); kansiota ei korvata. Siirrä ne muualle tai rakenna tyhjään kansioon
        [locked] toinen seloste-rakennus kansioon { $out } on käynnissä (lukkotiedosto { $lock }); odota, että se päättyy
        [bad-id] { $path }: tunnus `{ $id }` ei kelpaa sivuston kansion nimeksi (käytä kirjaimia, numeroita, - ja _)
        [duplicate-id] { $first } ja { $second }: molemmilla on tunnus `{ $id }`
       *[changed] { $path }: tiedosto muuttui sivuston rakentamisen aikana; rakenna uudelleen
    }

site-unchanged = sivustoa ei muutettu

built = rakennettu { $out } ({ $files } tiedostoa): { $rendered } tuotettu, { $reused } ennallaan

not-loaded = { $count } { $count ->
        [one] selostetta ei voitu lukea
       *[other] selostetta ei voitu lukea
    }

strict = --strict: { $count } { $count ->
        [one] selosteessa on
       *[other] selosteessa on
    } virhetason havaintoja (`seloste check` luettelee ne)

render-not-declared = { $file }: selostetta ei ole ilmoitettu kielellä `{ $lang }` (kielet: { $languages })

render-stdout-one = `-o -` ottaa yhden Markdown- tai HTML-asiakirjan: anna yksi --format ja --lang tai kirjoita tiedostoihin
render-same-id = { $file }: selosteella on sama tunniste `{ $id }` kuin tiedostolla { $other }, ja se kirjoittaisi samat tiedostot; anna tunnisteille eri arvot

help-label = ohje

rules-no-github = `seloste rules` ei tuota havaintoja merkittäviksi: käytä muotoa --format human, json tai sarif

report-title = Selosteiden tarkistusraportti
report-intro = Organisaation käyttöön, ei julkaistavaksi: kunkin selosteen kattavuus ja havainnot sekä vakiotekstit, jotka seloste julkaisee rekisterinpitäjän nimissä, kun seloste ei kerro asiaa itse.
report-summary = Selosteet
report-notice = Seloste
report-completeness = Kattavuus
report-errors = Virheet
report-warnings = Varoitukset
report-infos = Huomautukset
report-added = Lisätyt vakiotekstit
report-added-heading = Rekisterinpitäjän nimissä julkaistavat vakiotekstit
report-findings-heading = Havainnot
report-none = Ei yhtään.

init-header = Tehty komennolla `seloste init`. Korvaa jokainen TODO tätä rekisteriä koskevalla tiedolla ja poista se, mikä ei koske rekisteriä; `seloste check` luettelee, mitä vielä puuttuu tai on merkitty TODO. Kommentit ovat formaatin kuvauksia; editori näyttää ne myös (notice.schema.json tämän tiedoston vieressä).
init-first-version = Ensimmäinen versio.
init-ask-controller = Rekisterinpitäjä (vastuussa oleva organisaatio, esim. "Liedon kunta")
init-ask-kind = Organisaatiotyyppi, numero tai arvo{ $guess ->
        [none] {""}
       *[other] {" "}(nimen perusteella: { $guess })
    }
init-ask-languages = Selosteen kielet, pääkieli ensin (fi, sv, en; esim. "fi,sv")
init-ask-title = Rekisterin nimi (esim. "Lastensuojelun asiakasrekisteri")
init-missing = anna { $flags } tai suorita `seloste init` päätteessä, jolloin tiedot kysytään
init-bad-kind = `{ $value }` ei ole organisaatiotyyppi; vaihtoehdot: { $kinds }
init-bad-language = `{ $value }` ei ole selosteen kieli: fi, sv tai en
init-bad-id = `{ $id }` ei kelpaa tunnisteeksi: vain pienet kirjaimet a-z, numerot ja yksittäiset väliviivat (esim. lastensuojelu-asiakasrekisteri)
init-exists = { $file } on jo olemassa: valitse toinen tiedostonimi tai korvaa se lisäämällä --force
init-wrote = kirjoitettiin { $file }: { $count } { $count ->
        [one] TODO-merkitty kohta
       *[other] TODO-merkittyä kohtaa
    } täydennettäväksi; `seloste check { $file }` luettelee ne
init-schema-wrote = kirjoitettiin { $file }: skeema, jonka avulla editori täydentää, ohjeistaa ja näyttää virheet kirjoittaessa
init-schema-kept = { $file } jätettiin ennalleen

# seloste diff
diff-section = { $section ->
        [title] rekisterin nimi
        [controller] rekisterinpitäjä
        [contacts] yhteyshenkilö
        [dpo] tietosuojavastaava
        [purposes] käyttötarkoitus
        [special_categories] erityinen henkilötietoryhmä
        [data_subjects] rekisteröityjen ryhmä
        [data_categories] henkilötietoryhmä
        [sources] tietolähde
        [recipients] vastaanottaja
        [processors] henkilötietojen käsittelijä
        [transfers] siirto EU:n tai ETA:n ulkopuolelle
        [retention] säilytysaika
        [automated_decisions] automaattinen päätöksenteko
       *[rights] oikeus
    }
diff-heading = { $section ->
        [title] Rekisterin nimi
        [controller] Rekisterinpitäjä
        [contacts] Yhteyshenkilöt
        [dpo] Tietosuojavastaava
        [purposes] Käyttötarkoitukset
        [special_categories] Erityiset henkilötietoryhmät
        [data_subjects] Rekisteröidyt
        [data_categories] Henkilötietoryhmät
        [sources] Tietolähteet
        [recipients] Vastaanottajat
        [processors] Henkilötietojen käsittelijät
        [transfers] Siirrot EU:n tai ETA:n ulkopuolelle
        [retention] Säilytysajat
        [automated_decisions] Automaattinen päätöksenteko
       *[rights] Oikeudet
    }
diff-line = { $kind ->
        [added] lisätty { $what }: { $item }
        [removed] poistettu { $what }: { $item }
       *[changed] muutettu { $what }{ $item ->
            [none] {""}
           *[other] {" "}”{ $item }”
        }{ $field ->
            [none] {""}
           *[other] {" "}({ $field })
        }: { $from } → { $to }
    }
diff-kind = { $kind ->
        [added] lisätty
        [removed] poistettu
       *[changed] muutettu
    }
diff-entry = { $heading }: { $parts }.
diff-inform = kerrottava rekisteröidyille ensin
diff-inform-summary = { $count } { $count ->
        [one] muutoksesta
       *[other] muutoksesta
    } on kerrottava rekisteröidyille ennen uuden käsittelyn aloittamista (tietosuoja-asetus 13 art. 3 kohta, 14 art. 4 kohta; WP260 rev.01 kohdat 29–30).
diff-proposal = Ehdotus `changes`-merkinnäksi (tarkista ja lisää selosteeseen):
diff-none = selosteen ilmoittamissa tiedoissa ei ole muutoksia
diff-git = `{ $spec }` ei ole luettavissa gitillä{ $error ->
        [none] {""}
       *[other] : { $error }
    }
diff-field = { $field ->
        [name] nimi
        [address] osoite
        [unit] yksikkö
        [organ] toimielin
        [phone] puhelin
        [email] sähköposti
        [website] verkkosivut
        [business_id] Y-tunnus
        [legal_basis] oikeusperuste
        [laws] säädökset
        [description] kuvaus
        [items] tiedot
        [safeguard] suojatoimi
        [period] säilytysaika
        [used] käytössä
       *[applies] sovelletaan
    }

# seloste serve
serve-title = Selosteiden esikatselu
serve-findings = seloste check -tarkistuksen havainnot
serve-severity = { $severity ->
        [error] virhe
        [warning] varoitus
       *[info] huomio
    }
serve-line = rivi
serve-not-found = ei löydy
serve-listening = kansion { $dir } esikatselu osoitteessa { $url } (Ctrl+C lopettaa); sivut päivittyvät, kun tallennat muutoksia
serve-not-loopback = { $addr } ei ole paikallinen (loopback) osoite: esikatselu näyttää julkaisemattomia selosteita, joten se kuuntelee vain osoitteissa 127.0.0.1 ja ::1, ellei lisätä --allow-remote

# seloste lsp
lsp-replace = Muuta muotoon `{ $suggestion }`
lsp-suppress = Ohita `{ $rule }` tässä selosteessa (kirjoita perustelu)
lsp-suppress-reason = TODO: miksi tämä havainto ei koske tätä rekisteriä

# seloste import
import-wrote = kirjoitettiin { $file }: alkuperäisestä { $sections } { $sections ->
        [one] osio
       *[other] osiota
    } sijoitettiin kenttiin; tarkista jokainen arvo. Mitä check sanoo luonnoksesta:
import-docx = { $file } ei ole luettavissa Word-asiakirjana (.docx): { $error }
