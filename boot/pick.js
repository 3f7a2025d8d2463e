// staffcheck boot script: shows the prerendered view of the route before the WebAssembly arrives.
//
// index.html carries one <script type="text/html" data-route data-mode> per prerendered view (written at build time
// by the app's own components: src/prerender.rs, scripts/postbuild.mjs). This async classic
// script (async: fetched early; it applies the theme at once, and the rest when the page is parsed):
//   1. applies the query's embed mode, theme and accent to <html> (no flash of the wrong theme);
//   2. puts the view for location.hash into #app (links work; form controls wait for the app);
//      the dimension pages' views are in a file of their own (data-views), fetched when a link
//      needs one and for the app once it runs; a page that opens on one of them
//      (data-views-routes) fetches that view's own file (R.viewFile) from the head, before the
//      page is parsed;
//   3. in a frame, reports the content height to the parent so the iframe is sized at once;
//   4. follows hash links until the app runs;
//   5. once the route's own view has been painted (a deferred one: once it has arrived and then
//      been painted), starts the app: its loader module and the preloads of its files, so the
//      WebAssembly never competes with the text for the connection or the main thread (the reader
//      build's loader is its glue, fetched with the page by index.html, so only its wasm is
//      preloaded). There are two builds: the reader build (data-reader-loader,
//      data-reader-preload) for the routes it carries,
//      the full build (data-loader, data-preload) for the others (their views say data-build="full");
//      the reader build hands over to the full one when the visitor goes on to such a route, and
//      asks for the full build to be made ready (fetched and compiled) once a self-check is under
//      way, and for the screen to be kept as it is until the full build shows the results;
//   6. if the app has not started after a bounded time, or its loader failed, says so and offers
//      what still works (the text here, and the widget in a new tab).
// The app (src/boot.rs) replaces the view when it has rendered and sets html[data-app=ready].
// No inline script or style anywhere: this file is served from 'self' (strict CSP).
(function () {
  'use strict';
  // The rules this script shares with the app, as pure functions (no DOM): node loads them
  // (boot/pick.test.mjs) and checks them against vectors the app's own Rust functions wrote
  // (tests/boot_vectors.rs); the Rust rules win.
  // Rust's str::trim: Unicode White_Space (JS's trim also takes U+FEFF, and not U+0085).
  var W = '[\\t-\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+';
  var WS = new RegExp('^' + W + '|' + W + '$', 'g');
  function trim(s) { return s.replace(WS, ''); }
  // urlencoding::decode: %XX decoded, a malformed escape kept as written; null when the bytes are
  // not UTF-8.
  function dec(s) {
    try { return decodeURIComponent(s.replace(/%(?![\da-f]{2})/gi, '%25')); } catch (e) { return null; }
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
  var R = {
    // src/env.rs BASE_PLACEHOLDER, PAGE_PLACEHOLDER; src/prerender.rs QUIZ_RESUME_KEY,
    // PARAM_PLACEHOLDER; src/domain/store.rs KEY; AccentTokens::properties.
    BASE: 'https://staffcheck-base.invalid/',
    PAGE: 'https://staffcheck-page.invalid/',
    QUIZ_RESUME: '/quiz:resume',
    PARAM: 'staffcheck-param',
    KEY: 'staffcheck:v1',
    ACCENT: ['--sc-accent', '--sc-accent-text', '--sc-accent-soft'],
    // src/domain/embed.rs parse_query: the first occurrence of a key wins; `+` is a space; a value
    // that is not UTF-8 stays as written (the app's U+FFFD fails every check just as its `%` does).
    query: function (search) {
      var p = {};
      search.replace(/^\?/, '').split('&').forEach(function (part) {
        if (!part) return;
        var i = part.indexOf('=');
        var key = q(i < 0 ? part : part.slice(0, i));
        if (!(key in p)) p[key] = q(i < 0 ? '' : part.slice(i + 1));
      });
      function q(s) { s = s.replace(/\+/g, ' '); var d = dec(s); return d === null ? s : d; }
      // /i matches ASCII letters only by their ASCII case (to_ascii_lowercase).
      var theme = trim(p.theme || '');
      return {
        embed: p.embed != null && /^(|1|true|yes|on)$/i.test(trim(p.embed)),
        theme: /^(light|dark)$/i.test(theme) ? theme.toLowerCase() : 'auto',
        accent: R.rgb(p.accent || ''),
        origin: R.origin(p.origin || '')
      };
    },
    // Rgb::parse_hex: 3 or 6 hex digits, one optional '#'.
    rgb: function (v) {
      v = trim(v).replace(/^#/, '');
      if (!/^([\da-f]{3}){1,2}$/i.test(v)) return null;
      if (v.length === 3) v = v.replace(/./g, '$&$&');
      return [0, 2, 4].map(function (i) { return parseInt(v.slice(i, i + 2), 16); });
    },
    // parse_origin: http(s)://host[:port][/], ASCII host names (no user info, `_`, IDN, path),
    // lower case, the default port dropped; anything else is null.
    origin: function (v) {
      var m = /^(https?):\/\/(\[[\da-f:.]+\]|[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)*)(?::(\d{1,5}))?\/?$/i.exec(trim(v));
      if (!m || (m[3] && (!+m[3] || +m[3] > 65535)) || (m[2].length > 253 && m[2].charAt(0) !== '[')) return null;
      var scheme = m[1].toLowerCase(), port = +m[3];
      return scheme + '://' + m[2].toLowerCase() + (port && port !== (scheme === 'https' ? 443 : 80) ? ':' + port : '');
    },
    // accent_tokens: the accent made AA-safe against the theme's backgrounds, as
    // [--sc-accent, --sc-accent-text, --sc-accent-soft].
    tokens: function (accent, dark) {
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
      return [hex(chosen), hex(text), hex(soft(chosen))];
    },
    // The path the app's router sees for location.hash (gloo-history's HashHistory: a hash that
    // does not start with "#/" is replaced by "#/"; the path is the URL parser's).
    path: function (hash) {
      if (!/^#\//.test(hash)) return '/';
      try { return new URL(hash.slice(1), 'http://a').pathname; } catch (e) { return '/404'; }
    },
    // The view for a router path: src/route.rs Route::recognize, then to_path, among the views'
    // keys (route paths and patterns); busy() says whether a self-check is in progress:
    // [key, the parameter decoded, the route's path].
    view: function (path, keys, busy) {
      var parts = path.replace(/\/$/, '').replace(/^\//, '').split('/');
      var out = ['/404', '', '/404'];
      keys.some(function (key) {
        var p = key.slice(1).split('/');
        var param = '', canonical = [];
        var fits = key !== R.QUIZ_RESUME && p.length === parts.length && p.every(function (s, j) {
          if (s.charAt(0) !== ':') return canonical.push(s) && s === parts[j];
          param = parts[j] ? dec(parts[j]) : null;
          // to_path's urlencoding::encode: only A-Z a-z 0-9 - . _ ~ as they are.
          return param !== null && canonical.push(encodeURIComponent(param).replace(/[!'()*]/g, function (c) {
            return '%' + c.charCodeAt(0).toString(16).toUpperCase();
          }));
        });
        if (!fits) return false;
        canonical = '/' + canonical.join('/');
        var hit = keys.indexOf(canonical) >= 0 ? canonical : key;
        out = [hit, hit === key ? param : '', canonical];
        return true;
      });
      if (out[0] === '/quiz' && busy()) out[0] = R.QUIZ_RESUME;
      return out;
    },
    // The route's own view's key when it is one of `routes` (the deferred views' keys), else '':
    // the path's segments decoded as the router decodes them, a trailing slash dropped.
    early: function (path, routes) {
      var parts = path.replace(/(.)\/$/, '$1').split('/').map(dec);
      var whole = parts.every(function (p) { return p !== null && p.indexOf('/') < 0; });
      var key = whole ? parts.join('/') : '';
      return routes.indexOf(key) >= 0 ? key : '';
    },
    // The file holding one deferred view alone, beside the file of them all (`views`,
    // ./views-<hash>.html): ./views.<mode>.<the key's segments>-<hash>.html. scripts/postbuild.mjs
    // names the files by this function.
    viewFile: function (views, mode, key) {
      return views.replace(/views-(?=[^/]*$)/, 'views.' + mode + key.split('/').join('.') + '-');
    },
    // What the app finds stored (src/storage.rs: store::parse; a corrupt value counts as empty):
    // [a self-check in progress (the envelope's in_progress), a case (Envelope::has_case)]. Only
    // text that can hold one is parsed. Deeper shapes the app would refuse are not checked: a wrong
    // guess costs a skeleton or a hand-over, not a view.
    stored: function (raw) {
      raw = raw || '';
      var busy = /"in_progress":\{/.test(raw), found = /"evidence":\[\{|"plan":\{/.test(raw), e = null;
      try { if (busy || found) e = JSON.parse(raw); } catch (x) { /* corrupt: moved aside by the app */ }
      var s = e && e.schema;
      var object = function (v) { return !!v && typeof v === 'object'; };
      if (!Number.isInteger(s) || s < 1 || s >= Math.pow(2, 64)) return [false, false];
      return [busy && object(e.in_progress), found && ((Array.isArray(e.evidence) && e.evidence.length > 0) || object(e.plan))];
    }
  };
  if (typeof document === 'undefined') return void (module.exports = R);

  var doc = document;
  var me = doc.currentScript;
  var root = doc.documentElement;
  // How long the app may take to start before the page says it cannot (slow 3G fetches the
  // WebAssembly in well under this).
  var GIVE_UP_MS = 15000;

  // --- the query ---
  var options = R.query(location.search), embed = options.embed, theme = options.theme;
  // No valid origin: only a number is sent, to the parent.
  var target = options.origin || '*';

  // --- 1. theme, embed mode, accent ---
  if (theme !== 'auto') root.setAttribute('data-theme', theme);
  if (embed) root.setAttribute('data-embed', '');
  root.setAttribute('data-booting', '');
  if (options.accent) {
    var tokens = R.tokens(options.accent, theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches));
    R.ACCENT.forEach(function (name, i) { root.style.setProperty(name, tokens[i]); });
  }

  // The deferred views (data-views; the routes they hold: data-views-routes): when the page opens
  // on one of them, that view's own file is fetched now, while the page is still being parsed, so
  // the view does not wait for the parse and then a round trip.
  var moreUrl = me && me.getAttribute('data-views');
  var mode = embed ? 'embed' : 'full';
  function fetchText(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.text();
    });
  }
  var moreRoutes = ((me && me.getAttribute('data-views-routes')) || '').split(' ').filter(Boolean);
  var earlyKey = moreUrl && typeof fetch === 'function' ? R.early(R.path(location.hash), moreRoutes) : '';
  var early = earlyKey ? fetchText(R.viewFile(moreUrl, mode, earlyKey)) : null;

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
  var templates = {};
  function collect() {
    Array.prototype.forEach.call(doc.querySelectorAll('script[data-route][data-mode="' + mode + '"]'), function (t) {
      templates[t.getAttribute('data-route')] = t;
    });
  }
  collect();

  // Views fetched as text, appended as inert data blocks (the app reads them too).
  function add(text) {
    var box = doc.createElement('div');
    box.hidden = true;
    box.innerHTML = text;
    doc.body.appendChild(box);
    collect();
  }
  // The deferred views: fetched once, appended (the app reads them on the 'staffcheck:views'
  // event), then `done` runs; a failed fetch leaves the not-found view.
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
    fetchText(moreUrl).then(function (text) {
      add(text);
      finish();
    }, finish);
  }
  // The landing route's own view, fetched from the head: added when it arrives (`done` runs
  // then, whether it came or not).
  function loadEarly(done) {
    var landed = early;
    early = null;
    landed.then(add, function () { /* the file of them all is fetched instead */ }).then(done);
  }

  // What is stored: [a self-check in progress, a case] (blocked storage: neither).
  function stored() {
    try { return R.stored(localStorage.getItem(R.KEY)); } catch (e) { return [false, false]; }
  }
  // The view for location.hash: [its template, the route parameter, the route's path].
  function pick() {
    var v = R.view(R.path(location.hash), Object.keys(templates), function () { return stored()[0]; });
    return [templates[v[0]], v[1], v[2]];
  }
  function escapeHtml(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }
  function show(after) {
    var picked = pick();
    // A deferred view (a dimension's page, levels: the keys are data-views-routes) waits for
    // its own file (the landing route's) or the file of them all; any other route's view is in
    // index.html already.
    var key = R.early(R.path(location.hash), moreRoutes);
    if (key && !templates[key] && more !== 'done') {
      return key === earlyKey && early ? loadEarly(function () { show(after); }) : loadMore(function () { show(after); });
    }
    var t = picked[0];
    // No view at all (not even not-found's): nothing to wait for.
    if (!t) return after && after();
    app.innerHTML = t.textContent.split(R.BASE).join(base).split(R.PAGE).join(page).split(R.PARAM).join(escapeHtml(picked[1]));
    waitForApp(after);
  }
  // The view in #app until the app runs: its form controls visibly not ready (styles/base.css),
  // its skip link working; then `after`.
  function waitForApp(after) {
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
  // The route's own view is in #app (`shown`): the app may start once it has been painted (5.).
  var shown = false;
  var onShown = null;
  show(function () {
    shown = true;
    if (onShown) onShown();
  });

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
    box.innerHTML = notice.textContent.split(R.PAGE).join(page);
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

  // --- 5. the app, once the route's view has been painted ---
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
    var t = pick()[0];
    var build = t ? t.getAttribute('data-build') : '';
    return !me.getAttribute('data-reader-loader') || build === 'full' || (build === 'case' && stored()[1]);
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
      // Compiled already, for a hand-over (below): nothing to preload.
      if (!build && window.staffcheckFull && /\.wasm$/.test(file.href)) return;
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
  // Ready for a hand-over to come (the reader build asks once a self-check is under way): the
  // full build's loader and glue fetched and parsed (modulepreload), its WebAssembly fetched and
  // compiled off the main thread into `window.staffcheckFull`, which the full build's loader
  // instantiates instead of fetching the file (scripts/postbuild.mjs). Where streaming compilation
  // is missing or fails, the loader fetches the file as on a first visit (and reports a failure).
  var prefetched = false;
  addEventListener('staffcheck:prefetch', function () {
    if (prefetched || running !== 'reader') return;
    prefetched = true;
    var loader = me.getAttribute('data-loader');
    files('').concat(loader ? [{ href: loader, integrity: '' }] : []).forEach(function (file) {
      if (/\.wasm$/.test(file.href)) {
        if (typeof WebAssembly.compileStreaming !== 'function' || typeof fetch !== 'function') return;
        var compiled = WebAssembly.compileStreaming(fetch(file.href, { integrity: file.integrity, credentials: 'same-origin' }));
        compiled.catch(function () { /* the loader fetches the file itself */ });
        window.staffcheckFull = compiled;
        return;
      }
      var link = doc.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = 'anonymous';
      if (file.integrity) link.integrity = file.integrity;
      link.href = file.href;
      doc.head.appendChild(link);
    });
  });
  // The screen as it is, kept for the hand-over that follows at once (the reader build asks when
  // the self-check is finished: the results' own view is a placeholder until the app has read
  // storage): shown, not ready, until the full build takes over from it. The hand-over runs in
  // the microtasks of the same task, so a kept screen not used by then is dropped.
  var held = null;
  addEventListener('staffcheck:hold', function () {
    var live = running === 'reader' && doc.getElementById('app');
    if (!live) return;
    held = live.cloneNode(true);
    setTimeout(function () { held = null; }, 0);
  });
  addEventListener('staffcheck:full', function () {
    running = 'full';
    root.removeAttribute('data-app');
    root.setAttribute('data-booting', '');
    app = doc.getElementById('app');
    var after = function () {
      focusHeading();
      report();
    };
    if (held && app) {
      app.replaceWith(held);
      app = held;
      held = null;
      waitForApp(after);
    } else {
      show(after);
    }
    wait();
    load('');
  });
  // Start once the route's view has been painted: its first contentful paint (#app is all the
  // page shows, and it is empty until the view is in it, so a first paint of the empty page, or of
  // the page waiting for a deferred view, does not count; the paint timing entry comes after the
  // frame is shown). Lighthouse's simulated LCP counts every request and script that ran before
  // the LCP it observed, so the WebAssembly must not begin before it, even on a slow machine
  // where that paint is late. Where nothing is painted, it does not wait for a paint: a hidden
  // page starts at once (or when it is hidden); a frame scrolled out of view that is not rendered
  // at all (no animation frame) after FRAME_MS; one rendered without its content painted after
  // PAINT_MS, the longest any page waits. Only a frame is taken for unrendered when it runs no
  // animation frame: a page of its own that runs none yet is on a busy machine, and paints later
  // (measured: a first paint 2.2 s after the page was parsed).
  var FRAME_MS = 300; // a frame being rendered has run an animation frame by then
  var PAINT_MS = 3000; // a shown view has been painted by then, on a machine however busy
  function whenPainted() {
    try {
      var painted = new PerformanceObserver(function (list) {
        if (!list.getEntriesByName('first-contentful-paint').length) return;
        painted.disconnect();
        setTimeout(start, 0);
      });
      painted.observe({ type: 'paint', buffered: true });
    } catch (e) {
      return start();
    }
    if (inFrame) {
      var framed = false;
      requestAnimationFrame(function () { framed = true; });
      setTimeout(function () { if (!framed) start(); }, FRAME_MS);
    }
    setTimeout(start, PAINT_MS);
  }
  if (doc.visibilityState === 'hidden' || typeof PerformanceObserver !== 'function' || typeof requestAnimationFrame !== 'function') start();
  else {
    addEventListener('visibilitychange', function () {
      if (doc.visibilityState === 'hidden') start();
    });
    if (shown) whenPainted();
    else onShown = whenPainted;
  }
  }
})();
