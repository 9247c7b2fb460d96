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

lang_name-fi = Finnish
lang_name-sv = Swedish
lang_name-en = English

## Page furniture, index page and small words.
## [labels]

labels-document_name = Privacy notice
labels-skip_link = Skip to content
labels-toc = Contents
labels-at_a_glance = At a glance
labels-full_notice = Full notice
labels-languages = Languages
# marks the current language in the language switcher
labels-this_language = this language version
labels-updated = Updated
labels-published = Published
labels-version = Version
labels-download_pdf = PDF version
labels-download_md = Markdown version
labels-downloads = Download
labels-page = Page
# separator in "Sivu 3 / 7", "Sida 3 av 7", "Page 3 of 7"
labels-page_of = of
labels-generated_by = Prepared with the seloste tool
labels-object_heading = Your right to object to processing
labels-index_title = Privacy notices
labels-index_intro = This page lists the privacy notices of our registers, which explain how your personal data are processed.
labels-filter_label = Search registers
labels-filter_hint = Type a word from a register's name, its controller or its purpose, in any language of the site.
labels-filter_controller = Controller
labels-filter_all = All
labels-no_results = No registers match your search.
labels-results_count = Registers matching your search: {"{"}count{"}"}.
labels-results_limited = The first {"{"}shown{"}"} are shown. Add a word to narrow the search.
labels-controllers = Controllers
labels-register_count = {"{"}count{"}"} registers
labels-register_count_one = 1 register
labels-pages = Pages
labels-register = Register
labels-findings = Check findings
labels-errors = errors
labels-warnings = warnings
labels-infos = notes
labels-back_to_index = All notices
labels-accessibility_statement = Accessibility statement
labels-feedback = Feedback
labels-main_navigation = Main navigation
# accessible name of the page footer
labels-footer = Site footer
labels-not_stated = Not stated
labels-none = None
labels-yes = Yes
labels-no = No
# appended to a cited act that is no longer in force
labels-law_repealed = repealed
# followed by the successor's title
labels-law_successor = replaced by:{" "}
# written after a GDPR article number
labels-article = Art
labels-gdpr = GDPR

## Section headings of the notice (the code numbers them).
## [section]

section-controller = Controller
section-contacts = Contact persons
section-dpo = Data protection officer
section-purposes = Purposes of the processing and legal basis
section-special_categories = Special categories of personal data
section-criminal_data = Data relating to criminal convictions and offences
section-data = Data subjects and the personal data processed
section-sources = Where the data come from
section-recipients = Recipients of the data
section-processors = Processors
section-transfers = Transfers outside the EU and the EEA
section-retention = How long the data are kept
section-statutory = Obligation to provide the data
section-automated = Automated decision-making and profiling
section-rights = Your rights
section-requests = How to exercise your rights
section-complaint = Right to lodge a complaint with a supervisory authority
section-confidentiality = Confidentiality
section-security = Security of the data
section-informing = Informing data subjects
section-changes = Changes to this notice
section-notes = Further information

## Labels of field rows.
## [field]

field-name = Name
field-organ = Governing body
field-unit = Unit
field-business_id = Business ID
field-address = Postal address
field-visiting_address = Visiting address
field-phone = Telephone
field-email = Email
field-website = Website
field-job_title = Job title
field-joint_controllers = Joint controllers
field-arrangement = Arrangement between the joint controllers
field-contact_point = Contact point
field-representative = Representative in the EU
field-responsible_person = Person responsible for the register
field-responsible_persons = Persons responsible for the register
field-contact_person = Contact person
field-contact_persons = Contact persons
field-description = Description
field-legal_basis = Legal basis
# the basis in the notice's own words
field-basis_statement = Explanation
field-legitimate_interests = Legitimate interests
field-laws = Legislation
field-further_processing = Further processing for another purpose
field-direct_marketing = Direct marketing
field-category = Data category
field-condition = Condition for processing
field-data_subjects = Data subjects
field-data_categories = Categories of personal data
field-from_data_subject = From you
field-other_sources = Other sources
field-publicly_accessible = Publicly accessible
field-recipient = Recipient
field-purpose = Purpose
field-service = Service
field-countries = Countries
field-safeguard = Safeguard
field-copy = How to obtain a copy
field-period = Retention period
field-data = Data
field-link = More information
field-requirement_basis = Basis
field-consequences = Consequences if the data are not provided
field-profiling = Profiling
field-logic = Logic involved
field-significance = Significance and consequences for you
field-how = How to exercise this right
field-reason = Reason
field-form_url = Form
field-identification = Identity verification
field-fees = Fees
field-response_time = Response time
field-authority = Supervisory authority
field-manual = Paper records
field-electronic = Electronic records
field-systems = Information systems
field-date = Date
field-change = Change
field-secret = The data are confidential

