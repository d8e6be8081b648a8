//! Theming through the widget's own URL (the iframe embed): `?accent=` sets the public
//! custom property `--incident-explainer-accent` on the mount element, through the CSSOM (which
//! the strict CSP allows; a `style` attribute it would block). Only a hex colour is taken,
//! never arbitrary CSS; the stylesheet keeps whatever colour arrives within the range where the
//! contrast stays AA (styles/theme.css).

use wasm_bindgen::JsCast;

/// The public custom property for the accent colour.
pub const ACCENT_PROPERTY: &str = "--incident-explainer-accent";

/// `#rgb` or `#rrggbb` (the `#` may be left out, as a URL would need it escaped), in lower
/// case with its `#`; anything else is `None`.
pub fn hex_colour(text: &str) -> Option<String> {
    let t = text.trim();
    let hex = t.strip_prefix('#').unwrap_or(t);
    let ok = matches!(hex.len(), 3 | 6) && hex.bytes().all(|b| b.is_ascii_hexdigit());
    ok.then(|| format!("#{}", hex.to_ascii_lowercase()))
}

/// Sets the accent colour given by the page's URL, if it is one.
pub fn apply_accent(root: &web_sys::Element, accent: Option<&str>) {
    let Some(colour) = accent.and_then(hex_colour) else {
        return;
    };
    if let Some(el) = root.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.style().set_property(ACCENT_PROPERTY, &colour);
    }
}

#[cfg(test)]
mod tests {
    use super::hex_colour;

    #[test]
    fn only_a_hex_colour_is_taken() {
        assert_eq!(hex_colour("c2410c").as_deref(), Some("#c2410c"));
        assert_eq!(hex_colour("#ABC").as_deref(), Some("#abc"));
        for bad in [
            "",
            "#",
            "red",
            "#c2410",
            "#c2410cc",
            "#12345g",
            "c2410c; background: url(x)",
            "#fff}body{color:red",
            "var(--x)",
            "expression(alert(1))",
        ] {
            assert_eq!(hex_colour(bad), None, "{bad:?}");
        }
    }
}
