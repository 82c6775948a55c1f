// Citing and exporting: what lands on the clipboard and in downloaded files.
const { test, expect } = require('@playwright/test');
const fs = require('node:fs');
const { open, watchForTrouble } = require('./helpers');
const { expectedIds } = require('./oracle');

test('Copy BibTeX and Copy citation put the paper on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const trouble = watchForTrouble(page);
  await open(page, '/?paper=transformer');
  const dialog = page.locator('dialog.paper-detail');
  await dialog.locator('[data-copy=bibtex]').click();
  await expect(dialog.locator('.cite-buttons [role=status]')).toHaveText('BibTeX copied.');
  const bibtex = await page.evaluate(() => navigator.clipboard.readText());
  expect(bibtex).toContain('@misc{vaswani2017attention,');
  expect(bibtex).toContain('title = {Attention Is All You Need}');
  await dialog.locator('[data-copy=citation]').click();
  await expect(dialog.locator('.cite-buttons [role=status]')).toHaveText('Citation copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'Vaswani et al. (2017-06). Attention Is All You Need. Google Brain. https://arxiv.org/abs/1706.03762',
  );
  expect(trouble).toEqual([]);
});

/** The papers ?tags=moe shows, in page order. */
const moe = expectedIds('tags=moe');

for (const [format, label, check] of [
  ['bib', 'BibTeX', (text) => expect(text.match(/^@misc\{/gm)).toHaveLength(moe.length)],
  ['csv', 'CSV', (text) => expect(text.trim().split('\r\n')).toHaveLength(1 + moe.length)],
  ['json', 'JSON', (text) => expect(JSON.parse(text).map((p) => p.id)).toEqual(moe)],
]) {
  test(`Export ${format} saves exactly the shown papers`, async ({ page }) => {
    const trouble = watchForTrouble(page);
    await open(page, '/?tags=moe');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export=${format}]`).click()]);
    expect(download.suggestedFilename()).toBe(`ai-papers.${format}`);
    check(fs.readFileSync(await download.path(), 'utf8'));
    await expect(page.locator('.export-bar [role=status]')).toHaveText(`Exported ${moe.length} papers as ${label}.`);
    expect(trouble).toEqual([]);
  });
}

test('with no paper shown, Export saves no file and says why', async ({ page }) => {
  const trouble = watchForTrouble(page);
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await open(page, '/?q=xyzzy');
  await expect(page.getByTestId('empty-state')).toBeVisible();
  for (const format of ['bib', 'csv', 'json']) {
    await page.locator(`[data-export=${format}]`).click();
    await expect(page.locator('.export-bar [role=status]')).toHaveText('No paper is shown, so there is nothing to export.');
  }
  await page.waitForTimeout(500);
  expect(downloads, 'no file, not even a CSV of its header alone').toBe(0);
  expect(trouble).toEqual([]);
});

test('an export keeps its file reachable after the click (Firefox and Safari fetch it late)', async ({ page }) => {
  // Record when each object URL is revoked, relative to its creation.
  await page.addInitScript(() => {
    const created = new Map();
    window.__revokedAfter = [];
    const create = URL.createObjectURL.bind(URL);
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.createObjectURL = (blob) => {
      const url = create(blob);
      created.set(url, performance.now());
      return url;
    };
    URL.revokeObjectURL = (url) => {
      window.__revokedAfter.push(performance.now() - (created.get(url) ?? 0));
      revoke(url);
    };
  });
  await open(page, '/?tags=moe');
  await Promise.all([page.waitForEvent('download'), page.locator('[data-export=csv]').click()]);
  await page.waitForTimeout(1000);
  // Revoked at once, the file could be lost: any revocation so far must come after a while.
  expect(await page.evaluate(() => window.__revokedAfter)).toEqual([]);
});
