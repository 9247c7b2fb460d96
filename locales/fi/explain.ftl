## Sääntöjä edeltävät tarkistukset

file-too-large-doc =
    .what = Tiedoston koko on enintään 2 MiB, mikä on selosteen enimmäiskoko.
    .why = Tietosuojaseloste on muutaman sivun mittainen teksti. Raja pitää tarkistuksen ja julkaisun nopeana ja rajattuna minkä tahansa syötteen kohdalla; tätä suurempi tiedosto on yleensä väärä tiedosto.

file-encoding-doc =
    .what = Tiedosto on UTF-8-koodattu (tavujärjestysmerkki on sallittu).
    .why = seloste lukee vain UTF-8:aa, jotta ä, ö ja å näkyvät kirjoitetussa muodossa. Vanhalla Windows-editorilla Windows-1252-muodossa tai UTF-16-muodossa tallennettu tiedosto luettaisiin muuten väärin.

file-empty-doc =
    .what = Tiedostossa on seloste eikä pelkkiä kommentteja tai tyhjiä rivejä.
    .why = Tyhjä tiedosto selostekansiossa on lähes aina virhe; siitä ilmoitetaan eikä sitä ohiteta, jotta mikään ei jää huomaamatta julkaisematta.

yaml-syntax-doc =
    .what = Tiedosto on kelvollista YAML 1.2:ta ja sisältää yhden dokumentin.
    .why = Seloste luetaan YAML-muodossa. Syntaksivirhe tekee koko selosteesta lukukelvottoman, joten siitä ilmoitetaan täsmälleen oikealla rivillä vihjeen kera (sisennys, lainausmerkit, sarkaimet).

yaml-duplicate-key-doc =
    .what = Mikään avain ei esiinny kahdesti samalla tasolla.
    .why = Jos avain toistuu, toinen arvoista katoaisi huomaamatta; seloste ei arvaa, kumpaa kirjoittaja tarkoitti.

yaml-limits-doc =
    .what = YAML pysyy sisäkkäisyyttä, kokoa ja aliaksia koskevien rajojen sisällä (ks. SECURITY.md).
    .why = Syvä sisäkkäisyys ja suuria osia toistavat aliakset ("aliaspommit") voivat paisuttaa pienen tiedoston gigatavujen kokoiseksi. Seloste ei tarvitse kumpaakaan, ja rajat pitävät jokaisen tarkistuksen rajattuna.

schema-unknown-key-doc =
    .what = Jokainen avain on sellainen, jonka tiedostomuoto tuntee kyseisessä kohdassa.
    .why = Väärin kirjoitettu avain jätettäisiin muuten huomiotta, ja sen sisältämät tiedot puuttuisivat julkaistusta selosteesta kenenkään huomaamatta.

schema-missing-key-doc =
    .what = Kaikki pakolliset avaimet ovat mukana.
    .why = Pakollisissa avaimissa ovat tiedot, jotka tietosuoja-asetuksen 13 ja 14 artikla edellyttävät jokaisessa selosteessa tai joita työkalu tarvitsee selosteen julkaisemiseen (tunnus, otsikko, kielet).

schema-type-doc =
    .what = Jokainen arvo on tiedostomuodon odottamaa tyyppiä (teksti, luettelo, avaimista koostuva rakenne, true/false).
    .why = Vääräntyyppistä arvoa ei voida julkaista tarkoitetulla tavalla; YAML myös muuttaa lainausmerkeittä kirjoitetut arvot, kuten `no` tai `2024-05-31`, muuksi kuin tekstiksi.

schema-enum-doc =
    .what = Arvot, joiden vaihtoehdot on lueteltu (oikeusperusteet, kielet, organisaatiotyypit), ovat jokin sallituista arvoista.
    .why = Säännöt ja vakiotekstit riippuvat näistä arvoista; sallittujen arvojen ulkopuolista arvoa ei tarkistettaisi eikä julkaistaisi oikein.

schema-format-doc =
    .what = Päivämäärät, sähköpostiosoitteet, verkko-osoitteet, selosteen tunnus ja muut tietynmuotoiset arvot ovat oikeanmuotoisia ja pituusrajojen sisällä.
    .why = Lukijoiden on voitava käyttää yhteystietoja, ja tunnuksesta tulee julkaistun selosteen osoite.

schema-empty-doc =
    .what = Tekstit, luettelot ja kieliversiot, joilla on oltava sisältöä, eivät ole tyhjiä.
    .why = Tyhjä arvo ei kerro mitään; tiedot, jotka siinä pitäisi olla, puuttuisivat selosteesta.

schema-duplicate-item-doc =
    .what = Luettelossa ei ole samaa arvoa kahdesti.
    .why = Toistuva arvo on yleensä kopiointivirhe, ja se julkaistaisiin kahdesti.

schema-invalid-doc =
    .what = Jokainen arvo on tiedostomuodon sallimassa muodossa.
    .why = Arvoa, jota tiedostomuodon mukaan ei voida lukea (kuten päivämäärää, jota ei ole olemassa), ei voida tarkistaa eikä julkaista.

suppression-unknown-rule-doc =
    .what = Jokainen selosteen `suppress`-luettelon ohitus viittaa olemassa olevaan sääntöön.
    .why = Väärin kirjoitetun säännön tunnuksen ohitus ei ohita mitään, joten havainto, jota sillä tarkoitettiin, ilmoitettaisiin edelleen, tai tarkastaja luulisi virheellisesti, että asia on käsitelty.

suppression-unused-doc =
    .what = Jokainen selosteen `suppress`-luettelon ohitus vastaa edelleen jotakin havaintoa.
    .why = Ohitus, joka ei vastaa mitään, on jäänne aiemmasta versiosta; sen poistaminen pitää hyväksyttyjen poikkeusten kirjanpidon paikkansapitävänä.

findings-truncated-doc =
    .what = Tiedostosta ilmoitetaan enintään 1 000 havaintoa ja kerrotaan, montako niitä oli lisäksi.
    .why = Generoidussa tai rikkinäisessä tiedostossa voi olla satojatuhansia havaintoja; niiden kaikkien luetteleminen tekisi raportista lukukelvottoman ja hitaan. Paluukoodissa ne lasketaan silti mukaan.

text-nesting-doc =
    .what = Tekstin luettelot, lainaukset ja korostukset ovat sisäkkäin enintään 8 tason syvyydeltä.
    .why = Julkaistussa selosteessa näytetään enintään 8 tasoa; syvemmät tasot näytetään tasaisina, joten teksti ei näyttäisi kirjoitetulta. Seloste ei tarvitse tätä syvempää rakennetta.

text-glyphs-doc =
    .what = PDF:ään upotetut fontit pystyvät näyttämään tekstin jokaisen merkin; Wordista liitetyistä symbolifontin merkeistä ilmoitetaan.
    .why = PDF on arkistokappale. Merkki, jota ei ole missään upotetussa fontissa, näkyisi laatikkona, ja Wordin symbolifontin luettelomerkit ovat yksityiskäyttöalueen merkkejä, joilla ei ole merkitystä Wordin ulkopuolella.

text-heading-length-doc =
    .what = Otsikkoina näytettävät nimet ovat enintään 500 merkin pituisia.
    .why = PDF lyhentää pidemmät otsikot; näin pitkä nimi on yleensä nimikenttään kirjoitettu kuvaus.

text-word-length-doc =
    .what = Tekstissä ei ole yli 1 000 merkin pituista sanaa tai osoitetta ilman välilyöntejä.
    .why = PDF jakaa tällaiset sanat 40 merkin riveihin ja näyttää hyvin pitkät linkit tekstinä; tällaiset sanat ovat yleensä ilman välilyöntejä liitettyä tekstiä tai koodattu osoite.

## Säännöt

