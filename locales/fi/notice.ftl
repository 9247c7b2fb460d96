### Standard texts of the notices seloste renders: labels, headings and legal standard
### statements of every published privacy notice. One file per language (fi, sv, en);
### a test checks that every message exists in all three with the same arguments.
###
### Standard texts of seloste: labels, headings and legal standard statements of every rendered privacy notice,
### in Finnish (fi), Swedish (sv, Finland-Swedish official usage) and English (en).
###
### Terminology: the official language versions of the GDPR (Regulation (EU) 2016/679) and the usage of the Office of
### the Data Protection Ombudsman (tietosuoja.fi, tietosuoja.fi/sv, tietosuoja.fi/en):
### fi: rekisterinpitäjä, rekisteröity, henkilötietojen käsittelijä, tietosuojavastaava, tietosuojavaltuutettu,
### valvontaviranomainen, tietosuoja-asetus;
### sv: personuppgiftsansvarig, registrerad, personuppgiftsbiträde, dataskyddsombud, dataombudsmannen,
### tillsynsmyndighet, dataskyddsförordningen, dataskyddsbeskrivning, förvaringstid;
### en: controller, data subject, processor, data protection officer, supervisory authority, GDPR.
### Citation style of GDPR articles inside texts:
### fi "(tietosuoja-asetus 15 art.)", "(tietosuoja-asetus 12 art. 3 kohta)", point: "(tietosuoja-asetus 6 art. 1 c)";
### sv "(dataskyddsförordningen art. 15)", "(dataskyddsförordningen art. 12.3)", "(dataskyddsförordningen art. 6.1 c)";
### en "(GDPR Art 15)", "(GDPR Art 12(3))", "(GDPR Art 6(1)(c))".
### Texts address the data subject directly (sinä / du / you), as tietosuoja.fi does.
### The GDPR wordings were taken from the official texts as reproduced on the mirrors listed in meta.sources
### (gdpr-text.com, gdprinfo.eu, privacy-regulation.eu); the EUR-Lex pages are listed as the authoritative versions.
###
###
### Last reviewed: 2026-11-22. Sources:
###   https://eur-lex.europa.eu/legal-content/FI/TXT/?uri=CELEX:32016R0679
###   https://eur-lex.europa.eu/legal-content/SV/TXT/?uri=CELEX:32016R0679
###   https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679
###   https://gdpr-text.com/pt/read/article-12/?col=2&lang1=fi&lang2=en&lang3=sv
###   https://gdprinfo.eu/fi/fi-article-12
###   https://gdprinfo.eu/sv/sv-article-21
###   https://gdpr-text.com/de/read/article-21/?col=2&lang1=sv&lang2=en&lang3=de
###   https://www.privacy-regulation.eu/fi/20.htm
###   https://tietosuoja.fi/oikeus-siirtaa-tiedot
###   https://tietosuoja.fi/kun-haluat-siirtaa-tietosi
###   https://tietosuoja.fi/kun-et-halua-etta-tietojasi-kasitellaan
###   https://tietosuoja.fi/oletko-joutunut-automaattisen-paatoksenteon-kohteeksi
###   https://tietosuoja.fi/sv/ratten-till-tillgang-till-uppgifter
###   https://tietosuoja.fi/sv/ratten-att-flytta-uppgifterna-mellan-system
###   https://tietosuoja.fi/sv/nar-du-vill-overfora-dina-uppgifter-till-en-annan-personuppgiftsansvarig
###   https://tietosuoja.fi/sv/anmalan-till-dataombudsmannen
###   https://tietosuoja.fi/sv/har-dina-dataskyddsrattigheter-krankts
###   https://tietosuoja.fi/yhteystiedot
###   https://tietosuoja.fi/sv/kontaktuppgifter
###   https://tietosuoja.fi/en/contact-information
###   https://www.di.ax/rattigheter-och-skyldigheter/registrerades-rattigheter/ratt-gora-invandningar
###   https://edpb.europa.eu/sme-data-protection-guide/respect-individuals-rights_sv
###   https://www.demokratia.fi/sv/dataskyddsbeskrivning/
###   seloste: shared/design/gdpr-rules.md (legal-basis to rights table, Arts 12, 17(3)(b), 20, 21, 77)
###   seloste: data/authorities.toml (names of the Data Protection Ombudsman)
### Message ids are the dotted keys of the code with "-" for "." (`section.controller` is
### `section-controller`); the code looks them up by name: add no ids, only comments.

