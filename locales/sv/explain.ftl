## Kontrollerna före reglerna

file-too-large-doc =
    .what = Filen är högst 2 MiB, vilket är den största storlek en beskrivning får ha.
    .why = En dataskyddsbeskrivning är några sidor text. Gränsen gör att kontrollen och publiceringen går snabbt och har en övre gräns oavsett indata; en större fil är oftast fel fil.

file-encoding-doc =
    .what = Filen är i UTF-8 (en byteordningsmarkering, BOM, är tillåten).
    .why = seloste läser endast UTF-8, så att å, ä och ö återges som de är skrivna. En fil som en gammal Windows-editor har sparat i Windows-1252, eller en fil i UTF-16, skulle annars läsas fel.

file-empty-doc =
    .what = Filen innehåller en beskrivning, inte bara kommentarer eller tomma rader.
    .why = En tom fil i mappen med beskrivningar är nästan alltid ett misstag; den rapporteras i stället för att hoppas över, så att ingenting i tysthet lämnas opublicerat.

yaml-syntax-doc =
    .what = Filen är giltig YAML 1.2 och innehåller ett enda dokument.
    .why = En beskrivning läses som YAML. Ett syntaxfel gör hela beskrivningen oläslig, så felet rapporteras på exakt den rad där det finns, med en ledtråd (indrag, citattecken, tabbtecken).

yaml-duplicate-key-doc =
    .what = Ingen nyckel förekommer två gånger i samma mappning.
    .why = Om en nyckel upprepas skulle det ena av de två värdena gå förlorat utan förvarning; seloste gissar inte vilket av dem författaren avsåg.

yaml-limits-doc =
    .what = YAML-strukturen håller sig inom gränserna för nästling, storlek och alias (se SECURITY.md).
    .why = Djup nästling och alias som upprepar stora delar (”aliasbomber”) kan få en liten fil att svälla till flera gigabyte. En beskrivning behöver ingetdera, och gränserna gör att varje kontroll har en övre gräns.

schema-unknown-key-doc =
    .what = Varje nyckel är en nyckel som formatet känner till på det stället.
    .why = En felstavad nyckel skulle annars ignoreras, och uppgifterna i den skulle saknas i den publicerade beskrivningen utan att någon märker det.

schema-missing-key-doc =
    .what = Alla obligatoriska nycklar finns.
    .why = De obligatoriska nycklarna innehåller de uppgifter som artiklarna 13 och 14 i dataskyddsförordningen kräver i varje beskrivning, eller som verktyget behöver för att publicera den (id, rubrik, språk).

schema-type-doc =
    .what = Varje värde har den typ som formatet förväntar sig (text, lista, mappning, true/false).
    .why = Ett värde av fel typ kan inte publiceras som avsett; YAML omvandlar dessutom värden utan citattecken, såsom `no` eller `2024-05-31`, till andra typer än text.

schema-enum-doc =
    .what = Värden med en fast uppsättning alternativ (rättsliga grunder, språk, organisationstyper) har ett av de tillåtna värdena.
    .why = Reglerna och standardtexterna är beroende av dessa värden; ett värde utanför uppsättningen skulle varken kontrolleras eller publiceras korrekt.

schema-format-doc =
    .what = Datum, e-postadresser, webbadresser, beskrivningens id och andra värden med en bestämd form har den formen och håller sig inom längdgränserna.
    .why = Läsarna måste kunna använda kontaktuppgifterna, och id:t blir adressen till den publicerade beskrivningen.

schema-empty-doc =
    .what = Texter, listor och språkversioner som måste ha ett innehåll är inte tomma.
    .why = Ett tomt värde säger ingenting; de uppgifter som det borde innehålla skulle saknas i beskrivningen.

schema-duplicate-item-doc =
    .what = En lista anger inte samma värde två gånger.
    .why = Ett upprepat värde är oftast ett kopieringsfel och skulle publiceras två gånger.

schema-invalid-doc =
    .what = Varje värde har en form som formatet tillåter.
    .why = Ett värde som formatet inte kan läsa (såsom ett datum som inte finns) kan varken kontrolleras eller publiceras.

suppression-unknown-rule-doc =
    .what = Varje undantag i beskrivningens `suppress`-lista anger en befintlig regel.
    .why = Ett undantag med ett felstavat regel-id undantar ingenting, så den anmärkning som det var avsett för skulle ändå rapporteras, eller så skulle en granskare felaktigt tro att anmärkningen var hanterad.

suppression-unused-doc =
    .what = Varje undantag i beskrivningens `suppress`-lista motsvarar fortfarande en anmärkning.
    .why = Ett undantag som inte motsvarar någon anmärkning är kvar från en tidigare version; när det tas bort förblir förteckningen över godtagna undantag korrekt.

findings-truncated-doc =
    .what = Högst 1 000 anmärkningar per fil rapporteras, och det anges hur många fler det fanns.
    .why = En genererad eller trasig fil kan ge hundratusentals anmärkningar; om alla listades skulle rapporten bli oläslig och långsam. Slutkoden tar ändå hänsyn till dem alla.

text-nesting-doc =
    .what = Listor, citat och betoningar i en text är nästlade i högst 8 nivåer.
    .why = Den publicerade beskrivningen visar högst 8 nivåer; djupare nivåer återges på samma nivå, så texten skulle inte se ut som den är skriven. En beskrivning behöver ingen djupare struktur.

text-glyphs-doc =
    .what = Varje tecken i en text kan visas med de typsnitt som är inbäddade i PDF-filen; tecken från symboltypsnitt som klistrats in från Word rapporteras.
    .why = PDF-filen är arkivexemplaret. Ett tecken som inget inbäddat typsnitt har skulle visas som en ruta, och Words punkttecken från symboltypsnitt är tecken för privat bruk (Private Use Area) som inte betyder något utanför Word.

