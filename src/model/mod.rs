//! The notice model: the Rust types a privacy notice is read into.
//!
//! These types are the single source of truth of the format: the JSON Schema
//! in `schemas/notice.schema.json` is generated from them (see
//! [`crate::schema`]), and the rules and renderers read them. Every field's
//! doc comment is its English, Finnish and Swedish description in the schema (editor
//! hover); `example` attributes become the schema's `examples`.
//!
//! Conventions: an absent optional field means "the notice says nothing about
//! it" (the checker reports what the law requires); an explicitly empty list
//! (`recipients: []`, `transfers: []`, `processors: []`) means "there are
//! none", which the renderer turns into the standard statement.

mod text;

pub use text::{Date, Lang, LawRef, Text};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A privacy notice (tietosuojaseloste) of one personal-data register, as
/// required by GDPR Articles 13 and 14.
///
/// FI: Yhden henkilörekisterin tietosuojaseloste (EU:n tietosuoja-asetuksen 13 ja 14 artikla).
///
/// SV: Dataskyddsbeskrivningen för ett personregister (dataskyddsförordningen art. 13 och 14).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "seloste privacy notice")]
pub struct Notice {
    /// Identifier of the notice: lower-case letters, digits and hyphens. Used as the file and web page name.
    ///
    /// FI: Selosteen tunniste: pieniä kirjaimia, numeroita ja väliviivoja. Käytetään tiedosto- ja verkkosivun nimenä.
    ///
    /// SV: Beskrivningens identifierare: små bokstäver, siffror och bindestreck. Används som namn på filen och webbsidan.
    #[schemars(regex(pattern = r"^[a-z0-9]+(-[a-z0-9]+)*$"), length(max = 80))]
    #[schemars(example = &"parkano-lapsiperheiden-sosiaalipalvelut")]
    pub id: String,

    /// Name of the register or processing activity (Art 30(1)(b)).
    ///
    /// FI: Rekisterin tai käsittelytoimen nimi.
    ///
    /// SV: Namnet på registret eller behandlingen.
    #[schemars(example = &"Lastensuojelun asiakasrekisteri")]
    pub title: Text,

    /// The heading of the document as published, when it is not the standard "Privacy notice".
    ///
    /// FI: Asiakirjan otsikko sellaisena kuin se julkaistaan, jos se poikkeaa vakio-otsikosta "Tietosuojaseloste".
    ///
    /// SV: Dokumentets rubrik så som den publiceras, om den avviker från standardrubriken "Dataskyddsbeskrivning".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Seloste henkilötietojen käsittelytoimista ja rekisteröidyn oikeuksista")]
    pub document_name: Option<Text>,

    /// An introduction published before the sections: what the register is about, in the controller's own words (the preamble of a legacy notice).
    ///
    /// FI: Johdanto, joka julkaistaan ennen osioita: mistä rekisterissä on kyse, rekisterinpitäjän omin sanoin (vanhan selosteen saateteksti).
    ///
    /// SV: En inledning som publiceras före avsnitten: vad registret gäller, med den personuppgiftsansvariges egna ord (ingressen i en äldre beskrivning).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Tässä selosteessa kerrotaan, miten kaupunki käsittelee lapsiperheiden sosiaalipalvelujen asiakkaiden henkilötietoja.")]
    pub introduction: Option<Text>,

    /// Languages the notice is published in; the first is the main language, used for plain-string texts (Art 12(1)).
    ///
    /// FI: Kielet, joilla seloste julkaistaan; ensimmäinen on pääkieli, jota pelkkä merkkijono tarkoittaa.
    ///
    /// SV: Språk som beskrivningen publiceras på; det första är huvudspråket, som en enkel textsträng avser.
    #[schemars(length(min = 1), extend("uniqueItems" = true))]
    #[schemars(example = vec![Lang::Fi, Lang::Sv])]
    pub languages: Vec<Lang>,

    /// Version label of the notice.
    ///
    /// FI: Selosteen versiotunnus.
    ///
    /// SV: Beskrivningens versionsbeteckning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"2.1")]
    pub version: Option<String>,

    /// Date the notice was first drawn up or published.
    ///
    /// FI: Päivä, jona seloste laadittiin tai julkaistiin ensimmäisen kerran.
    ///
    /// SV: Den dag då beskrivningen upprättades eller publicerades första gången.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"2018-09-14")]
    pub published: Option<Date>,

    /// Date of the latest update of the notice.
    ///
    /// FI: Selosteen viimeisimmän päivityksen päivämäärä.
    ///
    /// SV: Datum för den senaste uppdateringen av beskrivningen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"2024-05-31")]
    pub updated: Option<Date>,

    /// Who prepared the notice and when (the "Laatijan tiedot" of Finnish notices).
    ///
    /// FI: Selosteen laatija ja laatimispäivä ("Laatijan tiedot").
    ///
    /// SV: Vem som har upprättat beskrivningen och när ("Laatijan tiedot", uppgifter om upprättaren).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = serde_json::json!({"name": "Janette Tynkkynen", "date": "2018-05-17"}))]
    pub prepared_by: Option<PreparedBy>,

    /// The controller: who decides on the purposes and means of processing (Art 4(7), Art 13(1)(a)).
    ///
    /// FI: Rekisterinpitäjä eli se, joka määrittää käsittelyn tarkoitukset ja keinot.
    ///
    /// SV: Den personuppgiftsansvarige, dvs. den som bestämmer ändamålen med och medlen för behandlingen.
    #[schemars(extend("x-gdpr" = "GDPR Art. 13(1)(a)"))]
    #[schemars(example = serde_json::json!({"name": "Parkanon kaupunki", "kind": "municipality", "address": "PL 14, 39701 Parkano", "phone": "03 44331"}))]
    pub controller: Controller,

    /// Joint controllers and the essence of their arrangement (Art 26).
    ///
    /// FI: Yhteisrekisterinpitäjät ja niiden välisen järjestelyn olennainen sisältö (26 artikla).
    ///
    /// SV: Gemensamt personuppgiftsansvariga och det väsentliga innehållet i arrangemanget mellan dem (art. 26).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 26(2)"))]
    #[schemars(example = serde_json::json!({"controllers": [{"name": "Kihniön kunta", "kind": "municipality"}], "arrangement": "Parkano hoitaa rekisterinpitäjän tehtävät yhteistoimintasopimuksen perusteella."}))]
    pub joint_controllers: Option<JointControllers>,

    /// Representative of a controller not established in the EU (Art 27).
    ///
    /// FI: EU:n ulkopuolelle sijoittautuneen rekisterinpitäjän edustaja (27 artikla).
    ///
    /// SV: Företrädare för en personuppgiftsansvarig som är etablerad utanför EU (art. 27).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 13(1)(a)"))]
    #[schemars(example = serde_json::json!({"name": "Example Representative Oy", "email": "rep@example.fi"}))]
    pub representative: Option<Contact>,

    /// The official responsible for the register (Finnish practice: "rekisteristä vastaava"), or a list of them, each with their `title`.
    ///
    /// FI: Rekisteristä vastaava viranhaltija tai henkilö, tai luettelo heistä kukin `title`-tehtävänimikkeineen.
    ///
    /// SV: Den tjänsteinnehavare eller person som ansvarar för registret, eller en förteckning över dem, var och en med sin `title`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = serde_json::json!({"title": "Perusturvajohtaja", "name": "Vuokko Kuusiluoma", "phone": "044 786 5301"}))]
    pub responsible_person: Option<Persons>,

    /// Contact person for matters concerning the register, or a list of contact persons, each with their `title` (role).
    ///
    /// FI: Yhteyshenkilö rekisteriä koskevissa asioissa, tai luettelo yhteyshenkilöistä kukin `title`-roolinsa kanssa.
    ///
    /// SV: Kontaktperson i ärenden som gäller registret, eller en förteckning över kontaktpersoner, var och en med sin `title` (roll).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = serde_json::json!({"title": "Sosiaalipalvelusihteeri", "phone": "044 786 5322"}))]
    #[schemars(example = serde_json::json!([{"title": "Lastensuojelun johtava sosiaalityöntekijä", "phone": "040 123 4567"}, {"title": "Perhepalvelujen palvelupäällikkö", "email": "perhepalvelut@example.fi"}]))]
    pub contact_person: Option<Persons>,

    /// Contact details of the data protection officer (Art 13(1)(b), Art 37(7)). The name is optional; a direct channel is required.
    ///
    /// FI: Tietosuojavastaavan yhteystiedot. Nimi ei ole pakollinen, suora yhteyskanava on.
    ///
    /// SV: Dataskyddsombudets kontaktuppgifter. Namnet är inte obligatoriskt, men en direkt kontaktkanal är det.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 13(1)(b)"))]
    #[schemars(example = serde_json::json!({"name": "Minna Laatu", "email": "tietosuojavastaava@parkano.fi", "phone": "044 786 5205"}))]
    pub dpo: Option<Contact>,

    /// Purposes of the processing, each with its legal basis under Art 6(1) (Art 13(1)(c)).
    ///
    /// FI: Käsittelyn tarkoitukset ja kunkin oikeusperuste 6 artiklan 1 kohdan mukaisesti.
    ///
    /// SV: Ändamålen med behandlingen och den rättsliga grunden för vart och ett av dem enligt art. 6.1.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 13(1)(c)"))]
    #[schemars(example = serde_json::json!([{"description": "Lapsiperheiden sosiaalipalvelujen järjestäminen.", "legal_basis": "public_task", "laws": ["1301/2014"]}]))]
    pub purposes: Vec<Purpose>,

    /// Special categories of personal data (Art 9(1)) processed, each with its Art 9(2) condition.
    ///
    /// FI: Käsiteltävät erityiset henkilötietoryhmät (9 artiklan 1 kohta) ja kunkin käsittelyperuste 9 artiklan 2 kohdan mukaan.
    ///
    /// SV: Särskilda kategorier av personuppgifter som behandlas (art. 9.1) och villkoret för behandlingen av var och en enligt art. 9.2.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 9(2)"))]
    #[schemars(example = serde_json::json!([{"category": "health", "condition": "substantial_public_interest", "laws": ["1050/2018 6 §"]}]))]
    pub special_categories: Vec<SpecialCategory>,

    /// Personal data relating to criminal convictions and offences (Art 10).
    ///
    /// FI: Rikostuomioihin ja rikkomuksiin liittyvät henkilötiedot (10 artikla).
    ///
    /// SV: Personuppgifter som rör fällande domar i brottmål och överträdelser (art. 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 10"))]
    #[schemars(example = serde_json::json!({"description": "Lastensuojeluilmoituksiin voi sisältyä tietoja rikoksista.", "laws": ["1050/2018 7 §"]}))]
    pub criminal_offence_data: Option<CriminalOffenceData>,

    /// Groups of people whose data are processed (data subjects).
    ///
    /// FI: Rekisteröityjen ryhmät eli keitä tiedot koskevat.
    ///
    /// SV: Grupper av registrerade, dvs. vilka personer uppgifterna gäller.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = serde_json::json!(["Lastensuojelun asiakkaat", "Lasten huoltajat"]))]
    pub data_subjects: Vec<Text>,

