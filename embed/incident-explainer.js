// <incident-explainer src="…" lang="ko|en" route="/check?…" theme="auto|light|dark">
//
// The script embed. This module defines the element; each one gets an open shadow root with
// the widget's stylesheet (a <link>, so the strict CSP's style-src holds) and the widget itself,
// mounted by the wasm's `mount_element`. Everything is resolved against this module's own URL,
// so the bundle may sit in any folder of any origin (which must then send CORS headers: see the
// README). The element's route lives in the element, mirrored to its `route` attribute; the host
// page's location.hash is never written. Every attribute is optional.
//
// Built by scripts/script-embed.mjs, which fills in the names of the files trunk hashed.
const GLUE = '__GLUE__';
const WASM = '__WASM__';
const STYLES = '__STYLES__';
const here = (name) => new URL(name, import.meta.url).href;
// The height an embed holds from the moment this module runs, as the iframe snippet reserves it
// (RESERVED_HEIGHT in src/components/embed/snippets.rs; the widget, once mounted, keeps it as its
// least height): the article below does not move when the widget arrives.
const RESERVED = '1200px';

// `rem` in the shadow root is this length (the reader's default font size, set on the mount
// element), not the host page's root font size. Registered so it inherits as a length.
try {
  CSS.registerProperty({
    name: '--incident-explainer-rem',
    syntax: '<length>',
    inherits: true,
    initialValue: '16px',
  });
} catch {
  // Already registered (the module loaded twice), or not supported: `em` then stands in.
}

let started;
const start = () =>
  (started ??= (() => {
    // The wasm is asked for beside the glue, not by the glue once it has arrived and run.
    const wasm = fetch(here(WASM));
    wasm.catch(() => {}); // a failure is the glue's to report, when it takes the response
    return import(here(GLUE)).then(async (glue) => {
      await glue.default({ module_or_path: wasm });
      return glue;
    });
  })());

class IncidentExplainer extends HTMLElement {
  static observedAttributes = ['route', 'src', 'lang', 'theme'];
  #embed = null;
  #mounting = false;

  connectedCallback() {
    if (this.#embed || this.#mounting) return;
    this.#mounting = true;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.replaceChildren();
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = here(STYLES);
    const styled = new Promise((done) => {
      link.addEventListener('load', done, { once: true });
      link.addEventListener('error', done, { once: true });
    });
    const scope = document.createElement('div');
    scope.className = 'ie-scope';
    // CSSOM, not a style attribute: a host's strict style-src allows it.
    scope.style.minHeight = RESERVED;
    const boot = document.createElement('p');
    boot.className = 'ie-boot';
    boot.lang = 'ko';
    boot.append('불러오는 중… ');
    const en = document.createElement('span');
    en.lang = 'en';
    en.textContent = 'Loading…';
    boot.append(en);
    scope.append(boot);
    root.append(link, scope);
    Promise.all([start(), styled])
      .then(([glue]) => {
        this.#mounting = false;
        if (!this.isConnected || this.#embed) return;
        this.#embed = glue.mount_element(root, { base: here('./') });
      })
      .catch((err) => {
        this.#mounting = false;
        boot.replaceChildren('위젯을 불러오지 못했습니다. ');
        const why = document.createElement('span');
        why.lang = 'en';
        why.textContent = 'The widget could not be loaded.';
        boot.append(why);
        console.warn('incident-explainer:', err);
      });
  }

  disconnectedCallback() {
    const embed = this.#embed;
    this.#embed = null;
    if (embed) {
      embed.unmount();
      embed.free();
    }
  }

  attributeChangedCallback(name, before, after) {
    if (!this.#embed || before === after) return;
    if (name === 'route') this.#embed.set_route(after ?? undefined);
    else this.#embed.remount();
  }
}

if (!customElements.get('incident-explainer')) {
  customElements.define('incident-explainer', IncidentExplainer);
}
start();
