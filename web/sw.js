// Cermat's service worker: after one visit the app opens, works and reloads with no
// network, every tool included. scripts/service-worker.mjs writes the build's real
// VERSION and FILES into dist/sw.js (every file of the build, the on-demand modules
// included), so this file is never kept by hand.
//
// - install: every file of this build goes into a cache named after the build. The new
//   worker then waits: the page says a new version is there (web/boot.js) and the user
//   chooses when to reload, which posts 'activate' here.
// - activate: the caches of older builds go, and open pages are taken over (so a page
//   opened for the first time works offline without a reload).
// - fetch: a file of the build comes from the cache; any address of the app's page (a
//   query such as ?lang=en or ?embed=1 included) is the cached index.html; anything else
//   goes to the network as usual. Only this origin's GET requests are touched.
// Its scope is the folder it is served from (the app's own path), never wider.
var VERSION = 'VERSION';
var FILES = ['FILES'];
var PREFIX = 'cermat-';

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(PREFIX + VERSION).then(function (cache) {
    return cache.addAll(FILES.map(function (file) {
      return new Request(file, { cache: 'reload' });
    }));
  }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) {
      return key.indexOf(PREFIX) == 0 && key != PREFIX + VERSION;
    }).map(function (key) { return caches.delete(key); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('message', function (event) {
  if (event.data == 'activate') self.skipWaiting();
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method != 'GET' || url.origin != location.origin) return;
  var scope = new URL('./', location.href);
  var page = url.pathname == scope.pathname || url.pathname == scope.pathname + 'index.html';
  var key = page ? scope.href : url.href.split('#')[0];
  event.respondWith(caches.open(PREFIX + VERSION).then(function (cache) {
    return cache.match(key, { ignoreSearch: page });
  }).then(function (hit) {
    return hit || fetch(request);
  }));
});
