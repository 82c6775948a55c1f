// Hostile and malformed links: the page renders, nothing runs, and a notice says what was ignored.
const { test, expect } = require('@playwright/test');
const { count, open, watchForTrouble } = require('./helpers');

const cases = [
  ['script in tags', '/?tags=%3Cscript%3Ealert(1)%3C%2Fscript%3E', '<script>alert(1)</script>'],
  ['img onerror in tags', '/?tags=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', '<img src=x onerror=alert(1)>'],
  ['markup in a parameter name', '/?%3Csvg%20onload%3Dalert(1)%3E=1', '<svg onload=alert(1)>'],
  ['bad match value', '/?match=%22%3E%3Cscript%3Ealert(1)%3C/script%3E', 'Ignored match='],
  ['broken percent-encoding', '/?tags=%E0%A4%A', 'Ignored unknown tag'],
  ['unknown tag next to a known one', '/?tags=moe,quantum', 'quantum'],
  ['javascript: value', '/?tags=javascript:alert(1)', 'javascript:alert(1)'],
];

for (const [name, path, mentioned] of cases) {
  test(`hostile link: ${name}`, async ({ page }) => {
    const trouble = watchForTrouble(page);
    await page.addInitScript(() => {
      window.__injected = false;
      window.alert = () => {
        window.__injected = true;
      };
    });
    await open(page, path);
    await expect(page.getByTestId('notices')).toContainText(mentioned);
    await expect(count(page)).toHaveText(/^Showing \d+ of 46 papers$/);
    expect(await page.evaluate(() => window.__injected)).toBe(false);
    await expect(page.locator('img, iframe, object, embed, [onerror], [onload]')).toHaveCount(0);
    await expect(page.getByTestId('notices').locator('svg, script')).toHaveCount(0);
    expect(trouble).toEqual([]);
    await page.getByTestId('notices').getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByTestId('notices')).toHaveCount(0);
  });
}

test('a 100 KB query string still renders', async ({ page }) => {
  const trouble = watchForTrouble(page);
  await open(page, `/?tags=${'a'.repeat(100_000)}`);
  await expect(count(page)).toHaveText('Showing 46 of 46 papers');
  await expect(page.getByTestId('notices')).toContainText('Ignored unknown tag “aaaa');
  expect(trouble).toEqual([]);
});

test('without JavaScript a message says what is needed', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('noscript')).toHaveCount(1);
  const text = await page.locator('body').innerText();
  expect(text).toContain('needs JavaScript');
  await context.close();
});
