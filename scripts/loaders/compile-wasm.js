// Fetches and compiles a wasm module whatever MIME type the host sends. scripts/post-build.js
// puts this file at the top of both loaders (first-view.js and app.js), inline in the page.
//
// Streaming compilation (the module compiles while it downloads, off the main thread) refuses
// any response not typed `application/wasm`, and some hosts (older nginx, S3 configurations)
// send `application/octet-stream`; the service worker then replays that type on every repeat
// visit. So stream when the type allows, and otherwise compile from the bytes.
//
// A failure says what failed (`kind`), for the explanation the app's loader shows: `download`
// (the network or the host), `no-wasm` (the browser has no WebAssembly); anything else is a
// module that would not start.
const compileWasm = async (url) => {
  const failure = (kind, message) => Object.assign(new Error(`${url}: ${message}`), { kind });
  if (typeof WebAssembly !== 'object') throw failure('no-wasm', 'WebAssembly is not available');
  let response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw failure('download', `could not be fetched (${error.message})`);
  }
  if (!response.ok) throw failure('download', `the host answered ${response.status}`);
  const type = (response.headers.get('content-type') || '').split(';')[0].trim().toLowerCase();
  if (type === 'application/wasm' && typeof WebAssembly.compileStreaming === 'function') {
    return WebAssembly.compileStreaming(response);
  }
  let bytes;
  try {
    bytes = await response.arrayBuffer();
  } catch (error) {
    throw failure('download', `could not be read (${error.message})`);
  }
  return WebAssembly.compile(bytes);
};
