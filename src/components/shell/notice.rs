//! The one place that shows load state problems: what went wrong, where in the data, in the
//! reader's language, and which data stays on screen.

use crate::i18n::{format, Locale};
use crate::state::{Fallback, LoadStatus};
use yew::prelude::*;

/// How many problems are listed before the rest fold away.
const SHOWN: usize = 5;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    /// How loading went; only `Failed` shows anything.
    pub status: LoadStatus,
    /// The reader's language, for the messages.
    pub locale: Locale,
    /// Loads again; offered when the load failed and no incident is on screen.
    #[prop_or_default]
    pub on_retry: Option<Callback<MouseEvent>>,
}

#[function_component(Notice)]
pub fn notice(props: &NoticeProps) -> Html {
    let LoadStatus::Failed { errors, fallback } = &props.status else {
        return Html::default();
    };
    let t = props.locale.common();
    let item = |e: &crate::data::DataError| html! { <li><code>{ format::problem(props.locale, e) }</code></li> };
    let kept = match fallback {
        Some(Fallback::Builtin) => t.showing_builtin,
        Some(Fallback::LastGoodCopy) => t.showing_last_good,
        None => "",
    };
    html! {
        <div class="ie-notice" role="alert">
            <p><strong>{ t.load_failed }</strong>{ " " }{ kept }</p>
            <ul>{ for errors.iter().take(SHOWN).map(item) }</ul>
            if errors.len() > SHOWN {
                <details>
                    <summary>{ t.more_problems }{ format!(" ({})", errors.len() - SHOWN) }</summary>
                    <ul>{ for errors.iter().skip(SHOWN).map(item) }</ul>
                </details>
            }
            if let Some(onclick) = props.on_retry.clone() {
                <p><button type="button" class="ie-chip" {onclick}>{ t.try_again }</button></p>
            }
        </div>
    }
}
