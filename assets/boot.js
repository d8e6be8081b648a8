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
    if (parts.length === 0 || (parts[0] === 'timeline' && parts.length <= 2)) view = 'timeline';
    else if (parts[0] === 'services' && parts.length === 1) view = 'services';
    else if (parts[0] === 'services' && parts.length === 2) view = keyed('services', parts[1]);
    else if (parts[0] === 'check' && parts.length === 1) view = 'check';
    else if (parts[0] === 'compensation' && parts.length === 1) view = 'compensation';
    else if (parts[0] === 'compensation' && parts.length === 2) view = keyed('compensation', parts[1]);
    // Another incident is on its way: the built-in one must not show meanwhile.
    if (/[?&]src=./.test(location.search) || (mount && mount.getAttribute('data-src'))) view = null;
    return { view: view, lang: lang || (early ? null : 'ko') };
  }

  // While the body is parsed: one style rule shows the block the URL names as the parser adds it
  // (a rule costs nothing per parsed element, unlike watching the parse). A mount element that
  // names another incident (data-src) shows none. Where a script may not add a style sheet, the
  // boot message shows until the page is parsed.
  var sheet = null;
  try {
    sheet = new CSSStyleSheet();
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.concat([sheet]);
  } catch (e) {
    sheet = null;
  }

  // What the rule shows: "view\nlang" (lang empty when the URL names none), '' for nothing.
  var shown = '';
  function rule(want) {
    var key = want && want.view ? want.view + '\n' + (want.lang || '') : '';
    if (!sheet || key === shown) return;
    shown = key;
    var css = '';
    if (key) {
      var block = '.ie-pre[data-view="' + CSS.escape(want.view) + '"]';
      if (want.lang) block += '[data-lang="' + want.lang + '"]';
      var scope = 'html.ie-js #incident-explainer:not([data-src]:not([data-src=""]))';
      css = scope + ' ' + block + '{display:block}' + scope + ' .ie-pre-root:has(> ' + block + ') .ie-boot{display:none}';
    }
    try {
      sheet.replaceSync(css);
    } catch (e) {
      sheet = null;
    }
  }

  // Once the page is parsed (and when the route changes), the class `.ie-pre-on` marks the block,
  // from the whole choice. The rule stays where it shows the same block (a page holds the views
  // of its own language only): changing a style sheet restyles the whole page.
  function applyAll() {
    var want = wanted(false);
    var blocks = doc.querySelectorAll('.ie-pre');
    for (var i = 0; i < blocks.length; i++) {
      var b = blocks[i];
      b.classList.toggle('ie-pre-on', b.getAttribute('data-view') === want.view && b.getAttribute('data-lang') === want.lang);
    }
    if (shown && shown !== want.view + '\n' + want.lang && shown !== want.view + '\n') rule(null);
  }

  rule(wanted(true));
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', applyAll);
  else applyAll();
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
