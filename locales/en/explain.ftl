## The checks before the rules

file-too-large-doc =
    .what = The file is at most 2 MiB, the most a notice can be.
    .why = A privacy notice is a few pages of text. The limit keeps checking and publishing fast and bounded for any input; a larger file is usually the wrong file.

file-encoding-doc =
    .what = The file is UTF-8 (a byte-order mark is allowed).
    .why = seloste reads UTF-8 only, so that ä, ö and å come out as written. A file saved by an old Windows editor in Windows-1252, or in UTF-16, would otherwise be read wrong.

file-empty-doc =
    .what = The file contains a notice, not only comments or blank lines.
    .why = An empty file in the notices folder is almost always a mistake; it is reported rather than skipped so that nothing is silently left unpublished.

yaml-syntax-doc =
    .what = The file is valid YAML 1.2 and holds one document.
    .why = A notice is read as YAML. A syntax error makes the whole notice unreadable, so it is reported at the exact line with a hint (indentation, quotes, tabs).

yaml-duplicate-key-doc =
    .what = No key appears twice in one mapping.
    .why = With a repeated key, one of the two values would be lost without a word; seloste refuses to guess which one the author meant.

yaml-limits-doc =
    .what = The YAML stays within the nesting, size and alias limits (see SECURITY.md).
    .why = Deep nesting and aliases that repeat large parts ("alias bombs") can make a small file expand to gigabytes. A notice needs neither, and the limits keep every check bounded.

schema-unknown-key-doc =
    .what = Every key is one the format knows at that place.
    .why = A misspelt key would otherwise be ignored, and the information it holds would be missing from the published notice without anyone noticing.

schema-missing-key-doc =
    .what = Every required key is present.
    .why = The required keys carry the information that Art 13 and 14 GDPR require in every notice, or that the tool needs to publish it (id, title, languages).

schema-type-doc =
    .what = Every value has the type the format expects (text, list, mapping, true/false).
    .why = A value of the wrong type cannot be published as intended; YAML also turns unquoted values such as `no` or `2024-05-31` into other types than text.

schema-enum-doc =
    .what = Values with a fixed set of choices (legal bases, languages, kinds of organisation) use one of the allowed values.
    .why = The rules and the standard texts depend on these values; a value outside the set would be neither checked nor published correctly.

schema-format-doc =
    .what = Dates, e-mail addresses, web addresses, the notice id and other values with a form have that form, within the length limits.
    .why = Readers must be able to use the contact details, and the id becomes the address of the published notice.

schema-empty-doc =
    .what = Texts, lists and language versions that must have content are not empty.
    .why = An empty value states nothing; the information it should hold would be missing from the notice.

schema-duplicate-item-doc =
    .what = A list does not give the same value twice.
    .why = A repeated value is usually a copying mistake and would be published twice.

schema-invalid-doc =
    .what = Every value has a form the format allows.
    .why = A value the format cannot read (such as a date that does not exist) cannot be checked or published.

suppression-unknown-rule-doc =
    .what = Every suppression in the notice's `suppress` list names an existing rule.
    .why = A suppression of a misspelt rule id suppresses nothing, so the finding it was meant for would still be reported, or a reviewer would wrongly believe it was handled.

suppression-unused-doc =
    .what = Every suppression in the notice's `suppress` list still matches a finding.
    .why = A suppression that matches nothing is left over from an earlier version; removing it keeps the record of accepted exceptions true.

findings-truncated-doc =
    .what = Reports at most 1,000 findings per file and says how many more there were.
    .why = A generated or broken file can have hundreds of thousands of findings; listing them all would make the report unreadable and slow. The exit code still counts them.

text-nesting-doc =
    .what = Lists, quotes and emphasis in a text are nested at most 8 levels deep.
    .why = The published notice shows at most 8 levels; deeper ones are shown flat, so the text would not look as written. A notice needs no deeper structure.

text-glyphs-doc =
    .what = Every character of a text can be shown by the fonts embedded in the PDF; symbol-font characters pasted from Word are reported.
    .why = The PDF is the archival copy. A character no embedded font has would be shown as a box, and Word's symbol-font bullets are private-use characters that mean nothing outside Word.

