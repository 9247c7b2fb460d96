## GDPR Art. 13(1)(a), 14(1)(a)
controller-contact = rekisterinpitäjän yhteystiedot puuttuvat
    .help = lisää `controller`-kohtaan ainakin yksi: `address`, `phone`, `email` tai `website`

## GDPR Art. 12(1); WP260 rev.01 Annex (13(1)(a))
controller-channels = rekisterinpitäjän tavoittaa vain yhtä kanavaa pitkin
    .help = anna useampi yhteyskanava (postiosoite, puhelin, sähköposti), jotta rekisteröity voi valita

## GDPR Art. 37(1)(a), 6(1)
controller-kind = rekisterinpitäjän tyyppiä ei ole ilmoitettu eikä se käy ilmi nimestä, joten viranomaisasemasta riippuvia sääntöjä ei voida arvioida
    .help = lisää `controller`-kohtaan `kind:` (esim. `municipality`, `wellbeing_services_county`, `association`, `company`)

controller-kind-inferred = rekisterinpitäjän tyyppiä ei ole ilmoitettu; seloste päättelee sen nimestä: `{ $kind }`
    .help = vahvista se lisäämällä `controller`-kohtaan `kind: { $kind }` (tai ilmoita oikea tyyppi)

## GDPR Art. 4(7), 13(1)(a); Kuntalaki 410/2015
fi-controller-legal-person = { $case ->
        [unit] rekisterinpitäjäksi on nimetty organisaation yksikkö (tiedekunta, osasto tai toimiala) mainitsematta organisaatiota, johon se kuuluu
       *[organ] rekisterinpitäjäksi on nimetty toimielin (lautakunta tai jaosto) mainitsematta organisaatiota, johon se kuuluu
    }
    .help = nimeä organisaatio (kunta, hyvinvointialue, yliopisto, virasto, yritys tai yhdistys) kenttään `controller.name` ja toimielin tai yksikkö kenttään `controller.organ`; viranomaisen toimielin voi olla rekisterinpitäjä (4 artiklan 7 alakohta), mutta lukijan on tiedettävä, kenen toimielin se on

## Yritys- ja yhteisötietolaki 244/2001 (business ID)
fi-business-id = `{ $id }` ei ole kelvollinen Y-tunnus
    .help = kirjoita Y-tunnus muodossa seitsemän numeroa, väliviiva ja tarkiste (esim. 0245974-7); tarkista se YTJ:stä

## Laki hyvinvointialueesta 611/2021; järjestämislaki 612/2021
fi-controller-wellbeing-county = sosiaali- tai terveyspalvelujen rekisterinpitäjäksi on nimetty { $kind ->
        [joint] kuntayhtymä
       *[municipality] kunta
    }, vaikka palvelut järjestää 1.1.2023 alkaen hyvinvointialue
    .help = nimeä rekisterinpitäjäksi palvelut nykyään järjestävä hyvinvointialue (`kind: wellbeing_services_county`), tai jos seloste on historiallinen, tarkista se `--as-of`-päivällä

## GDPR Art. 13(1)(a), 27
representative = rekisterinpitäjä ei ole sijoittautunut EU:hun, mutta edustajaa ei ole nimetty
    .help = lisää `representative:` ja EU-edustajan nimi ja yhteystiedot (27 artikla)

representative-not-needed = edustaja EU:ssa (27 artikla) koskee vain EU:n ulkopuolelle sijoittautunutta rekisterinpitäjää, ja sivu julkaisisi tämän henkilön sellaisena
    .help = merkitse yhteyshenkilö kohtaan `contact_person` (luettelo on sallittu); käytä `representative`-kohtaa vain, jos `controller`-kohdassa on `established_in_eu: false`

## GDPR Art. 26(1)-(2)
joint-controllers-arrangement = yhteisrekisterinpitäjät on nimetty, mutta niiden järjestelyn olennaista sisältöä ei ole kerrottu
    .help = kerro kentässä `joint_controllers.arrangement`, kuka vastaa mistäkin rekisteröityyn nähden, ja anna `contact_point`

## GDPR Art. 37(1)(a), 37(1)(c), 13(1)(b)
dpo-required = { $case ->
        [parish] rekisterinpitäjä on julkisoikeudellinen seurakunta (julkinen elin), mutta selosteessa ei ole tietosuojavastaavaa
        [core] käsitellään erityisiä henkilötietoryhmiä tai rikostietoja, mutta tietosuojavastaavaa ei nimetä: tietosuojavastaava on pakollinen, jos tällainen laajamittainen käsittely on rekisterinpitäjän ydintehtävää (37 artiklan 1 kohdan c alakohta)
       *[authority] rekisterinpitäjä on viranomainen, mutta selosteessa ei ole tietosuojavastaavaa
    }
    .help = lisää `dpo:` ja tietosuojavastaavan suora yhteystieto (sähköposti tai puhelin); nimi ei ole pakollinen