controller-contact-doc =
    .what = Rekisterinpitäjää koskevassa kohdassa annetaan ainakin yksi tapa ottaa yhteyttä rekisterinpitäjään. Myös yhteyshenkilön, vastuuhenkilön, pyyntöjen osoitteen ja tietosuojavastaavan postiosoitteen yhteystiedot lasketaan.
    .why = Tietosuoja-asetuksen 13 artiklan 1 kohdan a alakohdan ja 14 artiklan 1 kohdan a alakohdan mukaan rekisteröidylle on ilmoitettava "rekisterinpitäjän ja tapauksen mukaan tämän mahdollisen edustajan identiteetti ja yhteystiedot".

controller-channels-doc =
    .what = Rekisterinpitäjästä on ilmoitettu ainakin kaksi seuraavista: postiosoite, puhelinnumero ja sähköpostiosoite. Myös yhteyshenkilön, vastuuhenkilön, pyyntöjen osoitteen ja tietosuojavastaavan postiosoitteen yhteystiedot lasketaan.
    .why = Läpinäkyvyyttä koskevissa suuntaviivoissa (WP260 rev.01) edellytetään, että rekisterinpitäjään voi ottaa yhteyttä eri viestintäkanavia käyttäen.

controller-kind-doc =
    .what = Rekisterinpitäjän organisaatiotyyppi on ilmoitettu.
    .why = Se, onko rekisterinpitäjä viranomainen, ratkaisee, onko tietosuojavastaavan nimittäminen pakollista (tietosuoja-asetus 37 art. 1 a) ja voiko käsittely perustua oikeutettuun etuun (tietosuoja-asetuksen 6 artiklan 1 kohdan toinen alakohta).

controller-kind-inferred-doc =
    .what = Rekisterinpitäjän tyyppi on ilmoitettu eikä vain päätelty nimestä.
    .why = Se, onko rekisterinpitäjä viranomainen, ratkaisee, onko tietosuojavastaavan nimittäminen pakollista (37 artiklan 1 kohdan a alakohta) ja voiko käsittely perustua oikeutettuun etuun (6 artiklan 1 kohdan toinen alakohta). Kun `kind` puuttuu, seloste päättelee tyypin nimen sanoista (kaupunki, kunta, hyvinvointialue, kuntayhtymä, seurakunta, yliopisto, virasto, ry, säätiö, Oy ja niiden ruotsinkieliset muodot) ja arvioi säännöt sen mukaan; ilmoittamalla tyypin päätöksen tekee juristi eikä työkalu.

fi-controller-legal-person-doc =
    .what = Rekisterinpitäjän nimestä käy ilmi, mikä organisaatio on kyseessä, eikä siinä mainita pelkästään organisaation toimielintä (lautakunta, jaosto) tai yksikköä (tiedekunta, osasto).
    .why = Tietosuoja-asetuksen 4 artiklan 7 alakohdan mukaan rekisterinpitäjä on luonnollinen henkilö, oikeushenkilö, viranomainen, virasto tai muu elin, joka määrittelee käsittelyn tarkoitukset ja keinot; kunnan lautakunta voi viranomaisena olla itse rekisterinpitäjä. Selosteesta ei kuitenkaan saa puuttua tieto siitä, kenen toimielin tai yksikkö on kyseessä: pelkkä "perusturvalautakunta" tai "lääketieteellinen tiedekunta" jättää rekisteröidylle epäselväksi, mikä organisaatio vastaa käsittelystä (13 artiklan 1 kohdan a alakohta).

fi-business-id-doc =
    .what = `controller.business_id` on muotoa `NNNNNNN-C`, ja sen tarkistusnumero on oikea.
    .why = Virheellinen Y-tunnus yksilöi väärän organisaation (rekisterinpitäjän identiteetti, tietosuoja-asetus 13 art. 1 a).

fi-controller-wellbeing-county-doc =
    .what = Kun sosiaali- tai terveyspalvelujen seloste tarkistetaan vuoden 2023 tai sitä myöhemmän päivämäärän mukaan, rekisterinpitäjäksi ei ole nimetty kuntaa tai kuntayhtymää (lukuun ottamatta Helsinkiä ja Ahvenanmaan kuntia; ympäristöterveydenhuolto jäi kunnille).
    .why = Sosiaali- ja terveydenhuollon järjestämisvastuu siirtyi 1.1.2023 kunnilta 21 hyvinvointialueelle (laki hyvinvointialueesta 611/2021 ja laki sosiaali- ja terveydenhuollon järjestämisestä 612/2021); Helsingin kaupungilla järjestämisvastuu säilyi. Asiakasrekisterin rekisterinpitäjä on hyvinvointialue.

representative-doc =
    .what = Jos rekisterinpitäjästä on ilmoitettu `established_in_eu: false`, selosteessa nimetään sen edustaja.
    .why = Tietosuoja-asetuksen 13 artiklan 1 kohdan a alakohdan mukaan on ilmoitettava tapauksen mukaan myös rekisterinpitäjän edustajan yhteystiedot; 27 artiklan mukaan unionin ulkopuolelle sijoittautuneen rekisterinpitäjän on nimettävä edustaja unionissa.

representative-not-needed-doc =
    .what = `representative`-kohtaa käyttää vain EU:n ulkopuolelle sijoittautunut rekisterinpitäjä.
    .why = Tietosuoja-asetuksen 27 artiklan mukaan rekisterinpitäjän tai käsittelijän, joka ei ole sijoittautunut unioniin, on nimettävä edustaja unionissa, ja 13 artiklan 1 kohdan a alakohta edellyttää tämän edustajan yhteystietoja. Suomalaisella kaupungilla, hyvinvointialueella tai yhdistyksellä ei sellaista ole; kohtaan merkitty henkilö on yleensä yhteyshenkilö, ja sivu esittäisi hänet "edustajana EU:ssa".

joint-controllers-arrangement-doc =
    .what = `joint_controllers`-kohdassa on `arrangement`.
    .why = Tietosuoja-asetuksen 26 artiklan 2 kohdan mukaan yhteisrekisterinpitäjien järjestelyn keskeinen sisältö on asetettava rekisteröidyn saataville.

dpo-required-doc =
    .what = Viranomainen tai julkishallinnon elin (myös evankelis-luterilainen tai ortodoksinen seurakunta) nimeää selosteessa tietosuojavastaavansa; jos rekisterinpitäjä käsittelee erityisiä henkilötietoryhmiä tai rikostietoja, varoitus pyytää arvioimaan 37 artiklan 1 kohdan c alakohdan.
    .why = Tietosuoja-asetuksen 37 artiklan 1 kohdan a alakohdan mukaan viranomaisen tai julkishallinnon elimen on nimitettävä tietosuojavastaava, ja c alakohdan mukaan niin on tehtävä myös, jos rekisterinpitäjän ydintehtävät muodostuvat erityisiin henkilötietoryhmiin tai rikostietoihin kohdistuvasta laajamittaisesta käsittelystä; 13 artiklan 1 kohdan b alakohdan ja 14 artiklan 1 kohdan b alakohdan mukaan tietosuojavastaavan yhteystiedot on ilmoitettava selosteessa.

dpo-contact-doc =
    .what = Tietosuojavastaavaa koskevassa kohdassa annetaan ainakin yksi yhteyskanava.
    .why = Tietosuoja-asetuksen 13 artiklan 1 kohdan b alakohdan mukaan on ilmoitettava "tietosuojavastaavan yhteystiedot"; pelkkä nimi ei riitä.

dpo-direct-channel-doc =
    .what = Tietosuojavastaavan sähköpostiosoite ja puhelinnumero eroavat rekisterinpitäjän yleisestä sähköpostiosoitteesta ja puhelinnumerosta.
    .why = Rekisteröidyt voivat ottaa yhteyttä suoraan tietosuojavastaavaan (tietosuoja-asetus 38 art. 4 kohta); 29 artiklan mukaisen tietosuojatyöryhmän tietosuojavastaavia koskevissa suuntaviivoissa (WP243) ja tietosuojavaltuutetun toimiston ohjeissa suositellaan tietosuojavastaavalle omaa yhteyskanavaa.

