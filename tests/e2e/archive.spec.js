// The archive as a user meets it: load, filter by tags, share, reload, go back and forward.
const { test, expect } = require('@playwright/test');
const { visibleCards, count, open, failEachTestOnTrouble, tagButton, slowUrlWrites, PAGE } = require('./helpers');
const { bundle, byId, total, expectedIds, showing } = require('./oracle');

failEachTestOnTrouble();

test('the default view shows the whole archive: its name, every era and paper, every tag with its count', async ({ page }) => {
  await open(page);
  await expect(page).toHaveTitle('Research Papers — Academic Paper Archive');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Research Papers');
  await expect(page.locator('.subtitle')).toContainText('from backpropagation to transformers');
  await expect(count(page)).toHaveText(showing());
  expect(await visibleCards(page)).toHaveLength(total);
  await expect(page.locator('.era:not([hidden]) h2')).toHaveText([
    'Pre-Transformer', 'Transformer', 'Scaling', 'Architecture', 'Diffusion', 'Alignment', 'Reasoning',
  ]);
  await expect(page.locator('button.tag-toggle')).toHaveCount(bundle.tags.length);
  await expect(tagButton(page, 'attention')).toContainText('Attention');
  await expect(tagButton(page, 'attention').locator('.tag-count')).toContainText(String(expectedIds('tags=attention').length));
  await expect(page.locator(`#${PAGE.loadingId}`)).toBeHidden();
  await expect(page.locator('meta[name=description]')).toHaveAttribute('content', /backpropagation/);
  await expect(page.locator('link[rel=icon]')).toHaveCount(1);
});

test('a card shows every field', async ({ page }) => {
  await open(page);
  const card = page.locator('#paper-vit');
  await expect(card.locator('.paper-name')).toHaveText(/Vision Transformer \(ViT\)/);
  await expect(card.locator('.paper-title a')).toHaveAttribute('href', 'https://arxiv.org/abs/2010.11929');
  await expect(card.locator('.paper-title a')).toHaveAttribute('target', '_blank');
  await expect(card.locator('.era-badge')).toHaveText('Transformer');
  await expect(card.locator('.byline')).toContainText('Alexey Dosovitskiy et al.');
  await expect(card.locator('.byline')).toContainText('Google Brain');
  await expect(card.locator('time')).toHaveText('2020-10');
  await expect(card.locator('.why')).toContainText('Brought Transformers to computer vision.');
  await expect(card.locator('.tag-label')).toHaveText([/^Filter by Multimodal$/, /^Filter by Attention$/]);
  await expect(card.locator('.lineage-chip')).toHaveText([/Transformer/, /BERT/]);
  const mistral = page.locator('#paper-mistral-7b');
  await expect(mistral.locator('.paper-name')).toHaveText(/Mistral 7B/);
  await expect(mistral.locator('.paper-title')).toHaveText(/Mistral 7B/);
  await expect(mistral.locator('.era-badge')).toHaveText('Scaling');
  await expect(page.locator('#paper-llama .model-chip')).not.toHaveCount(0);
});

test('clicking a tag filters, and the URL reproduces the view after reload', async ({ page }) => {
  await open(page);
  await tagButton(page, 'moe').click();
  await expect(count(page)).toHaveText(showing('tags=moe'));
  expect(await visibleCards(page)).toEqual(['sparse-moe', 'switch-transformers', 'gemini', 'gshard', 'deepseek-v2']);
  await expect(page).toHaveURL(/\/\?tags=moe$/);
  await expect(tagButton(page, 'moe')).toHaveAttribute('aria-pressed', 'true');
  // Only the eras that hold MoE papers.
  await expect(page.locator('.era:not([hidden])')).toHaveCount(new Set(expectedIds('tags=moe').map((id) => byId.get(id).era)).size);

  await page.reload();
  await expect(count(page)).toHaveText(showing('tags=moe'));
  expect(await visibleCards(page)).toEqual(['sparse-moe', 'switch-transformers', 'gemini', 'gshard', 'deepseek-v2']);
  await expect(tagButton(page, 'moe')).toHaveAttribute('aria-pressed', 'true');
});