## GDPR Art. 13(1)(b), 14(1)(b), 37(7)
dpo-contact = tietosuojavastaavan yhteystiedot puuttuvat
    .help = lisää `dpo`-kohtaan `email`, `phone` tai `address`

## GDPR Art. 38(4); WP243 rev.01
dpo-direct-channel = tietosuojavastaavan tavoittaa vain rekisterinpitäjän yleisen yhteystiedon kautta
    .help = anna tietosuojavastaavalle suora kanava (oma sähköpostiosoite tai puhelinnumero), ei kirjaamoa tai vaihdetta

## GDPR Art. 38(6)
dpo-conflict = tietosuojavastaavalla on tehtävä, jossa hän voi päättää käsittelystä (`{ $role }`), mikä voi olla eturistiriita
    .help = tietosuojavastaava ei saa päättää käsittelyn tarkoituksista ja keinoista: nimeä tehtävään operatiivisen johdon ulkopuolinen henkilö tai perustele, miksi eturistiriitaa ei ole

## GDPR Art. 13(1)(c), 14(1)(c)
purposes = selosteessa ei ole kerrottu käsittelyn tarkoitusta
    .help = lisää `purposes:` ja ainakin yksi `description` sekä sen `legal_basis`

## GDPR Art. 12(1)
purpose-name = käyttötarkoituksella ei ole nimeä (`name`), ja sen kuvaus ({ $chars } merkkiä) on liian pitkä selosteen alun tiivistelmään
    .help = lisää `name:` muutamalla sanalla (”Lastensuojelun asiakkuus”); siihen asti tiivistelmä näyttää kuvauksesta lyhennelmän (enintään { $max } merkkiä)

## GDPR Art. 13(1)(c), 14(1)(c), 6(1)
legal-basis = tarkoitukselle { $n } ei ole ilmoitettu 6 artiklan 1 kohdan mukaista oikeusperustetta
    .help = lisää `legal_basis:` (`public_task`, `legal_obligation`, `contract`, `consent`, `vital_interests` tai `legitimate_interests`); henkilötietolain aikaiset perusteet kuten "asiakassuhde" tai "muu asiallinen yhteys" eivät ole oikeusperusteita

## GDPR Art. 6(3)
legal-basis-law = tarkoitus { $n } perustuu lakisääteiseen velvoitteeseen tai yleistä etua koskevaan tehtävään, mutta lakia ei mainita
    .help = lisää `laws:` ja säädös, jossa velvoite tai tehtävä säädetään, esim. `1301/2014`

## GDPR Art. 6(1), last subparagraph
legitimate-interests-public-authority = viranomainen vetoaa oikeutettuun etuun (tarkoitus { $n })
    .help = viranomainen ei voi tehtäviään hoitaessaan vedota oikeutettuun etuun: käytä perustetta `public_task` tai `legal_obligation` ja mainitse laki

## GDPR Art. 13(1)(d), 14(2)(b)
legitimate-interests-described = tarkoitus { $n } perustuu oikeutettuun etuun, mutta etua ei ole kuvattu
    .help = kuvaa tavoiteltu etu kentässä `legitimate_interests:`

## GDPR Art. 4(11), Recital 43; EDPB Guidelines 05/2020
consent-public-authority = viranomainen vetoaa suostumukseen (tarkoitus { $n }), vaikka suostumus viranomaiselle on harvoin vapaaehtoinen
    .help = perusta lakisääteiset tehtävät perusteisiin `public_task` tai `legal_obligation`; käytä suostumusta vain aidosti vapaaehtoiseen käsittelyyn

## GDPR Art. 5(1)(b), 13(1)(c); WP260 rev.01
purpose-catch-all = yleislausekkeena muotoiltu tarkoitus tai peruste ("{ $phrase }") jättää rekisteröidyn arvailun varaan
    .help = nimeä jokainen tarkoitus yksilöidysti; tarkoitusten on oltava yksilöityjä, nimenomaisia ja laillisia

## GDPR Art. 9(2), 13(1)(c)
special-category-condition = erityiselle henkilötietoryhmälle `{ $category }` ei ole ilmoitettu 9 artiklan 2 kohdan perustetta
    .help = lisää `condition:` (esim. `health_social_care` sosiaali- ja terveydenhuollossa, `substantial_public_interest` ja laki)

## GDPR Art. 9(1)-(2)
special-category-undeclared = tietoryhmä `{ $name }` on merkitty erityiseksi ryhmäksi `{ $category }`, mutta `special_categories` ei ilmoita sitä
    .help = lisää `{ $category }` kohtaan `special_categories` ja sen 9 artiklan 2 kohdan peruste

