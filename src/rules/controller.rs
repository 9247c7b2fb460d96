//! Controller, representative, joint controllers and the DPO (Art 13(1)(a)-(b),
//! Arts 26, 27, 37, 38).

use super::facts::Known;
use super::helpers::{business_id_valid, contains_any};
use super::{Msg, Rule, Scope};
use crate::diag::Severity;
use crate::model::{ControllerKind, Date, Text};

/// The rules of this area.
pub static RULES: &[&Rule] = &[
    &CONTROLLER_CONTACT,
    &CONTROLLER_CHANNELS,
    &CONTROLLER_KIND,
    &LEGAL_PERSON,
    &BUSINESS_ID,
    &WELLBEING_COUNTY,
    &REPRESENTATIVE,
    &JOINT_ARRANGEMENT,
    &DPO_REQUIRED,
    &DPO_CONTACT,
    &DPO_DIRECT,
    &DPO_CONFLICT,
];

static CONTROLLER_CONTACT: Rule = Rule {
    id: "controller-contact",
    article: "GDPR Art. 13(1)(a), 14(1)(a)",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "the controller has no contact details",
        fi: "rekisterinpitäjän yhteystiedot puuttuvat",
    },
    help: Msg {
        en: "add at least one of `address`, `phone`, `email` or `website` under `controller`",
        fi: "lisää `controller`-kohtaan ainakin yksi: `address`, `phone`, `email` tai `website`",
    },
    what: "The controller block gives at least one way to contact the controller.",
    why: "Art 13(1)(a) and 14(1)(a) require \"the identity and the contact details of the controller\".",
    fail: "controller:\n  name: Esimerkkiyhdistys ry\n  kind: association\n",
    pass: "controller:\n  name: Esimerkkiyhdistys ry\n  kind: association\n  email: hallitus@esimerkki.fi\n",
    check: |cx, hits| {
        let c = &cx.notice.controller;
        if c.address.is_none() && c.phone.is_none() && c.email.is_none() && c.website.is_none() {
            hits.at("/controller").key();
        }
    },
};

static CONTROLLER_CHANNELS: Rule = Rule {
    id: "controller-channels",
    article: "GDPR Art. 12(1); WP260 rev.01 Annex (13(1)(a))",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "the controller can be reached through only one channel",
        fi: "rekisterinpitäjän tavoittaa vain yhtä kanavaa pitkin",
    },
    help: Msg {
        en: "give more than one channel (postal address, phone, e-mail) so that people can choose",
        fi: "anna useampi yhteyskanava (postiosoite, puhelin, sähköposti), jotta rekisteröity voi valita",
    },
    what: "The controller has at least two of postal address, phone and e-mail.",
    why: "The transparency guidelines (WP260 rev.01) expect different forms of communication with the controller.",
    fail: "controller:\n  name: Esimerkkiyhdistys ry\n  kind: association\n  email: hallitus@esimerkki.fi\n",
    pass: "controller:\n  name: Esimerkkiyhdistys ry\n  kind: association\n  email: hallitus@esimerkki.fi\n  phone: 040 555 0101\n",
    check: |cx, hits| {
        let c = &cx.notice.controller;
        let n = [c.address.is_some(), c.phone.is_some(), c.email.is_some()]
            .iter()
            .filter(|b| **b)
            .count();
        if n == 1 {
            hits.at("/controller").key();
        }
    },
};

static CONTROLLER_KIND: Rule = Rule {
    id: "controller-kind",
    article: "GDPR Art. 37(1)(a), 6(1)",
    scope: Scope::Both,
    severity: Severity::Info,
    message: Msg {
        en: "the controller's kind is not declared, so rules that depend on public-authority status cannot be evaluated",
        fi: "rekisterinpitäjän tyyppiä ei ole ilmoitettu, joten viranomaisasemasta riippuvia sääntöjä ei voida arvioida",
    },
    help: Msg {
        en: "add `kind:` under `controller` (e.g. `municipality`, `wellbeing_services_county`, `association`, `company`)",
        fi: "lisää `controller`-kohtaan `kind:` (esim. `municipality`, `wellbeing_services_county`, `association`, `company`)",
    },
    what: "The controller declares its kind of organisation.",
    why: "Whether the controller is a public authority decides whether a DPO is mandatory (Art 37(1)(a)) and whether legitimate interests can be a basis (Art 6(1), last subparagraph).",
    fail: "controller:\n  name: Esimerkkiyhdistys ry\n  email: hallitus@esimerkki.fi\n  phone: 040 555 0101\n",
    pass: "controller:\n  name: Esimerkkiyhdistys ry\n  kind: association\n  email: hallitus@esimerkki.fi\n  phone: 040 555 0101\n",
    check: |cx, hits| {
        if cx.notice.controller.kind.is_none() {
            hits.at("/controller").key();
        }
    },
};

