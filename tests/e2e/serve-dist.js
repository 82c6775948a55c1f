// A static file server for dist/ on 127.0.0.1, used by the end-to-end tests.
//
//   node tests/e2e/serve-dist.js [DIR=dist] [PORT=8765] [PREFIX=/]
//
// With SERVE_DIST_LOG=1 it prints each request's URL on stdout (one line, `GET /path`), so a
// test can see which files reached the network (tests/e2e/offline.spec.js).
// With SERVE_DIST_CACHE=1 every file may be kept for ten minutes (`cache-control: max-age=600`,
// as GitHub Pages sends), so the browser's HTTP cache can answer repeated requests
// (tests/e2e/releases.spec.js); otherwise nothing is cacheable and every request reaches us.
//
// SERVE_DIST_WASM_TYPE sets the Content-Type of .wasm files (default application/wasm): some
// hosts (older nginx, S3 configurations) send application/octet-stream (tests/e2e/mime.spec.js).
//
// PREFIX serves DIR under a sub-path (e.g. /archive/, for a build made with
// `trunk build --public-url /archive/`), as a project page on a static host would; anything
// outside it is 404.
// Unlike `python3 -m http.server` it accepts very long request lines (the hostile-URL tests send
// a 100 KB query string), whatever the query, as a static host would. Like such hosts it sends
// text and wasm gzip-compressed to clients that accept it (the size budget counts gzip bytes,
// and Lighthouse's network simulation should see what a reader would download).
const http = require('node:http');
const zlib = require('node:zlib');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(process.argv[2] || 'dist');
const port = Number(process.argv[3] || 8765);
const prefix = process.argv[4] || '/';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': process.env.SERVE_DIST_WASM_TYPE || 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** gzip -9 of a file, computed once per file version (dist/ changes only between builds). */
const gzipCache = new Map();
function gzipped(file) {
  const { mtimeMs, size } = fs.statSync(file);
  const key = `${file}:${mtimeMs}:${size}`;
  if (!gzipCache.has(key)) gzipCache.set(key, zlib.gzipSync(fs.readFileSync(file), { level: 9 }));
  return gzipCache.get(key);
}

const server = http.createServer({ maxHeaderSize: 1 << 20 }, (req, res) => {
  if (process.env.SERVE_DIST_LOG === '1') console.log(`${req.method} ${req.url}`);
  // Answers Playwright's readiness check even before DIR has a build in it.
  if (req.url === '/__alive') {
    res.writeHead(204);
    res.end();
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
  } catch {
    pathname = '/';
  }
  if (!pathname.startsWith(prefix) && pathname !== prefix.replace(/\/$/, '')) pathname = null;
  else pathname = '/' + pathname.slice(prefix.length);
  let file = pathname === null ? '' : path.join(root, pathname === '/' ? 'index.html' : pathname);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
    return;
  }
  const headers = { 'content-type': types[path.extname(file)] || 'application/octet-stream', vary: 'accept-encoding' };
  if (process.env.SERVE_DIST_CACHE === '1') headers['cache-control'] = 'max-age=600';
  if (/\bgzip\b/.test(req.headers['accept-encoding'] || '') && path.extname(file) in types) {
    res.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
    res.end(gzipped(file));
    return;
  }
  res.writeHead(200, headers);
  fs.createReadStream(file).pipe(res);
});
server.listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}${prefix}`));
