// Discovery: search, era filter and jump bar, date sorts, the paper detail dialog with its
// lineage, tag chips on cards, the document title, the theme toggle, and notices for unknown
// values. Every view is in the query string, so each feature is checked for its URL, for
// surviving a reload, and for Back/Forward walking through it. Ends with axe audits of the
// views these features add, in both colour schemes.
const { test, expect } = require('@playwright/test');
const { audit, visibleCards, count, open, appLive, failEachTestOnTrouble, tagButton, describeViolations, slowUrlWrites, marked, expectMarked, allMarked, PAGE } = require('./helpers');
const { bundle, total, expectedIds, generationsOf, showing, titleOf } = require('./oracle');

test.describe.configure({ mode: 'parallel' });

failEachTestOnTrouble();

// ---------------------------------------------------------------------------------------------
// Helpers local to these features.

const searchBox = (page) => page.getByRole('searchbox', { name: 'Search' });
const eraSelect = (page) => page.locator('select.era-select');
const sortSelect = (page) => page.locator('select.sort-select');
const detail = (page) => page.locator('dialog.paper-detail');
const lineage = (page, title) => detail(page).locator(`section.lineage[data-lineage="${title}"]`);

/** Ids of the shown cards of a date sort's single list (visibleCards covers the era layout). */
function dateListCards(page) {
  return page
    .locator('section.date-list .paper-card:not([hidden])')
    .evaluateAll((cards) => cards.map((c) => c.dataset.paper));
}

/** Waits until the shown cards (era layout) are `ids`, in this order. */
async function expectCards(page, ids) {
  await expect.poll(() => visibleCards(page)).toEqual(ids);
}

/** Waits until the date list shows the cards `ids`, in this order. */
async function expectDateList(page, ids) {
  await expect.poll(() => dateListCards(page)).toEqual(ids);
}

/** The query string exactly as the address bar has it ('' for the default view). */
async function expectQuery(page, search) {
  await expect.poll(() => new URL(page.url()).search).toBe(search);
}

const historyLength = (page) => page.evaluate(() => history.length);

/** A lineage section's chips, generation by generation, each generation sorted. */
function generations(page, title) {
  return lineage(page, title)
    .locator('ol.generations > li')
    .evaluateAll((items) =>
      items.map((li) => [...li.querySelectorAll('.lineage-chip')].map((c) => c.dataset.target).sort()),
    );
}

/** The papers a search shows, in page order, by the one oracle (oracle.js). */
const expectedSearch = (query) => expectedIds(new URLSearchParams({ q: query }).toString());

/** The era jump bar of the view `search`: each era's name, then how many of its papers it shows. */
const jumpButtons = (search) =>
  bundle.eras.map((e) => new RegExp(`^${e.name}\\s*${expectedIds(`${search}&era=${e.id}`).length}$`));

const dateOf = (id) => bundle.papers.find((p) => p.id === id).date;
const eraNameOf = (id) => {
  const era = bundle.papers.find((p) => p.id === id).era;
  return bundle.eras.find((e) => e.id === era).name;
};