## GDPR Art. 9(2)(b), (g)-(j); Tietosuojalaki 1050/2018 6 §
special-category-law = perusteen `{ $condition }` käyttö ryhmälle `{ $category }` edellyttää lakiperustaa, mutta lakia ei mainita
    .help = lisää `laws:` ja EU:n tai Suomen laki, esim. `1050/2018 6 §` tai alan erityislaki

## GDPR Art. 9(1)-(2)
special-categories-detected = selosteessa mainitaan terveyteen liittyviä tietoja ("{ $word }"), mutta erityisiä henkilötietoryhmiä ei ole ilmoitettu
    .help = ilmoita `special_categories:` (esim. `health`, johon kuuluvat myös päihteiden käyttö, vammaisuus ja raskaus) ja 9 artiklan 2 kohdan peruste

## GDPR Art. 10; Tietosuojalaki 1050/2018 7 §
criminal-data-law = rikostietoja käsitellään, mutta käsittelyn sallivaa lakia ei mainita
    .help = lisää `criminal_offence_data`-kohtaan `laws:`, esim. `1050/2018 7 §` ja alan erityislaki

## GDPR Art. 13, 14(2)(f)
sources = selosteessa ei kerrota, mistä tiedot saadaan, joten ei voida päätellä, sovelletaanko 13 vai 14 artiklaa vai molempia
    .help = lisää `sources:` ja `from_data_subject: true/false` sekä muut lähteet kohtaan `other` (nimettyinä tai tyypeittäin)

## GDPR Art. 14(1)(d)
data-categories = tietoja saadaan muista lähteistä, mutta käsiteltäviä henkilötietoryhmiä ei ole lueteltu
    .help = lisää `data_categories:` ja kunkin ryhmän `name` ja `items`

## GDPR Art. 13(1)(e), 14(1)(e); WP260 rev.01
recipients = selosteessa ei kerrota, luovutetaanko tietoja kenellekään
    .help = luettele vastaanottajat kohtaan `recipients:` tai kirjoita `recipients: []`, jos tietoja ei luovuteta

## GDPR Art. 13(1)(e); WP260 rev.01 Annex
recipients-specific = vastaanottaja { $n } on laaja ryhmä ("{ $word }")
    .help = nimeä vastaanottajat tai kuvaa ryhmä mahdollisimman tarkasti (tyyppi, toimiala, sijainti) ja mainitse luovutuksen salliva laki

## GDPR Art. 4(9), 13(1)(e); WP260 rev.01
processors = tietojärjestelmiä nimetään, mutta selosteessa ei kerrota, kuka käsittelee tietoja rekisterinpitäjän lukuun
    .help = luettele järjestelmätoimittajat, palvelintilat ja ostopalvelujen tuottajat kohtaan `processors:` tai kirjoita `processors: []`, jos niitä ei ole

## GDPR Art. 13(1)(f), 14(1)(f)
transfers = selosteessa ei kerrota, siirretäänkö tietoja EU:n tai ETA:n ulkopuolelle
    .help = kirjoita `transfers: []`, jos siirtoja ei ole, tai luettele siirrot ja niiden suojatoimet

## GDPR Art. 13(1)(f), 14(1)(f), 45-49
transfer-safeguard = siirrolle { $n } ei ole ilmoitettu riittävyyspäätöstä, suojatoimia tai poikkeusperustetta
    .help = lisää `safeguard:` (esim. `adequacy_decision`, `standard_contractual_clauses`) ja `copy:`, jossa kerrotaan, miten suojatoimista saa jäljennöksen

## GDPR Art. 13(1)(f); WP260 rev.01 Annex
transfer-countries = siirrossa { $n } ei nimetä kolmansia maita
    .help = lisää `countries:` ja maat (tai kansainväliset järjestöt), joihin tiedot siirretään

## GDPR Art. 49(1)(a)
transfer-consent-risks = siirto { $n } perustuu nimenomaiseen suostumukseen, mutta sen riskejä ei kuvata
    .help = kuvaa kentässä `description:` siirron mahdolliset riskit, jotka johtuvat riittävyyspäätöksen ja suojatoimien puuttumisesta

## GDPR Art. 13(2)(a), 14(2)(a)
retention = selosteessa ei kerrota, kuinka kauan tietoja säilytetään
    .help = lisää `retention:` ja säilytysaika (`period`) tai sen määrittämisperusteet tietoryhmittäin sekä ne määräävät säädökset (`laws`); sosiaalihuollon asiakasasiakirjoista ks. laki 703/2023

## GDPR Art. 13(2)(a); WP260 rev.01 Annex
retention-specific = säilytysajan kohta { $n } ei anna aikaa, jota lukija voisi soveltaa ("{ $phrase }")
    .help = kerro aika tai peruste tietoryhmittäin, esim. "10 vuotta asian päättymisestä (703/2023)"; arkistonmuodostussuunnitelma tai "niin kauan kuin on tarpeen" ei riitä

