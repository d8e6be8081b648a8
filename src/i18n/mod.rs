//! Languages: the `Locale`, one struct of messages per view (so a missing string fails to
//! compile), and every date, time, number, amount and duration format, in one place.
//!
//! Each view's messages live in their own file with a `KO` and an `EN` constant.

pub mod check;
pub mod common;
pub mod compensation;
pub mod format;
pub mod services;
pub mod timeline;

use crate::incident::model::Text;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    Ko,
    En,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::Ko, Locale::En];

    /// The BCP 47 code, as used in `lang=` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Ko => "ko",
            Locale::En => "en",
        }
    }

    /// `ko`, `en`, and longer tags such as `en-US` or `ko-KR`; anything else is `None`.
    pub fn parse(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "ko" => Some(Locale::Ko),
            "en" => Some(Locale::En),
            _ => None,
        }
    }

    /// The first of the reader's preferred languages that the widget speaks, else Korean.
    pub fn negotiate<'a>(
        explicit: Option<&str>,
        preferred: impl IntoIterator<Item = &'a str>,
    ) -> Locale {
        explicit
            .and_then(Locale::parse)
            .or_else(|| preferred.into_iter().find_map(Locale::parse))
            .unwrap_or_default()
    }

    /// The name of the language in itself, for the switch.
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::Ko => "한국어",
            Locale::En => "English",
        }
    }

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_prefers_explicit_then_browser_then_korean() {
        assert_eq!(Locale::negotiate(Some("en"), ["ko-KR"]), Locale::En);
        assert_eq!(Locale::negotiate(None, ["fr-FR", "en-GB"]), Locale::En);
        assert_eq!(Locale::negotiate(Some("xx"), ["ko"]), Locale::Ko);
        assert_eq!(Locale::negotiate(None, ["de"]), Locale::Ko);
    }
}