// ---------------------------------------------------------------------------------------------
test.describe('search (?q=)', () => {
  test('typing filters at once, marks the matches, and the canonical URL survives a reload', async ({ page }) => {
    await open(page);
    await searchBox(page).pressSequentially('flash attention');
    await expect(count(page)).toHaveText(showing('q=flash+attention'));
    await expectCards(page, ['flash-attention', 'deepseek-v2']);
    await expectQuery(page, '?q=flash+attention');
    await expectMarked(page, '#paper-flash-attention .paper-name', ['Flash', 'Attention']);
    await expect(page).toHaveTitle(titleOf('q=flash+attention'));

    await page.reload();
    await expect(count(page)).toHaveText(showing('q=flash+attention'));
    await expect(searchBox(page)).toHaveValue('flash attention');
    await expectMarked(page, '#paper-flash-attention .paper-name', ['Flash', 'Attention']);
    await expectCards(page, ['flash-attention', 'deepseek-v2']);
  });

  // Which papers a search finds (case, accents, punctuation, word prefixes, every word) is
  // core's search, tested natively (crates/core/tests/discovery.rs, crates/core/src/search.rs); the random
  // walk types real words, prefixes and variants and compares the cards with oracle.js at
  // every step. Here: what only the page shows, the marks on what matched.
  test('matches are marked across case, accents, punctuation and word prefixes', async ({ page }) => {
    await open(page);
    const box = searchBox(page);

    await box.fill('dall-e');
    await expect(page.locator('#paper-dall-e')).toBeVisible();
    await expectMarked(page, '#paper-dall-e .paper-name', ['DALL', 'E']);
    await expectCards(page, expectedSearch('dall-e'));

    await box.fill('tulu');
    await expect(count(page)).toHaveText(showing('q=tulu'));
    await expectCards(page, ['dpo']);
    await expectMarked(page, '#paper-dpo .why', ['Tülu']);

    await box.fill('TÜLU');
    await expect(page).toHaveURL(/\?q=T%C3%9CLU$/);
    await expectCards(page, ['dpo']);
    await expectMarked(page, '#paper-dpo .why', ['Tülu']);

    // A word prefix is marked, as far as it goes.
    await box.fill('trans');
    await expectMarked(page, '#paper-transformer .paper-name', ['Trans']);
    await expectCards(page, expectedSearch('trans'));
  });

  test('while URL writes are slow, a search reaches the URL once typing pauses: one entry, not a write per key', async ({ page }) => {
    // src/history_adapter.rs: on a large page each URL write walks the whole document.
    await slowUrlWrites(page);
    await page.addInitScript(() => {
      window.__writes = { push: 0, replace: 0 };
      for (const kind of ['push', 'replace']) {
        const slow = history[`${kind}State`].bind(history);
        history[`${kind}State`] = (...args) => { window.__writes[kind] += 1; return slow(...args); };
      }
      // When each key reached the page: on a busy machine the keys 40 ms apart can arrive with
      // a longer pause between them, after which a write is due.
      window.__keys = [];
      document.addEventListener('input', () => window.__keys.push(performance.now()), true);
    });
    await open(page);
    await tagButton(page, 'moe').click();
    await expect(page).toHaveURL(/\?tags=moe$/);
    const before = await page.evaluate(() => ({ ...window.__writes, length: history.length }));
    await page.locator(`#${PAGE.searchInputId}`).pressSequentially('mixture', { delay: 40 });
    await expect(page).toHaveURL(/\?tags=moe&q=mixture$/);
    await expect(count(page)).toHaveText(showing('tags=moe&q=mixture'));
    const after = await page.evaluate(() => ({ ...window.__writes, length: history.length }));
    expect(after.length - before.length, 'starting the search is one entry').toBe(1);
    expect(after.push - before.push, 'one push').toBe(1);
    // One write once typing pauses, plus one for each pause the page saw between two keys (the
    // rule's 300 ms, less a margin for the timer's own delay).
    const keys = await page.evaluate(() => window.__keys);
    expect(keys.length, 'every key reached the box').toBe('mixture'.length);
    const pauses = keys.slice(1).filter((t, i) => t - keys[i] >= 250).length;
    expect(after.replace - before.replace, 'the refinements reach the URL together').toBeLessThanOrEqual(1 + pauses);
    await page.goBack();
    await expect(count(page)).toHaveText(showing('tags=moe'));
  });

  test('every query word must match', async ({ page }) => {
    await open(page, '/?q=attention');
    await expect(count(page)).toHaveText(showing('q=attention'));
    await searchBox(page).fill('attention vaswani');
    await expect(count(page)).toHaveText(showing('q=attention+vaswani'));
    await expectCards(page, ['transformer']);
    await expectMarked(page, '#paper-transformer .byline', ['Vaswani']);
    await searchBox(page).fill('vaswani xyzzy');
    await expect(count(page)).toHaveText(showing('q=vaswani+xyzzy'));
  });

  test('an empty search result names the search, not tags, and offers a way back', async ({ page }) => {
    await open(page, '/?q=xyzzy');
    await expect(count(page)).toHaveText(showing('q=xyzzy'));
    const empty = page.getByTestId('empty-state');
    await expect(empty).toContainText('No paper matches this filter');
    await expect(empty).toContainText('xyzzy');
    await expect(empty).not.toContainText('tags: .');
    await empty.getByRole('button', { name: 'Show all papers' }).click();
    await expect(count(page)).toHaveText(showing());
    await expectQuery(page, '');
  });

  test('combines with tags: a paper must match both', async ({ page }) => {
    await open(page, '/?tags=moe');
    await searchBox(page).fill('google');
    await expect(count(page)).toHaveText(showing('tags=moe&q=google'));
    await expectCards(page, ['sparse-moe', 'switch-transformers', 'gemini', 'gshard']);
    await expectQuery(page, '?tags=moe&q=google');
    await expect(page).toHaveTitle(titleOf('tags=moe&q=google'));

    await page.reload();
    await expect(count(page)).toHaveText(showing('tags=moe&q=google'));
    await expect(searchBox(page)).toHaveValue('google');
    await expect(tagButton(page, 'moe')).toHaveAttribute('aria-pressed', 'true');

    // Dropping the tag keeps the search.
    await tagButton(page, 'moe').click();
    await expectQuery(page, '?q=google');
    await expectCards(page, expectedSearch('google'));
    await page.goBack();
    await expectQuery(page, '?tags=moe&q=google');
    await expect(count(page)).toHaveText(showing('tags=moe&q=google'));
  });

  test('a search is one history entry, not one per keystroke', async ({ page }) => {
    await open(page);
    const before = await historyLength(page);
    await searchBox(page).pressSequentially('flash attention');
    await expectQuery(page, '?q=flash+attention');
    expect(await historyLength(page)).toBe(before + 1);
    // Refining replaces the entry too.
    for (let i = 0; i < 'attention'.length + 1; i++) await searchBox(page).press('Backspace');
    await expectQuery(page, '?q=flash');
    expect(await historyLength(page)).toBe(before + 1);
    const flash = expectedSearch('flash');

    // One Back returns to the view before the search; Forward to the search as refined.
    await page.goBack();
    await expectQuery(page, '');
    await expect(count(page)).toHaveText(showing());
    await expect(searchBox(page)).toHaveValue('');
    expect(await allMarked(page)).toEqual([]);
    await page.goForward();
    await expectQuery(page, '?q=flash');
    await expect(count(page)).toHaveText(showing('q=flash'));
    await expect(searchBox(page)).toHaveValue('flash');
    await expectCards(page, flash);
  });

  test('deleting a search back to empty returns to the view before it, with no duplicate entry', async ({ page }) => {
    await open(page);
    await tagButton(page, 'moe').click();
    await expectQuery(page, '?tags=moe');
    await searchBox(page).pressSequentially('goo');
    await expectQuery(page, '?tags=moe&q=goo');
    for (let i = 0; i < 3; i++) await searchBox(page).press('Backspace');
    await expectQuery(page, '?tags=moe');
    await expect(count(page)).toHaveText(showing('tags=moe'));
    await expect(searchBox(page)).toHaveValue('');
    await expect(searchBox(page)).toBeFocused();
    // Back goes to the view before the tag click: the search left no second "?tags=moe" behind.
    await page.goBack();
    await expectQuery(page, '');
    await expect(count(page)).toHaveText(showing());
    // Typing again starts a new search from here, as one entry.
    await page.goForward();
    await expectQuery(page, '?tags=moe');
    await searchBox(page).pressSequentially('goo');
    await expectQuery(page, '?tags=moe&q=goo');
    await page.goBack();
    await expectQuery(page, '?tags=moe');
  });

  test('a keystroke that lands while deleting a search goes back is kept', async ({ page }) => {
    // Going back over the search's entry is asynchronous; make it slow, as on a busy phone, so
    // the next keystroke surely lands before it.
    await page.addInitScript(() => {
      const back = history.back.bind(history);
      history.back = () => setTimeout(back, 400);
    });
    await open(page);
    await searchBox(page).pressSequentially('go');
    await expectQuery(page, '?q=go');
    await searchBox(page).press('Backspace');
    await searchBox(page).press('Backspace');
    await searchBox(page).pressSequentially('bert');
    await expectQuery(page, '?q=bert');
    await expect(searchBox(page)).toHaveValue('bert');
    await expect(count(page)).toHaveText(showing('q=bert'));
    // The new search is one entry after the view before the first one.
    await page.goBack();
    await expectQuery(page, '');
    await expect(searchBox(page)).toHaveValue('');
  });

  test('clearing a search that came with a shared link is a new entry, Esc and button alike', async ({ page }) => {
    for (const clear of ['escape', 'button']) {
      await open(page, '/?q=zzzz');
      await expect(page.getByTestId('empty-state')).toBeVisible();
      if (clear === 'escape') await searchBox(page).press('Escape');
      else await page.getByRole('button', { name: 'Clear the search' }).click();
      await expectQuery(page, '');
      await expect(searchBox(page)).toHaveValue('');
      await page.goBack();
      await expectQuery(page, '?q=zzzz');
      await expect(searchBox(page)).toHaveValue('zzzz');
    }
  });

  test('tag names and years are searched, and a typo offers the closest word, which the offer applies', async ({ page }) => {
    await open(page);
    // What the chips say: "rlhf" finds the RLHF tag's papers, a year its papers.
    await searchBox(page).fill('rlhf');
    await expectCards(page, expectedIds('tags=rlhf'));
    await searchBox(page).fill('2017');
    await expectCards(page, expectedSearch('2017'));
    expect(expectedSearch('2017')).toEqual(bundle.papers.filter((p) => p.date.startsWith('2017')).map((p) => p.id));

    await searchBox(page).fill('transfomer');
    await expectQuery(page, '?q=transfomer');
    const entries = await historyLength(page);
    const offer = page.getByTestId('empty-state').getByRole('button', { name: 'Transformer', exact: true });
    await expect(page.getByTestId('empty-state')).toContainText('Did you mean Transformer?');
    await offer.click();
    // The correction refines the search in place, and the reader is back in the box.
    await expectQuery(page, '?q=Transformer');
    await expectCards(page, expectedSearch('Transformer'));
    await expect(searchBox(page)).toHaveValue('Transformer');
    await expect(searchBox(page)).toBeFocused();
    expect(await historyLength(page)).toBe(entries);
  });

  test('a link whose search has nothing to look for, or is cut to 200 characters, says so in a plain notice', async ({ page }) => {
    await open(page, '/?q=%F0%9F%A4%96');
    const notices = page.getByTestId('notices');
    await expect(notices.locator('.notice-line')).toHaveText(['Ignored the search “🤖”: it has no letters or digits to look for.']);
    await expect(notices.getByText('This link asked for something')).toBeHidden();
    await expect(count(page)).toHaveText(showing());
    await expect(page.locator('.clear-filters')).toBeHidden();
    await expect(searchBox(page)).toHaveValue('');
    await notices.getByRole('button', { name: 'Dismiss' }).click();
    await expectQuery(page, '');

    await open(page, `/?q=${'a'.repeat(300)}&tags=quantum`);
    await expect(notices.locator('.notice-line')).toHaveText(['Shortened the search to its first 200 characters.']);
    // What the link lacked is still listed under its heading, apart from the search's line.
    await expect(notices.getByText('This link asked for something')).toBeVisible();
    await expect(notices.locator('li')).toHaveText(['Ignored unknown tag “quantum”.']);
    await expect(searchBox(page)).toHaveValue('a'.repeat(200));
  });

  test('"/" focuses the box from anywhere but a field, and Esc clears the search', async ({ page }) => {
    await open(page);
    await page.locator('#paper-gpt-3 .details-button').focus();
    await page.keyboard.press('/');
    await expect(searchBox(page)).toBeFocused();
    await expect(searchBox(page)).toHaveValue('');
    await page.keyboard.type('gans');
    await expectQuery(page, '?q=gans');
    await expect(count(page)).toHaveText(showing('q=gans'));

    // Esc follows the same rule as deleting the text: back to the view before the search,
    // which Forward brings back.
    const entries = await page.evaluate(() => history.length);
    await page.keyboard.press('Escape');
    await expect(count(page)).toHaveText(showing());
    await expectQuery(page, '');
    await expect(searchBox(page)).toHaveValue('');
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await page.goForward();
    await expectQuery(page, '?q=gans');
    await expect(searchBox(page)).toHaveValue('gans');

    // In another field "/" is that field's business.
    await sortSelect(page).focus();
    await page.keyboard.press('/');
    await expect(sortSelect(page)).toBeFocused();
    await expect(searchBox(page)).toHaveValue('gans');
  });
});

