//! A status level as a badge: coloured by level, and always spelled out in words, so colour is
//! never the only signal.

use crate::incident::Level;
use crate::locale::Locale;
use yew::prelude::*;

/// The badge's class for a level (`None` reads as "unknown" grey).
pub fn level_class(level: Option<Level>) -> &'static str {
    match level {
        Some(Level::Outage) => "ie-badge ie-level-outage",
        Some(Level::Degraded) => "ie-badge ie-level-degraded",
        Some(Level::Restored) => "ie-badge ie-level-restored",
        None => "ie-badge ie-level-unknown",
    }
}

/// The badge of `level` (`None`: no disruption was recorded).
pub fn level_badge(locale: Locale, level: Option<Level>) -> Html {
    let name = level.map_or("none", Level::as_str);
    html! {
        <span class={level_class(level)} data-level={name}>
            { locale.services().level(level) }
        </span>
    }
}