text-heading-length-doc =
    .what = Namn som visas som rubriker är högst 500 tecken långa.
    .why = PDF-filen förkortar längre rubriker; ett så långt namn är oftast en beskrivning som har skrivits i namnfältet.

text-word-length-doc =
    .what = En text innehåller inget ord och ingen adress som är längre än 1 000 tecken utan mellanslag.
    .why = PDF-filen bryter sådana ord i rader om 40 tecken och visar mycket långa länkar som text; sådana ord är oftast text som klistrats in utan mellanslag eller en kodad adress.

## Reglerna

controller-contact-doc =
    .what = Uppgifterna om den personuppgiftsansvarige innehåller minst ett sätt att kontakta den personuppgiftsansvarige. Även kontaktpersonens, den ansvariga personens, adressen för begäranden och dataskyddsombudets postadress räknas.
    .why = Artikel 13.1 a och 14.1 a kräver ”identitet och kontaktuppgifter för den personuppgiftsansvarige”.

controller-channels-doc =
    .what = Den personuppgiftsansvarige har minst två av följande: postadress, telefonnummer och e-postadress. Även kontaktpersonens, den ansvariga personens, adressen för begäranden och dataskyddsombudets postadress räknas.
    .why = Riktlinjerna om transparens (WP260 rev.01) förutsätter att den registrerade kan kommunicera med den personuppgiftsansvarige på olika sätt.

controller-kind-doc =
    .what = Den personuppgiftsansvarige anger vilken typ av organisation den är.
    .why = Huruvida den personuppgiftsansvarige är en offentlig myndighet avgör om ett dataskyddsombud är obligatoriskt (art. 37.1 a) och om berättigade intressen kan användas som rättslig grund (art. 6.1 andra stycket).

controller-kind-inferred-doc =
    .what = Den personuppgiftsansvariges typ är angiven och inte bara härledd ur namnet.
    .why = Om den personuppgiftsansvarige är en myndighet avgör om ett dataskyddsombud är obligatoriskt (art. 37.1 a) och om behandlingen kan grunda sig på berättigat intresse (art. 6.1 andra stycket). När `kind` saknas läser seloste typen ur namnets ord (kaupunki, kunta, hyvinvointialue, kuntayhtymä, seurakunta, yliopisto, virasto, ry, säätiö, Oy och deras svenska former) och bedömer reglerna därefter; att ange typen gör bedömningen till juristens och inte verktygets.

fi-controller-legal-person-doc =
    .what = Av den personuppgiftsansvariges namn framgår vilken organisation det är fråga om, inte enbart ett av dess organ (en nämnd, en sektion) eller enheter (en fakultet, en avdelning).
    .why = Enligt artikel 4.7 är den personuppgiftsansvarige en fysisk eller juridisk person, offentlig myndighet, institution eller annat organ som bestämmer ändamålen och medlen för behandlingen; en kommunal nämnd kan som myndighet själv vara personuppgiftsansvarig. Beskrivningen får ändå inte utelämna vems organ eller enhet det är: enbart ”grundtrygghetsnämnden” eller ”medicinska fakulteten” gör den registrerade osäker på vilken organisation som ansvarar (art. 13.1 a).

fi-business-id-doc =
    .what = `controller.business_id` har formen `NNNNNNN-C` och en korrekt kontrollsiffra.
    .why = Ett felaktigt FO-nummer identifierar fel organisation (art. 13.1 a, den personuppgiftsansvariges identitet).

fi-controller-wellbeing-county-doc =
    .what = En beskrivning som gäller social- eller hälsovårdstjänster och som granskas per 2023 eller senare anger inte en kommun eller en samkommun som personuppgiftsansvarig (med undantag av Helsingfors och kommunerna på Åland; miljöhälsovården stannade hos kommunerna).
    .why = Sedan den 1 januari 2023 har ansvaret för att ordna social- och hälsovården övergått från kommunerna till 21 välfärdsområden (lagen om välfärdsområden 611/2021 och lagen om ordnande av social- och hälsovård 612/2021); Helsingfors stad har kvar ansvaret. Välfärdsområdet är personuppgiftsansvarigt för klientregistret.

representative-doc =
    .what = En personuppgiftsansvarig med `established_in_eu: false` anger sin företrädare.
    .why = Artikel 13.1 a kräver i tillämpliga fall kontaktuppgifter för den personuppgiftsansvariges företrädare; enligt artikel 27 ska personuppgiftsansvariga utanför unionen utse en sådan företrädare.

representative-not-needed-doc =
    .what = `representative` används bara av en personuppgiftsansvarig som är etablerad utanför EU.
    .why = Enligt artikel 27 ska en personuppgiftsansvarig eller ett personuppgiftsbiträde som inte är etablerat i unionen utse en företrädare i unionen, och artikel 13.1 a kräver företrädarens kontaktuppgifter. En finsk stad, ett välfärdsområde eller en förening har ingen sådan; en person som anges där är oftast kontaktperson, och sidan skulle presentera personen som "företrädare i EU".

joint-controllers-arrangement-doc =
    .what = `joint_controllers` har ett `arrangement`.
    .why = Artikel 26.2: ”Det väsentliga innehållet i arrangemanget ska göras tillgängligt för den registrerade.”

dpo-required-doc =
    .what = En myndighet eller ett offentligt organ (även en evangelisk-luthersk eller ortodox församling) anger sitt dataskyddsombud; en personuppgiftsansvarig som behandlar särskilda kategorier av personuppgifter eller uppgifter om brott uppmanas att bedöma art. 37.1 c.
    .why = Enligt artikel 37.1 a ska en myndighet eller ett offentligt organ utse ett dataskyddsombud, och enligt artikel 37.1 c gäller detsamma när den personuppgiftsansvariges kärnverksamhet består av behandling i stor omfattning av särskilda kategorier av personuppgifter eller uppgifter om brott; artikel 13.1 b och 14.1 b kräver att dataskyddsombudets kontaktuppgifter anges i beskrivningen.

