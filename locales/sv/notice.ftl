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

lang_name-fi = finska
lang_name-sv = svenska
lang_name-en = engelska

## Page furniture, index page and small words.
## [labels]

labels-document_name = Dataskyddsbeskrivning
labels-skip_link = Hoppa till innehållet
labels-toc = Innehåll
labels-at_a_glance = I korthet
labels-full_notice = Hela beskrivningen
labels-languages = Språkversioner
# marks the current language in the language switcher
labels-this_language = denna språkversion
labels-updated = Uppdaterad
labels-published = Publicerad
labels-version = Version
labels-download_pdf = PDF-version
labels-download_md = Markdown-version
labels-downloads = Ladda ner
labels-page = Sida
# separator in "Sivu 3 / 7", "Sida 3 av 7", "Page 3 of 7"
labels-page_of = av
labels-generated_by = Upprättad med verktyget seloste
labels-object_heading = Din rätt att göra invändningar mot behandlingen
labels-index_title = Dataskyddsbeskrivningar
labels-index_intro = På den här sidan finns dataskyddsbeskrivningarna för våra register, där du kan läsa hur dina personuppgifter behandlas.
labels-filter_label = Sök register
labels-filter_hint = Skriv ett ord ur registrets namn, den personuppgiftsansvariges namn eller ändamålet, på vilket som helst av webbplatsens språk.
labels-filter_controller = Personuppgiftsansvarig
labels-filter_all = Alla
labels-no_results = Inga register motsvarar sökvillkoret.
labels-results_count = Register som motsvarar sökningen: {"{"}count{"}"}.
labels-results_limited = De {"{"}shown{"}"} första visas. Lägg till ett ord för att begränsa sökningen.
labels-controllers = Personuppgiftsansvariga
labels-register_count = {"{"}count{"}"} register
labels-register_count_one = 1 register
labels-pages = Sidor
labels-register = Register
labels-findings = Granskningsiakttagelser
labels-errors = fel
labels-warnings = varningar
labels-infos = anmärkningar
labels-back_to_index = Alla beskrivningar
labels-accessibility_statement = Tillgänglighetsutlåtande
labels-feedback = Respons
labels-main_navigation = Huvudmeny
# accessible name of the page footer
labels-footer = Webbplatsens sidfot
labels-not_stated = Inte angivet
labels-none = Inga
labels-yes = Ja
labels-no = Nej
# appended to a cited act that is no longer in force
labels-law_repealed = upphävd
# followed by the successor's title
labels-law_successor = ersatt av:{" "}
# written after a GDPR article number
labels-article = art.
labels-gdpr = dataskyddsförordningen

## Section headings of the notice (the code numbers them).
## [section]

section-controller = Personuppgiftsansvarig
section-contacts = Kontaktpersoner
section-dpo = Dataskyddsombud
section-purposes = Ändamålen med behandlingen av personuppgifter och den rättsliga grunden
section-special_categories = Särskilda kategorier av personuppgifter
section-criminal_data = Uppgifter om fällande domar i brottmål och överträdelser
section-data = Registrerade och personuppgifter som behandlas
section-sources = Varifrån uppgifterna kommer
section-recipients = Mottagare av uppgifterna
section-processors = Personuppgiftsbiträden
section-transfers = Överföring av uppgifter till länder utanför EU och EES
section-retention = Förvaringstid för uppgifterna
section-statutory = Skyldighet att lämna uppgifterna
section-automated = Automatiserat beslutsfattande och profilering
section-rights = Dina rättigheter
section-requests = Så här utövar du dina rättigheter
section-complaint = Rätt att lämna in klagomål till en tillsynsmyndighet
section-confidentiality = Sekretess
section-security = Skydd av uppgifterna
section-informing = Information till de registrerade
section-changes = Ändringar i beskrivningen
section-notes = Ytterligare information

## Labels of field rows.
## [field]