## Names of the languages, in each language.
## [lang_name]

lang_name-fi = suomi
lang_name-sv = ruotsi
lang_name-en = englanti

## Page furniture, index page and small words.
## [labels]

labels-document_name = Tietosuojaseloste
labels-skip_link = Siirry sisältöön
labels-toc = Sisällys
labels-at_a_glance = Lyhyesti
labels-full_notice = Koko seloste
labels-languages = Kieliversiot
# marks the current language in the language switcher
labels-this_language = tämä kieliversio
labels-updated = Päivitetty
labels-published = Julkaistu
labels-version = Versio
labels-download_pdf = PDF-versio
labels-download_md = Markdown-versio
labels-downloads = Tallenna
labels-page = Sivu
# separator in "Sivu 3 / 7", "Sida 3 av 7", "Page 3 of 7"
labels-page_of = /
labels-generated_by = Laadittu seloste-työkalulla
labels-object_heading = Oikeutesi vastustaa käsittelyä
labels-index_title = Tietosuojaselosteet
labels-index_intro = Tälle sivulle on koottu rekisteriemme tietosuojaselosteet, joista näet, miten henkilötietojasi käsitellään.
labels-filter_label = Hae rekistereitä
labels-filter_hint = Kirjoita sana rekisterin nimestä, rekisterinpitäjästä tai käyttötarkoituksesta millä tahansa sivuston kielellä.
labels-filter_controller = Rekisterinpitäjä
labels-filter_all = Kaikki
labels-no_results = Hakuehtoa vastaavia rekistereitä ei löytynyt.
labels-results_count = Hakua vastaavia rekistereitä: {"{"}count{"}"}.
labels-results_limited = Näytetään {"{"}shown{"}"} ensimmäistä. Tarkenna hakua lisäämällä sana.
labels-controllers = Rekisterinpitäjät
labels-register_count = {"{"}count{"}"} rekisteriä
labels-register_count_one = 1 rekisteri
labels-pages = Sivut
labels-register = Rekisteri
labels-findings = Tarkistushavainnot
labels-errors = virheet
labels-warnings = varoitukset
labels-infos = huomautukset
labels-back_to_index = Kaikki selosteet
labels-accessibility_statement = Saavutettavuusseloste
labels-feedback = Palaute
labels-main_navigation = Päävalikko
# accessible name of the page footer
labels-footer = Sivuston alatunniste
labels-not_stated = Ei ilmoitettu
labels-none = Ei ole
labels-yes = Kyllä
labels-no = Ei
# appended to a cited act that is no longer in force
labels-law_repealed = kumottu
# followed by the successor's title
labels-law_successor = korvattu:{" "}
# written after a GDPR article number
labels-article = art.
labels-gdpr = tietosuoja-asetus

## Section headings of the notice (the code numbers them).
## [section]

section-controller = Rekisterinpitäjä
section-contacts = Yhteyshenkilöt
section-dpo = Tietosuojavastaava
section-purposes = Henkilötietojen käsittelyn tarkoitukset ja oikeusperuste
section-special_categories = Erityiset henkilötietoryhmät
section-criminal_data = Rikostuomioihin ja rikkomuksiin liittyvät tiedot
section-data = Rekisteröidyt ja käsiteltävät henkilötiedot
section-sources = Mistä tiedot saadaan
section-recipients = Tietojen vastaanottajat
section-processors = Henkilötietojen käsittelijät
section-transfers = Tietojen siirto EU- ja ETA-alueen ulkopuolelle
section-retention = Tietojen säilytysaika
section-statutory = Onko tietojen antaminen pakollista
section-automated = Automaattinen päätöksenteko ja profilointi
section-rights = Oikeutesi
section-requests = Näin käytät oikeuksiasi
section-complaint = Oikeus tehdä valitus valvontaviranomaiselle
section-confidentiality = Salassapito
section-security = Tietojen suojaus
section-informing = Informointi
section-changes = Selosteen muutokset
section-notes = Lisätietoja

## Labels of field rows.
## [field]

