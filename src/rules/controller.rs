//! Controller, representative, joint controllers and the DPO (Art 13(1)(a)-(b),
//! Arts 26, 27, 37, 38).

use super::facts::{Known, social};
use super::helpers::{business_id_valid, contains_any};
use super::{Rule, Scope};
use crate::diag::Code;
use crate::diag::Severity;
use crate::model::{ControllerKind, Date, Text};

/// The rules of this area.
pub(super) static RULES: &[&Rule] = &[
    &CONTROLLER_CONTACT,
    &CONTROLLER_CHANNELS,
    &CONTROLLER_KIND,
    &CONTROLLER_KIND_INFERRED,
    &LEGAL_PERSON,
    &BUSINESS_ID,
    &WELLBEING_COUNTY,
    &REPRESENTATIVE,
    &REPRESENTATIVE_NOT_NEEDED,
    &JOINT_ARRANGEMENT,
    &DPO_REQUIRED,
    &DPO_CONTACT,
    &DPO_DIRECT,
    &DPO_CONFLICT,
];

/// The core items of Art 13(1)/(2) and 14(1)/(2) in this area: they weigh
/// most in the completeness figure (`weights.rs`).
pub(super) static CORE: &[&Rule] = &[&CONTROLLER_CONTACT, &DPO_REQUIRED, &DPO_CONTACT];

/// Items without which a notice cannot score above the cap of the
/// completeness figure (`weights.rs`).
pub(super) static CAPPING: &[&Rule] = &[&DPO_REQUIRED];

/// A way to reach the controller.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Channel {
    Post,
    Phone,
    Email,
}

/// The kinds of channel through which a notice lets the data subject reach
/// the controller: the controller's own, the contact and responsible
/// persons', the requests address, and the DPO's postal address (usually
/// the organisation's).
fn channels(n: &crate::model::Notice) -> std::collections::BTreeSet<Channel> {
    let mut out = std::collections::BTreeSet::new();
    let mut add = |address: bool, phone: bool, email: bool| {
        for (has, ch) in [
            (address, Channel::Post),
            (phone, Channel::Phone),
            (email, Channel::Email),
        ] {
            if has {
                out.insert(ch);
            }
        }
    };
    let c = &n.controller;
    add(c.address.is_some(), c.phone.is_some(), c.email.is_some());
    for p in [&n.contact_person, &n.responsible_person]
        .into_iter()
        .flatten()
        .flat_map(|p| p.iter())
    {
        add(p.address.is_some(), p.phone.is_some(), p.email.is_some());
    }
    if let Some(r) = &n.requests {
        add(r.address.is_some(), r.phone.is_some(), r.email.is_some());
    }
    if let Some(d) = &n.dpo {
        add(d.address.is_some(), false, false);
    }
    out
}

static CONTROLLER_CONTACT: Rule = Rule {
    code: Code::rule(
        "controller-contact",
        "GDPR Art. 13(1)(a), 14(1)(a)",
        Severity::Error,
    ),
    scope: Scope::Both,
    fail: "controller:\n  name: Esimerkkiyhdistys ry\n  kind: association\nrequests: ~\n",
    pass: "controller:\n  name: Esimerkkiyhdistys ry\n  kind: association\nrequests:\n  email: hallitus@esimerkki.fi\n",
    check: |cx, hits| {
        // The controller is reachable through any channel the notice gives
        // in its name: its own, a contact person's, the requests address,
        // the DPO's (organisation) address.
        if channels(cx.notice).is_empty() && cx.notice.controller.website.is_none() {
            hits.at("/controller").key();
        }
    },
};

