// Accessibility: axe-core audits every kind of view (whole archive, filtered, empty, with
// notices, after a builds-on jump to a hidden card) in both colour schemes, on a desktop and a
// 360 px phone. Zero violations are allowed; a failure lists each rule and the nodes it hit.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { count, open, watchForTrouble, describeViolations } = require('./helpers');

test.describe.configure({ mode: 'parallel' });

const views = [
  { name: 'main view', path: '/' },
  { name: 'filtered view', path: '/?tags=moe,attention' },
  {
    name: 'empty view',
    path: '/?tags=diffusion,speech-recognition&match=all',
    ready: async (page) => expect(page.getByTestId('empty-state')).toBeVisible(),
  },
  {
    name: 'view with notices',
    path: '/?tags=quantum',
    ready: async (page) => expect(page.getByTestId('notices')).toContainText('quantum'),
  },
  {
    name: 'jump notice for a filtered-out card',
    path: '/?tags=moe',
    ready: async (page) => {
      await page.locator('#paper-gshard .lineage-chip[data-target=transformer]').click();
      await expect(page.locator('#paper-gshard .jump-notice')).toBeVisible();
    },
  },
];

const schemes = ['light', 'dark'];
const widths = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
];

for (const view of views) {
  for (const scheme of schemes) {
    for (const size of widths) {
      test(`axe: ${view.name}, ${scheme} scheme, ${size.width} px`, async ({ page }) => {
        // A full audit of 46 cards takes several seconds on a busy 2-core machine.
        test.setTimeout(120_000);
        const trouble = watchForTrouble(page);
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme: scheme });
        await open(page, view.path);
        await expect(count(page)).toHaveText(/^Showing \d+ of 46 papers$/);
        if (view.ready) await view.ready(page);
        // The emulated scheme really is the one the page sees.
        const dark = await page.evaluate(() => window.matchMedia('(prefers-color-scheme: dark)').matches);
        expect(dark).toBe(scheme === 'dark');

        const results = await new AxeBuilder({ page }).analyze();
        expect(results.violations.length, `axe violations:\n\n${describeViolations(results.violations)}`).toBe(0);
        expect(trouble).toEqual([]);
      });
    }
  }
}
