## GDPR Art. 13(1)(a), 14(1)(a)
controller-contact = den personuppgiftsansvarige har inga kontaktuppgifter
    .help = lägg till minst en av `address`, `phone`, `email` eller `website` under `controller`

## GDPR Art. 12(1); WP260 rev.01 Annex (13(1)(a))
controller-channels = den personuppgiftsansvarige kan nås endast via en kanal
    .help = ange fler än en kanal (postadress, telefon, e-post) så att de registrerade kan välja

## GDPR Art. 37(1)(a), 6(1)
controller-kind = den personuppgiftsansvariges typ har inte angetts och framgår inte av namnet, så regler som beror på om den personuppgiftsansvarige är en myndighet kan inte bedömas
    .help = lägg till `kind:` under `controller` (t.ex. `municipality`, `wellbeing_services_county`, `association`, `company`)

controller-kind-inferred = den personuppgiftsansvariges typ har inte angetts; seloste läser den ur namnet som `{ $kind }`
    .help = bekräfta den med `kind: { $kind }` under `controller` (eller ange rätt typ)

## GDPR Art. 4(7), 13(1)(a); Kuntalaki 410/2015
fi-controller-legal-person = { $case ->
        [unit] som personuppgiftsansvarig anges en enhet inom en organisation (en fakultet, avdelning eller division) utan den organisation den hör till
       *[organ] som personuppgiftsansvarig anges ett organ (en styrelse eller nämnd) utan den organisation det hör till
    }
    .help = ange organisationen (kommunen, välfärdsområdet, universitetet, myndigheten, företaget eller föreningen) i `controller.name` och organet eller enheten i `controller.organ`; en myndighets organ kan vara personuppgiftsansvarig (art. 4.7), men läsaren behöver veta vems organ det är

## Yritys- ja yhteisötietolaki 244/2001 (business ID)
fi-business-id = `{ $id }` är inte ett giltigt finskt FO-nummer (Y-tunnus)
    .help = skriv FO-numret som sju siffror, ett bindestreck och en kontrollsiffra (t.ex. 0245974-7); kontrollera det i företags- och organisationsdatasystemet FODS

## Laki hyvinvointialueesta 611/2021; järjestämislaki 612/2021
fi-controller-wellbeing-county = { $kind ->
        [joint] en samkommun
       *[municipality] en kommun
    } anges som personuppgiftsansvarig för social- eller hälsovårdstjänster, som välfärdsområdena har ordnat sedan den 1 januari 2023
    .help = ange som personuppgiftsansvarig det välfärdsområde som numera ordnar tjänsten (`kind: wellbeing_services_county`), eller, om beskrivningen är historisk, granska den med `--as-of` och beskrivningens datum

## GDPR Art. 13(1)(a), 27
representative = den personuppgiftsansvarige är inte etablerad i EU, men ingen företrädare har angetts
    .help = lägg till `representative:` med namn och kontaktuppgifter för företrädaren i EU (art. 27)

representative-not-needed = en företrädare i EU (art. 27) gäller bara en personuppgiftsansvarig som är etablerad utanför EU, och sidan skulle publicera denna person som en sådan
    .help = ange en kontaktperson under `contact_person` (en förteckning är tillåten); använd `representative` bara med `established_in_eu: false` under `controller`

## GDPR Art. 26(1)-(2)
joint-controllers-arrangement = gemensamt personuppgiftsansvariga anges, men det väsentliga innehållet i deras arrangemang framgår inte
    .help = beskriv i `joint_controllers.arrangement` vem som ansvarar för vad gentemot den registrerade, och ange en `contact_point`

## GDPR Art. 37(1)(a), 37(1)(c), 13(1)(b)
dpo-required = { $case ->
        [parish] den personuppgiftsansvarige är en offentligrättslig församling (ett offentligt organ), men beskrivningen anger inget dataskyddsombud
        [core] särskilda kategorier av personuppgifter eller uppgifter om brott behandlas, men inget dataskyddsombud anges: ett dataskyddsombud är obligatoriskt om sådan behandling i stor omfattning är den personuppgiftsansvariges kärnverksamhet (art. 37.1 c)
       *[authority] den personuppgiftsansvarige är en myndighet, men beskrivningen anger inget dataskyddsombud
    }
    .help = lägg till `dpo:` med en direkt kontaktuppgift (e-post eller telefon) till dataskyddsombudet; namnet behöver inte anges

