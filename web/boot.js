// The page's first script: a classic, blocking script in index.html's <head>, so what it
// sets is there before the first paint. It is a file, never inline, so the page runs under
// a strict Content-Security-Policy (`script-src 'self'`); scripts/externalize.mjs gives it
// a content-hashed name and minifies it. It does only what must happen before the
// WebAssembly app has arrived, and never computes anything the app computes:
//   1. <html lang>: the app's own rule (the saved choice, then ?lang=, then the browser's
//      languages, then Indonesian: i18n::pick_lang), and ID/EN clicks until the app is there;
//   2. [data-saved] when saved work exists (the save, store::Saved, has an entry with a
//      value; or else an earlier version's holds more than an empty assessment's code),
//      and [data-loading] while a page other than the landing waits for the app;
//   3. [data-js]: the shell's buttons need script (CSS hides them without it);
//   4. embed mode (?embed=1, the address web/embed.js builds): [data-embed], the checked
//      host, events and share-base options as attributes the app reads, and web/frame.js,
//      which does the rest (docs/embedding.md);
//   5. start failures: no WebAssembly, a sandboxed frame without allow-same-origin, a
//      file that did not load, WebAssembly refused by the CSP, or a start that failed set
//      [data-failure] to the reason, and CSS shows index.html's message naming the fix.
//      With no script at all, CSS shows the message after 10 s (styles/main.css);
//   6. it starts the app;
//   7. offline: once the page has loaded and gone quiet, it registers the service worker
//      (dist/sw.js, which precaches the whole build), and when a new version has been
//      deployed and is ready it shows index.html's notice; the user chooses when to
//      reload (answers are in the browser's storage, so they stay).
(function (d, e, n, w) {
  // The app has started when it has removed index.html's #boot (before <body>, not yet).
  var started = function () { return !!d.body && !d.getElementById('boot'); };
  var flag = function (name, on, value) {
    if (on) e.setAttribute(name, value || '');
    else e.removeAttribute(name);
  };
  // The first reason found stays, except that a named cause (no WebAssembly, a sandbox,
  // the CSP) replaces the bare fact that a file or the start failed.
  var fail = function (reason) {
    var now = e.getAttribute('data-failure');
    if (!started() && (!now || /^(load|start)$/.test(now))) flag('data-failure', 1, reason);
  };
  var store = {};
  try {
    // The workspace's current assessment (src/store/keys.rs): this tab's, else the last chosen.
    // The app reads the key from <html data-save>; the tab keeps its choice.
    var c = 'cermat.ws.current', id = sessionStorage.getItem(c);
    if (id == null) id = localStorage.getItem(c) || '';
    if (!/^[a-z0-9]{1,24}$/.test(id)) id = '';
    sessionStorage.setItem(c, id);
    e.setAttribute('data-save', store.key = 'cermat.v2.save' + (id && '.' + id));
    [store.key, 'cermat.lang', 'cermat.v1.assessment'].forEach(function (k) { store[k] = localStorage.getItem(k); });
  } catch (x) {}
  var query = new URLSearchParams(location.search);

  // 1. Language.
  var pick = function (x) {
    x = (x || '').split(/[-_]/)[0].toLowerCase();
    return x == 'in' ? 'id' : x == 'id' || x == 'en' ? x : '';
  };
  var candidates = [store['cermat.lang'], query.get('lang')].concat(n.languages && n.languages.length ? n.languages : [n.language]);
  var lang = '';
  for (var i = 0; i < candidates.length && !lang; i++) lang = pick(candidates[i]);
  e.lang = lang || 'id';

  // 2. Saved work, and "loading" away from the landing.
  var save = store[store.key], old = store.key == 'cermat.v2.save' && store['cermat.v1.assessment'];
  flag('data-saved', save ? /^\d+\t[^\t\n]*\t[^\n]/m.test(save) : old && old != '1gTUAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  var loading = function () {
    if (!started()) flag('data-loading', !/^#?\/?$/.test(location.hash));
  };
  loading();
  w.addEventListener('hashchange', loading);
  d.addEventListener('click', function (v) {
    var a = v.target.closest && v.target.closest('[data-lang]');
    if (!a || started()) return;
    v.preventDefault();
    e.lang = a.getAttribute('data-lang');
    try { localStorage.setItem('cermat.lang', e.lang); } catch (x) {}
  });

  // 3. Script runs.
  flag('data-js', 1);

  // 4. Embed mode.
  var origin = function (x) {
    try { return x && /^https?:$/.test(new URL(x).protocol) && new URL(x).origin == x ? x : ''; } catch (y) { return ''; }
  };
  var address = function (x) {
    try { return x && /^https?:$/.test(new URL(x).protocol) ? new URL(x).href : ''; } catch (y) { return ''; }
  };
  if (query.has('embed')) {
    var host = origin(query.get('host'));
    flag('data-embed', 1);
    flag('data-host-origin', host, host);
    // Events only to the page the frame is really in, where the browser can tell
    // (ancestorOrigins); elsewhere postMessage's target origin still keeps them there.
    var events = origin(query.get('events'));
    var around = location.ancestorOrigins && location.ancestorOrigins[0];
    if (around && around != events) events = '';
    flag('data-events-origin', events, events);
    flag('data-share-base', address(query.get('share')), address(query.get('share')));
    // The rest of embed mode (the accent colour, the frame's height) is web/frame.js,
    // fetched only here: a full page never pays for it. Its hashed name is put in by
    // scripts/externalize.mjs.
    var frame = d.createElement('script');
    frame.src = new URL('./FRAME_JS', d.currentScript.src).href;
    d.head.appendChild(frame);
  }

  // 5. Start failures, until the app has started.
  if (typeof WebAssembly != 'object') fail('nowasm');
  else if (w.origin == 'null') fail('sandbox');
  w.addEventListener('error', function (v) {
    var t = v.target;
    if (t && (t.tagName == 'SCRIPT' || t.tagName == 'LINK')) fail('load');
  }, true);
  d.addEventListener('securitypolicyviolation', function (v) {
    if (v.blockedURI == 'wasm-eval' || /wasm/.test(v.violatedDirective + v.blockedURI)) fail('csp');
  });

  // 6. The app's start (in place of Trunk's inline module script, which a strict CSP
  //    refuses): its wasm-bindgen module, imported from here (a classic script may import
  //    one), instantiates the WebAssembly, whose main mounts the app. The names are put in
  //    by scripts/externalize.mjs; index.html's preloads have already asked for both files.
  //    The app mounts on the page's elements, so it starts once the page is parsed (a
  //    module script would have waited as long); the preloads keep the files coming.
  var here = d.currentScript.src;
  var parsed = new Promise(function (done) {
    if (d.readyState != 'loading') done();
    else d.addEventListener('DOMContentLoaded', done);
  });
  Promise.all([import(new URL('./APP_JS', here).href), parsed]).then(function (loaded) {
    return loaded[0].default({ module_or_path: new URL('./APP_WASM', here) });
  }).then(function (wasm) {
    w.dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: wasm } }));
  }, function (error) {
    console.error(error);
    fail(/Content.Security.Policy|unsafe-eval/i.test(error) ? 'csp' : 'start');
  });

  // 7. Offline. Not in a page opened from a file, and after the first load, so the
  //    precache never competes with it.
  var sw = n.serviceWorker;
  if (sw && /^https?:$/.test(location.protocol)) {
    w.addEventListener('load', function () {
      setTimeout(function () {
        sw.register(new URL('./sw.js', here).href).then(watch, function (error) {
          console.warn('Cermat: offline use is not available here.', error);
        });
      }, 1500);
    });
  }
  var chosen = 0;
  // A worker of a new build has installed while this page runs an older one.
  function watch(registration) {
    var offer = function (worker) {
      var notice = d.getElementById('update-notice');
      if (!notice || !sw.controller) return;
      notice.hidden = false;
      notice.querySelector('button').onclick = function () {
        chosen = 1;
        worker.postMessage('activate');
      };
    };
    if (registration.waiting) offer(registration.waiting);
    registration.addEventListener('updatefound', function () {
      var worker = registration.installing;
      worker.addEventListener('statechange', function () {
        if (worker.state == 'installed') offer(worker);
      });
    });
    // Look for a new version when the user comes back to the page.
    d.addEventListener('visibilitychange', function () {
      if (d.visibilityState == 'visible') registration.update().catch(function () {});
    });
  }
  if (sw) sw.addEventListener('controllerchange', function () {
    if (chosen) location.reload();
  });
})(document, document.documentElement, navigator, window);
