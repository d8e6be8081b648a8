//! A status level as a badge: coloured by level, and always spelled out in words, so colour is
//! never the only signal.

use crate::hooks::use_ctx;
use crate::incident::Level;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LevelBadgeProps {
    /// The level; `None` means no disruption was recorded.
    pub level: Option<Level>,
}

/// The badge's class for a level (`None` reads as "unknown" grey).
pub fn level_class(level: Option<Level>) -> &'static str {
    match level {
        Some(Level::Outage) => "ie-badge ie-level-outage",
        Some(Level::Degraded) => "ie-badge ie-level-degraded",
        Some(Level::Restored) => "ie-badge ie-level-restored",
        None => "ie-badge ie-level-unknown",
    }
}

#[function_component(LevelBadge)]
pub fn level_badge(props: &LevelBadgeProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let level = props.level.map_or("none", Level::as_str);
    html! {
        <span class={level_class(props.level)} data-level={level}>
            { ctx.locale.services().level(props.level) }
        </span>
    }
}