## GDPR Art. 13(1)(b), 14(1)(b), 37(7)
dpo-contact = dataskyddsombudet har inga kontaktuppgifter
    .help = lägg till `email`, `phone` eller `address` under `dpo`

## GDPR Art. 38(4); WP243 rev.01
dpo-direct-channel = dataskyddsombudet kan nås endast via den personuppgiftsansvariges allmänna kontaktuppgifter
    .help = ange en direkt kanal till dataskyddsombudet (en egen e-postadress eller ett eget telefonnummer), inte registratorskontoret eller växeln

## GDPR Art. 38(6)
dpo-conflict = dataskyddsombudet har en roll där hen kan fatta beslut om behandlingen (`{ $role }`), vilket kan innebära en intressekonflikt
    .help = dataskyddsombudet får inte bestämma ändamålen med och medlen för behandlingen: utse en person utanför den operativa ledningen, eller motivera varför det inte föreligger någon intressekonflikt

## GDPR Art. 13(1)(c), 14(1)(c)
purposes = beskrivningen anger inget ändamål med behandlingen
    .help = lägg till `purposes:` med minst en `description` och dess `legal_basis`

## GDPR Art. 12(1)
purpose-name = ändamålet har inget namn (`name`), och dess beskrivning ({ $chars } tecken) är för lång för sammanfattningen i början av beskrivningen
    .help = lägg till `name:` med några ord (”Klientskap inom barnskyddet”); tills dess visar sammanfattningen en förkortad form av beskrivningen (högst { $max } tecken)

## GDPR Art. 13(1)(c), 14(1)(c), 6(1)
legal-basis = ändamål { $n } saknar rättslig grund enligt art. 6.1
    .help = lägg till `legal_basis:` (`public_task`, `legal_obligation`, `contract`, `consent`, `vital_interests` eller `legitimate_interests`); grunder från tiden före dataskyddsförordningen, såsom "asiakassuhde" (kundförhållande) eller "muu asiallinen yhteys" (annat sakligt samband), är inte rättsliga grunder

## GDPR Art. 6(3)
legal-basis-law = ändamål { $n } grundar sig på en rättslig förpliktelse eller en uppgift av allmänt intresse, men ingen lag anges
    .help = lägg till `laws:` med den lag där förpliktelsen eller uppgiften föreskrivs, t.ex. `1301/2014`

## GDPR Art. 6(1), last subparagraph
legitimate-interests-public-authority = en myndighet åberopar berättigade intressen (ändamål { $n })
    .help = myndigheter kan inte åberopa berättigade intressen när de fullgör sina uppgifter: använd `public_task` eller `legal_obligation` och ange lagen

## GDPR Art. 13(1)(d), 14(2)(b)
legitimate-interests-described = ändamål { $n } grundar sig på berättigade intressen utan att ange vilka intressena är
    .help = beskriv de intressen som eftersträvas i `legitimate_interests:`

## GDPR Art. 4(11), Recital 43; EDPB Guidelines 05/2020
consent-public-authority = en myndighet åberopar samtycke (ändamål { $n }), som sällan är frivilligt i förhållande till en myndighet
    .help = grunda lagstadgade uppgifter på `public_task` eller `legal_obligation`; använd samtycke endast för verkligt frivillig behandling och motivera varför samtycket är frivilligt

## GDPR Art. 5(1)(b), 13(1)(c); WP260 rev.01
purpose-catch-all = ett ändamål eller en grund som är formulerad som en generalklausul ("{ $phrase }") lämnar den registrerade i ovisshet
    .help = ange varje ändamål specifikt; ändamålen ska vara särskilda, uttryckligt angivna och berättigade

## GDPR Art. 9(2), 13(1)(c)
special-category-condition = den särskilda kategorin `{ $category }` saknar villkor enligt art. 9.2
    .help = lägg till `condition:` (t.ex. `health_social_care` för social- och hälsovård, `substantial_public_interest` tillsammans med lagen)

## GDPR Art. 9(1)-(2)
special-category-undeclared = uppgiftskategorin `{ $name }` är markerad som den särskilda kategorin `{ $category }`, som inte anges i `special_categories`
    .help = lägg till `{ $category }` i `special_categories` med dess villkor enligt art. 9.2