    /// Categories of personal data processed (Art 14(1)(d)).
    ///
    /// FI: Käsiteltävät henkilötietoryhmät eli rekisterin tietosisältö.
    ///
    /// SV: Kategorier av personuppgifter som behandlas, dvs. registrets informationsinnehåll.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 14(1)(d)"))]
    #[schemars(example = serde_json::json!([{"name": "Henkilö- ja yhteystiedot", "items": ["nimi", "henkilötunnus", "osoite"]}]))]
    pub data_categories: Vec<DataCategory>,

    /// Where the personal data come from (Art 14(2)(f)).
    ///
    /// FI: Mistä henkilötiedot saadaan (säännönmukaiset tietolähteet).
    ///
    /// SV: Varifrån personuppgifterna fås (regelmässiga uppgiftskällor).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 14(2)(f)"))]
    #[schemars(example = serde_json::json!({"from_data_subject": true, "other": [{"name": "Väestötietojärjestelmä", "laws": ["661/2009"]}]}))]
    pub sources: Option<Sources>,

    /// Recipients or categories of recipients to whom data are disclosed (Art 13(1)(e)). An empty list states that data are not disclosed.
    ///
    /// FI: Vastaanottajat tai vastaanottajaryhmät (säännönmukaiset luovutukset). Tyhjä lista tarkoittaa, ettei tietoja luovuteta.
    ///
    /// SV: Mottagare eller kategorier av mottagare (regelmässiga utlämnanden). En tom lista anger att uppgifter inte lämnas ut.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 13(1)(e)"))]
    #[schemars(example = serde_json::json!([{"name": "Terveyden ja hyvinvoinnin laitos (THL)", "purpose": "Tilastot", "laws": ["409/2001"]}]))]
    pub recipients: Option<Vec<Recipient>>,

    /// Processors acting on behalf of the controller (system vendors, hosting, outsourced services). An empty list states that none are used.
    ///
    /// FI: Henkilötietojen käsittelijät eli rekisterinpitäjän lukuun toimivat (järjestelmätoimittajat, palvelintilat, ostopalvelut). Tyhjä lista tarkoittaa, ettei käsittelijöitä ole.
    ///
    /// SV: Personuppgiftsbiträden, dvs. de som behandlar uppgifter för den personuppgiftsansvariges räkning (systemleverantörer, serverdrift, köpta tjänster). En tom lista anger att det inte finns några personuppgiftsbiträden.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = serde_json::json!([{"name": "Netproce Oy", "service": "Asiakastietojärjestelmän palvelin"}]))]
    pub processors: Option<Vec<Processor>>,

    /// Transfers to countries outside the EU/EEA or to international organisations (Art 13(1)(f)). An empty list states that there are none.
    ///
    /// FI: Tietojen siirrot EU:n tai ETA:n ulkopuolelle. Tyhjä lista tarkoittaa, ettei tietoja siirretä.
    ///
    /// SV: Överföringar av uppgifter till länder utanför EU eller EES. En tom lista anger att uppgifter inte överförs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 13(1)(f)"))]
    #[schemars(example = serde_json::json!([]))]
    pub transfers: Option<Vec<Transfer>>,

    /// How long the data are kept, or the criteria used to decide it (Art 13(2)(a)).
    ///
    /// FI: Tietojen säilytysaika tai sen määrittämisperusteet.
    ///
    /// SV: Förvaringstiden för uppgifterna eller kriterierna för att fastställa den.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 13(2)(a)"))]
    #[schemars(example = serde_json::json!([{"data": "Lastensuojelun asiakirjat", "period": "2 vuotta asiakkaan kuolemasta", "laws": ["703/2023"]}]))]
    pub retention: Vec<Retention>,

    /// Whether providing the data is a statutory or contractual requirement, whether the person must provide them and what follows if not (Art 13(2)(e)).
    ///
    /// FI: Perustuuko tietojen antaminen lakiin tai sopimukseen, onko rekisteröidyn pakko antaa tiedot ja mitä antamatta jättämisestä seuraa.
    ///
    /// SV: Om skyldigheten att lämna uppgifterna följer av lag eller avtal, om den registrerade är skyldig att lämna dem och vilka följderna blir om de inte lämnas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 13(2)(e)"))]
    #[schemars(example = serde_json::json!({"basis": "statutory", "consequences": "Ilman tietoja palvelutarvetta ei voida arvioida."}))]
    pub statutory_requirement: Option<StatutoryRequirement>,

    /// Automated decision-making, including profiling (Art 13(2)(f), Art 22).
    ///
    /// FI: Automaattinen päätöksenteko ja profilointi.
    ///
    /// SV: Automatiserat beslutsfattande och profilering.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 13(2)(f)"))]
    #[schemars(example = serde_json::json!({"used": false}))]
    pub automated_decisions: Option<AutomatedDecisions>,

    /// The data subject's rights (Art 13(2)(b)-(c), Arts 15-22). `true` states the right with the standard text; a mapping adds details.
    ///
    /// FI: Rekisteröidyn oikeudet. `true` esittää oikeuden vakiotekstillä; kartalla voi lisätä tarkennuksia.
    ///
    /// SV: Den registrerades rättigheter. `true` anger rättigheten med standardtexten; med en mappning kan preciseringar läggas till.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 13(2)(b)"))]
    #[schemars(example = serde_json::json!({"access": true, "rectification": true, "erasure": {"applies": false, "reason": "Lakisääteinen tehtävä (17 artiklan 3 kohdan b alakohta)."}}))]
    pub rights: Option<Rights>,

    /// How and where data subjects send requests to exercise their rights (Art 12(2)-(5)).
    ///
    /// FI: Miten ja minne oikeuksien käyttöä koskevat pyynnöt lähetetään.
    ///
    /// SV: Hur och vart begäranden om att utöva rättigheterna skickas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 12(2)"))]
    #[schemars(example = serde_json::json!({"address": "Huittisten kaupunki, Hallintopalvelukeskus, Risto Rytin katu 36, 32700 Huittinen", "form_url": "https://www.huittinen.fi/asiointi"}))]
    pub requests: Option<Requests>,

    /// The right to lodge a complaint with a supervisory authority (Art 13(2)(d), Art 77).
    ///
    /// FI: Oikeus tehdä valitus valvontaviranomaiselle (77 artikla).
    ///
    /// SV: Rätt att lämna in klagomål till en tillsynsmyndighet (art. 77).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 13(2)(d)"))]
    #[schemars(example = serde_json::json!({"authority": "fi_ombudsman"}))]
    pub complaint: Option<Complaint>,

    /// Publicity and secrecy of the data (Finnish public-sector practice, Act 621/1999).
    ///
    /// FI: Tietojen julkisuus ja salassapito (laki viranomaisten toiminnan julkisuudesta 621/1999).
    ///
    /// SV: Uppgifternas offentlighet och sekretess (lagen om offentlighet i myndigheternas verksamhet 621/1999).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = serde_json::json!({"secret": true, "laws": ["621/1999 24 §"]}))]
    pub confidentiality: Option<Confidentiality>,

    /// Security measures and information systems (Art 32; Finnish practice).
    ///
    /// FI: Rekisterin suojauksen periaatteet ja tietojärjestelmät.
    ///
    /// SV: Principerna för skyddet av registret samt informationssystemen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 32"))]
    #[schemars(example = serde_json::json!({"manual": "Asiakirjat säilytetään lukituissa tiloissa.", "systems": [{"name": "Pro Consona"}]}))]
    pub security: Option<Security>,

    /// Where and how the notice is made available to data subjects (Art 12(1)).
    ///
    /// FI: Missä ja miten seloste on rekisteröityjen saatavilla (rekisteröidyn informointi).
    ///
    /// SV: Var och hur beskrivningen finns tillgänglig för de registrerade (information till de registrerade).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 12(1)"))]
    #[schemars(example = &"Seloste on nähtävissä kunnan verkkosivuilla.")]
    pub informing: Option<Text>,

    /// History of changes to the notice, newest first or oldest first.
    ///
    /// FI: Selosteen muutoshistoria.
    ///
    /// SV: Beskrivningens ändringshistorik.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = serde_json::json!([{"date": "2024-05-31", "description": "Rekisterinpitäjä muuttui hyvinvointialueeksi."}]))]
    pub changes: Vec<Change>,

    /// Statements of the notice that fit no structured field, by the section they belong to. They are published at the end of that section.
    ///
    /// FI: Selosteen lausumat, jotka eivät sovi mihinkään jäsenneltyyn kenttään, osioittain. Ne julkaistaan osion lopussa.
    ///
    /// SV: Texter i beskrivningen som inte passar in i något strukturerat fält, per avsnitt. De publiceras i slutet av avsnittet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = serde_json::json!({"recipients": "Tiedot luovutetaan lähtökohtaisesti kopioina."}))]
    pub notes: Option<SectionNotes>,

    /// Rule findings deliberately accepted for this notice, each with the reason. A suppression that no longer matches any finding is itself reported.
    ///
    /// FI: Tarkistussäännön havainnot, jotka tälle selosteelle on tietoisesti hyväksytty, kukin perusteluineen. Tarpeettomaksi käynyt ohitus raportoidaan.
    ///
    /// SV: Anmärkningar från granskningsreglerna som medvetet har godtagits för den här beskrivningen, var och en med motivering. Ett undantag som inte längre behövs rapporteras.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = serde_json::json!([{"rule": "dpo-required", "reason": "Yhdistys ei käsittele laajamittaisesti erityisiä tietoryhmiä (37 art.)."}]))]
    pub suppress: Vec<Suppression>,
}

impl Notice {
    /// Reads a notice from a document's value: the one way a notice is
    /// made, so that what the format states once for several places
    /// (`rights.together`) is spread to them for every reader (rules,
    /// effective notice, renderers).
    pub fn from_value(value: serde_json::Value) -> Result<Notice, serde_json::Error> {
        Notice::from_json(&value)
    }

    /// [`Notice::from_value`] of a borrowed value (no copy of the value).
    pub fn from_json(value: &serde_json::Value) -> Result<Notice, serde_json::Error> {
        use serde::Deserialize as _;
        let mut notice = Notice::deserialize(value)?;
        if let Some(rights) = &mut notice.rights {
            rights.spread_together();
        }
        Ok(notice)
    }
}

/// One accepted rule finding.
///
/// FI: Yksi hyväksytty tarkistushavainto.
///
/// SV: En godtagen anmärkning från granskningen.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Suppression {
    /// The rule id, as `seloste rules` lists it.
    ///
    /// FI: Säännön tunniste (`seloste rules`).
    ///
    /// SV: Regelns id (`seloste rules`).
    #[schemars(example = &"dpo-required", length(min = 1))]
    pub rule: String,

    /// Why the finding does not apply or is accepted. Required.
    ///
    /// FI: Miksi havainto ei koske tätä selostetta tai miksi se hyväksytään. Pakollinen.
    ///
    /// SV: Varför anmärkningen inte gäller den här beskrivningen eller varför den godtas. Obligatorisk.
    #[schemars(example = &"Yhdistys ei käsittele laajamittaisesti erityisiä tietoryhmiä (37 art.).", length(min = 1))]
    pub reason: String,

    /// Limit the suppression to findings at or under this place of the notice, as a JSON pointer (`/purposes/0`).
    ///
    /// FI: Rajaa ohituksen tähän kohtaan ja sen alle (JSON-osoitin, esim. `/purposes/0`).
    ///
    /// SV: Begränsar undantaget till den här punkten och det som finns under den (JSON-pekare, t.ex. `/purposes/0`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"/purposes/0")]
    pub at: Option<String>,
}