dpo-conflict-doc =
    .what = Tietosuojavastaava ei ole rekisterin vastuuhenkilö eikä toimi käsittelystä päättävässä johtotehtävässä.
    .why = Tietosuoja-asetuksen 38 artiklan 6 kohdan mukaan tietosuojavastaavan muut tehtävät eivät saa johtaa eturistiriitaan; tietosuojavaltuutetun toimiston ohjeiden mukaan tietosuojavastaava ei voi toimia tehtävässä, jossa määritellään henkilötietojen käsittelyn tarkoitukset ja keinot. Tyypillinen tapaus on, että sama henkilö on merkitty myös rekisterin yhteyshenkilöksi tai vastuuhenkilöksi.

purposes-doc =
    .what = Selosteessa on ilmoitettu ainakin yksi käsittelyn tarkoitus.
    .why = Tietosuoja-asetuksen 13 artiklan 1 kohdan c alakohdan ja 14 artiklan 1 kohdan c alakohdan mukaan rekisteröidylle on ilmoitettava "henkilötietojen käsittelyn tarkoitukset".

purpose-name-doc =
    .what = Käyttötarkoitus, jolla ei ole nimeä (`name`) ja jonka kuvaus on pidempi kuin tiivistelmä näyttää kokonaan.
    .why = Tietosuoja-asetuksen 12 artiklan 1 kohta: tiedot tiiviisti esitetyssä, läpinäkyvässä, helposti ymmärrettävässä ja saatavilla olevassa muodossa. Selosteen alun tiivistelmä (”Lyhyesti”) näyttää yhden rivin kustakin käyttötarkoituksesta, jotta puhelimella lukeva näkee heti, miksi hänen tietojaan käsitellään; pitkä kuvaus tekee siitä tekstimassan.

legal-basis-doc =
    .what = Jokaiselle tarkoitukselle on ilmoitettu tietosuoja-asetuksen 6 artiklan 1 kohdan mukainen oikeusperuste.
    .why = Tietosuoja-asetuksen 13 artiklan 1 kohdan c alakohdan mukaan on ilmoitettava "käsittelyn oikeusperuste"; läpinäkyvyyttä koskevissa suuntaviivoissa (WP260) edellytetään, että 6 artiklan 1 kohdan alakohta yksilöidään. Oikeusperusteesta riippuu, mitkä rekisteröidyn oikeudet ovat käytettävissä (17 artiklan 3 kohdan b alakohta, 20 ja 21 artikla).

legal-basis-law-doc =
    .what = Jos tarkoituksen oikeusperuste on `legal_obligation` tai `public_task`, selosteessa mainitaan laki, johon käsittely perustuu.
    .why = Tietosuoja-asetuksen 6 artiklan 3 kohdan mukaan 6 artiklan 1 kohdan c ja e alakohdassa tarkoitetun käsittelyn perusteesta on säädettävä unionin oikeudessa tai rekisterinpitäjään sovellettavassa jäsenvaltion lainsäädännössä.

legitimate-interests-public-authority-doc =
    .what = Viranomaistyyppinen rekisterinpitäjä ei käytä oikeusperustetta `legitimate_interests`.
    .why = Tietosuoja-asetuksen 6 artiklan 1 kohdan toisen alakohdan mukaan ensimmäisen alakohdan f alakohtaa "ei sovelleta tietojenkäsittelyyn, jota viranomaiset suorittavat tehtäviensä yhteydessä".

legitimate-interests-described-doc =
    .what = Oikeutettuun etuun perustuvan tarkoituksen kohdalla kuvataan, mitä oikeutettuja etuja käsittelyllä tavoitellaan.
    .why = Tietosuoja-asetuksen 13 artiklan 1 kohdan d alakohdan mukaan on ilmoitettava "rekisterinpitäjän tai kolmannen osapuolen oikeutetut edut, jos käsittely perustuu 6 artiklan 1 kohdan f alakohtaan".

consent-public-authority-doc =
    .what = Viranomaisena toimiva rekisterinpitäjä ei käytä suostumusta (`consent`) oikeusperusteena harkitsematta.
    .why = Tietosuoja-asetuksen 4 artiklan 11 alakohdan mukaan suostumuksen on oltava vapaaehtoinen. Johdanto-osan 43 kappaleen mukaan suostumus ei todennäköisesti ole pätevä käsittelyperuste, jos rekisteröidyn ja rekisterinpitäjän välillä on selvä epäsuhta, erityisesti kun rekisterinpitäjä on viranomainen (Euroopan tietosuojaneuvoston suuntaviivat 05/2020 suostumuksesta).

purpose-catch-all-doc =
    .what = Missään tekstissä ei käytetä yleislausekkeen kaltaisia tarkoituksia, kuten "muu asiallinen yhteys".
    .why = Tietosuoja-asetuksen 5 artiklan 1 kohdan b alakohdan mukaan tarkoitusten on oltava tiettyjä ja nimenomaisia; "muu asiallinen yhteys" on kumotun henkilötietolain (523/1999) 8 §:n mukainen käsittelyperuste, jolle ei ole vastinetta tietosuoja-asetuksessa.

special-category-condition-doc =
    .what = Jokaiselle ilmoitetulle erityiselle henkilötietoryhmälle on ilmoitettu 9 artiklan 2 kohdan mukainen käsittelyn edellytys.
    .why = Erityisiin henkilötietoryhmiin kuuluvien tietojen käsittely on kielletty (tietosuoja-asetus 9 art. 1 kohta), jollei jokin 9 artiklan 2 kohdassa tarkoitetuista edellytyksistä täyty; läpinäkyvyyttä koskevien suuntaviivojen mukaan edellytys on kerrottava selosteessa.

special-category-undeclared-doc =
    .what = Jokainen tietoryhmään merkitty `special_category` on ilmoitettu myös kohdassa `special_categories`.
    .why = Tietosuoja-asetuksen 9 artiklan 2 kohdan mukainen edellytys ilmoitetaan erityisryhmäkohtaisesti; ryhmällä, joka on merkitty tietoihin mutta jota ei ole ilmoitettu, ei ole käsittelyn edellytystä.

special-category-law-doc =
    .what = Jos erityisen henkilötietoryhmän käsittely perustuu 9 artiklan 2 kohdan b, g, h, i tai j alakohtaan, selosteessa mainitaan laki, jossa käsittelystä säädetään.
    .why = Näitä tietosuoja-asetuksen 9 artiklan 2 kohdan alakohtia sovelletaan vain unionin oikeuden tai jäsenvaltion lainsäädännön perusteella; Suomessa esimerkiksi tietosuojalain (1050/2018) 6 § ja toimialakohtaiset erityislait.

special-categories-detected-doc =
    .what = Jos selosteen omassa tekstissä mainitaan päihteiden käyttö, vammaisuus, raskaus, sairaus tai mielenterveys, selosteessa on ilmoitettu erityiset henkilötietoryhmät.
    .why = Terveyttä koskevat tiedot kuuluvat erityisiin henkilötietoryhmiin (tietosuoja-asetus 9 art. 1 kohta ja 4 art. 15 alakohta); päihteiden käyttöä, vammaisuutta ja raskautta koskevat tiedot ovat terveystietoja. Sosiaalihuollon tarve sellaisenaan ei kuulu erityisiin henkilötietoryhmiin (kumotussa henkilötietolaissa se oli "arkaluonteinen" tieto), mutta sosiaalihuollon asiakirjoihin sisältyvät terveystiedot kuuluvat.

