//! How much each requirement counts in the completeness figure: the core
//! items of Art 13(1)/(2) and 14(1)/(2) (controller identity and contact,
//! purposes with their legal bases, categories and sources, recipients,
//! transfers, retention, the rights, the complaint right, automated
//! decisions, the DPO where one is required) weigh [`CORE_WEIGHT`] times as
//! much as the other requirements; a notice that misses an item of
//! [`capping`] (no legal basis, no DPO where one is required) scores at most
//! [`CAP_PERCENT`]. Each area declares its core and capping items next to
//! its rules (`CORE`, `CAPPING`).

use super::Rule;

/// The weight of a core item; every other requirement weighs 1.
pub(super) const CORE_WEIGHT: u32 = 4;

/// The most a notice scores while it misses a capping item.
pub(super) const CAP_PERCENT: f64 = 60.0;

/// The core items of every area.
fn core() -> impl Iterator<Item = &'static Rule> {
    super::controller::CORE
        .iter()
        .chain(super::purposes::CORE)
        .chain(super::disclosure::CORE)
        .chain(super::lifecycle::CORE)
        .chain(super::rights::CORE)
        .copied()
}

/// The items without which a notice scores at most [`CAP_PERCENT`].
pub(super) fn capping() -> impl Iterator<Item = &'static Rule> {
    super::controller::CAPPING
        .iter()
        .chain(super::purposes::CAPPING)
        .copied()
}

/// The weight of `rule` in the completeness figure.
pub(super) fn weight(rule: &Rule) -> u32 {
    if core().any(|c| std::ptr::eq(c, rule)) {
        CORE_WEIGHT
    } else {
        1
    }
}

/// The completeness figure: the weighted share of requirements met, in
/// percent with one decimal, at most [`CAP_PERCENT`] when `capped`.
pub(super) fn percent(met: u32, applicable: u32, capped: bool) -> f64 {
    let p = if applicable == 0 {
        100.0
    } else {
        (f64::from(met) * 1000.0 / f64::from(applicable)).round() / 10.0
    };
    if capped { p.min(CAP_PERCENT) } else { p }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_items_are_rules_and_capping_items_are_core() {
        let all = super::super::all();
        for c in core() {
            assert!(all.iter().any(|r| std::ptr::eq(*r, c)), "{}", c.code.id);
        }
        for c in capping() {
            assert_eq!(weight(c), CORE_WEIGHT, "{}", c.code.id);
        }
        assert!(core().count() >= 15);
    }

    #[test]
    fn the_cap_holds() {
        assert_eq!(percent(99, 100, true), 60.0);
        assert_eq!(percent(30, 100, true), 30.0);
        assert_eq!(percent(99, 100, false), 99.0);
        assert_eq!(percent(0, 0, false), 100.0);
    }
}