test('back and forward walk through filters', async ({ page }) => {
  await open(page);
  await tagButton(page, 'rlhf').click();
  await expect(count(page)).toHaveText(showing('tags=rlhf'));
  await tagButton(page, 'multimodal').click();
  await expect(count(page)).toHaveText(showing('tags=multimodal,rlhf'));
  await expect(page).toHaveURL(/\?tags=multimodal,rlhf$/);

  await page.goBack();
  await expect(count(page)).toHaveText(showing('tags=rlhf'));
  await expect(page).toHaveURL(/\?tags=rlhf$/);
  await page.goBack();
  await expect(count(page)).toHaveText(showing());
  await expect(tagButton(page, 'rlhf')).toHaveAttribute('aria-pressed', 'false');
  await page.goForward();
  await expect(count(page)).toHaveText(showing('tags=rlhf'));
  await expect(tagButton(page, 'rlhf')).toHaveAttribute('aria-pressed', 'true');
});

/** Clicks the tag toggle of `tag` and reads the URL's query in the same task, before any frame. */
function searchRightAfterClick(page, tag) {
  return page.evaluate((tag) => {
    document.querySelector(`button.tag-toggle[data-tag=${tag}]`).click();
    return location.search;
  }, tag);
}

test('while URL writes are slow, a click shows its view at once and writes its URL after that frame', async ({ page }) => {
  // src/history_adapter.rs: Chromium's URL update walks the whole document, so on a large page it
  // waits for the frame. The first write finds out that writes are slow.
  await slowUrlWrites(page);
  await open(page);
  await tagButton(page, 'moe').click();
  await expect(page).toHaveURL(/\?tags=moe$/);
  const seen = await page.evaluate(() => new Promise((resolve) => {
    document.querySelector('button.tag-toggle[data-tag=rlhf]').click();
    const afterClick = location.search;
    // Leptos applies the click in a microtask; a timeout set now runs before the next frame.
    setTimeout(() => {
      const beforeFrame = { search: location.search, count: document.querySelector('[data-testid=result-count]').textContent };
      requestAnimationFrame(() => setTimeout(() => resolve({ afterClick, beforeFrame, afterFrame: location.search })));
    });
  }));
  expect(seen).toEqual({
    afterClick: '?tags=moe',
    beforeFrame: { search: '?tags=moe', count: showing('tags=moe,rlhf') },
    afterFrame: '?tags=moe,rlhf',
  });
  await page.goBack();
  await expect(count(page)).toHaveText(showing('tags=moe'));
});

test('a small archive, whose URL writes are fast, writes a click\'s URL at once', async ({ page }) => {
  // Later writes follow each write's measured time, which a loaded machine can stretch; the
  // first follows the archive's size (src/current_view.rs: SLOW_WRITES_FROM).
  await open(page);
  expect(await searchRightAfterClick(page, 'moe')).toBe('?tags=moe');
});

test('in a hidden page, which paints no frames, a click writes its URL at once even while writes are slow', async ({ page }) => {
  await slowUrlWrites(page);
  await page.addInitScript(() => Object.defineProperty(document, 'hidden', { get: () => true }));
  await open(page);
  await tagButton(page, 'moe').click();
  await expect(page).toHaveURL(/\?tags=moe$/);
  expect(await searchRightAfterClick(page, 'rlhf')).toBe('?tags=moe,rlhf');
});

test('Back pressed before a click\'s URL is written wins: the view follows the URL it lands on', async ({ page }) => {
  await slowUrlWrites(page);
  await open(page);
  await tagButton(page, 'moe').click();
  await expect(page).toHaveURL(/\?tags=moe$/);
  await page.evaluate(() => {
    document.querySelector('button.tag-toggle[data-tag=rlhf]').click();
    history.back();
  });
  await expect(page).toHaveURL(/\/$/);
  await expect(count(page)).toHaveText(showing());
  // Nothing is written late over the entry Back landed on.
  await page.waitForTimeout(200);
  await expect(page).toHaveURL(/\/$/);
  await expect(count(page)).toHaveText(showing());
  await page.goForward();
  await expect(count(page)).toHaveText(showing('tags=moe'));
  await expect(page).toHaveURL(/\?tags=moe$/);
});

