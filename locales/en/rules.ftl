## GDPR Art. 13(1)(a), 14(1)(a)
controller-contact = the controller has no contact details
    .help = add at least one of `address`, `phone`, `email` or `website` under `controller`

## GDPR Art. 12(1); WP260 rev.01 Annex (13(1)(a))
controller-channels = the controller can be reached through only one channel
    .help = give more than one channel (postal address, phone, e-mail) so that people can choose

## GDPR Art. 37(1)(a), 6(1)
controller-kind = the controller's kind is not declared and its name does not make it clear, so rules that depend on public-authority status cannot be evaluated
    .help = add `kind:` under `controller` (e.g. `municipality`, `wellbeing_services_county`, `association`, `company`)

controller-kind-inferred = the controller's kind is not declared; seloste reads it from the name as `{ $kind }`
    .help = confirm it with `kind: { $kind }` under `controller` (or declare the right kind)

## GDPR Art. 4(7), 13(1)(a); Kuntalaki 410/2015
fi-controller-legal-person = { $case ->
        [unit] the controller is named as a unit of an organisation (a faculty, department or division) without the organisation it belongs to
       *[organ] the controller is named as a body (a board or committee) without the organisation it belongs to
    }
    .help = name the organisation (the municipality, wellbeing services county, university, agency, company or association) in `controller.name` and the body or unit in `controller.organ`; an authority's body can be a controller (Art 4(7)), but the reader needs to know whose it is

## Yritys- ja yhteisötietolaki 244/2001 (business ID)
fi-business-id = `{ $id }` is not a valid Finnish business ID (Y-tunnus)
    .help = write the business ID as seven digits, a hyphen and the check digit (e.g. 0245974-7); check it in the YTJ register

## Laki hyvinvointialueesta 611/2021; järjestämislaki 612/2021
fi-controller-wellbeing-county = { $kind ->
        [joint] a joint municipal authority
       *[municipality] a municipality
    } is named as the controller of social or health services, which wellbeing services counties have organised since 1 January 2023
    .help = name the wellbeing services county that now organises the service as the controller (`kind: wellbeing_services_county`), or, if the notice is historical, check it `--as-of` its date

## GDPR Art. 13(1)(a), 27
representative = the controller is not established in the EU but no representative is named
    .help = add `representative:` with the name and contact details of the EU representative (Art 27)

representative-not-needed = a representative in the EU (Art 27) is only for a controller established outside the EU, and the page would publish this person as such
    .help = put a contact person under `contact_person` (a list is allowed); keep `representative` only with `established_in_eu: false` under `controller`

## GDPR Art. 26(1)-(2)
joint-controllers-arrangement = joint controllers are named but the essence of their arrangement is not
    .help = describe in `joint_controllers.arrangement` who is responsible for what towards the data subject, and give a `contact_point`

## GDPR Art. 37(1)(a), 37(1)(c), 13(1)(b)
dpo-required = { $case ->
        [parish] the controller is a public-law parish (a public body) but the notice names no data protection officer
        [core] special categories or criminal-offence data are processed but no data protection officer is named: a DPO is mandatory if these are the controller's core activities on a large scale (Art 37(1)(c))
       *[authority] the controller is a public authority but the notice names no data protection officer
    }
    .help = add `dpo:` with a direct contact (e-mail or phone) of the data protection officer; the name is optional

## GDPR Art. 13(1)(b), 14(1)(b), 37(7)
dpo-contact = the data protection officer has no contact details
    .help = add an `email`, `phone` or `address` under `dpo`

## GDPR Art. 38(4); WP243 rev.01
dpo-direct-channel = the data protection officer is reached only through the controller's general contact
    .help = give a direct channel to the DPO (a dedicated e-mail address or phone number), not the registry or switchboard

## GDPR Art. 38(6)
dpo-conflict = the data protection officer holds a role that may decide on the processing (`{ $role }`), a possible conflict of interests
    .help = the DPO must not determine the purposes and means of processing: designate someone outside the operational management, or explain why there is no conflict

