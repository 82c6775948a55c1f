// Without JavaScript, the page still says what it needs. The hostile and malformed links (script
// injection, broken encodings, 100 KB queries, …) are in hostile-corpus.spec.js.
const { test, expect } = require('@playwright/test');
const { total } = require('./oracle');

test('without JavaScript a message says what is needed', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('noscript')).toHaveCount(1);
  const text = await page.locator('body').innerText();
  expect(text).toContain('need JavaScript');
  await expect(page.locator('.paper-card')).toHaveCount(total);
  await context.close();
});