criminal-data-law-doc =
    .what = `criminal_offence_data`-kohdassa mainitaan laki, jonka nojalla käsittely on sallittua.
    .why = Tietosuoja-asetuksen 10 artiklan mukaan rikostuomioihin ja rikkomuksiin liittyviä henkilötietoja saa käsitellä vain viranomaisen valvonnassa tai silloin, kun käsittelyn sallii unionin oikeus tai jäsenvaltion lainsäädäntö, jossa säädetään asianmukaisista suojatoimista. Viranomaisen valvonnassa tapahtuva käsittely ei edellytä erillistä lakia, joten lain mainitsematta jättäminen on varoitus eikä virhe.

sources-doc =
    .what = Selosteessa on `sources`-kohta.
    .why = Tietosuoja-asetuksen 13 artiklaa sovelletaan rekisteröidyltä kerättyihin tietoihin ja 14 artiklaa muualta saatuihin tietoihin; 14 artiklan 2 kohdan f alakohdan mukaan on ilmoitettava, mistä lähteestä tiedot ovat peräisin. Useat vaatimukset riippuvat siitä, kumpaa artiklaa sovelletaan.

data-categories-doc =
    .what = Jos tietoja saadaan muualta kuin rekisteröidyltä, `data_categories` ei ole tyhjä.
    .why = Tietosuoja-asetuksen 14 artiklan 1 kohdan d alakohdan mukaan on ilmoitettava "kyseessä olevat henkilötietoryhmät", kun tietoja ei ole saatu rekisteröidyltä.

recipients-doc =
    .what = Selosteessa on `recipients`-kohta (tyhjä luettelo tarkoittaa, ettei vastaanottajia ole).
    .why = Tietosuoja-asetuksen 13 artiklan 1 kohdan e alakohdan mukaan on ilmoitettava henkilötietojen vastaanottajat tai vastaanottajaryhmät, jos sellaisia on; läpinäkyvyyttä koskevissa suuntaviivoissa (WP260) edellytetään, että vastaanottajien puuttuminen todetaan nimenomaisesti.

recipients-specific-doc =
    .what = Vastaanottajat on nimetty tai kuvattu tarkemmin kuin "viranomaiset" tai "yhteistyökumppanit".
    .why = Läpinäkyvyyttä koskevat suuntaviivat (WP260 rev.01): lähtökohtaisesti vastaanottajat on nimettävä; jos ilmoitetaan vastaanottajaryhmiä, ne on kuvattava mahdollisimman tarkasti.

processors-doc =
    .what = Jos selosteessa nimetään tietojärjestelmiä, siinä on `processors`-kohta.
    .why = Henkilötietojen käsittelijät ovat vastaanottajia (tietosuoja-asetus 4 art. 9 alakohta); läpinäkyvyyttä koskevissa suuntaviivoissa (WP260) ne luetaan ilmoitettaviin vastaanottajiin. Nimetyllä järjestelmällä on yleensä toimittaja tai palveluntarjoaja, joka käsittelee tietoja.

transfers-doc =
    .what = Selosteessa on `transfers`-kohta (tyhjä luettelo tarkoittaa, ettei siirtoja ole).
    .why = Tietosuoja-asetuksen 13 artiklan 1 kohdan f alakohdan mukaan siirroista on kerrottava "tapauksen mukaan"; suomalaisissa selosteissa on perinteisesti todettu nimenomaisesti, ettei siirtoja ole, ja lukijat odottavat sitä.

transfer-safeguard-doc =
    .what = Jokaiselle siirrolle on ilmoitettu tietosuoja-asetuksen V luvun mukainen siirtoperuste.
    .why = Tietosuoja-asetuksen 13 artiklan 1 kohdan f alakohdan mukaan on ilmoitettava tietosuojan riittävyyttä koskevan komission päätöksen olemassaolo tai puuttuminen taikka tieto asianmukaisista suojatoimista ja siitä, miten niistä saa jäljennöksen. Viittaus kumotun henkilötietolain 22 §:ään ei ole siirtoperuste.

transfer-countries-doc =
    .what = Jokaisen siirron kohdalla nimetään maat, joihin tietoja siirretään.
    .why = Läpinäkyvyyttä koskevat suuntaviivat (WP260 rev.01): kyseessä olevat kolmannet maat on nimettävä.

transfer-consent-risks-doc =
    .what = Jos siirto perustuu nimenomaiseen suostumukseen, siirron riskit kuvataan.
    .why = Tietosuoja-asetuksen 49 artiklan 1 kohdan a alakohdan mukaan suostumus siirtoon on pätevä vain, jos rekisteröity on antanut sen "sen jälkeen, kun hänelle on ilmoitettu, että tällaiset siirrot voivat aiheuttaa rekisteröidylle riskejä tietosuojan tason riittävyyttä koskevan päätöksen ja asianmukaisten suojatoimien puuttumisen vuoksi".

retention-doc =
    .what = Selosteessa on ainakin yksi `retention`-merkintä.
    .why = Tietosuoja-asetuksen 13 artiklan 2 kohdan a alakohdan mukaan on ilmoitettava "henkilötietojen säilytysaika tai jos se ei ole mahdollista, tämän ajan määrittämiskriteerit".

retention-specific-doc =
    .what = Jokaisessa säilytysajassa on lukuarvo tai muita kuin yleisluonteisia määrittämiskriteerejä.
    .why = Läpinäkyvyyttä koskevat suuntaviivat (WP260 rev.01): ei riitä, että todetaan yleisesti tietoja säilytettävän niin kauan kuin on tarpeen; rekisteröidyn on voitava arvioida, kuinka kauan hänen omia tietojaan säilytetään.

right-access-doc =
    .what = Selosteessa kerrotaan oikeudesta saada pääsy tietoihin.
    .why = Tietosuoja-asetuksen 13 artiklan 2 kohdan b alakohdan ja 14 artiklan 2 kohdan c alakohdan mukaan rekisteröidylle on kerrottava oikeudesta pyytää pääsyä tietoihin (15 artikla) oikeusperusteesta riippumatta.

right-rectification-doc =
    .what = Selosteessa kerrotaan oikeudesta tietojen oikaisemiseen.
    .why = Tietosuoja-asetuksen 13 artiklan 2 kohdan b alakohdan ja 14 artiklan 2 kohdan c alakohdan mukaan rekisteröidylle on kerrottava oikeudesta tietojen oikaisemiseen (16 artikla) oikeusperusteesta riippumatta.

right-restriction-doc =
    .what = Selosteessa kerrotaan oikeudesta käsittelyn rajoittamiseen.
    .why = Tietosuoja-asetuksen 13 artiklan 2 kohdan b alakohdan ja 14 artiklan 2 kohdan c alakohdan mukaan rekisteröidylle on kerrottava oikeudesta käsittelyn rajoittamiseen (18 artikla) oikeusperusteesta riippumatta. Yksikään viidestä lähtöaineiston esimerkkiselosteesta ei mainitse sitä.

right-erasure-doc =
    .what = Jos tarkoitus perustuu suostumukseen, sopimukseen, elintärkeisiin etuihin tai oikeutettuun etuun, selosteessa kerrotaan oikeudesta tietojen poistamiseen.
    .why = Tietosuoja-asetuksen 17 artiklan 1 kohtaa sovelletaan näihin oikeusperusteisiin; lakisääteiseen velvoitteeseen ja yleistä etua koskevaan tehtävään perustuvan käsittelyn osalta 17 artiklan 3 kohdan b alakohta sulkee oikeuden pois (ks. `right-erasure-limited`).

