//! Texts from a data file made safe to put inside the widget's own sentences.
//!
//! - `balance_bidi` closes the explicit directional embeddings, overrides and isolates a text
//!   leaves open, so that a name with an unclosed RIGHT-TO-LEFT OVERRIDE cannot reverse the
//!   words the widget writes after it (a verdict headline, a reply to copy).
//! - `is_blank` tells a text that shows nothing (spaces, zero-width and direction characters
//!   only) from one that says something, so that such a text counts as missing.

use std::borrow::Cow;

/// LEFT-TO-RIGHT EMBEDDING, RIGHT-TO-LEFT EMBEDDING, LEFT-TO-RIGHT OVERRIDE, RIGHT-TO-LEFT
/// OVERRIDE: each is closed by POP DIRECTIONAL FORMATTING.
const EMBEDDINGS: [char; 4] = ['\u{202A}', '\u{202B}', '\u{202D}', '\u{202E}'];
const PDF: char = '\u{202C}';
/// LEFT-TO-RIGHT ISOLATE, RIGHT-TO-LEFT ISOLATE, FIRST STRONG ISOLATE: each is closed by POP
/// DIRECTIONAL ISOLATE.
const ISOLATES: [char; 3] = ['\u{2066}', '\u{2067}', '\u{2068}'];
const PDI: char = '\u{2069}';

#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    Embedding,
    Isolate,
}

/// `s` with the closers it still needs appended: a POP DIRECTIONAL FORMATTING for each
/// embedding or override left open, a POP DIRECTIONAL ISOLATE for each isolate, innermost first.
///
/// Openers and closers are matched as the Unicode Bidirectional Algorithm (UAX #9, rules X1–X8
/// and BD9) matches them: a PDI closes the nearest open isolate and every embedding opened
/// after it, and does nothing when no isolate is open; a PDF closes the last embedding only if
/// no isolate was opened after it, and does nothing otherwise. Closers that match nothing are
/// harmless and kept. The algorithm's depth limit (125) is not modelled: closers appended for
/// openers past it are matched by its overflow counters, so the result is balanced either way.
/// A text that needs nothing is returned as it is, without a copy.
pub fn balance_bidi(s: &str) -> Cow<'_, str> {
    // Nothing to track in a text without an opener (the common case).
    if !s.contains(|c| EMBEDDINGS.contains(&c) || ISOLATES.contains(&c)) {
        return Cow::Borrowed(s);
    }
    let mut open: Vec<Open> = Vec::new();
    for c in s.chars() {
        if EMBEDDINGS.contains(&c) {
            open.push(Open::Embedding);
        } else if ISOLATES.contains(&c) {
            open.push(Open::Isolate);
        } else if c == PDF {
            if open.last() == Some(&Open::Embedding) {
                open.pop();
            }
        } else if c == PDI {
            if let Some(i) = open.iter().rposition(|o| *o == Open::Isolate) {
                open.truncate(i);
            }
        }
    }
    if open.is_empty() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + open.len() * 3);
    out.push_str(s);
    out.extend(open.iter().rev().map(|o| match o {
        Open::Embedding => PDF,
        Open::Isolate => PDI,
    }));
    Cow::Owned(out)
}

/// Whether `c` shows nothing by itself: white space, the zero-width characters (ZERO WIDTH
/// SPACE, NON-JOINER, JOINER, WORD JOINER, the byte order mark), the direction marks and
/// controls, and the Hangul fillers (which render as blank in most fonts).
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}'     // ZWSP, ZWNJ, ZWJ, LRM, RLM
                | '\u{202A}'..='\u{202E}' // LRE, RLE, PDF, LRO, RLO
                | '\u{2060}'              // WORD JOINER
                | '\u{2066}'..='\u{2069}' // LRI, RLI, FSI, PDI
                | '\u{061C}'              // ARABIC LETTER MARK
                | '\u{FEFF}'              // ZERO WIDTH NO-BREAK SPACE (byte order mark)
                | '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' // Hangul fillers
        )
}

