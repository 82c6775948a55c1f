// A start that fails (the app's wasm cannot be fetched, or the browser has no WebAssembly) is
// explained on the page within seconds, with a "Try again" (scripts/loaders/app.js): the papers
// on screen stay readable, no control looks as if it would act, and a link's loading state
// gives way to the explanation.
const { test, expect } = require('@playwright/test');
const { count, appLive, tagButton } = require('./helpers');

/** The app's wasm module (the first view's is first-view-*.wasm). */
const APP_WASM = /\/ai-paper-archive-[^/]*_bg\.wasm$/;

/** Makes the app's wasm fail to download until the returned function lifts the block. */
async function blockAppWasm(page) {
  let blocked = true;
  await page.route(APP_WASM, (route) => (blocked ? route.abort('failed') : route.continue()));
  return () => {
    blocked = false;
  };
}

/** The explanation, once it is there (within the default 5 s of expect). */
async function explanation(page) {
  const box = page.locator('#app-failed');
  await expect(box).toBeVisible();
  await expect(box).toHaveAttribute('role', 'alert');
  await expect(box).toContainText('The archive could not start.');
  return box;
}

/** Controls of the page that are enabled, outside the explanation. */
const enabledControls = (page) => page.locator('#prerendered :is(button, input, select):enabled');

test('at /, a blocked app is explained within seconds, the papers stay readable, and Try again starts it', async ({ page }) => {
  const lift = await blockAppWasm(page);
  await page.goto('/');
  const box = await explanation(page);
  await expect(box).toContainText('could not be downloaded');
  await expect(box).toContainText('You can still read the papers');
  await expect(page.locator('html[data-app-failed=download]')).toHaveCount(1);
  // Readable: the prerendered view, every card.
  await expect(page.locator('#prerendered')).toBeVisible();
  await expect(count(page)).toHaveText('Showing 46 of 46 papers');
  await expect(page.locator('#prerendered .paper-card')).toHaveCount(46);
  await expect(page.locator('#paper-instructgpt')).toBeVisible();
  // Nothing looks as if it would act: the controls are disabled and dimmed.
  await expect(tagButton(page, 'moe')).toBeDisabled();
  await expect(page.locator('#search-input')).toBeDisabled();
  await expect(enabledControls(page)).toHaveCount(0);
  expect(Number(await tagButton(page, 'moe').evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(1);

  lift();
  await box.getByRole('button', { name: 'Try again' }).click();
  await appLive(page);
  await expect(page.locator('#app-failed')).toHaveCount(0);
  await expect(page.locator('html[data-app-failed]')).toHaveCount(0);
  await tagButton(page, 'moe').click();
  await expect(count(page)).toHaveText('Showing 5 of 46 papers');
});

test('on a link that waits for the app (?paper=instructgpt), the explanation replaces the loading state, and Try again opens the paper', async ({ page }) => {
  const lift = await blockAppWasm(page);
  await page.goto('/?paper=instructgpt');
  const box = await explanation(page);
  await expect(box).toContainText('could not be downloaded');
  await expect(box).toContainText("This link's view needs it.");
  await expect(page.getByText('Loading the archive…')).toBeHidden();
  await expect(page.locator('.loading-slow')).toBeHidden();
  // The default view, which is not what the link shows, stays hidden.
  await expect(page.locator('#prerendered')).toBeHidden();

  lift();
  await box.getByRole('button', { name: 'Try again' }).click();
  await appLive(page);
  await expect(page.locator('#app-failed')).toHaveCount(0);
  await expect(page.locator('dialog.paper-detail[open] #detail-title')).toHaveText('InstructGPT');
});

test('a browser without WebAssembly is told so', async ({ page }) => {
  await page.addInitScript(() => {
    delete window.WebAssembly;
  });
  await page.goto('/');
  const box = await explanation(page);
  await expect(box).toContainText('It needs WebAssembly');
  await expect(page.locator('html[data-app-failed=no-wasm]')).toHaveCount(1);
  await expect(page.locator('#prerendered .paper-card')).toHaveCount(46);
  await expect(enabledControls(page)).toHaveCount(0);
});
