// A seeded random walk through the archive, 300 steps, using every way the view changes: tag
// clicks, any/all, Clear filters, typing in the search box (real words and prefixes of the
// papers' text, accented or capitalised variants, and nonsense), Backspace, Esc in the box,
// opening a paper from a card or a graph node, following a lineage chip in its detail, closing
// it (Close or Esc), the era, sort and Show selects, the empty state's buttons, a card's tag
// chip, Back, Forward and reloads.
//
// The walk keeps its own model of the browser's history (one entry per change of view, the
// search and dialog rules of crates/core/src/intent.rs, Chromium's cap of 50 entries) and of the
// search box. After
// each step the page must agree with the model and with an independent oracle
// (tests/e2e/oracle.js, computed from assets/papers.json): the URL, exactly in canonical form;
// the count; the cards on screen and their order (or the graph's nodes); the pressed buttons;
// the selects; the search box; the detail dialog; the document title; and history.length.
// Rerun a different walk with WALK_SEED=<n>; a failure names the seed, the step and the last moves.
const { test, expect } = require('@playwright/test');
const { open, watchForTrouble, tagButton } = require('./helpers');
const { APP_LIVE, PAGE } = require('../../scripts/app-state.js');
const {
  bundle,
  total,
  tagSlugs,
  eraIds,
  byId,
  cleanSearch,
  parseView,
  canonicalSearch,
  withView,
  isFiltered,
  selectIds,
  lineageOf,
  documentTitle,
  showing,
} = require('./oracle');

// The default walk visits every sort with cards and graph, each with none, one and many papers
// shown (including newest-first lists with papers of the same date).
const SEED = Number(process.env.WALK_SEED || 42);
const STEPS = 300;
/** Chromium keeps at most this many history entries per tab, dropping the oldest past it. */
const MAX_HISTORY = 50;
/** Kinds of move every walk makes (late in the walk, those not made yet are favoured). */
const REQUIRED_MOVES = [
  ...['all', 'any', 'back', 'backspace', 'clear', 'close', 'emptyclear', 'era', 'esc-dialog', 'esc-search'],
  ...['forward', 'open', 'reload', 'show', 'showall', 'sort', 'tag', 'type'],
];
/** The mark the app puts in history.state on an entry that starting a search pushed (crates/browser-history/). */
const SEARCH_START = PAGE.searchStartState;
/** The mark on an entry that opening a paper pushed, with the number of papers opened in a row. */
const paperOpen = (depth) => `${PAGE.paperOpenState}:${depth}`;
/** How many papers deep in a dialog opened here an entry of kind `kind` is (0: none). */
const dialogDepth = (kind) => (kind.startsWith(`${PAGE.paperOpenState}:`) ? Number(kind.slice(PAGE.paperOpenState.length + 1)) : 0);

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Words to type: the papers' own searchable text, split at spaces, with punctuation at either end
// dropped (punctuation inside, as in "GPT-4" or "DALL·E", stays: it is a word break to fold).
const VOCABULARY = [
  ...new Set(
    bundle.papers
      .flatMap((p) => ['short_name', 'title', 'authors', 'organization', 'summary', 'why_it_matters'].map((f) => p[f] || ''))
      .flatMap((text) => text.split(/\s+/))
      .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
      .filter((w) => [...w].length >= 2),
  ),
];
const ACCENTED = { a: 'á', e: 'é', i: 'ï', o: 'ö', u: 'ü', c: 'ç', n: 'ñ' };