dpo-contact-doc =
    .what = Uppgifterna om dataskyddsombudet innehåller minst en kontaktkanal.
    .why = Artikel 13.1 b kräver ”kontaktuppgifter för dataskyddsombudet”; enbart namnet räcker inte.

dpo-direct-channel-doc =
    .what = Dataskyddsombudets e-postadress och telefonnummer skiljer sig från den personuppgiftsansvariges allmänna e-postadress och telefonnummer.
    .why = De registrerade får kontakta dataskyddsombudet direkt (art. 38.4); Artikel 29-arbetsgruppens riktlinjer om dataskyddsombud (WP243) och dataombudsmannen rekommenderar en egen kontaktkanal.

dpo-conflict-doc =
    .what = Dataskyddsombudet är varken registrets ansvarsperson eller i en ledande ställning i fråga om behandlingen.
    .why = Enligt artikel 38.6 får dataskyddsombudets övriga uppgifter inte leda till en intressekonflikt; enligt dataombudsmannens anvisningar är befattningar där man bestämmer ändamålen och medlen för behandlingen uteslutna. Det typiska fallet är att samma person också är registrets kontaktperson eller ansvarsperson.

purposes-doc =
    .what = Beskrivningen anger minst ett ändamål.
    .why = Artikel 13.1 c och 14.1 c: ”Ändamålen med den behandling för vilken personuppgifterna är avsedda”.

purpose-name-doc =
    .what = Ett ändamål utan namn (`name`) vars beskrivning är längre än sammanfattningen visar i sin helhet.
    .why = Artikel 12.1: informationen ska lämnas i en koncis, klar och tydlig, begriplig och lätt tillgänglig form. Sammanfattningen i början (”I korthet”) visar en rad per ändamål, så att den som läser på en mobil genast ser varför uppgifterna behandlas; en lång beskrivning blir där en textmassa.

legal-basis-doc =
    .what = Varje ändamål anger sin rättsliga grund enligt artikel 6.1.
    .why = Artikel 13.1 c kräver ”den rättsliga grunden för behandlingen”; enligt WP260 ska den specifika punkten i artikel 6.1 anges. Vilka rättigheter som gäller beror på den (art. 17.3 b, 20 och 21).

legal-basis-law-doc =
    .what = Ett ändamål med grunden `legal_obligation` eller `public_task` hänvisar till den lag som det grundar sig på.
    .why = Enligt artikel 6.3 ska grunden för behandling enligt artikel 6.1 c och e fastställas i unionsrätten eller i en medlemsstats nationella rätt.

legitimate-interests-public-authority-doc =
    .what = En personuppgiftsansvarig av offentlig typ använder inte `legitimate_interests`.
    .why = Artikel 6.1 andra stycket: ”Led f i första stycket ska inte gälla för behandling som utförs av offentliga myndigheter när de fullgör sina uppgifter.”

legitimate-interests-described-doc =
    .what = Ett ändamål som grundar sig på berättigade intressen beskriver intressena.
    .why = Artikel 13.1 d: ”Om behandlingen är baserad på artikel 6.1 f, den personuppgiftsansvariges eller en tredje parts berättigade intressen.”

consent-public-authority-doc =
    .what = En personuppgiftsansvarig som är en myndighet använder inte `consent` som rättslig grund utan närmare övervägande.
    .why = Enligt artikel 4.11 ska samtycke vara frivilligt. Enligt skäl 43 är samtycke sannolikt inte en giltig rättslig grund när det råder betydande ojämlikhet mellan den registrerade och den personuppgiftsansvarige, i synnerhet när den personuppgiftsansvarige är en offentlig myndighet (Europeiska dataskyddsstyrelsens riktlinjer 05/2020 om samtycke).

purpose-catch-all-doc =
    .what = Ingen text använder allomfattande ändamål som ”muu asiallinen yhteys” (annat sakligt samband).
    .why = Artikel 5.1 b kräver särskilda och uttryckligt angivna ändamål; ”muu asiallinen yhteys” är en grund i den upphävda personuppgiftslagen (523/1999, 8 §) som saknar motsvarighet i dataskyddsförordningen.

special-category-condition-doc =
    .what = Varje angiven särskild kategori av personuppgifter anger sitt villkor enligt artikel 9.2.
    .why = Behandling av särskilda kategorier av personuppgifter är förbjuden (art. 9.1) om inte något av villkoren i artikel 9.2 är uppfyllt; enligt riktlinjerna om transparens ska beskrivningen ange vilket villkor som gäller.

special-category-undeclared-doc =
    .what = Varje `special_category` i en uppgiftskategori är angiven i `special_categories`.
    .why = Villkoret enligt artikel 9.2 anges per särskild kategori; en kategori som är markerad i uppgifterna men inte angiven saknar villkor.

special-category-law-doc =
    .what = En särskild kategori som grundar sig på artikel 9.2 b, g, h, i eller j hänvisar till den lag som föreskriver om den.
    .why = Dessa punkter i artikel 9.2 tillämpas endast med stöd av unionsrätten eller en medlemsstats nationella rätt; i Finland t.ex. 6 § i dataskyddslagen (1050/2018) och speciallagar inom olika sektorer.

special-categories-detected-doc =
    .what = En beskrivning vars egen text nämner rusmedelsbruk, funktionsnedsättning, graviditet, sjukdom eller psykisk hälsa anger särskilda kategorier av personuppgifter.
    .why = Uppgifter om hälsa är en särskild kategori (art. 9.1 och 4.15); rusmedelsbruk, funktionsnedsättning och graviditet är hälsouppgifter. Behov av socialvård är som sådant inte en särskild kategori (enligt den upphävda personuppgiftslagen var det en ”känslig” uppgift, fi. ”arkaluonteinen”), men hälsouppgifter i socialvårdens handlingar är det.