## GDPR Art. 13(1)(c), 14(1)(c)
purposes = the notice states no purpose of processing
    .help = add `purposes:` with at least one `description` and its `legal_basis`

## GDPR Art. 12(1)
purpose-name = this purpose has no `name`, and its description ({ $chars } characters) is too long for the summary at the top of the notice
    .help = add `name:` with a few words ("Lastensuojelun asiakkuus"); until then the summary shows a shortened form of the description (at most { $max } characters)

## GDPR Art. 13(1)(c), 14(1)(c), 6(1)
legal-basis = purpose { $n } has no legal basis under Art 6(1)
    .help = add `legal_basis:` (`public_task`, `legal_obligation`, `contract`, `consent`, `vital_interests` or `legitimate_interests`); pre-GDPR grounds such as "asiakassuhde" or "muu asiallinen yhteys" are not legal bases

## GDPR Art. 6(3)
legal-basis-law = purpose { $n } relies on a legal obligation or public task but cites no law
    .help = add `laws:` with the act that lays down the obligation or task, e.g. `1301/2014`

## GDPR Art. 6(1), last subparagraph
legitimate-interests-public-authority = a public authority relies on legitimate interests (purpose { $n })
    .help = public authorities cannot rely on legitimate interests in performing their tasks: use `public_task` or `legal_obligation` with the law

## GDPR Art. 13(1)(d), 14(2)(b)
legitimate-interests-described = purpose { $n } relies on legitimate interests without saying what they are
    .help = describe the interests pursued in `legitimate_interests:`

## GDPR Art. 4(11), Recital 43; EDPB Guidelines 05/2020
consent-public-authority = a public authority relies on consent (purpose { $n }), which is rarely freely given towards an authority
    .help = base statutory tasks on `public_task` or `legal_obligation`; keep consent for truly optional processing and say why it is free

## GDPR Art. 5(1)(b), 13(1)(c); WP260 rev.01
purpose-catch-all = a catch-all purpose or ground ("{ $phrase }") leaves the data subject guessing
    .help = name each purpose specifically; purposes must be specified, explicit and legitimate

## GDPR Art. 9(2), 13(1)(c)
special-category-condition = special category `{ $category }` has no Art 9(2) condition
    .help = add `condition:` (e.g. `health_social_care` for social and health care, `substantial_public_interest` with the law)

## GDPR Art. 9(1)-(2)
special-category-undeclared = data category `{ $name }` is marked as special category `{ $category }`, which `special_categories` does not declare
    .help = add `{ $category }` to `special_categories` with its Art 9(2) condition

## GDPR Art. 9(2)(b), (g)-(j); Tietosuojalaki 1050/2018 6 §
special-category-law = the condition `{ $condition }` for `{ $category }` requires a basis in law, but no law is cited
    .help = add `laws:` with the Union or Finnish law, e.g. `1050/2018 6 §` or the sector act

## GDPR Art. 9(1)-(2)
special-categories-detected = the notice speaks of health-type data ("{ $word }") but declares no special categories
    .help = declare `special_categories:` (e.g. `health`, which covers substance use, disability and pregnancy) with the Art 9(2) condition, or state why none are processed

## GDPR Art. 10; Tietosuojalaki 1050/2018 7 §
criminal-data-law = criminal-offence data are processed but no law authorising it is cited
    .help = add `laws:` under `criminal_offence_data`, e.g. `1050/2018 7 §` and the sector act

## GDPR Art. 13, 14(2)(f)
sources = the notice does not say where the data come from, so it cannot be told whether Art 13, Art 14 or both apply
    .help = add `sources:` with `from_data_subject: true/false` and the `other` sources (named, or described by type)

## GDPR Art. 14(1)(d)
data-categories = data are obtained from other sources, but the categories of personal data are not listed
    .help = add `data_categories:` with a `name` and the `items` of each category