/** Everything the checks need, read in one go. */
function snapshot(page) {
  return page.evaluate(([live, searchInput]) => {
    const one = (selector) => document.querySelector(selector);
    const all = (selector) => [...document.querySelectorAll(selector)];
    const dialog = one('dialog.paper-detail');
    const countLine = one('[data-testid=result-count]');
    return {
      live: !!document.querySelector(live),
      // A document the walk has not checked yet: a reload, or Back/Forward that loaded the page.
      fresh: !window.__walkChecked,
      search: location.search,
      historyLength: history.length,
      historyState: history.state,
      title: document.title,
      countText: countLine ? countLine.textContent.replace(/\s+/g, ' ').trim() : null,
      eraCards: all('.era:not([hidden]) .paper-card:not([hidden])').map((c) => c.dataset.paper),
      dateCards: all('.date-list:not([hidden]) .paper-card:not([hidden])').map((c) => c.dataset.paper),
      graphs: all('[data-testid=graph]').length,
      graphNodes: all('.graph-node').map((n) => n.dataset.paper),
      pressed: all('button.tag-toggle[aria-pressed=true]').map((b) => b.dataset.tag),
      matchAny: one('button[data-match=any]')?.getAttribute('aria-pressed') ?? null,
      matchAll: one('button[data-match=all]')?.getAttribute('aria-pressed') ?? null,
      era: one('select.era-select')?.value ?? null,
      sort: one('select.sort-select')?.value ?? null,
      show: one('select.show-select')?.value ?? null,
      box: one(`#${searchInput}`)?.value ?? null,
      dialogs: all('dialog.paper-detail').length,
      dialogOpen: dialog ? dialog.open : null,
      dialogTitle: dialog && dialog.open ? (dialog.querySelector('#detail-title')?.textContent ?? null) : null,
      clear: all('.clear-filters:not([hidden])').length,
      empty: all('[data-testid=empty-state]').length,
      notices: all('[data-testid=notices]').length,
    };
  }, [APP_LIVE, PAGE.searchInputId]);
}

/** What a snapshot `s` of the page must show for `view`, whose papers are `ids`: everything but the history. */
function expectView(s, view, ids) {
  expect(s.live, 'the app is live').toBe(true);
  expect(s.countText, 'count line').toBe(`Showing ${ids.length} of ${total} papers`);
  if (view.view === 'cards') {
    expect(view.sort === 'era' ? s.eraCards : s.dateCards, 'visible cards, in order').toEqual(ids);
    expect(view.sort === 'era' ? s.dateCards : s.eraCards, 'no cards in the other layout').toEqual([]);
    expect(s.graphs, 'no graph').toBe(0);
  } else {
    expect([...s.eraCards, ...s.dateCards], 'no cards beside the graph').toEqual([]);
    // With nothing shown there is no graph, only the empty state.
    expect(s.graphs, 'the graph').toBe(ids.length ? 1 : 0);
    expect([...s.graphNodes].sort(), 'graph nodes').toEqual([...ids].sort());
  }
  expect(s.pressed, 'pressed tag buttons').toEqual(tagSlugs.filter((t) => view.tags.has(t)));
  expect([s.matchAny, s.matchAll], 'pressed match button').toEqual(view.all ? ['false', 'true'] : ['true', 'false']);
  expect([s.era, s.sort, s.show], 'era, sort and show selects').toEqual([view.era ?? '', view.sort, view.view]);
  expect(cleanSearch(s.box), 'search box says what the URL says').toBe(view.q);
  expect(s.dialogs, 'one detail dialog').toBe(1);
  expect(s.dialogOpen, 'detail dialog open').toBe(view.paper !== null);
  expect(s.dialogTitle, 'detail dialog’s paper').toBe(view.paper ? byId.get(view.paper).short_name : null);
  expect(s.title, 'document title').toBe(documentTitle(view));
  expect(s.clear, 'Clear filters only while filtering').toBe(isFiltered(view) ? 1 : 0);
  expect(s.empty, 'empty state only when nothing shows').toBe(ids.length === 0 ? 1 : 0);
  expect(s.notices, 'no notices: the walk only visits canonical URLs').toBe(0);
}

// ---- The walk's model ----------------------------------------------------------------------
// entries: the walk's history entries ({ search, kind }: kind 'ordinary', 'search-start' or
// 'paper-open:<depth>', the entry's history.state),
// at: where it stands, base: entries before the walk (about:blank), box: the search box's text.

function cloneModel(m) {
  return { entries: m.entries.map((e) => ({ ...e })), at: m.at, base: m.base, box: m.box };
}