## First layer ("at a glance").
## [glance]

glance-controller = Who processes your data?
glance-purposes = Why are your data processed?
glance-bases = On what legal basis?
glance-rights = What are your rights?
glance-contact = Who can you contact?
glance-rights_summary = You can find out what data about you are processed and ask for mistakes to be corrected. You can also complain to the Data Protection Ombudsman.
glance-link-purposes = More on the purposes
glance-link-requests = How to use your rights
glance-link-complaint = How to complain
glance-basis-consent = your consent
glance-basis-contract = contract
glance-basis-legal_obligation = legal obligation
glance-basis-vital_interests = protection of vital interests
glance-basis-public_task = task in the public interest or official authority
glance-basis-legitimate_interests = legitimate interests

## Legal bases, Art 6(1).
## [legal_basis]

legal_basis-consent = Your consent (GDPR Art 6(1)(a))
legal_basis-contract = A contract to which you are a party, or steps taken at your request before entering into a contract (GDPR Art 6(1)(b))
legal_basis-legal_obligation = A legal obligation of the controller (GDPR Art 6(1)(c))
legal_basis-vital_interests = Protecting your vital interests or those of another person (GDPR Art 6(1)(d))
legal_basis-public_task = A task carried out in the public interest or in the exercise of official authority vested in the controller (GDPR Art 6(1)(e))
legal_basis-legitimate_interests = Legitimate interests of the controller or a third party (GDPR Art 6(1)(f))

## Conditions for processing special categories, Art 9(2).
## [art9]

art9-explicit_consent = Your explicit consent (GDPR Art 9(2)(a))
art9-employment_social_security = Obligations and rights under employment, social security and social protection law (GDPR Art 9(2)(b))
art9-vital_interests = Protecting your vital interests or those of another person when you cannot give consent (GDPR Art 9(2)(c))
art9-non_profit_members = Activities of a not-for-profit body with a political, philosophical, religious or trade union aim, concerning its members (GDPR Art 9(2)(d))
art9-made_public = Data you have manifestly made public yourself (GDPR Art 9(2)(e))
art9-legal_claims = Establishment, exercise or defence of legal claims, or courts acting in their judicial capacity (GDPR Art 9(2)(f))
art9-substantial_public_interest = Reasons of substantial public interest laid down by law (GDPR Art 9(2)(g))
art9-health_social_care = Health or social care, including preventive or occupational medicine and medical diagnosis (GDPR Art 9(2)(h))
art9-public_health = Public interest in the area of public health (GDPR Art 9(2)(i))
art9-archiving_research_statistics = Archiving in the public interest, scientific or historical research or statistics (GDPR Art 9(2)(j))

## Special categories of personal data, Art 9(1).
## [special_category]

special_category-racial_or_ethnic_origin = Racial or ethnic origin
special_category-political_opinions = Political opinions
special_category-religious_or_philosophical_beliefs = Religious or philosophical beliefs
special_category-trade_union_membership = Trade union membership
special_category-genetic = Genetic data
special_category-biometric = Biometric data for uniquely identifying a person
special_category-health = Data concerning health
special_category-sex_life_or_sexual_orientation = Sex life or sexual orientation

## Safeguards and grounds for transfers outside the EU/EEA (Chapter V).
## [safeguard]

safeguard-adequacy_decision = Adequacy decision of the European Commission (GDPR Art 45)
safeguard-standard_contractual_clauses = Standard data protection clauses adopted by the European Commission (GDPR Art 46(2)(c))
safeguard-binding_corporate_rules = Binding corporate rules (GDPR Art 47)
safeguard-code_of_conduct = An approved code of conduct (GDPR Art 46(2)(e))
safeguard-certification = An approved certification mechanism (GDPR Art 46(2)(f))
safeguard-ad_hoc_clauses = Contractual clauses authorised by the supervisory authority (GDPR Art 46(3)(a))
safeguard-public_authority_arrangement = A legally binding instrument or an administrative arrangement between public authorities or bodies (GDPR Art 46(2)(a) and 46(3)(b))
safeguard-explicit_consent = Your explicit consent after you have been informed of the risks of the transfer (GDPR Art 49(1)(a))
safeguard-derogation = Derogation for a specific situation (GDPR Art 49)

