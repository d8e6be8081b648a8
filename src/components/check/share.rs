//! Every answer is a link: "copy link" puts the absolute URL of this answer (canonical: the
//! service's id, the moment with the asker's offset, the function, the language) on the
//! clipboard; "copy reply" puts a ready message for the customer, in the view's language.

use crate::components::shared::copy_button::CopyButton;
use crate::hooks::{use_ctx, use_place, Ctx};
use crate::i18n::reply::{reply, ReplyInput};
use crate::incident::catalog::offer_count;
use crate::incident::status::CheckAnswer;
use crate::incident::Time;
use crate::route::{CheckQuery, CompensationQuery, Route, View};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckShareProps {
    pub answer: Rc<CheckAnswer>,
    /// The moment asked about, in the asker's offset.
    pub at: Time,
    /// The service as asked.
    pub asked: AttrValue,
    /// The function as resolved (an id when the service has it).
    pub function: Option<AttrValue>,
}

/// The canonical route of an answer: the service's id when known, the language always.
pub fn canonical_route(ctx: &Ctx, props: &CheckShareProps) -> Route {
    let service = match props.answer.service {
        Some(i) => ctx.incident.services[i].id.clone(),
        None => props.asked.to_string(),
    };
    Route {
        view: View::Check(CheckQuery {
            service: Some(service),
            function: props.function.as_ref().map(|f| f.to_string()),
            at: Some(props.at.to_rfc3339()),
        }),
        lang: Some(ctx.locale),
    }
}

#[function_component(CheckShare)]
pub fn check_share(props: &CheckShareProps) -> Html {
    // The absolute link to a route: the page's address with the route in its hash, or, in a
    // script embed, the host page's deep link (`crate::host::place::Place::link`). A server
    // has no page: the links stay relative there.
    let place = use_place();
    let absolute = move |route: &Route| {
        if cfg!(target_arch = "wasm32") {
            place.link(route)
        } else {
            crate::route::format(route)
        }
    };
    let Some(ctx) = use_ctx() else {
        return Html::default();
    };
    let c = ctx.locale.check();
    let link = absolute(&canonical_route(&ctx, props));
    let compensation = props.answer.service.map(|i| {
        let service =
            (offer_count(&ctx.incident, i) > 0).then(|| ctx.incident.services[i].id.clone());
        let view = View::Compensation(CompensationQuery {
            claimant: None,
            service,
        });
        absolute(&Route {
            view,
            lang: Some(ctx.locale),
        })
    });
    let text = reply(&ReplyInput {
        incident: &ctx.incident,
        answer: &props.answer,
        asked: &props.asked,
        function: props.function.as_deref(),
        at: props.at,
        locale: ctx.locale,
        link: &link,
        compensation_link: compensation.as_deref(),
    });
    html! {
        <div class="ie-share">
            <h4>{ c.share_title }</h4>
            <div class="ie-share-buttons">
                <CopyButton name="link" label={c.copy_link} text={link.clone()} copied={c.copied_link} failed={c.copy_failed} />
                <CopyButton name="reply" label={c.copy_reply} text={text.clone()} copied={c.copied_reply} failed={c.copy_failed} />
            </div>
            <details class="ie-reply-preview">
                <summary>{ c.reply_preview }</summary>
                <pre class="ie-reply" lang={ctx.locale.code()}>{ text }</pre>
            </details>
        </div>
    }
}