## GDPR Art. 13(2)(b), 14(2)(c), 15
right-access = selosteessa ei kerrota oikeudesta saada pääsy tietoihin (15 artikla)
    .help = lisää `rights: {"{"}access: true{"}"}` (vakioteksti) tai kartta, jossa on `how` ja mahdolliset rajoitukset; jos oikeusperuste puuttuu, tämä raportoidaan tiedoksi

## GDPR Art. 13(2)(b), 14(2)(c), 16
right-rectification = selosteessa ei kerrota oikeudesta tietojen oikaisemiseen (16 artikla)
    .help = lisää `rights: {"{"}rectification: true{"}"}` (vakioteksti) tai kartta, jossa on `how` ja mahdolliset rajoitukset; jos oikeusperuste puuttuu, tämä raportoidaan tiedoksi

## GDPR Art. 13(2)(b), 14(2)(c), 18
right-restriction = selosteessa ei kerrota oikeudesta käsittelyn rajoittamiseen (18 artikla)
    .help = lisää `rights: {"{"}restriction: true{"}"}` (vakioteksti) tai kartta, jossa on `how` ja mahdolliset rajoitukset; jos oikeusperuste puuttuu, tämä raportoidaan tiedoksi

## GDPR Art. 13(2)(b), 14(2)(c), 17
right-erasure = selosteessa ei kerrota oikeudesta tietojen poistamiseen (17 artikla)
    .help = lisää `rights: {"{"}erasure: true{"}"}` (vakioteksti) tai kartta, jossa on `how` ja mahdolliset rajoitukset; jos oikeusperuste puuttuu, tämä raportoidaan tiedoksi

## GDPR Art. 17(3)(b)
right-erasure-limited = oikeus tietojen poistamiseen luvataan rajoituksetta, vaikka kaikki käsittely perustuu lakisääteiseen velvoitteeseen tai yleistä etua koskevaan tehtävään
    .help = kerro rajoitus kohdassa `erasure` (`description` tai `how`): tietoja ei poisteta siltä osin kuin käsittely on tarpeen lakisääteisen velvoitteen tai yleistä etua koskevan tehtävän vuoksi (tietosuoja-asetuksen 17 artiklan 3 kohdan b alakohta); viittaa säilytysaikoja koskevaan lakiin

## GDPR Art. 13(2)(b), 14(2)(c), 21(1)
right-object = selosteessa ei kerrota oikeudesta vastustaa käsittelyä (21 artikla)
    .help = lisää `rights: {"{"}object: true{"}"}` (vakioteksti) tai kartta, jossa on `how` ja mahdolliset rajoitukset; jos oikeusperuste puuttuu, tämä raportoidaan tiedoksi

## GDPR Art. 21(2)-(4)
right-object-direct-marketing = tietoja käytetään suoramarkkinointiin, mutta ehdotonta vastustamisoikeutta ei kerrota
    .help = lisää `rights: {"{"}object: ...{"}"}` ja kerro, että suoramarkkinointia voi vastustaa milloin tahansa maksutta

## GDPR Art. 13(2)(b), 14(2)(c), 20
right-portability = selosteessa ei kerrota oikeudesta siirtää tiedot järjestelmästä toiseen (20 artikla)
    .help = lisää `rights: {"{"}portability: true{"}"}` (vakioteksti) tai kartta, jossa on `how` ja mahdolliset rajoitukset; jos oikeusperuste puuttuu, tämä raportoidaan tiedoksi

## GDPR Art. 21(1), 12(1)
right-object-denied = vastustamisoikeuden tekstissä sanotaan, ettei rekisteröity voi vastustaa
    .help = kerro, mitä oikeus koskee ja missä laki sitä rajoittaa (esim. lakiin perustuvat luovutukset), tai kirjoita `applies: false` ja `reason`; seloste julkaisee tekstin selosteen omana tekstinä eikä otsikon ”Oikeutesi vastustaa käsittelyä” alla

## GDPR Art. 17(3)(b), 20(3), 21(1)
rights-together-twice = `{ $right }` on ilmoitettu useammin kuin kerran; sivulla se esitetään vain siellä, missä se on ilmoitettu ensin
    .help = pidä oikeus yhdessä paikassa: omana kohtanaan `rights`-kohdassa tai yhdessä `together`-kohdan merkinnässä

right-not-applicable = { $right ->
        [portability] oikeus siirtää tiedot järjestelmästä toiseen (20 artikla)
       *[object] oikeus vastustaa käsittelyä (21 artikla)
    } luvataan, vaikka se ei sovellu ilmoitettuihin oikeusperusteisiin
    .help = poista lupaus tai kirjoita `{ $right }: {"{"}applies: false, reason: ...{"}"}`; oikeus, jota ei voi käyttää, johtaa harhaan

