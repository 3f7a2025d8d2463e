/*! staffcheck embed.js (MIT), see README "Embedding" */
// Turns each <div data-staffcheck data-view="quiz" data-theme="auto|light|dark"
// [data-accent="0b5cad"] [data-events="completed"] [data-min-height] [data-max-height]
// [data-title]> into a lazy iframe of the widget served next to this script, sized by the
// widget's {type: "staffcheck:height", height} messages. With data-events, the host page gets a
// bubbling "staffcheck:completed" DOM event (detail: verdict, count, total, check). No
// dependencies.
(function(d, w) {
 var me = d.currentScript, frames = [], base, origin;
 if (!me || !me.src) return;
 base = new URL('./', me.src);
 origin = base.origin;
 function num(v, f) { v = parseInt(v, 10); return v >= 0 ? v : f; }
 w.addEventListener('message', function(e) {
  var m = e.data;
  if (e.origin != origin || !m) return;
  // Only from the widget's origin, and only from a frame made here.
  frames.forEach(function(f) {
   if (e.source != f.i.contentWindow) return;
   if (m.type == 'staffcheck:height' && m.height > 0)
    f.i.style.height = Math.min(Math.max(Math.ceil(m.height), f.min), f.max) + 'px';
   else if (m.type == 'staffcheck:completed' && f.ev)
    f.el.dispatchEvent(new CustomEvent(m.type, {bubbles: true,
     detail: {verdict: String(m.verdict), count: +m.count, total: +m.total, check: String(m.check)}}));
  });
 });
 function init(el) {
  if (el.getAttribute('data-staffcheck') == 'ready') return;
  el.setAttribute('data-staffcheck', 'ready');
  var a = el.dataset, i = d.createElement('iframe'), s = i.style, o = location.origin,
   ev = a.events != null && a.events != 'false',
   min = num(a.minHeight, 200), max = Math.max(num(a.maxHeight, 1e5), min),
   q = '?embed=1&theme=' + (/^(light|dark)$/.test(a.theme) ? a.theme : 'auto');
  if (a.accent) q += '&accent=' + encodeURIComponent(a.accent);
  if (o && o != 'null') q += (ev ? '&events=1' : '') + '&origin=' + encodeURIComponent(o);
  i.loading = 'lazy';
  i.title = a.title || 'staffcheck self-assessment';
  i.allow = 'clipboard-write';
  i.sandbox = 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-downloads';
  s.display = 'block'; s.width = '100%'; s.border = 0; s.height = min + 'px';
  i.src = base.href + q + '#/' + (/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(a.view) ? a.view : '');
  el.textContent = '';
  el.appendChild(i);
  frames.push({el: el, i: i, min: min, max: max, ev: ev});
 }
 function scan() { [].forEach.call(d.querySelectorAll('[data-staffcheck]'), init); }
 if (d.readyState == 'loading') d.addEventListener('DOMContentLoaded', scan);
 else scan();
 // For placeholders added later (posts rendered by script): staffcheck.scan()
 w.staffcheck = {scan: scan};
})(document, window);