## GDPR Art. 9(2)(b), (g)-(j); Tietosuojalaki 1050/2018 6 §
special-category-law = villkoret `{ $condition }` för `{ $category }` kräver stöd i lag, men ingen lag anges
    .help = lägg till `laws:` med unionsrätten eller den finska lagen, t.ex. `1050/2018 6 §` eller speciallagen för området

## GDPR Art. 9(1)-(2)
special-categories-detected = beskrivningen nämner hälsorelaterade uppgifter ("{ $word }") men anger inga särskilda kategorier av personuppgifter
    .help = ange `special_categories:` (t.ex. `health`, som även omfattar rusmedelsbruk, funktionsnedsättning och graviditet) med villkoret enligt art. 9.2, eller ange varför inga sådana uppgifter behandlas

## GDPR Art. 10; Tietosuojalaki 1050/2018 7 §
criminal-data-law = personuppgifter som gäller fällande domar i brottmål och överträdelser behandlas, men ingen lag som tillåter behandlingen anges
    .help = lägg till `laws:` under `criminal_offence_data`, t.ex. `1050/2018 7 §` och speciallagen för området

## GDPR Art. 13, 14(2)(f)
sources = beskrivningen anger inte varifrån uppgifterna kommer, så det går inte att avgöra om art. 13, art. 14 eller båda är tillämpliga
    .help = lägg till `sources:` med `from_data_subject: true/false` och de andra källorna under `other` (namngivna eller beskrivna efter typ)

## GDPR Art. 14(1)(d)
data-categories = uppgifter fås från andra källor, men kategorierna av personuppgifter räknas inte upp
    .help = lägg till `data_categories:` med `name` och `items` för varje kategori

## GDPR Art. 13(1)(e), 14(1)(e); WP260 rev.01
recipients = beskrivningen anger inte om uppgifter lämnas ut till någon
    .help = räkna upp mottagarna under `recipients:`, eller skriv `recipients: []` för att ange att uppgifter inte lämnas ut

## GDPR Art. 13(1)(e); WP260 rev.01 Annex
recipients-specific = mottagare { $n } är en bred kategori ("{ $word }")
    .help = namnge mottagarna, eller ange kategorin så specifikt som möjligt (typ, bransch, plats) tillsammans med den lag som tillåter utlämnandet

## GDPR Art. 4(9), 13(1)(e); WP260 rev.01
processors = informationssystem nämns, men beskrivningen anger inte vem som behandlar uppgifter för den personuppgiftsansvariges räkning
    .help = räkna upp systemleverantörer, leverantörer av serverdrift och producenter av köpta tjänster under `processors:`, eller skriv `processors: []` om det inte finns några

## GDPR Art. 13(1)(f), 14(1)(f)
transfers = beskrivningen anger inte om uppgifter överförs till länder utanför EU/EES
    .help = skriv `transfers: []` för att ange att inga överföringar görs, eller räkna upp varje överföring med dess skyddsåtgärd

## GDPR Art. 13(1)(f), 14(1)(f), 45-49
transfer-safeguard = överföring { $n } anger inte beslut om adekvat skyddsnivå, skyddsåtgärd eller undantag
    .help = lägg till `safeguard:` (t.ex. `adequacy_decision`, `standard_contractual_clauses`) och `copy:` som anger hur man får en kopia av skyddsåtgärderna

## GDPR Art. 13(1)(f); WP260 rev.01 Annex
transfer-countries = överföring { $n } anger inte vilka tredjeländer det gäller
    .help = lägg till `countries:` med de länder (eller internationella organisationer) dit uppgifterna överförs

## GDPR Art. 49(1)(a)
transfer-consent-risks = överföring { $n } grundar sig på uttryckligt samtycke men beskriver inte riskerna
    .help = beskriv i `description:` de eventuella risker som överföringen kan innebära när beslut om adekvat skyddsnivå och lämpliga skyddsåtgärder saknas

## GDPR Art. 13(2)(a), 14(2)(a)
retention = beskrivningen anger inte hur länge uppgifterna förvaras
    .help = lägg till `retention:` med `period` (eller de kriterier som används för att fastställa förvaringstiden) för varje slag av uppgifter och de `laws` som föreskriver den; för kundhandlingar inom socialvården, se lagen om behandling av kunduppgifter inom social- och hälsovården (703/2023)

## GDPR Art. 13(2)(a); WP260 rev.01 Annex
retention-specific = punkt { $n } om förvaringstid anger ingen tid som läsaren kan tillämpa ("{ $phrase }")
    .help = ange tiden eller ett kriterium för varje slag av uppgifter, t.ex. "10 år efter att ärendet har avslutats (703/2023)"; en arkivbildningsplan eller "så länge det behövs" räcker inte

