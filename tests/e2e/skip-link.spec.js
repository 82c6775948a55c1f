// The keyboard bypass: "Skip to papers" is the page's first focusable element, shows itself
// when focused, and takes the reader past the header and the filters to the papers.
const { test, expect } = require('@playwright/test');
const { open, watchForTrouble, PAGE } = require('./helpers');

test('the first Tab shows "Skip to papers"; Enter moves focus to the papers, the next Tab to the first card', async ({ page }) => {
  const trouble = watchForTrouble(page);
  await open(page, '/');
  const skip = page.locator('a.skip-link');
  await expect(skip).toHaveText('Skip to papers');
  await expect(skip).not.toBeInViewport();

  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await expect(skip).toBeInViewport();

  const historyLength = await page.evaluate(() => history.length);
  await page.keyboard.press('Enter');
  await expect(page.locator(`#${PAGE.papersId}`)).toBeFocused();
  await expect(skip).not.toBeInViewport();
  await expect(page.locator('.paper-card').first()).toBeInViewport();
  // The view is the query string: the jump adds no #fragment and no history entry.
  await expect(page).toHaveURL(/\/$/);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);

  await page.keyboard.press('Tab');
  const inFirstCard = () => page.evaluate(() => document.activeElement.closest('.paper-card')?.dataset.paper ?? null);
  expect(await inFirstCard()).toBe('backpropagation');
  expect(trouble).toEqual([]);
});

test('with a filter, the skip link lands before the first card shown', async ({ page }) => {
  await open(page, '/?tags=rlhf');
  await page.keyboard.press('Tab');
  await expect(page.locator('a.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const first = await page.locator('.era:not([hidden]) .paper-card:not([hidden])').first().getAttribute('data-paper');
  expect(await page.evaluate(() => document.activeElement.closest('.paper-card')?.dataset.paper)).toBe(first);
});

test('the skip link and its target are in the prerendered page, and work without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.locator('a.skip-link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#${PAGE.papersId}$`));
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement.closest('.paper-card')?.dataset.paper ?? null)).toBe('backpropagation');
  await context.close();
});