/** A new entry after the current one; forward entries go, and past 50 the oldest goes. */
function push(m, search, kind) {
  m.entries.splice(m.at + 1);
  m.entries.push({ search, kind });
  m.at += 1;
  while (m.base + m.entries.length > MAX_HISTORY) {
    if (m.base > 0) m.base -= 1;
    else {
      m.entries.shift();
      m.at -= 1;
    }
  }
}

/** The box follows the URL unless it already says the same (the app leaves a typed trailing space). */
function syncBox(m) {
  const q = parseView(m.entries[m.at].search).q;
  if (cleanSearch(m.box) !== q) m.box = q;
}

/**
 * Applies a change of view to the model the way crates/core/src/intent.rs decides: an ordinary change
 * pushes an entry unless nothing changed; a search change (search = true) starts a search with a
 * marked entry, refines it in place, and emptying it goes Back on the marked entry or pushes
 * elsewhere. Returns the history operation, or null when the model cannot follow (Back with no
 * entry of the walk before it).
 */
function change(m, next, search, stats) {
  const current = m.entries[m.at];
  const view = parseView(current.search);
  const to = canonicalSearch(next);
  let op;
  if (to === current.search) op = 'none';
  else if (!search) op = 'push';
  else if (view.q === '' && next.q !== '') op = 'push-search-start';
  else if (view.q !== '' && next.q !== '') op = 'replace';
  else if (current.kind === SEARCH_START) op = 'back';
  else op = 'push-empty-search';

  if (op === 'push' || op === 'push-empty-search') push(m, to, 'ordinary');
  else if (op === 'push-search-start') push(m, to, SEARCH_START);
  else if (op === 'replace') current.search = to;
  else if (op === 'back') {
    if (m.at === 0) return null;
    m.at -= 1;
    // The entry before a search start is the view without the search: nothing else changes on
    // a search-start entry (any other change pushes a new one).
    if (m.entries[m.at].search !== to) {
      throw new Error(`model: Back from a search start lands on "${m.entries[m.at].search}", not "${to}"`);
    }
  }
  if (stats) stats[op] = (stats[op] || 0) + 1;
  syncBox(m);
  return op;
}

/**
 * Opens a paper or closes the dialog (`next` has paper set or not) the way crates/core/src/intent.rs
 * decides: opening over no paper pushes an entry marked 'paper-open:1', and a paper opened in a
 * dialog opened here one deeper ('paper-open:<depth + 1>'); elsewhere (a shared link's dialog)
 * a paper opened or closed is an ordinary entry. Closing on a 'paper-open:<depth>' entry goes
 * back that many entries, to the view before the dialog. Returns the operation, or null when
 * the model cannot follow (those entries were dropped past the cap).
 */
function dialog(m, next, stats) {
  const current = m.entries[m.at];
  const view = parseView(current.search);
  const to = canonicalSearch(next);
  const depth = dialogDepth(current.kind);
  let op;
  if (to === current.search) op = 'none';
  else if (next.paper && !view.paper) op = 'push-paper-open';
  else if (next.paper && depth > 0) op = 'push-paper-deeper';
  else if (!next.paper && depth > 0) op = 'back-close';
  else op = 'push';

  if (op === 'push') push(m, to, 'ordinary');
  else if (op === 'push-paper-open') push(m, to, paperOpen(1));
  else if (op === 'push-paper-deeper') push(m, to, paperOpen(depth + 1));
  else if (op === 'back-close') {
    if (m.at < depth) return null;
    m.at -= depth;
    // A dialog's entries differ from the one before them only in the paper.
    if (m.entries[m.at].search !== to) {
      throw new Error(`model: closing the dialog goes back to "${m.entries[m.at].search}", not "${to}"`);
    }
  }
  if (stats) stats[op] = (stats[op] || 0) + 1;
  syncBox(m);
  return op;
}

/**
 * The model after `move`, or null if the move cannot be made or modelled here. `stats` (when
 * given) counts the history operations.
 */
