# Komentorivin ohjeet: tuotettu clap-määrittelyistä komennolla
# `UPDATE_CLI_HELP=1 cargo test --lib cli_help`; käännä ne muille kielille.

help-seloste = Muuntaa henkilörekisterien YAML-kuvaukset tarkistetuiksi tietosuoja-asetuksen mukaisiksi tietosuojaselosteiksi

help-seloste-check = Tarkista selosteet: YAML, skeema, tietosuoja-asetuksen säännöt ja tulostuksen rajat; jokainen havainto rivin ja sarakkeen tarkkuudella, artiklan ja korjausohjeen kera
help-seloste-check-paths = Selostetiedostot tai kansiot (niistä haetaan *.yaml- ja *.yml-tiedostot)
help-seloste-check-format = Tulostemuoto
help-seloste-check-as_of = Arvioi seloste tämän päivämäärän (YYYY-MM-DD) mukaan eikä tämän päivän: kumotut säädökset, vuoden 2023 siirto hyvinvointialueille ja selosteen vanhentuneisuus; ohittaa `as_of`-asetuksen tiedostossa seloste.toml
help-seloste-check-config = Käytä tätä asetustiedostoa kaikille selosteille kunkin selosteen lähimmän yläpuolisen `seloste.toml`-tiedoston sijaan
help-seloste-check-no_config = Älä käytä `seloste.toml`-tiedostoja
help-seloste-check-message_lang = Viestien ja ohjetekstien kieli: fi, sv tai en (oletus: LANG / LC_ALL / LC_MESSAGES, muuten englanti)
help-seloste-check-color = Värit ihmisille tarkoitetussa tulosteessa: auto (kun tuloste menee päätteeseen eikä NO_COLOR ole asetettu), always tai never

help-seloste-rules = Luettele säännöt ja niitä edeltävät tarkistukset (tiedosto, YAML, skeema, rajat)
help-seloste-rules-format = Tulostemuoto
help-seloste-rules-message_lang = Viestien kieli: fi, sv tai en (oletus: LANG / LC_ALL / LC_MESSAGES, muuten englanti)

help-seloste-explain = Selitä yksi sääntö tai tarkistus: mitä se tarkistaa, miksi, esimerkit ja korjausohje
help-seloste-explain-rule = Säännön tai tarkistuksen tunnus, esim. `dpo-required` tai `schema-type`
help-seloste-explain-message_lang = Viestien kieli: fi, sv tai en (oletus: LANG / LC_ALL / LC_MESSAGES, muuten englanti)

help-seloste-build = Rakenna selostekansiosta staattinen verkkosivusto: etusivu, jokaisen selosteen HTML, PDF ja Markdown kaikilla kielillä, notices.json, sivukartta ja saavutettavuusseloste
help-seloste-build-input = Selostekansio
help-seloste-build-out = Sivuston kansio; korvataan kokonaan, kun rakentaminen onnistuu
help-seloste-build-strict = Epäonnistu (ja säilytä edellinen sivusto), jos jossakin selosteessa on virhetason havainto
help-seloste-build-quiet = Ei edistymispalkkia eikä havaintoja; vain virheet
help-seloste-build-templates = Kansio, jonka tiedostot korvaavat samannimiset sisäänrakennetut mallipohjat
help-seloste-build-as_of = Arvioi seloste tämän päivämäärän (YYYY-MM-DD) mukaan eikä tämän päivän: kumotut säädökset, vuoden 2023 siirto hyvinvointialueille ja selosteen vanhentuneisuus; ohittaa `as_of`-asetuksen tiedostossa seloste.toml
help-seloste-build-config = Käytä tätä asetustiedostoa kaikille selosteille kunkin selosteen lähimmän yläpuolisen `seloste.toml`-tiedoston sijaan
help-seloste-build-no_config = Älä käytä `seloste.toml`-tiedostoja
help-seloste-build-jobs = Työsäikeiden määrä (oletus: yksi kutakin ydintä kohden)
help-seloste-build-report = Kirjoita lisäksi organisaation sisäinen raportti tähän HTML-tiedostoon (sivuston ulkopuolelle): kunkin selosteen kattavuus, havainnot ja rekisterinpitäjän nimissä julkaistavat vakiotekstit