// ---------------------------------------------------------------------------------------------
test.describe('era filter (?era=) and jump bar', () => {
  test('the era select shows one era; Back, Forward and reload follow, select included', async ({ page }) => {
    await open(page);
    await expect(eraSelect(page)).toHaveValue('');
    await eraSelect(page).selectOption('diffusion');
    await expectQuery(page, '?era=diffusion');
    await expect(count(page)).toHaveText(showing('era=diffusion'));
    await expectCards(page, ['ddpm', 'dall-e', 'imagen']);
    await expect(page.locator('section.era:not([hidden])')).toHaveCount(1);
    await expect(page.locator('nav.era-jump')).toBeHidden();
    await expect(page).toHaveTitle(titleOf('era=diffusion'));
    await eraSelect(page).selectOption('alignment');
    await expectQuery(page, '?era=alignment');
    await expectCards(page, ['rlhf-christiano', 'constitutional-ai', 'instructgpt', 'dpo']);

    // Within the page's life (no reload yet), the select must show the era of the entry that
    // Back/Forward land on, not the last one picked.
    await page.goBack();
    await expectQuery(page, '?era=diffusion');
    await expect(count(page)).toHaveText(showing('era=diffusion'));
    await expect.soft(eraSelect(page), 'era select after Back').toHaveValue('diffusion');
    await page.goBack();
    await expectQuery(page, '');
    await expect(count(page)).toHaveText(showing());
    await expect.soft(eraSelect(page), 'era select after second Back').toHaveValue('');
    await expect(page.locator('nav.era-jump')).toBeVisible();
    await page.goForward();
    await expectQuery(page, '?era=diffusion');
    await expect(count(page)).toHaveText(showing('era=diffusion'));
    await expect.soft(eraSelect(page), 'era select after Forward').toHaveValue('diffusion');

    await page.reload();
    await expect(count(page)).toHaveText(showing('era=diffusion'));
    await expect(eraSelect(page)).toHaveValue('diffusion');
    await expectCards(page, ['ddpm', 'dall-e', 'imagen']);
  });

  test('the jump bar counts shown papers per era, disables empty eras and jumps to a section', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, '/?tags=moe');
    const buttons = page.locator('nav.era-jump .era-jump-button');
    await expect(buttons).toHaveText(jumpButtons('tags=moe'));
    const empty = bundle.eras.filter((e) => expectedIds(`tags=moe&era=${e.id}`).length === 0);
    expect(empty.length, 'MoE leaves some eras empty').toBeGreaterThan(0);
    await expect(buttons.and(page.locator('[disabled]'))).toHaveCount(empty.length);
    await expect(buttons.filter({ hasText: 'Scaling' })).toBeEnabled();

    const before = await historyLength(page);
    await buttons.filter({ hasText: 'Architecture' }).click();
    const section = page.locator('#era-architecture-section');
    await expect.poll(async () => Math.round((await section.boundingBox()).y)).toBeLessThan(120);
    await expect(section.locator('h2')).toBeInViewport();
    // Keyboard users land in the section they jumped to (era_jump_bar.rs says it moves focus).
    await expect.soft(section, 'focus moves to the section').toBeFocused();
    // Jumping is not view state: the URL and history are untouched.
    await expectQuery(page, '?tags=moe');
    expect(await historyLength(page)).toBe(before);

    // All eras again: every button enabled, counts are the era sizes.
    await page.goto('/');
    await expect(count(page)).toHaveText(showing());
    await expect(buttons).toHaveText(jumpButtons(''));
    await expect(buttons.and(page.locator('[disabled]'))).toHaveCount(0);
  });

  test('the jump bar is only in the era sort without an era filter', async ({ page }) => {
    await open(page, '/?era=diffusion');
    await expect(count(page)).toHaveText(showing('era=diffusion'));
    await expect(page.locator('nav.era-jump')).toBeHidden();
    await open(page, '/?sort=oldest');
    await expect(page.locator('section.date-list')).toBeVisible();
    await expect(page.locator('nav.era-jump')).toBeHidden();
    await page.goBack();
    await appLive(page);
    await expect(count(page)).toHaveText(showing('era=diffusion'));
    await expect(page.locator('nav.era-jump')).toBeHidden();
    await sortSelect(page).selectOption('newest');
    await eraSelect(page).selectOption('');
    await expectQuery(page, '?sort=newest');
    await expect(page.locator('nav.era-jump')).toBeHidden();
  });
});