criminal-data-law-doc =
    .what = `criminal_offence_data` hänvisar till den lag som ger rätt till behandlingen.
    .why = Enligt artikel 10 får personuppgifter som rör fällande domar i brottmål och överträdelser behandlas endast under kontroll av en myndighet eller när behandlingen är tillåten enligt unionsrätten eller en medlemsstats nationella rätt som föreskriver lämpliga skyddsåtgärder. Behandling under kontroll av en myndighet kräver ingen särskild lag, och därför är en beskrivning som inte anger någon lag en varning, inte ett fel.

sources-doc =
    .what = Beskrivningen har ett `sources`-block.
    .why = Artikel 13 gäller uppgifter som samlas in från den registrerade och artikel 14 uppgifter som har erhållits på annat sätt; enligt artikel 14.2 f ska källan anges. Flera krav beror på vilken av artiklarna som tillämpas.

data-categories-doc =
    .what = När uppgifter kommer från andra källor än den registrerade är `data_categories` inte tom.
    .why = Artikel 14.1 d: ”De kategorier av personuppgifter som behandlingen gäller” ska anges när uppgifterna inte har erhållits från den registrerade.

recipients-doc =
    .what = Beskrivningen har `recipients` (en tom lista anger att det inte finns några mottagare).
    .why = Artikel 13.1 e kräver uppgift om mottagarna eller kategorierna av mottagare ”i förekommande fall”; enligt WP260 ska det uttryckligen anges om det inte finns några.

recipients-specific-doc =
    .what = Mottagarna anges med namn eller beskrivs mer exakt än ”myndigheter” eller ”samarbetspartner”.
    .why = WP260 rev.01: utgångspunkten är att mottagarna anges med namn; om kategorier anges ska de vara så specifika som möjligt.

processors-doc =
    .what = En beskrivning som nämner informationssystem har `processors`.
    .why = Personuppgiftsbiträden är mottagare (art. 4.9); enligt WP260 hör de till de mottagare som ska anges. Ett namngivet system har oftast en leverantör eller en driftsleverantör som behandlar uppgifter.

transfers-doc =
    .what = Beskrivningen har `transfers` (en tom lista anger att det inte finns några överföringar).
    .why = Artikel 13.1 f kräver information om överföringar ”i tillämpliga fall”; finländska beskrivningar anger traditionellt uttryckligen att sådana saknas, och läsarna förväntar sig det.

transfer-safeguard-doc =
    .what = Varje överföring anger sin överföringsmekanism enligt kapitel V.
    .why = Artikel 13.1 f: huruvida ett beslut av kommissionen om adekvat skyddsnivå föreligger eller saknas, eller en hänvisning till lämpliga skyddsåtgärder och hur en kopia av dem kan erhållas. En hänvisning till 22 § i den upphävda personuppgiftslagen är ingen mekanism.

transfer-countries-doc =
    .what = Varje överföring anger sina länder.
    .why = WP260 rev.01: de berörda tredjeländerna bör anges med namn.

transfer-consent-risks-doc =
    .what = En överföring som grundar sig på uttryckligt samtycke beskriver riskerna.
    .why = Enligt artikel 49.1 a är ett samtycke till en överföring giltigt endast om den registrerade har samtyckt ”efter att först ha blivit informerad om de eventuella riskerna med sådana överföringar för den registrerade när det inte föreligger något beslut om adekvat skyddsnivå eller lämpliga skyddsåtgärder”.

retention-doc =
    .what = Beskrivningen har minst en post under `retention`.
    .why = Artikel 13.2 a: ”Den period under vilken personuppgifterna kommer att lagras eller, om detta inte är möjligt, de kriterier som används för att fastställa denna period.”

retention-specific-doc =
    .what = Varje förvaringstid innehåller ett tal eller andra kriterier än allmänna fraser.
    .why = WP260 rev.01: det räcker inte att allmänt ange att uppgifterna sparas så länge det är nödvändigt; den registrerade ska kunna bedöma förvaringstiden för sina egna uppgifter.

right-access-doc =
    .what = Beskrivningen anger rätten till tillgång.
    .why = Enligt artikel 13.2 b och 14.2 c ska den registrerade informeras om rätten att begära tillgång (art. 15), oberoende av rättslig grund.

right-rectification-doc =
    .what = Beskrivningen anger rätten till rättelse.
    .why = Enligt artikel 13.2 b och 14.2 c ska den registrerade informeras om rätten till rättelse (art. 16), oberoende av rättslig grund.

right-restriction-doc =
    .what = Beskrivningen anger rätten till begränsning av behandling.
    .why = Enligt artikel 13.2 b och 14.2 c ska den registrerade informeras om rätten till begränsning (art. 18), oberoende av rättslig grund. Ingen av de fem ursprungliga exempelbeskrivningarna nämner den.

right-erasure-doc =
    .what = När ett ändamål grundar sig på samtycke, avtal, skydd av grundläggande intressen eller berättigade intressen anger beskrivningen rätten till radering.
    .why = Artikel 17.1 gäller dessa grunder; vid rättsliga förpliktelser och uppgifter av allmänt intresse utesluts rätten genom artikel 17.3 b (se `right-erasure-limited`).

right-erasure-limited-doc =
    .what = När varje ändamål grundar sig på `legal_obligation` eller `public_task` anges inte utan motivering att rätten till radering gäller.
    .why = Enligt artikel 17.3 b gäller rätten till radering inte i den mån behandlingen är nödvändig för att fullgöra en rättslig förpliktelse eller utföra en uppgift av allmänt intresse. Ett villkorslöst löfte om radering är vilseledande, och att påstå att rätten aldrig gäller överdriver undantaget.

right-object-doc =
    .what = När ett ändamål grundar sig på en uppgift av allmänt intresse eller på berättigade intressen anger beskrivningen rätten att göra invändningar.
    .why = Artikel 21.1 ger rätt att göra invändningar mot behandling som grundar sig på artikel 6.1 e eller f; enligt artikel 21.4 ska rätten redovisas tydligt, klart och åtskilt från eventuell annan information.