function simulate(model, move, stats) {
  const m = cloneModel(model);
  const view = parseView(m.entries[m.at].search);
  const ok = (op) => (op === null ? null : m);
  switch (move.kind) {
    case 'back':
      if (m.at === 0) return null;
      m.at -= 1;
      syncBox(m);
      return m;
    case 'forward':
      if (m.at === m.entries.length - 1) return null;
      m.at += 1;
      syncBox(m);
      return m;
    case 'reload':
      m.box = view.q;
      return m;
    case 'tag': {
      const tags = new Set(view.tags);
      if (!tags.delete(move.arg)) tags.add(move.arg);
      return ok(change(m, withView(view, { tags }), false, stats));
    }
    case 'addtag':
      return ok(change(m, withView(view, { tags: new Set([...view.tags, move.arg.tag]) }), false, stats));
    case 'any':
    case 'all':
      return ok(change(m, withView(view, { all: move.kind === 'all' }), false, stats));
    case 'clear':
    case 'showall':
      return ok(change(m, withView(view, { tags: new Set(), all: false, q: '', era: null, paper: null }), false, stats));
    case 'era':
      return ok(change(m, withView(view, { era: move.arg }), false, stats));
    case 'sort':
      return ok(change(m, withView(view, { sort: move.arg }), false, stats));
    case 'show':
      return ok(change(m, withView(view, { view: move.arg }), false, stats));
    case 'open':
    case 'chip':
      return ok(dialog(m, withView(view, { paper: move.arg }), stats));
    case 'close':
    case 'esc-dialog':
      return ok(dialog(m, withView(view, { paper: null }), stats));
    case 'type':
      // One input event per character, each a search intent with the box's whole text.
      for (const c of move.arg) {
        m.box += c;
        const now = parseView(m.entries[m.at].search);
        if (change(m, withView(now, { q: cleanSearch(m.box) }), true, stats) === null) return null;
      }
      return m;
    case 'backspace':
      for (let i = 0; i < move.arg && m.box !== ''; i += 1) {
        m.box = [...m.box].slice(0, -1).join('');
        const now = parseView(m.entries[m.at].search);
        if (change(m, withView(now, { q: cleanSearch(m.box) }), true, stats) === null) return null;
      }
      return m;
    case 'esc-search':
    case 'emptyclear': {
      // With a search, Esc (or "Clear the search") clears it; with none, Esc only empties the box.
      const op = view.q !== '' ? change(m, withView(view, { q: '' }), true, stats) : 'none';
      m.box = '';
      return ok(op);
    }
    default:
      throw new Error(`unknown move ${move.kind}`);
  }
}

// ---- Choosing moves ------------------------------------------------------------------------

/** pick(items): one of `items`, uniformly, by `rand`. */
function picker(rand) {
  return (items) => items[Math.floor(rand() * items.length)];
}

/** A word, or the start of one, to type: mostly from the papers, sometimes disguised or nonsense. */
function newWord(rand) {
  const pick = picker(rand);
  const roll = rand();
  if (roll < 0.15) {
    const letters = 'qxzjvkw';
    return Array.from({ length: 3 + Math.floor(rand() * 3) }, () => pick([...letters])).join('');
  }
  const chars = [...pick(VOCABULARY)];
  let word = chars.slice(0, 2 + Math.floor(rand() * (chars.length - 1))).join('');
  if (roll < 0.3) word = word.replace(/[aeioucn]/, (c) => ACCENTED[c]);
  else if (roll < 0.4) word = word.toUpperCase();
  return word;
}

/** What to type next: a new word, or more of the last one (toward a real word, or astray). */
function typingText(box, rand) {
  const pick = picker(rand);
  if (box === '' || box.endsWith(' ')) return newWord(rand);
  if (rand() < 0.45) {
    const last = box.split(' ').pop().toLowerCase();
    const longer = VOCABULARY.filter((w) => w.length > last.length && w.toLowerCase().startsWith(last));
    if (longer.length > 0 && rand() < 0.8) {
      const w = pick(longer);
      return w.slice(last.length, last.length + 1 + Math.floor(rand() * 3));
    }
    return pick([...'abcdefghijklmnopqrstuvwxyz']);
  }
  return ` ${newWord(rand)}`;
}

