// Shared helpers: what a user sees, read the way a user would see it.
const { expect } = require('@playwright/test');

/** Cards the reader can see (neither the card nor its era is hidden), by paper id. */
async function visibleCards(page) {
  return page
    .locator('.era:not([hidden]) .paper-card:not([hidden])')
    .evaluateAll((cards) => cards.map((c) => c.dataset.paper));
}

/** The "Showing N of 46 papers" line. */
function count(page) {
  return page.getByTestId('result-count');
}

/**
 * Opens `path` and waits until the live app has taken over: the prerendered default view and
 * the loading state are gone (clicks on the prerendered page would do nothing).
 */
async function open(page, path = '/') {
  await page.goto(path);
  await expect(page.locator('#prerendered, #loading')).toHaveCount(0);
  await expect(count(page)).toBeVisible();
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

function tagButton(page, slug) {
  return page.locator(`button.tag-toggle[data-tag="${slug}"]`);
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

module.exports = { visibleCards, count, open, watchForTrouble, tagButton, describeViolations };
