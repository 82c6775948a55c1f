// First contact: what a newcomer meets on the first screen of a laptop and a phone, tags that
// explain themselves (hover, focus, touch, the detail dialog), and eras told apart by colour.
const { test, expect } = require('@playwright/test');
const { open, count, tagButton, watchForTrouble, PAGE } = require('./helpers');
const { bundle, showing } = require('./oracle');

const SCREENS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
];

for (const screen of SCREENS) {
  // Two selected tags: on a phone the folded tag bar then shows them and the any/all switch.
  // On a phone, an unknown tag too: the notice of what the link asked for folds there.
  const paths = ['/', '/?tags=rlhf', '/?tags=rlhf,moe', ...(screen.name === 'phone' ? ['/?tags=diffusion,quantum'] : [])];
  for (const path of paths) {
    test(`${screen.name} ${screen.width}x${screen.height}: the first paper's title is on the first screen at ${path}`, async ({ page }) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await open(page, path);
      // Its name and its whole title (which may take three lines on a phone).
      const card = page.locator('.paper-card:not([hidden])').first();
      for (const part of ['.paper-name', '.paper-title']) {
        const box = await card.locator(part).boundingBox();
        expect(box, `a visible ${part}`).not.toBeNull();
        expect(box.y + box.height, `the ${part} ends above the fold`).toBeLessThanOrEqual(screen.height);
        expect(box.y).toBeGreaterThanOrEqual(0);
      }
    });
  }

  test(`${screen.name}: no select is cut off (each is wide enough for its longest option)`, async ({ page }) => {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    await open(page, '/');
    for (const select of await page.locator('.view-controls select').all()) {
      const fits = await select.evaluate((el) => {
        const probe = document.createElement('span');
        probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
        probe.style.font = getComputedStyle(el).font;
        document.body.append(probe);
        const widest = Math.max(...[...el.options].map((o) => {
          probe.textContent = o.textContent;
          return probe.getBoundingClientRect().width;
        }));
        probe.remove();
        const style = getComputedStyle(el);
        // Room for the text: the box less its padding and the drop-down arrow (about 20 px).
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        return { widest, room };
      });
      // One pixel of slack for sub-pixel rounding between the text measure and the box.
      expect(fits.widest, `${await select.getAttribute('class')}: ${JSON.stringify(fits)}`).toBeLessThanOrEqual(fits.room + 1);
    }
  });
}

test('the count and Clear filters stay in view while the reader scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, '/?tags=attention');
  await page.mouse.wheel(0, 3000);
  await expect(async () => {
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(1000);
  }).toPass();
  await expect(count(page)).toBeInViewport();
  await expect(page.locator('.clear-filters')).toBeInViewport();
});

test('on a phone the tags fold behind "Tags (N)", which keeps the selected ones in view', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, '/?tags=rlhf,moe');
  const disclosure = page.getByRole('button', { name: new RegExp(`^Tags \\(${bundle.tags.length}\\)`) });
  await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
  await expect(disclosure).toContainText('2 selected');
  await expect(page.locator('button.tag-toggle:visible')).toHaveCount(2);
  await expect(page.locator('.match-switch')).toBeVisible();
  await disclosure.click();
  await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator('button.tag-toggle:visible')).toHaveCount(bundle.tags.length);
  await tagButton(page, 'attention').click();
  await expect(page).toHaveURL(/\?tags=attention,moe,rlhf$/);
  await disclosure.click();
  await expect(page.locator('button.tag-toggle:visible')).toHaveCount(3);
});

test('every tag has a definition, as the accessible description of each of its buttons', async ({ page }) => {
  await open(page, '/');
  expect(bundle.tags.length).toBeGreaterThan(0);
  for (const tag of bundle.tags) {
    expect(tag.definition, tag.id).toMatch(/\S/);
    await expect(tagButton(page, tag.id)).toHaveAccessibleDescription(tag.definition);
    // Every card chip of the tag, as many as the bundle's papers carry it.
    const chips = page.locator(`button.tag-label[data-tag=${tag.id}]`);
    await expect(chips).toHaveCount(bundle.papers.filter((p) => p.tags.includes(tag.id)).length);
    for (const chip of await chips.all()) await expect(chip).toHaveAccessibleDescription(tag.definition);
  }
});

test('a tag shows its definition on hover, on keyboard focus and on a tap', async ({ browser }) => {
  const moe = bundle.tags.find((t) => t.id === 'moe');
  const context = await browser.newContext({ hasTouch: true });
  const page = await context.newPage();
  const trouble = watchForTrouble(page);
  await open(page, '/');
  const tip = page.locator('.tag-tip');
  await tagButton(page, 'moe').hover();
  await expect(tip).toHaveText(moe.definition);
  await page.mouse.move(0, 0);
  await expect(tip).toHaveCount(0);

  await page.locator(`#${PAGE.searchInputId}`).focus();
  await page.keyboard.press('Shift+Tab');
  await tagButton(page, 'agentic').focus();
  await expect(tip).toContainText(bundle.tags.find((t) => t.id === 'agentic').definition);
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);

  // A card's chip adds its tag to the filter; its tip says so.
  await page.locator('#paper-gemini button.tag-label[data-tag=moe]').tap();
  await expect(tip).toContainText(moe.definition);
  await expect(tip).toContainText('Click to filter by this tag.');
  await expect(count(page)).toHaveText(showing('tags=moe'));
  // The tip stays inside a phone's screen.
  await page.setViewportSize({ width: 360, height: 740 });
  await tagButton(page, 'moe').focus();
  const box = await tip.boundingBox();
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(trouble).toEqual([]);
  await context.close();
});

test("the paper's detail dialog explains its tags", async ({ page }) => {
  await open(page, '/?paper=switch-transformers');
  const dialog = page.locator('dialog.paper-detail');
  const paper = bundle.papers.find((p) => p.id === 'switch-transformers');
  for (const id of paper.tags) {
    const tag = bundle.tags.find((t) => t.id === id);
    await expect(dialog.locator('.detail-tags dt', { hasText: tag.name })).toBeVisible();
    await expect(dialog.locator('.detail-tags dd', { hasText: tag.definition })).toBeVisible();
  }
});

test('each era has its own colour on its section, its badges and its jump button', async ({ page }) => {
  await open(page, '/');
  const colours = await page.evaluate(() =>
    [...document.querySelectorAll('section.era')].map((era) => ({
      dot: getComputedStyle(era.querySelector('.era-header'), '::before').backgroundColor,
      badge: getComputedStyle(era.querySelector('.era-badge')).color,
      jump: getComputedStyle(document.querySelector(`.era-jump-button[data-era="${era.dataset.era}"]`), '::before').backgroundColor,
    })),
  );
  expect(colours).toHaveLength(bundle.eras.length);
  for (const c of colours) expect(new Set([c.dot, c.badge, c.jump]).size, JSON.stringify(c)).toBe(1);
  expect(new Set(colours.map((c) => c.dot)).size, 'a colour of its own for each era').toBe(bundle.eras.length);
});