## GDPR Art. 13(2)(b), 14(2)(c), 15
right-access = beskrivningen anger inte rätten att få tillgång till uppgifterna (art. 15)
    .help = lägg till `rights: {"{"}access: true{"}"}` (standardtexten) eller en mappning med `how` och eventuella begränsningar; om den rättsliga grunden ännu inte har angetts, rapporteras detta som information

## GDPR Art. 13(2)(b), 14(2)(c), 16
right-rectification = beskrivningen anger inte rätten till rättelse (art. 16)
    .help = lägg till `rights: {"{"}rectification: true{"}"}` (standardtexten) eller en mappning med `how` och eventuella begränsningar; om den rättsliga grunden ännu inte har angetts, rapporteras detta som information

## GDPR Art. 13(2)(b), 14(2)(c), 18
right-restriction = beskrivningen anger inte rätten till begränsning av behandlingen (art. 18)
    .help = lägg till `rights: {"{"}restriction: true{"}"}` (standardtexten) eller en mappning med `how` och eventuella begränsningar; om den rättsliga grunden ännu inte har angetts, rapporteras detta som information

## GDPR Art. 13(2)(b), 14(2)(c), 17
right-erasure = beskrivningen anger inte rätten till radering (art. 17)
    .help = lägg till `rights: {"{"}erasure: true{"}"}` (standardtexten) eller en mappning med `how` och eventuella begränsningar; om den rättsliga grunden ännu inte har angetts, rapporteras detta som information

## GDPR Art. 17(3)(b)
right-erasure-limited = rätten till radering utlovas utan begränsning, trots att all behandling grundar sig på en rättslig förpliktelse eller en uppgift av allmänt intresse
    .help = ange begränsningen under `erasure` (`description` eller `how`): uppgifter raderas inte i den utsträckning behandlingen är nödvändig för den rättsliga förpliktelsen eller uppgiften av allmänt intresse (art. 17.3 b); hänvisa till den lag som föreskriver förvaringstiden

## GDPR Art. 13(2)(b), 14(2)(c), 21(1)
right-object = beskrivningen anger inte rätten att göra invändningar (art. 21)
    .help = lägg till `rights: {"{"}object: true{"}"}` (standardtexten) eller en mappning med `how` och eventuella begränsningar; om den rättsliga grunden ännu inte har angetts, rapporteras detta som information

## GDPR Art. 21(2)-(4)
right-object-direct-marketing = uppgifterna används för direktmarknadsföring, men den ovillkorliga rätten att göra invändningar anges inte
    .help = lägg till `rights: {"{"}object: ...{"}"}` som anger att den registrerade när som helst och kostnadsfritt kan invända mot direktmarknadsföring

## GDPR Art. 13(2)(b), 14(2)(c), 20
right-portability = beskrivningen anger inte rätten att flytta uppgifterna från ett system till ett annat (art. 20)
    .help = lägg till `rights: {"{"}portability: true{"}"}` (standardtexten) eller en mappning med `how` och eventuella begränsningar; om den rättsliga grunden ännu inte har angetts, rapporteras detta som information

## GDPR Art. 21(1), 12(1)
right-object-denied = texten om rätten att invända säger att den registrerade inte kan invända
    .help = beskriv vad rätten omfattar och var lagen begränsar den (t.ex. utlämnanden som lagen kräver), eller skriv `applies: false` med `reason`; seloste publicerar texten som beskrivningens egen, inte under rubriken ”Din rätt att göra invändningar mot behandlingen”

## GDPR Art. 17(3)(b), 20(3), 21(1)
rights-together-twice = `{ $right }` anges mer än en gång; sidan anger den bara där den anges först
    .help = ange rättigheten på ett ställe: för sig under `rights` eller i en post under `together`

right-not-applicable = { $right ->
        [portability] rätten till dataportabilitet (art. 20)
       *[object] rätten att göra invändningar (art. 21)
    } utlovas, men den gäller inte vid de angivna rättsliga grunderna
    .help = ta bort löftet eller skriv `{ $right }: {"{"}applies: false, reason: ...{"}"}`; en rättighet som inte kan utövas vilseleder läsaren

