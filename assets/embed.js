/*! incident-explainer embed.js: sizes the widget's iframes on a host page. No dependencies.
 *
 * Paste once per page:  <script src="{bundle}/embed.js" async></script>
 *
 * - Every <iframe data-incident-explainer> on the page, also those added later, takes the
 *   height its widget reports. A message counts only when it comes from that iframe's own
 *   window (event.source) AND from that iframe's origin (event.origin); every other message
 *   is ignored. Understood shapes: {type:"incident-explainer:height", height},
 *   AMP's {sentinel:"amp", type:"embed-size", height} and Pym's "pymxPYMx{id}xPYMxheightxPYMx{h}".
 *   Heights under 100 px are ignored (as AMP does); the reserved height stays until a report.
 * - An iframe with no width (in a hidden container) keeps its height; when it is shown, it
 *   takes the last height reported meanwhile and asks the widget to measure again
 *   ({type:"incident-explainer:measure"}, sent to that iframe's origin only).
 * - Host deep link: a page URL ending in #incident-explainer=/check?service=…&at=… opens the
 *   first embed on the page at that widget route. Only the widget's routes are accepted
 *   (/timeline, /services, /check, /compensation, with an id and a query); never a URL.
 */
(function () {
  'use strict';
  if (window.__incidentExplainerEmbed) return; // pasted twice: one is enough
  window.__incidentExplainerEmbed = true;

  var SELECTOR = 'iframe[data-incident-explainer]';
  var MIN = 100;
  var MAX = 50000;
  var HASH = '#incident-explainer=';
  // The public routes, written as a URL's hash would carry them (percent-encoded).
  var ROUTE = /^\/(timeline|services|check|compensation)(\/[A-Za-z0-9._~%:-]+)?(\?[A-Za-z0-9._~%:=&+,-]*)?$/;
  var PYM = /^pymxPYMx[A-Za-z0-9_-]+xPYMxheightxPYMx(\d{1,6}(?:\.\d+)?)$/;

  var frames = []; // { el, pending: a height not applied yet, or null }
  var deepLinked = false;

  function originOf(el) {
    try {
      var o = new URL(el.src, document.baseURI).origin;
      return o === 'null' ? null : o;
    } catch (e) {
      return null;
    }
  }

  function heightOf(d) {
    var h = null;
    if (typeof d === 'string') {
      var m = PYM.exec(d);
      if (m) h = Number(m[1]);
    } else if (d && typeof d === 'object') {
      var ours = d.type === 'incident-explainer:height';
      var amp = d.sentinel === 'amp' && d.type === 'embed-size';
      if ((ours || amp) && typeof d.height === 'number') h = d.height;
    }
    if (h === null || !isFinite(h) || h < MIN) return null;
    return Math.min(Math.ceil(h), MAX);
  }

  function frameOf(source) {
    if (!source) return null;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].el.contentWindow === source) return frames[i];
    }
    return null;
  }

  function onMessage(e) {
    var f = frameOf(e.source);
    if (!f || e.origin !== originOf(f.el)) return;
    var h = heightOf(e.data);
    if (h === null) return;
    f.pending = h;
    apply(f);
  }

  // Hidden (no width): keep the height the frame has; the last report waits until it is shown.
  function apply(f) {
    if (f.pending === null || f.el.clientWidth === 0) return;
    // The widget's height is the frame's viewport: under border-box sizing, add the frame's
    // own border and padding.
    var cs = getComputedStyle(f.el);
    var extra = 0;
    if (cs.boxSizing === 'border-box') {
      ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].forEach(function (k) {
        extra += parseFloat(cs[k]) || 0;
      });
    }
    var px = f.pending + extra + 'px';
    f.pending = null;
    if (f.el.style.getPropertyValue('height') !== px) {
      f.el.style.setProperty('height', px, 'important');
    }
  }

  // A frame shown again (its width back) takes the height reported while it was hidden, and
  // asks its widget to measure again (a hidden frame may not have laid out at all).
  var shown =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(function (entries) {
          for (var i = 0; i < entries.length; i++) {
            var f = frameOfElement(entries[i].target);
            var wide = entries[i].target.clientWidth > 0;
            if (f && wide && !f.wide) measure(f);
            if (f) {
              f.wide = wide;
              apply(f);
            }
          }
        })
      : null;

  function measure(f) {
    var origin = originOf(f.el);
    var win = f.el.contentWindow;
    if (!origin || !win || !holds(win, origin)) return;
    win.postMessage({ type: 'incident-explainer:measure' }, origin);
  }

  // Whether the frame holds a page of `origin` yet (not the blank page before it loads): a
  // page of another origin than the host's cannot be read at all.
  function holds(win, origin) {
    try {
      return new URL(win.location.href).origin === origin;
    } catch (e) {
      return true;
    }
  }

  function frameOfElement(el) {
    for (var i = 0; i < frames.length; i++) if (frames[i].el === el) return frames[i];
    return null;
  }

  function add(el) {
    if (frameOfElement(el)) return;
    frames.push({ el: el, pending: null, wide: false });
    if (shown) shown.observe(el);
    if (!deepLinked) applyDeepLink();
  }

  function scan(root) {
    if (root.matches && root.matches(SELECTOR)) add(root);
    if (root.querySelectorAll) {
      var found = root.querySelectorAll(SELECTOR);
      for (var i = 0; i < found.length; i++) add(found[i]);
    }
  }

  function prune() {
    frames = frames.filter(function (f) {
      if (f.el.isConnected) return true;
      if (shown) shown.unobserve(f.el);
      return false;
    });
  }

  // The widget route of a host deep link, or null.
  function hostRoute() {
    var h = location.hash;
    if (h.indexOf(HASH) !== 0) return null;
    var r = h.slice(HASH.length);
    return ROUTE.test(r) && r.indexOf('//') < 0 ? r : null;
  }

  function withLang(route, from) {
    if (/[?&]lang=/.test(route)) return route;
    var m = /[#&?]lang=(ko|en)(?:&|$)/.exec(from);
    if (!m) return route;
    return route + (route.indexOf('?') < 0 ? '?' : '&') + 'lang=' + m[1];
  }

  function applyDeepLink() {
    var route = hostRoute();
    if (!route) return;
    var first = document.querySelector(SELECTOR + ', incident-explainer');
    if (!first) return;
    deepLinked = true;
    if (first.tagName === 'IFRAME') {
      var src = first.getAttribute('src') || '';
      var cut = src.indexOf('#');
      var base = cut < 0 ? src : src.slice(0, cut);
      var next = base + '#' + withLang(route, cut < 0 ? '' : src.slice(cut));
      if (next !== src) {
        first.setAttribute('src', next);
        // A frame that was already loading its first route may finish on it: once loaded, the
        // same src again is a move within the page to the route.
        first.addEventListener(
          'load',
          function () {
            if (first.getAttribute('src') === next) first.setAttribute('src', next);
          },
          { once: true },
        );
      }
    } else {
      first.setAttribute('route', route);
    }
    if (first.scrollIntoView) first.scrollIntoView({ block: 'start' });
  }

  window.addEventListener('message', onMessage);
  window.addEventListener('hashchange', function () {
    deepLinked = false;
    applyDeepLink();
  });
  scan(document);
  applyDeepLink();
  if (typeof MutationObserver === 'function') {
    new MutationObserver(function (records) {
      for (var i = 0; i < records.length; i++) {
        var added = records[i].addedNodes;
        for (var j = 0; j < added.length; j++) scan(added[j]);
        if (records[i].removedNodes.length) prune();
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  }
})();
