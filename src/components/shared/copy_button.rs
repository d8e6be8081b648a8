//! A button that copies a text and says, in a polite live region, whether that worked; if it
//! did not, it shows the text in a read-only box to copy by hand.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CopyButtonProps {
    /// The button's label.
    pub label: AttrValue,
    /// The text to put on the clipboard.
    pub text: AttrValue,
    /// Said when the text is on the clipboard.
    pub copied: AttrValue,
    /// Said when it could not be copied.
    pub failed: AttrValue,
    /// A name for the test hooks and styling (`data-copy`).
    pub name: AttrValue,
}

#[function_component(CopyButton)]
pub fn copy_button(props: &CopyButtonProps) -> Html {
    // None: not tried yet; Some(ok): the outcome of the last try.
    let outcome = use_state(|| None::<bool>);
    let onclick = {
        let outcome = outcome.clone();
        let text = props.text.to_string();
        Callback::from(move |_| {
            let outcome = outcome.clone();
            outcome.set(None);
            crate::host::clipboard::write_text(text.clone(), move |ok| outcome.set(Some(ok)));
        })
    };
    let said = match *outcome {
        Some(true) => props.copied.clone(),
        Some(false) => props.failed.clone(),
        None => AttrValue::default(),
    };
    html! {
        <div class="ie-copy" data-copy={props.name.clone()}>
            <button type="button" class="ie-button" {onclick}>{ props.label.clone() }</button>
            <span class="ie-copy-status" role="status" data-outcome={outcome.map(|ok| if ok { "copied" } else { "failed" })}>{ said }</span>
            if *outcome == Some(false) {
                <textarea class="ie-copy-fallback" readonly=true aria-label={props.label.clone()}
                    value={props.text.clone()} />
            }
        </div>
    }
}