field-name = Nimi
field-organ = Toimielin
field-unit = Yksikkö
field-business_id = Y-tunnus
field-address = Postiosoite
field-visiting_address = Käyntiosoite
field-phone = Puhelin
field-email = Sähköposti
field-website = Verkkosivut
field-job_title = Tehtävänimike
field-joint_controllers = Yhteisrekisterinpitäjät
field-arrangement = Yhteisrekisterinpitäjien vastuunjako
field-contact_point = Yhteyspiste
field-representative = Edustaja EU:ssa
field-responsible_person = Rekisterin vastuuhenkilö
field-responsible_persons = Rekisterin vastuuhenkilöt
field-contact_person = Yhteyshenkilö
field-contact_persons = Yhteyshenkilöt
field-description = Kuvaus
field-legal_basis = Oikeusperuste
# the basis in the notice's own words
field-basis_statement = Perustelu
field-legitimate_interests = Oikeutetut edut
field-laws = Säädökset
field-further_processing = Käsittely myös muuhun tarkoitukseen
field-direct_marketing = Suoramarkkinointi
field-category = Tietoryhmä
field-condition = Käsittelyn edellytys
field-data_subjects = Rekisteröidyt
field-data_categories = Henkilötietoryhmät
field-from_data_subject = Sinulta itseltäsi
field-other_sources = Muut lähteet
field-publicly_accessible = Julkisesti saatavilla
field-recipient = Vastaanottaja
field-purpose = Tarkoitus
field-service = Palvelu
field-countries = Maat
field-safeguard = Suojatoimi
field-copy = Jäljennöksen saaminen
field-period = Säilytysaika
field-data = Tiedot
field-link = Lisätietoja
field-requirement_basis = Peruste
field-consequences = Seuraukset, jos tietoja ei anneta
field-profiling = Profilointi
field-logic = Käytetty logiikka
field-significance = Merkitys ja seuraukset sinulle
field-how = Näin käytät oikeutta
field-reason = Syy
field-form_url = Lomake
field-identification = Henkilöllisyyden todentaminen
field-fees = Maksut
field-response_time = Vastausaika
field-authority = Valvontaviranomainen
field-manual = Manuaalinen aineisto
field-electronic = Sähköinen aineisto
field-systems = Tietojärjestelmät
field-date = Päivämäärä
field-change = Muutos
field-secret = Tiedot ovat salassa pidettäviä

## First layer ("at a glance").
## [glance]

glance-controller = Kuka käsittelee tietojasi?
glance-purposes = Miksi tietojasi käsitellään?
glance-bases = Millä perusteella?
glance-rights = Mitä oikeuksia sinulla on?
glance-contact = Keneen voit ottaa yhteyttä?
glance-rights_summary = Voit saada tietää, mitä tietoja sinusta käsitellään, ja pyytää korjaamaan virheet. Voit myös tehdä valituksen tietosuojavaltuutetulle.
glance-link-purposes = Lisää käyttötarkoituksista
glance-link-requests = Näin käytät oikeuksiasi
glance-link-complaint = Näin teet valituksen
glance-basis-consent = suostumuksesi
glance-basis-contract = sopimus
glance-basis-legal_obligation = lakisääteinen velvoite
glance-basis-vital_interests = elintärkeiden etujen suojaaminen
glance-basis-public_task = yleisen edun mukainen tehtävä tai julkisen vallan käyttö
glance-basis-legitimate_interests = oikeutettu etu

## Legal bases, Art 6(1).
## [legal_basis]

legal_basis-consent = Suostumuksesi (tietosuoja-asetus 6 art. 1 a)
legal_basis-contract = Sopimus, jonka osapuoli olet, tai sopimusta edeltävät toimet pyynnöstäsi (tietosuoja-asetus 6 art. 1 b)
legal_basis-legal_obligation = Rekisterinpitäjän lakisääteinen velvoite (tietosuoja-asetus 6 art. 1 c)
legal_basis-vital_interests = Sinun tai toisen henkilön elintärkeiden etujen suojaaminen (tietosuoja-asetus 6 art. 1 d)
legal_basis-public_task = Yleistä etua koskevan tehtävän suorittaminen tai rekisterinpitäjälle kuuluvan julkisen vallan käyttäminen (tietosuoja-asetus 6 art. 1 e)
legal_basis-legitimate_interests = Rekisterinpitäjän tai kolmannen osapuolen oikeutettu etu (tietosuoja-asetus 6 art. 1 f)

## Conditions for processing special categories, Art 9(2).
## [art9]