text-heading-length-doc =
    .what = Names that are shown as headings are at most 500 characters long.
    .why = The PDF shortens longer headings; a name that long is usually a description written in the name field.

text-word-length-doc =
    .what = A text has no word or address longer than 1,000 characters without spaces.
    .why = The PDF breaks such words into lines of 40 characters and shows very long links as text; such words are usually text pasted without spaces or an encoded address.

## The rules

controller-contact-doc =
    .what = The controller block gives at least one way to contact the controller. The channels of the contact person, the person responsible, the requests address and the DPO's postal address count too.
    .why = Art 13(1)(a) and 14(1)(a) require "the identity and the contact details of the controller".

controller-channels-doc =
    .what = The controller has at least two of postal address, phone and e-mail. The channels of the contact person, the person responsible, the requests address and the DPO's postal address count too.
    .why = The transparency guidelines (WP260 rev.01) expect different forms of communication with the controller.

controller-kind-doc =
    .what = The controller declares its kind of organisation.
    .why = Whether the controller is a public authority decides whether a DPO is mandatory (Art 37(1)(a)) and whether legitimate interests can be a basis (Art 6(1), last subparagraph).

controller-kind-inferred-doc =
    .what = The controller's kind is declared, not only read from its name.
    .why = Whether the controller is a public authority decides whether a DPO is mandatory (Art 37(1)(a)) and whether legitimate interests can be a basis (Art 6(1), last subparagraph). When `kind` is missing, seloste reads the kind from the words of the name (kaupunki, kunta, hyvinvointialue, kuntayhtymä, seurakunta, yliopisto, virasto, ry, säätiö, Oy and their Swedish forms) and evaluates the rules with it; declaring it makes the reading the lawyer's, not the tool's.

fi-controller-legal-person-doc =
    .what = The controller's name says which organisation it is, not only one of its bodies (a board, committee) or units (a faculty, department).
    .why = Under Art 4(7) the controller is the natural or legal person, public authority, agency or other body that determines the purposes and means; a board of a municipality can itself be a controller as an authority. What a notice must not leave out is whose board or unit it is: naming only "the social welfare board" or "the faculty of medicine" leaves the data subject unsure which organisation is responsible (Art 13(1)(a)).

fi-business-id-doc =
    .what = `controller.business_id` has the form `NNNNNNN-C` and a correct check digit.
    .why = A wrong business ID identifies the wrong organisation (Art 13(1)(a) identity of the controller).

fi-controller-wellbeing-county-doc =
    .what = A notice of social-welfare or health-care services checked as of 2023 or later does not name a municipality or a joint municipal authority as the controller (except Helsinki and the municipalities of Åland; environmental health care stays with the municipalities).
    .why = Since 1 January 2023 the organising responsibility for social welfare and health care moved from municipalities to 21 wellbeing services counties (Acts 611/2021 and 612/2021); Helsinki keeps it. The county is the controller of the client register.

representative-doc =
    .what = A controller with `established_in_eu: false` names its representative.
    .why = Art 13(1)(a) requires the contact details of the controller's representative where applicable; Art 27 requires controllers outside the Union to designate one.

representative-not-needed-doc =
    .what = `representative` is used only by a controller established outside the EU.
    .why = Art 27 requires a controller or processor not established in the Union to designate a representative in the Union, and Art 13(1)(a) asks for that representative's contact details. A Finnish city, county or association has none; a person entered there is usually its contact person, and the page would present them as the "representative in the EU".

joint-controllers-arrangement-doc =
    .what = `joint_controllers` has an `arrangement`.
    .why = Art 26(2): "the essence of the arrangement shall be made available to the data subject".

dpo-required-doc =
    .what = A public authority or body (also an Evangelical Lutheran or Orthodox parish) names its data protection officer; a controller that processes special categories or criminal-offence data is warned to assess Art 37(1)(c).
    .why = Art 37(1)(a): a public authority or body must designate a DPO; Art 37(1)(c): so must a controller whose core activities consist of large-scale processing of special categories or criminal-offence data; Art 13(1)(b) and 14(1)(b) require the DPO's contact details in the notice.

