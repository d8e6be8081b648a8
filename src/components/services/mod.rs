//! The services view (`#/services`, `#/services/{id}`): the search, the list of cards, one
//! service's detail with its functions' intervals, and the page for an unknown service.

pub mod card;
pub mod detail;
pub mod facts;
pub mod function_status;
pub mod list;
pub mod missing;
pub mod search;
pub mod view;