// ---------------------------------------------------------------------------------------------
test.describe('sort (?sort=)', () => {
  /** The shown cards' dates in page order, checked against the bundle. */
  async function shownDates(page) {
    const ids = await dateListCards(page);
    const dates = await page
      .locator('section.date-list .paper-card:not([hidden]) time')
      .evaluateAll((times) => times.map((t) => t.getAttribute('datetime')));
    expect(dates).toEqual(ids.map(dateOf));
    return { ids, dates };
  }
  // Dates are YYYY or YYYY-MM. Years never go down; within a year the order is the oracle's,
  // where a bare year has its place among the months (crates/core/src/date.rs).
  const ascending = (dates) => dates.every((d, i) => i === 0 || dates[i - 1].slice(0, 4) <= d.slice(0, 4));

  test('oldest and newest first are one list in date order; Back, Forward and reload follow', async ({ page }) => {
    await open(page);
    await sortSelect(page).selectOption('oldest');
    await expectQuery(page, '?sort=oldest');
    await expect(page.locator('section.date-list')).toBeVisible();
    await expect(page.locator('section.era:visible')).toHaveCount(0);
    await expect(count(page)).toHaveText(showing('sort=oldest'));
    let { ids, dates } = await shownDates(page);
    expect(ids).toHaveLength(total);
    expect(ids[0]).toBe('backpropagation');
    expect(ascending(dates), `oldest first: ${dates.join(' ')}`).toBe(true);
    expect(ids).toEqual(expectedIds('sort=oldest'));
    // T5 says only "2019": it comes after GPT-2 (2019-02), not before.
    expect(ids.indexOf('t5')).toBeGreaterThan(ids.indexOf('gpt-2'));
    // Each card still names its era.
    const badges = await page.locator('section.date-list .paper-card .era-badge').allTextContents();
    expect(badges).toEqual(ids.map(eraNameOf));

    await sortSelect(page).selectOption('newest');
    await expectQuery(page, '?sort=newest');
    await expect(page.locator('section.date-list .paper-card').first()).toHaveAttribute('data-paper', 'deepseek-r1');
    ({ ids, dates } = await shownDates(page));
    expect(ids[0]).toBe('deepseek-r1');
    expect(ascending([...dates].reverse()), `newest first: ${dates.join(' ')}`).toBe(true);
    expect(ids).toEqual(expectedIds('sort=newest'));

    // Within the page's life (no reload yet), the select follows Back and Forward.
    await page.goBack();
    await expectQuery(page, '?sort=oldest');
    await expect(page.locator('section.date-list .paper-card').first()).toHaveAttribute('data-paper', 'backpropagation');
    await expect.soft(sortSelect(page), 'sort select after Back').toHaveValue('oldest');
    await page.goBack();
    await expectQuery(page, '');
    await expect(page.locator('section.date-list')).toBeHidden();
    await expect(page.locator('section.era:not([hidden])')).toHaveCount(bundle.eras.length);
    await expect.soft(sortSelect(page), 'sort select after second Back').toHaveValue('era');
    await page.goForward();
    await page.goForward();
    await expectQuery(page, '?sort=newest');
    await expect(page.locator('section.date-list .paper-card').first()).toHaveAttribute('data-paper', 'deepseek-r1');
    await expect.soft(sortSelect(page), 'sort select after Forward').toHaveValue('newest');

    await page.reload();
    await expect(page.locator('section.date-list')).toBeVisible();
    await expect(sortSelect(page)).toHaveValue('newest');
    expect((await dateListCards(page))[0]).toBe('deepseek-r1');
  });

  test('a date sort keeps tags, search and era filter', async ({ page }) => {
    await open(page, '/?tags=moe&sort=newest');
    await expect(count(page)).toHaveText(showing('tags=moe&sort=newest'));
    await expectDateList(page, ['deepseek-v2', 'gemini', 'switch-transformers', 'gshard', 'sparse-moe']);
    await open(page, '/?era=diffusion&sort=oldest');
    await expectDateList(page, ['ddpm', 'dall-e', 'imagen']);
    await searchBox(page).fill('google');
    await expectQuery(page, '?q=google&era=diffusion&sort=oldest');
    await expectDateList(page, ['imagen']);
    await expectMarked(page, '#paper-imagen .byline', ['Google']);
  });
});

