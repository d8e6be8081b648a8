//! The widget's state as a reducer: where the reader is, which incident is on screen and how
//! loading it went. Pure: side effects (fetch, storage, URL) live in effects in `components`
//! and `host`, which dispatch these actions with their results.

use crate::data::DataError;
use crate::incident::Incident;
use crate::route::Route;
use std::rc::Rc;
use yew::Reducible;

/// Theme override; `Auto` follows `prefers-color-scheme`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
    pub fn parse(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// Where the incident on screen came from, when a load failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fallback {
    Builtin,
    LastGoodCopy,
}

/// How loading went. The incident on screen is kept apart, so a failure never empties it.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadStatus {
    Loading,
    Ready,
    Failed {
        errors: Rc<Vec<DataError>>,
        fallback: Option<Fallback>,
    },
}

impl LoadStatus {
    /// The value of the public `data-state` attribute.
    pub fn as_str(&self) -> &'static str {
        match self {
            LoadStatus::Loading => "loading",
            LoadStatus::Ready => "ready",
            LoadStatus::Failed { .. } => "error",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub route: Route,
    pub theme: Theme,
    /// The last good incident; `None` only while the first load runs or if nothing ever loaded.
    pub incident: Option<Rc<Incident>>,
    pub status: LoadStatus,
}

pub enum Action {
    /// The URL changed (by a link, the back button or the reader's own typing).
    Navigate(Route),
    SetTheme(Theme),
    Loaded(Rc<Incident>),
    /// The reader asked to try a failed load again: loading, with what is on screen kept.
    Retry,
    /// Loading failed; show `fallback` if there is one, else keep what is on screen.
    LoadFailed {
        errors: Vec<DataError>,
        fallback: Option<(Rc<Incident>, Fallback)>,
    },
}

impl AppState {
    /// The state at start with an incident already read (the pre-renderer's): ready.
    pub fn ready_with(route: Route, theme: Theme, incident: Rc<Incident>) -> Self {
        AppState {
            route,
            theme,
            incident: Some(incident),
            status: LoadStatus::Ready,
        }
    }

    /// The state at start. With another incident to load (`has_src`) the built-in one is not
    /// parsed here: it is needed only if that load fails, and then the failure path parses it.
    pub fn at_start(
        route: Route,
        theme: Theme,
        has_src: bool,
        builtin: impl FnOnce() -> Result<Incident, Vec<DataError>>,
    ) -> Self {
        let (incident, status) = match has_src {
            true => (None, LoadStatus::Loading),
            false => match builtin() {
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
            route,
            theme,
            incident,
            status,
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Navigate(route) if route == self.route => self,
            Action::Navigate(route) => Rc::new(AppState {
                route,
                ..(*self).clone()
            }),
            Action::SetTheme(theme) if theme == self.theme => self,
            Action::SetTheme(theme) => Rc::new(AppState {
                theme,
                ..(*self).clone()
            }),
            Action::Retry => Rc::new(AppState {
                status: LoadStatus::Loading,
                ..(*self).clone()
            }),
            Action::Loaded(incident) => Rc::new(AppState {
                incident: Some(incident),
                status: LoadStatus::Ready,
                ..(*self).clone()
            }),
            Action::LoadFailed { errors, fallback } => {
                let (incident, kind) = match fallback {
                    Some((inc, kind)) => (Some(inc), Some(kind)),
                    None => (self.incident.clone(), None),
                };
                Rc::new(AppState {
                    incident,
                    status: LoadStatus::Failed {
                        errors: Rc::new(errors),
                        fallback: kind,
                    },
                    ..(*self).clone()
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Problem;

    fn route() -> Route {
        crate::route::parse("#/check")
    }

    #[test]
    fn with_another_incident_to_load_the_builtin_one_is_not_parsed() {
        let s = AppState::at_start(route(), Theme::Auto, true, || {
            panic!("the built-in incident was parsed")
        });
        assert_eq!(s.status, LoadStatus::Loading);
        assert!(s.incident.is_none());
    }

    #[test]
    fn the_builtin_incident_is_ready_at_once() {
        let s = AppState::at_start(route(), Theme::Dark, false, crate::data::builtin);
        assert_eq!(s.status, LoadStatus::Ready);
        assert!(s.incident.is_some());
        assert_eq!((s.route, s.theme), (route(), Theme::Dark));
    }

    #[test]
    fn a_broken_builtin_incident_is_an_error_with_nothing_to_fall_back_on() {
        let problem = DataError::new("incident", Problem::Missing);
        let s = AppState::at_start(route(), Theme::Auto, false, || Err(vec![problem.clone()]));
        assert_eq!(
            s.status,
            LoadStatus::Failed {
                errors: Rc::new(vec![problem]),
                fallback: None
            }
        );
        assert!(s.incident.is_none());
    }
}
