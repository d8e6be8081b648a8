//! The name-matching index of the incident on screen, built once per incident and shared by
//! every component that matches names (the services search, the checker's suggestions, the
//! "did you mean" lists). Components come and go with the URL (the checker's form is remounted
//! for every new question, the services list for every new search), so a per-component memo
//! would rebuild the index, a pass over every service, on each keystroke or check; this keeps
//! one per incident instead.

use crate::hooks::SameIncident;
use crate::incident::names::Index;
use crate::incident::Incident;
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use yew::prelude::*;

thread_local! {
    /// The last incident an index was built for, and that index. Holding the incident weakly
    /// lets it go when another one is loaded.
    static CACHE: RefCell<Option<(Weak<Incident>, Rc<Index>)>> = const { RefCell::new(None) };
}

/// The index of `incident`, from the cache when it was built for this very incident.
pub fn index_of(incident: &Rc<Incident>) -> Rc<Index> {
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((weak, index)) = cache.as_ref() {
            if weak.upgrade().is_some_and(|i| Rc::ptr_eq(&i, incident)) {
                return index.clone();
            }
        }
        let index = Rc::new(Index::new(incident));
        *cache = Some((Rc::downgrade(incident), index.clone()));
        index
    })
}

/// The name index of the incident in `ctx` (empty without one). Takes an `Option` so that
/// components call it before any early return.
#[hook]
pub fn use_names(ctx: Option<&crate::hooks::Ctx>) -> Rc<Index> {
    let incident = ctx.map(|c| SameIncident(c.incident.clone()));
    let index = use_memo(incident, |s| s.as_ref().map(|s| index_of(&s.0)));
    (*index).clone().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_index_per_incident() {
        let Ok(a) = crate::data::builtin().map(Rc::new) else {
            panic!("built-in incident invalid");
        };
        let first = index_of(&a);
        assert!(
            Rc::ptr_eq(&first, &index_of(&a)),
            "the same incident reuses its index"
        );
        let b = Rc::new((*a).clone());
        let other = index_of(&b);
        assert!(!Rc::ptr_eq(&first, &other), "another incident gets its own");
        assert_eq!(*first, *other, "built from equal data, equal indexes");
        assert!(!first.suggest("카톡", 3).is_empty());
    }
}
