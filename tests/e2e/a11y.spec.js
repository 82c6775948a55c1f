// Accessibility: axe-core audits every kind of view (the whole archive; a filtered view that
// also carries a notice and a builds-on jump to a hidden card; the empty view) in both colour
// schemes, on a desktop and a 360 px phone. Zero violations are allowed; a failure names the
// scheme and lists each rule and the nodes it hit.
//
// Each test loads its view once and audits it at 1280 px and at 360 px, each in the light
// scheme and in the dark one: the layout is CSS media queries and the colours follow
// prefers-color-scheme live (light-dark(); the theme toggle stays on "system"), so resizing
// the viewport and switching the emulated scheme restyle the same DOM as a fresh load would,
// and later audits in the same page skip the first one's start-up cost. The filtered view holds what used to be three separate audits
// (a filtered view, a view with notices, a jump notice): each of those elements is on the
// page at once, and axe checks every node it finds.
const { test, expect } = require('@playwright/test');
const { audit, count, open, watchForTrouble, describeViolations } = require('./helpers');
const { showing, showingAny } = require('./oracle');

test.describe.configure({ mode: 'parallel' });

const views = [
  { name: 'main view', path: '/' },
  {
    name: 'filtered view with a notice and a jump notice',
    // Two tags pressed, an unknown tag named in the notices, and GShard's builds-on chip to
    // the filtered-out Transformer card.
    path: '/?tags=moe,rlhf,quantum',
    ready: async (page) => {
      await expect(count(page)).toHaveText(showing('tags=moe,rlhf'));
      await expect(page.getByTestId('notices')).toContainText('quantum');
      await page.locator('#paper-gshard .lineage-chip[data-target=transformer]').click();
      await expect(page.locator('#paper-gshard .jump-notice')).toBeVisible();
    },
    // Still there at each width and in each scheme, when axe looks.
    present: async (page) => {
      await expect(page.getByTestId('notices')).toBeVisible();
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
  test(`axe: ${view.name}, 1280 and 360 px, light and dark schemes`, async ({ page }) => {
    // A full audit of every card takes several seconds on a busy 2-core machine; this is four.
    test.setTimeout(240_000);
    const trouble = watchForTrouble(page);
    await page.setViewportSize(widths[0]);
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, view.path);
    await expect(count(page)).toHaveText(showingAny);
    if (view.ready) await view.ready(page);
    for (const size of widths) {
      await page.setViewportSize(size);
      // The layout is CSS alone (max-width media queries, no script reads the width): the
      // page restyles for the new width as a page loaded at it would be styled.
      expect(await page.evaluate(() => document.documentElement.clientWidth), 'viewport width').toBe(size.width);
      expect(await page.evaluate(() => matchMedia('(max-width: 480px)').matches), `${size.width} px: phone layout`).toBe(size.width <= 480);
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        // The emulated scheme really is the one the page sees...
        const dark = await page.evaluate(() => window.matchMedia('(prefers-color-scheme: dark)').matches);
        expect(dark, `${scheme} scheme emulated`).toBe(scheme === 'dark');
        // ...and the page has restyled for it (--bg in style.css), not kept the first scheme.
        await expect(page.locator('body')).toHaveCSS('background-color', BACKGROUND[scheme]);
        if (view.present) await view.present(page);
        const results = await audit(page);
        expect(results.violations.length, `axe violations, ${size.width} px, ${scheme} scheme:\n\n${describeViolations(results.violations)}`).toBe(0);
      }
    }
    expect(trouble).toEqual([]);
  });
}