/// Who prepared the notice.
///
/// FI: Selosteen laatija.
///
/// SV: Den som har upprättat beskrivningen.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PreparedBy {
    /// Name or role of the person who prepared the notice.
    ///
    /// FI: Laatijan nimi tai tehtävänimike.
    ///
    /// SV: Upprättarens namn eller befattning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Janette Tynkkynen")]
    pub name: Option<String>,

    /// Date of preparation.
    ///
    /// FI: Laatimispäivä.
    ///
    /// SV: Datum då beskrivningen upprättades.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"2018-05-17")]
    pub date: Option<Date>,
}

/// The controller's kind of organisation, which decides e.g. whether it is a public authority (Art 37(1)(a)).
///
/// FI: Rekisterinpitäjän organisaatiotyyppi; ratkaisee mm. onko se viranomainen.
///
/// SV: Den personuppgiftsansvariges organisationstyp; avgör bl.a. om den är en myndighet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ControllerKind {
    /// A municipality or city. FI: kunta tai kaupunki. SV: kommun eller stad.
    Municipality,
    /// A joint municipal authority. FI: kuntayhtymä. SV: samkommun.
    JointMunicipalAuthority,
    /// A wellbeing services county (since 2023). FI: hyvinvointialue. SV: välfärdsområde.
    WellbeingServicesCounty,
    /// A state authority or agency. FI: valtion viranomainen tai virasto. SV: statlig myndighet eller statligt ämbetsverk.
    StateAuthority,
    /// Another public body (e.g. a university, an independent public institution). FI: muu julkisyhteisö. SV: annat offentligt samfund.
    OtherPublicBody,
    /// A registered association. FI: rekisteröity yhdistys. SV: registrerad förening.
    Association,
    /// A foundation. FI: säätiö. SV: stiftelse.
    Foundation,
    /// A company or cooperative. FI: yritys tai osuuskunta. SV: företag eller andelslag.
    Company,
    /// A religious community or parish. FI: uskonnollinen yhdyskunta tai seurakunta. SV: religiöst samfund eller församling.
    ReligiousCommunity,
    /// Another kind of organisation. FI: muu organisaatio. SV: annan organisation.
    Other,
}

impl ControllerKind {
    /// Its value in a notice (`municipality`, `wellbeing_services_county`).
    pub fn key(self) -> &'static str {
        match self {
            ControllerKind::Municipality => "municipality",
            ControllerKind::JointMunicipalAuthority => "joint_municipal_authority",
            ControllerKind::WellbeingServicesCounty => "wellbeing_services_county",
            ControllerKind::StateAuthority => "state_authority",
            ControllerKind::OtherPublicBody => "other_public_body",
            ControllerKind::Association => "association",
            ControllerKind::Foundation => "foundation",
            ControllerKind::Company => "company",
            ControllerKind::ReligiousCommunity => "religious_community",
            ControllerKind::Other => "other",
        }
    }

    /// Whether the kind is a public authority or body in the sense of Art 37(1)(a).
    pub fn is_public_authority(self) -> bool {
        matches!(
            self,
            ControllerKind::Municipality
                | ControllerKind::JointMunicipalAuthority
                | ControllerKind::WellbeingServicesCounty
                | ControllerKind::StateAuthority
                | ControllerKind::OtherPublicBody
        )
    }
}

/// The controller.
///
/// FI: Rekisterinpitäjä.
///
/// SV: Personuppgiftsansvarig.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Controller {
    /// Name of the controller, preferably the legal person (municipality, county, association).
    ///
    /// FI: Rekisterinpitäjän nimi, mieluiten oikeushenkilö (kunta, hyvinvointialue, yhdistys).
    ///
    /// SV: Den personuppgiftsansvariges namn, helst den juridiska personen (kommun, välfärdsområde, förening).
    #[schemars(example = &"Parkanon kaupunki")]
    pub name: Text,

    /// Kind of organisation.
    ///
    /// FI: Organisaatiotyyppi.
    ///
    /// SV: Organisationstyp.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = ControllerKind::Municipality)]
    pub kind: Option<ControllerKind>,

    /// The body that exercises control within the organisation, e.g. a board (lautakunta).
    ///
    /// FI: Toimielin, joka käyttää rekisterinpitäjän valtaa, esim. lautakunta.
    ///
    /// SV: Det organ som utövar den personuppgiftsansvariges befogenheter, t.ex. en nämnd.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Perusturvalautakunta")]
    pub organ: Option<Text>,

    /// The organisational unit or department that keeps the register; the controller is still the organisation named in `name`.
    ///
    /// FI: Organisaatioyksikkö tai toimiala, joka pitää rekisteriä; rekisterinpitäjä on silti `name`-kentän organisaatio.
    ///
    /// SV: Den organisatoriska enhet eller det verksamhetsområde som för registret; personuppgiftsansvarig är ändå organisationen i `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Perhe- ja sosiaalipalvelut")]
    pub unit: Option<Text>,

    /// Finnish business ID (Y-tunnus), `1234567-8`.
    ///
    /// FI: Y-tunnus muodossa `1234567-8`.
    ///
    /// SV: FO-nummer i formen `1234567-8`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"0208213-4")]
    pub business_id: Option<String>,

    /// Postal address.
    ///
    /// FI: Postiosoite.
    ///
    /// SV: Postadress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"PL 14, 39701 Parkano")]
    pub address: Option<Text>,

    /// Visiting address.
    ///
    /// FI: Käyntiosoite.
    ///
    /// SV: Besöksadress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Parkanontie 37, 39700 Parkano")]
    pub visiting_address: Option<Text>,

    /// Telephone number.
    ///
    /// FI: Puhelinnumero.
    ///
    /// SV: Telefonnummer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"03 44331")]
    pub phone: Option<String>,

    /// E-mail address, e.g. the registry office (kirjaamo).
    ///
    /// FI: Sähköpostiosoite, esim. kirjaamo.
    ///
    /// SV: E-postadress, t.ex. registratorskontoret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(email, example = &"kirjaamo@uusikaupunki.fi")]
    pub email: Option<String>,

    /// Website address (https://...).
    ///
    /// FI: Verkkosivujen osoite (https://...).
    ///
    /// SV: Webbplatsens adress (https://...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(url, example = &"https://www.parkano.fi")]
    pub website: Option<String>,

    /// Whether the controller is established in the EU/EEA; `false` requires a representative (Art 27). Default: true.
    ///
    /// FI: Onko rekisterinpitäjä sijoittautunut EU:hun tai ETA-alueelle; `false` edellyttää edustajaa (27 artikla). Oletus: kyllä.
    ///
    /// SV: Om den personuppgiftsansvarige är etablerad i EU eller EES; `false` kräver en företrädare (art. 27). Standardvärde: ja.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = true)]
    pub established_in_eu: Option<bool>,
}

/// Contact details of a person, an office or an organisation.
///
/// FI: Henkilön, toimiston tai organisaation yhteystiedot.
///
/// SV: Kontaktuppgifter till en person, ett kontor eller en organisation.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Name of the person or organisation.
    ///
    /// FI: Henkilön tai organisaation nimi.
    ///
    /// SV: Personens eller organisationens namn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Minna Laatu")]
    pub name: Option<String>,

    /// Title or role, e.g. "Perusturvajohtaja".
    ///
    /// FI: Tehtävänimike tai rooli, esim. "Perusturvajohtaja".
    ///
    /// SV: Befattning eller roll, t.ex. "Perusturvajohtaja".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Tietosuojavastaava")]
    pub title: Option<Text>,

    /// Postal address.
    ///
    /// FI: Postiosoite.
    ///
    /// SV: Postadress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"PL 20, 23501 Uusikaupunki")]
    pub address: Option<Text>,

    /// Telephone number.
    ///
    /// FI: Puhelinnumero.
    ///
    /// SV: Telefonnummer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"040 843 5199")]
    pub phone: Option<String>,

    /// E-mail address.
    ///
    /// FI: Sähköpostiosoite.
    ///
    /// SV: E-postadress.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(email, example = &"tietosuojavastaava@uusikaupunki.fi")]
    pub email: Option<String>,

    /// Website or contact form address (https://...).
    ///
    /// FI: Verkkosivun tai yhteydenottolomakkeen osoite (https://...).
    ///
    /// SV: Adressen till webbsidan eller kontaktformuläret (https://...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(url, example = &"https://www.uusikaupunki.fi/tietosuoja")]
    pub website: Option<String>,
}

impl Contact {
    /// Whether the contact has at least one channel (address, phone, e-mail or website).
    pub fn has_channel(&self) -> bool {
        self.address.is_some()
            || self.phone.is_some()
            || self.email.is_some()
            || self.website.is_some()
    }
}

/// One contact person, or a list of them, each with their title or role.
///
/// FI: Yksi yhteyshenkilö tai luettelo heistä, kullakin tehtävänimike tai rooli.
///
/// SV: En kontaktperson eller en förteckning över dem, var och en med sin befattning eller roll.
#[derive(Debug, Clone, Default)]
pub struct Persons(pub Vec<Contact>);

impl std::ops::Deref for Persons {
    type Target = [Contact];
    fn deref(&self) -> &[Contact] {
        &self.0
    }
}

impl Serialize for Persons {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0.as_slice() {
            [one] => one.serialize(s),
            many => many.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Persons {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            One(Contact),
            Many(Vec<Contact>),
        }
        Ok(match Raw::deserialize(d)? {
            Raw::One(c) => Persons(vec![c]),
            Raw::Many(v) => Persons(v),
        })
    }
}

impl JsonSchema for Persons {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Persons".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        // One schema for both shapes, so that an error points at the exact
        // key rather than saying that no alternative matched: an object is
        // read as one contact, a list as several.
        let mut schema = Contact::json_schema(generator);
        let item = generator.subschema_for::<Contact>();
        let obj = schema.ensure_object();
        obj.insert("type".into(), serde_json::json!(["object", "array"]));
        obj.insert("items".into(), item.to_value());
        obj.insert("minItems".into(), 1.into());
        obj.insert(
            "description".into(),
            "One person, or a list of persons each with their `title` (role).\n\nFI: Yksi henkilö tai luettelo henkilöistä, kullakin `title` (tehtävänimike tai rooli).\n\nSV: En person eller en förteckning över personer, var och en med sin `title` (befattning eller roll).".into(),
        );
        obj.insert(
            "examples".into(),
            serde_json::json!([
                {"title": "Sosiaalipalvelusihteeri", "phone": "044 786 5322"},
                [
                    {"title": "Lastensuojelun johtava sosiaalityöntekijä", "name": "Anna Esimerkki", "phone": "040 123 4567"},
                    {"title": "Perhepalvelujen palvelupäällikkö", "name": "Pekka Esimerkki", "email": "pekka.esimerkki@example.fi"}
                ]
            ]),
        );
        schema
    }
}