// ---------------------------------------------------------------------------------------------
test.describe('paper detail (?paper=)', () => {
  test('"Details and lineage" opens the dialog; Close, Escape and Back each close it, going back to the view before it', async ({ page }) => {
    await open(page);
    await tagButton(page, 'rlhf').click();
    await expectQuery(page, '?tags=rlhf');
    const entries = await historyLength(page);
    const opener = page.locator('#paper-dpo .details-button');
    await expect(opener).toHaveAccessibleName('Details and lineage of DPO');
    await opener.click();
    await expect(detail(page)).toHaveAttribute('open', '');
    await expect(detail(page).locator('#detail-title')).toHaveText('DPO');
    await expectQuery(page, '?tags=rlhf&paper=dpo');
    await expect(page).toHaveTitle('DPO — Academic Paper Archive');

    // Close: the URL loses paper= by going back to the entry before the dialog (it adds none,
    // so a paper looked at costs no Back), and focus returns to the opener.
    await detail(page).locator('.detail-close').click();
    await expect(detail(page)).not.toHaveAttribute('open');
    await expectQuery(page, '?tags=rlhf');
    await expect(page).toHaveTitle(titleOf('tags=rlhf'));
    await expect(opener).toBeFocused();
    // Back is the view before the filter, not the dialog again.
    await page.goBack();
    await expectQuery(page, '');
    await expect(detail(page)).not.toHaveAttribute('open');
    await page.goForward();
    await expectQuery(page, '?tags=rlhf');
    expect(await historyLength(page)).toBe(entries + 1);

    // Forward reopens it; Escape closes it the same way.
    await page.goForward();
    await expectQuery(page, '?tags=rlhf&paper=dpo');
    await expect(detail(page)).toHaveAttribute('open', '');
    await expect(detail(page).locator('#detail-title')).toHaveText('DPO');
    await page.keyboard.press('Escape');
    await expect(detail(page)).not.toHaveAttribute('open');
    await expectQuery(page, '?tags=rlhf');

    // Forward reopens it; Back closes it.
    await page.goForward();
    await expect(detail(page)).toHaveAttribute('open', '');
    await page.goBack();
    await expectQuery(page, '?tags=rlhf');
    await expect(detail(page)).not.toHaveAttribute('open');
    await expect(count(page)).toHaveText(showing('tags=rlhf'));
    expect(await historyLength(page)).toBe(entries + 1);
  });

  test('a shared ?paper= link opens the dialog over the filtered view, also after reload', async ({ page }) => {
    await open(page, '/?tags=moe&paper=dpo');
    await expect(detail(page)).toHaveAttribute('open', '');
    await expect(detail(page).locator('#detail-title')).toHaveText('DPO');
    await expect(detail(page).locator('.detail-close')).toBeFocused();
    await page.reload();
    await expect(detail(page)).toHaveAttribute('open', '');
    await expect(detail(page).locator('#detail-title')).toHaveText('DPO');
    await page.keyboard.press('Escape');
    await expectQuery(page, '?tags=moe');
    await expect(count(page)).toHaveText(showing('tags=moe'));
  });

  test('lineages list papers by generation: DPO builds on InstructGPT, back to Backpropagation', async ({ page }) => {
    await open(page, '/?paper=dpo');
    const builds = await generations(page, 'Builds on');
    expect(builds[0]).toEqual(['instructgpt', 'rlhf-christiano']);
    expect(builds.flat()).toContain('backpropagation');
    expect(builds).toEqual(generationsOf('dpo', 'Builds on'));
    await expect(lineage(page, 'Builds on').locator('.generation-label').first()).toHaveText('directly');
    await expect(lineage(page, 'Builds on').locator('h3')).toHaveText(`Builds on (${builds.flat().length})`);
    await expect(lineage(page, 'Led to')).toContainText('Nothing in the archive builds on it yet.');
    await expect(lineage(page, 'Led to').locator('.lineage-chip')).toHaveCount(0);

    await open(page, '/?paper=backpropagation');
    await expect(lineage(page, 'Builds on').locator('.lineage-chip')).toHaveCount(0);
    await expect(lineage(page, 'Builds on')).toContainText('this is one of its roots');
    expect(await generations(page, 'Led to')).toEqual(generationsOf('backpropagation', 'Led to'));

    await open(page, '/?paper=transformer');
    const ledTo = await generations(page, 'Led to');
    expect(ledTo[0]).toEqual(expect.arrayContaining(['gpt-1', 'bert']));
    expect(ledTo).toEqual(generationsOf('transformer', 'Led to'));
    expect(await generations(page, 'Builds on')).toEqual(generationsOf('transformer', 'Builds on'));
  });

  test('a lineage chip opens that paper; Back and Forward walk the papers visited', async ({ page }) => {
    await open(page, '/?paper=dpo');
    await lineage(page, 'Builds on').locator('.lineage-chip[data-target=instructgpt]').click();
    await expectQuery(page, '?paper=instructgpt');
    await expect(detail(page).locator('#detail-title')).toHaveText('InstructGPT');
    await expect(page).toHaveTitle('InstructGPT — Academic Paper Archive');
    await lineage(page, 'Builds on').locator('.lineage-chip[data-target=gpt-3]').click();
    await expectQuery(page, '?paper=gpt-3');
    await expect(detail(page).locator('#detail-title')).toHaveText('GPT-3');

    await page.reload();
    await expect(detail(page).locator('#detail-title')).toHaveText('GPT-3');
    await page.goBack();
    await expectQuery(page, '?paper=instructgpt');
    await expect(detail(page).locator('#detail-title')).toHaveText('InstructGPT');
    await page.goBack();
    await expect(detail(page).locator('#detail-title')).toHaveText('DPO');
    await expect(detail(page)).toHaveAttribute('open', '');
    await page.goForward();
    await expect(detail(page).locator('#detail-title')).toHaveText('InstructGPT');
    await page.keyboard.press('Escape');
    await expectQuery(page, '');
    await expect(detail(page)).not.toHaveAttribute('open');
  });

  test('after a lineage chip, focus stays in the dialog and the new paper is shown from its top', async ({ page }) => {
    await open(page, '/?paper=transformer');
    await lineage(page, 'Led to').locator('.lineage-chip[data-target=dpo]').click();
    await expect(detail(page).locator('#detail-title')).toHaveText('DPO');
    // The chip clicked is gone with the old paper; focus must not fall out of the modal.
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest('dialog.paper-detail')), {
        message: 'focus is inside the dialog',
      })
      .toBe(true);
    await expect(detail(page).locator('#detail-title')).toBeInViewport();
  });
});