dpo-contact-doc =
    .what = The DPO block gives at least one contact channel.
    .why = Art 13(1)(b) requires "the contact details of the data protection officer"; the name alone is not enough.

dpo-direct-channel-doc =
    .what = The DPO's e-mail and phone differ from the controller's general e-mail and phone.
    .why = Data subjects may contact the DPO directly (Art 38(4)); the Article 29 Working Party's DPO guidelines (WP243) and the Finnish Ombudsman recommend a dedicated channel.

dpo-conflict-doc =
    .what = The DPO is neither the person responsible for the register nor in a management role of the processing.
    .why = Art 38(6): the DPO's other tasks must not result in a conflict of interests; the Ombudsman's guidance excludes positions that define purposes and means of processing. The same person as the register's contact or responsible person is the typical case.

purposes-doc =
    .what = The notice lists at least one purpose.
    .why = Art 13(1)(c) and 14(1)(c): "the purposes of the processing for which the personal data are intended".

purpose-name-doc =
    .what = A purpose without `name` whose description is longer than the summary shows whole.
    .why = Art 12(1): information in a concise, transparent, intelligible and easily accessible form. The summary at the top of the notice ("At a glance") lists one line per purpose, so that a reader on a phone sees at once why their data are processed; a long description there is a wall of text.

legal-basis-doc =
    .what = Every purpose names its Art 6(1) legal basis.
    .why = Art 13(1)(c) requires "the legal basis for the processing"; WP260 asks for the specific point of Art 6(1). The rights that apply depend on it (Arts 17(3)(b), 20, 21).

legal-basis-law-doc =
    .what = A purpose with basis `legal_obligation` or `public_task` cites the law it rests on.
    .why = Art 6(3): the basis for processing under Art 6(1)(c) and (e) "shall be laid down by Union law or Member State law".

legitimate-interests-public-authority-doc =
    .what = A controller of a public kind does not use `legitimate_interests`.
    .why = Art 6(1), last subparagraph: point (f) "shall not apply to processing carried out by public authorities in the performance of their tasks".

legitimate-interests-described-doc =
    .what = A purpose based on legitimate interests describes the interests.
    .why = Art 13(1)(d): "where the processing is based on point (f) of Article 6(1), the legitimate interests pursued by the controller or by a third party".

consent-public-authority-doc =
    .what = A public-authority controller does not use `consent` as a legal basis without reflection.
    .why = Art 4(11): consent must be freely given. Recital 43: consent is unlikely to be a valid basis where there is a clear imbalance between the data subject and the controller, in particular a public authority (EDPB Guidelines 05/2020 on consent).

purpose-catch-all-doc =
    .what = No text uses catch-all purposes such as "muu asiallinen yhteys".
    .why = Art 5(1)(b) requires specified, explicit purposes; "muu asiallinen yhteys" is a ground of the repealed Personal Data Act (523/1999, 8 §) with no counterpart in the GDPR.

special-category-condition-doc =
    .what = Every declared special category names its Art 9(2) condition.
    .why = Processing special categories is prohibited (Art 9(1)) unless one of the conditions of Art 9(2) applies; the transparency guidelines ask the notice to name it.

special-category-undeclared-doc =
    .what = Each `special_category` of a data category is declared in `special_categories`.
    .why = The Art 9(2) condition is given per special category; a category marked in the data but not declared has no condition.

special-category-law-doc =
    .what = A special category relying on Art 9(2)(b), (g), (h), (i) or (j) cites the law that provides for it.
    .why = These points of Art 9(2) apply only on the basis of Union or Member State law; in Finland e.g. section 6 of the Data Protection Act (1050/2018) and sector acts.

special-categories-detected-doc =
    .what = A notice whose own words mention substance use, disability, pregnancy, illness or mental health declares special categories.
    .why = Data concerning health are a special category (Art 9(1), Art 4(15)); substance use, disability and pregnancy are health data. Social-welfare need as such is not (it was "arkaluonteinen" under the repealed Personal Data Act), but health data inside social-welfare files are.

criminal-data-law-doc =
    .what = `criminal_offence_data` cites the law that authorises the processing.
    .why = Art 10: processing of data relating to criminal convictions and offences is allowed only under official authority or when authorised by Union or Member State law providing safeguards. Processing under the control of official authority needs no separate law, so a notice that cites none gets a warning, not an error.