/// Joint controllers (Art 26).
///
/// FI: Yhteisrekisterinpitäjät (26 artikla).
///
/// SV: Gemensamt personuppgiftsansvariga (art. 26).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JointControllers {
    /// The other controllers.
    ///
    /// FI: Muut rekisterinpitäjät.
    ///
    /// SV: De övriga personuppgiftsansvariga.
    #[serde(default)]
    #[schemars(example = serde_json::json!([{"name": "Kihniön kunta", "kind": "municipality"}]))]
    pub controllers: Vec<Controller>,

    /// The essence of the arrangement between the controllers: who does what towards the data subject (Art 26(2)).
    ///
    /// FI: Rekisterinpitäjien välisen järjestelyn olennainen sisältö: kuka vastaa mistäkin rekisteröityyn nähden.
    ///
    /// SV: Det väsentliga innehållet i arrangemanget mellan de personuppgiftsansvariga: vem som ansvarar för vad gentemot den registrerade.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Parkanon kaupunki toimii rekisterinpitäjänä myös Kihniön kunnan palveluissa syntyvien tietojen osalta 1.5.2015 alkaen.")]
    pub arrangement: Option<Text>,

    /// The contact point for data subjects (Art 26(1)).
    ///
    /// FI: Rekisteröityjen yhteyspiste.
    ///
    /// SV: Kontaktpunkt för de registrerade.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = serde_json::json!({"email": "tietosuoja@example.fi"}))]
    pub contact_point: Option<Contact>,
}

/// Legal basis of processing under Art 6(1).
///
/// FI: Käsittelyn oikeusperuste 6 artiklan 1 kohdan mukaan.
///
/// SV: Rättslig grund för behandlingen enligt art. 6.1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LegalBasis {
    /// Art 6(1)(a): the data subject's consent. FI: rekisteröidyn suostumus. SV: den registrerades samtycke.
    Consent,
    /// Art 6(1)(b): performance of a contract with the data subject. FI: sopimuksen täytäntöönpano. SV: fullgörande av ett avtal.
    Contract,
    /// Art 6(1)(c): a legal obligation of the controller. FI: rekisterinpitäjän lakisääteinen velvoite. SV: en rättslig förpliktelse för den personuppgiftsansvarige.
    LegalObligation,
    /// Art 6(1)(d): vital interests. FI: elintärkeiden etujen suojaaminen. SV: skydd av grundläggande intressen.
    VitalInterests,
    /// Art 6(1)(e): a task in the public interest or the exercise of official authority. FI: yleistä etua koskeva tehtävä tai julkisen vallan käyttäminen. SV: en uppgift av allmänt intresse eller myndighetsutövning.
    PublicTask,
    /// Art 6(1)(f): legitimate interests (not for public authorities' tasks). FI: oikeutettu etu (ei viranomaisen tehtävissä). SV: berättigade intressen (inte när en myndighet fullgör sina uppgifter).
    LegitimateInterests,
}

impl LegalBasis {
    /// The point of Art 6(1), e.g. `6(1)(e)`.
    pub fn article(self) -> &'static str {
        match self {
            LegalBasis::Consent => "6(1)(a)",
            LegalBasis::Contract => "6(1)(b)",
            LegalBasis::LegalObligation => "6(1)(c)",
            LegalBasis::VitalInterests => "6(1)(d)",
            LegalBasis::PublicTask => "6(1)(e)",
            LegalBasis::LegitimateInterests => "6(1)(f)",
        }
    }
}

/// A purpose of processing.
///
/// FI: Käsittelyn tarkoitus.
///
/// SV: Ändamålet med behandlingen.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    /// Short name of the purpose.
    ///
    /// FI: Tarkoituksen lyhyt nimi.
    ///
    /// SV: Kort namn på ändamålet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Lastensuojelu")]
    pub name: Option<Text>,

    /// What the data are used for.
    ///
    /// FI: Mihin tietoja käytetään.
    ///
    /// SV: Vad uppgifterna används till.
    #[schemars(example = &"Lastensuojelun ja sen tukitoimien järjestäminen ja toteuttaminen.")]
    pub description: Text,

    /// The Art 6(1) legal basis of this purpose.
    ///
    /// FI: Tarkoituksen oikeusperuste 6 artiklan 1 kohdan mukaan.
    ///
    /// SV: Den rättsliga grunden för ändamålet enligt art. 6.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 6(1)"))]
    #[schemars(example = LegalBasis::PublicTask)]
    pub legal_basis: Option<LegalBasis>,

    /// The basis of processing in the notice's own words, as written (e.g. in a converted legacy notice).
    ///
    /// FI: Käsittelyn peruste selosteen omin sanoin (esim. vanhan selosteen sanamuoto).
    ///
    /// SV: Grunden för behandlingen med beskrivningens egna ord (t.ex. formuleringen i en äldre beskrivning).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Asiakassuhde ja toimintaa ohjaava lainsäädäntö.")]
    pub basis_statement: Option<Text>,

    /// The legitimate interests pursued, when the basis is `legitimate_interests` (Art 13(1)(d)).
    ///
    /// FI: Oikeutetut edut, kun peruste on `legitimate_interests`.
    ///
    /// SV: De berättigade intressena, när grunden är `legitimate_interests`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 13(1)(d)"))]
    #[schemars(example = &"Jäsenrekisterin ylläpito yhdistyksen toiminnan järjestämiseksi.")]
    pub legitimate_interests: Option<Text>,

    /// Statutes the processing is based on (Art 6(3)).
    ///
    /// FI: Säädökset, joihin käsittely perustuu (6 artiklan 3 kohta).
    ///
    /// SV: Författningar som behandlingen grundar sig på (art. 6.3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = serde_json::json!(["417/2007", "1301/2014"]))]
    pub laws: Vec<LawRef>,

    /// Whether this purpose is further processing of data collected for another purpose, e.g. statistics or development (Art 13(3)).
    ///
    /// FI: Onko tarkoitus alun perin muuhun tarkoitukseen kerättyjen tietojen jatkokäsittelyä, esim. tilastointi tai kehittäminen.
    ///
    /// SV: Om ändamålet är vidare behandling av uppgifter som ursprungligen samlats in för ett annat ändamål, t.ex. statistikföring eller utveckling.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = true)]
    pub further_processing: Option<bool>,

    /// Whether this purpose is direct marketing, invitations or fundraising (Art 21(2)).
    ///
    /// FI: Onko tarkoitus suoramarkkinointia, tapahtumakutsuja tai varainhankintaa.
    ///
    /// SV: Om ändamålet är direkt marknadsföring, inbjudningar till evenemang eller medelsanskaffning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = false)]
    pub direct_marketing: Option<bool>,
}

/// A special category of personal data (Art 9(1)).
///
/// FI: Erityinen henkilötietoryhmä (9 artiklan 1 kohta).
///
/// SV: Särskild kategori av personuppgifter (art. 9.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SpecialCategoryKind {
    /// Racial or ethnic origin. FI: rotu tai etninen alkuperä. SV: ras eller etniskt ursprung.
    RacialOrEthnicOrigin,
    /// Political opinions. FI: poliittiset mielipiteet. SV: politiska åsikter.
    PoliticalOpinions,
    /// Religious or philosophical beliefs. FI: uskonnollinen tai filosofinen vakaumus. SV: religiös eller filosofisk övertygelse.
    ReligiousOrPhilosophicalBeliefs,
    /// Trade union membership. FI: ammattiliiton jäsenyys. SV: medlemskap i fackförening.
    TradeUnionMembership,
    /// Genetic data. FI: geneettiset tiedot. SV: genetiska uppgifter.
    Genetic,
    /// Biometric data for identification. FI: biometriset tunnistetiedot. SV: biometriska uppgifter för identifiering.
    Biometric,
    /// Data concerning health, incl. substance use, disability and pregnancy. FI: terveystiedot, myös päihteiden käyttö, vammaisuus ja raskaus. SV: uppgifter om hälsa, även rusmedelsbruk, funktionsnedsättning och graviditet.
    Health,
    /// Sex life or sexual orientation. FI: seksuaalinen käyttäytyminen tai suuntautuminen. SV: sexualliv eller sexuell läggning.
    SexLifeOrSexualOrientation,
}

/// The Art 9(2) condition that allows processing a special category.
///
/// FI: 9 artiklan 2 kohdan peruste erityisen henkilötietoryhmän käsittelylle.
///
/// SV: Villkor enligt art. 9.2 för behandling av en särskild kategori av personuppgifter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Art9Condition {
    /// Art 9(2)(a): explicit consent. FI: nimenomainen suostumus. SV: uttryckligt samtycke.
    ExplicitConsent,
    /// Art 9(2)(b): employment, social security and social protection law. FI: työoikeus, sosiaaliturva ja sosiaalinen suojelu. SV: arbetsrätt, social trygghet och socialt skydd.
    EmploymentSocialSecurity,
    /// Art 9(2)(c): vital interests when consent cannot be given. FI: elintärkeät edut. SV: grundläggande intressen.
    VitalInterests,
    /// Art 9(2)(d): members of a non-profit body. FI: aatteellisen yhteisön jäsenet. SV: medlemmar i en ideell organisation.
    NonProfitMembers,
    /// Art 9(2)(e): data manifestly made public by the data subject. FI: rekisteröidyn julkistamat tiedot. SV: uppgifter som den registrerade har offentliggjort.
    MadePublic,
    /// Art 9(2)(f): legal claims and courts. FI: oikeusvaateet ja tuomioistuimet. SV: rättsliga anspråk och domstolar.
    LegalClaims,
    /// Art 9(2)(g): substantial public interest under law. FI: tärkeä yleinen etu lain nojalla. SV: viktigt allmänt intresse med stöd av lag.
    SubstantialPublicInterest,
    /// Art 9(2)(h): health or social care. FI: terveyden- tai sosiaalihuolto. SV: hälso- och sjukvård eller socialvård.
    HealthSocialCare,
    /// Art 9(2)(i): public health. FI: kansanterveys. SV: folkhälsa.
    PublicHealth,
    /// Art 9(2)(j): archiving, research or statistics. FI: arkistointi, tutkimus tai tilastointi. SV: arkivering, forskning eller statistikföring.
    ArchivingResearchStatistics,
}

impl Art9Condition {
    /// The point of Art 9(2), e.g. `9(2)(h)`.
    pub fn article(self) -> &'static str {
        match self {
            Art9Condition::ExplicitConsent => "9(2)(a)",
            Art9Condition::EmploymentSocialSecurity => "9(2)(b)",
            Art9Condition::VitalInterests => "9(2)(c)",
            Art9Condition::NonProfitMembers => "9(2)(d)",
            Art9Condition::MadePublic => "9(2)(e)",
            Art9Condition::LegalClaims => "9(2)(f)",
            Art9Condition::SubstantialPublicInterest => "9(2)(g)",
            Art9Condition::HealthSocialCare => "9(2)(h)",
            Art9Condition::PublicHealth => "9(2)(i)",
            Art9Condition::ArchivingResearchStatistics => "9(2)(j)",
        }
    }
}