const ORGANS: &[&str] = &[
    "lautakunta",
    "johtokunta",
    "jaosto",
    "toimikunta",
    "nämnd",
    "direktion",
    "sektion",
    "committee",
    "board",
];

fn names_organ(name: &Text) -> bool {
    name.all().any(|s| contains_any(s, ORGANS))
}

static LEGAL_PERSON: Rule = Rule {
    id: "fi-controller-legal-person",
    article: "GDPR Art. 4(7), 13(1)(a); Kuntalaki 410/2015",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "the controller is named as a body of an organisation (a board or committee), not as the legal person",
        fi: "rekisterinpitäjäksi on nimetty toimielin (lautakunta tai jaosto) eikä oikeushenkilöä",
    },
    help: Msg {
        en: "name the legal person (the municipality, wellbeing services county or association) in `controller.name` and the body in `controller.organ`",
        fi: "nimeä oikeushenkilö (kunta, hyvinvointialue tai yhdistys) kenttään `controller.name` ja toimielin kenttään `controller.organ`",
    },
    what: "The controller's name is a legal person, not only one of its bodies.",
    why: "The controller is the legal person that determines the purposes and means (Art 4(7)); a municipal board acts for the municipality. Naming only the board leaves the data subject unsure who is responsible.",
    fail: "controller:\n  name: Perusturvalautakunta\n  kind: municipality\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\n",
    pass: "controller:\n  name: Esimerkin kaupunki\n  organ: Perusturvalautakunta\n  kind: municipality\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\n",
    check: |cx, hits| {
        if names_organ(&cx.notice.controller.name) {
            hits.at("/controller/name");
        }
    },
};

static BUSINESS_ID: Rule = Rule {
    id: "fi-business-id",
    article: "Yritys- ja yhteisötietolaki 244/2001 (business ID)",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "`{id}` is not a valid Finnish business ID (Y-tunnus)",
        fi: "`{id}` ei ole kelvollinen Y-tunnus",
    },
    help: Msg {
        en: "write the business ID as seven digits, a hyphen and the check digit (e.g. 0245974-7); check it in the YTJ register",
        fi: "kirjoita Y-tunnus muodossa seitsemän numeroa, väliviiva ja tarkiste (esim. 0245974-7); tarkista se YTJ:stä",
    },
    what: "`controller.business_id` has the form `NNNNNNN-C` and a correct check digit.",
    why: "A wrong business ID identifies the wrong organisation (Art 13(1)(a) identity of the controller).",
    fail: "controller:\n  name: Esimerkkiyhdistys ry\n  kind: association\n  business_id: 0208213-5\n  email: hallitus@esimerkki.fi\n  phone: 040 555 0101\n",
    pass: "controller:\n  name: Esimerkkiyhdistys ry\n  kind: association\n  business_id: 0208213-4\n  email: hallitus@esimerkki.fi\n  phone: 040 555 0101\n",
    check: |cx, hits| {
        for (i, c) in std::iter::once(&cx.notice.controller)
            .chain(
                cx.notice
                    .joint_controllers
                    .iter()
                    .flat_map(|j| &j.controllers),
            )
            .enumerate()
        {
            if let Some(id) = &c.business_id
                && !business_id_valid(id.trim())
            {
                let at = if i == 0 {
                    "/controller/business_id".to_owned()
                } else {
                    format!("/joint_controllers/controllers/{}/business_id", i - 1)
                };
                hits.at(at).arg("id", id.clone());
            }
        }
    },
};