field-name = Namn
field-organ = Organ
field-unit = Enhet
field-business_id = FO-nummer
field-address = Postadress
field-visiting_address = Besöksadress
field-phone = Telefon
field-email = E-post
field-website = Webbplats
field-job_title = Befattning
field-joint_controllers = Gemensamt personuppgiftsansvariga
field-arrangement = Ansvarsfördelningen mellan de gemensamt personuppgiftsansvariga
field-contact_point = Kontaktpunkt
field-representative = Företrädare i EU
field-responsible_person = Ansvarig person för registret
field-responsible_persons = Ansvariga personer för registret
field-contact_person = Kontaktperson
field-contact_persons = Kontaktpersoner
field-description = Beskrivning
field-legal_basis = Rättslig grund
# the basis in the notice's own words
field-basis_statement = Motivering
field-legitimate_interests = Berättigade intressen
field-laws = Författningar
field-further_processing = Behandling även för ett annat ändamål
field-direct_marketing = Direkt marknadsföring
field-category = Uppgiftskategori
field-condition = Villkor för behandlingen
field-data_subjects = Registrerade
field-data_categories = Kategorier av personuppgifter
field-from_data_subject = Från dig själv
field-other_sources = Andra källor
field-publicly_accessible = Allmänt tillgänglig
field-recipient = Mottagare
field-purpose = Ändamål
field-service = Tjänst
field-countries = Länder
field-safeguard = Skyddsåtgärd
field-copy = Hur du får en kopia
field-period = Förvaringstid
field-data = Uppgifter
field-link = Mer information
field-requirement_basis = Grund
field-consequences = Följder om uppgifterna inte lämnas
field-profiling = Profilering
field-logic = Logiken som används
field-significance = Betydelse och följder för dig
field-how = Så här utövar du rättigheten
field-reason = Orsak
field-form_url = Blankett
field-identification = Kontroll av identitet
field-fees = Avgifter
field-response_time = Svarstid
field-authority = Tillsynsmyndighet
field-manual = Manuellt material
field-electronic = Elektroniskt material
field-systems = Informationssystem
field-date = Datum
field-change = Ändring
field-secret = Uppgifterna är sekretessbelagda

## First layer ("at a glance").
## [glance]

glance-controller = Vem behandlar dina uppgifter?
glance-purposes = Varför behandlas dina uppgifter?
glance-bases = På vilken grund?
glance-rights = Vilka rättigheter har du?
glance-contact = Vem kan du kontakta?
glance-rights_summary = Du kan få veta vilka uppgifter om dig som behandlas och begära att fel rättas. Du kan också klaga hos dataombudsmannen.
glance-link-purposes = Mer om ändamålen
glance-link-requests = Så använder du dina rättigheter
glance-link-complaint = Så klagar du
glance-basis-consent = ditt samtycke
glance-basis-contract = avtal
glance-basis-legal_obligation = rättslig förpliktelse
glance-basis-vital_interests = skydd av grundläggande intressen
glance-basis-public_task = uppgift av allmänt intresse eller myndighetsutövning
glance-basis-legitimate_interests = berättigat intresse

## Legal bases, Art 6(1).
## [legal_basis]

legal_basis-consent = Ditt samtycke (dataskyddsförordningen art. 6.1 a)
legal_basis-contract = Ett avtal där du är part, eller åtgärder på din begäran innan ett avtal ingås (dataskyddsförordningen art. 6.1 b)
legal_basis-legal_obligation = En rättslig förpliktelse för den personuppgiftsansvarige (dataskyddsförordningen art. 6.1 c)
legal_basis-vital_interests = Skydd av dina eller en annan persons grundläggande intressen (dataskyddsförordningen art. 6.1 d)
legal_basis-public_task = En uppgift av allmänt intresse eller ett led i den personuppgiftsansvariges myndighetsutövning (dataskyddsförordningen art. 6.1 e)
legal_basis-legitimate_interests = Den personuppgiftsansvariges eller en tredje parts berättigade intressen (dataskyddsförordningen art. 6.1 f)