right-object-direct-marketing-doc =
    .what = Ett ändamål som är markerat med `direct_marketing: true` (eller en beskrivning som talar om direkt marknadsföring) anger rätten att göra invändningar.
    .why = Enligt artikel 21.2 och 21.3 får den registrerade när som helst invända mot direkt marknadsföring, oberoende av rättslig grund; enligt artikel 21.4 ska rätten uttryckligen meddelas den registrerade.

right-portability-doc =
    .what = När ett ändamål grundar sig på samtycke eller avtal anger beskrivningen rätten till dataportabilitet.
    .why = Enligt artikel 20.1 gäller rätten när behandlingen grundar sig på samtycke eller avtal och utförs automatiserat. Den gäller inte uppgifter av allmänt intresse (art. 20.3).

right-object-denied-doc =
    .what = Beskrivningens egen text om rätten att invända (`description`) säger att den registrerade inte kan invända (”ei voi kieltää”, ”kan inte invända”, ”cannot object”).
    .why = Artikel 21.1 ger rätt att invända mot behandling som grundar sig på en uppgift av allmänt intresse eller berättigat intresse, och artikel 12.1 kräver tydlig information. En text som förnekar rätten under rättighetens rubrik motsäger sig själv: oftast är det personuppgiftslagens förbudsrätt (rätt att förbjuda utlämnanden) från en äldre beskrivning. seloste visar en sådan text endast i avsnittet om rättigheterna, inte i den framhävda rutan.

rights-together-twice-doc =
    .what = En rättighet som räknas upp i `rights.together` anges inte också för sig eller i en annan post.
    .why = Informationen ska vara koncis och entydig (art. 12.1). En rättighet som anges två gånger har två texter, och sidan kan publicera bara den ena (den som anges för sig, annars den första posten), så den andra skulle utan varning förbli opublicerad.

right-not-applicable-doc =
    .what = Dataportabilitet utlovas inte när inget ändamål grundar sig på samtycke eller avtal; rätten att göra invändningar utlovas inte när inget ändamål grundar sig på en uppgift av allmänt intresse eller på berättigade intressen (utom vid direkt marknadsföring).
    .why = Artikel 20.1 begränsar dataportabiliteten till samtycke och avtal (och artikel 20.3 utesluter uppgifter av allmänt intresse); artikel 21.1 begränsar rätten att göra invändningar till artikel 6.1 e och f.

consent-withdrawal-doc =
    .what = När ett ändamål grundar sig på samtycke eller en särskild kategori på uttryckligt samtycke anges rätten att återkalla samtycket (ett fel). När endast ett utlämnande sker med samtycke frågar en varning om och hur samtycket kan återkallas.
    .why = Artikel 13.2 c: när behandlingen grundar sig på samtycke ska den registrerade informeras om rätten att när som helst återkalla sitt samtycke, utan att detta påverkar lagligheten av den behandling som grundade sig på samtycket innan det återkallades (art. 7.3). Ett samtycke till att lämna ut sekretessbelagda uppgifter inom social- och hälsovården är ett samtycke enligt sekretessbestämmelserna och inte nödvändigtvis den rättsliga grunden för behandlingen enligt art. 6.1 a, och därför gäller inte samma skyldighet.

right-automated-decision-doc =
    .what = När `automated_decisions.used` är true och ett ändamål grundar sig på avtal eller samtycke anges rättigheten enligt artikel 22.3 (ett fel). När grunderna endast är uppgift av allmänt intresse eller rättslig förpliktelse är besluten tillåtna enligt lag (art. 22.2 b), och en notis ber om lagen och dess skyddsåtgärder.
    .why = Enligt artikel 22.3 ska den personuppgiftsansvarige genomföra åtminstone rätten till personlig kontakt med den personuppgiftsansvarige, rätten att uttrycka sin åsikt och rätten att bestrida beslutet, när beslutet grundar sig på avtal eller uttryckligt samtycke (art. 22.2 a och c). För beslut som tillåts enligt unionsrätten eller en medlemsstats nationella rätt (art. 22.2 b) föreskriver den lagen skyddsåtgärderna.

rights-how-to-doc =
    .what = Beskrivningen har ett `requests`-block, eller så anger varje angiven rättighet med `how` hur den utövas.
    .why = Enligt artikel 12.2 ska den personuppgiftsansvarige underlätta utövandet av den registrerades rättigheter; beskrivningen ska berätta hur.

complaint-doc =
    .what = Beskrivningen har ett `complaint`-block.
    .why = Artikel 13.2 d och 14.2 e: ”Rätten att inge klagomål till en tillsynsmyndighet” (art. 77), särskilt i den medlemsstat där den registrerade har sin hemvist eller sin arbetsplats eller där det påstådda intrånget begicks. I Finland är tillsynsmyndigheten dataombudsmannen.

standard-statement-doc =
    .what = Listar som info punkt för punkt varje standardtext som seloste publicerar i den personuppgiftsansvariges namn eftersom beskrivningen inte anger punkten själv: rättigheterna som gäller all behandling (tillgång, rättelse, begränsning), rättigheterna som de angivna rättsliga grunderna gör tillämpliga (radering, dataportabilitet, invändning, återkallande av samtycke), rätten att klaga med dataombudsmannens kontaktuppgifter, hur en begäran görs, svarstiden och avgifterna. Reglerna om dessa punkter rapporterar inte som saknat det som standardtexten anger. Med `standard_texts = "declared-only"` läggs ingenting till, och reglerna rapporterar det som saknas.
    .why = Beskrivningen är den personuppgiftsansvariges meddelande (art. 12.1, 13 och 14): juristen måste veta allt som publiceras i organisationens namn, och sidan får aldrig ange något som `check` rapporterar som saknat.