art9-explicit_consent = Nimenomainen suostumuksesi (tietosuoja-asetus 9 art. 2 a)
art9-employment_social_security = Työoikeuden, sosiaaliturvan ja sosiaalisen suojelun alan velvollisuudet ja oikeudet (tietosuoja-asetus 9 art. 2 b)
art9-vital_interests = Sinun tai toisen henkilön elintärkeiden etujen suojaaminen, kun et pysty antamaan suostumusta (tietosuoja-asetus 9 art. 2 c)
art9-non_profit_members = Poliittisen, aatteellisen, uskonnollisen tai ammatillisen voittoa tavoittelemattoman yhteisön toiminta jäsentensä osalta (tietosuoja-asetus 9 art. 2 d)
art9-made_public = Tiedot, jotka olet itse nimenomaisesti saattanut julkisiksi (tietosuoja-asetus 9 art. 2 e)
art9-legal_claims = Oikeusvaateen laatiminen, esittäminen tai puolustaminen tai tuomioistuinten lainkäyttö (tietosuoja-asetus 9 art. 2 f)
art9-substantial_public_interest = Tärkeä yleinen etu, josta säädetään laissa (tietosuoja-asetus 9 art. 2 g)
art9-health_social_care = Terveydenhuolto tai sosiaalihuolto, mukaan lukien ennaltaehkäisevä terveydenhuolto, työterveyshuolto ja lääketieteelliset diagnoosit (tietosuoja-asetus 9 art. 2 h)
art9-public_health = Kansanterveyteen liittyvä yleinen etu (tietosuoja-asetus 9 art. 2 i)
art9-archiving_research_statistics = Yleisen edun mukainen arkistointi, tieteellinen tai historiallinen tutkimus tai tilastointi (tietosuoja-asetus 9 art. 2 j)

## Special categories of personal data, Art 9(1).
## [special_category]

special_category-racial_or_ethnic_origin = Rotu tai etninen alkuperä
special_category-political_opinions = Poliittiset mielipiteet
special_category-religious_or_philosophical_beliefs = Uskonnollinen tai filosofinen vakaumus
special_category-trade_union_membership = Ammattiliiton jäsenyys
special_category-genetic = Geneettiset tiedot
special_category-biometric = Biometriset tiedot henkilön yksiselitteistä tunnistamista varten
special_category-health = Terveyttä koskevat tiedot
special_category-sex_life_or_sexual_orientation = Seksuaalinen käyttäytyminen tai suuntautuminen

## Safeguards and grounds for transfers outside the EU/EEA (Chapter V).
## [safeguard]

safeguard-adequacy_decision = Euroopan komission päätös tietosuojan riittävyydestä (tietosuoja-asetus 45 art.)
safeguard-standard_contractual_clauses = Euroopan komission hyväksymät vakiosopimuslausekkeet (tietosuoja-asetus 46 art. 2 c)
safeguard-binding_corporate_rules = Yritystä koskevat sitovat säännöt (tietosuoja-asetus 47 art.)
safeguard-code_of_conduct = Hyväksytyt käytännesäännöt (tietosuoja-asetus 46 art. 2 e)
safeguard-certification = Hyväksytty sertifiointimekanismi (tietosuoja-asetus 46 art. 2 f)
safeguard-ad_hoc_clauses = Valvontaviranomaisen hyväksymät sopimuslausekkeet (tietosuoja-asetus 46 art. 3 a)
safeguard-public_authority_arrangement = Viranomaisten tai julkishallinnon elinten välinen sitova asiakirja tai hallinnollinen järjestely (tietosuoja-asetus 46 art. 2 a ja 3 b)
safeguard-explicit_consent = Nimenomainen suostumuksesi sen jälkeen, kun sinulle on kerrottu siirron riskeistä (tietosuoja-asetus 49 art. 1 a)
safeguard-derogation = Poikkeus erityistilanteessa (tietosuoja-asetus 49 art.)

## Whether providing the data is required (Art 13(2)(e)); the notice adds the consequences separately.
## [requirement_basis]

requirement_basis-statutory = Tietojen antaminen perustuu lakiin. Laissa säädetään, mitä tietoja sinun on annettava.
requirement_basis-contractual = Tietojen antaminen perustuu sopimukseen. Sopimuksessa sovitaan, mitä tietoja sinun on annettava.
requirement_basis-contract_prerequisite = Tietoja tarvitaan sopimuksen tekemiseen. Ilman niitä sopimusta ei voida tehdä.
requirement_basis-voluntary = Tietojen antaminen on vapaaehtoista.
requirement_basis-mixed = Osa tiedoista on annettava lain tai sopimuksen perusteella, ja osan antaminen on vapaaehtoista.