## GDPR Art. 13(2)(c), 14(2)(d), 7(3)
consent-withdrawal = { $case ->
       *[basis] behandlingen grundar sig på samtycke, men rätten att när som helst återkalla samtycket anges inte
        [disclosure] uppgifter lämnas ut med den registrerades samtycke, men beskrivningen anger inte om och hur samtycket kan återkallas
        [text] beskrivningen nämner samtycke, men rätten att när som helst återkalla samtycket anges inte
    }
    .help = lägg till `rights: {"{"}withdraw_consent: ...{"}"}`: samtycket kan återkallas när som helst, lika enkelt som det gavs, utan att det påverkar lagligheten av behandlingen innan det återkallades

## GDPR Art. 22(1), (3); 13(2)(f)
right-automated-decision = { $case ->
        [law] automatiserade beslut som är tillåtna enligt lag fattas (art. 22.2 b): ange vilken lag som tillåter dem och vilka skyddsåtgärder den föreskriver; rättigheterna i art. 22.3 gäller beslut som grundar sig på avtal eller uttryckligt samtycke
       *[safeguards] automatiserade beslut fattas, men rätten till mänskligt ingripande och rätten att bestrida beslutet anges inte
    }
    .help = lägg till `rights: {"{"}automated_decision: ...{"}"}` som beskriver hur den registrerade kan få till stånd mänskligt ingripande, framföra sin synpunkt och bestrida beslutet

## GDPR Art. 12(2); WP260 rev.01 Annex (13(2)(b))
rights-how-to = beskrivningen anger inte hur rättigheterna utövas
    .help = lägg till `requests:` som anger vart begäranden ska skickas (e-post, adress, blankett), eller en `how` för varje rättighet

## GDPR Art. 13(2)(d), 14(2)(e), 77
complaint = rätten att lämna in klagomål till en tillsynsmyndighet anges inte
    .help = lägg till `complaint: {"{"}authority: fi_ombudsman{"}"}`; seloste lägger till dataombudsmannens aktuella kontaktuppgifter. Det räcker inte att nämna rätten endast som en möjlighet efter en avslagen begäran: det är en allmän rättighet

## GDPR Art. 12(1), 13, 14
standard-statement = seloste lägger till standardtexten ”{ $item }” i den personuppgiftsansvariges namn: beskrivningen anger det inte själv
    .help = kontrollera att standardtexten ({ $text }) stämmer för detta register och skriv punkten i beskrivningen om den inte gör det; `standard_texts = "declared-only"` i seloste.toml publicerar bara det som beskrivningarna anger

## GDPR Art. 13(2)(e)
statutory-requirement = beskrivningen anger inte om det är obligatoriskt att lämna uppgifterna och vilka följderna blir om de inte lämnas
    .help = lägg till `statutory_requirement:` med `basis` (statutory, contractual, contract_prerequisite, voluntary, mixed) och `consequences`

## GDPR Art. 13(2)(f), 14(2)(g); WP260 rev.01
automated-decisions-declared = beskrivningen anger inte om automatiserat beslutsfattande eller profilering används
    .help = lägg till `automated_decisions: {"{"}used: false{"}"}` (eller `true` med `logic` och `significance`)

## GDPR Art. 13(2)(f), 14(2)(g), 22
automated-decisions-logic = automatiserade beslut fattas, men logiken bakom dem eller deras betydelse och förutsedda följder beskrivs inte
    .help = lägg till `logic:` (meningsfull information om logiken bakom) och `significance:` (de förutsedda följderna för den registrerade)

## GDPR Art. 12(1); WP260 rev.01 (changes to information)
notice-date = beskrivningen saknar datum
    .help = lägg till `updated:` (och `published:`) så att läsaren ser hur aktuell beskrivningen är

## GDPR Art. 5(1)(d), 12(1)
date-order = { $case ->
        [order] beskrivningen uppdaterades ({ $updated }) innan den publicerades ({ $published })
       *[future] `{ $key }` ({ $date }) är senare än granskningsdatumet ({ $as_of })
    }
    .help = kontrollera datumen: publicerad ≤ uppdaterad ≤ granskningsdatum

## GDPR Art. 5(1)(d), 12(1)
stale = beskrivningen uppdaterades senast den { $date }, mer än { $months } månader före den { $as_of }
    .help = granska beskrivningen mot gällande lag och praxis och uppdatera `updated:`; gränsen kan ställas in (`stale_months` i seloste.toml)