## Conditions for processing special categories, Art 9(2).
## [art9]

art9-explicit_consent = Ditt uttryckliga samtycke (dataskyddsförordningen art. 9.2 a)
art9-employment_social_security = Skyldigheter och rättigheter inom arbetsrätten och på området social trygghet och socialt skydd (dataskyddsförordningen art. 9.2 b)
art9-vital_interests = Skydd av dina eller en annan persons grundläggande intressen när du inte kan ge ditt samtycke (dataskyddsförordningen art. 9.2 c)
art9-non_profit_members = Verksamhet som en ideell organisation med politiskt, filosofiskt, religiöst eller fackligt syfte bedriver i fråga om sina medlemmar (dataskyddsförordningen art. 9.2 d)
art9-made_public = Uppgifter som du själv uppenbarligen har offentliggjort (dataskyddsförordningen art. 9.2 e)
art9-legal_claims = Fastställande, utövande eller försvar av rättsliga anspråk eller domstolarnas dömande verksamhet (dataskyddsförordningen art. 9.2 f)
art9-substantial_public_interest = Ett viktigt allmänt intresse som följer av lag (dataskyddsförordningen art. 9.2 g)
art9-health_social_care = Hälso- och sjukvård eller socialvård, inklusive förebyggande vård, företagshälsovård och medicinska diagnoser (dataskyddsförordningen art. 9.2 h)
art9-public_health = Allmänintresse på folkhälsoområdet (dataskyddsförordningen art. 9.2 i)
art9-archiving_research_statistics = Arkivändamål av allmänt intresse, vetenskapliga eller historiska forskningsändamål eller statistiska ändamål (dataskyddsförordningen art. 9.2 j)

## Special categories of personal data, Art 9(1).
## [special_category]

special_category-racial_or_ethnic_origin = Ras eller etniskt ursprung
special_category-political_opinions = Politiska åsikter
special_category-religious_or_philosophical_beliefs = Religiös eller filosofisk övertygelse
special_category-trade_union_membership = Medlemskap i fackförening
special_category-genetic = Genetiska uppgifter
special_category-biometric = Biometriska uppgifter för att entydigt identifiera en person
special_category-health = Uppgifter om hälsa
special_category-sex_life_or_sexual_orientation = Sexualliv eller sexuell läggning

## Safeguards and grounds for transfers outside the EU/EEA (Chapter V).
## [safeguard]

safeguard-adequacy_decision = Europeiska kommissionens beslut om adekvat skyddsnivå (dataskyddsförordningen art. 45)
safeguard-standard_contractual_clauses = Standardavtalsklausuler (standardiserade dataskyddsbestämmelser) som antagits av Europeiska kommissionen (dataskyddsförordningen art. 46.2 c)
safeguard-binding_corporate_rules = Bindande företagsbestämmelser (dataskyddsförordningen art. 47)
safeguard-code_of_conduct = En godkänd uppförandekod (dataskyddsförordningen art. 46.2 e)
safeguard-certification = En godkänd certifieringsmekanism (dataskyddsförordningen art. 46.2 f)
safeguard-ad_hoc_clauses = Avtalsklausuler som godkänts av tillsynsmyndigheten (dataskyddsförordningen art. 46.3 a)
safeguard-public_authority_arrangement = Ett bindande instrument eller ett administrativt arrangemang mellan offentliga myndigheter eller organ (dataskyddsförordningen art. 46.2 a och 46.3 b)
safeguard-explicit_consent = Ditt uttryckliga samtycke efter att du har informerats om riskerna med överföringen (dataskyddsförordningen art. 49.1 a)
safeguard-derogation = Undantag i en särskild situation (dataskyddsförordningen art. 49)

## Whether providing the data is required (Art 13(2)(e)); the notice adds the consequences separately.
## [requirement_basis]

