// staffcheck boot script: shows the prerendered view of the route before the WebAssembly arrives.
//
// index.html carries one <script type="text/html" data-route data-mode> per prerendered view (written at build time
// by the app's own components: src/prerender.rs, scripts/postbuild.mjs). This async classic
// script (async: fetched early; it applies the theme at once, and the rest when the page is parsed):
//   1. applies the query's embed mode, theme and accent to <html> (no flash of the wrong theme);
//   2. puts the view for location.hash into #app (links work; form controls wait for the app);
//      the dimension pages' views are in a file of their own (data-views), fetched when the route
//      needs one and, for the app, once it runs;
//   3. in a frame, reports the content height to the parent so the iframe is sized at once;
//   4. follows hash links until the app runs;
//   5. after the first paint, starts the app: its loader module and the preloads of its files, so
//      the WebAssembly never competes with the text for the connection (the reader build's loader
//      is its glue, fetched with the page by index.html, so only its wasm is preloaded). There are two
//      builds: the reader build (data-reader-loader, data-reader-preload) for the routes it carries,
//      the full build (data-loader, data-preload) for the others (their views say data-build="full");
//      the reader build hands over to the full one when the visitor goes on to such a route, and
//      asks for the full build to be prefetched once a self-check is under way;
//   6. if the app has not started after a bounded time, or its loader failed, says so and offers
//      what still works (the text here, and the widget in a new tab).
// The app (src/boot.rs) replaces the view when it has rendered and sets html[data-app=ready].
// No inline script or style anywhere: this file is served from 'self' (strict CSP).
(function () {
  'use strict';
  var doc = document;
  var me = doc.currentScript;
  var root = doc.documentElement;

  var BASE = 'https://staffcheck-base.invalid/';
  var PAGE = 'https://staffcheck-page.invalid/';
  var QUIZ_RESUME = '/quiz:resume';
  var PARAM = 'staffcheck-param';
  var STORAGE_KEY = 'staffcheck:v1';
  // How long the app may take to start before the page says it cannot (slow 3G fetches the
  // WebAssembly in well under this).
  var GIVE_UP_MS = 15000;

  // --- the query (the same rules as src/domain/embed.rs: parse_query) ---
  var params = {};
  location.search.replace(/^\?/, '').split('&').forEach(function (part) {
    if (!part) return;
    var i = part.indexOf('=');
    var key = decode(i < 0 ? part : part.slice(0, i));
    if (!(key in params)) params[key] = decode(i < 0 ? '' : part.slice(i + 1));
  });
  function decode(s) {
    try { return decodeURIComponent(s.replace(/\+/g, ' ')); } catch (e) { return s; }
  }
  function truthy(v) { return /^(|1|true|yes|on)$/i.test(String(v).trim()); }
  var embed = 'embed' in params && truthy(params.embed);
  var theme = /^(light|dark)$/i.test((params.theme || '').trim()) ? params.theme.trim().toLowerCase() : 'auto';
  var accent = parseHex(params.accent || '');
  var target = '*';
  try {
    var origin = new URL(params.origin || '');
    if (/^https?:$/.test(origin.protocol) && origin.pathname === '/' && !origin.search && !origin.hash) target = origin.origin;
  } catch (e) { /* no valid origin: only a number is sent, to the parent */ }

  // --- 1. theme, embed mode, accent ---
  if (theme !== 'auto') root.setAttribute('data-theme', theme);
  if (embed) root.setAttribute('data-embed', '');
  root.setAttribute('data-booting', '');
  if (accent) applyAccent();

  // The accent made AA-safe against the theme's backgrounds (src/domain/embed.rs: accent_tokens).
  function parseHex(v) {
    v = v.trim().replace(/^#/, '');
    if (!/^([0-9a-f]{3}|[0-9a-f]{6})$/i.test(v)) return null;
    if (v.length === 3) v = v.replace(/./g, '$&$&');
    return [0, 2, 4].map(function (i) { return parseInt(v.slice(i, i + 2), 16); });
  }
  function lum(c) {
    var l = c.map(function (x) { x /= 255; return x <= 0.04045 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  }
  function contrast(a, b) {
    var x = lum(a), y = lum(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  }
  function mix(a, b, t) {
    return a.map(function (x, i) { return Math.round(x + (b[i] - x) * t); });
  }
  function hex(c) {
    return '#' + c.map(function (x) { return (x < 16 ? '0' : '') + x.toString(16); }).join('');
  }
  function applyAccent() {
    var dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
    var bg = dark ? [0x12, 0x14, 0x17] : [255, 255, 255];
    var surface = dark ? [0x25, 0x2a, 0x31] : [0xec, 0xee, 0xf2];
    var toward = dark ? [255, 255, 255] : [0, 0, 0];
    var soft = function (c) { return mix(bg, c, 0.12); };
    var passes = function (c) { return contrast(c, bg) >= 4.5 && contrast(c, surface) >= 4.5 && contrast(c, soft(c)) >= 4.5; };
    var chosen = toward;
    for (var step = 0; step <= 50; step++) {
      var c = mix(accent, toward, step / 50);
      if (passes(c)) { chosen = c; break; }
    }
    var text = contrast(chosen, [255, 255, 255]) >= contrast(chosen, [0, 0, 0]) ? [255, 255, 255] : [0, 0, 0];
    root.style.setProperty('--sc-accent', hex(chosen));
    root.style.setProperty('--sc-accent-text', hex(text));
    root.style.setProperty('--sc-accent-soft', hex(soft(chosen)));
  }

  // The rest needs the document parsed. This script is async, so it does not wait for the
  // stylesheet as a deferred one would: the view is in place as soon as the page is parsed (the
  // stylesheet still blocks the first paint, so nothing shows unstyled).
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', parsed);
  else parsed();
  function parsed() {
  var app = doc.getElementById('app');
  if (!app) return;

  // --- 2. the view of the route ---
  var page = location.href.split(/[?#]/)[0];
  var base = page.replace(/[^/]*$/, '');
  var mode = embed ? 'embed' : 'full';
  var templates = {};
  var patterns = [];
  function collect() {
    patterns = [];
    Array.prototype.forEach.call(doc.querySelectorAll('script[data-route][data-mode="' + mode + '"]'), function (t) {
      var key = t.getAttribute('data-route');
      templates[key] = t;
      if (key.indexOf('/:') >= 0) patterns.push(key);
    });
  }
  collect();

  // The deferred views: fetched once, appended as inert data blocks (the app reads them too, on
  // the 'staffcheck:views' event), then `done` runs; a failed fetch leaves the not-found view.
  var moreUrl = me && me.getAttribute('data-views');
  var more = moreUrl && typeof fetch === 'function' ? 'no' : 'done';
  var waiting = [];
  function loadMore(done) {
    if (more === 'done') return done();
    waiting.push(done);
    if (more === 'loading') return;
    more = 'loading';
    var finish = function () {
      more = 'done';
      collect();
      root.setAttribute('data-views', 'all');
      dispatchEvent(new CustomEvent('staffcheck:views'));
      waiting.splice(0).forEach(function (f) { f(); });
    };
    fetch(moreUrl).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.text();
    }).then(function (text) {
      var box = doc.createElement('div');
      box.hidden = true;
      box.innerHTML = text;
      doc.body.appendChild(box);
      finish();
    }, finish);
  }

  function routePath() {
    var path = location.hash.replace(/^#/, '').split('?')[0] || '/';
    return path.length > 1 ? path.replace(/\/$/, '') : path;
  }
  function quizInProgress() {
    try {
      var stored = localStorage.getItem(STORAGE_KEY);
      return !!stored && /"in_progress":\{/.test(stored);
    } catch (e) { return false; }
  }
  // Evidence or a plan stored (src/domain/store.rs: Envelope::has_case): home and the dimension
  // pages show them, which only the full build does. A wrong guess costs a hand-over, not a view.
  function hasCase() {
    try {
      var stored = localStorage.getItem(STORAGE_KEY);
      return !!stored && (/"evidence":\[\{/.test(stored) || /"plan":\{/.test(stored));
    } catch (e) { return false; }
  }
  // The view for `path`, and the value of its route parameter, if any.
  function pick(path) {
    if (path === '/quiz' && quizInProgress()) return [templates[QUIZ_RESUME], ''];
    if (templates[path]) return [templates[path], ''];
    var parts = path.split('/');
    for (var i = 0; i < patterns.length; i++) {
      var p = patterns[i].split('/');
      var param = '';
      var fits = p.length === parts.length && p.every(function (s, j) {
        if (s.charAt(0) !== ':') return s === parts[j];
        param = parts[j];
        return parts[j] !== '';
      });
      if (fits) return [templates[patterns[i]], param];
    }
    return [templates['/404'], ''];
  }
  function escapeHtml(s) {
    try { s = decodeURIComponent(s); } catch (e) { /* shown as written */ }
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }
  function show(after) {
    var path = routePath();
    if (!templates[path] && more !== 'done') return loadMore(function () { show(after); });
    var picked = pick(path);
    var t = picked[0];
    if (!t) return;
    app.innerHTML = t.textContent.split(BASE).join(base).split(PAGE).join(page).split(PARAM).join(escapeHtml(picked[1]));
    // Form controls need the app: visibly not ready until it runs (styles/base.css).
    Array.prototype.forEach.call(app.querySelectorAll('input, select, textarea, button'), function (el) {
      el.disabled = true;
      el.setAttribute('data-waits-for-app', '');
    });
    var skip = app.querySelector('.skip-link');
    if (skip) skip.addEventListener('click', function (e) { e.preventDefault(); focusHeading(); });
    if (after) after();
  }
  function focusHeading() {
    var h = app.querySelector('main h1');
    if (h) { h.setAttribute('tabindex', '-1'); h.focus(); }
  }
  show();

  function ready() { return root.getAttribute('data-app') === 'ready'; }

  // --- 4. links before the app runs ---
  addEventListener('hashchange', function () {
    if (ready() || !doc.getElementById('app')) return;
    app = doc.getElementById('app');
    show(function () {
      scrollTo(0, 0);
      focusHeading();
      report();
    });
  });

  // --- 3. the height, for the loader's iframe ---
  var inFrame = false;
  try { inFrame = parent !== window; } catch (e) { inFrame = true; }
  var last = 0;
  function report() {
    if (!embed || !inFrame || ready()) return;
    var body = doc.body;
    var h = Math.max(Math.ceil(body.getBoundingClientRect().height), body.scrollHeight);
    if (h > 0 && h !== last) {
      last = h;
      try { parent.postMessage({ type: 'staffcheck:height', height: h }, target); } catch (e) { /* nothing to size */ }
    }
  }
  if (embed && !inFrame) root.setAttribute('data-embed-scroll', '');
  if (embed && inFrame) {
    if (typeof ResizeObserver === 'function') new ResizeObserver(report).observe(doc.body);
    setTimeout(report, 0);
  }

  // --- 6. when the app cannot run ---
  var failed = false;
  function fail() {
    if (failed || ready()) return;
    failed = true;
    root.removeAttribute('data-booting');
    root.setAttribute('data-app', 'failed');
    var notice = doc.querySelector('script[data-boot-failed]');
    var main = doc.querySelector('#app main') || app;
    if (!notice || !main) return;
    var box = doc.createElement('div');
    box.innerHTML = notice.textContent.split(PAGE).join(page);
    var link = box.querySelector('[data-testid="boot-failed-open"]');
    // The full-size widget (embed parameters dropped) on the same route, in a new tab.
    if (link) link.setAttribute('href', page + location.hash);
    main.insertBefore(box.firstElementChild || box, main.firstChild);
    report();
  }
  // A build is given GIVE_UP_MS to start, counted again when the full build takes over from the
  // reader build.
  var giveUp = 0;
  function wait() {
    failed = false;
    clearTimeout(giveUp);
    giveUp = setTimeout(fail, GIVE_UP_MS);
  }
  addEventListener('staffcheck:failed', fail);
  if (typeof WebAssembly !== 'object') fail();
  else wait();

  // --- 5. the app, after the first paint ---
  // Two builds of the app: the reader build (data-reader-*: home, explorer, dimensions, week,
  // levels, self-check) and the full build (data-loader, data-preload). The route's view says
  // which one it needs (data-build, written by the prerenderer from the app's routes). When the
  // reader build reaches a screen it does not carry it saves, stops and asks for the full build
  // ('staffcheck:full'): its view is shown again and the full build takes over from it.
  var running = ''; // '', 'reader' or 'full'
  // The files of a build: [{ href, integrity }] from data-<build>preload.
  function files(build) {
    return (me.getAttribute('data-' + build + 'preload') || '').split(' ').filter(Boolean).map(function (entry) {
      var parts = entry.split('|');
      return { href: parts[0], integrity: parts[1] || '' };
    });
  }
  function needsFull() {
    var t = pick(routePath())[0];
    var build = t ? t.getAttribute('data-build') : '';
    return !me.getAttribute('data-reader-loader') || build === 'full' || (build === 'case' && hasCase());
  }
  function start() {
    if (running || !me) return;
    // The dimension pages' views, for the app: once it runs, so they never share the connection
    // with the WebAssembly.
    if (typeof MutationObserver !== 'function') loadMore(function () {});
    else {
      var watch = new MutationObserver(function () {
        if (!ready()) return;
        watch.disconnect();
        loadMore(function () {});
      });
      watch.observe(root, { attributes: true, attributeFilter: ['data-app'] });
    }
    running = needsFull() ? 'full' : 'reader';
    load(running === 'full' ? '' : 'reader-');
  }
  function load(build) {
    files(build).forEach(function (file) {
      var link = doc.createElement('link');
      if (/\.wasm$/.test(file.href)) {
        link.rel = 'preload';
        link.as = 'fetch';
        link.type = 'application/wasm';
      } else {
        link.rel = 'modulepreload';
      }
      link.crossOrigin = 'anonymous';
      if (file.integrity) link.integrity = file.integrity;
      link.href = file.href;
      doc.head.appendChild(link);
    });
    var script = doc.createElement('script');
    script.type = 'module';
    script.src = me.getAttribute('data-' + build + 'loader') || '';
    script.addEventListener('error', fail);
    doc.head.appendChild(script);
  }
  // Into the cache, for a hand-over to come (the reader build asks once a self-check is under way).
  var prefetched = false;
  addEventListener('staffcheck:prefetch', function () {
    if (prefetched || running !== 'reader') return;
    prefetched = true;
    files('').forEach(function (file) {
      var link = doc.createElement('link');
      link.rel = 'prefetch';
      link.href = file.href;
      doc.head.appendChild(link);
    });
  });
  addEventListener('staffcheck:full', function () {
    running = 'full';
    root.removeAttribute('data-app');
    root.setAttribute('data-booting', '');
    app = doc.getElementById('app');
    show(function () {
      focusHeading();
      report();
    });
    wait();
    load('');
  });
  // Start once the text has been painted (the paint timing entry comes after the frame is shown);
  // a hidden page or a frame scrolled out of view paints nothing, so do not wait for one there.
  if (doc.visibilityState === 'hidden' || typeof PerformanceObserver !== 'function') start();
  else {
    try {
      var painted = new PerformanceObserver(function () {
        painted.disconnect();
        setTimeout(start, 0);
      });
      painted.observe({ type: 'paint', buffered: true });
    } catch (e) {
      start();
    }
    setTimeout(start, 300);
  }
  }
})();
