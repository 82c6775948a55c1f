// An independent, pure JavaScript oracle for what a URL shows, computed straight from the
// bundle: assets/papers.json (the one the release build compiles in), or another a test names
// (oracleFor). Tests take every figure they expect from it (how many papers a view shows, of how
// many), never a literal. It shares no code with the app; it re-implements, from their
// documented rules, the query-string codec, the search, the filters, the sorts and the texts
// that report them:
// - tags: comma-separated slugs (or display names), case-insensitive, unknown ones dropped;
//   match=all is an intersection, anything else a union; no tags filters nothing.
// - q: the search text, whitespace collapsed and trimmed, at most 200 characters, none without
//   a letter or digit. A paper matches when every query word is the start of some word of its
//   short name, title, authors, organization, summary, why-it-matters, tag names or date (YYYY
//   or YYYY-MM), words being folded: lower case, Latin accents stripped, and every character
//   that is neither a letter nor a digit a word break.
// - era: an era id, case-insensitive; sort: era (default), oldest or newest; view: cards
//   (default) or graph; paper: the id of the paper whose detail is open.
// - Single-valued parameters keep their first non-empty value; unknown ones are ignored.
// - The canonical query string lists tags, match, q, era, sort, view, paper in that order, with
//   defaults left out, tags in tag-bar order and q form-urlencoded (`+` for a space).
// - Order: by era, the page's era sections in turn, each in bundle order; oldest and newest
//   first, one list by date, ties in bundle order. A bare year comes after that year's months,
//   except just before the earliest paper of its year that builds on it.
const fs = require('node:fs');
const path = require('node:path');

/**
 * The oracle of the archive `bundle` (a parsed papers.json): what each URL of an archive built
 * from it shows. The shipped archive's is this module's own exports; a test of an archive built
 * from another bundle (the published example) makes its own.
 */