## WP260 rev.01 (changes to Art 13/14 information)
change-log = beskrivningen innehåller ingen förteckning över ändringar
    .help = lägg till `changes:` med datum och en beskrivning av varje ändring, så att läsaren ser vad som har ändrats

## GDPR Art. 12(1); Kielilaki 423/2003
language-coverage = den här texten { $case ->
       *[missing] saknar { $missing }
        [extra] har { $extra }, som inte anges i `languages`
        [both] saknar { $missing } och har { $extra }, som inte anges i `languages`
    }
    .help = ge texten på alla språk som räknas upp i `languages`, eller justera `languages`

## GDPR Art. 5(1)(a), 13(1)(c); Finnish statute data
law-repealed = `{ $cite }` hänvisar till { $act }, som upphävdes den { $date }{ $after_update ->
        [yes] {" "}efter att beskrivningen senast uppdaterades
       *[no] {""}
    }
    .help = { $successor ->
        [none] hänvisa i stället till den gällande författningen (enligt författningsdata i seloste har den ingen direkt efterföljare)
       *[other] hänvisa i stället till den gällande författningen: { $successor }
    }

## Finnish statute citation practice (Finlex: number/year)
law-citation-form = `{ $written }` har inte formen nummer/år
    .help = skriv `{ $number }`

## GDPR Art. 13(1)(c); Finnish statute data
law-title-mismatch = rubriken "{ $title }" hör inte till { $number }{ $owners ->
        [none] {""}
       *[other] {" "}utan till { $owners }
    }
    .help = rätta numret eller rubriken{ $hint ->
        [known] ; { $number } är { $act }
        [unknown] ; { $number } är ingen känd författning; avsåg du { $act }?
       *[none] {""}
    }

## Finnish statute data (former titles)
law-renamed = "{ $old }" är en tidigare rubrik för { $number }
    .help = använd den nuvarande rubriken: { $title }