sources-doc =
    .what = The notice has a `sources` block.
    .why = Art 13 governs data collected from the data subject and Art 14 data obtained elsewhere; Art 14(2)(f) requires the source. Several requirements depend on which applies.

data-categories-doc =
    .what = When data come from sources other than the data subject, `data_categories` is not empty.
    .why = Art 14(1)(d): "the categories of personal data concerned" must be given when data are not obtained from the data subject.

recipients-doc =
    .what = The notice has `recipients` (an empty list states that there are none).
    .why = Art 13(1)(e) requires the recipients or categories of recipients "if any"; WP260 asks to say so explicitly when there are none.

recipients-specific-doc =
    .what = Recipients are named, or described more precisely than "authorities" or "partners".
    .why = WP260 rev.01: the default is to name the recipients; if categories are given they should be as specific as possible.

processors-doc =
    .what = A notice that names information systems has `processors`.
    .why = Processors are recipients (Art 4(9)); WP260 counts them among the recipients to be disclosed. A named system usually has a vendor or host processing data.

transfers-doc =
    .what = The notice has `transfers` (an empty list states that there are none).
    .why = Art 13(1)(f) requires information on transfers "where applicable"; Finnish notices traditionally state the absence explicitly, and readers expect it.

transfer-safeguard-doc =
    .what = Every transfer names its Chapter V mechanism.
    .why = Art 13(1)(f): the existence or absence of an adequacy decision, or reference to the appropriate safeguards and the means to obtain a copy of them. A reference to section 22 of the repealed Personal Data Act is no mechanism.

transfer-countries-doc =
    .what = Every transfer names its countries.
    .why = WP260 rev.01: the third countries concerned should be named.

transfer-consent-risks-doc =
    .what = A transfer on explicit consent describes the risks.
    .why = Art 49(1)(a): consent to a transfer is valid only "after having been informed of the possible risks of such transfers for the data subject due to the absence of an adequacy decision and appropriate safeguards".

retention-doc =
    .what = The notice has at least one `retention` entry.
    .why = Art 13(2)(a): "the period for which the personal data will be stored, or if that is not possible, the criteria used to determine that period".

retention-specific-doc =
    .what = Every retention period contains a number, or criteria other than generic phrases.
    .why = WP260 rev.01: it is not sufficient to state generically that data will be kept as long as necessary; the data subject must be able to assess the period for their own data.

right-access-doc =
    .what = The notice states the right of access.
    .why = Art 13(2)(b) and 14(2)(c) require informing of the right to request access (Art 15), whatever the legal basis.

right-rectification-doc =
    .what = The notice states the right to rectification.
    .why = Art 13(2)(b) and 14(2)(c) require informing of the right to rectification (Art 16), whatever the legal basis.

right-restriction-doc =
    .what = The notice states the right to restriction of processing.
    .why = Art 13(2)(b) and 14(2)(c) require informing of the right to restriction (Art 18), whatever the legal basis. None of the five seed notices mentions it.

right-erasure-doc =
    .what = When a purpose relies on consent, contract, vital interests or legitimate interests, the notice states the right to erasure.
    .why = Art 17(1) applies to these bases; for legal obligations and public tasks Art 17(3)(b) excludes it (see `right-erasure-limited`).

right-erasure-limited-doc =
    .what = When every purpose rests on `legal_obligation` or `public_task`, erasure is not stated as applying without a reason.
    .why = Art 17(3)(b): the right to erasure does not apply to the extent that processing is necessary for compliance with a legal obligation or a public task. Promising it unconditionally misleads; saying it never applies overstates the exception.

right-object-doc =
    .what = When a purpose relies on a public task or legitimate interests, the notice states the right to object.
    .why = Art 21(1) gives the right to object to processing based on Art 6(1)(e) or (f); Art 21(4) requires it to be presented clearly and separately.

right-object-direct-marketing-doc =
    .what = A purpose marked `direct_marketing: true` (or a notice that speaks of direct marketing) states the right to object.
    .why = Art 21(2)-(3): the data subject may object at any time to direct marketing, whatever the basis; Art 21(4) requires bringing it explicitly to their attention.

