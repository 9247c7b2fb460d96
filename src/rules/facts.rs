//! Facts derived from a notice that decide which requirements apply: the
//! conditional logic of the catalog, as data the rules read.

use std::collections::BTreeSet;

use crate::model::{Art9Condition, ControllerKind, LegalBasis, Notice, RightDecl, Text};

/// A three-valued answer: the notice may not declare enough to decide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known {
    /// Yes.
    Yes,
    /// No.
    No,
    /// The notice does not say.
    Unknown,
}

impl From<Option<bool>> for Known {
    fn from(b: Option<bool>) -> Self {
        match b {
            Some(true) => Known::Yes,
            Some(false) => Known::No,
            None => Known::Unknown,
        }
    }
}

/// What the notice's declarations imply.
#[derive(Debug, Clone)]
pub struct Facts {
    /// Art 13 applies: data are collected from the data subject.
    pub art13: Known,
    /// Art 14 applies: data come from other sources.
    pub art14: Known,
    /// The controller is a public authority or body (Art 37(1)(a), Art 6(1) last subparagraph).
    pub public_authority: Known,
    /// The Art 6(1) bases declared by the purposes.
    pub bases: BTreeSet<LegalBasisKey>,
    /// Some purpose has no declared basis, so basis-dependent requirements
    /// cannot be fully evaluated.
    pub bases_incomplete: bool,
    /// Processing rests on consent: a consent basis (Art 6(1)(a)) or
    /// explicit consent for special categories (Art 9(2)(a)).
    pub consent_basis: bool,
    /// The first recipient that receives data on the data subject's consent
    /// (often a secrecy-law consent to disclose, not an Art 6 basis).
    pub disclosure_on_consent: Option<usize>,
    /// A purpose is direct marketing.
    pub direct_marketing: bool,
    /// The notice is a social or health care client register
    /// ([`client_register`]).
    pub client_register: bool,
    /// The controller's kind: declared, else as its name makes clear
    /// ([`kind_by_name`]); the rules read this, never the declaration alone.
    pub kind: Option<ControllerKind>,
    /// The kind was not declared but taken from the name (the
    /// `controller-kind-inferred` finding says so).
    pub kind_inferred: bool,
}

/// [`LegalBasis`] with an order, for sets.
pub(super) type LegalBasisKey = u8;

fn key(b: LegalBasis) -> LegalBasisKey {
    b as u8
}

/// Words of the names of the Evangelical Lutheran and Orthodox parishes
/// and parish unions, which are public-law bodies (kirkkolaki 652/2023,
/// laki ortodoksisesta kirkosta 985/2006): their DPO is mandatory
/// (Art 37(1)(a)).
const PUBLIC_LAW_PARISH: &[&str] = &[
    "seurakuntayhtymä",
    "evankelis",
    "ev.-lut",
    "ev.lut",
    "ev. lut",
    "luterilai",
    "ortodoksi",
    "kyrkliga samfällighet",
    "evangelisk-luthersk",
    "ortodox",
    "tuomiokirkkoseurakunta",
    "domkyrkoförsamling",
];
/// Words of the names of free churches and other registered religious
/// communities, which are private bodies even when called "seurakunta".
const PRIVATE_CONGREGATION: &[&str] = &[
    "helluntai",
    "vapaaseurakunta",
    "vapaakirkko",
    "adventti",
    "baptisti",
    "metodisti",
    "katolinen",
    "pingst",
    "frikyrk",
    "fria församling",
    "katolska",
];

/// Whether a religious community's name is that of a public-law parish.
pub(super) fn public_law_parish(name: &Text) -> bool {
    name.all().any(|n| {
        let l = n.to_lowercase();
        PUBLIC_LAW_PARISH.iter().any(|w| l.contains(w))
            || ((l.contains("seurakunta") || l.contains("församling"))
                && !PRIVATE_CONGREGATION.iter().any(|w| l.contains(w)))
    })
}