// ---------------------------------------------------------------------------------------------
test.describe('tag chips on cards', () => {
  // A card's chip is a plain button that adds its tag to the filter (its name says so), not a
  // toggle: it carries no pressed state, and on a card the filter already shows, it adds nothing.
  test('a card’s tag adds it to the filter; its name says so and it claims no pressed state', async ({ page }) => {
    await open(page);
    const moe = page.locator('#paper-gshard button.tag-label[data-tag=moe]');
    await expect(moe).toHaveAccessibleName('Filter by MoE');
    await expect(moe).not.toHaveAttribute('aria-pressed');
    await moe.click();
    await expectQuery(page, '?tags=moe');
    await expect(count(page)).toHaveText(showing('tags=moe'));
    await expect(page.locator('.paper-card button.tag-label[aria-pressed]')).toHaveCount(0);
    await expect(tagButton(page, 'moe')).toHaveAttribute('aria-pressed', 'true');

    // A chip of a selected tag adds nothing (and no history entry).
    const before = await historyLength(page);
    await moe.click();
    await expectQuery(page, '?tags=moe');
    expect(await historyLength(page)).toBe(before);

    await page.locator('#paper-deepseek-v2 button.tag-label[data-tag=attention]').click();
    await expectQuery(page, '?tags=attention,moe');
    await expect(count(page)).toHaveText(showing('tags=attention,moe'));
    await page.reload();
    await expect(count(page)).toHaveText(showing('tags=attention,moe'));
    await expect(tagButton(page, 'attention')).toHaveAttribute('aria-pressed', 'true');

    await page.goBack();
    await expectQuery(page, '?tags=moe');
    await expect(count(page)).toHaveText(showing('tags=moe'));
    await expect(tagButton(page, 'attention')).toHaveAttribute('aria-pressed', 'false');
    await page.goBack();
    await expectQuery(page, '');
    await expect(count(page)).toHaveText(showing());
    await page.goForward();
    await expect(count(page)).toHaveText(showing('tags=moe'));
  });
});

