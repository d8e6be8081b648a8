//! Embedded mode: whether the widget sits inside another page (an iframe, `?embed=1`, or, later,
//! a script embed), decided once at mount and kept in the App's state. Embedded, every view
//! opens compact (the key moments, the worst-hit services, the claimant groups as a list) with
//! a link to see everything in the widget's own page; standalone, every view is complete.

use yew::prelude::*;

/// The embedding facts the views read, provided by the `App` beside `Ctx`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Embed {
    /// Compact views, with a link to the full widget.
    pub embedded: bool,
    /// Where the widget's own page is (its folder URL, ending in `/`), for the share panel's
    /// snippets and the "see everything" link. Relative (`./`) outside a browser.
    pub bundle: AttrValue,
    /// The incident file the widget was told to load (`?src=`), kept in links to it.
    pub src: Option<AttrValue>,
}

impl Embed {
    /// The widget's own page at `hash` (a route from `crate::route::format`), with `?src=`.
    pub fn page_link(&self, hash: &str) -> String {
        let mut out = self.bundle.to_string();
        if let Some(src) = &self.src {
            out.push_str("?src=");
            out.push_str(&crate::route::encode(src));
        }
        out.push_str(hash);
        out
    }
}

/// The `Embed` context; standalone (not embedded) outside the App.
#[hook]
pub fn use_embed() -> Embed {
    use_context::<Embed>().unwrap_or_else(|| Embed {
        bundle: AttrValue::from("./"),
        ..Embed::default()
    })
}
