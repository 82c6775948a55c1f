// What a reader does before the app is live is theirs: typing, focus, Tab and clicks (the theme
// toggle's too) survive the app's start, done again on the same elements once it is live
// (assets/start.js keeps them, src/handover.rs hands them over), in the order they were made. A
// link that only carries a site's tracking is the default view, on screen at once.
//
// Each test holds back the app's module the way a slow network would, acts like a reader in that
// window, then lets the page go live.
const { test, expect } = require('@playwright/test');
const { count, appLive, tagButton, watchForTrouble, hold, inPhase, PAGE, APP_LIVE } = require('./helpers');
const { showing } = require('./oracle');

const search = (page) => page.locator(`#${PAGE.searchInputId}`);

test('typing before the app is live ends as one search, and the box keeps the focus', async ({ page }) => {
  const releaseApp = await hold(page);
  await page.goto('/');
  await expect(page.locator(inPhase('static'))).toHaveCount(1);
  await search(page).click();
  await page.keyboard.type('trans');
  await expect(search(page)).toHaveValue('trans');
  await expect(search(page)).toHaveAttribute(PAGE.earlyAttr, '');
  await page.keyboard.type('former');
  releaseApp();
  await appLive(page);
  await expect(search(page)).toHaveValue('transformer');
  await expect(page).toHaveURL(/\/\?q=transformer$/);
  await expect(count(page)).toHaveText(showing('q=transformer'));
  await expect(search(page)).toBeFocused();
  await expect(search(page)).not.toHaveAttribute(PAGE.earlyAttr);
});

test('clicks before the app is live are done in the order they were made, each one history entry', async ({ page }) => {
  const releaseApp = await hold(page);
  await page.goto('/');
  const entries = await page.evaluate(() => history.length);
  // A card's MoE chip (adds MoE), then the bar's MoE toggle (takes it off again), then RLHF.
  const chip = page.locator('.paper-card[data-paper=gemini] button.tag-label[data-tag=moe]');
  await chip.click();
  await expect(chip).toHaveAttribute(PAGE.earlyAttr, '');
  await tagButton(page, 'moe').click();
  await tagButton(page, 'rlhf').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator(APP_LIVE)).toHaveCount(0);
  releaseApp();
  await appLive(page);
  // In any other order MoE would still be selected.
  await expect(page).toHaveURL(/\/\?tags=rlhf$/);
  await expect(count(page)).toHaveText(showing('tags=rlhf'));
  expect(await page.evaluate(() => history.length)).toBe(entries + 3);
  await expect(chip).not.toHaveAttribute(PAGE.earlyAttr);
});

test('a click on a link\'s page before the app is live acts on the link\'s view', async ({ page }) => {
  const releaseApp = await hold(page);
  await page.goto('/?tags=rlhf');
  // The loading state: the header is there, with the theme toggle; the papers wait.
  await expect(page.locator(inPhase('loading'))).toHaveCount(1);
  await expect(page.locator(`#${PAGE.loadingId}`)).toBeVisible();
  releaseApp();
  await appLive(page);
  await tagButton(page, 'moe').click();
  await expect(page).toHaveURL(/\/\?tags=moe,rlhf$|\/\?tags=rlhf,moe$/);
});

test('the search box clicked into before the app is live keeps the focus and caret', async ({ page }) => {
  const releaseApp = await hold(page);
  await page.goto('/');
  await expect(page.locator(inPhase('static'))).toHaveCount(1);
  await search(page).click();
  releaseApp();
  await expect(page.locator(APP_LIVE)).toHaveCount(1);
  // The next keys go where the reader left the caret.
  await page.keyboard.type('gan');
  await expect(search(page)).toBeFocused();
  await expect(search(page)).toHaveValue('gan');
  await expect(page).toHaveURL(/\/\?q=gan$/);
  await expect(count(page)).toHaveText(showing('q=gan'));
});

test('a reader tabbing through the page before the app is live stays on the same control', async ({ page }) => {
  const releaseApp = await hold(page);
  await page.goto('/');
  await expect(page.locator(inPhase('static'))).toHaveCount(1);
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
  const releaseApp = await hold(page);
  await page.goto('/?utm_source=newsletter&utm_medium=email&fbclid=IwAR2x');
  // Before any module: the prerendered papers are on screen.
  await expect(page.locator(`#${PAGE.prerenderedId} .paper-card .paper-title`).first()).toBeVisible();
  await expect(page.locator(`#${PAGE.loadingId}`)).toBeHidden();
  releaseApp();
  await appLive(page);
  await expect(page).toHaveURL(/\/$/);
  await expect(count(page)).toHaveText(showing());
  await expect(page.getByTestId('notices')).toHaveCount(0);
  expect(trouble).toEqual([]);
});

test('a shared view with tracking parameters keeps its view, drops them without a notice', async ({ page }) => {
  await page.goto('/?tags=rlhf&utm_source=newsletter&gclid=abc');
  await appLive(page);
  await expect(page).toHaveURL(/\/\?tags=rlhf$/);
  await expect(count(page)).toHaveText(showing('tags=rlhf'));
  await expect(page.getByTestId('notices')).toHaveCount(0);
  // The tidy rewrote the entry rather than adding one: Back leaves the archive.
  expect(await page.evaluate(() => history.length)).toBe(2);
});

test('a link the archive only partly understands shows its view and its notice together', async ({ page }) => {
  const releaseApp = await hold(page);
  await page.goto('/?layout=wide&tags=rlhf');
  await expect(page.locator(inPhase('loading'))).toHaveCount(1);
  releaseApp();
  await appLive(page);
  await expect(page.getByTestId('notices')).toContainText('Ignored unknown parameter “layout”.');
  await expect(count(page)).toHaveText(showing('tags=rlhf'));
});

test('an early click on the theme toggle moves on from the stored scheme', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem(key, JSON.stringify('dark'));
    }
  }, PAGE.themeKey);
  const releaseApp = await hold(page);
  await page.goto('/');
  const toggle = page.locator('.theme-toggle');
  // Right from the first paint, before any code but the start script has run.
  await expect(toggle).toHaveText('Theme: dark', { useInnerText: true });
  await expect(toggle).toHaveAccessibleName('Theme: dark');
  await toggle.click();
  releaseApp();
  await appLive(page);
  // dark → system: the stored choice is gone and the page follows the system again.
  await expect(toggle).toHaveText('Theme: system', { useInnerText: true });
  expect(await page.evaluate((attr) => document.documentElement.getAttribute(attr), PAGE.themeAttr)).toBeNull();
  expect(await page.evaluate((key) => localStorage.getItem(key), PAGE.themeKey)).toBeNull();
});