// ---------------------------------------------------------------------------------------------
test.describe('document title', () => {
  // What title each kind of link gets is a native test (crates/core/tests/discovery.rs,
  // the_document_title_says_what_is_shown); the random walk checks the page's title against
  // the oracle at every step, reloads included. Here: when the title changes.
  test('while URL writes are slow, the title changes with the URL, so the old entry keeps its title', async ({ page }) => {
    // Browsers give a title to the current history entry; src/history_adapter.rs writes the URL of a
    // large page a frame after the view changes, and the title must wait for it.
    await slowUrlWrites(page);
    await open(page);
    await tagButton(page, 'rlhf').click();
    await expect(page).toHaveTitle(titleOf('tags=rlhf'));
    const seen = await page.evaluate(() => new Promise((resolve) => {
      document.querySelector('button.tag-toggle[data-tag=moe]').click();
      setTimeout(() => {
        const beforeFrame = { search: location.search, title: document.title };
        requestAnimationFrame(() => setTimeout(() => setTimeout(() => resolve({ beforeFrame, afterFrame: { search: location.search, title: document.title } }))));
      });
    }));
    expect(seen.beforeFrame).toEqual({ search: '?tags=rlhf', title: titleOf('tags=rlhf') });
    expect(seen.afterFrame.search).toBe('?tags=moe,rlhf');
    expect(seen.afterFrame.title).toBe(titleOf('tags=moe,rlhf'));
  });

  test('follows clicks, Back and Forward', async ({ page }) => {
    await open(page);
    await tagButton(page, 'moe').click();
    await expect(page).toHaveTitle(titleOf('tags=moe'));
    await page.locator('#paper-gshard .details-button').click();
    await expect(page).toHaveTitle('GShard — Academic Paper Archive');
    await page.goBack();
    await expect(page).toHaveTitle(titleOf('tags=moe'));
    await page.goBack();
    await expect(page).toHaveTitle('Research Papers — Academic Paper Archive');
    await page.goForward();
    await expect(page).toHaveTitle(titleOf('tags=moe'));
  });
});