## GDPR Art. 13(2)(c), 14(2)(d), 7(3)
consent-withdrawal = { $case ->
       *[basis] käsittely perustuu suostumukseen, mutta oikeutta peruuttaa suostumus milloin tahansa ei kerrota
        [disclosure] tietoja luovutetaan rekisteröidyn suostumuksella, mutta selosteessa ei kerrota, voiko suostumuksen peruuttaa ja miten
        [text] selosteessa mainitaan suostumus, mutta oikeutta peruuttaa suostumus milloin tahansa ei kerrota
    }
    .help = lisää `rights: {"{"}withdraw_consent: ...{"}"}`: suostumuksen voi peruuttaa milloin tahansa yhtä helposti kuin sen antoi, eikä peruutus vaikuta aiemman käsittelyn lainmukaisuuteen

## GDPR Art. 22(1), (3); 13(2)(f)
right-automated-decision = { $case ->
        [law] tehdään lakiin perustuvia automaattisia päätöksiä (22 artiklan 2 kohdan b alakohta): kerro, mikä laki sallii ne ja mitä suojatoimia siinä säädetään; 22 artiklan 3 kohdan oikeudet koskevat sopimukseen tai nimenomaiseen suostumukseen perustuvia päätöksiä
       *[safeguards] automaattisia päätöksiä tehdään, mutta oikeutta ihmisen osallistumiseen ja päätöksen riitauttamiseen ei kerrota
    }
    .help = lisää `rights: {"{"}automated_decision: ...{"}"}` ja kerro, miten voi pyytää ihmisen osallistumista, esittää kantansa ja riitauttaa päätöksen

## GDPR Art. 12(2); WP260 rev.01 Annex (13(2)(b))
rights-how-to = selosteessa ei kerrota, miten oikeuksia käytetään
    .help = lisää `requests:` ja kerro, minne pyynnöt lähetetään (sähköposti, osoite, lomake), tai lisää kuhunkin oikeuteen `how`

## GDPR Art. 13(2)(d), 14(2)(e), 77
complaint = oikeutta tehdä valitus valvontaviranomaiselle ei kerrota
    .help = lisää `complaint: {"{"}authority: fi_ombudsman{"}"}`; seloste lisää tietosuojavaltuutetun ajantasaiset yhteystiedot. Pelkkä maininta kielteisen päätöksen jälkeen ei riitä: kyse on yleisestä oikeudesta

## GDPR Art. 12(1), 13, 14
standard-statement = seloste lisää rekisterinpitäjän nimissä vakiotekstin ”{ $item }”: seloste ei kerro asiaa itse
    .help = tarkista, että vakioteksti ({ $text }) pitää paikkansa tässä rekisterissä, ja kirjoita kohta selosteeseen, jos ei pidä; `standard_texts = "declared-only"` seloste.toml-tiedostossa julkaisee vain sen, mitä selosteissa kerrotaan

## GDPR Art. 13(2)(e)
statutory-requirement = selosteessa ei kerrota, onko tietojen antaminen pakollista ja mitä antamatta jättämisestä seuraa
    .help = lisää `statutory_requirement:` ja `basis` (statutory, contractual, contract_prerequisite, voluntary, mixed) sekä `consequences`

## GDPR Art. 13(2)(f), 14(2)(g); WP260 rev.01
automated-decisions-declared = selosteessa ei kerrota, käytetäänkö automaattista päätöksentekoa tai profilointia
    .help = lisää `automated_decisions: {"{"}used: false{"}"}` (tai `true` sekä `logic` ja `significance`)

## GDPR Art. 13(2)(f), 14(2)(g), 22
automated-decisions-logic = automaattisia päätöksiä tehdään, mutta niiden logiikkaa tai merkitystä ja seurauksia ei kuvata
    .help = lisää `logic:` (merkitykselliset tiedot logiikasta) ja `significance:` (seuraukset rekisteröidylle)

## GDPR Art. 12(1); WP260 rev.01 (changes to information)
notice-date = selosteessa ei ole päivämäärää
    .help = lisää `updated:` (ja `published:`), jotta lukija näkee, kuinka ajantasainen seloste on

## GDPR Art. 5(1)(d), 12(1)
date-order = { $case ->
        [order] seloste on päivitetty ({ $updated }) ennen julkaisua ({ $published })
       *[future] `{ $key }` ({ $date }) on tarkistuspäivän ({ $as_of }) jälkeen
    }
    .help = tarkista päivämäärät: julkaistu ≤ päivitetty ≤ tarkistuspäivä

## GDPR Art. 5(1)(d), 12(1)
stale = seloste on päivitetty viimeksi { $date }, yli { $months } kuukautta ennen päivää { $as_of }
    .help = tarkista seloste voimassa olevaa lakia ja käytäntöä vasten ja päivitä `updated:`; raja on säädettävissä (`stale_months` tiedostossa seloste.toml)

## WP260 rev.01 (changes to Art 13/14 information)
change-log = selosteessa ei ole muutoshistoriaa
    .help = lisää `changes:` ja kunkin muutoksen päivämäärä ja kuvaus, jotta lukija näkee, mikä muuttui