/// A special category processed and its Art 9(2) condition.
///
/// FI: Käsiteltävä erityinen henkilötietoryhmä ja sen käsittelyperuste.
///
/// SV: En särskild kategori av personuppgifter som behandlas och villkoret för behandlingen.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SpecialCategory {
    /// Which special category.
    ///
    /// FI: Mikä erityinen henkilötietoryhmä.
    ///
    /// SV: Vilken särskild kategori av personuppgifter.
    #[schemars(example = SpecialCategoryKind::Health)]
    pub category: SpecialCategoryKind,

    /// The Art 9(2) condition relied on.
    ///
    /// FI: Käytetty 9 artiklan 2 kohdan peruste.
    ///
    /// SV: Det villkor enligt art. 9.2 som tillämpas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 9(2)"))]
    #[schemars(example = Art9Condition::HealthSocialCare)]
    pub condition: Option<Art9Condition>,

    /// What data of this category are processed.
    ///
    /// FI: Mitä tämän ryhmän tietoja käsitellään.
    ///
    /// SV: Vilka uppgifter i den här kategorin som behandlas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Päihteiden käyttöä koskevat tiedot")]
    pub description: Option<Text>,

    /// The Union or Finnish law that provides for the processing (e.g. `1050/2018 6 §`).
    ///
    /// FI: Käsittelyn mahdollistava EU:n tai Suomen laki (esim. `1050/2018 6 §`).
    ///
    /// SV: Den unionsrätt eller finska lag som tillåter behandlingen (t.ex. `1050/2018 6 §`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = serde_json::json!(["1050/2018 6 §"]))]
    pub laws: Vec<LawRef>,
}

/// Criminal-offence data (Art 10).
///
/// FI: Rikostiedot (10 artikla).
///
/// SV: Uppgifter om fällande domar i brottmål och överträdelser (art. 10).
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CriminalOffenceData {
    /// What such data are processed.
    ///
    /// FI: Mitä tällaisia tietoja käsitellään.
    ///
    /// SV: Vilka sådana uppgifter som behandlas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Poliisin ilmoitukset")]
    pub description: Option<Text>,

    /// The law that authorises the processing (e.g. `1050/2018 7 §`).
    ///
    /// FI: Käsittelyn mahdollistava laki (esim. `1050/2018 7 §`).
    ///
    /// SV: Den lag som tillåter behandlingen (t.ex. `1050/2018 7 §`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = serde_json::json!(["1050/2018 7 §"]))]
    pub laws: Vec<LawRef>,
}

/// A category of personal data.
///
/// FI: Henkilötietoryhmä.
///
/// SV: Kategori av personuppgifter.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DataCategory {
    /// Name of the category.
    ///
    /// FI: Ryhmän nimi.
    ///
    /// SV: Kategorins namn.
    #[schemars(example = &"Henkilö- ja yhteystiedot")]
    pub name: Text,

    /// What the category holds, in sentences, when a list of items does not say it.
    ///
    /// FI: Mitä ryhmään kuuluu, virkkeinä, kun tietojen luettelo ei sitä kerro.
    ///
    /// SV: Vad kategorin omfattar, i meningar, när en förteckning över uppgifter inte räcker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Asiakkuuden hoitamiseksi tarpeelliset tiedot, kuten palvelutarpeen arviointi ja asiakassuunnitelma.")]
    pub description: Option<Text>,

    /// The data items in the category.
    ///
    /// FI: Ryhmään kuuluvat tiedot.
    ///
    /// SV: Uppgifter som ingår i kategorin.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = serde_json::json!(["nimi", "henkilötunnus", "osoite"]))]
    pub items: Vec<Text>,

    /// The special category (Art 9(1)) this category belongs to, if any.
    ///
    /// FI: Erityinen henkilötietoryhmä, johon ryhmä kuuluu, jos mikään.
    ///
    /// SV: Den särskilda kategori av personuppgifter som kategorin hör till, om någon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = SpecialCategoryKind::Health)]
    pub special_category: Option<SpecialCategoryKind>,
}

/// Where the data come from.
///
/// FI: Tietolähteet.
///
/// SV: Uppgiftskällor.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sources {
    /// Whether data are collected from the data subject (Art 13 applies).
    ///
    /// FI: Kerätäänkö tietoja rekisteröidyltä itseltään (13 artikla).
    ///
    /// SV: Om uppgifter samlas in från den registrerade själv (art. 13).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = true)]
    pub from_data_subject: Option<bool>,

    /// Other sources (Art 14 applies).
    ///
    /// FI: Muut tietolähteet (14 artikla).
    ///
    /// SV: Andra uppgiftskällor (art. 14).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = serde_json::json!([{"name": "Kansaneläkelaitos (Kela)", "description": "Etuustiedot teknisellä käyttöyhteydellä"}]))]
    pub other: Vec<Source>,
}

/// A source of data other than the data subject.
///
/// FI: Muu tietolähde kuin rekisteröity.
///
/// SV: En annan uppgiftskälla än den registrerade.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The source, named or described by type.
    ///
    /// FI: Tietolähde nimettynä tai tyypiltään kuvattuna.
    ///
    /// SV: Uppgiftskällan med namn eller beskriven efter typ.
    #[schemars(example = &"Väestötietojärjestelmä")]
    pub name: Text,

    /// What is obtained from it and how.
    ///
    /// FI: Mitä tietoja lähteestä saadaan ja miten.
    ///
    /// SV: Vilka uppgifter som fås från källan och hur.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Yhteystiedot teknisen käyttöyhteyden avulla")]
    pub description: Option<Text>,

    /// The law that allows obtaining the data.
    ///
    /// FI: Laki, jonka nojalla tiedot saadaan.
    ///
    /// SV: Den lag med stöd av vilken uppgifterna fås.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = serde_json::json!(["812/2000 20 §"]))]
    pub laws: Vec<LawRef>,

    /// Whether the source is publicly accessible (Art 14(2)(f)).
    ///
    /// FI: Onko lähde julkisesti saatavilla.
    ///
    /// SV: Om källan är allmänt tillgänglig.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = false)]
    pub publicly_accessible: Option<bool>,
}

/// A recipient or category of recipients.
///
/// FI: Vastaanottaja tai vastaanottajaryhmä.
///
/// SV: Mottagare eller kategori av mottagare.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Recipient {
    /// Name of the recipient, or the category as specifically as possible.
    ///
    /// FI: Vastaanottajan nimi tai vastaanottajaryhmä mahdollisimman tarkasti.
    ///
    /// SV: Mottagarens namn eller kategorin av mottagare så specifikt som möjligt.
    #[schemars(example = &"Terveyden ja hyvinvoinnin laitos (THL)")]
    pub name: Text,

    /// What is disclosed and why.
    ///
    /// FI: Mitä luovutetaan ja mihin tarkoitukseen.
    ///
    /// SV: Vad som lämnas ut och för vilket ändamål.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Tilastotiedot")]
    pub purpose: Option<Text>,

    /// The law that allows or requires the disclosure.
    ///
    /// FI: Laki, joka sallii tai edellyttää luovutuksen.
    ///
    /// SV: Den lag som tillåter eller kräver utlämnandet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = serde_json::json!(["812/2000 17 §"]))]
    pub laws: Vec<LawRef>,

    /// Whether the disclosure happens only with the data subject's consent.
    ///
    /// FI: Luovutetaanko tiedot vain rekisteröidyn suostumuksella.
    ///
    /// SV: Om uppgifterna lämnas ut endast med den registrerades samtycke.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = false)]
    pub consent: Option<bool>,
}

/// A processor acting on behalf of the controller.
///
/// FI: Henkilötietojen käsittelijä.
///
/// SV: Personuppgiftsbiträde.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Processor {
    /// Name of the processor.
    ///
    /// FI: Käsittelijän nimi.
    ///
    /// SV: Personuppgiftsbiträdets namn.
    #[schemars(example = &"Netproce Oy")]
    pub name: Text,

    /// The service it provides.
    ///
    /// FI: Palvelu, jota käsittelijä tuottaa.
    ///
    /// SV: Den tjänst som personuppgiftsbiträdet tillhandahåller.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Asiakastietojärjestelmän palvelin ja varmuuskopiointi")]
    pub service: Option<Text>,
}

/// Safeguard or ground for a transfer outside the EU/EEA (Chapter V).
///
/// FI: Siirron suojatoimi tai peruste (V luku).
///
/// SV: Skyddsåtgärd eller grund för överföringen (kapitel V).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Safeguard {
    /// Art 45: adequacy decision of the Commission. FI: komission tietosuojan riittävyyttä koskeva päätös. SV: kommissionens beslut om adekvat skyddsnivå.
    AdequacyDecision,
    /// Art 46(2)(c): standard contractual clauses. FI: vakiosopimuslausekkeet. SV: standardavtalsklausuler.
    StandardContractualClauses,
    /// Art 47: binding corporate rules. FI: yritystä koskevat sitovat säännöt. SV: bindande företagsbestämmelser.
    BindingCorporateRules,
    /// Art 46(2)(e): approved code of conduct. FI: hyväksytyt käytännesäännöt. SV: godkänd uppförandekod.
    CodeOfConduct,
    /// Art 46(2)(f): approved certification. FI: hyväksytty sertifiointimekanismi. SV: godkänd certifieringsmekanism.
    Certification,
    /// Art 46(3)(a): ad hoc contractual clauses authorised by the authority. FI: valvontaviranomaisen hyväksymät sopimuslausekkeet. SV: avtalsklausuler som godkänts av tillsynsmyndigheten.
    AdHocClauses,
    /// Art 46(2)(a), 46(3)(b): instrument or arrangement between public authorities. FI: viranomaisten välinen järjestely. SV: arrangemang mellan myndigheter.
    PublicAuthorityArrangement,
    /// Art 49(1)(a): explicit consent after being informed of the risks. FI: nimenomainen suostumus riskeistä tiedottamisen jälkeen. SV: uttryckligt samtycke efter information om riskerna.
    ExplicitConsent,
    /// Art 49(1)(b)-(g): another derogation for specific situations. FI: muu poikkeus erityistilanteissa. SV: annat undantag i särskilda situationer.
    Derogation,
}