right-portability-doc =
    .what = When a purpose relies on consent or a contract, the notice states the right to data portability.
    .why = Art 20(1): the right applies where processing is based on consent or a contract and carried out by automated means. It does not apply to public tasks (Art 20(3)).

right-object-denied-doc =
    .what = The notice's own `description` of the right to object says that the data subject cannot object ("ei voi kieltää", "kan inte invända", "cannot object").
    .why = Art 21(1) gives the right to object to processing based on public task or legitimate interests, and Art 12(1) requires clear information. A text that denies the right under the heading of the right contradicts itself: it is usually the Personal Data Act's "kielto-oikeus" (a right to prohibit disclosures) carried over. seloste shows such a text only in the rights section, not in the highlighted box.

rights-together-twice-doc =
    .what = A right listed in `rights.together` is not also declared on its own or in another entry.
    .why = Information must be concise and unambiguous (Art 12(1)). A right declared twice has two texts, and the page can publish only one of them (the one declared on its own, else the first entry), so the other would silently go unpublished.

right-not-applicable-doc =
    .what = Portability is not promised when no purpose rests on consent or contract; objection is not promised when no purpose rests on a public task or legitimate interests (unless for direct marketing).
    .why = Art 20(1) limits portability to consent and contract (and Art 20(3) excludes public tasks); Art 21(1) limits objection to Art 6(1)(e) and (f).

consent-withdrawal-doc =
    .what = When a purpose relies on consent or a special category on explicit consent, the right to withdraw consent is stated (an error). When only a disclosure happens on consent, a warning asks whether and how that consent can be withdrawn.
    .why = Art 13(2)(c): where processing is based on consent, "the existence of the right to withdraw consent at any time, without affecting the lawfulness of processing based on consent before its withdrawal" (Art 7(3)). A consent to disclose secret social-welfare or health-care data is a consent under secrecy law, not necessarily the Art 6(1)(a) basis of the processing, so it is not held to the same duty.

right-automated-decision-doc =
    .what = When `automated_decisions.used` is true and a purpose rests on a contract or consent, the Art 22(3) right is stated (an error). When the bases are public task or legal obligation only, the decisions are authorised by law (Art 22(2)(b)) and an info asks for the law and its safeguards.
    .why = Art 22(3): the controller shall implement at least the right to obtain human intervention, to express one's point of view and to contest the decision, for decisions based on a contract or explicit consent (Art 22(2)(a) and (c)). For decisions authorised by Union or Member State law (Art 22(2)(b)), that law lays down the safeguards.

rights-how-to-doc =
    .what = The notice has a `requests` block or every stated right says `how` it is exercised.
    .why = Art 12(2): the controller shall facilitate the exercise of the rights; the notice must say how.

complaint-doc =
    .what = The notice has a `complaint` block.
    .why = Art 13(2)(d), 14(2)(e): "the right to lodge a complaint with a supervisory authority" (Art 77), in particular in the Member State of habitual residence, place of work or of the alleged infringement. In Finland the authority is the Data Protection Ombudsman.

standard-statement-doc =
    .what = Lists, as an info per item, each standard statement that seloste publishes in the controller's name because the notice leaves it unsaid: the rights that apply to all processing (access, rectification, restriction), the rights the declared legal bases make applicable (erasure, portability, objection, withdrawal of consent), the complaint right with the Data Protection Ombudsman's contacts, how to make a request, the response time and the cost. The rules about those items do not report what the standard text states. With `standard_texts = "declared-only"` nothing is added, and those rules report what is missing.
    .why = The notice is the controller's statement (Art 12(1), 13, 14): the lawyer must know everything published in the organisation's name, and the page must never state what `check` reports as missing.

statutory-requirement-doc =
    .what = When data are collected from the data subject (or the notice does not say), the notice has `statutory_requirement` with its consequences.
    .why = Art 13(2)(e): whether the provision of personal data is a statutory or contractual requirement, or a requirement necessary to enter into a contract, whether the data subject is obliged to provide the data and the possible consequences of failure to provide them.

automated-decisions-declared-doc =
    .what = The notice has `automated_decisions`.
    .why = Art 13(2)(f) requires information on automated decision-making where it exists; WP260 recommends stating its absence explicitly.

