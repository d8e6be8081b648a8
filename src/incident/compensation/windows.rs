//! Claim windows: whether one is open as of a moment, and an offer's next deadline.

use crate::incident::model::{ClaimWindow, Offer, Time};

/// Whether a claim window is open at a moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WindowState {
    Upcoming,
    Open,
    Closed,
}

impl WindowState {
    pub fn as_str(self) -> &'static str {
        match self {
            WindowState::Upcoming => "upcoming",
            WindowState::Open => "open",
            WindowState::Closed => "closed",
        }
    }
}

/// Both ends are inside the window: it is open from `opens` through `closes` inclusive. A
/// missing end leaves that side unbounded.
pub fn window_state(w: &ClaimWindow, now: &Time) -> WindowState {
    if w.opens.is_some_and(|o| *now < o) {
        WindowState::Upcoming
    } else if w.closes.is_some_and(|c| *now > c) {
        WindowState::Closed
    } else {
        WindowState::Open
    }
}

/// The deadline of an offer as of a moment.
#[derive(Debug, Clone, PartialEq)]
pub enum Deadline {
    /// The soonest closing time still ahead, and the index of its window.
    Next { closes: Time, window: usize },
    /// Every window has closed; the last one closed then.
    Passed { closed: Time },
    /// No window has a closing time.
    None,
}

/// The next closing window of an offer (one that closes at or after `now`), else the last one
/// that closed.
pub fn deadline(offer: &Offer, now: &Time) -> Deadline {
    let closing = offer
        .windows
        .iter()
        .enumerate()
        .filter_map(|(i, w)| w.closes.map(|c| (i, c)));
    let next = closing
        .clone()
        .filter(|(_, c)| c >= now)
        .min_by_key(|(_, c)| *c);
    match next {
        Some((window, closes)) => Deadline::Next { closes, window },
        None => match closing.map(|(_, c)| c).max() {
            Some(closed) => Deadline::Passed { closed },
            None => Deadline::None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::incident::compensation::fixtures::*;

    // Windows.
    const NOW: &str = "2022-10-25T12:00:00+09:00";
    #[test]
    fn window_open_between() {
        assert_eq!(
            window_state(
                &window(
                    Some("2022-10-19T00:00:00+09:00"),
                    Some("2022-11-06T23:59:59+09:00")
                ),
                &t(NOW)
            ),
            WindowState::Open
        );
    }
    #[test]
    fn window_upcoming_before() {
        assert_eq!(
            window_state(&window(Some("2022-11-01T00:00:00+09:00"), None), &t(NOW)),
            WindowState::Upcoming
        );
    }
    #[test]
    fn window_closed_after() {
        assert_eq!(
            window_state(&window(None, Some("2022-10-21T23:59:00+09:00")), &t(NOW)),
            WindowState::Closed
        );
    }
    #[test]
    fn window_closing_moment_is_inside() {
        assert_eq!(
            window_state(&window(None, Some(NOW)), &t(NOW)),
            WindowState::Open
        );
    }
    #[test]
    fn window_opening_moment_is_inside() {
        assert_eq!(
            window_state(&window(Some(NOW), None), &t(NOW)),
            WindowState::Open
        );
    }
    #[test]
    fn window_unbounded_is_open() {
        assert_eq!(
            window_state(&window(None, None), &t(NOW)),
            WindowState::Open
        );
    }
    #[test]
    fn deadline_is_the_next_closing_window() {
        let inc = fixture();
        let d = deadline(&inc.compensation[1], &t(TODAY));
        assert_eq!(
            d,
            Deadline::Next {
                closes: t("2027-01-31T23:59:59+09:00"),
                window: 1
            }
        );
    }
    #[test]
    fn deadline_passed_when_all_closed() {
        let inc = fixture();
        assert_eq!(
            deadline(&inc.compensation[2], &t(TODAY)),
            Deadline::Passed {
                closed: t("2022-11-06T23:59:59+09:00")
            }
        );
    }
    #[test]
    fn deadline_none_without_windows() {
        let inc = fixture();
        assert_eq!(deadline(&inc.compensation[3], &t(TODAY)), Deadline::None);
    }
}