right-erasure-limited-doc =
    .what = Jos kaikki tarkoitukset perustuvat oikeusperusteeseen `legal_obligation` tai `public_task`, oikeutta tietojen poistamiseen ei esitetä sovellettavana ilman perustelua.
    .why = Tietosuoja-asetuksen 17 artiklan 3 kohdan b alakohdan mukaan oikeutta tietojen poistamiseen ei sovelleta siltä osin kuin käsittely on tarpeen lakisääteisen velvoitteen noudattamiseksi tai yleistä etua koskevan tehtävän suorittamiseksi. Ehdoton lupaus tietojen poistamisesta johtaa harhaan, ja väite, ettei oikeus koske käsittelyä lainkaan, liioittelee poikkeusta.

right-object-doc =
    .what = Jos tarkoitus perustuu yleistä etua koskevaan tehtävään tai oikeutettuun etuun, selosteessa kerrotaan oikeudesta vastustaa käsittelyä.
    .why = Tietosuoja-asetuksen 21 artiklan 1 kohta antaa rekisteröidylle oikeuden vastustaa 6 artiklan 1 kohdan e tai f alakohtaan perustuvaa käsittelyä; 21 artiklan 4 kohdan mukaan oikeus on esitettävä selkeästi ja erillään muista tiedoista.

right-object-direct-marketing-doc =
    .what = Jos tarkoitukseen on merkitty `direct_marketing: true` (tai seloste muuten puhuu suoramarkkinoinnista), selosteessa kerrotaan oikeudesta vastustaa käsittelyä.
    .why = Tietosuoja-asetuksen 21 artiklan 2 ja 3 kohdan mukaan rekisteröity voi milloin tahansa vastustaa tietojensa käsittelyä suoramarkkinointia varten oikeusperusteesta riippumatta; 21 artiklan 4 kohdan mukaan oikeus on saatettava nimenomaisesti rekisteröidyn tietoon.

right-portability-doc =
    .what = Jos tarkoitus perustuu suostumukseen tai sopimukseen, selosteessa kerrotaan oikeudesta siirtää tiedot järjestelmästä toiseen.
    .why = Tietosuoja-asetuksen 20 artiklan 1 kohdan mukaan oikeutta sovelletaan, kun käsittely perustuu suostumukseen tai sopimukseen ja se suoritetaan automaattisesti. Oikeutta ei sovelleta yleistä etua koskevan tehtävän suorittamiseksi tarpeelliseen käsittelyyn (20 artiklan 3 kohta).

right-object-denied-doc =
    .what = Selosteen oma vastustamisoikeuden kuvaus (`description`) sanoo, ettei rekisteröity voi vastustaa (”ei voi kieltää”, ”kan inte invända”, ”cannot object”).
    .why = Tietosuoja-asetuksen 21 artiklan 1 kohta antaa oikeuden vastustaa yleisen edun mukaiseen tehtävään tai oikeutettuun etuun perustuvaa käsittelyä, ja 12 artiklan 1 kohta vaatii selkeää tietoa. Oikeuden otsikon alla oleva teksti, joka kieltää oikeuden, on ristiriitainen: yleensä se on henkilötietolain kielto-oikeus (oikeus kieltää luovutuksia) aiemmasta selosteesta. seloste näyttää tällaisen tekstin vain oikeuksien kohdassa, ei korostetussa laatikossa.

rights-together-twice-doc =
    .what = `rights.together`-kohdassa lueteltua oikeutta ei ole ilmoitettu myös omana kohtanaan tai toisessa merkinnässä.
    .why = Tietojen on oltava tiiviitä ja yksiselitteisiä (12 artiklan 1 kohta). Kahdesti ilmoitetulla oikeudella on kaksi tekstiä, ja sivulla voidaan julkaista vain toinen (omana kohtanaan ilmoitettu, muuten ensimmäinen merkintä), jolloin toinen jäisi huomaamatta julkaisematta.

right-not-applicable-doc =
    .what = Oikeutta siirtää tiedot järjestelmästä toiseen ei luvata, jos mikään tarkoitus ei perustu suostumukseen tai sopimukseen; oikeutta vastustaa käsittelyä ei luvata, jos mikään tarkoitus ei perustu yleistä etua koskevaan tehtävään tai oikeutettuun etuun (paitsi suoramarkkinoinnin osalta).
    .why = Tietosuoja-asetuksen 20 artiklan 1 kohta rajaa oikeuden siirtää tiedot järjestelmästä toiseen suostumukseen ja sopimukseen perustuvaan käsittelyyn (ja 20 artiklan 3 kohta sulkee pois yleistä etua koskevat tehtävät); 21 artiklan 1 kohta rajaa vastustamisoikeuden 6 artiklan 1 kohdan e ja f alakohtaan perustuvaan käsittelyyn.

consent-withdrawal-doc =
    .what = Jos tarkoitus perustuu suostumukseen tai erityisen henkilötietoryhmän käsittely nimenomaiseen suostumukseen, selosteessa kerrotaan oikeudesta peruuttaa suostumus (virhe). Jos vain tietojen luovutus perustuu suostumukseen, varoitus kysyy, voiko suostumuksen peruuttaa ja miten.
    .why = Tietosuoja-asetuksen 13 artiklan 2 kohdan c alakohdan mukaan suostumukseen perustuvasta käsittelystä on ilmoitettava "oikeus peruuttaa suostumus milloin tahansa tämän vaikuttamatta suostumuksen perusteella ennen sen peruuttamista suoritetun käsittelyn lainmukaisuuteen" (7 artiklan 3 kohta). Suostumus salassa pidettävien sosiaali- tai terveydenhuollon tietojen luovuttamiseen on salassapitosäännösten mukainen suostumus eikä välttämättä käsittelyn oikeusperuste 6 artiklan 1 kohdan a alakohdan mukaisesti, joten siihen ei sovelleta samaa velvoitetta.

right-automated-decision-doc =
    .what = Jos `automated_decisions.used` on `true` ja jokin tarkoitus perustuu sopimukseen tai suostumukseen, selosteessa kerrotaan 22 artiklan 3 kohdan mukaisesta oikeudesta (virhe). Jos perusteet ovat vain yleistä etua koskeva tehtävä tai lakisääteinen velvoite, päätökset perustuvat lakiin (22 artiklan 2 kohdan b alakohta), ja huomautus pyytää kertomaan lain ja sen suojatoimet.
    .why = Tietosuoja-asetuksen 22 artiklan 3 kohdan mukaan rekisterinpitäjän on toteutettava vähintään oikeus vaatia, että tiedot käsittelee rekisterinpitäjän puolesta luonnollinen henkilö, sekä oikeus esittää kantansa ja riitauttaa päätös, kun päätös perustuu sopimukseen tai nimenomaiseen suostumukseen (22 artiklan 2 kohdan a ja c alakohta). Unionin oikeuteen tai jäsenvaltion lainsäädäntöön perustuvissa päätöksissä (22 artiklan 2 kohdan b alakohta) suojatoimista säädetään tuossa laissa.

rights-how-to-doc =
    .what = Selosteessa on `requests`-kohta, tai jokaisen ilmoitetun oikeuden kohdalla kerrotaan (`how`), miten oikeutta käytetään.
    .why = Tietosuoja-asetuksen 12 artiklan 2 kohdan mukaan rekisterinpitäjän on helpotettava rekisteröidyn oikeuksien käyttämistä; selosteessa on kerrottava, miten oikeuksia käytetään.

complaint-doc =
    .what = Selosteessa on `complaint`-kohta.
    .why = Tietosuoja-asetuksen 13 artiklan 2 kohdan d alakohdan ja 14 artiklan 2 kohdan e alakohdan mukaan on ilmoitettava "oikeus tehdä valitus valvontaviranomaiselle" (77 artikla), erityisesti siinä jäsenvaltiossa, jossa rekisteröidyn vakinainen asuinpaikka tai työpaikka on tai jossa väitetty rikkominen on tapahtunut. Suomessa valvontaviranomainen on tietosuojavaltuutettu.