## [right]

## Rights of the data subject (Arts 7(3), 15-18, 20-22).
## [right.access]

right-access-name = Oikeus saada pääsy tietoihin
right-access-explain = Sinulla on oikeus saada tietää, käsitelläänkö henkilötietojasi. Jos niitä käsitellään, saat jäljennöksen tiedoistasi sekä tiedot siitä, miten ja mihin niitä käytetään (tietosuoja-asetus 15 art.). Oikeutta voidaan rajoittaa vain laissa säädetyistä syistä.

## [right.rectification]

right-rectification-name = Oikeus tietojen oikaisemiseen
right-rectification-explain = Sinulla on oikeus vaatia, että rekisterinpitäjä korjaa virheelliset tai epätarkat tietosi ja täydentää puutteelliset tiedot (tietosuoja-asetus 16 art.). Kerro pyynnössäsi, mikä tieto on mielestäsi väärin ja miten se pitäisi korjata.

## [right.erasure]

right-erasure-name = Oikeus tietojen poistamiseen
right-erasure-explain = Sinulla on oikeus pyytää, että tietosi poistetaan. Rekisterinpitäjän on poistettava tiedot esimerkiksi silloin, kun niitä ei enää tarvita siihen tarkoitukseen, jota varten ne kerättiin, kun peruutat suostumuksesi tai kun tietoja on käsitelty lainvastaisesti (tietosuoja-asetus 17 art.). Oikeus ei ole ehdoton: tietoja ei poisteta esimerkiksi silloin, kun laki velvoittaa säilyttämään ne.
# Art 17(3)(b): processing under a legal obligation (6(1)(c)) or a public task / official authority (6(1)(e))
right-erasure-limited_public_task = Oikeus tietojen poistamiseen on tässä käsittelyssä rajoitettu: tietoja ei poisteta siltä osin kuin niiden käsittely on tarpeen rekisterinpitäjän lakisääteisen velvoitteen noudattamiseksi tai yleistä etua koskevan tehtävän suorittamiseksi tai julkisen vallan käyttämiseksi (tietosuoja-asetus 17 art. 3 b). Tällaiset tiedot säilytetään laissa säädetyn ajan. Voit kuitenkin pyytää virheellisten tietojen oikaisemista.

## [right.restriction]

right-restriction-name = Oikeus käsittelyn rajoittamiseen
right-restriction-explain = Sinulla on oikeus pyytää, että tietojesi käsittelyä rajoitetaan esimerkiksi silloin, kun kiistät tietojen paikkansapitävyyden tai olet vastustanut käsittelyä. Käsittelyä rajoitetaan tällöin siksi aikaa, kun asia selvitetään (tietosuoja-asetus 18 art.). Rajoittamisen aikana tietoja saa säilyttää, mutta muuten niitä saa käsitellä vain suostumuksellasi tai asetuksessa mainituista painavista syistä, kuten oikeusvaateen vuoksi.

## [right.portability]

right-portability-name = Oikeus siirtää tiedot järjestelmästä toiseen
right-portability-explain = Sinulla on oikeus saada itse toimittamasi tiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle. Voit myös pyytää, että tiedot siirretään suoraan toiselle rekisterinpitäjälle, jos se on teknisesti mahdollista (tietosuoja-asetus 20 art.). Oikeus koskee vain automaattisesti käsiteltäviä tietoja, joiden käsittely perustuu suostumukseen tai sopimukseen.
right-portability-not_applicable = Oikeus koskee vain tietoja, joita käsitellään automaattisesti suostumuksen tai sopimuksen perusteella (tietosuoja-asetus 20 art. 1 kohta). Siksi se ei koske tätä käsittelyä.

## [right.object]