/// Words of social and health services.
const SOCIAL_WORDS: &[&str] = &[
    "sosiaalihuol",
    "sosiaalityö",
    "sosiaalipalvel",
    "sosiaalitoim",
    "sosiaalipäivystys",
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

/// Words that contain a social or health word but name a service that
/// stayed with the municipalities (environmental health care).
const NOT_SOCIAL: &[&str] = &[
    "ympäristöterveydenhuol",
    "miljöhälsovård",
    "environmental health",
];

/// Health care words beyond [`SOCIAL_WORDS`], for the client registers of
/// social and health care.
const MORE_CARE_WORDS: &[&str] = &[
    "ikäihmis",
    "terveyspalvel",
    "potilas",
    "mielenterveys",
    "hälso- och sjukvård",
    "patient",
    "healthcare",
];

/// `text` in lower case, without the words of [`NOT_SOCIAL`].
fn care_text(text: &str) -> String {
    let mut lower = text.to_lowercase();
    for w in NOT_SOCIAL {
        lower = lower.replace(w, "");
    }
    lower
}

/// Whether a text speaks of social or health services.
pub(super) fn social(text: &str) -> bool {
    let lower = care_text(text);
    SOCIAL_WORDS.iter().any(|w| lower.contains(w))
}

/// Whether a text speaks of social or health services, health care words
/// of [`MORE_CARE_WORDS`] included.
fn social_or_health(text: &str) -> bool {
    let lower = care_text(text);
    SOCIAL_WORDS
        .iter()
        .chain(MORE_CARE_WORDS)
        .any(|w| lower.contains(w))
}

/// Words of the titles of social and health care client registers.
const CLIENT_REGISTER: &[&str] = &[
    "asiakasrekisteri",
    "asiakastietorekisteri",
    "potilasrekisteri",
    "potilastietorekisteri",
    "klientregister",
    "patientregister",
    "client register",
    "patient register",
    "patient record",
];

/// Words of registers of staff, not clients.
const STAFF: &[&str] = &[
    "henkilöstö",
    "työntekijä",
    "rekrytoin",
    "personal",
    "anställd",
    "rekryter",
    "staff",
    "employee",
    "recruit",
];

/// Whether the notice is a social or health care client register: its
/// title (in any language) names a client or patient register of such
/// services, or a register of such a service ("Lapsiperheiden palveluiden
/// rekisteri"), or a wellbeing services county keeps a client register;
/// never a register of staff.
fn client_register(notice: &Notice, kind: Option<ControllerKind>) -> bool {
    let title: Vec<String> = notice.title.all().map(str::to_lowercase).collect();
    let has = |t: &str, words: &[&str]| words.iter().any(|w| t.contains(w));
    if title.iter().any(|t| has(t, STAFF)) {
        return false;
    }
    if title
        .iter()
        .any(|t| social_or_health(t) && has(t, &["rekister", "register"]))
    {
        return true;
    }
    let client = title.iter().any(|t| has(t, CLIENT_REGISTER));
    let care = title.iter().any(|t| social_or_health(t))
        || notice
            .purposes
            .iter()
            .any(|p| p.description.all().any(social_or_health));
    client && (care || kind == Some(ControllerKind::WellbeingServicesCounty))
}

/// The organisation words of a controller's name, in the order they are
/// tried: a legal form (Oy, ry, säätiö) decides before a word of public
/// administration, and a parish before a municipality ("seurakunta",
/// "seurakuntayhtymä" end like "kunta", "kuntayhtymä"). A word matches a
/// whole word of the name, or its end when the entry starts with `-`
/// ("Peruspalvelukuntayhtymä").
const KIND_WORDS: &[(ControllerKind, &[&str])] = &[
    (
        ControllerKind::Company,
        &[
            "oy",
            "oyj",
            "ab",
            "abp",
            "ltd",
            "inc",
            "gmbh",
            "osuuskunta",
            "osk",
            "andelslag",
        ],
    ),
    (
        ControllerKind::Association,
        &[
            "ry",
            "r.y.",
            "rf",
            "r.f.",
            "-yhdistys",
            "-förening",
            "-föreningen",
            "-liitto",
            "-förbund",
        ],
    ),
    (
        ControllerKind::Foundation,
        &["sr", "s.r.", "-säätiö", "-stiftelse", "-stiftelsen"],
    ),
    (
        ControllerKind::ReligiousCommunity,
        &[
            "-seurakunta",
            "-seurakuntayhtymä",
            "-församling",
            "-församlingen",
            "samfällighet",
        ],
    ),
    (
        ControllerKind::WellbeingServicesCounty,
        &[
            "-hyvinvointialue",
            "-hyvinvointialueen",
            "-välfärdsområde",
            "-välfärdsområdet",
        ],
    ),
    (
        ControllerKind::JointMunicipalAuthority,
        &[
            "-kuntayhtymä",
            "-kuntayhtymän",
            "-samkommun",
            "-samkommunen",
        ],
    ),
    (
        ControllerKind::Municipality,
        &[
            "kunta",
            "kunnan",
            "kaupunki",
            "kaupungin",
            "kommun",
            "kommunen",
            "stad",
            "staden",
        ],
    ),
    (
        ControllerKind::StateAuthority,
        &[
            "-virasto",
            "-ministeriö",
            "-ämbetsverk",
            "-ämbetsverket",
            "-ministeriet",
            "-myndighet",
            "-myndigheten",
        ],
    ),
    (
        ControllerKind::OtherPublicBody,
        &[
            "-yliopisto",
            "-universitet",
            "-universitetet",
            "-högskola",
            "-högskolan",
        ],
    ),
];

/// The kind of organisation a controller's name makes clear ("Liedon kunta",
/// "Esimerkkiyhdistys ry", "Pohjanmaan hyvinvointialue"), if any: the first
/// entry of [`KIND_WORDS`] that a word of the name in any language matches.
pub fn kind_by_name(name: &Text) -> Option<ControllerKind> {
    let words: Vec<String> = name
        .all()
        .flat_map(|n| n.split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    KIND_WORDS.iter().find_map(|(kind, entries)| {
        let hit = entries.iter().any(|e| match e.strip_prefix('-') {
            Some(end) => words.iter().any(|w| w.ends_with(end)),
            None => words.iter().any(|w| w == e),
        });
        hit.then_some(*kind)
    })
}

impl Facts {
    /// Derives the facts of a notice.
    pub fn of(notice: &Notice) -> Facts {
        let (art13, art14) = match &notice.sources {
            Some(s) => (
                Known::from(s.from_data_subject),
                if s.other.is_empty() {
                    Known::No
                } else {
                    Known::Yes
                },
            ),
            None => (Known::Unknown, Known::Unknown),
        };
        let declared = notice.controller.kind;
        let kind = declared.or_else(|| kind_by_name(&notice.controller.name));
        let public_authority = match kind {
            Some(ControllerKind::ReligiousCommunity)
                if public_law_parish(&notice.controller.name) =>
            {
                Known::Yes
            }
            Some(k) if k.is_public_authority() => Known::Yes,
            Some(_) => Known::No,
            None => Known::Unknown,
        };
        let bases = notice
            .purposes
            .iter()
            .filter_map(|p| p.legal_basis)
            .map(key)
            .collect();
        let bases_incomplete =
            notice.purposes.is_empty() || notice.purposes.iter().any(|p| p.legal_basis.is_none());
        let consent_basis = notice
            .purposes
            .iter()
            .any(|p| p.legal_basis == Some(LegalBasis::Consent))
            || notice
                .special_categories
                .iter()
                .any(|s| s.condition == Some(Art9Condition::ExplicitConsent));
        let disclosure_on_consent = notice
            .recipients
            .iter()
            .flatten()
            .position(|r| r.consent == Some(true));
        let direct_marketing = notice
            .purposes
            .iter()
            .any(|p| p.direct_marketing == Some(true));
        Facts {
            client_register: client_register(notice, kind),
            kind,
            kind_inferred: declared.is_none() && kind.is_some(),
            art13,
            art14,
            public_authority,
            bases,
            bases_incomplete,
            consent_basis,
            disclosure_on_consent,
            direct_marketing,
        }
    }

    /// Whether a basis is declared by some purpose.
    pub fn has(&self, b: LegalBasis) -> bool {
        self.bases.contains(&key(b))
    }

    /// Whether any of the bases is declared.
    pub fn any(&self, bs: &[LegalBasis]) -> bool {
        bs.iter().any(|b| self.has(*b))
    }

    /// Whether all declared bases are among `bs` (and at least one is declared).
    pub fn only(&self, bs: &[LegalBasis]) -> bool {
        !self.bases.is_empty() && self.bases.iter().all(|k| bs.iter().any(|b| key(*b) == *k))
    }
}

/// Whether the notice states a right as applying (`true` or a mapping that
/// does not say `applies: false`).
pub(super) fn stated(right: Option<&RightDecl>) -> bool {
    matches!(right, Some(r) if r.applies() != Some(false))
}

#[cfg(test)]
mod kind_tests {
    use super::kind_by_name;
    use crate::model::{ControllerKind as K, Text};

    #[test]
    fn the_name_makes_the_kind_clear_or_not() {
        let cases: &[(&str, Option<K>)] = &[
            ("Liedon kunta", Some(K::Municipality)),
            ("Huittisten kaupunki", Some(K::Municipality)),
            ("Liedon kunnan perusturvalautakunta", Some(K::Municipality)),
            ("Vasa stad", Some(K::Municipality)),
            (
                "Pohjanmaan hyvinvointialue",
                Some(K::WellbeingServicesCounty),
            ),
            (
                "Västra Nylands välfärdsområde",
                Some(K::WellbeingServicesCounty),
            ),
            (
                "Peruspalvelukuntayhtymä Kallio",
                Some(K::JointMunicipalAuthority),
            ),
            (
                "Kuntayhtymä Kaksineuvoinen",
                Some(K::JointMunicipalAuthority),
            ),
            ("Tampereen seurakuntayhtymä", Some(K::ReligiousCommunity)),
            ("Pyhäjärven seurakunta", Some(K::ReligiousCommunity)),
            ("Esimerkkiyhdistys ry", Some(K::Association)),
            ("Suomen Punainen Risti", None),
            ("Keski-Suomen Setlementti ry", Some(K::Association)),
            ("Jyväskylän yliopisto", Some(K::OtherPublicBody)),
            ("Digi- ja väestötietovirasto", Some(K::StateAuthority)),
            ("Aalto-yliopisto", Some(K::OtherPublicBody)),
            ("Metropolia Ammattikorkeakoulu Oy", Some(K::Company)),
            ("Pro Consona Oy", Some(K::Company)),
            ("Niilo Mäki Säätiö sr", Some(K::Foundation)),
            ("Perusturvalautakunta", None),
            ("Esimerkki", None),
        ];
        for (name, kind) in cases {
            assert_eq!(kind_by_name(&Text::Plain((*name).into())), *kind, "{name}");
        }
    }
}