const SOCIAL_WORDS: &[&str] = &[
    "sosiaali",
    "lastensuojelu",
    "lapsiperhe",
    "perhepalvel",
    "vammaispalvel",
    "kehitysvamma",
    "päihde",
    "toimeentulotu",
    "vanhuspalvel",
    "kotipalvelu",
    "terveydenhuol",
    "terveyskeskus",
    "socialvård",
    "barnskydd",
    "social welfare",
    "child welfare",
    "health care",
];

static WELLBEING_COUNTY: Rule = Rule {
    id: "fi-controller-wellbeing-county",
    article: "Laki hyvinvointialueesta 611/2021; järjestämislaki 612/2021",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "a municipality is named as the controller of social or health services, which wellbeing services counties have organised since 1 January 2023",
        fi: "sosiaali- tai terveyspalvelujen rekisterinpitäjäksi on nimetty kunta, vaikka palvelut järjestää 1.1.2023 alkaen hyvinvointialue",
    },
    help: Msg {
        en: "name the wellbeing services county that now organises the service as the controller (`kind: wellbeing_services_county`), or, if the notice is historical, check it `--as-of` its date",
        fi: "nimeä rekisterinpitäjäksi palvelut nykyään järjestävä hyvinvointialue (`kind: wellbeing_services_county`), tai jos seloste on historiallinen, tarkista se `--as-of`-päivällä",
    },
    what: "A notice of social-welfare or health-care services checked as of 2023 or later does not name a municipality (other than Helsinki) as the controller.",
    why: "Since 1 January 2023 the organising responsibility for social welfare and health care moved from municipalities to 21 wellbeing services counties (Acts 611/2021 and 612/2021); Helsinki keeps it. The county is the controller of the client register.",
    fail: "title: Lastensuojelun asiakasrekisteri\ncontroller:\n  name: Esimerkin kaupunki\n  kind: municipality\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\n",
    pass: "title: Lastensuojelun asiakasrekisteri\ncontroller:\n  name: Esimerkin hyvinvointialue\n  kind: wellbeing_services_county\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\n",
    check: |cx, hits| {
        let c = &cx.notice.controller;
        let transfer = Date::new(2023, 1, 1).expect("valid date");
        if cx.as_of < transfer || c.kind != Some(ControllerKind::Municipality) {
            return;
        }
        if c.name.all().any(|n| contains_any(n, &["helsin"])) {
            return;
        }
        let n = cx.notice;
        let social = n.title.all().any(|s| contains_any(s, SOCIAL_WORDS))
            || n.purposes
                .iter()
                .any(|p| p.description.all().any(|s| contains_any(s, SOCIAL_WORDS)));
        if social {
            hits.at("/controller/name");
        }
    },
};

static REPRESENTATIVE: Rule = Rule {
    id: "representative",
    article: "GDPR Art. 13(1)(a), 27",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "the controller is not established in the EU but no representative is named",
        fi: "rekisterinpitäjä ei ole sijoittautunut EU:hun, mutta edustajaa ei ole nimetty",
    },
    help: Msg {
        en: "add `representative:` with the name and contact details of the EU representative (Art 27)",
        fi: "lisää `representative:` ja EU-edustajan nimi ja yhteystiedot (27 artikla)",
    },
    what: "A controller with `established_in_eu: false` names its representative.",
    why: "Art 13(1)(a) requires the contact details of the controller's representative where applicable; Art 27 requires controllers outside the Union to designate one.",
    fail: "controller:\n  name: Example Inc.\n  kind: company\n  established_in_eu: false\n  email: privacy@example.com\n  phone: +1 555 0100\n",
    pass: "controller:\n  name: Example Inc.\n  kind: company\n  established_in_eu: false\n  email: privacy@example.com\n  phone: +1 555 0100\nrepresentative:\n  name: Example Representative Oy\n  email: rep@example.fi\n",
    check: |cx, hits| {
        if cx.notice.controller.established_in_eu == Some(false)
            && cx.notice.representative.is_none()
        {
            hits.at("/controller/established_in_eu");
        }
    },
};