standard-statement-doc =
    .what = Luettelee infona kohta kohdalta jokaisen vakiotekstin, jonka seloste julkaisee rekisterinpitäjän nimissä, koska seloste ei kerro asiaa itse: kaikessa käsittelyssä sovellettavat oikeudet (tarkastus, oikaisu, käsittelyn rajoittaminen), ilmoitettujen oikeusperusteiden mukaan sovellettavat oikeudet (poistaminen, siirto, vastustaminen, suostumuksen peruuttaminen), valitusoikeus tietosuojavaltuutetun yhteystietoineen, pyynnön tekeminen, vastausaika ja maksut. Näitä kohtia koskevat säännöt eivät ilmoita puuttuvaksi sitä, minkä vakioteksti kertoo. Asetuksella `standard_texts = "declared-only"` mitään ei lisätä, ja säännöt ilmoittavat puuttuvat kohdat.
    .why = Seloste on rekisterinpitäjän ilmoitus (12 artiklan 1 kohta, 13 ja 14 artikla): juristin on tiedettävä kaikki, mitä organisaation nimissä julkaistaan, eikä sivu saa koskaan kertoa sellaista, minkä `check` ilmoittaa puuttuvan.

statutory-requirement-doc =
    .what = Jos tietoja kerätään rekisteröidyltä (tai seloste ei kerro, mistä tiedot saadaan), selosteessa on `statutory_requirement` ja sen seuraukset.
    .why = Tietosuoja-asetuksen 13 artiklan 2 kohdan e alakohdan mukaan on ilmoitettava, onko henkilötietojen antaminen lakisääteinen tai sopimukseen perustuva vaatimus tai sopimuksen tekemisen edellyttämä vaatimus, onko rekisteröidyn pakko antaa tiedot ja mitkä ovat tietojen antamatta jättämisen mahdolliset seuraukset.

automated-decisions-declared-doc =
    .what = Selosteessa on `automated_decisions`-kohta.
    .why = Tietosuoja-asetuksen 13 artiklan 2 kohdan f alakohdan mukaan automaattisesta päätöksenteosta on kerrottava, jos sitä käytetään; läpinäkyvyyttä koskevissa suuntaviivoissa (WP260) suositellaan toteamaan nimenomaisesti, jos sitä ei käytetä.

automated-decisions-logic-doc =
    .what = Jos `automated_decisions.used` on `true`, `logic` ja `significance` on annettu.
    .why = Tietosuoja-asetuksen 13 artiklan 2 kohdan f alakohdan mukaan on ilmoitettava automaattisen päätöksenteon olemassaolo sekä "merkitykselliset tiedot käsittelyyn liittyvästä logiikasta samoin kuin kyseisen käsittelyn merkittävyys ja mahdolliset seuraukset rekisteröidylle".

notice-date-doc =
    .what = Selosteessa on `updated` tai `published`.
    .why = Lukijan ja valvontaviranomaisen on tiedettävä, mitä selosteen versiota he lukevat; läpinäkyvyyttä koskevissa suuntaviivoissa (WP260) edellytetään, että muutokset ovat jäljitettävissä.

date-order-doc =
    .what = `published` ei ole myöhäisempi kuin `updated`, eikä kumpikaan ole tarkistuspäivän (`--as-of`) jälkeen.
    .why = Tulevaisuuteen osuva päivämäärä tai ennen julkaisua tehty päivitys on kirjoitusvirhe, jonka vuoksi on epäselvää, kuinka ajantasainen seloste on.

stale-doc =
    .what = `updated` (tai `published`) on alle `stale_months` kuukautta (oletuksena 24) ennen tarkistuspäivää.
    .why = Lait, organisaatiot ja yhteystiedot muuttuvat (esim. sosiaali- ja terveydenhuollon uudistus vuonna 2023); seloste, jota ei ole tarkistettu vuosiin, on todennäköisesti virheellinen.

change-log-doc =
    .what = Selosteessa on `changes`-kohta.
    .why = Läpinäkyvyyttä koskevissa suuntaviivoissa (WP260 rev.01) edellytetään, että rekisterinpitäjä tiedottaa annettujen tietojen muutoksista; muutoshistoria tekee muutokset näkyviksi.

language-coverage-doc =
    .what = Jokaisessa kielikarttana annetussa tekstissä on täsmälleen ne kielet, jotka on lueteltu kohdassa `languages`.
    .why = Usealla kielellä julkaistun selosteen on annettava samat tiedot kullakin kielellä (tietosuoja-asetuksen 12 artiklan 1 kohta: tiiviisti esitetyssä, läpinäkyvässä ja helposti ymmärrettävässä muodossa); kaksikielinen viranomainen tiedottaa suomeksi ja ruotsiksi (kielilaki 423/2003, 32 §).

law-repealed-doc =
    .what = Mikään selosteessa (missä tahansa kohdassa) numerolla tai nimellä mainittu säädös ei ole kumottu `--as-of`-päivään mennessä. Nimet, jotka ovat yhteisiä vanhalle ja uudelle laille ("sosiaalihuoltolaki"), tulkitaan viittauksiksi voimassa olevaan lakiin, joten sääntö laukeaa vain numeroista ja nimistä, jotka kuuluvat yksinomaan kumotulle säädökselle.
    .why = Käsittelyn oikeusperuste ja käsittelyssä noudatettavat säännökset on ilmoitettava oikein (tietosuoja-asetus 13 art. 1 c ja 6 art. 3 kohta); kumottu laki johtaa lukijaa harhaan hänen oikeuksistaan. Seuraajasäädös haetaan seloste-työkalun mukana toimitettavista säädöstiedoista.

law-citation-form-doc =
    .what = Suomen säädökset mainitaan muodossa `number/year` eli numero/vuosi (`661/2009`), EU-säädökset muodossa `(EU) year/number` eli (EU) vuosi/numero. Käänteinen kansallinen viittaus (`2009/661`) on varoitus; EU-asetus ilman merkintää `(EU)` raportoidaan tiedoksi.
    .why = Lukija hakee säädöksen Finlexistä sen numerolla; käänteinen tai monitulkintainen numero johtaa toiseen säädökseen tai ei mihinkään.

law-title-mismatch-doc =
    .what = Säädösviittaus, jossa on sekä `cite` että `title`, nimeää saman säädöksen kahdesti: nimen on vastattava säädöstä, jolla on kyseinen numero.
    .why = Jos numero ja nimi ovat ristiriidassa, lukija ei voi tietää, mitä säädöstä sovelletaan (tietosuoja-asetus 13 art. 1 c).

law-renamed-doc =
    .what = Mihinkään säädökseen ei viitata nimellä, joka sillä ei enää ole (esim. 661/2009 sen jälkeen, kun Väestörekisterikeskuksesta tuli Digi- ja väestötietovirasto).
    .why = Vanhoissa nimissä mainitaan virastoja, joita ei enää ole, ja säädöstä on niiden perusteella vaikea löytää.

law-unknown-doc =
    .what = Luettelee ne `laws`-kohdan säädösnumerot, joita mukana toimitettavat säädöstiedot eivät tunne, jotta kirjoitusvirheet havaitaan ja kumoamispäivät voidaan tarkistaa.
    .why = Kumoamisen ja nimen seloste-työkalu voi tarkistaa vain tuntemistaan säädöksistä; tuntematon numero voi olla kirjoitusvirhe.

law-misspelled-doc =
    .what = Todellisissa selosteissa havaitut säädösten nimien tunnetut kirjoitusvirheet.
    .why = Väärin kirjoitetulla nimellä säädöstä ei löydä haulla, ja virhe näyttää oikeudellisessa tekstissä huolimattomalta.