## Whether providing the data is required (Art 13(2)(e)); the notice adds the consequences separately.
## [requirement_basis]

requirement_basis-statutory = Providing the data is a statutory requirement. The law sets out which data you must provide.
requirement_basis-contractual = Providing the data is a contractual requirement. The contract sets out which data you must provide.
requirement_basis-contract_prerequisite = The data are needed to enter into a contract. Without them, the contract cannot be made.
requirement_basis-voluntary = Providing the data is voluntary.
requirement_basis-mixed = Some of the data must be provided under the law or a contract, and some are voluntary.

## [right]

## Rights of the data subject (Arts 7(3), 15-18, 20-22).
## [right.access]

right-access-name = Right of access
right-access-explain = You have the right to know whether your personal data are being processed. If they are, you will receive a copy of your data and information on how and why they are used (GDPR Art 15). This right can be restricted only on grounds laid down by law.

## [right.rectification]

right-rectification-name = Right to rectification
right-rectification-explain = You have the right to have the controller correct inaccurate data about you and complete incomplete data (GDPR Art 16). In your request, say which data you think are wrong and how they should be corrected.

## [right.erasure]

right-erasure-name = Right to erasure
right-erasure-explain = You have the right to ask for your data to be erased. The controller must erase them, for example, when they are no longer needed for the purpose for which they were collected, when you withdraw your consent or when they have been processed unlawfully (GDPR Art 17). The right is not absolute: data are not erased, for example, when the law requires them to be kept.
# Art 17(3)(b): processing under a legal obligation (6(1)(c)) or a public task / official authority (6(1)(e))
right-erasure-limited_public_task = The right to erasure is limited in this processing: data are not erased to the extent that processing them is necessary to comply with a legal obligation or to perform a task in the public interest or in the exercise of official authority (GDPR Art 17(3)(b)). Such data are kept for the period laid down by law. You can still ask for inaccurate data to be corrected.

## [right.restriction]

right-restriction-name = Right to restriction of processing
right-restriction-explain = You have the right to ask for the processing of your data to be restricted, for example when you contest the accuracy of the data or have objected to the processing. The processing is then restricted while the matter is checked (GDPR Art 18). During the restriction your data may be stored, but otherwise they may be processed only with your consent or for certain important reasons set out in the GDPR, such as legal claims.

## [right.portability]

right-portability-name = Right to data portability
right-portability-explain = You have the right to receive the data you have provided in a structured, commonly used and machine-readable format and to transmit them to another controller. You can also ask for the data to be transmitted directly to another controller where this is technically feasible (GDPR Art 20). The right covers only data processed by automated means on the basis of consent or a contract.
right-portability-not_applicable = The right applies only to data processed by automated means on the basis of consent or a contract (GDPR Art 20(1)). It therefore does not apply to this processing.

## [right.object]

right-object-name = Right to object
right-object-explain = If your data are processed for a task in the public interest, in the exercise of official authority or on the basis of legitimate interests, you may object to the processing on grounds relating to your particular situation (GDPR Art 21(1)).
# Art 21(1): processing based on Art 6(1)(e) or (f); worded without naming the basis so that it fits both
right-object-public_task = You have the right to object at any time, on grounds relating to your particular situation, to the processing of your personal data (GDPR Art 21(1)). The controller must then stop processing your data unless it demonstrates compelling legitimate grounds for the processing which override your interests, rights and freedoms, or the processing is needed for the establishment, exercise or defence of legal claims.
right-object-direct_marketing = You may object at any time to the processing of your data for direct marketing, including profiling related to it (GDPR Art 21(2)). Once you object, your data will no longer be processed for direct marketing (GDPR Art 21(3)).

## [right.withdraw_consent]

right-withdraw_consent-name = Right to withdraw consent
right-withdraw_consent-explain = When the processing of your data is based on your consent, you may withdraw your consent at any time (GDPR Art 7(3)). Withdrawing consent must be as easy as giving it. After you withdraw it, your data are no longer processed on the basis of consent.
right-withdraw_consent-effect = Withdrawing consent does not affect the lawfulness of processing carried out before the withdrawal (GDPR Art 7(3)).

## [right.automated_decision]