## GDPR Art. 12(1); Kielilaki 423/2003
language-coverage = tämä teksti: { $case ->
       *[missing] siitä puuttuu { $missing }
        [extra] siinä on { $extra }, jota ei ole ilmoitettu kohdassa `languages`
        [both] siitä puuttuu { $missing } ja siinä on { $extra }, jota ei ole ilmoitettu kohdassa `languages`
    }
    .help = anna teksti kaikilla kohdassa `languages` luetelluilla kielillä tai korjaa `languages`

## GDPR Art. 5(1)(a), 13(1)(c); Finnish statute data
law-repealed = `{ $cite }` viittaa säädökseen { $act }, joka on kumottu { $date }{ $after_update ->
        [yes] {" "}eli selosteen viimeisen päivityksen jälkeen
       *[no] {""}
    }
    .help = { $successor ->
        [none] viittaa voimassa olevaan säädökseen (seloste-työkalun säädöstiedoissa ei ole suoraa seuraajaa)
       *[other] viittaa voimassa olevaan säädökseen: { $successor }
    }

## Finnish statute citation practice (Finlex: number/year)
law-citation-form = `{ $written }` ei ole muodossa numero/vuosi
    .help = kirjoita `{ $number }`

## GDPR Art. 13(1)(c); Finnish statute data
law-title-mismatch = nimi "{ $title }" ei kuulu säädökselle { $number }{ $owners ->
        [none] {""}
       *[other] {" "}vaan säädökselle { $owners }
    }
    .help = korjaa numero tai nimi{ $hint ->
        [known] ; { $number } on { $act }
        [unknown] ; { $number } ei ole tunnettu säädös; tarkoititko säädöstä { $act }?
       *[none] {""}
    }

## Finnish statute data (former titles)
law-renamed = "{ $old }" on säädöksen { $number } entinen nimi
    .help = käytä nykyistä nimeä: { $title }

