// A reader's walk-through (issue 27), each item at the size it was seen at: where focus goes when
// an action removes the control the reader was on, the dialog's way back and its page behind,
// the lineage graph on a phone, the phone's tag panel and exports, and the archive's name.
const { test, expect } = require('@playwright/test');
const { count, open, tagButton, watchForTrouble, PAGE } = require('./helpers');
const { bundle, expectedIds, showing } = require('./oracle');

const phone = { width: 360, height: 740 };
const focusedId = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);

test.describe('focus never falls to <body>', () => {
  test('"Clear filters" hides itself and leaves the reader in the search box', async ({ page }) => {
    await open(page, '/?tags=rlhf');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(count(page)).toHaveText(showing());
    expect(await focusedId(page)).toBe(PAGE.searchInputId);
  });

  test('the empty state\'s way out lands on the first paper shown', async ({ page }) => {
    await open(page, '/?tags=moe,speech-recognition&match=all');
    await expect(page.getByTestId('empty-state')).toBeVisible();
    await page.getByRole('button', { name: 'Show all papers' }).click();
    await expect(count(page)).toHaveText(showing());
    await expect(page.locator(`#paper-${expectedIds('')[0]}`)).toBeFocused();
  });

  test('Esc on a paper opened from a link lands on its card', async ({ page }) => {
    await open(page, '/?paper=lstm');
    await expect(page.locator('dialog.paper-detail[open]')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog.paper-detail[open]')).toHaveCount(0);
    const card = page.locator('#paper-lstm');
    await expect(card).toBeFocused();
    await expect(card).toBeInViewport();
  });

  test('closing a paper opened from its card goes back to the button that opened it', async ({ page }) => {
    await open(page);
    const details = page.locator('#paper-gpt-3 .details-button');
    await details.click();
    await expect(page.locator('dialog.paper-detail[open]')).toBeVisible();
    await page.locator('.detail-close').click();
    await expect(details).toBeFocused();
  });
});

test.describe('the dialog', () => {
  test('a click beside it closes it, and the page behind it does not scroll', async ({ page }) => {
    await open(page, '/?paper=dpo');
    const dialog = page.locator('dialog.paper-detail[open]');
    await expect(dialog).toBeVisible();
    const before = await page.evaluate(() => scrollY);
    await page.mouse.move(20, 400);
    await page.mouse.wheel(0, 800);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => scrollY), 'the page behind stays put').toBe(before);
    // The backdrop, beside the dialog's box.
    await page.mouse.click(8, 8);
    await expect(page.locator('dialog.paper-detail[open]')).toHaveCount(0);
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe('the lineage graph on a phone', () => {
  test.use({ viewport: phone });

  test('opens on its first papers, says it scrolls, keeps its years in view and explains its colours', async ({ page }) => {
    await open(page, '/?view=graph');
    const frame = page.locator('.graph-scroll');
    await expect(page.locator('.graph-scroll-hint')).toBeVisible();
    // A paper of the first row is inside the frame as it opens.
    const first = await frame.boundingBox();
    const nodes = await page.locator('.graph-node').evaluateAll((all) => all.map((n) => n.getBoundingClientRect().toJSON()));
    const top = Math.min(...nodes.map((n) => n.y));
    const firstRow = nodes.filter((n) => n.y === top);
    expect(firstRow.some((n) => n.x >= first.x && n.x + n.width <= first.x + first.width), 'a first-row paper in view').toBe(true);
    // Scrolled sideways, the year axis stays at the frame's left edge.
    await frame.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
    const axis = await page.locator('.graph-axis').boundingBox();
    expect(Math.abs(axis.x - first.x)).toBeLessThanOrEqual(2);
    await expect(page.locator('.graph-axis .graph-year').first()).toBeVisible();
    // No sort to offer in the graph; a legend of the eras' colours instead.
    await expect(page.locator('select.sort-select')).toBeHidden();
    await expect(page.locator('.graph-legend li')).toHaveText(bundle.eras.map((e) => e.name));
  });

  test('with nothing shown there is no empty frame, only the empty state', async ({ page }) => {
    await open(page, '/?tags=moe,speech-recognition&match=all&view=graph');
    await expect(page.getByTestId('empty-state')).toBeVisible();
    await expect(page.locator('.graph-scroll')).toHaveCount(0);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: phone, hasTouch: true, isMobile: true });

  test('a tag tapped in the open panel shows its count at the panel\'s foot, which takes the reader to the papers', async ({ page }) => {
    await open(page);
    await page.locator('.tag-disclosure').tap();
    await tagButton(page, 'rlhf').tap();
    const done = page.locator('.tag-panel-done');
    await expect(done).toHaveText(`Show ${expectedIds('tags=rlhf').length} papers`);
    await expect(done).toBeInViewport();
    await done.tap();
    await expect(page.locator('.tag-disclosure')).toHaveAttribute('aria-expanded', 'false');
    expect(await focusedId(page)).toBe(PAGE.papersId);
    await expect(page.locator('.paper-card:not([hidden])').first()).toBeInViewport();
  });

  test('the exports are a tap away from anywhere in the papers', async ({ page }) => {
    const trouble = watchForTrouble(page);
    await open(page, '/?tags=rlhf');
    await page.locator('.paper-card:not([hidden])').last().scrollIntoViewIfNeeded();
    await page.locator('.export-open').tap();
    const bibtex = page.locator('#export-bar button[data-export=bib]');
    await expect(bibtex).toBeInViewport();
    const download = page.waitForEvent('download');
    await bibtex.tap();
    expect((await download).suggestedFilename()).toBe('ai-papers.bib');
    await expect(page.locator('#export-bar .export-status')).toHaveText(`Exported ${expectedIds('tags=rlhf').length} papers as BibTeX.`);
    expect(trouble).toEqual([]);
  });

  test('the era row says it scrolls: its end fades while there are more eras, and not at the last', async ({ page }) => {
    await open(page);
    const row = page.locator('nav.era-jump');
    const fade = () => row.evaluate((el) => parseFloat(getComputedStyle(el).getPropertyValue('--era-jump-fade')));
    expect(await row.evaluate((el) => el.scrollWidth > el.clientWidth), 'more eras than fit').toBe(true);
    await expect.poll(fade).toBeGreaterThan(0);
    await row.evaluate((el) => el.scrollTo({ left: el.scrollWidth, behavior: 'instant' }));
    await expect.poll(fade).toBe(0);
    await expect(row.locator('li').last()).toBeInViewport({ ratio: 1 });
  });

  test('no keyboard hint on a touch screen', async ({ page }) => {
    await open(page);
    await expect(page.locator('.search-key')).toBeHidden();
  });
});

test('the header and the document title name the archive alike', async ({ page }) => {
  await open(page);
  const name = await page.locator('.eyebrow').textContent();
  expect(await page.title()).toMatch(new RegExp(` — ${name}$`));
  await expect(page.locator('.search-key')).toBeVisible();
});