right-automated_decision-name = Right not to be subject to automated decision-making
right-automated_decision-explain = You have the right not to be subject to a decision based solely on automated processing, including profiling, which produces legal effects concerning you or similarly significantly affects you (GDPR Art 22). If such a decision is based on a contract or on your explicit consent, you have the right to obtain human intervention, to express your point of view and to contest the decision. If the decision-making is authorised by law, the law lays down measures to safeguard your rights.

## [right.generic]

# followed by the reason given in the notice
# Joins the last two names of rights stated with one shared text (rights.together).
right-generic-and = {" "}and{" "}
right-generic-not_applicable_prefix = This right does not apply to this processing.

## Standard statements inserted by the renderer.
## [statement]

statement-no_transfers = The data are not transferred outside the EU or the EEA.
statement-no_automated = Your data are not used for automated decision-making or profiling (GDPR Art 22).
statement-no_recipients = The data are not regularly disclosed.
statement-no_processors = The controller does not use any processors.
statement-requests_default = To exercise your rights, send a request to the controller using the contact details in this notice. You may be asked to confirm your identity so that your data are not disclosed to the wrong person.
statement-response_time_default = The controller will reply to your request without undue delay and at the latest within one month. If the request is complex or there are many requests, this period may be extended by up to two further months. You will then be told about the extension and the reasons for it within one month (GDPR Art 12(3)).
statement-fees_default = Exercising your rights is free of charge. If a request is manifestly unfounded or excessive, for example because it is repetitive, the controller may charge a reasonable fee or refuse to act on it (GDPR Art 12(5)). A reasonable fee may also be charged for any further copies you request (GDPR Art 15(3)).
statement-complaint = You have the right to lodge a complaint with a supervisory authority if you consider that the processing of your personal data infringes the GDPR (GDPR Art 77). In Finland, the supervisory authority is the Data Protection Ombudsman.
statement-complaint_other_state = You may also lodge the complaint in the EU Member State where you habitually reside or work, or where the alleged infringement took place.
statement-complaint_contacts = Contact details of the Data Protection Ombudsman:
statement-special_categories_intro = Some of the data belong to special categories of personal data, which are given extra protection (GDPR Art 9).
statement-dpo_intro = You can contact the data protection officer about any matter concerning the processing of your personal data and the exercise of your rights (GDPR Art 38(4)).

## [a11y]

## Accessibility statement of a built site (act 306/2019, directive (EU) 2016/2102 model statement).
## [a11y.h]

a11y-h-status = Compliance status
a11y-h-non_accessible = Non-accessible content
a11y-h-preparation = Preparation of this statement
a11y-h-feedback = Feedback and contact information
a11y-h-enforcement = Enforcement procedure

## [a11y.text]

a11y-text-intro = This accessibility statement applies to this website of privacy notices. The Act on the Provision of Digital Services (306/2019) requires public websites to publish an accessibility statement.
a11y-text-status_full = The website meets the level A and AA accessibility requirements of WCAG 2.1.
a11y-text-status_partial = The website partially meets the level A and AA accessibility requirements of WCAG 2.1. The shortcomings are described below.
a11y-text-status_none = The website does not meet the level A and AA accessibility requirements of WCAG 2.1.
a11y-text-none_known = No accessibility shortcomings are known.
a11y-text-method = Accessibility was self-assessed: the pages were made by seloste from its built-in templates, whose pages are tested automatically with axe-core (WCAG 2.1 A and AA) and by keyboard in its own tests. When this site was built, seloste checked the contrast of the site's colours.
a11y-text-method_custom = Accessibility was self-assessed. The pages were made with the site's own templates, which seloste has not tested; when this site was built, seloste checked the contrast of the site's colours.
a11y-text-contrast = Contrast of text on the site's accent colour, checked when the site was built (WCAG 2.1 AA requires at least 4.5:1):
a11y-text-enforcement_intro = If you notice accessibility problems, first send feedback to the site's administrator. A reply may take 14 days. If you are not satisfied with the reply or receive none within two weeks, you can notify the accessibility supervisory authority.

## The accessibility supervisory authority (act 306/2019): the Etelä-Suomen aluehallintovirasto until 31.12.2025,
## from 1.1.2026 the Lupa- ja valvontavirasto (see data/authorities.toml, obsolete_agency "aluehallintoviras").
## The supervision's web service is saavutettavuusvaatimukset.fi. Re-verify the name and address before release.
## [a11y.authority]

a11y-authority-name = Finnish Supervisory Agency, accessibility supervision
a11y-authority-url = https://www.webaccessibility.fi