test('match all shows the papers with every selected tag, match any those with one, and the URL says which', async ({ page }) => {
  await open(page, '/?tags=rlhf,multimodal');
  await expect(count(page)).toHaveText(showing('tags=multimodal,rlhf'));
  await expect(page.locator('button[data-match=any]')).toHaveAttribute('aria-pressed', 'true');
  await page.locator('button[data-match=all]').click();
  await expect(count(page)).toHaveText(showing('tags=multimodal,rlhf&match=all'));
  expect(await visibleCards(page)).toEqual(['gpt-4']);
  await expect(page).toHaveURL(/\?tags=multimodal,rlhf&match=all$/);
  await page.locator('button[data-match=any]').click();
  await expect(count(page)).toHaveText(showing('tags=multimodal,rlhf'));
  await expect(page).toHaveURL(/\?tags=multimodal,rlhf$/);
});

test('an empty result offers a way back', async ({ page }) => {
  await open(page, '/?tags=diffusion,speech-recognition&match=all');
  await expect(count(page)).toHaveText(showing('tags=diffusion,speech-recognition&match=all'));
  const empty = page.getByTestId('empty-state');
  await expect(empty).toContainText('No paper matches this filter');
  await empty.getByRole('button', { name: 'Match any of the tags instead' }).click();
  await expect(count(page)).toHaveText(showing('tags=diffusion,speech-recognition'));
  await page.goBack();
  await page.getByTestId('empty-state').getByRole('button', { name: 'Show all papers' }).click();
  await expect(count(page)).toHaveText(showing());
  await expect(page).toHaveURL(/\/$/);
});

test('clear filters appears only while filtering', async ({ page }) => {
  await open(page);
  await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
  await tagButton(page, 'diffusion').click();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count(page)).toHaveText(showing());
  await expect(page.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
});

test('a builds-on chip jumps to the earlier card', async ({ page }) => {
  await open(page);
  const chip = page.locator('#paper-dpo .lineage-chip[data-target=instructgpt]');
  await chip.click();
  const target = page.locator('#paper-instructgpt');
  await expect(target).toHaveClass(/highlighted/);
  await expect(target).toBeInViewport();
  await expect(target).toBeFocused();
});

test('a builds-on chip to a filtered-out card says so and can show it', async ({ page }) => {
  await open(page, '/?tags=rlhf');
  await page.locator('#paper-instructgpt .lineage-chip[data-target=gpt-3]').click();
  const notice = page.locator('#paper-instructgpt .jump-notice');
  await expect(notice).toContainText('“GPT-3” is hidden by the current filter.');
  await notice.getByRole('button').click();
  await expect(count(page)).toHaveText(showing());
  await expect(page.locator('#paper-gpt-3')).toHaveClass(/highlighted/);
  await expect(page.locator('#paper-gpt-3')).toBeInViewport();
});

test('the hidden-card notice goes once the card is shown another way (Clear filters)', async ({ page }) => {
  await open(page, '/?tags=moe');
  await page.locator('#paper-gemini .lineage-chip[data-target=transformer]').click();
  const notice = page.locator('#paper-gemini .jump-notice');
  await expect(notice).toContainText('“Transformer” is hidden by the current filter.');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count(page)).toHaveText(showing());
  await expect(page.locator('#paper-transformer')).toBeVisible();
  await expect(notice).toHaveCount(0);
});

test('tags are toggled from the keyboard (Enter, Tab, Space), keeping the focus and showing it', async ({ page }) => {
  await open(page);
  const attention = tagButton(page, 'attention');
  await attention.focus();
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText(showing('tags=attention'));
  await expect(attention).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(count(page)).toHaveText(showing('tags=attention,autoregressive'));
  const outline = await attention.evaluate((el) => {
    el.focus();
    return getComputedStyle(el).outlineStyle;
  });
  expect(outline).not.toBe('none');
});

test('fits a 360 px phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, '/?tags=attention');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