automated-decisions-logic-doc =
    .what = When `automated_decisions.used` is true, `logic` and `significance` are given.
    .why = Art 13(2)(f): the existence of automated decision-making and "meaningful information about the logic involved, as well as the significance and the envisaged consequences".

notice-date-doc =
    .what = The notice has `updated` or `published`.
    .why = Readers and supervisors need to know which version they read; WP260 expects changes to be traceable.

date-order-doc =
    .what = `published` is not after `updated`, and neither is after the date of checking (`--as-of`).
    .why = A date in the future or an update before publication is a typing error that makes the notice's currency unclear.

stale-doc =
    .what = `updated` (or `published`) is less than `stale_months` (default 24) months before the date of checking.
    .why = Laws, organisations and contacts change (e.g. the 2023 reform of social and health services); a notice that has not been reviewed for years is likely to be wrong.

change-log-doc =
    .what = The notice has `changes`.
    .why = WP260 rev.01 asks controllers to communicate changes to the information; a change log makes them visible.

language-coverage-doc =
    .what = Every text given as a language map has exactly the languages of `languages`.
    .why = A notice published in several languages must give the same information in each (Art 12(1): concise, transparent, intelligible); a bilingual authority informs in Finnish and Swedish (Kielilaki 423/2003 32 §).

law-repealed-doc =
    .what = No statute cited by number or by name (anywhere in the notice) is repealed as of `--as-of`. Names shared by an old and a new act ("sosiaalihuoltolaki") resolve to the act in force, so only numbers and names unique to a repealed act fire.
    .why = The legal basis and the rules the processing follows must be stated correctly (Art 13(1)(c), Art 6(3)); a repealed act misleads the reader about their rights. The successor comes from the statute data shipped with seloste.

law-citation-form-doc =
    .what = Finnish acts are cited `number/year` (`661/2009`), EU acts `(EU) year/number`. A reversed national citation (`2009/661`) is a warning; an EU regulation without `(EU)` is info.
    .why = Readers look the act up in Finlex by its number; a reversed or ambiguous number points to a different act or to none.

law-title-mismatch-doc =
    .what = A statute reference with both `cite` and `title` names the same act twice: the title matches the act with that number.
    .why = A number and a title that disagree leave the reader unable to tell which act applies (Art 13(1)(c)).

law-renamed-doc =
    .what = No act is referred to by a title it no longer has (e.g. 661/2009 after the Population Register Centre became the Digital and Population Data Services Agency).
    .why = Old titles name agencies that no longer exist and make the act hard to find.

law-unknown-doc =
    .what = Statute numbers in `laws` that the shipped statute data do not know are listed, so that typos are caught and repeal dates can be checked.
    .why = seloste can only check repeal and titles for acts it knows; an unknown number may be a typo.

law-misspelled-doc =
    .what = Known misspellings of act names seen in real notices.
    .why = A misspelt act name cannot be searched for and looks careless in a legal text.

obsolete-agency-doc =
    .what = No text names an agency that has been merged or abolished as of `--as-of` (maistraatti, Väestörekisterikeskus, aluehallintovirasto, Valvira, ELY-keskus, Arkistolaitos, tietosuojalautakunta...), by name or by web domain.
    .why = Recipients, sources and contacts must be ones the data subject can actually reach (Art 13(1)(e), 14(2)(f)); the agency list and dates are shipped in `data/authorities.toml`.

fi-sa-contact-doc =
    .what = Texts do not carry former addresses, phone or fax numbers or web addresses of the Office of the Data Protection Ombudsman, and a `complaint.contact` for the Ombudsman matches the current data.
    .why = The right to lodge a complaint (Art 77) is only useful if the reader can reach the authority; the current contacts are shipped in `data/authorities.toml`.

pda-wording-doc =
    .what = The rights and requests sections do not repeat the Personal Data Act's access-right formulas ("tiedon etsimiseksi tarpeelliset seikat ilmoitettuaan", "salassapitosäännösten estämättä", "26 §:ssä tarkoitetulla tavalla", "todistus tarkastusoikeuden epäämisestä"). A written refusal with its reasons is what Art 12(4) requires and is not reported.
    .why = Henkilötietolaki was repealed on 1.1.2019. Its formulas describe a narrower right than Art 15 and conditions the GDPR does not allow (Art 12(2): the controller facilitates the exercise of rights).

