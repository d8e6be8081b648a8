//! The header: the incident's title, its "as of" date, and the language and theme switches.

use crate::hooks::{use_ctx, use_route};
use crate::i18n::{format, Locale};
use crate::incident::zone::in_zone;
use crate::route::Route;
use crate::state::Theme;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The theme in force, to mark its button.
    pub theme: Theme,
    /// Called with the theme the reader picks.
    pub on_theme: Callback<Theme>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let ctx = use_ctx();
    let route = use_route();
    let Some(ctx) = ctx else {
        return Html::default();
    };
    let t = ctx.locale.common();
    let inc = &ctx.incident;
    let as_of = in_zone(
        &inc.as_of,
        &crate::incident::zone::Fixed {
            name: inc.zone.name.clone(),
            offset: inc.zone.offset,
        },
    );
    let languages = Locale::ALL.into_iter().map(|l| {
        let href = crate::route::format(&Route { view: route.view.clone(), lang: Some(l) });
        let current = (l == ctx.locale).then_some("true");
        html! {
            <li><a class="ie-chip" {href} lang={l.code()} hreflang={l.code()} aria-current={current}>{ l.endonym() }</a></li>
        }
    });
    let themes = Theme::ALL.into_iter().map(|th| {
        let label = match th {
            Theme::Auto => t.theme_auto,
            Theme::Light => t.theme_light,
            Theme::Dark => t.theme_dark,
        };
        let pressed = if th == props.theme { "true" } else { "false" };
        let onclick = props.on_theme.reform(move |_| th);
        html! { <li><button type="button" class="ie-chip" aria-pressed={pressed} {onclick}>{ label }</button></li> }
    });
    html! {
        <header class="ie-header">
            <div class="ie-title">
                <h1>{ ctx.locale.pick(&inc.title) }</h1>
                <p class="ie-asof">
                    { t.as_of }{ " " }
                    <time datetime={inc.as_of.to_rfc3339()}>{ format::date(ctx.locale, as_of.date_naive()) }</time>
                </p>
            </div>
            <div class="ie-switches">
                <ul class="ie-chips" aria-label={t.language_label}>{ for languages }</ul>
                <ul class="ie-chips" aria-label={t.theme_label}>{ for themes }</ul>
            </div>
        </header>
    }
}