## GDPR Art. 13(1)(e), 14(1)(e); WP260 rev.01
recipients = the notice does not say whether data are disclosed to anyone
    .help = list the `recipients:`, or write `recipients: []` to state that data are not disclosed

## GDPR Art. 13(1)(e); WP260 rev.01 Annex
recipients-specific = recipient { $n } is a broad category ("{ $word }")
    .help = name the recipients, or give the category as specifically as possible (type, sector, location) with the law that allows the disclosure

## GDPR Art. 4(9), 13(1)(e); WP260 rev.01
processors = information systems are named but the notice does not say who processes data on the controller's behalf
    .help = list the system vendors, hosting and outsourced service producers under `processors:`, or write `processors: []` if there are none

## GDPR Art. 13(1)(f), 14(1)(f)
transfers = the notice does not say whether data are transferred outside the EU/EEA
    .help = write `transfers: []` to state there are none, or list each transfer with its safeguard

## GDPR Art. 13(1)(f), 14(1)(f), 45-49
transfer-safeguard = transfer { $n } does not name its adequacy decision, safeguard or derogation
    .help = add `safeguard:` (e.g. `adequacy_decision`, `standard_contractual_clauses`) and `copy:` saying how to obtain a copy of the safeguards

## GDPR Art. 13(1)(f); WP260 rev.01 Annex
transfer-countries = transfer { $n } does not name the third countries
    .help = add `countries:` with the countries (or international organisations) the data go to

## GDPR Art. 49(1)(a)
transfer-consent-risks = transfer { $n } relies on explicit consent but does not describe the risks
    .help = describe in `description:` the possible risks of the transfer for lack of an adequacy decision and safeguards

## GDPR Art. 13(2)(a), 14(2)(a)
retention = the notice does not say how long data are kept
    .help = add `retention:` with a `period` (or the criteria used to determine it) per kind of data and the `laws` that set it; for social-welfare client documents see Act 703/2023

## GDPR Art. 13(2)(a); WP260 rev.01 Annex
retention-specific = retention entry { $n } gives no period a reader could apply ("{ $phrase }")
    .help = give the period or a criterion per kind of data, e.g. "10 years after the matter is closed (703/2023)"; an archive plan or "as long as necessary" is not enough

## GDPR Art. 13(2)(b), 14(2)(c), 15
right-access = the notice does not state the right of access (Art 15)
    .help = add `rights: {"{"}access: true{"}"}` (the standard text) or a mapping with `how` and any limitation; if the declared legal basis is not yet given, this is reported as information

## GDPR Art. 13(2)(b), 14(2)(c), 16
right-rectification = the notice does not state the right to rectification (Art 16)
    .help = add `rights: {"{"}rectification: true{"}"}` (the standard text) or a mapping with `how` and any limitation; if the declared legal basis is not yet given, this is reported as information

## GDPR Art. 13(2)(b), 14(2)(c), 18
right-restriction = the notice does not state the right to restriction of processing (Art 18)
    .help = add `rights: {"{"}restriction: true{"}"}` (the standard text) or a mapping with `how` and any limitation; if the declared legal basis is not yet given, this is reported as information

## GDPR Art. 13(2)(b), 14(2)(c), 17
right-erasure = the notice does not state the right to erasure (Art 17)
    .help = add `rights: {"{"}erasure: true{"}"}` (the standard text) or a mapping with `how` and any limitation; if the declared legal basis is not yet given, this is reported as information

## GDPR Art. 17(3)(b)
right-erasure-limited = the right to erasure is promised without limitation, although all processing rests on a legal obligation or public task
    .help = state the limitation under `erasure` (its `description` or `how`): data are not erased to the extent that processing is necessary for the legal obligation or public task (Art 17(3)(b)); cite the retention law

