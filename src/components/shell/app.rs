//! The root component: holds the state, loads another incident when asked, follows the URL,
//! and lays out header, navigation, notice and the current view. Its root element carries the
//! public `data-state` attribute.

use crate::components::embed::panel::ShareEmbed;
use crate::components::shell::header::Header;
use crate::components::shell::nav::Nav;
use crate::components::shell::not_found::NotFound;
use crate::components::shell::notice::Notice;
use crate::components::shell::views::ViewSwitch;
use crate::hooks::app::{timed_builtin, use_focus_on_view_change, use_follow_route, use_load_src};
use crate::hooks::{Ctx, Embed};
use crate::host::place::Place;
use crate::i18n::Locale;
use crate::incident::zone::ZoneRule;
use crate::incident::{Incident, Time};
use crate::route::{Route, View};
use crate::state::{Action, AppState, LoadStatus, Theme};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, Clone)]
pub struct AppProps {
    /// The route at start (the host reads it from the URL).
    pub route: Route,
    /// The reader's preferred languages, most preferred first (`navigator.languages`).
    pub preferred: Rc<Vec<String>>,
    /// The reader's present moment.
    pub now: Time,
    /// The reader's own zone.
    pub reader_zone: Rc<dyn ZoneRule>,
    /// Another incident to load instead of the built-in one (`?src=` or `data-src`).
    #[prop_or_default]
    pub src: Option<AttrValue>,
    /// A theme chosen by the embedding page (`data-theme` on the mount element).
    #[prop_or_default]
    pub theme: Theme,
    /// An incident already read, shown at once (the pre-renderer's); `src` is then not loaded.
    #[prop_or_default]
    pub incident: Option<Rc<Incident>>,
    /// Called after each render in which the first load has settled (ready or error): the
    /// host swaps the widget in for the pre-rendered page then (`crate::host::takeover`).
    #[prop_or_default]
    pub on_settled: Callback<()>,
    /// Embedded in another page (compact views), and where the widget's own page is.
    #[prop_or_default]
    pub embed: Embed,
    /// Where the widget lives: its own page (routes in the hash) or a host page's element.
    #[prop_or_default]
    pub place: Place,
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        self.route == other.route
            && self.preferred == other.preferred
            && self.now == other.now
            && Rc::ptr_eq(&self.reader_zone, &other.reader_zone)
            && self.src == other.src
            && self.theme == other.theme
            && match (&self.incident, &other.incident) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (a, b) => a.is_none() && b.is_none(),
            }
            && self.on_settled == other.on_settled
            && self.embed == other.embed
            && self.place == other.place
    }
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer_eq({
        let props = props.clone();
        move || match props.incident {
            Some(incident) => AppState::ready_with(props.route, props.theme, incident),
            None => {
                let has_src = props.src.is_some();
                AppState::at_start(props.route, props.theme, has_src, timed_builtin)
            }
        }
    });
    let attempt = use_state_eq(|| 0u32);

    use_follow_route(props.place.clone(), state.dispatcher());
    let src = props.src.clone().filter(|_| props.incident.is_none());
    use_load_src(src, *attempt, state.dispatcher());
    use_focus_on_view_change(&state.route.view, &props.place);
    {
        let on_settled = props.on_settled.clone();
        use_effect_with(state.status.as_str(), move |status| {
            if *status != "loading" {
                on_settled.emit(());
            }
        });
    }
    // Nothing on screen after a failed load: the reader may try again.
    let on_retry = (state.incident.is_none() && state.status.as_str() == "error").then(|| {
        let (dispatch, attempt) = (state.dispatcher(), attempt.clone());
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::Retry);
            attempt.set(*attempt + 1);
        })
    });

    let locale = Locale::negotiate(
        state.route.lang.map(Locale::code),
        props.preferred.iter().map(String::as_str),
    );
    let theme = (state.theme != Theme::Auto).then(|| state.theme.as_str());
    let on_theme = {
        let dispatch = state.dispatcher();
        Callback::from(move |t: Theme| dispatch.dispatch(Action::SetTheme(t)))
    };

    let body = match &state.incident {
        Some(incident) => {
            let ctx = Ctx {
                locale,
                incident: incident.clone(),
                lang: state.route.lang,
                now: props.now,
                reader_zone: props.reader_zone.clone(),
            };
            let view = match &state.route.view {
                View::NotFound(path) => html! { <NotFound path={AttrValue::from(path.clone())} /> },
                _ => html! { <ViewSwitch /> },
            };
            html! {
                <ContextProvider<Ctx> context={ctx}>
                <ContextProvider<Route> context={state.route.clone()}>
                <ContextProvider<Embed> context={props.embed.clone()}>
                    <Header theme={state.theme} on_theme={on_theme} />
                    <Nav />
                    <Notice status={state.status.clone()} {locale} />
                    <main class="ie-main" id="ie-main">{ view }</main>
                    <ShareEmbed />
                </ContextProvider<Embed>>
                </ContextProvider<Route>>
                </ContextProvider<Ctx>>
            }
        }
        None => html! {
            <>
                <Notice status={state.status.clone()} {locale} {on_retry} />
                if state.status == LoadStatus::Loading {
                    <p class="ie-loading" role="status">{ locale.common().loading }</p>
                }
            </>
        },
    };

    html! {
        <ContextProvider<Place> context={props.place.clone()}>
            <div class={classes!("ie", props.embed.embedded.then_some("ie-embedded"))} data-state={state.status.as_str()} data-theme={theme} lang={locale.code()}>
                { body }
            </div>
        </ContextProvider<Place>>
    }
}
