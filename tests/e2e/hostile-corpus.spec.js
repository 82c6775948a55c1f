// Hostile and malformed links (a representative part of the corpus; the whole of it is a
// native table test of the codec, crates/core/tests/hostile_links.rs). For each one the page renders
// its count, the count matches the cards on screen and the papers the equivalent clean link
// shows, nothing injected runs or is inserted, nothing goes wrong in the console, and whatever
// the link had that the archive ignored is named in the notices box (which Dismiss then tidies
// away).
const { test, expect } = require('@playwright/test');
const { visibleCards, count, open, watchForTrouble } = require('./helpers');
const { expectedIds, total } = require('./oracle');

test.describe.configure({ mode: 'parallel' });

const { cases } = require('./hostile-links');

test("the browser's part of the corpus covers each kind of attack", () => {
  // The whole corpus is checked natively (crates/core/tests/hostile_links.rs); this part keeps one
  // link of each kind a page could mishandle: a dozen.
  expect(cases.length).toBeGreaterThanOrEqual(12);
  expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  for (const kind of [/script/, /onerror|onload/, /fragment/, /javascript:/, /data:/, /proto/, /null byte/, /right-to-left/, /100 KB/, /tracking/]) {
    expect(cases.some((c) => kind.test(c.name) || kind.test(c.path)), String(kind)).toBe(true);
  }
});

for (const c of cases) {
  test(`hostile link: ${c.name}`, async ({ page }) => {
    const trouble = watchForTrouble(page);
    await page.addInitScript(() => {
      window.__injected = [];
      for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
        window[name] = (...args) => {
          window.__injected.push(`${name}(${args.map(String).join(', ')})`);
        };
      }
    });
    await open(page, c.path);
    const expected = expectedIds(c.same);

    // It renders, and the count is both what is on screen and what the clean link shows.
    await expect(count(page)).toHaveText(new RegExp(`^Showing \\d+ of ${total} papers$`));
    await expect(count(page)).toHaveText(`Showing ${expected.length} of ${total} papers`);
    const shown = await visibleCards(page);
    expect(shown, 'cards on screen are the ones the clean link shows').toEqual(expected);

    // What was ignored is named, as text.
    const notices = page.getByTestId('notices');
    if (c.notices.length === 0) {
      await expect(notices).toHaveCount(0);
    } else {
      for (const text of c.notices) await expect(notices).toContainText(text);
      if (c.noticeCount) await expect(notices.locator('li')).toHaveCount(c.noticeCount);
      for (const text of c.absent || []) await expect(notices).not.toContainText(text);
      // Only the notice's own elements: nothing the link carried became one.
      await expect(notices.locator('*:not(p, ul, li, button, details.notice-missing, summary.notice-title, .notice-title-long, .notice-title-short)')).toHaveCount(0);
    }

    // Nothing injected ran or was inserted.
    expect(await page.evaluate(() => window.__injected), 'no alert/confirm/prompt/print/open call').toEqual([]);
    await expect(page.locator('img, iframe, object, embed, frame, [onerror], [onload], [onclick], [onmouseover]')).toHaveCount(0);
    await expect(page.locator('a[href^="javascript:" i], a[href^="data:" i], [src^="javascript:" i], [action^="javascript:" i]')).toHaveCount(0);
    expect(await page.locator('script').evaluateAll((s) => s.filter((e) => /alert|evil/i.test(e.outerHTML)).length)).toBe(0);
    expect(await page.evaluate(() => ({}).polluted === undefined && Object.prototype.polluted === undefined)).toBe(true);
    expect(trouble).toEqual([]);

    // Dismiss rewrites the link to its canonical form and keeps the view.
    if (c.notices.length) {
      await notices.getByRole('button', { name: 'Dismiss' }).click();
      await expect(notices).toHaveCount(0);
      await expect(page).toHaveURL(/\/(\?tags=[a-z0-9-]+(,[a-z0-9-]+)*(&match=all)?|\?match=all)?$/);
      await expect(count(page)).toHaveText(`Showing ${expected.length} of ${total} papers`);
      expect(new URL(page.url()).search).toBe(c.same ? `?${c.same}` : '');
      expect(await visibleCards(page)).toEqual(expected);
      expect(trouble).toEqual([]);
    }
  });
}