/// A transfer outside the EU/EEA.
///
/// FI: Siirto EU:n tai ETA:n ulkopuolelle.
///
/// SV: Överföring utanför EU eller EES.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    /// Countries or international organisations the data go to.
    ///
    /// FI: Maat tai kansainväliset järjestöt, joihin tiedot siirretään.
    ///
    /// SV: Länder eller internationella organisationer dit uppgifterna överförs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = serde_json::json!(["Yhdysvallat"]))]
    pub countries: Vec<Text>,

    /// Who receives the data.
    ///
    /// FI: Kuka tiedot vastaanottaa.
    ///
    /// SV: Vem som tar emot uppgifterna.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Pilvipalvelun toimittaja")]
    pub recipient: Option<Text>,

    /// The safeguard or ground of the transfer.
    ///
    /// FI: Siirron suojatoimi tai peruste.
    ///
    /// SV: Skyddsåtgärd eller grund för överföringen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 13(1)(f)"))]
    #[schemars(example = Safeguard::StandardContractualClauses)]
    pub safeguard: Option<Safeguard>,

    /// The transfer in the notice's own words.
    ///
    /// FI: Siirron kuvaus selosteen omin sanoin.
    ///
    /// SV: Överföringen med beskrivningens egna ord.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Tietoja voidaan siirtää palvelun toimittajan palvelimille.")]
    pub description: Option<Text>,

    /// How to obtain a copy of the safeguards or where they are available.
    ///
    /// FI: Miten suojatoimista saa jäljennöksen tai mistä ne ovat saatavilla.
    ///
    /// SV: Hur man får en kopia av skyddsåtgärderna eller var de finns tillgängliga.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Jäljennöksen saa tietosuojavastaavalta.")]
    pub copy: Option<Text>,

    /// Statutes cited for the transfer.
    ///
    /// FI: Siirron perusteena mainitut säädökset.
    ///
    /// SV: Författningar som anges som grund för överföringen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = serde_json::json!(["(EU) 2016/679"]))]
    pub laws: Vec<LawRef>,
}

/// Retention of (a part of) the data.
///
/// FI: (Osan) tietojen säilytys.
///
/// SV: Förvaring av (en del av) uppgifterna.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    /// Which data; absent means all data of the register.
    ///
    /// FI: Mitkä tiedot; puuttuessa kaikki rekisterin tiedot.
    ///
    /// SV: Vilka uppgifter; om fältet saknas, alla uppgifter i registret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Lastensuojelun asiakasasiakirjat")]
    pub data: Option<Text>,

    /// The retention period, or the criteria used to determine it.
    ///
    /// FI: Säilytysaika tai sen määrittämisperusteet.
    ///
    /// SV: Förvaringstiden eller kriterierna för att fastställa den.
    #[schemars(example = &"2 vuotta asiakkaan kuolemasta")]
    pub period: Text,

    /// Statutes that set the period.
    ///
    /// FI: Säilytysajan määräävät säädökset.
    ///
    /// SV: Författningar som föreskriver förvaringstiden.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = serde_json::json!(["703/2023"]))]
    pub laws: Vec<LawRef>,

    /// A web page with more detail (https://...).
    ///
    /// FI: Verkkosivu, jolla on lisätietoja (https://...).
    ///
    /// SV: En webbsida med mer information (https://...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(url, example = &"https://kansallisarkisto.fi/sosiaalihuollon-asiakirjojen-sailytysaikojen-maarittely")]
    pub link: Option<String>,
}

/// Whether providing data is required (Art 13(2)(e)).
///
/// FI: Onko tietojen antaminen pakollista.
///
/// SV: Om det är obligatoriskt att lämna uppgifterna.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RequirementBasis {
    /// Required by law. FI: lakisääteinen. SV: lagstadgat.
    Statutory,
    /// Required by a contract. FI: sopimukseen perustuva. SV: grundar sig på avtal.
    Contractual,
    /// Needed to enter into a contract. FI: sopimuksen tekemisen edellytys. SV: en förutsättning för att ingå ett avtal.
    ContractPrerequisite,
    /// Voluntary. FI: vapaaehtoinen. SV: frivilligt.
    Voluntary,
    /// Partly required, partly voluntary (explain in `description`). FI: osin pakollinen, osin vapaaehtoinen. SV: delvis obligatoriskt, delvis frivilligt.
    Mixed,
}

/// The statutory or contractual requirement statement.
///
/// FI: Tietojen antamisen pakollisuus.
///
/// SV: Skyldighet att lämna uppgifterna.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatutoryRequirement {
    /// Whether providing data is statutory, contractual, a contract prerequisite or voluntary.
    ///
    /// FI: Onko tietojen antaminen lakisääteistä, sopimukseen perustuvaa, sopimuksen edellytys vai vapaaehtoista.
    ///
    /// SV: Om det är lagstadgat, grundar sig på avtal, är en förutsättning för ett avtal eller är frivilligt att lämna uppgifterna.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = RequirementBasis::Statutory)]
    pub basis: Option<RequirementBasis>,

    /// Explanation, e.g. which data are required.
    ///
    /// FI: Selitys, esim. mitkä tiedot ovat pakollisia.
    ///
    /// SV: Förklaring, t.ex. vilka uppgifter som är obligatoriska.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Asiakkaan on annettava palvelun järjestämiseksi tarpeelliset tiedot.")]
    pub description: Option<Text>,

    /// What follows if the data are not provided.
    ///
    /// FI: Mitä seuraa, jos tietoja ei anneta.
    ///
    /// SV: Vilka följderna blir om uppgifterna inte lämnas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Palvelun tarvetta ei voida arvioida.")]
    pub consequences: Option<Text>,
}

/// Automated decision-making and profiling.
///
/// FI: Automaattinen päätöksenteko ja profilointi.
///
/// SV: Automatiserat beslutsfattande och profilering.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AutomatedDecisions {
    /// Whether decisions based solely on automated processing with legal or similarly significant effects are made (Art 22(1)).
    ///
    /// FI: Tehdäänkö pelkästään automaattiseen käsittelyyn perustuvia päätöksiä, joilla on oikeusvaikutuksia tai vastaavia merkittäviä vaikutuksia.
    ///
    /// SV: Om det fattas beslut som enbart grundar sig på automatiserad behandling och som har rättsliga följder eller på liknande sätt betydande följder.
    #[schemars(example = false)]
    pub used: bool,

    /// Whether profiling is done.
    ///
    /// FI: Tehdäänkö profilointia.
    ///
    /// SV: Om profilering förekommer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = false)]
    pub profiling: Option<bool>,

    /// Meaningful information about the logic involved.
    ///
    /// FI: Merkitykselliset tiedot käsittelyyn liittyvästä logiikasta.
    ///
    /// SV: Meningsfull information om logiken bakom behandlingen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Tuen määrä lasketaan tulojen ja menojen erotuksena.")]
    pub logic: Option<Text>,

    /// The significance and envisaged consequences for the data subject.
    ///
    /// FI: Käsittelyn merkittävyys ja seuraukset rekisteröidylle.
    ///
    /// SV: Behandlingens betydelse och följder för den registrerade.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Päätös vaikuttaa tuen määrään.")]
    pub significance: Option<Text>,

    /// The decision-making in the notice's own words.
    ///
    /// FI: Päätöksenteon kuvaus selosteen omin sanoin.
    ///
    /// SV: Beslutsfattandet med beskrivningens egna ord.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Henkilötietojen käsittelyyn ei sisälly automaattista päätöksentekoa eikä profilointia.")]
    pub description: Option<Text>,
}

/// One data-subject right as stated in the notice: `true` for the standard text, or details.
///
/// FI: Yksi rekisteröidyn oikeus: `true` vakiotekstille tai tarkennukset.
///
/// SV: En av den registrerades rättigheter: `true` för standardtexten, eller preciseringar.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RightDecl {
    /// `true`: the right applies and is described by the standard text; `false`: it does not apply (give a `reason` with the mapping form instead).
    Flag(bool),
    /// The right with details.
    Details(Right),
}

impl RightDecl {
    /// Whether the notice says the right applies (`None` when it says nothing either way).
    pub fn applies(&self) -> Option<bool> {
        match self {
            RightDecl::Flag(b) => Some(*b),
            RightDecl::Details(r) => r.applies,
        }
    }

    /// The details, if the mapping form is used.
    pub fn details(&self) -> Option<&Right> {
        match self {
            RightDecl::Flag(_) => None,
            RightDecl::Details(r) => Some(r),
        }
    }
}

impl JsonSchema for RightDecl {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RightDecl".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = Right::json_schema(generator);
        let obj = schema.ensure_object();
        obj.insert("type".into(), serde_json::json!(["boolean", "object"]));
        obj.insert(
            "description".into(),
            "A data-subject right: `true` states it with the standard text; a mapping gives details (`applies`, `reason`, `description`, `how`, `laws`).\n\nFI: Rekisteröidyn oikeus: `true` esittää sen vakiotekstillä; kartalla voi antaa tarkennuksia.\n\nSV: Den registrerades rättighet: `true` anger den med standardtexten; med en mappning kan preciseringar ges.".into(),
        );
        obj.insert(
            "examples".into(),
            serde_json::json!([true, {"applies": false, "reason": "Käsittely perustuu lakisääteiseen tehtävään."}]),
        );
        schema
    }
}

/// Details of a right.
///
/// FI: Oikeuden tarkennukset.
///
/// SV: Preciseringar av rättigheten.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Right {
    /// Whether the right applies to this processing.
    ///
    /// FI: Soveltuuko oikeus tähän käsittelyyn.
    ///
    /// SV: Om rättigheten gäller den här behandlingen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = true)]
    pub applies: Option<bool>,

    /// Why the right does not apply or is limited (e.g. Art 17(3)(b)).
    ///
    /// FI: Miksi oikeus ei sovellu tai on rajoitettu (esim. 17 artiklan 3 kohdan b alakohta).
    ///
    /// SV: Varför rättigheten inte gäller eller är begränsad (t.ex. art. 17.3 b).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Tietoja ei voi poistaa, koska käsittely perustuu lakisääteiseen velvoitteeseen.")]
    pub reason: Option<Text>,

    /// The right in the notice's own words.
    ///
    /// FI: Oikeuden kuvaus selosteen omin sanoin.
    ///
    /// SV: Rättigheten med beskrivningens egna ord.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Rekisteröidyllä on oikeus saada tietää, mitä häntä koskevia tietoja rekisteriin on tallennettu.")]
    pub description: Option<Text>,

    /// How to exercise the right (channel, form, address).
    ///
    /// FI: Miten oikeutta käytetään (kanava, lomake, osoite).
    ///
    /// SV: Hur rättigheten utövas (kanal, blankett, adress).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Pyyntölomake on saatavilla kaupungin verkkosivuilla.")]
    pub how: Option<Text>,

    /// Statutes that provide for or limit the right.
    ///
    /// FI: Oikeutta koskevat tai rajoittavat säädökset.
    ///
    /// SV: Författningar som gäller eller begränsar rättigheten.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = serde_json::json!(["1050/2018 34 §"]))]
    pub laws: Vec<LawRef>,

    /// Set when the right was declared by an entry of `rights.together`:
    /// that entry's index (the page states the shared text once).
    #[serde(skip)]
    #[schemars(skip)]
    pub shared: Option<usize>,
}

