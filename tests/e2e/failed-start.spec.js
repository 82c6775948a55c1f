// A start that fails (the app's wasm cannot be fetched, or the browser has no WebAssembly) is
// explained on the page within seconds, and one that stalls (the download neither fails nor
// finishes) within 10 s, each with a "Try again" (assets/start.js): the papers stay readable, a
// link's loading state gives way to them, and after a failure no control looks as if it would
// act.
const { test, expect } = require('@playwright/test');
const { count, appLive, tagButton, inPhase, APP_WASM, PAGE } = require('./helpers');
const { total, showing } = require('./oracle');

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
const enabledControls = (page) => page.locator(`#${PAGE.prerenderedId} :is(button, input, select):enabled`);

test('at /, a blocked app is explained within seconds, the papers stay readable, and Try again starts it', async ({ page }) => {
  const lift = await blockAppWasm(page);
  await page.goto('/');
  const box = await explanation(page);
  await expect(box).toContainText('could not be downloaded');
  await expect(box).toContainText('You can still read the papers');
  await expect(page.locator(inPhase('failed'))).toHaveCount(1);
  await expect(box).toHaveAttribute(PAGE.failureAttr, 'download');
  // Readable: the prerendered view, every card.
  await expect(page.locator(`#${PAGE.prerenderedId}`)).toBeVisible();
  await expect(count(page)).toHaveText(showing());
  await expect(page.locator(`#${PAGE.prerenderedId} .paper-card`)).toHaveCount(total);
  await expect(page.locator('#paper-instructgpt')).toBeVisible();
  // Nothing looks as if it would act: the controls are disabled and dimmed.
  await expect(tagButton(page, 'moe')).toBeDisabled();
  await expect(page.locator(`#${PAGE.searchInputId}`)).toBeDisabled();
  await expect(enabledControls(page)).toHaveCount(0);
  expect(Number(await tagButton(page, 'moe').evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(1);

  lift();
  await box.getByRole('button', { name: 'Try again' }).click();
  await appLive(page);
  await expect(page.locator('#app-failed')).toHaveCount(0);
  await expect(page.locator(inPhase('failed'))).toHaveCount(0);
  await tagButton(page, 'moe').click();
  await expect(count(page)).toHaveText(showing('tags=moe'));
});

test('on a link that waits for the app (?paper=instructgpt), the papers replace the loading state beside the explanation, and Try again opens the paper', async ({ page }) => {
  const lift = await blockAppWasm(page);
  await page.goto('/?paper=instructgpt');
  const box = await explanation(page);
  await expect(box).toContainText('could not be downloaded');
  await expect(box).toContainText("This link's view needs it; here are all the papers instead.");
  await expect(page.locator(`#${PAGE.loadingId}`)).toBeHidden();
  await expect(page.locator('#paper-instructgpt')).toBeVisible();
  await expect(enabledControls(page)).toHaveCount(0);

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
  await expect(box).toHaveAttribute(PAGE.failureAttr, 'no-wasm');
  await expect(page.locator(`#${PAGE.prerenderedId} .paper-card`)).toHaveCount(total);
  await expect(enabledControls(page)).toHaveCount(0);
});

test('a download that stalls is explained within 10 s; the papers stay readable and Try again starts the app', async ({ page }) => {
  // A route that never answers while `stalled`: neither a failure nor an end.
  let stalled = true;
  await page.route(APP_WASM, (route) => (stalled ? undefined : route.continue()));
  await page.goto('/?tags=rlhf');
  await expect(page.locator(inPhase('loading'))).toHaveCount(1);
  const notice = page.locator(`[${PAGE.slowAttr}]`);
  await expect(notice).toBeVisible({ timeout: 10_000 });
  await expect(notice).toContainText('slow to arrive');
  // The papers are readable meanwhile (all of them: the link's view needs the app).
  await expect(page.locator(`#${PAGE.loadingId}`)).toBeHidden();
  await expect(page.locator('#paper-instructgpt')).toBeVisible();
  await expect(count(page)).toHaveText(showing());
  stalled = false;
  await notice.getByRole('button', { name: 'Try again' }).click();
  await appLive(page);
  await expect(page.locator(`[${PAGE.slowAttr}]`)).toHaveCount(0);
  await expect(count(page)).toHaveText(showing('tags=rlhf'));
});
