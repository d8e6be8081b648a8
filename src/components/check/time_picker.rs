//! The checker's time field: a `datetime-local` input read in the reader's own zone by default
//! or in the incident's (KST), by choice, with the moment it means shown in both zones.

use crate::components::shared::day_zone_switch::reader_differs;
use crate::components::shared::when::{incident_zone, When};
use crate::hooks::{use_ctx, Ctx};
use crate::i18n::format;
use crate::incident::status::{local_to_moment, parse_local};
use crate::incident::zone::in_zone;
use crate::incident::Time;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Which zone the typed wall-clock time is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ZoneChoice {
    /// The reader's own zone.
    #[default]
    Mine,
    /// The incident's zone (KST).
    Incident,
}

/// The moment a typed time means in the chosen zone, if it reads as a time.
pub fn moment_of(ctx: &Ctx, text: &str, zone: ZoneChoice) -> Option<Time> {
    let local = parse_local(text)?;
    Some(match zone {
        ZoneChoice::Mine => local_to_moment(local, ctx.reader_zone.as_ref()),
        ZoneChoice::Incident => local_to_moment(local, &incident_zone(ctx)),
    })
}

#[derive(Properties, PartialEq)]
pub struct TimePickerProps {
    /// The text in the field (`2022-10-15T18:00`).
    pub value: AttrValue,
    pub zone: ZoneChoice,
    pub on_value: Callback<String>,
    pub on_zone: Callback<ZoneChoice>,
    /// The id of an error message about this field, if one is shown.
    #[prop_or_default]
    pub error_id: Option<AttrValue>,
}

#[function_component(TimePicker)]
pub fn time_picker(props: &TimePickerProps) -> Html {
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let c = ctx.locale.check();
    let oninput = props
        .on_value
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let moment = moment_of(&ctx, &props.value, props.zone);
    let mine = in_zone(
        &moment.unwrap_or(ctx.incident.start),
        ctx.reader_zone.as_ref(),
    );
    let offset = format::offset(mine.offset());
    let name = ctx.reader_zone.name();
    let pending = ctx.reader_zone.pending();
    let mine_label = if pending {
        // The pre-rendered page names the reader's zone from assets/boot.js; one span, as the
        // label is one item of its flex row.
        let text = (c.zone_mine)("\u{1}");
        let (before, after) = text.split_once('\u{1}').unwrap_or((&text, ""));
        html! { <span>{ before.to_string() }<span class="ie-reader-zone-at"></span>{ after.to_string() }</span> }
    } else {
        html! { { (c.zone_mine)(&if name == offset {
            offset
        } else {
            format!("{name}, {offset}")
        }) } }
    };
    let radio = |choice: ZoneChoice, label: Html| {
        let onchange = props.on_zone.reform(move |_| choice);
        html! {
            <label class="ie-radio">
                <input type="radio" name="ie-check-zone" checked={props.zone == choice} {onchange} />{ " " }{ label }
            </label>
        }
    };
    html! {
        <div class="ie-field ie-time-field">
            <label for="ie-check-time">{ c.time_label }</label>
            <input id="ie-check-time" type="datetime-local" step="60" value={props.value.clone()} {oninput}
                aria-describedby={props.error_id.clone()} aria-invalid={props.error_id.as_ref().map(|_| "true")} />
            // Whether the reader's zone differs from the incident's during it (else there is
            // nothing to choose); kept for boot.js to show on the pre-rendered page.
            if pending || reader_differs(&ctx) {
                <fieldset class={classes!("ie-zone-choice", pending.then_some("ie-zone-slot"))}>
                    <legend>{ c.zone_legend }</legend>
                    { radio(ZoneChoice::Mine, mine_label) }
                    { radio(ZoneChoice::Incident, html! { { (c.zone_kst)(&ctx.incident.zone.abbr) } }) }
                </fieldset>
            }
            if let Some(t) = moment {
                <p class="ie-means">{ c.means }{ " " }<When at={t} /></p>
            }
        </div>
    }
}