## GDPR Art. 13(2)(b), 14(2)(c), 21(1)
right-object = the notice does not state the right to object (Art 21)
    .help = add `rights: {"{"}object: true{"}"}` (the standard text) or a mapping with `how` and any limitation; if the declared legal basis is not yet given, this is reported as information

## GDPR Art. 21(2)-(4)
right-object-direct-marketing = data are used for direct marketing but the unconditional right to object is not stated
    .help = add `rights: {"{"}object: ...{"}"}` saying that the data subject may object to direct marketing at any time, free of charge

## GDPR Art. 13(2)(b), 14(2)(c), 20
right-portability = the notice does not state the right to data portability (Art 20)
    .help = add `rights: {"{"}portability: true{"}"}` (the standard text) or a mapping with `how` and any limitation; if the declared legal basis is not yet given, this is reported as information

## GDPR Art. 21(1), 12(1)
right-object-denied = the text of the right to object says that the data subject cannot object
    .help = say what the right covers and where the law limits it (e.g. disclosures required by law), or write `applies: false` with a `reason`; seloste publishes this text as the notice's own, not under "Your right to object to processing"

## GDPR Art. 17(3)(b), 20(3), 21(1)
rights-together-twice = `{ $right }` is declared more than once; the page states it only where it is declared first
    .help = keep the right in one place: on its own under `rights`, or in one entry of `together`

right-not-applicable = { $right ->
        [portability] the right to data portability (Art 20)
       *[object] the right to object (Art 21)
    } is promised, but it does not apply to the declared legal bases
    .help = remove the promise or write `{ $right }: {"{"}applies: false, reason: ...{"}"}`; a right that cannot be exercised misleads the reader

## GDPR Art. 13(2)(c), 14(2)(d), 7(3)
consent-withdrawal = { $case ->
       *[basis] processing rests on consent, but the right to withdraw consent at any time is not stated
        [disclosure] data are disclosed on the data subject's consent, but the notice does not say whether and how that consent can be withdrawn
        [text] the notice mentions consent, but the right to withdraw consent at any time is not stated
    }
    .help = add `rights: {"{"}withdraw_consent: ...{"}"}`: withdrawal at any time, as easy as giving consent, without affecting the lawfulness of earlier processing

## GDPR Art. 22(1), (3); 13(2)(f)
right-automated-decision = { $case ->
        [law] automated decisions authorised by law (Art 22(2)(b)) are made: say which law authorises them and what safeguards it lays down; the Art 22(3) rights apply to decisions based on a contract or explicit consent
       *[safeguards] automated decisions are made, but the right to human intervention and to contest the decision is not stated
    }
    .help = add `rights: {"{"}automated_decision: ...{"}"}` describing how to obtain human intervention, express one's view and contest the decision

## GDPR Art. 12(2); WP260 rev.01 Annex (13(2)(b))
rights-how-to = the notice does not say how to exercise the rights
    .help = add `requests:` with where to send requests (e-mail, address, form) or a `how` to each right

## GDPR Art. 13(2)(d), 14(2)(e), 77
complaint = the right to lodge a complaint with a supervisory authority is not stated
    .help = add `complaint: {"{"}authority: fi_ombudsman{"}"}`; seloste adds the Data Protection Ombudsman's current contact details. A mention only as a follow-up to a refused request is not enough: it is a general right

## GDPR Art. 12(1), 13, 14
standard-statement = seloste adds the standard text “{ $item }” in the controller's name: the notice does not state it
    .help = check that the standard text ({ $text }) is right for this register and write the item in the notice if it is not; `standard_texts = "declared-only"` in seloste.toml publishes only what the notices declare

## GDPR Art. 13(2)(e)
statutory-requirement = the notice does not say whether providing the data is required and what follows if they are not provided
    .help = add `statutory_requirement:` with `basis` (statutory, contractual, contract_prerequisite, voluntary, mixed) and `consequences`

## GDPR Art. 13(2)(f), 14(2)(g); WP260 rev.01
automated-decisions-declared = the notice does not say whether automated decision-making or profiling is used
    .help = add `automated_decisions: {"{"}used: false{"}"}` (or `true` with `logic` and `significance`)

