//! The "Share / embed" panel under every view: for the view on screen and its language, the
//! plain link, the iframe snippet, the script snippet and a JSON-LD block for the host page,
//! each with a copy button, and a drawing of the height an embed reserves. A `<details>`
//! element, so it opens by keyboard and takes no room until asked. Its parts, closed at first,
//! follow the view by one task.

use crate::components::embed::snippets::{self, LdFacts, RESERVED_HEIGHT};
use crate::components::shared::copy_button::CopyButton;
use crate::components::shared::progressive::use_after_view;
use crate::hooks::{use_ctx, use_embed, use_route};
use crate::route::Route;
use yew::prelude::*;

#[function_component(ShareEmbed)]
pub fn share_embed() -> Html {
    let ctx = use_ctx();
    let route = use_route();
    let embed = use_embed();
    let later = use_after_view();
    let Some(ctx) = ctx else {
        return Html::default();
    };
    let (l, t) = (ctx.locale, ctx.locale.embed());
    if !later {
        return html! {
            <details class="ie-embed-panel">
                <summary class="ie-button">{ t.share_summary }</summary>
            </details>
        };
    }
    let inc = &ctx.incident;
    let with_lang = crate::route::format(&Route {
        view: route.view.clone(),
        lang: Some(l),
    });
    let bare = crate::route::format(&Route {
        view: route.view.clone(),
        lang: None,
    });
    let link = embed.page_link(&with_lang);
    let title = (t.frame_title)(l.pick(&inc.title));
    let iframe = snippets::iframe(&link, &title, RESERVED_HEIGHT, &embed.bundle);
    let script = snippets::script(
        &embed.bundle,
        embed.src.as_deref(),
        l.code(),
        bare.trim_start_matches('#'),
    );
    let ld = snippets::json_ld(&LdFacts {
        name: l.pick(&inc.title),
        description: l.pick(&inc.summary),
        url: &link,
        lang: l.code(),
        coverage: format!(
            "{}/{}",
            inc.start.to_rfc3339(),
            inc.end.map_or("..".to_string(), |e| e.to_rfc3339())
        ),
        modified: inc.as_of.to_rfc3339(),
    });
    let part =
        |name: &'static str, label: &'static str, hint: Option<&'static str>, text: String| {
            let id = format!("ie-embed-{name}");
            html! {
                <section class="ie-embed-part" aria-labelledby={id.clone()}>
                    <h3 {id}>{ label }</h3>
                    if let Some(hint) = hint {
                        <p class="ie-muted">{ hint }</p>
                    }
                    <pre class="ie-snippet" data-snippet={name}><code>{ text.clone() }</code></pre>
                    <CopyButton label={(t.copy)(label)} text={text} copied={t.copied}
                        failed={t.copy_failed} name={format!("embed-{name}")} />
                </section>
            }
        };
    // The reserved height drawn at a tenth of its size, beside a 375 px wide screen.
    let (w, h) = (38, RESERVED_HEIGHT.div_ceil(10));
    html! {
        <details class="ie-embed-panel">
            <summary class="ie-button">{ t.share_summary }</summary>
            <p>{ t.share_intro }</p>
            { part("link", t.link_label, None, link.clone()) }
            <section class="ie-embed-part" aria-labelledby="ie-embed-iframe">
                <h3 id="ie-embed-iframe">{ t.iframe_label }</h3>
                <p class="ie-muted">{ t.iframe_hint }</p>
                <pre class="ie-snippet" data-snippet="iframe"><code>{ iframe.clone() }</code></pre>
                <CopyButton label={(t.copy)(t.iframe_label)} text={iframe} copied={t.copied}
                    failed={t.copy_failed} name="embed-iframe" />
                <figure class="ie-reserved">
                    <svg width={(w + 2).to_string()} height={(h + 2).to_string()} aria-hidden="true" focusable="false">
                        <rect class="ie-reserved-box" x="1" y="1" width={w.to_string()} height={h.to_string()} />
                    </svg>
                    <figcaption data-reserved={RESERVED_HEIGHT.to_string()}>{ (t.reserved)(RESERVED_HEIGHT) }</figcaption>
                </figure>
            </section>
            { part("script", t.script_label, Some(t.script_hint), script) }
            { part("json-ld", t.jsonld_label, Some(t.jsonld_hint), ld) }
        </details>
    }
}