fee-once-a-year-doc =
    .what = No text makes access subject to a fee when "less than a year" has passed since the previous request.
    .why = Art 12(5): information and actions under Arts 15-22 are free of charge; the once-a-year rule of henkilötietolaki 26 § no longer applies.

request-handwritten-doc =
    .what = No text requires a hand-signed letter or a visit as the way to exercise a right.
    .why = Art 12(2) obliges the controller to facilitate the exercise of rights, and Art 12(3) presumes electronic requests; henkilötietolaki 28 §'s "omakätisesti allekirjoitettu" form is gone. Identity may be verified (Art 12(6)), but by proportionate means.

legacy-terms-doc =
    .what = Texts avoid the old terms "rekisteriseloste", "tarkastusoikeus", "tarkastuspyyntö", "säännönmukaiset luovutukset".
    .why = Readers and supervisors see old terminology as a sign the notice was never updated for the GDPR; the rights have new names and content.

hedging-words-doc =
    .what = Purposes, data categories, recipients, retention and transfers avoid qualifiers such as "tarvittaessa", "mahdollisesti", "saattaa", "yms.", "tms.", "muun muassa".
    .why = WP260 rev.01 (para 13) names qualifiers like "may", "might", "some", "often" and "possible" as examples of poor transparency practice: the reader cannot tell what happens to their data.

placeholder-text-doc =
    .what = No contact field holds an address template such as `etunimi.sukunimi@` or `firstname.lastname@` (prose may describe the pattern), and no text holds a draft marker (`TODO`, `FIXME`, `TBD`, `xxx` as words, `???`, `[täydennä]`, lorem ipsum, `FIX` in capitals, a name to fill in within angle brackets such as `<nimi>`).
    .why = A placeholder is not contact information (Art 13(1)(a)-(b)); the reader cannot reach anyone with it.

url-format-doc =
    .what = Every `website`, `form_url`, `link` and `url` field is a complete web address. Missing `https://` is a warning, plain `http://` info, anything else an error.
    .why = Links in the published notice must work and be safe to follow; other schemes (`javascript:`) are never published.

phone-format-doc =
    .what = Every `phone` field is a dialable number: 5-15 digits, starting with 0 or +, only digits, spaces, dashes and parentheses, optionally followed by a note in parentheses.
    .why = A phone number is contact information only if it can be dialled (Art 13(1)(a)-(b)).

legal-basis-wording-doc =
    .what = A purpose's own text does not name a legal basis other than the one it declares: "rests on consent" with a basis other than consent, or "rests on the law" with consent.
    .why = Art 13(1)(c) requires the legal basis; a notice that says two things misleads about the rights that follow (withdrawal of consent, Art 7(3), applies only to consent). A consent to disclose secret data is a secrecy-law consent and is not looked for here.

further-purpose-doc =
    .what = A use of the data mentioned outside the purposes (statistics, research, development, marketing: "the data are also used for statistics") is declared as a purpose with its legal basis.
    .why = Art 13(1)(c) requires every purpose with its basis; Art 13(3) and 14(4) require information before data are processed for a further purpose, and Art 6(4) sets when such a purpose is compatible.

retention-ended-doc =
    .what = A retention period written as an end date ("until 31.12.2020") has not already passed on the date of the check (`--as-of`).
    .why = Art 5(1)(e): data are kept no longer than necessary. A period that has ended means the data should be gone, or the notice is out of date (Art 13(2)(a)).

recipients-catch-all-doc =
    .what = No recipient is described only as "whoever the law entitles" ("lain perusteella oikeutetuille", "muun erityislainsäädännön nojalla").
    .why = Art 13(1)(e) requires the recipients or categories of recipients; WP260 asks for named recipients, or categories as specific as possible with their sector and location. A catch-all tells the reader nothing.

complaint-authority-doc =
    .what = A complaint right in the notice's own words names the supervisory authority (or `authority`/`contact` is set).
    .why = Art 13(2)(d) requires the right to lodge a complaint "with a supervisory authority"; the reader must know which one to turn to.