static JOINT_ARRANGEMENT: Rule = Rule {
    id: "joint-controllers-arrangement",
    article: "GDPR Art. 26(1)-(2)",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "joint controllers are named but the essence of their arrangement is not",
        fi: "yhteisrekisterinpitäjät on nimetty, mutta niiden järjestelyn olennaista sisältöä ei ole kerrottu",
    },
    help: Msg {
        en: "describe in `joint_controllers.arrangement` who is responsible for what towards the data subject, and give a `contact_point`",
        fi: "kerro kentässä `joint_controllers.arrangement`, kuka vastaa mistäkin rekisteröityyn nähden, ja anna `contact_point`",
    },
    what: "`joint_controllers` has an `arrangement`.",
    why: "Art 26(2): \"the essence of the arrangement shall be made available to the data subject\".",
    fail: "joint_controllers:\n  controllers:\n    - name: Toinen yhdistys ry\n",
    pass: "joint_controllers:\n  controllers:\n    - name: Toinen yhdistys ry\n  arrangement: Esimerkkiyhdistys vastaa rekisteröityjen pyyntöihin kummankin puolesta.\n",
    check: |cx, hits| {
        if let Some(j) = &cx.notice.joint_controllers
            && !j.controllers.is_empty()
            && j.arrangement.as_ref().is_none_or(Text::is_blank)
        {
            hits.at("/joint_controllers").key();
        }
    },
};

static DPO_REQUIRED: Rule = Rule {
    id: "dpo-required",
    article: "GDPR Art. 37(1)(a), 13(1)(b)",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "the controller is a public authority but the notice names no data protection officer",
        fi: "rekisterinpitäjä on viranomainen, mutta selosteessa ei ole tietosuojavastaavaa",
    },
    help: Msg {
        en: "add `dpo:` with a direct contact (e-mail or phone) of the data protection officer; the name is optional",
        fi: "lisää `dpo:` ja tietosuojavastaavan suora yhteystieto (sähköposti tai puhelin); nimi ei ole pakollinen",
    },
    what: "A public authority or body names its data protection officer.",
    why: "Art 37(1)(a): a public authority must designate a DPO; Art 13(1)(b) and 14(1)(b) require the DPO's contact details in the notice.",
    fail: "controller:\n  name: Esimerkin kaupunki\n  kind: municipality\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\ndpo: ~\n",
    pass: "controller:\n  name: Esimerkin kaupunki\n  kind: municipality\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\ndpo:\n  email: tietosuoja@example.fi\n",
    check: |cx, hits| {
        if cx.notice.dpo.is_none() && cx.facts.public_authority == Known::Yes {
            hits.at("/dpo");
        }
    },
};

static DPO_CONTACT: Rule = Rule {
    id: "dpo-contact",
    article: "GDPR Art. 13(1)(b), 14(1)(b), 37(7)",
    scope: Scope::Both,
    severity: Severity::Error,
    message: Msg {
        en: "the data protection officer has no contact details",
        fi: "tietosuojavastaavan yhteystiedot puuttuvat",
    },
    help: Msg {
        en: "add an `email`, `phone` or `address` under `dpo`",
        fi: "lisää `dpo`-kohtaan `email`, `phone` tai `address`",
    },
    what: "The DPO block gives at least one contact channel.",
    why: "Art 13(1)(b) requires \"the contact details of the data protection officer\"; the name alone is not enough.",
    fail: "dpo:\n  name: Minna Esimerkki\n",
    pass: "dpo:\n  name: Minna Esimerkki\n  email: tietosuoja@example.fi\n",
    check: |cx, hits| {
        if let Some(d) = &cx.notice.dpo
            && !d.has_channel()
        {
            hits.at("/dpo").key();
        }
    },
};

