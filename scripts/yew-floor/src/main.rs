use yew::prelude::*;

#[function_component]
fn Floor() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_: MouseEvent| count.set(*count + 1))
    };
    html! {
        <div class="ie" data-state="ready">
            <h1>{ "yew floor" }</h1>
            <button type="button" {onclick}>{ format!("{}", *count) }</button>
        </div>
    }
}

fn main() {
    // Mounted where the widget mounts, on the same page shape.
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("incident-explainer"));
    if let Some(root) = root {
        yew::Renderer::<Floor>::with_root(root).render();
    }
}