statutory-requirement-doc =
    .what = När uppgifter samlas in från den registrerade (eller beskrivningen inte anger varifrån) har beskrivningen `statutory_requirement` med dess följder.
    .why = Artikel 13.2 e: huruvida tillhandahållandet av personuppgifter är ett lagstadgat eller avtalsenligt krav eller ett krav som är nödvändigt för att ingå ett avtal, huruvida den registrerade är skyldig att tillhandahålla uppgifterna och de möjliga följderna av att uppgifterna inte lämnas.

automated-decisions-declared-doc =
    .what = Beskrivningen har `automated_decisions`.
    .why = Artikel 13.2 f kräver information om automatiserat beslutsfattande när sådant förekommer; WP260 rekommenderar att det uttryckligen anges om det inte förekommer.

automated-decisions-logic-doc =
    .what = När `automated_decisions.used` är true anges `logic` och `significance`.
    .why = Artikel 13.2 f: förekomsten av automatiserat beslutsfattande och ”meningsfull information om logiken bakom samt betydelsen och de förutsedda följderna av sådan behandling för den registrerade”.

notice-date-doc =
    .what = Beskrivningen har `updated` eller `published`.
    .why = Läsare och tillsynsmyndigheter behöver veta vilken version de läser; enligt WP260 ska ändringar kunna spåras.

date-order-doc =
    .what = `published` infaller inte efter `updated`, och ingetdera datumet infaller efter granskningsdagen (`--as-of`).
    .why = Ett datum i framtiden eller en uppdatering före publiceringen är ett skrivfel som gör det oklart hur aktuell beskrivningen är.

stale-doc =
    .what = `updated` (eller `published`) ligger mindre än `stale_months` (som standard 24) månader före granskningsdagen.
    .why = Lagar, organisationer och kontaktuppgifter ändras (t.ex. social- och hälsovårdsreformen 2023); en beskrivning som inte har setts över på flera år är sannolikt felaktig.

change-log-doc =
    .what = Beskrivningen har `changes`.
    .why = Enligt WP260 rev.01 ska den personuppgiftsansvarige meddela ändringar i informationen; en ändringslogg gör dem synliga.

language-coverage-doc =
    .what = Varje text som anges språkvis (som en mappning från språk till text) har exakt de språk som anges i `languages`.
    .why = En beskrivning som publiceras på flera språk ska ge samma information på varje språk (art. 12.1: koncis, klar och tydlig, begriplig); en tvåspråkig myndighet informerar på finska och svenska (32 § i språklagen 423/2003).

law-repealed-doc =
    .what = Ingen författning som nämns med nummer eller namn (var som helst i beskrivningen) är upphävd per `--as-of`. Namn som en gammal och en ny lag har gemensamt (”sosiaalihuoltolaki”, socialvårdslagen) hänförs till den gällande lagen, så regeln reagerar bara på nummer och namn som enbart en upphävd lag har.
    .why = Den rättsliga grunden och de regler som behandlingen följer ska anges korrekt (art. 13.1 c och 6.3); en upphävd lag vilseleder läsaren om hans eller hennes rättigheter. Den lag som ersatt den hämtas ur de författningsuppgifter som följer med seloste.

law-citation-form-doc =
    .what = Finländska lagar anges i formen `number/year` (`661/2009`), EU-rättsakter i formen `(EU) year/number`. En omvänd nationell hänvisning (`2009/661`) ger en varning; en EU-förordning utan `(EU)` ger en informationsnotis.
    .why = Läsarna söker lagen i Finlex med dess nummer; ett omvänt eller tvetydigt nummer pekar på en annan lag eller på ingen alls.

law-title-mismatch-doc =
    .what = En författningshänvisning med både `cite` och `title` anger samma lag två gånger: rubriken motsvarar lagen med det numret.
    .why = Om numret och rubriken inte stämmer överens kan läsaren inte avgöra vilken lag som gäller (art. 13.1 c).

law-renamed-doc =
    .what = Ingen lag omnämns med en rubrik som den inte längre har (t.ex. 661/2009 efter att Befolkningsregistercentralen blev Myndigheten för digitalisering och befolkningsdata).
    .why = Gamla rubriker nämner myndigheter som inte längre finns och gör lagen svår att hitta.

law-unknown-doc =
    .what = Författningsnummer i `laws` som inte finns i de medföljande författningsuppgifterna listas, så att skrivfel upptäcks och datum för upphävande kan kontrolleras.
    .why = seloste kan kontrollera upphävanden och rubriker endast för lagar som det känner till; ett okänt nummer kan vara ett skrivfel.

law-misspelled-doc =
    .what = Kända felstavningar av lagnamn som har förekommit i verkliga beskrivningar.
    .why = Ett felstavat lagnamn går inte att söka på och ser slarvigt ut i en juridisk text.

obsolete-agency-doc =
    .what = Ingen text nämner, med namn eller webbdomän, en myndighet som har slagits samman eller lagts ned per `--as-of` (magistraten, Befolkningsregistercentralen, regionförvaltningsverket, Valvira, NTM-centralen, Arkivverket, datasekretessnämnden ...).
    .why = Mottagare, källor och kontaktuppgifter ska vara sådana som den registrerade faktiskt kan nå (art. 13.1 e och 14.2 f); förteckningen över myndigheter och datum finns i `data/authorities.toml`.

fi-sa-contact-doc =
    .what = Texterna innehåller inte tidigare adresser, telefon- eller faxnummer eller webbadresser till dataombudsmannens byrå, och en `complaint.contact` för dataombudsmannen stämmer överens med de aktuella uppgifterna.
    .why = Rätten att lämna in klagomål (art. 77) är till nytta endast om läsaren kan nå myndigheten; de aktuella kontaktuppgifterna finns i `data/authorities.toml`.