/// The data subject's rights.
///
/// FI: Rekisteröidyn oikeudet.
///
/// SV: Den registrerades rättigheter.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rights {
    /// Right of access (Art 15).
    ///
    /// FI: Oikeus saada pääsy tietoihin eli tarkastusoikeus (15 artikla).
    ///
    /// SV: Rätt att få tillgång till uppgifterna, dvs. rätt till insyn (art. 15).
    #[serde(default, skip_serializing_if = "stated_together_or_none")]
    #[schemars(example = true)]
    #[schemars(extend("x-gdpr" = "GDPR Art. 15"))]
    pub access: Option<RightDecl>,

    /// Right to rectification (Art 16).
    ///
    /// FI: Oikeus tietojen oikaisemiseen (16 artikla).
    ///
    /// SV: Rätt till rättelse av uppgifterna (art. 16).
    #[serde(default, skip_serializing_if = "stated_together_or_none")]
    #[schemars(example = true)]
    #[schemars(extend("x-gdpr" = "GDPR Art. 16"))]
    pub rectification: Option<RightDecl>,

    /// Right to erasure (Art 17).
    ///
    /// FI: Oikeus tietojen poistamiseen (17 artikla).
    ///
    /// SV: Rätt till radering av uppgifterna (art. 17).
    #[serde(default, skip_serializing_if = "stated_together_or_none")]
    #[schemars(example = true)]
    #[schemars(extend("x-gdpr" = "GDPR Art. 17"))]
    pub erasure: Option<RightDecl>,

    /// Right to restriction of processing (Art 18).
    ///
    /// FI: Oikeus käsittelyn rajoittamiseen (18 artikla).
    ///
    /// SV: Rätt till begränsning av behandlingen (art. 18).
    #[serde(default, skip_serializing_if = "stated_together_or_none")]
    #[schemars(example = true)]
    #[schemars(extend("x-gdpr" = "GDPR Art. 18"))]
    pub restriction: Option<RightDecl>,

    /// Right to data portability (Art 20).
    ///
    /// FI: Oikeus siirtää tiedot järjestelmästä toiseen (20 artikla).
    ///
    /// SV: Rätt att flytta uppgifterna från ett system till ett annat (art. 20).
    #[serde(default, skip_serializing_if = "stated_together_or_none")]
    #[schemars(example = true)]
    #[schemars(extend("x-gdpr" = "GDPR Art. 20"))]
    pub portability: Option<RightDecl>,

    /// Right to object (Art 21).
    ///
    /// FI: Oikeus vastustaa käsittelyä (21 artikla).
    ///
    /// SV: Rätt att göra invändningar mot behandlingen (art. 21).
    #[serde(default, skip_serializing_if = "stated_together_or_none")]
    #[schemars(example = true)]
    #[schemars(extend("x-gdpr" = "GDPR Art. 21"))]
    pub object: Option<RightDecl>,

    /// Right to withdraw consent at any time (Art 7(3), Art 13(2)(c)).
    ///
    /// FI: Oikeus peruuttaa suostumus milloin tahansa (7 artiklan 3 kohta).
    ///
    /// SV: Rätt att när som helst återkalla samtycket (art. 7.3).
    #[serde(default, skip_serializing_if = "stated_together_or_none")]
    #[schemars(example = true)]
    #[schemars(extend("x-gdpr" = "GDPR Art. 13(2)(c)"))]
    pub withdraw_consent: Option<RightDecl>,

    /// Right not to be subject to a decision based solely on automated processing (Art 22).
    ///
    /// FI: Oikeus olla joutumatta pelkästään automaattiseen käsittelyyn perustuvan päätöksen kohteeksi (22 artikla).
    ///
    /// SV: Rätt att inte bli föremål för ett beslut som enbart grundar sig på automatiserad behandling (art. 22).
    #[serde(default, skip_serializing_if = "stated_together_or_none")]
    #[schemars(example = true)]
    #[schemars(extend("x-gdpr" = "GDPR Art. 22"))]
    pub automated_decision: Option<RightDecl>,

    /// Several rights stated with one shared text, as legacy notices often do ("You have the right to access, rectify and erase ..."); each right listed is declared as applying, with this text.
    ///
    /// FI: Useita oikeuksia yhteisellä tekstillä, kuten vanhoissa selosteissa usein ("Sinulla on oikeus tarkastaa, oikaista ja poistaa ..."); kukin luetelluista oikeuksista ilmoitetaan sovellettavaksi tällä tekstillä.
    ///
    /// SV: Flera rättigheter med en gemensam text, som äldre beskrivningar ofta gör ("Du har rätt att få tillgång till, rätta och radera ..."); varje rättighet som räknas upp anges som tillämplig med denna text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = serde_json::json!([{"rights": ["access", "rectification", "erasure", "restriction"], "description": "Sinulla on oikeus tarkastaa tietosi, vaatia virheellisen tiedon oikaisemista ja tietojen poistamista tai käsittelyn rajoittamista laissa säädetyin edellytyksin."}]))]
    pub together: Vec<SharedRights>,
}

/// Whether a right's declaration is absent or only spread from
/// `rights.together` (so it is written back where the notice wrote it).
fn stated_together_or_none(d: &Option<RightDecl>) -> bool {
    match d {
        None => true,
        Some(RightDecl::Details(r)) => r.shared.is_some(),
        Some(RightDecl::Flag(_)) => false,
    }
}

/// Rights stated together with one text.
///
/// FI: Yhteisellä tekstillä ilmoitetut oikeudet.
///
/// SV: Rättigheter som anges med en gemensam text.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SharedRights {
    /// The rights the text covers.
    ///
    /// FI: Oikeudet, joita teksti koskee.
    ///
    /// SV: De rättigheter som texten gäller.
    #[schemars(length(min = 2), example = serde_json::json!(["access", "rectification", "erasure"]))]
    pub rights: Vec<RightKind>,

    /// The shared text, published once for all the rights listed.
    ///
    /// FI: Yhteinen teksti, joka julkaistaan kerran kaikkien lueteltujen oikeuksien kohdalla.
    ///
    /// SV: Den gemensamma texten, som publiceras en gång för alla rättigheter som räknas upp.
    #[schemars(example = &"Sinulla on oikeus tarkastaa tietosi ja vaatia virheellisen tiedon oikaisemista.")]
    pub description: Text,

    /// How to use these rights.
    ///
    /// FI: Miten näitä oikeuksia käytetään.
    ///
    /// SV: Hur dessa rättigheter utövas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Pyyntö tehdään kirjallisesti kirjaamoon.")]
    pub how: Option<Text>,

    /// Laws that govern or limit these rights.
    ///
    /// FI: Lait, jotka sääntelevät tai rajoittavat näitä oikeuksia.
    ///
    /// SV: Lagar som reglerar eller begränsar dessa rättigheter.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = serde_json::json!(["Laki sosiaalihuollon asiakasasiakirjoista 254/2015"]))]
    pub laws: Vec<LawRef>,
}

/// A right of the data subject that a notice declares under `rights`.
///
/// FI: Rekisteröidyn oikeus, jonka seloste ilmoittaa `rights`-kohdassa.
///
/// SV: En rättighet för den registrerade som beskrivningen anger under `rights`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum RightKind {
    /// Right of access (Art 15). FI: tarkastusoikeus (15 artikla). SV: rätt till tillgång (art. 15).
    Access,
    /// Right to rectification (Art 16). FI: oikeus tietojen oikaisemiseen (16 artikla). SV: rätt till rättelse (art. 16).
    Rectification,
    /// Right to erasure (Art 17). FI: oikeus tietojen poistamiseen (17 artikla). SV: rätt till radering (art. 17).
    Erasure,
    /// Right to restriction of processing (Art 18). FI: oikeus käsittelyn rajoittamiseen (18 artikla). SV: rätt till begränsning av behandling (art. 18).
    Restriction,
    /// Right to data portability (Art 20). FI: oikeus siirtää tiedot järjestelmästä toiseen (20 artikla). SV: rätt till dataportabilitet (art. 20).
    Portability,
    /// Right to object (Art 21). FI: vastustamisoikeus (21 artikla). SV: rätt att göra invändningar (art. 21).
    Object,
    /// Right to withdraw consent (Art 7(3)). FI: oikeus peruuttaa suostumus (7 artiklan 3 kohta). SV: rätt att återkalla samtycke (art. 7.3).
    WithdrawConsent,
    /// Rights in automated decision-making (Art 22). FI: oikeudet automaattisessa päätöksenteossa (22 artikla). SV: rättigheter vid automatiserat beslutsfattande (art. 22).
    AutomatedDecision,
}

impl RightKind {
    /// Every right, in the order of the GDPR articles.
    pub const ALL: [RightKind; 8] = [
        RightKind::Access,
        RightKind::Rectification,
        RightKind::Erasure,
        RightKind::Restriction,
        RightKind::Portability,
        RightKind::Object,
        RightKind::WithdrawConsent,
        RightKind::AutomatedDecision,
    ];

    /// Its key under `rights` (and in the standard texts, `right.<key>.*`).
    pub fn key(self) -> &'static str {
        match self {
            RightKind::Access => "access",
            RightKind::Rectification => "rectification",
            RightKind::Erasure => "erasure",
            RightKind::Restriction => "restriction",
            RightKind::Portability => "portability",
            RightKind::Object => "object",
            RightKind::WithdrawConsent => "withdraw_consent",
            RightKind::AutomatedDecision => "automated_decision",
        }
    }
}

impl Rights {
    /// Declares every right of `together` that is not declared on its own:
    /// it applies, with the shared text. Run once when a notice is read
    /// ([`Notice::from_value`]), so every reader of a right sees it.
    fn spread_together(&mut self) {
        let together = std::mem::take(&mut self.together);
        for (i, group) in together.iter().enumerate() {
            for &right in &group.rights {
                let slot = self.slot(right);
                if slot.is_none() {
                    *slot = Some(RightDecl::Details(Right {
                        applies: Some(true),
                        reason: None,
                        description: Some(group.description.clone()),
                        how: group.how.clone(),
                        laws: group.laws.clone(),
                        shared: Some(i),
                    }));
                }
            }
        }
        self.together = together;
    }

    fn slot(&mut self, right: RightKind) -> &mut Option<RightDecl> {
        match right {
            RightKind::Access => &mut self.access,
            RightKind::Rectification => &mut self.rectification,
            RightKind::Erasure => &mut self.erasure,
            RightKind::Restriction => &mut self.restriction,
            RightKind::Portability => &mut self.portability,
            RightKind::Object => &mut self.object,
            RightKind::WithdrawConsent => &mut self.withdraw_consent,
            RightKind::AutomatedDecision => &mut self.automated_decision,
        }
    }

    /// The declaration of a right.
    pub fn get(&self, right: RightKind) -> Option<&RightDecl> {
        match right {
            RightKind::Access => self.access.as_ref(),
            RightKind::Rectification => self.rectification.as_ref(),
            RightKind::Erasure => self.erasure.as_ref(),
            RightKind::Restriction => self.restriction.as_ref(),
            RightKind::Portability => self.portability.as_ref(),
            RightKind::Object => self.object.as_ref(),
            RightKind::WithdrawConsent => self.withdraw_consent.as_ref(),
            RightKind::AutomatedDecision => self.automated_decision.as_ref(),
        }
    }
}