## GDPR Art. 13(2)(f), 14(2)(g), 22
automated-decisions-logic = automated decisions are made, but the logic involved or their significance and consequences are not described
    .help = add `logic:` (meaningful information about the logic) and `significance:` (the envisaged consequences for the data subject)

## GDPR Art. 12(1); WP260 rev.01 (changes to information)
notice-date = the notice has no date
    .help = add `updated:` (and `published:`) so that readers can see how current the notice is

## GDPR Art. 5(1)(d), 12(1)
date-order = { $case ->
        [order] the notice was updated ({ $updated }) before it was published ({ $published })
       *[future] `{ $key }` ({ $date }) is after the date of checking ({ $as_of })
    }
    .help = check the dates: published ≤ updated ≤ the date of checking

## GDPR Art. 5(1)(d), 12(1)
stale = the notice was last updated on { $date }, more than { $months } months before { $as_of }
    .help = review the notice against current law and practice and set `updated:`; the threshold is configurable (`stale_months` in seloste.toml)

## WP260 rev.01 (changes to Art 13/14 information)
change-log = the notice keeps no record of its changes
    .help = add `changes:` with the date and a description of each change, so that readers see what changed

## GDPR Art. 12(1); Kielilaki 423/2003
language-coverage = this text { $case ->
       *[missing] lacks { $missing }
        [extra] has { $extra } not declared in `languages`
        [both] lacks { $missing } and has { $extra } not declared in `languages`
    }
    .help = give the text in every language listed in `languages`, or adjust `languages`