right-object-name = Oikeus vastustaa käsittelyä
right-object-explain = Jos tietojasi käsitellään yleistä etua koskevan tehtävän, julkisen vallan käyttämisen tai oikeutetun edun perusteella, voit vastustaa käsittelyä erityiseen tilanteeseesi liittyvällä perusteella (tietosuoja-asetus 21 art. 1 kohta).
# Art 21(1): processing based on Art 6(1)(e) or (f); worded without naming the basis so that it fits both
right-object-public_task = Sinulla on oikeus milloin tahansa vastustaa henkilötietojesi käsittelyä henkilökohtaiseen erityiseen tilanteeseesi liittyvällä perusteella (tietosuoja-asetus 21 art. 1 kohta). Rekisterinpitäjä ei saa tällöin enää käsitellä tietojasi, paitsi jos se osoittaa, että käsittelyyn on huomattavan tärkeä ja perusteltu syy, joka syrjäyttää sinun etusi, oikeutesi ja vapautesi, tai jos käsittely on tarpeen oikeusvaateen laatimiseksi, esittämiseksi tai puolustamiseksi.
right-object-direct_marketing = Voit milloin tahansa vastustaa tietojesi käsittelyä suoramarkkinointia varten, myös siihen liittyvää profilointia (tietosuoja-asetus 21 art. 2 kohta). Kun olet vastustanut käsittelyä, tietojasi ei enää käsitellä suoramarkkinointia varten (tietosuoja-asetus 21 art. 3 kohta).

## [right.withdraw_consent]

right-withdraw_consent-name = Oikeus peruuttaa suostumus
right-withdraw_consent-explain = Kun tietojesi käsittely perustuu suostumukseesi, voit peruuttaa suostumuksesi milloin tahansa (tietosuoja-asetus 7 art. 3 kohta). Suostumuksen peruuttamisen on oltava yhtä helppoa kuin sen antaminen. Peruuttamisen jälkeen tietojasi ei enää käsitellä suostumuksen perusteella.
right-withdraw_consent-effect = Suostumuksen peruuttaminen ei vaikuta ennen peruuttamista tehdyn käsittelyn lainmukaisuuteen (tietosuoja-asetus 7 art. 3 kohta).

## [right.automated_decision]

right-automated_decision-name = Oikeus olla joutumatta automaattisen päätöksenteon kohteeksi
right-automated_decision-explain = Sinulla on oikeus olla joutumatta sellaisen päätöksen kohteeksi, joka perustuu pelkästään automaattiseen käsittelyyn, kuten profilointiin, ja jolla on sinua koskevia oikeusvaikutuksia tai joka vaikuttaa sinuun muuten merkittävästi (tietosuoja-asetus 22 art.). Jos tällainen päätös perustuu sopimukseen tai nimenomaiseen suostumukseesi, sinulla on oikeus vaatia, että asiasi käsittelee ihminen, esittää oma kantasi ja riitauttaa päätös. Jos päätöksenteko perustuu lakiin, laissa säädetään oikeuksiesi suojaamisesta.

## [right.generic]

# followed by the reason given in the notice
# Joins the last two names of rights stated with one shared text (rights.together).
right-generic-and = {" "}ja{" "}
right-generic-not_applicable_prefix = Tämä oikeus ei koske tätä käsittelyä.

## Standard statements inserted by the renderer.
## [statement]

statement-no_transfers = Tietoja ei siirretä EU- tai ETA-alueen ulkopuolelle.
statement-no_automated = Tietojasi ei käytetä automaattiseen päätöksentekoon eikä profilointiin (tietosuoja-asetus 22 art.).
statement-no_recipients = Tietoja ei luovuteta säännönmukaisesti.
statement-no_processors = Rekisterinpitäjä ei käytä henkilötietojen käsittelijöitä.
statement-requests_default = Voit käyttää oikeuksiasi lähettämällä pyynnön rekisterinpitäjälle tässä selosteessa kerrottuihin yhteystietoihin. Sinua voidaan pyytää todistamaan henkilöllisyytesi, jotta tietojasi ei anneta väärälle henkilölle.
statement-response_time_default = Rekisterinpitäjä vastaa pyyntöösi ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa. Jos pyyntö on monimutkainen tai pyyntöjä on paljon, määräaikaa voidaan jatkaa enintään kahdella kuukaudella. Tällöin sinulle kerrotaan jatkamisesta ja sen syistä kuukauden kuluessa (tietosuoja-asetus 12 art. 3 kohta).
statement-fees_default = Oikeuksien käyttäminen on maksutonta. Jos pyyntö on ilmeisen perusteeton tai kohtuuton, esimerkiksi koska sitä toistetaan, rekisterinpitäjä voi periä kohtuullisen maksun tai kieltäytyä toimimasta pyynnön perusteella (tietosuoja-asetus 12 art. 5 kohta). Jos pyydät useampia jäljennöksiä, niistä voidaan periä kohtuullinen maksu (tietosuoja-asetus 15 art. 3 kohta).
statement-complaint = Sinulla on oikeus tehdä valitus valvontaviranomaiselle, jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuoja-asetusta (tietosuoja-asetus 77 art.). Suomessa valvontaviranomainen on tietosuojavaltuutettu.
statement-complaint_other_state = Voit tehdä valituksen myös siinä EU:n jäsenvaltiossa, jossa vakinainen asuinpaikkasi tai työpaikkasi on tai jossa väitetty rikkominen on tapahtunut.
statement-complaint_contacts = Tietosuojavaltuutetun yhteystiedot:
statement-special_categories_intro = Osa tiedoista kuuluu erityisiin henkilötietoryhmiin, joita suojataan erityisen tarkasti (tietosuoja-asetus 9 art.).
statement-dpo_intro = Voit ottaa yhteyttä tietosuojavastaavaan kaikissa asioissa, jotka koskevat henkilötietojesi käsittelyä ja oikeuksiesi käyttämistä (tietosuoja-asetus 38 art. 4 kohta).