obsolete-agency-doc =
    .what = Missään tekstissä ei mainita nimellä tai verkkotunnuksella virastoa, joka on `--as-of`-päivään mennessä yhdistetty toiseen tai lakkautettu (maistraatti, Väestörekisterikeskus, aluehallintovirasto, Valvira, ELY-keskus, Arkistolaitos, tietosuojalautakunta...).
    .why = Vastaanottajien, tietolähteiden ja yhteystahojen on oltava sellaisia, jotka rekisteröity voi todella tavoittaa (tietosuoja-asetus 13 art. 1 e ja 14 art. 2 f); virastoluettelo ja ajankohdat toimitetaan tiedostossa `data/authorities.toml`.

fi-sa-contact-doc =
    .what = Teksteissä ei ole tietosuojavaltuutetun toimiston entisiä osoitteita, puhelin- tai faksinumeroita tai verkko-osoitteita, ja tietosuojavaltuutettua koskeva `complaint.contact` vastaa ajantasaisia tietoja.
    .why = Oikeudesta tehdä valitus (tietosuoja-asetus 77 art.) on hyötyä vain, jos lukija tavoittaa viranomaisen; ajantasaiset yhteystiedot toimitetaan tiedostossa `data/authorities.toml`.

pda-wording-doc =
    .what = Oikeuksia ja pyyntöjä koskevissa kohdissa ei toisteta henkilötietolain tarkastusoikeutta koskevia sanamuotoja ("tiedon etsimiseksi tarpeelliset seikat ilmoitettuaan", "salassapitosäännösten estämättä", "26 §:ssä tarkoitetulla tavalla", "todistus tarkastusoikeuden epäämisestä"). Kirjallista ja perusteltua kieltäytymistä ei raportoida, sillä 12 artiklan 4 kohta edellyttää sitä.
    .why = Henkilötietolaki kumottiin 1.1.2019. Sen sanamuodot kuvaavat suppeampaa oikeutta kuin tietosuoja-asetuksen 15 artikla ja asettavat ehtoja, joita tietosuoja-asetus ei salli (12 artiklan 2 kohta: rekisterinpitäjän on helpotettava rekisteröidyn oikeuksien käyttämistä).

fee-once-a-year-doc =
    .what = Missään tekstissä tietojen saamista ei tehdä maksulliseksi sillä perusteella, että edellisestä pyynnöstä on kulunut "alle vuosi".
    .why = Tietosuoja-asetuksen 12 artiklan 5 kohdan mukaan 15–22 artiklan mukaiset tiedot ja toimenpiteet ovat maksuttomia; henkilötietolain 26 §:n sääntö kerran vuodessa maksutta tehtävästä tarkastuksesta ei ole enää voimassa.

request-handwritten-doc =
    .what = Missään tekstissä ei vaadita, että oikeutta käytetään omakätisesti allekirjoitetulla kirjeellä tai asioimalla henkilökohtaisesti paikan päällä.
    .why = Tietosuoja-asetuksen 12 artiklan 2 kohta velvoittaa rekisterinpitäjän helpottamaan oikeuksien käyttämistä, ja 12 artiklan 3 kohdassa lähdetään siitä, että pyynnön voi esittää sähköisesti; henkilötietolain 28 §:n vaatimus "omakätisesti allekirjoitetusta" pyynnöstä ei ole enää voimassa. Henkilöllisyyden voi varmistaa (12 artiklan 6 kohta), mutta oikeasuhtaisin keinoin.

legacy-terms-doc =
    .what = Teksteissä vältetään vanhoja termejä "rekisteriseloste", "tarkastusoikeus", "tarkastuspyyntö" ja "säännönmukaiset luovutukset".
    .why = Lukijat ja valvontaviranomaiset pitävät vanhaa termistöä merkkinä siitä, ettei selostetta ole koskaan päivitetty tietosuoja-asetuksen mukaiseksi; oikeuksilla on uudet nimet ja uusi sisältö.

hedging-words-doc =
    .what = Tarkoituksia, henkilötietoryhmiä, vastaanottajia, säilytysaikoja ja siirtoja koskevissa kohdissa vältetään varauksellisia ilmauksia, kuten "tarvittaessa", "mahdollisesti", "saattaa", "yms.", "tms." ja "muun muassa".
    .why = Läpinäkyvyyttä koskevissa suuntaviivoissa (WP260 rev.01, 13 kohta) mainitaan huonon läpinäkyvyyskäytännön esimerkkeinä varauksellisia ilmauksia, kuten "voi", "saattaa", "jotkin", "usein" ja "mahdollinen": lukija ei voi tietää, mitä hänen tiedoilleen tapahtuu.

placeholder-text-doc =
    .what = Yhteystietokentässä ei ole osoitemallia, kuten `etunimi.sukunimi@` tai `firstname.lastname@` (tekstissä mallin saa kuvata), eikä missään tekstissä ole luonnoksen merkintöjä (`TODO`, `FIXME`, `TBD`, `xxx` sanana, `???`, `[täydennä]`, lorem ipsum, isoin kirjaimin `FIX`, kulmasulkeissa täytettävä nimi, kuten `<nimi>`).
    .why = Täyte ei ole yhteystieto (tietosuoja-asetus 13 art. 1 a ja b); lukija ei tavoita sen avulla ketään.

url-format-doc =
    .what = Jokainen `website`-, `form_url`-, `link`- ja `url`-kenttä on täydellinen verkko-osoite. Puuttuva `https://` on varoitus, pelkkä `http://` raportoidaan tiedoksi ja kaikki muu on virhe.
    .why = Julkaistun selosteen linkkien on toimittava, ja niitä on voitava seurata turvallisesti; muita osoitemuotoja (`javascript:`) ei koskaan julkaista.

phone-format-doc =
    .what = Jokainen `phone`-kenttä on numero, johon voi soittaa: 5–15 numeroa, alussa 0 tai +, vain numeroita, välilyöntejä, yhdysmerkkejä ja sulkeita, ja perässä mahdollisesti sulkeissa oleva lisätieto.
    .why = Puhelinnumero on yhteystieto vain, jos siihen voi soittaa (tietosuoja-asetus 13 art. 1 a ja b).

legal-basis-wording-doc =
    .what = Käyttötarkoituksen oma teksti ei nimeä muuta oikeusperustetta kuin sen ilmoittama: "perustuu suostumukseen", vaikka peruste on muu, tai "perustuu lakiin", vaikka peruste on suostumus.
    .why = 13 artiklan 1 kohdan c alakohta edellyttää oikeusperustetta; kahta asiaa sanova seloste johtaa harhaan oikeuksista (suostumuksen peruutus, 7 artiklan 3 kohta, koskee vain suostumusta). Salassa pidettävien tietojen luovutussuostumus on salassapitolain mukainen suostumus, eikä sitä etsitä tässä.

further-purpose-doc =
    .what = Käyttötarkoitusten ulkopuolella mainittu tietojen käyttö (tilastointi, tutkimus, kehittäminen, markkinointi: "tietoja käytetään myös tilastointiin") on ilmoitettu käyttötarkoituksena oikeusperusteineen.
    .why = 13 artiklan 1 kohdan c alakohta edellyttää jokaista käyttötarkoitusta perusteineen; 13 artiklan 3 kohta ja 14 artiklan 4 kohta edellyttävät tietoa ennen käsittelyä uuteen tarkoitukseen, ja 6 artiklan 4 kohta kertoo, milloin se on yhteensopiva.

retention-ended-doc =
    .what = Päättymispäivänä kirjoitettu säilytysaika ("31.12.2020 asti") ei ole jo päättynyt tarkistuspäivänä (`--as-of`).
    .why = 5 artiklan 1 kohdan e alakohta: tietoja säilytetään vain niin kauan kuin on tarpeen. Päättynyt säilytysaika tarkoittaa, että tiedot olisi pitänyt poistaa tai seloste on vanhentunut (13 artiklan 2 kohdan a alakohta).