pda-wording-doc =
    .what = Avsnitten om rättigheter och begäranden upprepar inte personuppgiftslagens finskspråkiga formuleringar om rätten till insyn (”tiedon etsimiseksi tarpeelliset seikat ilmoitettuaan”, ”salassapitosäännösten estämättä”, ”26 §:ssä tarkoitetulla tavalla”, ”todistus tarkastusoikeuden epäämisestä”). Ett skriftligt och motiverat avslag rapporteras inte, eftersom art. 12.4 kräver det.
    .why = Personuppgiftslagen (henkilötietolaki) upphävdes den 1.1.2019. Dess formuleringar beskriver en snävare rätt än artikel 15 och villkor som dataskyddsförordningen inte tillåter (art. 12.2: den personuppgiftsansvarige ska underlätta utövandet av rättigheterna).

fee-once-a-year-doc =
    .what = Ingen text gör tillgången avgiftsbelagd när det har gått ”mindre än ett år” sedan den föregående begäran.
    .why = Enligt artikel 12.5 ska information och åtgärder enligt artiklarna 15–22 tillhandahållas kostnadsfritt; regeln i 26 § i personuppgiftslagen om en gång per år gäller inte längre.

request-handwritten-doc =
    .what = Ingen text kräver ett egenhändigt undertecknat brev eller ett besök för att en rättighet ska kunna utövas.
    .why = Enligt artikel 12.2 ska den personuppgiftsansvarige underlätta utövandet av rättigheterna, och artikel 12.3 förutsätter att begäranden kan framställas elektroniskt; kravet i 28 § i personuppgiftslagen på en egenhändigt undertecknad begäran (fi. ”omakätisesti allekirjoitettu”) finns inte längre. Identiteten får kontrolleras (art. 12.6), men med proportionerliga medel.

legacy-terms-doc =
    .what = Texterna undviker de gamla finska termerna ”rekisteriseloste” (registerbeskrivning), ”tarkastusoikeus” (rätt till insyn), ”tarkastuspyyntö” (begäran om insyn) och ”säännönmukaiset luovutukset” (regelmässiga utlämnanden).
    .why = Läsare och tillsynsmyndigheter ser gammal terminologi som ett tecken på att beskrivningen aldrig har uppdaterats efter dataskyddsförordningen; rättigheterna har nya namn och nytt innehåll.

hedging-words-doc =
    .what = Ändamål, uppgiftskategorier, mottagare, förvaringstider och överföringar undviker förbehåll som ”tarvittaessa”, ”mahdollisesti”, ”saattaa”, ”yms.”, ”tms.” och ”muun muassa” (på svenska t.ex. ”vid behov” och ”eventuellt”).
    .why = WP260 rev.01 (punkt 13) nämner förbehåll som ”kan”, ”skulle kunna”, ”vissa”, ”ofta” och ”möjlig” som exempel på dålig praxis i fråga om transparens: läsaren kan inte avgöra vad som händer med hans eller hennes uppgifter.

placeholder-text-doc =
    .what = Inget kontaktfält innehåller en adressmall såsom `etunimi.sukunimi@`, `förnamn.efternamn@` eller `firstname.lastname@` (i löptext får mönstret beskrivas), och ingen text innehåller utkastmarkeringar (`TODO`, `FIXME`, `TBD`, `xxx` som ord, `???`, `[täydennä]`, lorem ipsum, `FIX` med versaler, ett namn att fylla i inom vinkelparenteser som `<nimi>`).
    .why = En platshållare är ingen kontaktuppgift (art. 13.1 a och b); läsaren kan inte nå någon med den.

url-format-doc =
    .what = Varje fält `website`, `form_url`, `link` och `url` är en fullständig webbadress. Om `https://` saknas ger det en varning, ren `http://` ger en informationsnotis och allt annat ett fel.
    .why = Länkarna i den publicerade beskrivningen ska fungera och vara säkra att följa; andra scheman (`javascript:`) publiceras aldrig.

phone-format-doc =
    .what = Varje `phone`-fält är ett nummer som går att ringa: 5–15 siffror, börjar med 0 eller +, innehåller endast siffror, mellanslag, bindestreck och parenteser och följs eventuellt av en anmärkning inom parentes.
    .why = Ett telefonnummer är en kontaktuppgift endast om det går att ringa (art. 13.1 a och b).

legal-basis-wording-doc =
    .what = Ett ändamåls egen text nämner ingen annan rättslig grund än den det anger: "grundar sig på samtycke" med en annan grund, eller "grundar sig på lag" med samtycke.
    .why = Artikel 13.1 c kräver den rättsliga grunden; en beskrivning som säger två saker vilseleder om rättigheterna (återkallande av samtycke, artikel 7.3, gäller bara samtycke). Ett samtycke till utlämnande av sekretessbelagda uppgifter är ett samtycke enligt sekretesslagstiftningen och söks inte här.

further-purpose-doc =
    .what = En användning av uppgifterna som nämns utanför ändamålen (statistik, forskning, utveckling, marknadsföring: "uppgifterna används också för statistik") anges som ett ändamål med rättslig grund.
    .why = Artikel 13.1 c kräver varje ändamål med dess grund; artiklarna 13.3 och 14.4 kräver information innan uppgifter behandlas för ett nytt ändamål, och artikel 6.4 anger när det är förenligt.

retention-ended-doc =
    .what = En förvaringstid skriven som ett slutdatum ("fram till 31.12.2020") har inte redan gått ut på granskningsdagen (`--as-of`).
    .why = Artikel 5.1 e: uppgifter förvaras inte längre än nödvändigt. En förvaringstid som har gått ut betyder att uppgifterna borde vara borta, eller att beskrivningen är föråldrad (artikel 13.2 a).

recipients-catch-all-doc =
    .what = Ingen mottagare beskrivs bara som "den som har rätt enligt lag".
    .why = Artikel 13.1 e kräver mottagarna eller kategorierna av mottagare; WP260 kräver namngivna mottagare eller så specifika kategorier som möjligt med bransch och ort. En allmän formulering säger läsaren ingenting.

