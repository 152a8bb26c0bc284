// Cermat's embed script, for a host page (a pemda's portal). docs/embedding.md is its
// manual. The webmaster pastes:
//   <div data-cermat data-lang="id" data-start="stage"></div>
//   <script src="https://HOST/PATH/embed.js" async></script>
// and each [data-cermat] element becomes a frame of the app in embed mode, whose height
// follows the app's content (so the portal never shows a scroll inside a scroll).
// Plain JavaScript with no dependency; it sets no inline style attribute (only the CSSOM,
// which a strict CSP allows) and talks to the frame only at the app's own origin.
(function () {
  var script = document.currentScript || document.querySelector('script[src$="embed.js"]');
  if (!script) return;
  var app = new URL('./', script.src);
  var starts = {
    landing: '#/',
    profile: '#/profile',
    scv: '#/assess/scv/1',
    ereadiness: '#/assess/ereadiness/1',
    stage: '#/assess/stage/1',
    results: '#/results',
  };
  var titles = {
    id: 'Cermat: kalkulator kematangan pemerintahan cerdas',
    en: 'Cermat: smart-government maturity calculator',
  };
  var frames = [];

  function frameFor(box) {
    var o = box.dataset;
    var lang = o.lang == 'en' ? 'en' : o.lang == 'id' ? 'id' : '';
    var src = new URL(app.href);
    src.searchParams.set('embed', '1');
    src.searchParams.set('host', location.origin);
    if (lang) src.searchParams.set('lang', lang);
    if (o.accent) src.searchParams.set('accent', o.accent);
    if (o.shareBase) src.searchParams.set('share', new URL(o.shareBase, location.href).href);
    if (o.eventsOrigin) src.searchParams.set('events', o.eventsOrigin);
    // A result link made in the frame opens on this page as `#/r/<code>`: hand it over.
    var shared = /^#\/r\/[A-Za-z0-9_-]+$/.exec(location.hash);
    src.hash = shared ? shared[0] : starts[o.start] || '#/';
    var frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = o.title || titles[lang || 'id'];
    frame.allow = 'clipboard-write; web-share';
    frame.loading = 'lazy';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.display = 'block';
    frame.style.height = (parseInt(o.height, 10) || 720) + 'px';
    // Where a browser sizes frames to their content by itself, let it (the app asks for
    // it with <meta name="responsive-embedded-sizing">); the messages below still apply.
    if (window.CSS && CSS.supports && CSS.supports('frame-sizing', 'content-height')) frame.style.setProperty('frame-sizing', 'content-height');
    box.textContent = '';
    box.appendChild(frame);
    box.setAttribute('data-cermat-ready', '');
    frames.push(frame);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin != app.origin || !data || data.source != 'cermat') return;
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow != event.source) continue;
      if (data.type == 'resize' && data.height > 0) {
        frame.style.height = Math.min(Math.ceil(data.height), 100000) + 'px';
      } else if (data.type == 'navigate' && frame.getBoundingClientRect().top < 0) {
        frame.scrollIntoView({ block: 'start' });
      } else if (/^(ready|progress|result)$/.test(data.type)) {
        // Host events (only sent when the page named its origin in data-events-origin),
        // also as a DOM event on the element, for pages that prefer listening there.
        frame.parentNode.dispatchEvent(new CustomEvent('cermat', { bubbles: true, detail: data }));
      }
    }
  });

  function scan() {
    var boxes = document.querySelectorAll('[data-cermat]:not([data-cermat-ready])');
    for (var i = 0; i < boxes.length; i++) frameFor(boxes[i]);
  }
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