## Finnish statute data
law-unknown = { $number } finns inte i författningsdata i seloste
    .help = kontrollera numret i Finlex (https://www.finlex.fi); om det är rätt kan datafilen `data/statutes.toml` kompletteras

## Finnish statute data
law-misspelled = "{ $typo }" ser ut att vara en felstavning av { $name }
    .help = skriv "{ $name }"

## GDPR Art. 12(1), 13(1)(e), 14(2)(f); Finnish agency reforms
obsolete-agency = "{ $name }" finns inte längre (sedan { $since })
    .help = ange efterträdaren: { $successor }

## GDPR Art. 13(2)(d), 14(2)(e), 77
fi-sa-contact = föråldrad kontaktuppgift till dataombudsmannen: { $found }
    .help = använd de aktuella kontaktuppgifterna (Fågelviksgränden 4, 00530 Helsingfors; PB 800, 00531 Helsingfors; tietosuoja@om.fi; 029 566 6700; https://tietosuoja.fi) eller utelämna dem: seloste skriver ut de aktuella uppgifterna

## GDPR Art. 12(1), 15; repealed henkilötietolaki 523/1999 26-28 §
pda-wording = texten återger en formulering ur den upphävda personuppgiftslagen: "{ $phrase }"
    .help = beskriv rättigheten så som dataskyddsförordningen anger den (art. 15: tillgång till uppgifterna och en kopia av dem; inga förhandsvillkor som att uppge "de omständigheter som behövs för att hitta uppgifterna")

## GDPR Art. 12(5), 15(3)
fee-once-a-year = beskrivningen tar ut en avgift för tillgång om det har gått mindre än ett år sedan den föregående granskningen, en regel från den upphävda personuppgiftslagen
    .help = ange att tillgången är avgiftsfri; en rimlig avgift får tas ut endast för ytterligare kopior (art. 15.3) eller för uppenbart ogrundade eller orimliga begäranden (art. 12.5)

## GDPR Art. 12(2), 12(3)
request-handwritten = begäranden ska undertecknas egenhändigt eller lämnas personligen ("{ $phrase }")
    .help = ta emot begäranden även elektroniskt (e-post, e-tjänst) och kontrollera identiteten endast i den mån det behövs (art. 12.6)

## GDPR Art. 12(1) (clear and plain language); terminology of the GDPR
legacy-terms = "{ $phrase }" är en term från den upphävda personuppgiftslagen
    .help = använd dataskyddsförordningens termer: "dataskyddsbeskrivning" ("tietosuojaseloste"), "rätt att få tillgång till uppgifterna" ("oikeus saada pääsy tietoihin"), "utlämnande av uppgifter" ("tietojen luovutus")

## GDPR Art. 12(1); WP260 rev.01 para 12-13
hedging-words = vag formulering "{ $phrase }" där beskrivningen borde vara specifik
    .help = ange vad som faktiskt görs och när, i stället för vad som "kan" göras "vid behov"

## GDPR Art. 13(1)(a)-(b), 12(1)
placeholder-text = en platshållare från mallen har lämnats kvar i beskrivningen: "{ $phrase }"
    .help = ersätt den med den verkliga uppgiften (t.ex. en fungerande e-postadress, såsom en gemensam e-postlåda)

## GDPR Art. 12(1), 12(2)
url-format = "{ $value }" { $problem ->
        [http] använder http:// i stället för https://
        [scheme] är inte en http(s)-adress
        [no-scheme] saknar https:// i början
        [invalid] är inte en giltig webbadress
       *[not-web] är inte en webbadress
    }
    .help = skriv en fullständig adress som börjar med https://

## GDPR Art. 13(1)(a)-(b)
phone-format = "{ $value }" ser inte ut som ett telefonnummer
    .help = skriv numret med riktnummer (040 555 0101) eller i internationell form (+358 40 555 0101); en anmärkning kan följa inom parentes

## GDPR Art. 13(1)(c), 14(1)(c), 6(1), 7
legal-basis-wording = enligt texten i ändamål { $n } grundar sig behandlingen på { $named ->
        [consent] samtycke
       *[law] lag
    }, men den angivna rättsliga grunden är { $declared ->
        [none] ingen
       *[other] art. 6 { $declared }
    }: "{ $sentence }"
    .help = låt texten och `legal_basis` säga samma sak: samtycke är en grund bara om personen kan vägra och återkalla det utan nackdel; en lagstadgad uppgift eller skyldighet är `public_task` eller `legal_obligation`

## GDPR Art. 13(1)(c), 13(3), 14(4), 6(4)
further-purpose = enligt beskrivningen används uppgifterna också för { $purpose ->
        [statistics] statistik
        [research] forskning
        [development] utveckling
       *[marketing] marknadsföring
    } ("{ $word }"), men inget ändamål anger det med rättslig grund
    .help = lägg till användningen under `purposes:` med dess rättsliga grund (`legal_basis`, `laws:`), eller stryk meningen om uppgifterna inte används så

## GDPR Art. 5(1)(e), 13(2)(a), 14(2)(a)
retention-ended = förvaringstiden upphörde { $date }, före { $as_of }
    .help = uppgifterna borde redan ha raderats eller arkiverats; uppdatera tiden eller berätta vad som nu sker med uppgifterna

## GDPR Art. 13(1)(e), 14(1)(e); WP260 rev.01 Annex
recipients-catch-all = "{ $phrase }" säger inte vem som får uppgifterna
    .help = nämn varje mottagare eller kategori av mottagare (t.ex. FPA, polisen, Skatteförvaltningen), vad som lämnas ut och den lag som tillåter det under `laws:`

## GDPR Art. 13(2)(d), 14(2)(e), 77
complaint-authority = rätten att lämna in klagomål nämner inte tillsynsmyndigheten
    .help = lägg till `authority: fi_ombudsman` (dataombudsmannen, vars kontaktuppgifter då publiceras), eller nämn myndigheten i texten

## GDPR Art. 77(1), 13(2)(d)
complaint-conditional = rätten att klaga erbjuds bara efter ett avslag: "{ $sentence }"
    .help = enligt artikel 77 får den registrerade när som helst klaga hos tillsynsmyndigheten utan att först vända sig till den personuppgiftsansvarige; säg det, t.ex. "Du har rätt att lämna in klagomål till dataombudsmannen om du anser att behandlingen av dina personuppgifter strider mot dataskyddsförordningen."

## GDPR Art. 12(1), Recital 58
children-information = de registrerade omfattar barn ("{ $word }"), men beskrivningen säger inte var information skriven för dem finns
    .help = artikel 12.1 kräver information riktad till barn på ett språk som barn förstår: lägg till en kort lättläst version eller berätta under `notes` var den finns (t.ex. hos socialarbetaren)

## GDPR Art. 9(2)(h), 9(3), 13(1)(c); Tietosuojalaki 1050/2018 6 §; 703/2023
sote-register-basis = ett klientregister inom social- och hälsovården, men beskrivningen { $missing ->
        [condition] anger inte hälsouppgifter enligt artikel 9.2 h
        [law] hänvisar inte till klientuppgiftslagen 703/2023
       *[both] anger varken hälsouppgifter enligt artikel 9.2 h eller hänvisar till klientuppgiftslagen 703/2023
    }
    .help = lägg till `special_categories:` med `category: health`, `condition: health_social_care` och `laws: ["703/2023", "1050/2018 6 §"]`: klientuppgifter inom social- och hälsovården behandlas för vård och tjänster enligt artikel 9.2 h och klientuppgiftslagen

## GDPR Art. 15; 703/2023 (käyttö- ja luovutuslokit)
sote-log-data = beskrivningen berättar inte att klienten kan få veta vem som har använt eller fått hens uppgifter (logguppgifter)
    .help = lägg till i rättigheterna eller deras anmärkningar att klienten kan få uppgifterna ur användnings- och utlämnandeloggarna, och hur man begär dem

## 703/2023 (sosiaalihuollon asiakasrekisteri); GDPR Art. 13(1)(a), 13(1)(c)
sote-register-per-service = "{ $title }" nämner en enda tjänst; enligt klientuppgiftslagen 703/2023 har anordnaren av socialvård ett klientregister för alla sina tjänster
    .help = publicera beskrivningen av anordnarens klientregister inom socialvården och beskriv tjänsterna i den; tjänstespecifika register är ett arv från lag 254/2015

## GDPR Art. 4(8), 28, 13(1)(e)
processor-named = systemet "{ $system }" levereras eller underhålls av { $company }, som inte finns bland personuppgiftsbiträdena
    .help = lägg till { $company } under `processors:` med tjänsten, eller berätta i systemets beskrivning att det inte behandlar personuppgifter för er räkning

## GDPR Art. 13(1)(f), 14(1)(f), 44-49
transfer-service = "{ $service }" nämns, men beskrivningen anger ingen överföring utanför EU/EES
    .help = tjänstens leverantör är etablerad utanför EU/EES eller kan överföra uppgifter dit: ange överföringen under `transfers:` med skyddsåtgärd (t.ex. ramen för dataskydd mellan EU och USA eller standardavtalsklausuler), eller berätta i anmärkningarna att uppgifterna stannar inom EU/EES och varför

## Kielilaki 423/2003 6 §, 32 §; VNa 1385/2022; GDPR Art. 12(1)
fi-bilingual-authority = { $authority } är en tvåspråkig myndighet ({ $source }), men beskrivningen publiceras inte på { $missing ->
        [sv] svenska
       *[fi] finska
    }
    .help = en tvåspråkig myndighet informerar allmänheten på finska och svenska (språklagen 32 §): lägg till `{ $missing }` under `languages:` och dess texter

## 703/2023 (Kanta-palvelut); GDPR Art. 13(1)(e), 14(1)(e)
sote-kanta = { $missing ->
        [kanta] beskrivningen av ett klientregister inom social- och hälsovården nämner inte Kanta-tjänsterna
       *[prohibition] beskrivningen nämner Kanta-tjänsterna men inte klientens rätt att förbjuda utlämnande från dem
    }
    .help = berätta om klienthandlingarna sparas i Kanta-tjänsterna (patientdataarkivet eller klientdataarkivet för socialvården), och hur klienten ser dem i Mina Kanta-sidor och kan förbjuda utlämnanden

## GDPR Art. 15, 23; Tietosuojalaki 1050/2018 34 §
access-restriction-ground = enligt beskrivningen kan rätten till insyn vägras eller begränsas, men ingen grund anges
    .help = en begränsning måste grunda sig på artikel 23 och dataskyddslagen 1050/2018 34 § (eller en speciallag): hänvisa till den och håll dig till dess grunder (t.ex. allvarlig fara för den registrerades hälsa eller vård eller för någon annans rättigheter)

## GDPR Art. 13(2)(a), 5(1)(e); 703/2023 24 § and annex
retention-statutory = förvaringstiden är kortare än lagens för { $documents }: { $law } (703/2023, bilaga)
    .help = ange förvaringstiden i bilagan till klientuppgiftslagen 703/2023 och hänvisa till `703/2023` under `laws:`; handlingarna får inte förstöras tidigare