complaint-conditional-doc =
    .what = The complaint right is not offered only as a step after the controller refuses a request.
    .why = Art 77(1): every data subject has the right to lodge a complaint, "without prejudice to any other administrative or judicial remedy", at any time. The old Personal Data Act (28 §) tied it to a refused request; that wording understates the right.

children-information-doc =
    .what = Where the data subjects include children, the notice says where information written for them is (a plain-language version, or who gives it).
    .why = Art 12(1) requires information "in particular for any information addressed specifically to a child" in clear and plain language; Recital 58 says children merit specific protection.

sote-register-basis-doc =
    .what = A social or health care client register (recognised by its title, or a wellbeing services county's client register) declares health data with the Art 9(2)(h) condition and, from 2024, cites the law on client data 703/2023.
    .why = Client data of social and health care are special categories (Art 9(1)); their processing for care rests on Art 9(2)(h) and national law (Art 9(3); Tietosuojalaki 6 §; 703/2023). A reader must learn this from the register's type, even where the text uses no health words.

sote-log-data-doc =
    .what = A social or health care client register tells clients that they can find out from the logs who has used or received their data.
    .why = The law on client data 703/2023 requires use and disclosure logs and gives the client the right to the information in them; it is part of what the right of access (Art 15) means in social and health care.

sote-register-per-service-doc =
    .what = A wellbeing services county's or municipality's social welfare client register is not published as one service's register ("Lastensuojelun asiakasrekisteri").
    .why = Under the law on client data 703/2023 the organiser of social welfare is the controller of one social welfare client register; a per-service notice, a legacy of act 254/2015, names a register that does not exist and leaves out the others.

processor-named-doc =
    .what = A company named as the supplier or operator of an information system is among the processors.
    .why = A company that runs a system for the controller processes personal data on its behalf (Art 4(8), 28); processors are recipients that Art 13(1)(e) requires to be named, and WP260 asks for them.

transfer-service-doc =
    .what = A notice that names a service whose provider is outside the EU/EEA (Microsoft 365, Google, AWS, Zoom, Mailchimp, social media …) declares the transfer, or explains why there is none.
    .why = Art 13(1)(f) requires the fact of a transfer to a third country and its safeguard (Arts 44-49); a notice that says "no transfers" while using such a service misinforms the reader.

fi-bilingual-authority-doc =
    .what = A bilingual municipality (by the government decree on the language status of municipalities in force on the check date), a bilingual wellbeing services county, Helsinki or HUS publishes its notice in Finnish and Swedish. The names come from `data/languages.toml`, with their sources.
    .why = Language Act 423/2003 32 §: bilingual authorities inform the public in Finnish and Swedish; 6 § says which authorities are bilingual. A privacy notice is information to the public (Art 12(1): intelligible to the data subject).

sote-kanta-doc =
    .what = The notice of a social or health care client register says whether and how the client documents are stored in the national Kanta services, and where it names them, that the client can prohibit disclosures from them.
    .why = Under the law on client data 703/2023 client documents are stored in the Kanta archives, from where they are disclosed to other providers on the client's consent or by law; the client can see them in My Kanta and prohibit disclosures. A reader needs this to understand the recipients (Art 13(1)(e)).

access-restriction-ground-doc =
    .what = Where the notice says the right of access can be refused or restricted, it cites the ground: Art 23 with the Data Protection Act 1050/2018 34 § or a special act.
    .why = The right of access (Art 15) can be restricted only by law (Art 23); in Finland 34 § of the Data Protection Act sets the grounds. Old notices copy the Personal Data Act (27 §) without a ground that is in force.

retention-statutory-doc =
    .what = In a social or health care client register, a retention period written as a number of years is not shorter than the period the annex of the law on client data 703/2023 sets for the same documents (matched by their words, e.g. child welfare: 2 years after the client's death). The annex is in `data/retention.toml` with its sources; rows that are maximums or optional are not used.
    .why = Art 13(2)(a) requires the retention period; 703/2023 24 § and its annex set the minimum periods of client documents, and documents may not be destroyed earlier. A shorter period in the notice misinforms the client about their records.