requirement_basis-statutory = Skyldigheten att lämna uppgifterna följer av lag. I lagen föreskrivs vilka uppgifter du ska lämna.
requirement_basis-contractual = Skyldigheten att lämna uppgifterna följer av ett avtal. I avtalet anges vilka uppgifter du ska lämna.
requirement_basis-contract_prerequisite = Uppgifterna behövs för att ett avtal ska kunna ingås. Utan dem kan avtalet inte ingås.
requirement_basis-voluntary = Det är frivilligt att lämna uppgifterna.
requirement_basis-mixed = En del av uppgifterna måste lämnas enligt lag eller avtal, och en del är frivilliga att lämna.

## [right]

## Rights of the data subject (Arts 7(3), 15-18, 20-22).
## [right.access]

right-access-name = Rätt att få tillgång till uppgifterna
right-access-explain = Du har rätt att få veta om dina personuppgifter behandlas. Om de behandlas får du en kopia av uppgifterna och information om hur och för vilka ändamål de används (dataskyddsförordningen art. 15). Rätten kan begränsas endast av skäl som anges i lag.

## [right.rectification]

right-rectification-name = Rätt till rättelse
right-rectification-explain = Du har rätt att kräva att den personuppgiftsansvarige rättar felaktiga uppgifter om dig och kompletterar ofullständiga uppgifter (dataskyddsförordningen art. 16). Berätta i din begäran vilken uppgift du anser är fel och hur den ska rättas.

## [right.erasure]

right-erasure-name = Rätt till radering
right-erasure-explain = Du har rätt att begära att dina uppgifter raderas. Den personuppgiftsansvarige ska radera uppgifterna till exempel när de inte längre behövs för det ändamål för vilket de samlades in, när du återkallar ditt samtycke eller när uppgifterna har behandlats olagligt (dataskyddsförordningen art. 17). Rätten är inte ovillkorlig: uppgifterna raderas till exempel inte när lagen kräver att de bevaras.
# Art 17(3)(b): processing under a legal obligation (6(1)(c)) or a public task / official authority (6(1)(e))
right-erasure-limited_public_task = Rätten till radering är begränsad i den här behandlingen: uppgifter raderas inte i den utsträckning behandlingen av dem är nödvändig för att fullgöra en rättslig förpliktelse eller för att utföra en uppgift av allmänt intresse eller som ett led i myndighetsutövning (dataskyddsförordningen art. 17.3 b). Sådana uppgifter bevaras under den tid som föreskrivs i lag. Du kan ändå begära att felaktiga uppgifter rättas.

## [right.restriction]

right-restriction-name = Rätt till begränsning av behandlingen
right-restriction-explain = Du har rätt att begära att behandlingen av dina uppgifter begränsas, till exempel när du bestrider att uppgifterna är korrekta eller när du har gjort invändningar mot behandlingen. Behandlingen begränsas då medan saken utreds (dataskyddsförordningen art. 18). Under begränsningen får uppgifterna lagras, men i övrigt får de behandlas endast med ditt samtycke eller av vissa viktiga skäl som anges i förordningen, till exempel rättsliga anspråk.

## [right.portability]

right-portability-name = Rätt till dataportabilitet
right-portability-explain = Du har rätt att få de uppgifter som du själv har lämnat i ett strukturerat, allmänt använt och maskinläsbart format och att överföra dem till en annan personuppgiftsansvarig. Du kan också begära att uppgifterna överförs direkt till en annan personuppgiftsansvarig, om det är tekniskt möjligt (dataskyddsförordningen art. 20). Rätten gäller endast uppgifter som behandlas automatiserat på grundval av samtycke eller avtal.
right-portability-not_applicable = Rätten gäller endast uppgifter som behandlas automatiserat på grundval av samtycke eller avtal (dataskyddsförordningen art. 20.1). Därför gäller den inte den här behandlingen.

## [right.object]

