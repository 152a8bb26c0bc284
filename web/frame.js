// Embed mode's part of the page, fetched by web/boot.js only when the address has
// ?embed=1 (the address web/embed.js builds), so a full page never pays for it:
//   - the host's accent colour: #rgb or #rrggbb dark enough for white text on it (4.5:1,
//     as every colour pair of the app); anything else keeps the app's own. Set through
//     the CSSOM, which a strict CSP allows (a style attribute it would refuse);
//   - the frame's height, posted to the host page whenever the content's height changes,
//     and the route on a change of page, so the host can bring the frame's top into view.
//     Only to the host's origin, which boot.js checked (docs/embedding.md).
(function (d, e, w) {
  var query = new URLSearchParams(location.search);
  var host = e.getAttribute('data-host-origin');

  var m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(query.get('accent') || '');
  if (m) {
    var hex = m[1].length == 3 ? m[1].replace(/./g, '$&$&') : m[1];
    var lum = [0, 2, 4].map(function (k) {
      var c = parseInt(hex.substr(k, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    if (1.05 / (0.2126 * lum[0] + 0.7152 * lum[1] + 0.0722 * lum[2] + 0.05) >= 4.5) {
      e.style.setProperty('--accent', '#' + hex);
      e.setAttribute('data-accent', '');
    }
  }

  if (!host || w.parent === w) return;
  var post = function (message) {
    message.source = 'cermat';
    message.version = 1;
    w.parent.postMessage(message, host);
  };
  var last = 0, queued = 0;
  var measure = function () {
    queued = 0;
    var height = Math.ceil(e.getBoundingClientRect().height);
    if (height != last) post({ type: 'resize', height: (last = height) });
  };
  // A timer, not requestAnimationFrame: a browser may pause frames of an embedded page
  // while it is out of view, and the host must still learn the height.
  var later = function () {
    if (!queued) queued = setTimeout(measure, 16);
  };
  if (w.ResizeObserver) new ResizeObserver(later).observe(e);
  w.addEventListener('load', later);
  w.addEventListener('hashchange', function () {
    later();
    post({ type: 'navigate', route: location.hash || '#/' });
  });
  later();
})(document, document.documentElement, window);
