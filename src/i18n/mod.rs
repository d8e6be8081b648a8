//! Languages: one struct of messages per view (so a missing string fails to compile), every
//! date, time, number, amount and duration format, and the texts composed from them (the
//! support reply), in one place. `Locale` itself is `crate::locale`, re-exported here.
//!
//! Each view's messages live in their own file with a `KO` and an `EN` constant.

pub mod check;
pub mod common;
pub mod compensation;
pub mod embed;
pub mod format;
pub mod reply;
pub mod services;
pub mod timeline;

use crate::incident::model::Text;

pub use crate::locale::Locale;

/// The messages of each locale; `Locale` itself lives in `crate::locale`.
impl Locale {
    /// This locale's side of a text from the data.
    pub fn pick(self, text: &Text) -> &str {
        match self {
            Locale::Ko => &text.ko,
            Locale::En => &text.en,
        }
    }

    pub fn common(self) -> &'static common::Common {
        match self {
            Locale::Ko => &common::KO,
            Locale::En => &common::EN,
        }
    }

    pub fn compensation(self) -> &'static compensation::CompensationText {
        match self {
            Locale::Ko => &compensation::KO,
            Locale::En => &compensation::EN,
        }
    }

    pub fn services(self) -> &'static services::ServicesText {
        match self {
            Locale::Ko => &services::KO,
            Locale::En => &services::EN,
        }
    }

    pub fn check(self) -> &'static check::CheckText {
        match self {
            Locale::Ko => &check::KO,
            Locale::En => &check::EN,
        }
    }

    pub fn timeline(self) -> &'static timeline::TimelineText {
        match self {
            Locale::Ko => &timeline::KO,
            Locale::En => &timeline::EN,
        }
    }
}