right-object-name = Rätt att göra invändningar mot behandlingen
right-object-explain = Om dina uppgifter behandlas för att utföra en uppgift av allmänt intresse, som ett led i myndighetsutövning eller på grundval av berättigade intressen, kan du göra invändningar mot behandlingen av skäl som hänför sig till din specifika situation (dataskyddsförordningen art. 21.1).
# Art 21(1): processing based on Art 6(1)(e) or (f); worded without naming the basis so that it fits both
right-object-public_task = Du har rätt att när som helst, av skäl som hänför sig till din specifika situation, göra invändningar mot behandlingen av dina personuppgifter (dataskyddsförordningen art. 21.1). Den personuppgiftsansvarige får då inte längre behandla uppgifterna, om den inte kan visa tvingande berättigade skäl för behandlingen som väger tyngre än dina intressen, rättigheter och friheter, eller om behandlingen behövs för att fastställa, göra gällande eller försvara rättsliga anspråk.
right-object-direct_marketing = Du kan när som helst invända mot att dina uppgifter behandlas för direkt marknadsföring, inklusive profilering som hör samman med sådan marknadsföring (dataskyddsförordningen art. 21.2). När du har invänt behandlas dina uppgifter inte längre för direkt marknadsföring (dataskyddsförordningen art. 21.3).

## [right.withdraw_consent]

right-withdraw_consent-name = Rätt att återkalla samtycke
right-withdraw_consent-explain = När behandlingen av dina uppgifter grundar sig på ditt samtycke kan du när som helst återkalla samtycket (dataskyddsförordningen art. 7.3). Det ska vara lika lätt att återkalla samtycket som att ge det. Efter återkallelsen behandlas dina uppgifter inte längre på grundval av samtycket.
right-withdraw_consent-effect = Återkallelsen påverkar inte lagligheten av behandlingen innan samtycket återkallades (dataskyddsförordningen art. 7.3).

## [right.automated_decision]

right-automated_decision-name = Rätt att inte bli föremål för automatiserat beslutsfattande
right-automated_decision-explain = Du har rätt att inte bli föremål för ett beslut som enbart grundar sig på automatiserad behandling, inbegripet profilering, om beslutet har rättsliga följder för dig eller på liknande sätt i betydande grad påverkar dig (dataskyddsförordningen art. 22). Om ett sådant beslut grundar sig på ett avtal eller på ditt uttryckliga samtycke har du rätt att kräva att en människa behandlar ärendet, att framföra din synpunkt och att bestrida beslutet. Om beslutsfattandet grundar sig på lag, föreskrivs skyddet för dina rättigheter i lagen.

## [right.generic]

# followed by the reason given in the notice
# Joins the last two names of rights stated with one shared text (rights.together).
right-generic-and = {" "}och{" "}
right-generic-not_applicable_prefix = Rättigheten gäller inte den här behandlingen.

## Standard statements inserted by the renderer.
## [statement]

statement-no_transfers = Uppgifterna överförs inte till länder utanför EU eller EES.
statement-no_automated = Dina uppgifter används inte för automatiserat beslutsfattande eller profilering (dataskyddsförordningen art. 22).
statement-no_recipients = Uppgifterna lämnas inte ut regelbundet.
statement-no_processors = Den personuppgiftsansvarige anlitar inga personuppgiftsbiträden.
statement-requests_default = Du kan utöva dina rättigheter genom att skicka en begäran till den personuppgiftsansvarige via kontaktuppgifterna i den här beskrivningen. Du kan bli ombedd att styrka din identitet, så att dina uppgifter inte lämnas ut till fel person.
statement-response_time_default = Den personuppgiftsansvarige svarar på din begäran utan onödigt dröjsmål och senast inom en månad. Om begäran är komplicerad eller om det finns många begäranden kan tiden förlängas med högst två månader. Du får då inom en månad besked om förlängningen och orsakerna till den (dataskyddsförordningen art. 12.3).
statement-fees_default = Det är avgiftsfritt att utöva dina rättigheter. Om en begäran är uppenbart ogrundad eller orimlig, till exempel för att den upprepas, kan den personuppgiftsansvarige ta ut en rimlig avgift eller vägra att tillmötesgå begäran (dataskyddsförordningen art. 12.5). För ytterligare kopior som du begär kan en rimlig avgift tas ut (dataskyddsförordningen art. 15.3).
statement-complaint = Du har rätt att lämna in ett klagomål till en tillsynsmyndighet om du anser att behandlingen av dina personuppgifter strider mot dataskyddsförordningen (dataskyddsförordningen art. 77). I Finland är tillsynsmyndigheten dataombudsmannen.
statement-complaint_other_state = Du kan också lämna in klagomålet i den EU-medlemsstat där du har din hemvist eller din arbetsplats eller där den påstådda överträdelsen har skett.
statement-complaint_contacts = Dataombudsmannens kontaktuppgifter:
statement-special_categories_intro = En del av uppgifterna hör till särskilda kategorier av personuppgifter, som har ett särskilt starkt skydd (dataskyddsförordningen art. 9).
statement-dpo_intro = Du kan kontakta dataskyddsombudet i alla frågor som gäller behandlingen av dina personuppgifter och utövandet av dina rättigheter (dataskyddsförordningen art. 38.4).

