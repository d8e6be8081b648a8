//! The root component: holds the state, loads another incident when asked, follows the URL,
//! and lays out header, navigation, notice and the current view. Its root element carries the
//! public `data-state` attribute.

use super::header::Header;
use super::nav::Nav;
use super::not_found::NotFound;
use super::notice::Notice;
use super::views::ViewSwitch;
use super::Ctx;
use crate::i18n::Locale;
use crate::incident::zone::ZoneRule;
use crate::incident::Time;
use crate::route::{Route, View};
use crate::state::{Action, AppState, Fallback, LoadStatus, Theme};
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
}

impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        self.route == other.route
            && self.preferred == other.preferred
            && self.now == other.now
            && Rc::ptr_eq(&self.reader_zone, &other.reader_zone)
            && self.src == other.src
            && self.theme == other.theme
    }
}

/// The state at start. With a `src` the built-in incident is not parsed here: it is needed
/// only if that load fails, and then the failure path parses it.
fn initial_state(props: &AppProps) -> AppState {
    let (incident, status) = match &props.src {
        Some(_) => (None, LoadStatus::Loading),
        None => match timed_builtin() {
            Ok(inc) => (Some(Rc::new(inc)), LoadStatus::Ready),
            Err(errors) => (
                None,
                LoadStatus::Failed {
                    errors: Rc::new(errors),
                    fallback: None,
                },
            ),
        },
    };
    AppState {
        route: props.route.clone(),
        theme: props.theme,
        incident,
        status,
    }
}

/// The built-in incident, with its parse marked on the performance timeline.
fn timed_builtin() -> Result<crate::incident::Incident, Vec<crate::data::DataError>> {
    crate::host::mark("parse-start");
    let parsed = crate::data::builtin();
    crate::host::mark("parse-end");
    crate::host::measure("parse", "parse-start", "parse-end");
    parsed
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer_eq({
        let props = props.clone();
        move || initial_state(&props)
    });

    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            crate::host::location::follow_hash(move |r| dispatch.dispatch(Action::Navigate(r)))
        });
    }
    {
        let dispatch = state.dispatcher();
        use_effect_with(props.src.clone(), move |src| {
            if let Some(src) = src.clone() {
                crate::host::fetch::load_into(src.to_string(), move |result| match result {
                    Ok(inc) => dispatch.dispatch(Action::Loaded(inc)),
                    Err((errors, last_good)) => {
                        let fallback =
                            last_good.map(|i| (i, Fallback::LastGoodCopy)).or_else(|| {
                                crate::data::builtin()
                                    .ok()
                                    .map(|i| (Rc::new(i), Fallback::Builtin))
                            });
                        dispatch.dispatch(Action::LoadFailed { errors, fallback })
                    }
                });
            }
        });
    }
    {
        // Move focus to the new view's heading after the reader switches views (not at start,
        // which would steal focus from the page around an embed).
        // A deep link to an event moves focus to that event itself (see `deep_link`).
        let tab = state.route.view.tab();
        let view_takes_focus = matches!(&state.route.view, View::Timeline(q) if q.event.is_some());
        let first = use_mut_ref(|| true);
        use_effect_with(tab, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) && !view_takes_focus {
                crate::host::focus_selector(".ie-main h2");
            }
        });
    }

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
                route: state.route.clone(),
                now: props.now,
                reader_zone: props.reader_zone.clone(),
            };
            let view = match &state.route.view {
                View::NotFound(path) => html! { <NotFound path={AttrValue::from(path.clone())} /> },
                _ => html! { <ViewSwitch /> },
            };
            html! {
                <ContextProvider<Ctx> context={ctx}>
                    <Header theme={state.theme} on_theme={on_theme} />
                    <Nav />
                    <Notice status={state.status.clone()} {locale} />
                    <main class="ie-main" id="ie-main">{ view }</main>
                </ContextProvider<Ctx>>
            }
        }
        None => html! {
            <>
                <Notice status={state.status.clone()} {locale} />
                if state.status == LoadStatus::Loading {
                    <p class="ie-loading" role="status">{ locale.common().loading }</p>
                }
            </>
        },
    };

    html! {
        <div class="ie" data-state={state.status.as_str()} data-theme={theme} lang={locale.code()}>
            { body }
        </div>
    }
}