/**
 * A random move that makes sense on the current view. Options that lead to a kind of move in
 * `wanted` (not made yet, late in the walk) weigh ten times as much, so every walk makes them all.
 */
function chooseMove(model, rand, wanted = new Set()) {
  const pick = picker(rand);
  const view = parseView(model.entries[model.at].search);
  const shown = selectIds(view);
  const canBack = model.at > 0;
  const canForward = model.at < model.entries.length - 1;
  // [weight, kinds it leads to, build]; build returns a move, or null when it does not apply here.
  let options;
  if (view.paper) {
    // The modal dialog is open: the page behind it is inert.
    const lineage = lineageOf(view.paper);
    options = [
      [30, ['close'], () => ({ kind: 'close' })],
      [25, ['esc-dialog'], () => ({ kind: 'esc-dialog' })],
      [20, ['chip'], () => (lineage.length ? { kind: 'chip', arg: pick(lineage) } : null)],
      [12, ['back'], () => (canBack ? { kind: 'back' } : null)],
      [8, ['forward'], () => (canForward ? { kind: 'forward' } : null)],
      [5, ['reload'], () => ({ kind: 'reload' })],
    ];
  } else {
    const selected = tagSlugs.filter((t) => view.tags.has(t));
    const empty = shown.length === 0;
    options = [
      [9, ['back'], () => (canBack ? { kind: 'back' } : null)],
      [12, ['forward'], () => (canForward ? { kind: 'forward' } : null)],
      [3, ['reload'], () => ({ kind: 'reload' })],
      [16, ['type', 'emptyclear', 'showall'], () => ([...model.box].length < 40 ? { kind: 'type', arg: typingText(model.box, rand) } : null)],
      [8, ['backspace'], () => {
        if (model.box === '') return null;
        const length = [...model.box].length;
        return { kind: 'backspace', arg: rand() < 0.3 ? length : Math.min(length, 1 + Math.floor(rand() * 3)) };
      }],
      [5, ['esc-search'], () => ({ kind: 'esc-search' })],
      [14, ['tag'], () => {
        // Drop a selected tag more often the more there are, so the walk visits small selections.
        const drop = selected.length > 0 && rand() < Math.min(0.75, selected.length / 4);
        return { kind: 'tag', arg: drop ? pick(selected) : pick(tagSlugs.filter((t) => !view.tags.has(t))) };
      }],
      [2, ['any'], () => ({ kind: 'any' })],
      [2, ['all'], () => ({ kind: 'all' })],
      [4, ['clear'], () => (isFiltered(view) ? { kind: 'clear' } : null)],
      [7, ['open', 'close', 'esc-dialog', 'chip'], () => (shown.length ? { kind: 'open', arg: pick(shown) } : null)],
      [5, ['era'], () => ({ kind: 'era', arg: rand() < 0.35 ? null : pick(eraIds) })],
      // The graph lays papers out by date itself: it offers no sort.
      [5, ['sort'], () => (view.view === 'cards' ? { kind: 'sort', arg: pick(['era', 'oldest', 'newest']) } : null)],
      [4, ['show'], () => ({ kind: 'show', arg: rand() < 0.6 ? 'cards' : 'graph' })],
      [2, ['addtag'], () => {
        if (view.view !== 'cards' || !shown.length) return null;
        const paper = pick(shown);
        const tags = byId.get(paper).tags;
        return tags.length ? { kind: 'addtag', arg: { paper, tag: pick(tags) } } : null;
      }],
      // The empty state's buttons, while it shows.
      [empty ? 12 : 0, ['emptyclear'], () => (view.q !== '' ? { kind: 'emptyclear' } : null)],
      [empty ? 6 : 0, ['showall'], () => ({ kind: 'showall' })],
    ];
  }
  const weighed = options.map(([w, kinds, build]) => [kinds.some((k) => wanted.has(k)) ? w * 10 : w, build]);
  const sum = weighed.reduce((s, [w]) => s + w, 0);
  for (let tries = 0; tries < 50; tries += 1) {
    let roll = rand() * sum;
    const [, build] = weighed.find(([w]) => (roll -= w) < 0) || weighed[weighed.length - 1];
    const move = build();
    if (move && simulate(model, move) !== null) return move;
  }
  return { kind: 'reload' };
}