## [a11y]

## Accessibility statement of a built site (act 306/2019, directive (EU) 2016/2102 model statement).
## [a11y.h]

a11y-h-status = Tillgänglighetsstatus
a11y-h-non_accessible = Innehåll som inte är tillgängligt
a11y-h-preparation = Utarbetande av utlåtandet
a11y-h-feedback = Respons och kontaktuppgifter
a11y-h-enforcement = Tillsynsförfarande

## [a11y.text]

a11y-text-intro = Detta tillgänglighetsutlåtande gäller denna webbplats med dataskyddsbeskrivningar. Lagen om tillhandahållande av digitala tjänster (306/2019) kräver att offentliga webbtjänster har ett tillgänglighetsutlåtande.
a11y-text-status_full = Webbplatsen uppfyller tillgänglighetskraven på nivå A och AA i WCAG 2.1.
a11y-text-status_partial = Webbplatsen uppfyller delvis tillgänglighetskraven på nivå A och AA i WCAG 2.1. Bristerna beskrivs nedan.
a11y-text-status_none = Webbplatsen uppfyller inte tillgänglighetskraven på nivå A och AA i WCAG 2.1.
a11y-text-none_known = Inga kända brister i tillgängligheten.
a11y-text-method = Tillgängligheten har bedömts av organisationen själv: sidorna har gjorts med seloste och dess inbyggda mallar, vars sidor i verktygets egna tester kontrolleras automatiskt med axe-core (WCAG 2.1 A och AA) och med tangentbordet. När webbplatsen byggdes kontrollerade seloste kontrasten i webbplatsens färger.
a11y-text-method_custom = Tillgängligheten har bedömts av organisationen själv. Sidorna har gjorts med webbplatsens egna mallar, som seloste inte har testat; när webbplatsen byggdes kontrollerade seloste kontrasten i webbplatsens färger.
a11y-text-contrast = Kontrasten för text mot webbplatsens accentfärg, kontrollerad när webbplatsen byggdes (WCAG 2.1 AA kräver minst 4,5:1):
a11y-text-enforcement_intro = Om du märker brister i tillgängligheten, ge först respons till webbplatsens administratör. Det kan ta 14 dagar att få svar. Om du inte är nöjd med svaret eller inte får något svar inom två veckor, kan du göra en anmälan till tillsynsmyndigheten för tillgänglighet.

## The accessibility supervisory authority (act 306/2019): the Etelä-Suomen aluehallintovirasto until 31.12.2025,
## from 1.1.2026 the Lupa- ja valvontavirasto (see data/authorities.toml, obsolete_agency "aluehallintoviras").
## The supervision's web service is saavutettavuusvaatimukset.fi. Re-verify the name and address before release.
## [a11y.authority]

a11y-authority-name = Tillstånds- och tillsynsverket, tillsynen över tillgänglighet
a11y-authority-url = https://www.tillganglighetskrav.fi
