// Accessibility: axe-core audits every kind of view (the whole archive; a filtered view that
// also carries a notice and a builds-on jump to a hidden card; the empty view) in both colour
// schemes, on a desktop and a 360 px phone. Zero violations are allowed; a failure names the
// scheme and lists each rule and the nodes it hit.
//
// Each test loads its view once and audits it in the light scheme, then in the dark one: the
// page follows prefers-color-scheme live (the theme toggle stays on "system"), so switching
// the emulated scheme restyles the same DOM, and a second audit in the same page skips the
// first one's start-up cost. The filtered view holds what used to be three separate audits
// (a filtered view, a view with notices, a jump notice): each of those elements is on the
// page at once, and axe checks every node it finds.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { count, open, watchForTrouble, describeViolations } = require('./helpers');

test.describe.configure({ mode: 'parallel' });

const views = [
  { name: 'main view', path: '/' },
  {
    name: 'filtered view with a notice and a jump notice',
    // Two tags pressed, an unknown tag named in the notices, and GShard's builds-on chip to
    // the filtered-out Transformer card.
    path: '/?tags=moe,rlhf,quantum',
    ready: async (page) => {
      await expect(count(page)).toHaveText('Showing 11 of 46 papers');
      await expect(page.getByTestId('notices')).toContainText('quantum');
      await page.locator('#paper-gshard .lineage-chip[data-target=transformer]').click();
      await expect(page.locator('#paper-gshard .jump-notice')).toBeVisible();
    },
  },
  {
    name: 'empty view',
    path: '/?tags=diffusion,speech-recognition&match=all',
    ready: async (page) => expect(page.getByTestId('empty-state')).toBeVisible(),
  },
];

/** The page's background (--bg in assets/style.css) in each scheme. */
const BACKGROUND = { light: 'rgb(246, 245, 241)', dark: 'rgb(18, 20, 24)' };

const widths = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
];

for (const view of views) {
  for (const size of widths) {
    test(`axe: ${view.name}, ${size.width} px, light and dark schemes`, async ({ page }) => {
      // A full audit of 46 cards takes several seconds on a busy 2-core machine; this is two.
      test.setTimeout(180_000);
      const trouble = watchForTrouble(page);
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: 'light' });
      await open(page, view.path);
      await expect(count(page)).toHaveText(/^Showing \d+ of 46 papers$/);
      if (view.ready) await view.ready(page);
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        // The emulated scheme really is the one the page sees.
        const dark = await page.evaluate(() => window.matchMedia('(prefers-color-scheme: dark)').matches);
        expect(dark, `${scheme} scheme emulated`).toBe(scheme === 'dark');
        // ...and the page has restyled for it (--bg in style.css), not kept the first scheme.
        await expect(page.locator('body')).toHaveCSS('background-color', BACKGROUND[scheme]);
        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.length, `axe violations, ${scheme} scheme:\n\n${describeViolations(results.violations)}`).toBe(0);
      }
      expect(trouble).toEqual([]);
    });
  }
}
