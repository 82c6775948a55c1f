// What a reader does before the app is live is theirs: typing, focus and an early click on the
// theme toggle survive every hand-over (the first view's paint, the app taking over), and a
// link that only carries a site's tracking is the default view, on screen at once.
//
// Each test holds back the app (and sometimes the first view) the way a slow network would, acts
// like a reader in that window, then lets the page go live.
const { test, expect } = require('@playwright/test');
const { count, appLive, tagButton, watchForTrouble, APP_LIVE } = require('./helpers');
const { hold, APP_LOADER } = require('./first-view');

const FIRST_VIEW = /\/first-view-[^/]*\.wasm$/;
const search = (page) => page.locator('#search-input');

test('typing before the modules arrive and after the first view is ready ends as one search', async ({ page }) => {
  const releaseApp = await hold(page, APP_LOADER);
  const releaseFirstView = await hold(page, FIRST_VIEW);
  await page.goto('/');
  await search(page).click();
  await page.keyboard.type('trans');
  releaseFirstView();
  await expect(page.locator('html[data-first-view=shown]')).toHaveCount(1);
  // The first view's paint left the box alone.
  await expect(search(page)).toHaveValue('trans');
  await page.keyboard.type('former');
  await expect(search(page)).toHaveValue('transformer');
  releaseApp();
  await appLive(page);
  await expect(search(page)).toHaveValue('transformer');
  await expect(page).toHaveURL(/\/\?q=transformer$/);
  await expect(search(page)).toBeFocused();
});

test('the search box clicked into before the app is live keeps the focus and caret', async ({ page }) => {
  const releaseApp = await hold(page, APP_LOADER);
  await page.goto('/');
  await expect(page.locator('html[data-first-view=shown]')).toHaveCount(1);
  await search(page).click();
  releaseApp();
  await expect(page.locator(APP_LIVE)).toHaveCount(1);
  // The next keys go where the reader left the caret.
  await page.keyboard.type('gan');
  await expect(search(page)).toBeFocused();
  await expect(search(page)).toHaveValue('gan');
  await expect(page).toHaveURL(/\/\?q=gan$/);
  await expect(count(page)).toHaveText(/^Showing \d+ of 46 papers$/);
});

test('a reader tabbing through the page before the app is live stays on the same control', async ({ page }) => {
  const releaseApp = await hold(page, APP_LOADER);
  await page.goto('/');
  await expect(page.locator('html[data-first-view=shown]')).toHaveCount(1);
  // The MoE tag: focused from the keyboard, as a reader tabbing along the tag bar would reach it.
  await tagButton(page, 'moe').focus();
  await page.keyboard.press('Tab');
  const focused = () => page.evaluate(() => document.activeElement?.dataset.tag ?? document.activeElement?.tagName);
  const before = await focused();
  expect(before).not.toBe('moe');
  releaseApp();
  await expect(page.locator(APP_LIVE)).toHaveCount(1);
  expect(await focused()).toBe(before);
  // Shift+Tab goes back to MoE in the live app, and Enter selects it.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/\?tags=moe$/);
});

test('a link with tracking parameters is the default view at once, and the address is tidied', async ({ page }) => {
  const trouble = watchForTrouble(page);
  const releaseApp = await hold(page, APP_LOADER);
  await page.goto('/?utm_source=newsletter&utm_medium=email&fbclid=IwAR2x');
  // Before any module: the prerendered papers are on screen.
  await expect(page.locator('#prerendered .paper-card .paper-title').first()).toBeVisible();
  await expect(page.locator('#loading')).toBeHidden();
  releaseApp();
  await appLive(page);
  await expect(page).toHaveURL(/\/$/);
  await expect(count(page)).toHaveText('Showing 46 of 46 papers');
  await expect(page.getByTestId('notices')).toHaveCount(0);
  expect(trouble).toEqual([]);
});

test('a shared view with tracking parameters keeps its view, drops them without a notice', async ({ page }) => {
  await page.goto('/?tags=rlhf&utm_source=newsletter&gclid=abc');
  await appLive(page);
  await expect(page).toHaveURL(/\/\?tags=rlhf$/);
  await expect(count(page)).toHaveText('Showing 6 of 46 papers');
  await expect(page.getByTestId('notices')).toHaveCount(0);
  // The tidy rewrote the entry rather than adding one: Back leaves the archive.
  expect(await page.evaluate(() => history.length)).toBe(2);
});

test('a link the archive only partly understands is painted at once; its notice comes with the app', async ({ page }) => {
  const releaseApp = await hold(page, APP_LOADER);
  await page.goto('/?layout=wide&tags=rlhf');
  await expect(page.locator('html[data-first-view=shown]')).toHaveCount(1);
  await expect(count(page)).toHaveText('Showing 6 of 46 papers');
  releaseApp();
  await appLive(page);
  await expect(page.getByTestId('notices')).toContainText('Ignored unknown parameter “layout”.');
  await expect(count(page)).toHaveText('Showing 6 of 46 papers');
});

test('an early click on the theme toggle moves on from the stored scheme', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('theme', JSON.stringify('dark'));
    }
  });
  const releaseApp = await hold(page, APP_LOADER);
  await page.goto('/');
  const toggle = page.locator('.theme-toggle');
  // Right from the first paint, before any code but boot.js has run.
  await expect(toggle).toHaveText('Theme: dark', { useInnerText: true });
  await expect(toggle).toHaveAccessibleName('Theme: dark');
  await toggle.click();
  releaseApp();
  await appLive(page);
  // dark → system: the stored choice is gone and the page follows the system again.
  await expect(toggle).toHaveText('Theme: system', { useInnerText: true });
  expect(await page.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBeNull();
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
});