help-seloste-render = Tulosta selosteet Markdown-, HTML- tai PDF-muodossa, yksi asiakirja kutakin selostetta ja kieltä kohden
help-seloste-render-notices = Selostetiedostot; useat tulostetaan yhdessä prosessissa tulostekansioon
help-seloste-render-format = Tulostemuoto; useat muodot pilkuin eroteltuina tai toistettuina (`--format html,md`) tulostetaan lukemalla kukin seloste kerran
help-seloste-render-lang = Vain tämä kieli (oletus: kaikki selosteessa ilmoitetut kielet)
help-seloste-render-output = Tulostetiedosto (yksi seloste yhdellä kielellä) tai -kansio (useita); `-` kirjoittaa yhden Markdown- tai HTML-asiakirjan vakiotulosteeseen. Oletus: nykyinen kansio, tiedostonimet muotoa `<id>.<lang>.<ext>`
help-seloste-render-templates = Kansio, jonka tiedostot korvaavat samannimiset sisäänrakennetut mallipohjat
help-seloste-render-as_of = Arvioi seloste tämän päivämäärän (YYYY-MM-DD) mukaan eikä tämän päivän: kumotut säädökset, vuoden 2023 siirto hyvinvointialueille ja selosteen vanhentuneisuus; ohittaa `as_of`-asetuksen tiedostossa seloste.toml
help-seloste-render-config = Käytä tätä asetustiedostoa kaikille selosteille kunkin selosteen lähimmän yläpuolisen `seloste.toml`-tiedoston sijaan
help-seloste-render-no_config = Älä käytä `seloste.toml`-tiedostoja

help-seloste-templates = Mallipohjien käsittely

help-seloste-templates-eject = Kirjoita sisäänrakennetut mallipohjat kansioon DIR omien pohjien lähtökohdaksi (olemassa olevia tiedostoja ei koskaan korvata)
help-seloste-templates-eject-dir = Kansio, johon kirjoitetaan (luodaan tarvittaessa)

help-seloste-templates-schema = Tulosta selostemallipohjien saaman näkymämallin JSON Schema (`n` tiedostoissa notice.html ja notice.md, /data.json tiedostossa notice.typ)

help-seloste-schema = Tulosta selosteformaatin JSON Schema
help-seloste-schema-output = Kirjoita skeema tähän tiedostoon vakiotulosteen sijaan
help-seloste-schema-draft = JSON Schema -murre: 2020-12 validointityökaluille, 07 editoreille (yaml-language-server ymmärtää täysin vain draft-07:n)
help-seloste-schema-lang = Kuvaukset vain tällä kielellä (editorin näyttämä ohje); oletuksena kaikki kolme

help-seloste-init = Aloita uusi seloste: kysyy päätteessä rekisterinpitäjän, sen organisaatiotyypin, kielet ja rekisterin nimen (muuten ne annetaan valitsimina) ja kirjoittaa kaikki osiot täydennettävät kohdat TODO-merkittyinä sekä editorin skeeman viereen
help-seloste-init-file = Kirjoitettava tiedosto (oletus: tunniste ja `.yaml` nykyisessä kansiossa)
help-seloste-init-controller = Rekisterinpitäjän nimi, esim. "Liedon kunta"
help-seloste-init-kind = Rekisterinpitäjän organisaatiotyyppi (oletus: nimen perusteella, esim. "kunta" → municipality)
help-seloste-init-languages = Selosteen kielet, pääkieli ensin: fi, sv, en (esim. fi,sv)
help-seloste-init-title = Rekisterin nimi, esim. "Lastensuojelun asiakasrekisteri"
help-seloste-init-id = Selosteen tunniste (oletus: rekisterin nimestä)
help-seloste-init-force = Korvaa tiedosto, jos se on jo olemassa
help-seloste-init-message_lang = Kysymysten ja viestien kieli: fi, sv tai en (oletus: LANG / LC_ALL / LC_MESSAGES, muuten englanti)