recipients-catch-all-doc =
    .what = Vastaanottajaa ei kuvata vain "lain perusteella oikeutetuiksi" tai "muun erityislainsäädännön nojalla".
    .why = 13 artiklan 1 kohdan e alakohta edellyttää vastaanottajia tai vastaanottajaryhmiä; WP260 edellyttää nimettyjä vastaanottajia tai mahdollisimman tarkkoja ryhmiä toimialoineen ja sijainteineen. Kaiken kattava ilmaus ei kerro lukijalle mitään.

complaint-authority-doc =
    .what = Selosteen omin sanoin kerrottu valitusoikeus nimeää valvontaviranomaisen (tai `authority`/`contact` on annettu).
    .why = 13 artiklan 2 kohdan d alakohta edellyttää oikeutta tehdä valitus "valvontaviranomaiselle"; lukijan on tiedettävä, mihin kääntyä.

complaint-conditional-doc =
    .what = Valitusoikeutta ei kerrota vain vaiheeksi sen jälkeen, kun rekisterinpitäjä on kieltäytynyt pyynnöstä.
    .why = 77 artiklan 1 kohta: jokaisella rekisteröidyllä on oikeus tehdä valitus "muiden hallinnollisten muutoksenhakukeinojen tai oikeussuojakeinojen rajoittamatta" milloin tahansa. Vanha henkilötietolaki (28 §) sitoi sen evättyyn pyyntöön; sellainen sanamuoto vähättelee oikeutta.

children-information-doc =
    .what = Kun rekisteröityihin kuuluu lapsia, seloste kertoo, missä heille kirjoitettu tieto on (selkokielinen versio tai kuka sen antaa).
    .why = 12 artiklan 1 kohta edellyttää selkeää ja yksinkertaista kieltä "erityisesti silloin, kun tiedot on osoitettu lapselle"; johdanto-osan 58 kappaleen mukaan lapset ansaitsevat erityistä suojelua.

sote-register-basis-doc =
    .what = Sosiaali- tai terveydenhuollon asiakasrekisteri (tunnistetaan nimestä, tai hyvinvointialueen asiakasrekisteri) ilmoittaa terveystiedot 9 artiklan 2 kohdan h alakohdan perusteella ja vuodesta 2024 viittaa asiakastietolakiin 703/2023.
    .why = Sosiaali- ja terveydenhuollon asiakastiedot ovat erityisiä henkilötietoryhmiä (9 artiklan 1 kohta); niiden käsittely hoitoa varten perustuu 9 artiklan 2 kohdan h alakohtaan ja kansalliseen lakiin (9 artiklan 3 kohta; tietosuojalaki 6 §; 703/2023). Lukijan on saatava tämä tietää rekisterin tyypistä, vaikka tekstissä ei olisi terveyteen viittaavia sanoja.

sote-log-data-doc =
    .what = Sosiaali- tai terveydenhuollon asiakasrekisterin seloste kertoo, että asiakas voi saada lokitiedoista tietää, kuka on käyttänyt hänen tietojaan tai kenelle niitä on luovutettu.
    .why = Asiakastietolaki 703/2023 edellyttää käyttö- ja luovutuslokeja ja antaa asiakkaalle oikeuden niiden tietoihin; se on osa sitä, mitä tarkastusoikeus (15 artikla) sosiaali- ja terveydenhuollossa tarkoittaa.

sote-register-per-service-doc =
    .what = Hyvinvointialueen tai kunnan sosiaalihuollon asiakasrekisteriä ei julkaista yhden palvelun rekisterinä ("Lastensuojelun asiakasrekisteri").
    .why = Asiakastietolain 703/2023 mukaan sosiaalihuollon järjestäjä on yhden sosiaalihuollon asiakasrekisterin rekisterinpitäjä; palvelukohtainen seloste, lain 254/2015 aikaista perua, nimeää rekisterin, jota ei ole, ja jättää muut pois.

processor-named-doc =
    .what = Tietojärjestelmän toimittajaksi tai ylläpitäjäksi nimetty yritys on käsittelijöiden joukossa.
    .why = Järjestelmää rekisterinpitäjän puolesta ylläpitävä yritys käsittelee henkilötietoja sen lukuun (4 artiklan 8 kohta, 28 artikla); käsittelijät ovat vastaanottajia, jotka 13 artiklan 1 kohdan e alakohdan mukaan on kerrottava, ja WP260 edellyttää niiden nimeämistä.

transfer-service-doc =
    .what = Seloste, joka mainitsee palvelun, jonka tarjoaja on EU:n tai ETA:n ulkopuolella (Microsoft 365, Google, AWS, Zoom, Mailchimp, sosiaalinen media …), ilmoittaa siirron tai kertoo, miksi siirtoa ei ole.
    .why = 13 artiklan 1 kohdan f alakohta edellyttää tietoa siirrosta kolmanteen maahan ja sen suojatoimista (44–49 artikla); "ei siirtoja" sanova seloste antaa lukijalle väärää tietoa, jos tällaista palvelua käytetään.

fi-bilingual-authority-doc =
    .what = Kaksikielinen kunta (tarkistuspäivänä voimassa olevan kuntien kielellistä asemaa koskevan valtioneuvoston asetuksen mukaan), kaksikielinen hyvinvointialue, Helsinki tai HUS julkaisee selosteensa suomeksi ja ruotsiksi. Nimet ovat lähteineen tiedostossa `data/languages.toml`.
    .why = Kielilaki 423/2003 32 §: kaksikielinen viranomainen tiedottaa yleisölle suomeksi ja ruotsiksi; 6 § kertoo, mitkä viranomaiset ovat kaksikielisiä. Tietosuojaseloste on tiedottamista yleisölle (12 artiklan 1 kohta: rekisteröidyn ymmärrettävissä).

sote-kanta-doc =
    .what = Sosiaali- tai terveydenhuollon asiakasrekisterin seloste kertoo, tallennetaanko asiakirjat valtakunnallisiin Kanta-palveluihin ja miten, ja kun se mainitsee ne, että asiakas voi kieltää tietojen luovutuksen niistä.
    .why = Asiakastietolain 703/2023 mukaan asiakirjat tallennetaan Kanta-arkistoihin, joista niitä luovutetaan muille palvelunantajille asiakkaan suostumuksella tai lain nojalla; asiakas näkee ne OmaKannasta ja voi kieltää luovutuksia. Lukija tarvitsee tämän ymmärtääkseen vastaanottajat (13 artiklan 1 kohdan e alakohta).

access-restriction-ground-doc =
    .what = Kun seloste kertoo, että tarkastusoikeus voidaan evätä tai sitä voidaan rajoittaa, se mainitsee perusteen: 23 artikla ja tietosuojalain 1050/2018 34 § tai erityislaki.
    .why = Tarkastusoikeutta (15 artikla) voidaan rajoittaa vain lailla (23 artikla); Suomessa perusteet ovat tietosuojalain 34 §:ssä. Vanhat selosteet kopioivat henkilötietolain (27 §) ilman voimassa olevaa perustetta.

retention-statutory-doc =
    .what = Sosiaali- tai terveydenhuollon asiakasrekisterissä vuosina kerrottu säilytysaika ei ole lyhyempi kuin asiakastietolain 703/2023 liitteen aika samoille asiakirjoille (tunnistetaan sanoista, esim. lastensuojelu: 2 vuotta asiakkaan kuolemasta). Liite on lähteineen tiedostossa `data/retention.toml`; enimmäisaikoja ja vapaaehtoisia rivejä ei käytetä.
    .why = 13 artiklan 2 kohdan a alakohta edellyttää säilytysaikaa; asiakastietolain 703/2023 24 § ja liite säätävät asiakasasiakirjojen vähimmäisajat, eikä asiakirjoja saa hävittää aiemmin. Lyhyempi aika selosteessa antaa asiakkaalle väärää tietoa.