function oracleFor(bundle) {
  const total = bundle.papers.length;
  const tagSlugs = bundle.tags.map((t) => t.id);
  const known = new Set(tagSlugs);
  const eraIds = bundle.eras.map((e) => e.id);
  const eraOrder = new Map(eraIds.map((id, i) => [id, i]));
  const byId = new Map(bundle.papers.map((p) => [p.id, p]));
  /** Bundle position of each paper, the tie-break of every order. */
  const position = new Map(bundle.papers.map((p, i) => [p.id, i]));
  // Page order in the default sort: era by era, bundle order within an era.
  const papers = [...bundle.papers].sort(
    (a, b) => eraOrder.get(a.era) - eraOrder.get(b.era) || position.get(a.id) - position.get(b.id),
  );
  const SORTS = ['era', 'oldest', 'newest'];
  const VIEWS = ['cards', 'graph'];
  const SEARCH_LIMIT = 200;

  // ---- Folding and search --------------------------------------------------------------------

  // Latin letters with no canonical decomposition that still fold to a base letter.
  const NO_DECOMPOSITION = { ø: 'o', ł: 'l', đ: 'd', ħ: 'h', ı: 'i', ŧ: 't', ŀ: 'l' };

  /** One character folded: its lower-case base letter, or null for a word break. */
  function foldChar(c) {
    if (!/[\p{Alphabetic}\p{N}]/u.test(c)) return null;
    const lower = [...c.toLowerCase()][0];
    const cp = lower.codePointAt(0);
    // Accents are stripped in Latin-1 and Latin Extended-A only (U+00C0–U+017F).
    if (cp >= 0xc0 && cp <= 0x17f) {
      if (NO_DECOMPOSITION[lower]) return NO_DECOMPOSITION[lower];
      const base = lower.normalize('NFD')[0];
      if (/[a-z]/.test(base)) return base;
    }
    return lower;
  }

  /** The folded words of `text`. */
  function words(text) {
    const out = [];
    let current = '';
    for (const c of text || '') {
      const f = foldChar(c);
      if (f === null) {
        if (current) out.push(current);
        current = '';
      } else current += f;
    }
    if (current) out.push(current);
    return out;
  }

  const SEARCHABLE = ['short_name', 'title', 'authors', 'organization', 'summary', 'why_it_matters'];
  const tagNames = new Map(bundle.tags.map((t) => [t.id, t.name]));
  const paperWords = new Map(
    bundle.papers.map((p) => [
      p.id,
      [...SEARCHABLE.map((f) => p[f] || ''), ...p.tags.map((t) => tagNames.get(t)), p.date].flatMap((text) => words(text)),
    ]),
  );

  /** Whether paper `id` matches the search `text` (an empty search matches every paper). */
  function searchMatches(id, text) {
    const own = paperWords.get(id);
    return words(text).every((w) => own.some((o) => o.startsWith(w)));
  }

  /** Search text as a view keeps it: control characters and runs of whitespace become one space,
   * trimmed, at most 200 characters; nothing if no letter or digit is left to search for. */
  function cleanSearch(text) {
    const joined = (text || '')
      .split(/[\s\p{Cc}]+/u)
      .filter(Boolean)
      .join(' ');
    const kept = [...joined].slice(0, SEARCH_LIMIT).join('').trimEnd();
    return words(kept).length ? kept : '';
  }

  // ---- The view and its URL ------------------------------------------------------------------

  /** The default view. */
  function defaultView() {
    return { tags: new Set(), all: false, q: '', era: null, sort: 'era', view: 'cards', paper: null };
  }

  function findTag(word) {
    const slug = word.toLowerCase().replace(/[ _]/g, '-');
    if (known.has(slug)) return slug;
    const named = bundle.tags.find((t) => t.name.toLowerCase() === word.toLowerCase());
    return named ? named.id : null;
  }

  /** The view a query string (with or without `?`) asks for; whatever it cannot use is dropped. */
  function parseView(search) {
    const view = defaultView();
    const seen = new Set();
    for (const [key, raw] of new URLSearchParams(search)) {
      const value = raw.trim();
      if (key === 'tags') {
        for (const word of value.split(',').map((w) => w.trim()).filter(Boolean)) {
          const tag = findTag(word);
          if (tag) view.tags.add(tag);
        }
        continue;
      }
      if (!['match', 'q', 'era', 'sort', 'view', 'paper'].includes(key) || value === '' || seen.has(key)) continue;
      seen.add(key);
      const lower = value.toLowerCase();
      if (key === 'match') {
        if (lower === 'all') view.all = true;
        else if (lower === 'any') view.all = false;
      } else if (key === 'q') view.q = cleanSearch(value);
      else if (key === 'era') view.era = eraIds.find((id) => id.toLowerCase() === lower) ?? null;
      else if (key === 'sort') view.sort = SORTS.includes(lower) ? lower : 'era';
      else if (key === 'view') view.view = VIEWS.includes(lower) ? lower : 'cards';
      else if (key === 'paper') view.paper = byId.has(lower) ? lower : null;
    }
    return view;
  }

  /** application/x-www-form-urlencoded, byte by byte: alphanumerics and `*-._` stay, a space is
   * `+`, every other byte is `%XX`. */
  function formEncode(text) {
    let out = '';
    for (const byte of new TextEncoder().encode(text)) {
      const c = String.fromCharCode(byte);
      if (/[A-Za-z0-9*\-._]/.test(c)) out += c;
      else if (c === ' ') out += '+';
      else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
  }

  /** The canonical query string (with `?`, or '' for the default view) the app writes for a view. */
  function canonicalSearch(view) {
    const parts = [];
    const ordered = tagSlugs.filter((t) => view.tags.has(t));
    if (ordered.length) parts.push(`tags=${ordered.join(',')}`);
    if (view.all) parts.push('match=all');
    if (view.q) parts.push(`q=${formEncode(view.q)}`);
    if (view.era) parts.push(`era=${view.era}`);
    if (view.sort !== 'era') parts.push(`sort=${view.sort}`);
    if (view.view !== 'cards') parts.push(`view=${view.view}`);
    if (view.paper) parts.push(`paper=${view.paper}`);
    return parts.length ? `?${parts.join('&')}` : '';
  }

  /** A copy of `view` with some fields changed. */
  function withView(view, changes) {
    return { ...view, tags: new Set(view.tags), ...changes };
  }

  /** True when tags, the search or the era narrow the view. */
  function isFiltered(view) {
    return view.tags.size > 0 || view.q !== '' || view.era !== null;
  }

  // ---- Selection -----------------------------------------------------------------------------

  /** Each paper's date as one comparable number: year, then month (13 for a bare year), then a
   * step back for each same-year paper that builds on a bare year's paper, which goes just before
   * the earliest of them. */
  const dateKeys = new Map();
  function dateKeyOf(id) {
    if (dateKeys.has(id)) return dateKeys.get(id);
    const [year, month] = byId.get(id).date.split('-');
    let key = Number(year) * 10000 + (month ? Number(month) : 13) * 100 + 50;
    if (!month) {
      for (const later of bundle.papers.filter((p) => p.builds_on.includes(id))) {
        key = Math.min(key, dateKeyOf(later.id) - 1);
      }
    }
    dateKeys.set(id, key);
    return key;
  }

  /** The ids of the papers a view shows, in the view's order (the presentation aside). */
  function selectIds(view) {
    const tags = [...view.tags];
    const shown = bundle.papers.filter((p) => {
      const tagsPass = tags.length === 0 || (view.all ? tags.every((t) => p.tags.includes(t)) : p.tags.some((t) => view.tags.has(t)));
      return tagsPass && (view.era === null || p.era === view.era) && searchMatches(p.id, view.q);
    });
    const key = (p) => dateKeyOf(p.id);
    const tie = (a, b) => position.get(a.id) - position.get(b.id);
    if (view.sort === 'oldest') shown.sort((a, b) => key(a) - key(b) || tie(a, b));
    else if (view.sort === 'newest') shown.sort((a, b) => key(b) - key(a) || tie(a, b));
    else shown.sort((a, b) => eraOrder.get(a.era) - eraOrder.get(b.era) || tie(a, b));
    return shown.map((p) => p.id);
  }

  /** The ids of the papers the query string `search` shows, in page order. */
  function expectedIds(search) {
    return selectIds(parseView(search));
  }

  // ---- Lineage and titles --------------------------------------------------------------------

  const ledTo = new Map(bundle.papers.map((p) => [p.id, []]));
  for (const p of bundle.papers) for (const earlier of p.builds_on) ledTo.get(earlier).push(p.id);

  function reachable(id, next) {
    const seen = new Set([id]);
    const queue = [id];
    while (queue.length) for (const n of next(queue.shift())) if (!seen.has(n)) seen.add(n), queue.push(n);
    seen.delete(id);
    return [...seen];
  }

  /** Every paper the detail of `id` links to: all it builds on, all that builds on it. */
  function lineageOf(id) {
    return [...new Set([...reachable(id, (p) => byId.get(p).builds_on), ...reachable(id, (p) => ledTo.get(p))])];
  }

  /**
   * A detail's lineage section, generation by generation: breadth-first over the builds_on
   * edges ('Builds on') or their reverse ('Led to'), so generation k holds the papers whose
   * shortest path from `id` has k + 1 steps; each generation sorted.
   */
  function generationsOf(id, direction) {
    const next = (p) => (direction === 'Builds on' ? byId.get(p).builds_on : ledTo.get(p));
    const seen = new Set([id]);
    const result = [];
    let frontier = [id];
    for (;;) {
      const layer = [...new Set(frontier.flatMap(next))].filter((p) => !seen.has(p));
      if (layer.length === 0) return result;
      layer.forEach((p) => seen.add(p));
      result.push([...layer].sort());
      frontier = layer;
    }
  }

  /** The document title of a view. */
  function documentTitle(view) {
    const SITE = 'Academic Paper Archive';
    if (view.paper) return `${byId.get(view.paper).short_name} — ${SITE}`;
    if (!isFiltered(view)) return `${bundle.title ?? 'Research Papers'} — ${SITE}`;
    const parts = [];
    const names = tagSlugs.filter((t) => view.tags.has(t)).map((t) => bundle.tags.find((x) => x.id === t).name);
    if (names.length) parts.push(names.join(view.all ? ' + ' : ', '));
    if (view.q) parts.push(`“${view.q}”`);
    if (view.era) parts.push(bundle.eras.find((e) => e.id === view.era).name);
    const shown = selectIds(view).length;
    return `${parts.join(' · ')} · ${shown} ${shown === 1 ? 'paper' : 'papers'} — ${SITE}`;
  }

  /** The count line of the view the query string `search` asks for: "Showing N of M papers". */
  function showing(search = '') {
    return `Showing ${expectedIds(search).length} of ${total} papers`;
  }

  /** The document title of the view the query string `search` asks for. */
  function titleOf(search = '') {
    return documentTitle(parseView(search));
  }

  /** Any count line of this archive, whatever the view shows. */
  const showingAny = new RegExp(`^Showing \\d+ of ${total} papers$`);

  return {
    bundle,
    total,
    tagSlugs,
    eraIds,
    papers,
    byId,
    words,
    cleanSearch,
    defaultView,
    parseView,
    canonicalSearch,
    withView,
    isFiltered,
    selectIds,
    expectedIds,
    lineageOf,
    generationsOf,
    documentTitle,
    titleOf,
    showing,
    showingAny,
  };
}

/** The bundle the release build compiles in. */
const shipped = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'assets', 'papers.json'), 'utf8'));

module.exports = { ...oracleFor(shipped), oracleFor };