## Finnish statute data
law-unknown = { $number } ei ole seloste-työkalun säädöstiedoissa
    .help = tarkista numero Finlexistä (https://www.finlex.fi); jos se on oikein, säädöstiedostoa `data/statutes.toml` voi täydentää

## Finnish statute data
law-misspelled = "{ $typo }" näyttää kirjoitusvirheeltä: { $name }
    .help = kirjoita "{ $name }"

## GDPR Art. 12(1), 13(1)(e), 14(2)(f); Finnish agency reforms
obsolete-agency = "{ $name }" ei ole enää olemassa ({ $since } alkaen)
    .help = mainitse seuraaja: { $successor }

## GDPR Art. 13(2)(d), 14(2)(e), 77
fi-sa-contact = tietosuojavaltuutetun vanhentunut yhteystieto: { $found }
    .help = käytä nykyisiä yhteystietoja (Lintulahdenkuja 4, 00530 Helsinki; PL 800, 00531 Helsinki; tietosuoja@om.fi; 029 566 6700; https://tietosuoja.fi) tai jätä ne pois: seloste tulostaa ajantasaiset tiedot

## GDPR Art. 12(1), 15; repealed henkilötietolaki 523/1999 26-28 §
pda-wording = teksti toistaa kumotun henkilötietolain sanamuotoa: "{ $phrase }"
    .help = kuvaa oikeus tietosuoja-asetuksen mukaisesti (tietosuoja-asetuksen 15 artikla: pääsy tietoihin ja jäljennös; ei ennakkoehtoja kuten "tiedon etsimiseksi tarpeellisten seikkojen" ilmoittamista)

## GDPR Art. 12(5), 15(3)
fee-once-a-year = selosteen mukaan tietojen antamisesta peritään maksu, jos edellisestä tarkastuksesta on alle vuosi; sääntö on kumotusta henkilötietolaista
    .help = kerro, että tietojen saaminen on maksutonta; kohtuullisen maksun voi periä vain lisäjäljennöksistä (15 artiklan 3 kohta) tai ilmeisen perusteettomista tai kohtuuttomista pyynnöistä (12 artiklan 5 kohta)

## GDPR Art. 12(2), 12(3)
request-handwritten = pyyntö vaaditaan omakätisesti allekirjoitettuna tai henkilökohtaisesti ("{ $phrase }")
    .help = ota pyynnöt vastaan myös sähköisesti (sähköposti, asiointipalvelu) ja varmista henkilöllisyys vain tarpeen mukaan (12 artiklan 6 kohta)

## GDPR Art. 12(1) (clear and plain language); terminology of the GDPR
legacy-terms = "{ $phrase }" on kumotun henkilötietolain termi
    .help = käytä tietosuoja-asetuksen termejä: "tietosuojaseloste", "oikeus saada pääsy tietoihin", "tietojen luovutus"

## GDPR Art. 12(1); WP260 rev.01 para 12-13
hedging-words = epämääräinen ilmaus "{ $phrase }" kohdassa, jonka pitäisi olla täsmällinen
    .help = kerro, mitä todella tehdään ja milloin, eikä mitä "voidaan" tehdä "tarvittaessa"

## GDPR Art. 13(1)(a)-(b), 12(1)
placeholder-text = selosteeseen on jäänyt mallipohjan täyte: "{ $phrase }"
    .help = korvaa se oikealla tiedolla (esim. toimiva sähköpostiosoite, kuten yhteinen postilaatikko)

## GDPR Art. 12(1), 12(2)
url-format = "{ $value }" { $problem ->
        [http] käyttää http://-osoitetta https://-osoitteen sijaan
        [scheme] ei ole http(s)-osoite
        [no-scheme] ei ala https://
        [invalid] ei ole kelvollinen verkko-osoite
       *[not-web] ei ole verkko-osoite
    }
    .help = kirjoita täydellinen osoite, joka alkaa https://

## GDPR Art. 13(1)(a)-(b)
phone-format = "{ $value }" ei näytä puhelinnumerolta
    .help = kirjoita numero suuntanumeroineen (040 555 0101) tai kansainvälisessä muodossa (+358 40 555 0101); lisätieto sulkeisiin perään

## GDPR Art. 13(1)(c), 14(1)(c), 6(1), 7
legal-basis-wording = käyttötarkoituksen { $n } tekstin mukaan käsittely perustuu { $named ->
        [consent] suostumukseen
       *[law] lakiin
    }, mutta ilmoitettu oikeusperuste on { $declared ->
        [none] puuttuu
       *[other] 6 art. { $declared }
    }: "{ $sentence }"
    .help = yhdenmukaista teksti ja `legal_basis`: suostumus on oikeusperuste vain, jos henkilö voi kieltäytyä ja perua sen ilman haittaa; lakisääteinen tehtävä tai velvoite on `public_task` tai `legal_obligation`

## GDPR Art. 13(1)(c), 13(3), 14(4), 6(4)
further-purpose = selosteen mukaan tietoja käytetään myös { $purpose ->
        [statistics] tilastointiin
        [research] tutkimukseen
        [development] kehittämiseen
       *[marketing] markkinointiin
    } ("{ $word }"), mutta mikään käyttötarkoitus ei ilmoita sitä oikeusperusteineen
    .help = lisää käyttö kohtaan `purposes:` oikeusperusteineen (`legal_basis`, `laws:`), tai poista lause, jos tietoja ei käytetä niin

## GDPR Art. 5(1)(e), 13(2)(a), 14(2)(a)
retention-ended = säilytysaika päättyi { $date }, ennen päivää { $as_of }
    .help = tiedot olisi jo pitänyt poistaa tai arkistoida; päivitä säilytysaika tai kerro, mitä tiedoille nyt tapahtuu

## GDPR Art. 13(1)(e), 14(1)(e); WP260 rev.01 Annex
recipients-catch-all = "{ $phrase }" ei kerro, kuka tiedot saa
    .help = nimeä jokainen vastaanottaja tai vastaanottajaryhmä (esim. Kela, poliisi, Verohallinto), mitä sille luovutetaan ja luovutuksen salliva laki kohtaan `laws:`

## GDPR Art. 13(2)(d), 14(2)(e), 77
complaint-authority = valitusoikeudessa ei mainita valvontaviranomaista
    .help = lisää `authority: fi_ombudsman` (tietosuojavaltuutettu, jonka yhteystiedot julkaistaan), tai nimeä viranomainen tekstissä

## GDPR Art. 77(1), 13(2)(d)
complaint-conditional = valitusoikeus kerrotaan vain kieltäytymisen jälkeiseksi: "{ $sentence }"
    .help = 77 artiklan mukaan rekisteröity voi valittaa valvontaviranomaiselle milloin tahansa kääntymättä ensin rekisterinpitäjän puoleen; kerro se, esim. "Sinulla on oikeus tehdä valitus tietosuojavaltuutetulle, jos katsot, että henkilötietojesi käsittely rikkoo tietosuoja-asetusta."

## GDPR Art. 12(1), Recital 58
children-information = rekisteröityihin kuuluu lapsia ("{ $word }"), mutta selosteessa ei kerrota, missä heille kirjoitettu tieto on
    .help = 12 artiklan 1 kohta edellyttää lapselle osoitettua tietoa kielellä, jota lapsi ymmärtää: lisää lyhyt selkokielinen versio tai kerro kohdassa `notes`, mistä sen saa (esim. sosiaalityöntekijältä)

## GDPR Art. 9(2)(h), 9(3), 13(1)(c); Tietosuojalaki 1050/2018 6 §; 703/2023
sote-register-basis = sosiaali- tai terveydenhuollon asiakasrekisteri, mutta seloste { $missing ->
        [condition] ei ilmoita terveystietoja 9 artiklan 2 kohdan h alakohdan perusteella
        [law] ei viittaa asiakastietolakiin 703/2023
       *[both] ei ilmoita terveystietoja 9 artiklan 2 kohdan h alakohdan perusteella eikä viittaa asiakastietolakiin 703/2023
    }
    .help = lisää `special_categories:`, jossa `category: health`, `condition: health_social_care` ja `laws: ["703/2023", "1050/2018 6 §"]`: sosiaali- ja terveydenhuollon asiakastietoja käsitellään hoidon ja palvelujen vuoksi 9 artiklan 2 kohdan h alakohdan ja asiakastietolain perusteella

## GDPR Art. 15; 703/2023 (käyttö- ja luovutuslokit)
sote-log-data = selosteessa ei kerrota, että asiakas voi saada tietää, kuka hänen tietojaan on käyttänyt tai kenelle niitä on luovutettu (lokitiedot)
    .help = lisää oikeuksiin tai niiden huomautuksiin, että asiakas voi saada tiedot tietojensa käyttö- ja luovutuslokeista, ja miten niitä pyydetään

## 703/2023 (sosiaalihuollon asiakasrekisteri); GDPR Art. 13(1)(a), 13(1)(c)
sote-register-per-service = "{ $title }" nimeää yhden palvelun; asiakastietolain 703/2023 mukaan sosiaalihuollon järjestäjällä on yksi asiakasrekisteri kaikille palveluilleen
    .help = julkaise järjestäjän sosiaalihuollon asiakasrekisterin seloste ja kuvaa palvelut sen sisällä; palvelukohtaiset rekisterit ovat lain 254/2015 aikaista perua

## GDPR Art. 4(8), 28, 13(1)(e)
processor-named = järjestelmän "{ $system }" toimittaa tai sitä ylläpitää { $company }, joka ei ole käsittelijöiden joukossa
    .help = lisää { $company } kohtaan `processors:` palveluineen, tai kerro järjestelmän kuvauksessa, ettei se käsittele henkilötietoja puolestanne

## GDPR Art. 13(1)(f), 14(1)(f), 44-49
transfer-service = "{ $service }" mainitaan, mutta seloste ei kerro siirroista EU:n tai ETA:n ulkopuolelle
    .help = palvelun tarjoaja on sijoittautunut EU:n tai ETA:n ulkopuolelle tai voi siirtää tietoja sinne: ilmoita siirto kohdassa `transfers:` suojatoimineen (esim. EU:n ja Yhdysvaltain tietosuojakehys tai vakiolausekkeet), tai kerro huomautuksissa, että tiedot pysyvät EU:ssa tai ETA:ssa ja miksi

## Kielilaki 423/2003 6 §, 32 §; VNa 1385/2022; GDPR Art. 12(1)
fi-bilingual-authority = { $authority } on kaksikielinen viranomainen ({ $source }), mutta selostetta ei julkaista { $missing ->
        [sv] ruotsiksi
       *[fi] suomeksi
    }
    .help = kaksikielinen viranomainen tiedottaa yleisölle suomeksi ja ruotsiksi (kielilaki 32 §): lisää `{ $missing }` kohtaan `languages:` ja sen tekstit

## 703/2023 (Kanta-palvelut); GDPR Art. 13(1)(e), 14(1)(e)
sote-kanta = { $missing ->
        [kanta] sosiaali- tai terveydenhuollon asiakasrekisterin selosteessa ei mainita Kanta-palveluja
       *[prohibition] seloste mainitsee Kanta-palvelut mutta ei asiakkaan oikeutta kieltää tietojen luovutus niistä
    }
    .help = kerro, tallennetaanko asiakirjat Kanta-palveluihin (potilastiedon arkisto tai sosiaalihuollon asiakastiedon arkisto), ja miten asiakas näkee ne OmaKannasta ja voi kieltää luovutuksia

## GDPR Art. 15, 23; Tietosuojalaki 1050/2018 34 §
access-restriction-ground = selosteen mukaan tarkastusoikeus voidaan evätä tai sitä voidaan rajoittaa, mutta perustetta ei mainita
    .help = rajoituksen on perustuttava 23 artiklaan ja tietosuojalain 1050/2018 34 §:ään (tai erityislakiin): viittaa siihen ja pysy sen perusteissa (esim. vakava vaara rekisteröidyn terveydelle tai hoidolle tai jonkun muun oikeuksille)

## GDPR Art. 13(2)(a), 5(1)(e); 703/2023 24 § and annex
retention-statutory = säilytysaika on lyhyempi kuin laissa kohdassa { $documents }: { $law } (703/2023, liite)
    .help = kerro asiakastietolain 703/2023 liitteen säilytysaika ja viittaa lakiin kohdassa `laws:` (`703/2023`); asiakirjoja ei saa hävittää aiemmin
