// The page without JavaScript: every paper is there to read (the prerendered default view), and
// a message says what the rest needs. (The skip link without JavaScript: skip-link.spec.js.)
const { test, expect } = require('@playwright/test');
const { total } = require('./oracle');

test('without JavaScript every paper is readable and a message says what the rest needs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('noscript')).toHaveCount(1);
  const text = await page.locator('body').innerText();
  expect(text).toContain('need JavaScript');
  await expect(page.locator('.paper-card')).toHaveCount(total);
  await context.close();
});