function label(move) {
  if (move.arg === undefined) return move.kind;
  if (move.kind === 'addtag') return `addtag ${move.arg.tag}@${move.arg.paper}`;
  if (move.kind === 'era') return `era ${move.arg ?? 'all'}`;
  return `${move.kind} ${JSON.stringify(move.arg)}`;
}

/** How many of the walk's views are opened again as shared links: see the end of the walk. */
const SHARED_SAMPLE = 20;

/** A view's shape: which parameters it has, and one tag or several. */
function shapeOf(search) {
  const view = parseView(search);
  const tags = view.tags.size === 0 ? '' : view.tags.size === 1 ? 'tag' : 'tags';
  const empty = selectIds(view).length === 0 && 'empty';
  return [tags, view.all && 'all', view.q && 'q', view.era && 'era', view.sort, view.view, view.paper && 'paper', empty].join('|');
}

/**
 * One view of each shape in `seen` (in the order visited), then others in an order `rand`
 * shuffles, up to SHARED_SAMPLE views.
 */
function sampleViews(seen, rand) {
  const chosen = [];
  const shapes = new Set();
  for (const search of seen) {
    if (shapes.has(shapeOf(search))) continue;
    shapes.add(shapeOf(search));
    chosen.push(search);
  }
  const rest = seen.filter((s) => !chosen.includes(s));
  for (let i = rest.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  return [...chosen, ...rest].slice(0, Math.max(SHARED_SAMPLE, shapes.size));
}

// ---- The walk ------------------------------------------------------------------------------

test('a 300-step random walk keeps URL, view, history and oracle in agreement', async ({ page }) => {
  test.setTimeout(420_000);
  const rand = mulberry32(SEED);
  const trouble = watchForTrouble(page);
  const started = Date.now();

  await open(page, '/');
  // Entries before the walk (Playwright's about:blank); the model drops them first past 50.
  let model = {
    entries: [{ search: '', kind: 'ordinary' }],
    at: 0,
    base: (await page.evaluate(() => history.length)) - 1,
    box: '',
  };
  const moves = [];
  const kinds = new Set();
  const seen = new Set();
  const stats = {};
  let freshLoads = 0;
  // Marks the document the walk has checked, so that a page load (reload, or Back and Forward
  // across documents) shows as a fresh document, whose search box the URL fills.
  const markChecked = () =>
    page.evaluate(() => {
      window.__walkChecked = true;
    });
  await markChecked();
  // A move that cannot happen fails within seconds, not at the end of the test's time.
  page.setDefaultTimeout(10_000);

  const searchBox = page.locator(`#${PAGE.searchInputId}`);
  /** The search box, focused with the caret at the end, as a reader clicking into it would have it. */
  const focusBox = async () => {
    await searchBox.click();
    await page.keyboard.press('End');
  };

  /** Does what `move` says, the way a reader does it. */
  const perform = async (move, view) => {
    switch (move.kind) {
      case 'back':
        await page.goBack();
        break;
      case 'forward':
        await page.goForward();
        break;
      case 'reload':
        await page.reload();
        await expect(page.locator(APP_LIVE)).toHaveCount(1);
        break;
      case 'tag':
        await tagButton(page, move.arg).click();
        break;
      case 'addtag':
        await page.locator(`#paper-${move.arg.paper} .tag-label[data-tag="${move.arg.tag}"]`).click();
        break;
      case 'any':
      case 'all':
        await page.locator(`button[data-match=${move.kind}]`).click();
        break;
      case 'clear':
        await page.locator('.clear-filters').click();
        break;
      case 'showall':
        await page.getByTestId('empty-state').getByRole('button', { name: 'Show all papers' }).click();
        break;
      case 'emptyclear':
        await page.getByTestId('empty-state').getByRole('button', { name: 'Clear the search' }).click();
        break;
      case 'era':
        await page.locator('select.era-select').selectOption(move.arg ?? '');
        break;
      case 'sort':
        await page.locator('select.sort-select').selectOption(move.arg);
        break;
      case 'show':
        await page.locator('select.show-select').selectOption(move.arg);
        break;
      case 'open':
        if (view.view === 'graph') await page.locator(`.graph-node[data-paper="${move.arg}"]`).click();
        else await page.locator(`#paper-${move.arg} .details-button`).click();
        break;
      case 'chip':
        await page.locator(`dialog.paper-detail .lineage-chip[data-target="${move.arg}"]`).first().click();
        break;
      case 'close':
        await page.locator('dialog.paper-detail .detail-close').click();
        break;
      case 'esc-dialog':
        await page.keyboard.press('Escape');
        break;
      case 'type':
        await focusBox();
        await page.keyboard.type(move.arg);
        break;
      case 'backspace':
        await focusBox();
        for (let i = 0; i < move.arg; i += 1) await page.keyboard.press('Backspace');
        break;
      case 'esc-search':
        await focusBox();
        await page.keyboard.press('Escape');
        break;
      default:
        throw new Error(`unknown move ${move.kind}`);
    }
  };

  for (let step = 1; step <= STEPS; step += 1) {
    const before = parseView(model.entries[model.at].search);
    const wanted = new Set(step > STEPS * 0.7 ? REQUIRED_MOVES.filter((k) => !kinds.has(k)) : []);
    const move = chooseMove(model, rand, wanted);
    moves.push(label(move));
    kinds.add(move.kind);
    const expected = simulate(model, move, stats);
    const entry = expected.entries[expected.at];

    try {
      await perform(move, before);
      model = expected;

      // Wait for the app to settle on what the model expects, then check everything against it.
      const want = entry.search;
      seen.add(want);
      const view = parseView(want);
      const ids = selectIds(view);
      let fresh = false;
      await expect(async () => {
        const s = await snapshot(page);
        expect(s.search, 'URL').toBe(want);
        expect(s.historyLength, 'browser history holds exactly the walk’s entries').toBe(model.base + model.entries.length);
        expect(s.historyState, 'the entry is marked with its kind').toBe(entry.kind === 'ordinary' ? null : entry.kind);
        expectView(s, view, ids);
        // A fresh page fills the box from the URL; otherwise it keeps what was typed (say, a
        // trailing space the URL trims) as long as it says the same.
        expect(s.box, 'search box').toBe(s.fresh ? view.q : model.box);
        fresh = s.fresh;
      }).toPass({ timeout: 10_000, intervals: [0, 10, 25, 50, 100, 250] });
      if (fresh) {
        freshLoads += 1;
        model.box = view.q;
      }
      await markChecked();
      expect(trouble, 'no console errors, uncaught exceptions or dialogs').toEqual([]);
    } catch (err) {
      err.message =
        `random walk (WALK_SEED=${SEED}) failed at step ${step}/${STEPS}, move "${label(move)}", ` +
        `expected URL "/${entry.search}" (walk index ${expected.at} of ${expected.entries.length}, ` +
        `${entry.kind} entry), search box ${JSON.stringify(expected.box)}\n` +
        `last moves: ${moves.slice(-12).join(' → ')}\n\n${err.message}`;
      throw err;
    }
  }

  console.log(
    `random walk (WALK_SEED=${SEED}): ${seen.size} distinct URLs, history operations ${JSON.stringify(stats)}, ` +
      `${freshLoads} page loads, moves ${JSON.stringify(Object.fromEntries([...kinds].sort().map((k) => [k, moves.filter((m) => m.split(' ')[0] === k).length])))}`,
  );
  // The walk really walked: it used every kind of move, exercised each search and dialog history rule,
  // and saw many views.
  expect(REQUIRED_MOVES.filter((k) => !kinds.has(k)), 'kinds of move never made').toEqual([]);
  for (const op of ['push', 'push-search-start', 'replace', 'back', 'push-empty-search', 'none', 'push-paper-open', 'back-close']) {
    expect(stats[op] || 0, `history operation "${op}" happened`).toBeGreaterThan(0);
  }
  expect(seen.size, 'distinct URLs visited').toBeGreaterThan(100);

  // The views the walk visited, opened as shared links: each shows what the walk showed there,
  // by the same checks. Each costs a page load, so not all of the walk's 100-odd views are
  // opened: one of every shape the walk reached (see shapeOf), then more picked by the seed.
  const walked = Date.now();
  const sample = sampleViews([...seen], rand);
  const shared = await page.context().newPage();
  const sharedTrouble = watchForTrouble(shared);
  try {
    for (const search of sample) {
      await open(shared, `/${search}`);
      const view = parseView(search);
      await expect(async () => expectView(await snapshot(shared), view, selectIds(view))).toPass({ timeout: 10_000 });
    }
  } finally {
    await shared.close();
  }
  expect(sharedTrouble, 'no console errors on the shared links').toEqual([]);
  console.log(
    `random walk's views opened as shared links: ${sample.length} of ${seen.size}; ` +
      `the walk took ${((walked - started) / 1000).toFixed(1)} s, these ${((Date.now() - walked) / 1000).toFixed(1)} s`,
  );
});

// The two ways an earlier walk first went wrong, pinned down step by step. Both came from
// deciding whether to push a history entry by comparing with a list of visited URLs, which
// Forward and reloads left stale; today the core's transition decides from the state alone.
test.describe('history after Back, Forward and reload', () => {
  let trouble;
  test.beforeEach(async ({ page }) => {
    trouble = watchForTrouble(page);
  });
  test.afterEach(async () => {
    expect(trouble, 'no console errors, uncaught exceptions or dialogs').toEqual([]);
  });

  test('after Back and Forward, a click that leads to the previous view still updates the URL', async ({ page }) => {
    await open(page, '/');
    await tagButton(page, 'moe').click();
    await expect(page).toHaveURL(/\?tags=moe$/);
    await tagButton(page, 'rlhf').click();
    await expect(page).toHaveURL(/\?tags=moe,rlhf$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?tags=moe$/);
    await page.goForward();
    await expect(page).toHaveURL(/\?tags=moe,rlhf$/);
    await expect(page.getByTestId('result-count')).toHaveText(showing('?tags=moe,rlhf'));

    await tagButton(page, 'rlhf').click();
    await expect(page.getByTestId('result-count')).toHaveText(showing('?tags=moe'));
    await expect(tagButton(page, 'rlhf')).toHaveAttribute('aria-pressed', 'false');
    // The address bar must say what the page shows, or a shared or reloaded link shows another view.
    await expect(page).toHaveURL(/\?tags=moe$/);
    await page.reload();
    await expect(page.locator(APP_LIVE)).toHaveCount(1);
    await expect(page.getByTestId('result-count')).toHaveText(showing('?tags=moe'));
  });

  test('after a reload and Back, clicking the pressed match button changes no history', async ({ page }) => {
    await open(page, '/');
    await tagButton(page, 'moe').click();
    await expect(page).toHaveURL(/\?tags=moe$/);
    await page.reload();
    await expect(page.locator(APP_LIVE)).toHaveCount(1);
    await page.goBack();
    await expect(page.getByTestId('result-count')).toHaveText(showing());
    await expect(page.locator(APP_LIVE)).toHaveCount(1);
    const before = await page.evaluate(() => history.length);

    await page.locator('button[data-match=any]').click();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => history.length), 'a click that changes nothing adds no history entry').toBe(before);
    // Forward still leads to the filtered view (a pushed duplicate would have dropped it).
    await page.goForward();
    await expect(page).toHaveURL(/\?tags=moe$/);
    await expect(page.getByTestId('result-count')).toHaveText(showing('?tags=moe'));
  });
});