help-seloste-diff = Mitä selosteen kahden version välillä muuttui osioittain, mistä muutoksista on kerrottava rekisteröidyille ennen uutta käsittelyä (13 art. 3 kohta, 14 art. 4 kohta) ja `changes`-merkintä niiden kirjaamiseksi
help-seloste-diff-old = Aiempi versio: tiedosto tai `REV:POLKU` tiedoston git-versiolle (esim. `HEAD~1:notices/x.yaml`, luetaan komennolla `git show`)
help-seloste-diff-new = Myöhempi versio: tiedosto tai `REV:POLKU`
help-seloste-diff-format = Tulosteen muoto
help-seloste-diff-date = Ehdotetun `changes`-merkinnän päivämäärä (oletus: tänään)
help-seloste-diff-message_lang = Viestien kieli: fi, sv tai en (oletus: LANG / LC_ALL / LC_MESSAGES, muuten englanti)

help-seloste-serve = Esikatsele selostekansiota selaimessa: jokainen sivu tarkistetaan ja muodostetaan uudelleen tallentaessasi, ja havainnot näkyvät sivulla sen osion kohdalla, jota ne koskevat. Kuuntelee vain osoitteessa 127.0.0.1, ellei toisin pyydetä
help-seloste-serve-dir = Selosteiden kansio
help-seloste-serve-bind = Osoite, jossa kuunnellaan
help-seloste-serve-port = Portti (0: mikä tahansa vapaa portti)
help-seloste-serve-allow_remote = Salli muukin kuin paikallinen (loopback) osoite: kuka tahansa, joka tavoittaa sen, näkee julkaisemattomat selosteet
help-seloste-serve-templates = Kansio, jonka tiedostot korvaavat samannimiset sisäänrakennetut mallipohjat
help-seloste-serve-as_of = Arvioi seloste tämän päivämäärän (YYYY-MM-DD) mukaan eikä tämän päivän: kumotut säädökset, vuoden 2023 siirto hyvinvointialueille ja selosteen vanhentuneisuus; ohittaa `as_of`-asetuksen tiedostossa seloste.toml
help-seloste-serve-config = Käytä tätä asetustiedostoa kaikille selosteille kunkin selosteen lähimmän yläpuolisen `seloste.toml`-tiedoston sijaan
help-seloste-serve-no_config = Älä käytä `seloste.toml`-tiedostoja
help-seloste-serve-message_lang = Esikatselun omien tekstien kieli: fi, sv tai en (oletus: LANG / LC_ALL / LC_MESSAGES, muuten englanti)

help-seloste-lsp = Kielipalvelin editoreille (vakiosyöte ja -tuloste): jokainen `check`-havainto kirjoittaessa, skeeman ohjeet omalla kielelläsi, avainten ja arvojen täydennys sekä pikakorjaukset
help-seloste-lsp-message_lang = Ohjeiden ja havaintojen kieli: fi, sv tai en (oletus: editorin `initializationOptions.lang` tai kieliasetus, muuten LANG / LC_ALL / LC_MESSAGES, muuten englanti)

help-seloste-import = YAML-luonnos vanhasta selosteesta (teksti, Markdown, HTML tai Word .docx): osiot sijoitetaan kenttiin, yhteystiedot, säädökset ja luettelot erotellaan, mitään ei pudoteta (alkuperäinen jää kommenteiksi, loput `notes`-kohtaan); lopuksi se, mitä `check` sanoo puuttuvan
help-seloste-import-file = Vanha seloste (.txt, .md, .html, .docx)
help-seloste-import-output = Kirjoitettava luonnos (oletus: tunniste ja `.yaml` nykyisessä kansiossa)
help-seloste-import-force = Korvaa luonnos, jos se on jo olemassa
help-seloste-import-message_lang = Viestien kieli: fi, sv tai en (oletus: LANG / LC_ALL / LC_MESSAGES, muuten englanti)
