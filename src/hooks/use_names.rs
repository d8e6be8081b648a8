//! The name-matching index of the incident on screen, shared by every component that matches
//! names (the services search, the checker's suggestions, the "did you mean" lists). Components
//! come and go with the URL (the checker's form is remounted for every new question, the
//! services list for every new search), so a per-component memo would rebuild the index, a pass
//! over every service, on each keystroke or check; the incident keeps one instead, in the
//! lookup questions are matched against (`incident::named::lookup`).

use crate::hooks::SameIncident;
use crate::incident::named;
use crate::incident::names::Index;
use crate::incident::Incident;
use std::sync::Arc;
use yew::prelude::*;

/// The index of `incident`, built the first time it is asked for.
pub fn index_of(incident: &Incident) -> Arc<Index> {
    named::lookup(incident).index().clone()
}

/// The name index of the incident in `ctx` (empty without one). Takes an `Option` so that
/// components call it before any early return.
#[hook]
pub fn use_names(ctx: Option<&crate::hooks::Ctx>) -> Arc<Index> {
    let incident = ctx.map(|c| SameIncident(c.incident.clone()));
    let index = use_memo(incident, |s| s.as_ref().map(|s| index_of(&s.0)));
    (*index).clone().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    #[test]
    fn one_index_per_incident() {
        let Ok(a) = crate::data::builtin().map(Rc::new) else {
            panic!("built-in incident invalid");
        };
        let first = index_of(&a);
        assert!(
            Arc::ptr_eq(&first, &index_of(&a)),
            "the same incident reuses its index"
        );
        let b = Rc::new((*a).clone());
        let other = index_of(&b);
        assert!(
            !Arc::ptr_eq(&first, &other),
            "another incident gets its own"
        );
        assert_eq!(*first, *other, "built from equal data, equal indexes");
        assert!(!first.suggest("카톡", 3).is_empty());
    }
}