## [a11y]

## Accessibility statement of a built site (act 306/2019, directive (EU) 2016/2102 model statement).
## [a11y.h]

a11y-h-status = Saavutettavuuden tila
a11y-h-non_accessible = Ei-saavutettava sisältö
a11y-h-preparation = Selosteen laatiminen
a11y-h-feedback = Palaute ja yhteystiedot
a11y-h-enforcement = Valvontamenettely

## [a11y.text]

a11y-text-intro = Tämä saavutettavuusseloste koskee tätä tietosuojaselosteiden verkkosivustoa. Digitaalisten palvelujen tarjoamisesta annettu laki (306/2019) edellyttää, että julkisilla verkkopalveluilla on saavutettavuusseloste.
a11y-text-status_full = Verkkosivusto täyttää WCAG 2.1 -ohjeiston A- ja AA-tason saavutettavuusvaatimukset.
a11y-text-status_partial = Verkkosivusto täyttää WCAG 2.1 -ohjeiston A- ja AA-tason saavutettavuusvaatimukset osittain. Puutteet on kuvattu alla.
a11y-text-status_none = Verkkosivusto ei täytä WCAG 2.1 -ohjeiston A- ja AA-tason saavutettavuusvaatimuksia.
a11y-text-none_known = Tiedossa ei ole saavutettavuuspuutteita.
a11y-text-method = Saavutettavuus on arvioitu itse: sivut on tehty seloste-työkalun sisäänrakennetuilla malleilla, joiden tuottamat sivut tarkistetaan työkalun omissa testeissä automaattisesti axe-core-työkalulla (WCAG 2.1 A ja AA) ja näppäimistöllä käyttäen. Sivustoa rakennettaessa seloste tarkisti sivuston värien kontrastin.
a11y-text-method_custom = Saavutettavuus on arvioitu itse. Sivut on tehty sivuston omilla malleilla, joita seloste ei ole testannut; sivustoa rakennettaessa seloste tarkisti sivuston värien kontrastin.
a11y-text-contrast = Tekstin kontrasti sivuston korostusväriä vasten sivustoa rakennettaessa tarkistettuna (WCAG 2.1 AA edellyttää vähintään 4,5:1):
a11y-text-enforcement_intro = Jos huomaat sivustolla saavutettavuusongelmia, anna ensin palautetta sivuston ylläpitäjälle. Vastaus voi kestää 14 päivää. Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta lainkaan kahden viikon aikana, voit tehdä ilmoituksen saavutettavuuden valvontaviranomaiselle.

## The accessibility supervisory authority (act 306/2019): the Etelä-Suomen aluehallintovirasto until 31.12.2025,
## from 1.1.2026 the Lupa- ja valvontavirasto (see data/authorities.toml, obsolete_agency "aluehallintoviras").
## The supervision's web service is saavutettavuusvaatimukset.fi. Re-verify the name and address before release.
## [a11y.authority]

a11y-authority-name = Lupa- ja valvontavirasto, saavutettavuuden valvonta
a11y-authority-url = https://www.saavutettavuusvaatimukset.fi