/// Whether a text shows nothing: empty, or made only of invisible characters
/// (`is_invisible`). Such a text counts as missing.
pub fn is_blank(s: &str) -> bool {
    s.chars().all(is_invisible)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LRE: char = '\u{202A}';
    const RLE: char = '\u{202B}';
    const LRO: char = '\u{202D}';
    const RLO: char = '\u{202E}';
    const LRI: char = '\u{2066}';
    const RLI: char = '\u{2067}';
    const FSI: char = '\u{2068}';

    fn b(s: &str) -> String {
        balance_bidi(s).into_owned()
    }

    #[test]
    fn a_text_without_openers_is_borrowed_unchanged() {
        for s in [
            "",
            "KakaoTalk",
            "카카오톡",
            "a\u{202C}b\u{2069}",
            "\u{200F}x\u{200E}",
        ] {
            assert!(
                matches!(balance_bidi(s), Cow::Borrowed(t) if t == s),
                "{s:?}"
            );
        }
    }

    #[test]
    fn a_balanced_text_is_borrowed_unchanged() {
        for s in [
            format!("{RLO}gnp.exe{PDF} Maps"),
            format!("{LRI}iso{PDI} and {RLE}x{PDF}"),
            format!("{FSI}a{LRO}b{PDF}c{PDI}"),
            // A PDI also closes the embeddings opened inside its isolate.
            format!("{RLI}a{RLO}b{PDI}"),
        ] {
            assert!(matches!(balance_bidi(&s), Cow::Borrowed(_)), "{s:?}");
        }
    }

    #[test]
    fn each_unclosed_embedding_or_override_gets_a_pdf() {
        for opener in [LRE, RLE, LRO, RLO] {
            assert_eq!(
                b(&format!("Evil{opener} Messenger")),
                format!("Evil{opener} Messenger{PDF}")
            );
        }
        assert_eq!(
            b(&format!("{RLO}{RLO}x{PDF}")),
            format!("{RLO}{RLO}x{PDF}{PDF}")
        );
    }

    #[test]
    fn each_unclosed_isolate_gets_a_pdi() {
        for opener in [LRI, RLI, FSI] {
            assert_eq!(b(&format!("a{opener}b")), format!("a{opener}b{PDI}"));
        }
        assert_eq!(
            b(&format!("{LRI}{RLI}x{PDI}")),
            format!("{LRI}{RLI}x{PDI}{PDI}")
        );
    }

    #[test]
    fn closers_are_appended_innermost_first() {
        // RLO, then an isolate inside it, then an embedding inside that.
        assert_eq!(
            b(&format!("{RLO}a{FSI}b{LRE}c")),
            format!("{RLO}a{FSI}b{LRE}c{PDF}{PDI}{PDF}")
        );
        assert_eq!(
            b(&format!("{LRI}a{RLO}b{RLI}c")),
            format!("{LRI}a{RLO}b{RLI}c{PDI}{PDF}{PDI}")
        );
    }

    #[test]
    fn a_pdi_closes_the_nearest_isolate_and_the_embeddings_opened_after_it() {
        // The PDI closes the RLI and the RLO inside it; the LRE before stays open.
        assert_eq!(
            b(&format!("{LRE}a{RLI}b{RLO}c{PDI}d")),
            format!("{LRE}a{RLI}b{RLO}c{PDI}d{PDF}")
        );
        // Nested isolates: one PDI closes only the inner one.
        assert_eq!(
            b(&format!("{LRI}a{RLI}b{PDI}c")),
            format!("{LRI}a{RLI}b{PDI}c{PDI}")
        );
    }

    #[test]
    fn a_pdf_does_not_close_an_embedding_outside_an_open_isolate() {
        // The PDF is inside the isolate, so it cannot close the RLO opened before it.
        assert_eq!(
            b(&format!("{RLO}a{LRI}b{PDF}c")),
            format!("{RLO}a{LRI}b{PDF}c{PDI}{PDF}")
        );
        // Once the isolate is closed, a PDF closes the RLO again.
        assert!(matches!(
            balance_bidi(&format!("{RLO}a{LRI}b{PDF}{PDI}{PDF}")),
            Cow::Borrowed(_)
        ));
        // A PDF closes only the last embedding.
        assert_eq!(
            b(&format!("{LRE}{RLO}x{PDF}")),
            format!("{LRE}{RLO}x{PDF}{PDF}")
        );
    }

    #[test]
    fn unmatched_closers_are_kept_and_match_nothing_later() {
        // A PDF or PDI before any opener is ignored, so the RLO after it still needs a PDF.
        assert_eq!(
            b(&format!("{PDF}{PDI}x{RLO}y")),
            format!("{PDF}{PDI}x{RLO}y{PDF}")
        );
        // A PDI with no isolate open does not close an embedding.
        assert_eq!(b(&format!("{RLO}x{PDI}")), format!("{RLO}x{PDI}{PDF}"));
    }

    #[test]
    fn balancing_is_idempotent_and_deep_nesting_is_fine() {
        let deep: String = std::iter::repeat_n([RLO, LRI], 200).flatten().collect();
        let once = b(&deep);
        assert_eq!(once.chars().filter(|&c| c == PDF).count(), 200);
        assert_eq!(once.chars().filter(|&c| c == PDI).count(), 200);
        assert!(once.ends_with(&format!("{PDI}{PDF}")));
        assert!(matches!(balance_bidi(&once), Cow::Borrowed(_)));
        let t = format!("{LRE}a{RLI}b{RLO}c{PDI}d{FSI}");
        assert_eq!(b(&b(&t)), b(&t));
    }

    #[test]
    fn texts_of_invisible_characters_only_are_blank() {
        for s in [
            "",
            " \t\n",
            "\u{200B}",
            "\u{200C}\u{200D}",
            "\u{2060}\u{FEFF}",
            "\u{202E}\u{202C}",
            "\u{2066}\u{2069}\u{200E}\u{200F}",
            "\u{3000}\u{00A0}",
            "\u{3164}",
            " \u{200B} \u{202E} \u{2068}\u{2069}\u{202C} ",
        ] {
            assert!(is_blank(s), "{s:?}");
        }
        for s in ["x", "\u{200B}x", "카", "\u{202E}.\u{202C}", "0"] {
            assert!(!is_blank(s), "{s:?}");
        }
    }

    /// The data boundary: every string read from a file is balanced, and a text of invisible
    /// characters only is missing, wherever it is.
    #[test]
    fn parse_balances_every_string_and_refuses_blank_texts() {
        let good = include_str!("../../tests/fixtures/good.json");
        let file = good
            .replacen(
                "\"en\": \"Example Messenger\"",
                "\"en\": \"Evil\\u202E Messenger\"",
                1,
            )
            .replacen("\"ex messenger\"", "\"\\u2067ex\"", 1)
            .replacen("\"Example News\"", "\"News\\u202B\\u2066\"", 1);
        let inc = crate::data::parse(&file).expect("valid");
        let svc = &inc.services[0];
        assert_eq!(svc.name.en, format!("Evil{RLO} Messenger{PDF}"));
        assert!(svc.aliases.contains(&format!("{RLI}ex{PDI}")));
        assert_eq!(
            inc.sources[0].publisher,
            format!("News{RLE}{LRI}{PDI}{PDF}")
        );

        let blank = good
            .replacen(
                "\"en\": \"Example Messenger\"",
                "\"en\": \" \\u200B\\uFEFF\\u202E \"",
                1,
            )
            .replacen("\"Example News\"", "\"\\u2060\\u200D\"", 1);
        let errors: Vec<String> = crate::data::parse(&blank)
            .expect_err("blank texts")
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            errors,
            [
                "sources[0].publisher: missing",
                "services[0].name.en: missing translation: en",
            ]
        );
    }
}
