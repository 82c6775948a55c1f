// The lineage graph (?view=graph): drawn from the shown papers, traced by hover and focus,
// opened by click or keyboard, kept in the URL.
const { test, expect } = require('@playwright/test');
const { audit, open, failEachTestOnTrouble } = require('./helpers');
const { total, expectedIds } = require('./oracle');

failEachTestOnTrouble();

test('the graph shows every shown paper and follows the filter', async ({ page }) => {
  await open(page);
  await page.locator('select.show-select').selectOption('graph');
  await expect(page).toHaveURL(/\?view=graph$/);
  await expect(page.locator('.graph-node')).toHaveCount(total);
  await expect(page.locator('.paper-card:visible')).toHaveCount(0);
  const box = await page.locator('.graph-svg').boundingBox();
  expect(box.width).toBeLessThanOrEqual(1280);
  await page.locator('button.tag-toggle[data-tag=rlhf]').click();
  await expect(page).toHaveURL(/\?tags=rlhf&view=graph$/);
  await expect(page.locator('.graph-node')).toHaveCount(expectedIds('tags=rlhf').length);
  await page.reload();
  await expect(page.locator('.graph-node')).toHaveCount(expectedIds('tags=rlhf').length);
  await page.goBack();
  await expect(page.locator('.graph-node')).toHaveCount(total);
  await page.goBack();
  await expect(page.locator('.paper-card').first()).toBeVisible();
});

test('no paper is drawn above a paper it builds on', async ({ page }) => {
  await open(page, '/?view=graph');
  const y = await page.locator('.graph-node').evaluateAll((nodes) =>
    Object.fromEntries(nodes.map((n) => [n.dataset.paper, n.transform.baseVal[0].matrix.f])),
  );
  expect(y['lstm']).toBeLessThan(y['seq2seq']);
  expect(y['transformer']).toBeLessThan(y['gpt-1']);
  expect(y['instructgpt']).toBeLessThanOrEqual(y['dpo']);
});

test('hover and focus light up the lineage; click and Enter open the detail', async ({ page }) => {
  await open(page, '/?view=graph');
  const dpo = page.locator('.graph-node[data-paper=dpo]');
  await dpo.hover();
  await expect(dpo).toHaveClass(/lit/);
  await expect(page.locator('.graph-node[data-paper=instructgpt]')).toHaveClass(/lit/);
  await expect(page.locator('.graph-node[data-paper=backpropagation]')).toHaveClass(/lit/);
  await expect(page.locator('.graph-node[data-paper=word2vec]')).toHaveClass(/dim/);
  await expect(page.locator('.graph-edge.lit')).not.toHaveCount(0);
  await dpo.click();
  await expect(page).toHaveURL(/\?view=graph&paper=dpo$/);
  await expect(page.locator('dialog.paper-detail[open] #detail-title')).toHaveText('DPO');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\?view=graph$/);

  const gpt1 = page.locator('.graph-node[data-paper=gpt-1]');
  await gpt1.focus();
  await expect(page.locator('.graph-node[data-paper=transformer]')).toHaveClass(/lit/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/paper=gpt-1$/);
});

test('the graph view has no axe violations', async ({ page }) => {
  test.setTimeout(120_000);
  await open(page, '/?view=graph');
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await audit(page);
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  }
});