/// How rights requests are made.
///
/// FI: Miten oikeuksien käyttöä koskevat pyynnöt tehdään.
///
/// SV: Hur begäranden om att utöva rättigheterna görs.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Requests {
    /// How to make a request, in the notice's own words.
    ///
    /// FI: Miten pyyntö tehdään, selosteen omin sanoin.
    ///
    /// SV: Hur en begäran görs, med beskrivningens egna ord.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Pyynnön voi tehdä kirjallisesti tai henkilökohtaisesti.")]
    pub description: Option<Text>,

    /// Postal address for requests.
    ///
    /// FI: Postiosoite, johon pyynnöt lähetetään.
    ///
    /// SV: Postadress dit begäranden skickas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Huittisten kaupunki, Hallintopalvelukeskus, Risto Rytin katu 36, 32700 Huittinen")]
    pub address: Option<Text>,

    /// E-mail address for requests.
    ///
    /// FI: Sähköpostiosoite pyynnöille.
    ///
    /// SV: E-postadress för begäranden.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(email, example = &"tietosuoja@lieto.fi")]
    pub email: Option<String>,

    /// Telephone number for requests.
    ///
    /// FI: Puhelinnumero pyynnöille.
    ///
    /// SV: Telefonnummer för begäranden.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"02 560 4111")]
    pub phone: Option<String>,

    /// Address of the request forms (https://...).
    ///
    /// FI: Pyyntölomakkeiden osoite (https://...).
    ///
    /// SV: Adress till blanketterna för begäranden (https://...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(url, example = &"https://www.parkano.fi/tietosuoja")]
    pub form_url: Option<String>,

    /// How the requester's identity is verified.
    ///
    /// FI: Miten pyytäjän henkilöllisyys todennetaan.
    ///
    /// SV: Hur identiteten hos den som gör en begäran kontrolleras.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Henkilöllisyys todennetaan vahvalla sähköisellä tunnistautumisella tai henkilötodistuksella.")]
    pub identification: Option<Text>,

    /// Fees (Art 12(5): free of charge unless manifestly unfounded or excessive).
    ///
    /// FI: Maksut (12 artiklan 5 kohta: maksuton, ellei pyyntö ole ilmeisen perusteeton tai kohtuuton).
    ///
    /// SV: Avgifter (art. 12.5: avgiftsfritt, om inte begäran är uppenbart ogrundad eller orimlig).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 12(5)"))]
    #[schemars(example = &"Pyynnöt käsitellään maksutta.")]
    pub fees: Option<Text>,

    /// Response time (Art 12(3): one month, extendable by two months).
    ///
    /// FI: Vastausaika (12 artiklan 3 kohta: kuukausi, jatkettavissa kahdella kuukaudella).
    ///
    /// SV: Svarstid (art. 12.3: en månad, som kan förlängas med två månader).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("x-gdpr" = "GDPR Art. 12(3)"))]
    #[schemars(example = &"Vastaamme kuukauden kuluessa.")]
    pub response_time: Option<Text>,
}

/// A supervisory authority known to the tool.
///
/// FI: Työkalun tuntema valvontaviranomainen.
///
/// SV: En tillsynsmyndighet som verktyget känner till.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Authority {
    /// The Finnish Data Protection Ombudsman (contacts from the tool's data). FI: tietosuojavaltuutettu (yhteystiedot työkalun tiedoista). SV: dataombudsmannen (kontaktuppgifterna från verktygets egna data).
    FiOmbudsman,
    /// Another authority, given in `contact`. FI: muu viranomainen, yhteystiedot kentässä `contact`. SV: en annan myndighet, kontaktuppgifterna i fältet `contact`.
    Other,
}

/// The right to lodge a complaint.
///
/// FI: Valitusoikeus valvontaviranomaiselle.
///
/// SV: Rätt att lämna in klagomål till en tillsynsmyndighet.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Complaint {
    /// The authority; default: the Finnish Data Protection Ombudsman.
    ///
    /// FI: Viranomainen; oletus: tietosuojavaltuutettu.
    ///
    /// SV: Myndigheten; standardvärde: dataombudsmannen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = Authority::FiOmbudsman)]
    pub authority: Option<Authority>,

    /// Contact details of another authority.
    ///
    /// FI: Muun viranomaisen yhteystiedot.
    ///
    /// SV: Kontaktuppgifter till en annan myndighet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = serde_json::json!({"name": "Integritetsskyddsmyndigheten", "website": "https://www.imy.se"}))]
    pub contact: Option<Contact>,

    /// The right in the notice's own words.
    ///
    /// FI: Valitusoikeus selosteen omin sanoin.
    ///
    /// SV: Rätten att lämna in klagomål med beskrivningens egna ord.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Rekisteröidyllä on oikeus tehdä valitus valvontaviranomaiselle.")]
    pub description: Option<Text>,
}

/// Publicity and secrecy of the data.
///
/// FI: Tietojen julkisuus ja salassapito.
///
/// SV: Uppgifternas offentlighet och sekretess.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Confidentiality {
    /// Whether the data are secret by law.
    ///
    /// FI: Ovatko tiedot lain mukaan salassa pidettäviä.
    ///
    /// SV: Om uppgifterna är sekretessbelagda enligt lag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = true)]
    pub secret: Option<bool>,

    /// Explanation in the notice's own words.
    ///
    /// FI: Selitys selosteen omin sanoin.
    ///
    /// SV: Förklaring med beskrivningens egna ord.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Tiedot ovat salassa pidettäviä ja henkilökunnalla on vaitiolovelvollisuus.")]
    pub description: Option<Text>,

    /// Statutes on secrecy.
    ///
    /// FI: Salassapitoa koskevat säädökset.
    ///
    /// SV: Författningar om sekretess.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = serde_json::json!(["621/1999 24 §"]))]
    pub laws: Vec<LawRef>,
}

/// Security measures.
///
/// FI: Suojauksen periaatteet.
///
/// SV: Principerna för skyddet av uppgifterna.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Security {
    /// Protection of manual (paper) material.
    ///
    /// FI: Manuaalisen aineiston suojaus.
    ///
    /// SV: Skydd av manuellt material.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Asiakirjat säilytetään lukituissa tiloissa.")]
    pub manual: Option<Text>,

    /// Protection of electronic data.
    ///
    /// FI: Sähköisen aineiston suojaus.
    ///
    /// SV: Skydd av elektroniskt material.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Käyttöoikeudet ovat henkilökohtaisia ja tehtäväkohtaisia.")]
    pub electronic: Option<Text>,

    /// Information systems used.
    ///
    /// FI: Käytettävät tietojärjestelmät.
    ///
    /// SV: Informationssystem som används.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(example = serde_json::json!([{"name": "Pro Consona", "description": "Sosiaalihuollon asiakastietojärjestelmä"}]))]
    pub systems: Vec<System>,
}

/// An information system.
///
/// FI: Tietojärjestelmä.
///
/// SV: Informationssystem.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct System {
    /// Name of the system.
    ///
    /// FI: Järjestelmän nimi.
    ///
    /// SV: Systemets namn.
    #[schemars(example = &"Pro Consona")]
    pub name: String,

    /// What the system is used for.
    ///
    /// FI: Mihin järjestelmää käytetään.
    ///
    /// SV: Vad systemet används till.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Sosiaalihuollon asiakastietojärjestelmä")]
    pub description: Option<Text>,
}

/// A change to the notice.
///
/// FI: Selosteen muutos.
///
/// SV: En ändring i beskrivningen.
#[derive(Debug, Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// Date of the change.
    ///
    /// FI: Muutoksen päivämäärä.
    ///
    /// SV: Datum för ändringen.
    #[schemars(example = &"2024-05-31")]
    pub date: Date,

    /// What changed.
    ///
    /// FI: Mitä muutettiin.
    ///
    /// SV: Vad som ändrades.
    #[schemars(example = &"Säilytysajat päivitetty lain 703/2023 mukaisiksi.")]
    pub description: Text,
}

/// Statements that fit no structured field, per section of the notice.
///
/// FI: Jäsentämättömät lausumat osioittain.
///
/// SV: Ostrukturerade texter per avsnitt.
#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SectionNotes {
    /// Notes on the controller and contacts.
    ///
    /// FI: Huomautukset rekisterinpitäjästä ja yhteystiedoista.
    ///
    /// SV: Tilläggsinformation om den personuppgiftsansvarige och kontaktuppgifterna.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Palveluntuottajien rekisterit ovat tämän rekisterin osarekistereitä.")]
    pub controller: Option<Text>,

    /// Notes on purposes and legal basis.
    ///
    /// FI: Huomautukset käsittelyn tarkoituksista ja perusteista.
    ///
    /// SV: Tilläggsinformation om ändamålen med behandlingen och de rättsliga grunderna.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Tietoja ei yhdistetä muihin henkilörekistereihin.")]
    pub purposes: Option<Text>,

    /// Notes on the data processed.
    ///
    /// FI: Huomautukset rekisterin tietosisällöstä.
    ///
    /// SV: Tilläggsinformation om registrets informationsinnehåll.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Rekistereihin voidaan tallentaa vain käyttötarpeen mukaisia tietoja.")]
    pub data: Option<Text>,

    /// Notes on sources.
    ///
    /// FI: Huomautukset tietolähteistä.
    ///
    /// SV: Tilläggsinformation om uppgiftskällorna.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Tiedot saadaan pääosin asiakkaalta itseltään.")]
    pub sources: Option<Text>,

    /// Notes on recipients and disclosures.
    ///
    /// FI: Huomautukset tietojen luovutuksista.
    ///
    /// SV: Tilläggsinformation om utlämnande av uppgifter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Tiedot luovutetaan lähtökohtaisesti kopioina.")]
    pub recipients: Option<Text>,

    /// Notes on transfers outside the EU/EEA.
    ///
    /// FI: Huomautukset siirroista EU:n tai ETA:n ulkopuolelle.
    ///
    /// SV: Tilläggsinformation om överföringar utanför EU eller EES.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Asiakas voi peruuttaa suostumuksensa milloin tahansa.")]
    pub transfers: Option<Text>,

    /// Notes on retention.
    ///
    /// FI: Huomautukset säilytyksestä.
    ///
    /// SV: Tilläggsinformation om förvaringen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Asiakastietoja poistetaan puolen vuoden välein.")]
    pub retention: Option<Text>,

    /// Notes on rights.
    ///
    /// FI: Huomautukset oikeuksista.
    ///
    /// SV: Tilläggsinformation om rättigheterna.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Asiakirjoista perittävät maksut perustuvat kaupunginhallituksen päätökseen.")]
    pub rights: Option<Text>,

    /// Notes on security.
    ///
    /// FI: Huomautukset suojauksesta.
    ///
    /// SV: Tilläggsinformation om skyddet av uppgifterna.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Tietoja käsitteleviä koskee vaitiolovelvollisuus.")]
    pub security: Option<Text>,

    /// Anything else.
    ///
    /// FI: Muut asiat.
    ///
    /// SV: Övrigt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(example = &"Päivitämme selostetta tarvittaessa.")]
    pub other: Option<Text>,
}