## GDPR Art. 5(1)(a), 13(1)(c); Finnish statute data
law-repealed = `{ $cite }` refers to { $act }, repealed on { $date }{ $after_update ->
        [yes] {" "}after the notice was last updated
       *[no] {""}
    }
    .help = { $successor ->
        [none] cite the act in force instead (seloste's statute data names no direct successor)
       *[other] cite the act in force instead: { $successor }
    }

## Finnish statute citation practice (Finlex: number/year)
law-citation-form = `{ $written }` is not in the form number/year
    .help = write `{ $number }`

## GDPR Art. 13(1)(c); Finnish statute data
law-title-mismatch = the title "{ $title }" does not belong to { $number }{ $owners ->
        [none] {""}
       *[other] {" "}but to { $owners }
    }
    .help = correct the number or the title{ $hint ->
        [known] ; { $number } is { $act }
        [unknown] ; { $number } is not a known act; did you mean { $act }?
       *[none] {""}
    }

## Finnish statute data (former titles)
law-renamed = "{ $old }" is a former title of { $number }
    .help = use the current title: { $title }

## Finnish statute data
law-unknown = { $number } is not in seloste's statute data
    .help = check the number in Finlex (https://www.finlex.fi); if it is right, the data file `data/statutes.toml` can be extended

## Finnish statute data
law-misspelled = "{ $typo }" looks like a misspelling of { $name }
    .help = write "{ $name }"

## GDPR Art. 12(1), 13(1)(e), 14(2)(f); Finnish agency reforms
obsolete-agency = "{ $name }" no longer exists (since { $since })
    .help = name its successor: { $successor }

## GDPR Art. 13(2)(d), 14(2)(e), 77
fi-sa-contact = outdated contact detail of the Data Protection Ombudsman: { $found }
    .help = use the current contacts (Lintulahdenkuja 4, 00530 Helsinki; PL 800, 00531 Helsinki; tietosuoja@om.fi; 029 566 6700; https://tietosuoja.fi), or leave them out: seloste prints the current ones

## GDPR Art. 12(1), 15; repealed henkilötietolaki 523/1999 26-28 §
pda-wording = this text copies a formula of the repealed Personal Data Act: "{ $phrase }"
    .help = describe the right as the GDPR gives it (Art 15: access to the data and a copy; no preconditions such as stating "the facts needed to find the data")

## GDPR Art. 12(5), 15(3)
fee-once-a-year = the notice charges for access when less than a year has passed since the last inspection, a rule of the repealed Personal Data Act
    .help = say that access is free of charge; a reasonable fee may only be charged for further copies (Art 15(3)) or manifestly unfounded or excessive requests (Art 12(5))

## GDPR Art. 12(2), 12(3)
request-handwritten = requests must be signed by hand or made in person ("{ $phrase }")
    .help = accept requests also electronically (e-mail, e-service) and verify identity only as far as needed (Art 12(6))

## GDPR Art. 12(1) (clear and plain language); terminology of the GDPR
legacy-terms = "{ $phrase }" is a term of the repealed Personal Data Act
    .help = use the GDPR's terms: "tietosuojaseloste" (privacy notice), "oikeus saada pääsy tietoihin" (right of access), "tietojen luovutus" for disclosures

## GDPR Art. 12(1); WP260 rev.01 para 12-13
hedging-words = indefinite wording "{ $phrase }" where the notice should be specific
    .help = say what is actually done and when, instead of what "may" be done "if necessary"

## GDPR Art. 13(1)(a)-(b), 12(1)
placeholder-text = template placeholder left in the notice: "{ $phrase }"
    .help = replace it with the real value (e.g. a working e-mail address such as a shared mailbox)

## GDPR Art. 12(1), 12(2)
url-format = "{ $value }" { $problem ->
        [http] uses http:// instead of https://
        [scheme] is not an http(s) address
        [no-scheme] has no https:// in front
        [invalid] is not a valid web address
       *[not-web] is not a web address
    }
    .help = write a complete address starting with https://

## GDPR Art. 13(1)(a)-(b)
phone-format = "{ $value }" does not look like a phone number
    .help = write the number with its area code (040 555 0101) or in international form (+358 40 555 0101); a note may follow in parentheses

## GDPR Art. 13(1)(c), 14(1)(c), 6(1), 7
legal-basis-wording = purpose { $n } says its processing rests on { $named ->
        [consent] consent
       *[law] the law
    }, but its declared legal basis is { $declared ->
        [none] missing
       *[other] Art { $declared }
    }: "{ $sentence }"
    .help = make the text and `legal_basis` say the same: consent is a basis only when the person can refuse and withdraw it without harm; a statutory task or obligation is `public_task` or `legal_obligation`

## GDPR Art. 13(1)(c), 13(3), 14(4), 6(4)
further-purpose = the notice says the data are also used for { $purpose ->
        [statistics] statistics
        [research] research
        [development] development
       *[marketing] marketing
    } ("{ $word }"), but no purpose declares it with a legal basis
    .help = add that use to `purposes:` with its `legal_basis` (and `laws:`), or remove the sentence if the data are not used so

## GDPR Art. 5(1)(e), 13(2)(a), 14(2)(a)
retention-ended = the retention period ended on { $date }, before { $as_of }
    .help = the data should already be deleted or archived; update the period, or say what happens to the data now

## GDPR Art. 13(1)(e), 14(1)(e); WP260 rev.01 Annex
recipients-catch-all = "{ $phrase }" does not say who receives the data
    .help = name each recipient or kind of recipient (e.g. Kela, the police, the tax administration) with what is disclosed and the act that allows it in `laws:`

## GDPR Art. 13(2)(d), 14(2)(e), 77
complaint-authority = the complaint right does not name the supervisory authority
    .help = add `authority: fi_ombudsman` (the Data Protection Ombudsman, whose contacts are then published), or name the authority in the text

## GDPR Art. 77(1), 13(2)(d)
complaint-conditional = the complaint right is offered only after a refusal: "{ $sentence }"
    .help = under Art 77 a data subject may complain to the authority at any time, without first asking the controller; say so, e.g. "You have the right to lodge a complaint with the Data Protection Ombudsman if you consider that the processing infringes the GDPR."

## GDPR Art. 12(1), Recital 58
children-information = the data subjects include children ("{ $word }"); the notice does not say where information written for them is
    .help = Art 12(1) asks for information addressed to a child in language a child understands: add a short, plain-language version or say in `notes` where it is (e.g. given by the social worker)

## GDPR Art. 9(2)(h), 9(3), 13(1)(c); Tietosuojalaki 1050/2018 6 §; 703/2023
sote-register-basis = a social or health care client register, but the notice { $missing ->
        [condition] does not declare health data under Art 9(2)(h)
        [law] does not cite the client data act 703/2023
       *[both] neither declares health data under Art 9(2)(h) nor cites the client data act 703/2023
    }
    .help = add `special_categories:` with `category: health`, `condition: health_social_care` and `laws: ["703/2023", "1050/2018 6 §"]`: client data of social and health care are processed for care under Art 9(2)(h) and the law on client data

## GDPR Art. 15; 703/2023 (käyttö- ja luovutuslokit)
sote-log-data = the notice does not tell clients that they can find out who has used or received their data (log data)
    .help = add to the rights or their notes that the client may get the information of the use and disclosure logs of their data, and how to ask for it

## 703/2023 (sosiaalihuollon asiakasrekisteri); GDPR Art. 13(1)(a), 13(1)(c)
sote-register-per-service = "{ $title }" names one service; under the law on client data 703/2023 the organiser of social welfare keeps one client register for all its services
    .help = publish the notice of the organiser's social welfare client register (sosiaalihuollon asiakasrekisteri), and describe the services within it; per-service registers are a legacy of act 254/2015

## GDPR Art. 4(8), 28, 13(1)(e)
processor-named = the system "{ $system }" is supplied or run by { $company }, which is not among the processors
    .help = add { $company } to `processors:` with the service it provides, or say in the system's description that it processes no personal data for you

## GDPR Art. 13(1)(f), 14(1)(f), 44-49
transfer-service = "{ $service }" is named, but the notice states no transfer outside the EU/EEA
    .help = the provider of this service is established outside the EU/EEA or may transfer data there: declare the transfer under `transfers:` with its safeguard (e.g. the EU-US Data Privacy Framework or standard contractual clauses), or say in the notes that the data stay in the EU/EEA and why

## Kielilaki 423/2003 6 §, 32 §; VNa 1385/2022; GDPR Art. 12(1)
fi-bilingual-authority = { $authority } is a bilingual authority ({ $source }), but the notice is not published in { $missing ->
        [sv] Swedish
       *[fi] Finnish
    }
    .help = a bilingual authority informs the public in Finnish and Swedish (Language Act 32 §): add `{ $missing }` to `languages:` and its texts

## 703/2023 (Kanta-palvelut); GDPR Art. 13(1)(e), 14(1)(e)
sote-kanta = { $missing ->
        [kanta] the notice of a social or health care client register does not mention the Kanta services
       *[prohibition] the notice names the Kanta services but not the client's right to prohibit disclosures from them
    }
    .help = say whether the client documents are stored in the Kanta services (the patient data or social welfare client data repository), and how the client can see them in My Kanta and prohibit disclosures

## GDPR Art. 15, 23; Tietosuojalaki 1050/2018 34 §
access-restriction-ground = the notice says the right of access can be refused or restricted, but cites no ground for it
    .help = a restriction must rest on Art 23 and the Data Protection Act 1050/2018 34 § (or a special act): cite it, and keep to its grounds (e.g. a serious danger to the data subject's health or care, or to someone else's rights)

## GDPR Art. 13(2)(a), 5(1)(e); 703/2023 24 § and annex
retention-statutory = this period is shorter than the law's for { $documents }: { $law } (703/2023, annex)
    .help = state the statutory period of the annex of the law on client data 703/2023, and cite `703/2023` in `laws:`; the controller may not destroy the documents earlier
