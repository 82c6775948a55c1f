// Shared helpers: what a user sees, read the way a user would see it.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { APP_LIVE, VISIBLE_CARDS, inPhase, PAGE } = require('../../scripts/app-state');

/** Cards the reader can see (neither the card nor its era is hidden), by paper id, in page order. */
async function visibleCards(page) {
  return page.locator(VISIBLE_CARDS).evaluateAll((cards) => cards.map((c) => c.dataset.paper));
}

/** Waits until the app is live: it has adopted the page, and clicks work. */
async function appLive(page) {
  await expect(page.locator(APP_LIVE)).toHaveCount(1);
}

/**
 * The search matches marked in the element `selector` finds, as their texts in page order. The
 * app marks matches as ranges in CSS.highlights (src/marks.rs), on the cards near the screen, so
 * the element is scrolled into view first, as a reader would look at it.
 */
async function marked(page, selector) {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  return page.evaluate(
    ([sel, name]) => {
      const root = document.querySelector(sel);
      const ranges = [...(CSS.highlights.get(name) ?? [])].filter((r) => root?.contains(r.startContainer));
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      return ranges.map(String);
    },
    [selector, PAGE.searchHighlight],
  );
}

/** Waits until `selector`'s marked matches are `texts` (see marked). */
async function expectMarked(page, selector, texts) {
  await expect.poll(() => marked(page, selector)).toEqual(texts);
}

/** Every search match marked on the page. */
function allMarked(page) {
  return page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map(String), PAGE.searchHighlight);
}

/** The app's wasm module, which tests hold back or block to see the page before the app. */
const APP_WASM = /\/ai-paper-archive-[^/]*_bg\.wasm$/;

/** Holds back the files matching `pattern` (as a slow network would) until the returned function is called. */
async function hold(page, pattern = APP_WASM) {
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

/** The count line, "Showing N of M papers" (oracle.js says what it should read for a view). */
function count(page) {
  return page.getByTestId('result-count');
}

/** Opens `path` and waits until the app is live (see appLive). */
async function open(page, path = '/') {
  await page.goto(path);
  await appLive(page);
}

/**
 * Records console errors, uncaught exceptions and dialogs for the page's whole life, so a
 * test can assert that nothing went wrong behind the scenes.
 */
function watchForTrouble(page) {
  const trouble = [];
  // Content-Security-Policy violations surface as console errors too; this names them plainly.
  page.on('console', (msg) => {
    if (msg.type() === 'warning' && /Content.Security.Policy/i.test(msg.text())) trouble.push(`csp: ${msg.text()}`);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') trouble.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => trouble.push(`uncaught: ${err.message}`));
  page.on('dialog', async (dialog) => {
    trouble.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return trouble;
}

/**
 * Makes each test of the file, or of the describe block it is called in, fail on a console
 * error, an uncaught exception or a dialog (see watchForTrouble), checked once the test is done.
 */
function failEachTestOnTrouble() {
  let trouble;
  test.beforeEach(({ page }) => {
    trouble = watchForTrouble(page);
  });
  test.afterEach(() => {
    expect(trouble, 'no console errors, uncaught exceptions or dialogs').toEqual([]);
  });
}

function tagButton(page, slug) {
  return page.locator(`button.tag-toggle[data-tag="${slug}"]`);
}

/**
 * axe-core's audit of the whole page. Only violations are reported in full: the tests read
 * nothing else, and axe otherwise builds a selector and a snippet for each of the thousands of
 * nodes that pass. Which rules run and what counts as a violation are unchanged.
 */
async function audit(page) {
  return new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
}

/** One line per axe violation, with the failing nodes and axe's own summary of each. */
function describeViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .map((n) => `    - ${n.target.join(' ')}\n      ${(n.failureSummary || '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `[${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} node(s))\n  ${v.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}

/**
 * Makes every history.pushState and replaceState take 40 ms, as they do on a page with many
 * thousands of nodes (Chromium walks the document on each URL change). After the first slow
 * write the app writes the URL after the frame that shows a change (src/history_adapter.rs).
 */
async function slowUrlWrites(page) {
  await page.addInitScript(() => {
    for (const name of ['pushState', 'replaceState']) {
      const original = history[name].bind(history);
      history[name] = (...args) => {
        const until = Date.now() + 40;
        while (Date.now() < until);
        return original(...args);
      };
    }
  });
}

module.exports = {
  audit, slowUrlWrites, visibleCards, count, open, appLive, watchForTrouble, failEachTestOnTrouble, tagButton, describeViolations, marked, expectMarked,
  allMarked, hold, APP_WASM, APP_LIVE, inPhase, PAGE,
};