// ---------------------------------------------------------------------------------------------
test.describe('theme toggle', () => {
  const theme = (page) => page.evaluate(() => document.documentElement.getAttribute(PAGE.themeAttr));
  const stored = (page) => page.evaluate(() => localStorage.getItem(PAGE.themeKey));
  const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  test('cycles system → light → dark → system, remembered across reloads, outside the URL', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, '/?tags=moe');
    const toggle = page.locator('.theme-toggle');
    await expect(toggle).toHaveText('Theme: system', { useInnerText: true });
    expect(await theme(page)).toBeNull();
    const light = await background(page);
    const entries = await historyLength(page);

    await toggle.click();
    await expect(toggle).toHaveText('Theme: light', { useInnerText: true });
    expect(await theme(page)).toBe('light');
    expect(await background(page)).toBe(light);

    await toggle.click();
    await expect(toggle).toHaveText('Theme: dark', { useInnerText: true });
    expect(await theme(page)).toBe('dark');
    expect(await background(page)).not.toBe(light);
    expect(await stored(page)).not.toBeNull();

    // The boot script applies the stored choice before the app exists: at DOMContentLoaded the
    // app cannot have mounted yet (its wasm is still being fetched), the prerendered page is there.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        window.themeAtDomReady = {
          theme: document.documentElement.getAttribute(PAGE.themeAttr),
          prerendered: !!document.getElementById(PAGE.prerenderedId),
        };
      });
    });
    await page.reload();
    expect(await page.evaluate(() => window.themeAtDomReady)).toEqual({ theme: 'dark', prerendered: true });
    await appLive(page);
    await expect(toggle).toHaveText('Theme: dark', { useInnerText: true });
    expect(await background(page)).not.toBe(light);

    await toggle.click();
    await expect(toggle).toHaveText('Theme: system', { useInnerText: true });
    expect(await theme(page)).toBeNull();
    expect(await stored(page)).toBeNull();
    expect(await background(page)).toBe(light);
    await page.reload();
    await expect(toggle).toHaveText('Theme: system', { useInnerText: true });
    expect(await theme(page)).toBeNull();

    // The theme is a preference, not view state.
    await expectQuery(page, '?tags=moe');
    expect(await historyLength(page)).toBe(entries);
  });
});

// ---------------------------------------------------------------------------------------------
test.describe('unknown values', () => {
  test('an unknown era, sort and paper are ignored, each with a notice', async ({ page }) => {
    await open(page, '/?era=bronze-age&sort=random&paper=gpt-9');
    const notices = page.getByTestId('notices');
    await expect(notices.locator('li')).toHaveText([
      'Ignored unknown era “bronze-age”.',
      'Ignored sort=“random”: use “era”, “oldest” or “newest”.',
      'Ignored unknown paper “gpt-9”.',
    ]);
    await expect(count(page)).toHaveText(showing());
    await expect(page.locator('section.era:not([hidden])')).toHaveCount(bundle.eras.length);
    await expect(detail(page)).not.toHaveAttribute('open');
    await expect(eraSelect(page)).toHaveValue('');
    await expect(sortSelect(page)).toHaveValue('era');
    await expect(page).toHaveTitle('Research Papers — Academic Paper Archive');

    await page.reload();
    await expect(notices.locator('li')).toHaveCount(3);

    // Dismiss tidies the URL in place.
    const entries = await historyLength(page);
    await notices.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notices).toHaveCount(0);
    await expectQuery(page, '');
    expect(await historyLength(page)).toBe(entries);
  });

  test('the known parts of a half-bad link still apply', async ({ page }) => {
    await open(page, '/?era=diffusion&sort=random&paper=gpt-9');
    await expect(count(page)).toHaveText(showing('era=diffusion'));
    await expect(page.getByTestId('notices').locator('li')).toHaveText([
      'Ignored sort=“random”: use “era”, “oldest” or “newest”.',
      'Ignored unknown paper “gpt-9”.',
    ]);
    await open(page, '/?sort=newest&era=bronze-age&paper=dpo');
    await expect(page.getByTestId('notices').locator('li')).toHaveText(['Ignored unknown era “bronze-age”.']);
    await expect(detail(page).locator('#detail-title')).toHaveText('DPO');
    await page.keyboard.press('Escape');
    await expect(page.locator('section.date-list')).toBeVisible();
  });
});

// ---------------------------------------------------------------------------------------------
test.describe('accessibility of the discovery views', () => {
  const views = [
    {
      // Marks in a card's title link, its name, its byline and its text, in a date sort's
      // single list. (The cards are the era layout's; every card is audited in a11y.spec.js.)
      name: 'date-sorted search view with marks',
      path: '/?q=attention+google&sort=newest',
      ready: async (page) => {
        await expect(count(page)).toHaveText(showing('q=attention+google&sort=newest'));
        await expect(page.locator('section.date-list')).toBeVisible();
        expect((await marked(page, 'section.date-list #paper-transformer .paper-title')).length).toBeGreaterThan(0);
        expect((await marked(page, 'section.date-list #paper-transformer .byline')).length).toBeGreaterThan(0);
      },
    },
    {
      name: 'open detail dialog',
      path: '/?paper=dpo',
      ready: async (page) => {
        await expect(detail(page)).toHaveAttribute('open', '');
        await expect(detail(page).locator('#detail-title')).toHaveText('DPO');
      },
    },
  ];

  for (const view of views) {
    // One load, audited in the light scheme and then the dark one: the colours follow
    // prefers-color-scheme live (light-dark() in style.css), so the same DOM is restyled.
    test(`axe: ${view.name}, light and dark schemes`, async ({ page }) => {
      // A full audit of every card takes several seconds on a busy 2-core machine; this is two.
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: 'light' });
      await open(page, view.path);
      await view.ready(page);
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        const dark = await page.evaluate(() => window.matchMedia('(prefers-color-scheme: dark)').matches);
        expect(dark, `${scheme} scheme emulated`).toBe(scheme === 'dark');
        await expect(page.locator('body')).toHaveCSS('background-color', scheme === 'dark' ? 'rgb(18, 20, 24)' : 'rgb(246, 245, 241)');
        const results = await audit(page);
        expect(results.violations.length, `axe violations, ${scheme} scheme:\n\n${describeViolations(results.violations)}`).toBe(0);
      }
    });
  }
});