complaint-authority-doc =
    .what = En rätt att klaga med beskrivningens egna ord nämner tillsynsmyndigheten (eller `authority`/`contact` är angivet).
    .why = Artikel 13.2 d kräver rätten att lämna in klagomål "till en tillsynsmyndighet"; läsaren måste veta vart hen ska vända sig.

complaint-conditional-doc =
    .what = Rätten att klaga erbjuds inte bara som ett steg efter att den personuppgiftsansvarige avslagit en begäran.
    .why = Artikel 77.1: varje registrerad har rätt att lämna in klagomål "utan att det påverkar något annat administrativt prövningsförfarande eller rättsmedel", när som helst. Den gamla personuppgiftslagen (28 §) knöt den till ett avslag; en sådan formulering underskattar rätten.

children-information-doc =
    .what = När de registrerade omfattar barn säger beskrivningen var information skriven för dem finns (en lättläst version eller vem som ger den).
    .why = Artikel 12.1 kräver ett klart och tydligt språk "i synnerhet för information som är särskilt riktad till barn"; skäl 58 säger att barn förtjänar särskilt skydd.

sote-register-basis-doc =
    .what = Ett klientregister inom social- och hälsovården (igenkänt på namnet, eller ett välfärdsområdes klientregister) anger hälsouppgifter enligt villkoret i artikel 9.2 h och hänvisar från 2024 till klientuppgiftslagen 703/2023.
    .why = Klientuppgifter inom social- och hälsovården är särskilda kategorier (artikel 9.1); behandlingen för vård grundar sig på artikel 9.2 h och nationell lag (artikel 9.3; dataskyddslagen 6 §; 703/2023). Läsaren ska få veta det av registrets typ, även om texten saknar ord om hälsa.

sote-log-data-doc =
    .what = Ett klientregister inom social- och hälsovården berättar att klienten ur loggarna kan få veta vem som har använt eller fått hens uppgifter.
    .why = Klientuppgiftslagen 703/2023 kräver användnings- och utlämnandeloggar och ger klienten rätt till uppgifterna i dem; det hör till vad rätten till tillgång (artikel 15) betyder inom social- och hälsovården.

sote-register-per-service-doc =
    .what = Ett välfärdsområdes eller en kommuns klientregister inom socialvården publiceras inte som en enda tjänsts register ("Barnskyddets klientregister").
    .why = Enligt klientuppgiftslagen 703/2023 är anordnaren av socialvård personuppgiftsansvarig för ett klientregister inom socialvården; en tjänstespecifik beskrivning, ett arv från lag 254/2015, nämner ett register som inte finns och lämnar bort de andra.

processor-named-doc =
    .what = Ett företag som nämns som leverantör eller driftsansvarig för ett informationssystem finns bland personuppgiftsbiträdena.
    .why = Ett företag som driver ett system för den personuppgiftsansvarige behandlar personuppgifter för dennes räkning (artikel 4.8, 28); biträden är mottagare som enligt artikel 13.1 e ska anges, och WP260 kräver att de nämns.

transfer-service-doc =
    .what = En beskrivning som nämner en tjänst vars leverantör finns utanför EU/EES (Microsoft 365, Google, AWS, Zoom, Mailchimp, sociala medier …) anger överföringen eller förklarar varför det inte finns någon.
    .why = Artikel 13.1 f kräver uppgift om överföring till tredjeland och skyddsåtgärden (artiklarna 44–49); en beskrivning som säger "inga överföringar" vilseleder läsaren om en sådan tjänst används.

fi-bilingual-authority-doc =
    .what = En tvåspråkig kommun (enligt statsrådets förordning om kommunernas språkliga ställning som gäller på granskningsdagen), ett tvåspråkigt välfärdsområde, Helsingfors eller HUS publicerar sin beskrivning på finska och svenska. Namnen finns med källor i `data/languages.toml`.
    .why = Språklagen 423/2003 32 §: tvåspråkiga myndigheter informerar allmänheten på finska och svenska; 6 § anger vilka myndigheter som är tvåspråkiga. En dataskyddsbeskrivning är information till allmänheten (artikel 12.1: begriplig för den registrerade).

sote-kanta-doc =
    .what = Beskrivningen av ett klientregister inom social- och hälsovården berättar om och hur klienthandlingarna sparas i de riksomfattande Kanta-tjänsterna, och där den nämner dem, att klienten kan förbjuda utlämnande från dem.
    .why = Enligt klientuppgiftslagen 703/2023 sparas klienthandlingar i Kanta-arkiven, varifrån de lämnas ut till andra tjänsteproducenter med klientens samtycke eller med stöd av lag; klienten ser dem i Mina Kanta-sidor och kan förbjuda utlämnanden. Läsaren behöver detta för att förstå mottagarna (artikel 13.1 e).

access-restriction-ground-doc =
    .what = Där beskrivningen säger att rätten till insyn kan vägras eller begränsas anger den grunden: artikel 23 med dataskyddslagen 1050/2018 34 § eller en speciallag.
    .why = Rätten till insyn (artikel 15) får begränsas endast genom lag (artikel 23); i Finland anger dataskyddslagens 34 § grunderna. Gamla beskrivningar kopierar personuppgiftslagen (27 §) utan en gällande grund.

retention-statutory-doc =
    .what = I ett klientregister inom social- och hälsovården är en förvaringstid angiven i år inte kortare än den tid som bilagan till klientuppgiftslagen 703/2023 anger för samma handlingar (igenkända på orden, t.ex. barnskydd: 2 år efter klientens död). Bilagan finns med källor i `data/retention.toml`; maximitider och frivilliga rader används inte.
    .why = Artikel 13.2 a kräver förvaringstiden; klientuppgiftslagen 703/2023 24 § och bilagan anger minimitider för klienthandlingar, och handlingarna får inte förstöras tidigare. En kortare tid i beskrivningen ger klienten fel information.
