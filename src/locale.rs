//! The widget's languages: the `Locale` enum, its code, and how it is chosen from the route and
//! the reader's preferences.
//!
//! A leaf: it imports nothing from the crate, so both `route` (which reads `lang=`) and `i18n`
//! (which holds the messages of each locale) can depend on it without depending on each other.

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
