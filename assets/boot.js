// Runs in the page's head, before the body is parsed: marks the page as scripted and, while the
// parser adds the pre-rendered views (`.ie-pre`, written by render-incident), shows only the
// one the URL names, in the language the widget will pick, so the first paint is the view the
// reader asked for and the widget, when it takes over, draws the same thing in the same place.
// A URL with no pre-rendered view (another incident by ?src=, a service's page) shows the boot
// message instead. Also: printing opens every <details> (the print stylesheet does the rest).
(function () {
  'use strict';
  var doc = document;
  var html = doc.documentElement;
  // The view of the default route, the only one the page holds as markup where scripts run
  // (render-incident's DEFAULT_VIEW); every other is kept as text until the URL names it.
  var DEFAULT_VIEW = 'timeline';
  html.classList.add('ie-js');

  function param(query, key) {
    var found = null;
    query.split('&').forEach(function (pair) {
      var kv = pair.split('=');
      if (kv[0] === key) {
        try {
          found = decodeURIComponent((kv[1] || '').replace(/\+/g, ' '));
        } catch (e) {
          found = kv[1] || '';
        }
      }
    });
    return found;
  }

  function locale(tag) {
    var primary = String(tag || '').trim().split(/[-_]/)[0].toLowerCase();
    return primary === 'ko' || primary === 'en' ? primary : null;
  }

  function keyed(view, id) {
    try {
      return view + '/' + decodeURIComponent(id);
    } catch (e) {
      return null;
    }
  }

  // The same choice as the widget's: lang= in the route, the page's own language (data-lang on
  // the mount element), the browser's languages, else Korean. In the head the mount element is
  // not parsed yet: then only what the URL says (`early`); a pre-rendered page holds the views of
  // its own language only, which is the widget's choice when the route names none.
  function wanted(early) {
    var hash = location.hash.replace(/^#/, '');
    var q = hash.indexOf('?');
    var path = q < 0 ? hash : hash.slice(0, q);
    var query = q < 0 ? '' : hash.slice(q + 1);
    var lang = locale(param(query, 'lang'));
    var mount = early ? null : doc.getElementById('incident-explainer');
    if (!lang && mount) lang = locale(mount.getAttribute('data-lang'));
    var langs = navigator.languages || [navigator.language];
    for (var i = 0; !early && !lang && i < langs.length; i++) lang = locale(langs[i]);
    var parts = path.split('/').filter(Boolean);
    var view = null;
    if (parts.length === 0 || (parts[0] === 'timeline' && parts.length <= 2)) view = DEFAULT_VIEW;
    else if (parts[0] === 'services' && parts.length === 1) view = 'services';
    else if (parts[0] === 'services' && parts.length === 2) view = keyed('services', parts[1]);
    else if (parts[0] === 'check' && parts.length === 1) view = 'check';
    else if (parts[0] === 'compensation' && parts.length === 1) view = 'compensation';
    else if (parts[0] === 'compensation' && parts.length === 2) view = keyed('compensation', parts[1]);
    // Another incident is on its way: the built-in one must not show meanwhile.
    if (/[?&]src=./.test(location.search) || (mount && mount.getAttribute('data-src'))) view = null;
    return { view: view, lang: lang || (early ? null : 'ko') };
  }

  // A style sheet of the script's own (a constructed one: no inline style, which the CSP forbids),
  // or null where the browser has none.
  function adopt() {
    try {
      var made = new CSSStyleSheet();
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.concat([made]);
      return made;
    } catch (e) {
      return null;
    }
  }

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  // The reader's zone against the incident's. The pre-rendered views are told in the incident's
  // zone (KST), with places kept for what a reader elsewhere gets: their own time beside each
  // moment, the timeline's day-zone switch, the checker's zone choice (styles/prerender.css).
  // Where the reader's clock differs from the incident's at its start or end (as
  // day_zone_switch::reader_differs asks; the moments and the incident's offset in minutes are on
  // <html>, from render-incident), <html class="ie-zone-other"> shows those places, the zone
  // named as the widget names it (host/zone.rs, i18n/format.rs), so the widget fills them in place.
  var moments = (html.getAttribute('data-incident-moments') || '').split(' ').filter(Boolean);
  var home = Number(html.getAttribute('data-incident-offset'));
  var east = moments.map(function (m) {
    return -new Date(m).getTimezoneOffset();
  });
  var zoneOther = east.some(function (e) {
    return e !== home;
  });
  function zoneName() {
    try {
      if (typeof Temporal === 'object' && Temporal.Now) return Temporal.Now.timeZoneId();
    } catch (e) {}
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    } catch (e) {
      return 'UTC';
    }
  }
  function offsetName(minutes) {
    var a = Math.abs(minutes);
    return minutes === 0 ? 'UTC' : 'UTC' + (minutes < 0 ? '\u2212' : '+') + pad(Math.floor(a / 60)) + ':' + pad(a % 60);
  }
  function cssString(text) {
    return '"' + text.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\a ') + '"';
  }
  if (zoneOther) {
    html.classList.add('ie-zone-other');
    var zoneSheet = adopt();
    var name = zoneName();
    var at = offsetName(east[0]);
    try {
      if (zoneSheet) {
        zoneSheet.replaceSync(
          ':root{--ie-reader-zone:' + cssString(name) + ';--ie-reader-zone-at:' + cssString(name === at ? at : name + ', ' + at) + '}',
        );
      }
    } catch (e) {}
  }

  // The checker's time field holds the incident's start in the reader's own zone, as the
  // widget's does (status::to_local_input).
  function localStart() {
    var d = new Date(moments[0]);
    var field = d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()) + 'T' + pad(d.getHours()) + ':' + pad(d.getMinutes());
    var inputs = doc.querySelectorAll('.ie-pre input[type="datetime-local"]');
    for (var i = 0; i < inputs.length; i++) inputs[i].value = field;
  }

  // While the body is parsed: one style rule shows the block the URL names as the parser adds it
  // (a rule costs nothing per parsed element, unlike watching the parse). A mount element that
  // names another incident (data-src) shows none. Where a script may not add a style sheet, the
  // boot message shows until the page is parsed.
  var sheet = adopt();

  // What the rule shows: the view (null for nothing) and the language (null when the URL names
  // none).
  var shownView = null;
  var shownLang = null;
  function rule(want) {
    var view = want && want.view;
    var lang = view ? want.lang : null;
    if (!sheet || (view === shownView && lang === shownLang)) return;
    shownView = view;
    shownLang = lang;
    var css = '';
    if (view) {
      var block = '.ie-pre[data-view="' + CSS.escape(view) + '"]';
      if (lang) block += '[data-lang="' + lang + '"]';
      var scope = 'html.ie-js #incident-explainer:not([data-src]:not([data-src=""]))';
      css = scope + ' ' + block + '{display:block}' + scope + ' .ie-pre-root:has(> ' + block + ') .ie-boot{display:none}';
    }
    try {
      sheet.replaceSync(css);
    } catch (e) {
      sheet = null;
    }
  }

  // Every view but the timeline (the default route's) is kept as text where scripts run
  // (<noscript data-view>, written by render-incident: the parser builds nothing from it): it
  // becomes markup, just after its text, once the URL names it and its text is whole (the
  // parser has gone past it, or the page is parsed). The first one made gets the id the
  // render-blocking link below waits for.
  function reveal(view, lang) {
    if (!view || view === DEFAULT_VIEW) return;
    var kept = doc.querySelectorAll('noscript[data-view="' + CSS.escape(view) + '"]');
    for (var i = 0; i < kept.length; i++) {
      var text = kept[i];
      if (lang && text.getAttribute('data-lang') !== lang) continue;
      if (!text.nextSibling && doc.readyState === 'loading') return;
      text.insertAdjacentHTML('afterend', text.textContent);
      text.removeAttribute('data-view');
      if (!doc.getElementById('ie-pre-shown')) text.id = 'ie-pre-shown';
    }
  }

  // Once the page is parsed (and when the route changes), the class `.ie-pre-on` marks the block,
  // from the whole choice. The rule stays where it shows the same block (a page holds the views
  // of its own language only): changing a style sheet restyles the whole page.
  function applyAll() {
    var want = wanted(false);
    reveal(want.view, want.lang);
    var blocks = doc.querySelectorAll('.ie-pre');
    for (var i = 0; i < blocks.length; i++) {
      var b = blocks[i];
      b.classList.toggle('ie-pre-on', b.getAttribute('data-view') === want.view && b.getAttribute('data-lang') === want.lang);
    }
    if (shownView && (shownView !== want.view || (shownLang && shownLang !== want.lang))) rule(null);
  }

  var early = wanted(true);
  rule(early);
  // A page kept as text is made markup while the page is parsed, as soon as its text is whole:
  // a watch on the parser's additions (on the whole document until the views' root is there,
  // then on the root's children only), and no frame is drawn until it is made (a render-blocking
  // link that waits for its id; the browser draws anyway once the page is parsed, when the URL
  // names no such page).
  if (sheet && early.view && early.view !== DEFAULT_VIEW && window.MutationObserver) {
    var wait = doc.createElement('link');
    wait.rel = 'expect';
    wait.href = '#ie-pre-shown';
    wait.setAttribute('blocking', 'render');
    doc.head.appendChild(wait);
    var onRoot = false;
    var watch = new MutationObserver(function () {
      var root = doc.querySelector('.ie-pre-root');
      if (root && !onRoot) {
        onRoot = true;
        watch.disconnect();
        watch.observe(root, { childList: true });
      }
      reveal(early.view, early.lang);
      if (doc.getElementById('ie-pre-shown')) watch.disconnect();
    });
    watch.observe(html, { childList: true, subtree: true });
    doc.addEventListener('DOMContentLoaded', function () {
      watch.disconnect();
    });
  }
  doc.addEventListener('DOMContentLoaded', function () {
    applyAll();
    if (zoneOther) localStart();
  });
  // A link followed before the widget has taken over.
  window.addEventListener('hashchange', applyAll);

  // Printing: every <details> open, as it was given back afterwards.
  var opened = [];
  window.addEventListener('beforeprint', function () {
    opened = Array.prototype.filter.call(doc.querySelectorAll('details:not([open])'), function (d) {
      d.open = true;
      return true;
    });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) {
      d.open = false;
    });
    opened = [];
  });
})();
