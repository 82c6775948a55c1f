// The first view (first-view/, started by the inline script scripts/post-build.js adds) and the
// live app must show a link identically. These helpers load a link twice, once with the app's
// loader blocked so that only the first view can act, once with the app, and compare the two
// DOMs in canonical form (dom-canon.js).
const { expect } = require('@playwright/test');
const { canonicalMain } = require('./dom-canon');
const { APP_LIVE } = require('../../scripts/app-state');

/** What the first view may answer for a link it leaves to the app (first-view/src/plan.rs). */
const DECLINED = /^declined: (detail|graph|date-sort|nothing-shown)$/;

/** The app's JS loader, which the tests block or hold back to see the first view alone. */
const APP_LOADER = /\/ai-paper-archive-[^/]*\.js$/;

/** The first view's module. */
const FIRST_VIEW_WASM = /\/first-view-[^/]*_bg\.wasm$/;

/**
 * Keeps the first view away: its loader then declines, and the app adopts the untouched
 * build-time page and shows the link itself. The app adopts whatever the first view painted
 * (hydration keeps the attributes and text it finds), so only a page the first view never
 * touched is an independent reference for what the first view must paint.
 */
async function blockFirstView(page) {
  // An empty module rather than a failed request, which the console would report as an error.
  await page.route(FIRST_VIEW_WASM, (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: '' }));
}

/**
 * Keeps the app (its JS loader) away for good, so the page shows only what the first view
 * painted. Held, not aborted: an app that fails to load is a failed start, which the page
 * explains and during which no control acts (failed-start.spec.js); held, the app is merely
 * not there yet, as on a slow network.
 */
async function blockApp(page) {
  await page.route(APP_LOADER, () => {
    // Never answered.
  });
}

/** Holds back the files matching `pattern` (as a slow network would) until the returned function is called. */
async function hold(page, pattern) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Opens `path` in a new page of `context` with the app blocked (the context must have no
 * service worker controlling the page: Playwright's routes do not see what one answers). Returns the first view's
 * outcome, whether the prerendered page is on screen, the title, and the canonical DOM.
 */
async function firstViewOnly(context, path) {
  const page = await context.newPage();
  try {
    await blockApp(page);
    await page.goto(path);
    // It runs on every page: at once for a linked view, after the first paint for the default.
    await page.waitForFunction(() => document.documentElement.dataset.firstView);
    const seen = await page.evaluate(() => {
      const prerendered = document.getElementById('prerendered');
      return {
        outcome: document.documentElement.dataset.firstView,
        onScreen: !!prerendered && getComputedStyle(prerendered).display !== 'none',
        title: document.title,
        worker: !!navigator.serviceWorker?.controller,
      };
    });
    // A service worker answers the page's requests itself, past page.route: the app would
    // start and overwrite what the first view painted. Use a context with serviceWorkers: 'block'.
    expect(seen.worker, `${path}: a service worker controls the page, so the app cannot be held back`).toBe(false);
    return { ...seen, main: await page.evaluate(canonicalMain) };
  } finally {
    await page.close();
  }
}

/**
 * Opens `path` in a new page of `context`, without the first view (see blockFirstView), and
 * returns the live app's title and canonical DOM.
 */
async function liveApp(context, path) {
  const page = await context.newPage();
  try {
    await blockFirstView(page);
    await page.goto(path);
    await expect(page.locator(APP_LIVE)).toHaveCount(1);
    return { title: await page.title(), main: await page.evaluate(canonicalMain) };
  } finally {
    await page.close();
  }
}

/** The first line where two canonical DOMs differ, with a little context, for a failure message. */
function firstDifference(a, b) {
  const left = a.split('><');
  const right = b.split('><');
  const at = left.findIndex((line, i) => line !== right[i]);
  if (at < 0 && left.length === right.length) return 'no difference';
  const around = (lines) => lines.slice(Math.max(0, at - 2), at + 3).join('>\n<');
  return `first view:\n<${around(left)}>\n\nlive app:\n<${around(right)}>`;
}

/**
 * The first view shows `path` exactly as the app does, or declines it and keeps the loading
 * state on screen (never the prerendered default view under a linked URL). Returns the outcome.
 * `openLive`, if given, opens `path` in the live app in a page of `context` and returns that
 * page (which must block the first view, see blockFirstView), for a test that goes on checking
 * the app's page: it is called after the first view's own load (no service worker may be there
 * first), whatever the outcome.
 */
async function expectFirstViewAgrees(context, path, openLive = null) {
  const fast = await firstViewOnly(context, path);
  const live = openLive && (await openLive());
  if (fast.outcome === 'shown') {
    expect(fast.onScreen, `${path}: the painted view is on screen`).toBe(true);
    const app = live
      ? { title: await live.title(), main: await live.evaluate(canonicalMain) }
      : await liveApp(context, path);
    expect(fast.title, `${path}: title`).toBe(app.title);
    expect(fast.main === app.main, `${path}: the first view and the live app differ\n${firstDifference(fast.main, app.main)}`).toBe(true);
  } else {
    expect(fast.outcome, `${path}: a declined link says why`).toMatch(DECLINED);
    expect(fast.onScreen, `${path}: a declined link keeps the loading state`).toBe(false);
  }
  return fast.outcome;
}

module.exports = { APP_LOADER, blockApp, blockFirstView, hold, firstViewOnly, expectFirstViewAgrees };
