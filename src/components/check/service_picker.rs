//! The checker's service field: a text input and, below it, the services that match what has
//! been typed so far (by id, name in either language, alias; also mid-composition in Korean),
//! as plain buttons that fill the field. A polite status says how many there are. This is the
//! simple, robust pattern: no ARIA combobox, nothing a screen reader has to guess.

use crate::hooks::use_ctx;
use crate::hooks::use_names::use_names;
use crate::incident::named::{phrase, resolve, short_name, suggest, Named};
use crate::locale::Locale;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// How many suggestions are shown at most.
pub const SUGGESTIONS: usize = 6;

#[derive(Properties, PartialEq)]
pub struct ServicePickerProps {
    /// The text in the field.
    pub value: AttrValue,
    /// Called with the new text (typed, or a suggestion's name).
    pub on_change: Callback<String>,
    /// The id of an error message about this field, if one is shown.
    #[prop_or_default]
    pub error_id: Option<AttrValue>,
}

#[function_component(ServicePicker)]
pub fn service_picker(props: &ServicePickerProps) -> Html {
    let ctx = use_ctx();
    let index = use_names(ctx.as_ref());
    // Suggestions follow typing: a field filled from the URL (a deep link, or the form under an
    // answer) shows none, which also keeps the pass over every name out of the answer's render.
    let typed = use_state(|| false);
    let Some(ctx) = ctx else {
        return Html::default();
    };
    let c = ctx.locale.check();
    let found = resolve(&ctx.incident, &props.value);
    let suggestions = if *typed {
        suggest(&ctx.incident, &index, &props.value, SUGGESTIONS)
    } else {
        Vec::new()
    };
    let oninput = {
        let on_change = props.on_change.clone();
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            typed.set(true);
            on_change.emit(e.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let ko = ctx.locale == Locale::Ko;
    let button = |n: Named| {
        let svc = &ctx.incident.services[n.service];
        let func = n.function.and_then(|f| svc.functions.get(f));
        let name = ctx.locale.pick(&svc.name).to_string();
        let fill = phrase(svc, func, ko);
        let pressed = if found == Some(n) { "true" } else { "false" };
        let onclick = props.on_change.reform(move |_| fill.clone());
        let key = format!("{}/{}", n.service, n.function.map_or(-1, |f| f as i64));
        html! {
            <li {key}><button type="button" class="ie-chip" aria-pressed={pressed} {onclick} data-service={svc.id.clone()}
                data-function={func.map(|f| f.id.clone())}>
                // One span, so the flex box keeps the spaces around "›".
                <span>
                    { name.clone() }
                    if let Some(f) = func {
                        <span aria-hidden="true">{ " › " }</span><span class="ie-visually-hidden">{ ", " }</span>
                        { short_name(ctx.locale.pick(&f.name), &name) }
                    }
                </span>
            </button></li>
        }
    };
    let described = match &props.error_id {
        Some(e) => format!("ie-check-service-hint {e}"),
        None => "ie-check-service-hint".to_string(),
    };
    html! {
        <div class="ie-field ie-service-field">
            <label for="ie-check-service">{ c.service_label }</label>
            <input id="ie-check-service" type="text" value={props.value.clone()} {oninput} autocomplete="off"
                spellcheck="false" aria-describedby={described} aria-invalid={props.error_id.as_ref().map(|_| "true")} />
            <p id="ie-check-service-hint" class="ie-hint">{ c.service_hint }</p>
            <p class="ie-visually-hidden" role="status">
                { if !*typed || props.value.trim().is_empty() { String::new() } else { (c.suggestions_count)(suggestions.len()) } }
            </p>
            if !suggestions.is_empty() {
                <ul class="ie-chips ie-suggestions" aria-label={c.suggestions_label}>
                    { for suggestions.into_iter().map(button) }
                </ul>
            }
        </div>
    }
}
