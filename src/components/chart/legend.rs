//! The status chart's legend, and the SVG pattern the degraded bars are hatched with (defined
//! once here, in an SVG of no size, since an SVG that is not displayed cannot lend patterns),
//! with the dotted one of stretches after the last report, whose state is not known.
//! Each level is shown by its shape and its name, so colour is never the only signal.

use crate::hooks::Ctx;
use crate::incident::chart::{FOCUS_HOURS, FOCUS_SHARE};
use crate::incident::Level;
use yew::prelude::*;

/// The id of the hatching pattern (CSS fills degraded bars with `url(#ie-hatch)`).
pub const HATCH_ID: &str = "ie-hatch";
/// The id of the dotted pattern of stretches after the last report (`url(#ie-dots)`).
pub const DOTS_ID: &str = "ie-dots";

/// The legend; with `focus_note` (the scale enlarges the first hours) a line that explains the
/// dotted line.
pub fn chart_legend(ctx: &Ctx, focus_note: bool) -> Html {
    let t = ctx.locale.timeline();
    let unknown = html! {
        <li>
            <svg class="ie-swatch" width="28" height="16" aria-hidden="true" focusable="false">
                <rect class="ie-bar ie-bar-unknown" x="0.5" y="2.5" width="27" height="11" />
            </svg>
            { t.level_unknown }
        </li>
    };
    let swatch = |level: Level| {
        let (y, h) = if level == Level::Restored {
            ("6", "4")
        } else {
            ("2", "12")
        };
        html! {
            <li>
                <svg class="ie-swatch" width="28" height="16" aria-hidden="true" focusable="false">
                    <rect class={format!("ie-bar ie-bar-{}", level.as_str())} x="0" {y} width="28" height={h} />
                </svg>
                { if level == Level::Degraded { t.level_partial } else { t.level(level) } }
            </li>
        }
    };
    let percent = (FOCUS_SHARE * 100.0).round() as i64;
    html! {
        <>
            <svg class="ie-chart-defs" width="0" height="0" aria-hidden="true" focusable="false">
                <defs>
                    <pattern id={HATCH_ID} patternUnits="userSpaceOnUse" width="6" height="6"
                        patternTransform="rotate(45)">
                        <rect class="ie-hatch-bg" x="0" y="0" width="6" height="6" />
                        <rect class="ie-hatch-line" x="0" y="0" width="2.5" height="6" />
                    </pattern>
                    <pattern id={DOTS_ID} patternUnits="userSpaceOnUse" width="6" height="6">
                        <rect class="ie-dots-bg" x="0" y="0" width="6" height="6" />
                        <circle class="ie-dots-dot" cx="3" cy="3" r="1.2" />
                    </pattern>
                </defs>
            </svg>
            <ul class="ie-chart-legend" aria-label={t.legend_label}>
                { swatch(Level::Outage) }
                { swatch(Level::Degraded) }
                { swatch(Level::Restored) }
                { unknown }
            </ul>
            if focus_note {
                <p class="ie-chart-note ie-muted">{ (t.focus_note)(FOCUS_HOURS, percent) }</p>
            }
        </>
    }
}
