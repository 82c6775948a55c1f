// Reflow (WCAG 1.4.10): at 640x400 (a 1280x800 laptop zoomed to 200%) and on a 320x640 phone,
// in both schemes, the page never scrolls sideways and every control of the filter panel lies
// inside the panel and the window: the controls wrap or stack rather than run past the edge.
// axe audits the page at those sizes too (a filtered view with a notice: the controls, the
// status row, the notice and six cards; tests/e2e/a11y.spec.js audits every card at 1280 and 360).
const { test, expect } = require('@playwright/test');
const { audit, count, open, watchForTrouble, describeViolations } = require('./helpers');
const { showing } = require('./oracle');

test.describe.configure({ mode: 'parallel' });

/** What runs past the window's right edge or the filter panel's, by selector; [] when nothing. */
function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const panel = document.querySelector('.filters').getBoundingClientRect();
    const out = [];
    if (document.documentElement.scrollWidth > width) out.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    for (const el of document.querySelectorAll('.filters :is(input, select, button, label)')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.left < panel.left - 0.5 || box.right > panel.right + 0.5 || box.right > width) {
        out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ${Math.round(box.left)}–${Math.round(box.right)} px`);
      }
    }
    return out;
  });
}

for (const size of [
  { width: 640, height: 400 },
  { width: 320, height: 640 },
]) {
  test(`at ${size.width}x${size.height} nothing scrolls sideways and axe finds nothing, light and dark`, async ({ page }) => {
    test.setTimeout(120_000);
    const trouble = watchForTrouble(page);
    await page.setViewportSize(size);
    for (const path of ['/', '/?q=xyzzy']) {
      await open(page, path);
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await overflow(page), `${path}, ${scheme}`).toEqual([]);
      }
    }
    // The filtered view, with its tag panel open on a phone: every chip wraps inside it too.
    await open(page, '/?tags=rlhf,quantum');
    await expect(count(page)).toHaveText(showing('tags=rlhf'));
    const disclosure = page.locator('.tag-disclosure');
    if (await disclosure.isVisible()) await disclosure.click();
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await overflow(page), `tags open, ${scheme}`).toEqual([]);
      const results = await audit(page);
      expect(results.violations.length, `axe violations, ${scheme} scheme:\n\n${describeViolations(results.violations)}`).toBe(0);
    }
    expect(trouble).toEqual([]);
  });
}
