# Komentorivin tekstit: yhteenvedot, luettelo ja `explain`.

completeness = { $file }: { $percent } % valmis ({ $met }/{ $applicable } sovellettavasta vaatimuksesta täyttyy)

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