static CONTROLLER_CHANNELS: Rule = Rule {
    code: Code::rule(
        "controller-channels",
        "GDPR Art. 12(1); WP260 rev.01 Annex (13(1)(a))",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "controller:\n  name: Esimerkkiyhdistys ry\n  kind: association\n  email: hallitus@esimerkki.fi\n",
    pass: "controller:\n  name: Esimerkkiyhdistys ry\n  kind: association\n  email: hallitus@esimerkki.fi\n  phone: 040 555 0101\n",
    check: |cx, hits| {
        if channels(cx.notice).len() == 1 {
            hits.at("/controller").key();
        }
    },
};

static CONTROLLER_KIND: Rule = Rule {
    code: Code::rule(
        "controller-kind",
        "GDPR Art. 37(1)(a), 6(1)",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "controller:\n  name: Esimerkki\n  email: hallitus@esimerkki.fi\n  phone: 040 555 0101\n",
    pass: "controller:\n  name: Esimerkki\n  kind: association\n  email: hallitus@esimerkki.fi\n  phone: 040 555 0101\n",
    check: |cx, hits| {
        if cx.facts.kind.is_none() {
            hits.at("/controller").key();
        }
    },
};

static CONTROLLER_KIND_INFERRED: Rule = Rule {
    code: Code::rule(
        "controller-kind-inferred",
        "GDPR Art. 37(1)(a), 6(1)",
        Severity::Info,
    ),
    scope: Scope::Both,
    fail: "controller:\n  name: Esimerkkiyhdistys ry\n  email: hallitus@esimerkki.fi\n  phone: 040 555 0101\n",
    pass: "controller:\n  name: Esimerkkiyhdistys ry\n  kind: association\n  email: hallitus@esimerkki.fi\n  phone: 040 555 0101\n",
    check: |cx, hits| {
        if cx.facts.kind_inferred
            && let Some(kind) = cx.facts.kind
        {
            hits.at("/controller/name").arg("kind", kind.key());
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

/// Units of an organisation (a university's faculty, a state agency's
/// department, a company's division) named as if they were the controller.
const UNITS: &[&str] = &[
    "tiedekunta",
    "yksikkö",
    "osasto",
    "toimiala",
    "palvelualue",
    "fakultet",
    "avdelning",
    "enhet",
    "faculty",
    "department",
    "division",
];

fn names_organ(name: &Text) -> bool {
    name.all().any(|s| contains_any(s, ORGANS))
}

/// Words that name the organisation itself ("Esimerkin kaupungin
/// perusturvalautakunta" names the city).
const ORGANISATIONS: &[&str] = &[
    "kaupun",
    "kunta",
    "kunnan",
    "hyvinvointialue",
    "yliopisto",
    "korkeakoulu",
    "virasto",
    "viraston",
    " oy",
    " ry",
    "oyj",
    "säätiö",
    "stad",
    "kommun",
    "välfärdsområde",
    "universitet",
    "högskola",
    "university",
    "city of",
    "municipality",
];

/// Whether a name names the organisation, not only one of its bodies or
/// units (the body and unit words are left out first: "lautakunta" is no
/// "kunta").
fn names_organisation(name: &str) -> bool {
    let mut lower = name.to_lowercase();
    for w in ORGANS.iter().chain(UNITS) {
        lower = lower.replace(w, " ");
    }
    ORGANISATIONS.iter().any(|w| lower.contains(w))
}

static LEGAL_PERSON: Rule = Rule {
    code: Code::rule(
        "fi-controller-legal-person",
        "GDPR Art. 4(7), 13(1)(a); Kuntalaki 410/2015",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "controller:\n  name: Perusturvalautakunta\n  kind: municipality\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\n",
    pass: "controller:\n  name: Esimerkin kaupunki\n  organ: Perusturvalautakunta\n  kind: municipality\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\n",
    check: |cx, hits| {
        let name = &cx.notice.controller.name;
        if name.all().any(names_organisation) {
            return;
        }
        if names_organ(name) {
            hits.at("/controller/name").arg("case", "organ");
        } else if name.all().any(|s| contains_any(s, UNITS)) {
            hits.at("/controller/name").arg("case", "unit");
        }
    },
};

static BUSINESS_ID: Rule = Rule {
    code: Code::rule(
        "fi-business-id",
        "Yritys- ja yhteisötietolaki 244/2001 (business ID)",
        Severity::Warning,
    ),
    scope: Scope::Both,
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

/// The municipalities of Åland, where the 2023 reform does not apply, and
/// Helsinki, which organises the services itself (laki 612/2021).
const OUTSIDE_REFORM: &[&str] = &[
    "helsin",
    "ahvenanmaa",
    "åland",
    "maarianhamina",
    "mariehamn",
    "brändö",
    "eckerö",
    "finström",
    "föglö",
    "geta",
    "hammarland",
    "jomala",
    "kumlinge",
    "kökar",
    "lemland",
    "lumparland",
    "saltvik",
    "sottunga",
    "sund",
    "vårdö",
];

static WELLBEING_COUNTY: Rule = Rule {
    code: Code::rule(
        "fi-controller-wellbeing-county",
        "Laki hyvinvointialueesta 611/2021; järjestämislaki 612/2021",
        Severity::Error,
    ),
    scope: Scope::Both,
    fail: "title: Lastensuojelun asiakasrekisteri\ncontroller:\n  name: Esimerkin kaupunki\n  kind: municipality\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\n",
    pass: "title: Lastensuojelun asiakasrekisteri\ncontroller:\n  name: Esimerkin hyvinvointialue\n  kind: wellbeing_services_county\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\n",
    check: |cx, hits| {
        let c = &cx.notice.controller;
        let transfer = Date::new(2023, 1, 1).expect("valid date");
        let kind = match cx.facts.kind {
            Some(ControllerKind::Municipality) => "municipality",
            Some(ControllerKind::JointMunicipalAuthority) => "joint",
            _ => return,
        };
        if cx.as_of < transfer || c.name.all().any(|n| contains_any(n, OUTSIDE_REFORM)) {
            return;
        }
        let n = cx.notice;
        let social =
            n.title.all().any(social) || n.purposes.iter().any(|p| p.description.all().any(social));
        if social {
            hits.at("/controller/name").arg("kind", kind);
        }
    },
};

static REPRESENTATIVE: Rule = Rule {
    code: Code::rule("representative", "GDPR Art. 13(1)(a), 27", Severity::Error),
    scope: Scope::Both,
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

/// A representative in the Union (Art 27) is for a controller established
/// outside it; in a Finnish notice the field is usually a contact person put
/// in the wrong place, which the page would publish as "Edustaja EU:ssa".
static REPRESENTATIVE_NOT_NEEDED: Rule = Rule {
    code: Code::rule(
        "representative-not-needed",
        "GDPR Art. 27(1), 13(1)(a)",
        Severity::Warning,
    ),
    scope: Scope::Both,
    fail: "representative:\n  name: Maija Meikäläinen\n  phone: 040 555 0102\n",
    pass: "contact_person:\n  name: Maija Meikäläinen\n  phone: 040 555 0102\n",
    check: |cx, hits| {
        if cx.notice.representative.is_some()
            && cx.notice.controller.established_in_eu != Some(false)
        {
            hits.at("/representative").key();
        }
    },
};

static JOINT_ARRANGEMENT: Rule = Rule {
    code: Code::rule(
        "joint-controllers-arrangement",
        "GDPR Art. 26(1)-(2)",
        Severity::Error,
    ),
    scope: Scope::Both,
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
    code: Code::rule(
        "dpo-required",
        "GDPR Art. 37(1)(a), 37(1)(c), 13(1)(b)",
        Severity::Error,
    ),
    scope: Scope::Both,
    fail: "controller:\n  name: Esimerkin kaupunki\n  kind: municipality\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\ndpo: ~\n",
    pass: "controller:\n  name: Esimerkin kaupunki\n  kind: municipality\n  email: kirjaamo@example.fi\n  phone: 02 555 0100\ndpo:\n  email: tietosuoja@example.fi\n",
    check: |cx, hits| {
        let n = cx.notice;
        if n.dpo.is_some() {
            return;
        }
        if cx.facts.public_authority == Known::Yes {
            let parish = cx.facts.kind == Some(ControllerKind::ReligiousCommunity);
            hits.at("/dpo")
                .arg("case", if parish { "parish" } else { "authority" });
        } else if !n.special_categories.is_empty() || n.criminal_offence_data.is_some() {
            // Art 37(1)(c): mandatory when the core activities are
            // large-scale processing of special categories or criminal-offence
            // data, which the notice cannot show: a warning to assess it.
            hits.at("/dpo")
                .arg("case", "core")
                .severity(Severity::Warning);
        }
    },
};

static DPO_CONTACT: Rule = Rule {
    code: Code::rule(
        "dpo-contact",
        "GDPR Art. 13(1)(b), 14(1)(b), 37(7)",
        Severity::Error,
    ),
    scope: Scope::Both,
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
    code: Code::rule(
        "dpo-direct-channel",
        "GDPR Art. 38(4); WP243 rev.01",
        Severity::Warning,
    ),
    scope: Scope::Both,
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
    code: Code::rule("dpo-conflict", "GDPR Art. 38(6)", Severity::Warning),
    scope: Scope::Both,
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
        let same = |p: &Option<crate::model::Persons>| {
            p.iter()
                .flat_map(|p| p.iter())
                .filter_map(|p| p.name.as_ref())
                .any(|n| Some(n) == d.name.as_ref())
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
        assert!(super::names_organisation(
            "Esimerkin kaupungin perusturvalautakunta"
        ));
        assert!(!super::names_organisation("Perusturvalautakunta"));
        assert!(super::names_organisation(
            "Turun yliopisto, lääketieteellinen tiedekunta"
        ));
        assert!(!super::names_organisation("Lääketieteellinen tiedekunta"));
    }

    #[test]
    fn social_services_but_not_environmental_health_or_social_media() {
        assert!(super::social("Lastensuojelun asiakasrekisteri"));
        assert!(super::social("Perusterveydenhuollon potilasrekisteri"));
        assert!(!super::social(
            "Ympäristöterveydenhuollon valvontarekisteri"
        ));
        assert!(!super::social("Kunnan sosiaalisen median tilit"));
    }

    #[test]
    fn public_law_parishes() {
        use crate::model::Text;
        let p = |s: &str| super::super::facts::public_law_parish(&Text::Plain(s.into()));
        assert!(p("Tampereen evankelis-luterilainen seurakuntayhtymä"));
        assert!(p("Kallion seurakunta"));
        assert!(p("Helsingin ortodoksinen seurakunta"));
        assert!(!p("Helsingin helluntaiseurakunta"));
        assert!(!p("Esimerkin vapaaseurakunta"));
    }
}