static DPO_DIRECT: Rule = Rule {
    id: "dpo-direct-channel",
    article: "GDPR Art. 38(4); WP243 rev.01",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "the data protection officer is reached only through the controller's general contact",
        fi: "tietosuojavastaavan tavoittaa vain rekisterinpitäjän yleisen yhteystiedon kautta",
    },
    help: Msg {
        en: "give a direct channel to the DPO (a dedicated e-mail address or phone number), not the registry or switchboard",
        fi: "anna tietosuojavastaavalle suora kanava (oma sähköpostiosoite tai puhelinnumero), ei kirjaamoa tai vaihdetta",
    },
    what: "The DPO's e-mail and phone differ from the controller's general e-mail and phone.",
    why: "Data subjects may contact the DPO directly (Art 38(4)); the Article 29 Working Party's DPO guidelines (WP243) and the Finnish Ombudsman recommend a dedicated channel.",
    fail: "dpo:\n  email: kirjaamo@example.fi\n",
    pass: "dpo:\n  email: tietosuoja@example.fi\n",
    check: |cx, hits| {
        let Some(d) = &cx.notice.dpo else { return };
        let c = &cx.notice.controller;
        let same_email = d.email.is_some() && d.email == c.email;
        let registry = d
            .email
            .as_deref()
            .is_some_and(|e| contains_any(e, &["kirjaamo", "registratur", "info@"]));
        let same_phone = d.phone.is_some() && d.phone == c.phone;
        let email_ok = d.email.is_some() && !same_email && !registry;
        let phone_ok = d.phone.is_some() && !same_phone;
        if d.has_channel() && !email_ok && !phone_ok && (d.email.is_some() || d.phone.is_some()) {
            hits.at(if d.email.is_some() {
                "/dpo/email"
            } else {
                "/dpo/phone"
            });
        }
    },
};

const OPERATIVE_ROLES: &[&str] = &[
    "johtaja",
    "päällikkö",
    "esimies",
    "esihenkilö",
    "vastaava sosiaalityöntekijä",
    "toiminnanjohtaja",
    "direktör",
    "chef",
    "director",
    "manager",
    "head of",
];

static DPO_CONFLICT: Rule = Rule {
    id: "dpo-conflict",
    article: "GDPR Art. 38(6)",
    scope: Scope::Both,
    severity: Severity::Warning,
    message: Msg {
        en: "the data protection officer holds a role that may decide on the processing (`{role}`), a possible conflict of interests",
        fi: "tietosuojavastaavalla on tehtävä, jossa hän voi päättää käsittelystä (`{role}`), mikä voi olla eturistiriita",
    },
    help: Msg {
        en: "the DPO must not determine the purposes and means of processing: designate someone outside the operational management, or explain why there is no conflict",
        fi: "tietosuojavastaava ei saa päättää käsittelyn tarkoituksista ja keinoista: nimeä tehtävään operatiivisen johdon ulkopuolinen henkilö tai perustele, miksi eturistiriitaa ei ole",
    },
    what: "The DPO is neither the person responsible for the register nor in a management role of the processing.",
    why: "Art 38(6): the DPO's other tasks must not result in a conflict of interests; the Ombudsman's guidance excludes positions that define purposes and means of processing. The same person as the register's contact or responsible person is the typical case.",
    fail: "dpo:\n  title: Vastaava sosiaalityöntekijä\n  email: tietosuoja@example.fi\n",
    pass: "dpo:\n  title: Tietosuojavastaava\n  email: tietosuoja@example.fi\n",
    check: |cx, hits| {
        let Some(d) = &cx.notice.dpo else { return };
        if let Some(title) = &d.title
            && let Some(role) = title.all().find(|t| contains_any(t, OPERATIVE_ROLES))
        {
            hits.at("/dpo/title").arg("role", role.to_owned());
            return;
        }
        let same = |p: &Option<crate::model::Contact>| {
            p.as_ref()
                .and_then(|p| p.name.as_ref())
                .is_some_and(|n| Some(n) == d.name.as_ref())
        };
        if same(&cx.notice.responsible_person) || same(&cx.notice.contact_person) {
            hits.at("/dpo/name")
                .arg("role", d.name.clone().unwrap_or_default());
        }
    },
};

#[cfg(test)]
mod tests {
    #[test]
    fn organs_are_recognised() {
        use crate::model::Text;
        assert!(super::names_organ(&Text::Plain(
            "Sosiaalilautakunta".into()
        )));
        assert!(!super::names_organ(&Text::Plain("Liedon kunta".into())));
    }
}
