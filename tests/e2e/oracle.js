// An independent, pure JavaScript oracle for which papers a URL shows, computed straight from
// assets/papers.json (the bundle the release build compiles in). It knows nothing of the app's
// code: tags are comma-separated slugs, lower-cased, unknown ones dropped; match=all is an
// intersection, anything else a union; no tags shows every paper. Ids come in bundle order,
// which is also the page's order (eras in order, papers in order within each era).
const fs = require('node:fs');
const path = require('node:path');

const bundle = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'assets', 'papers.json'), 'utf8'));
const tagSlugs = bundle.tags.map((t) => t.id);
const known = new Set(tagSlugs);
const eraOrder = new Map(bundle.eras.map((e, i) => [e.id, i]));
// Bundle order; the page groups cards by era, and the bundle already lists them era by era.
const papers = bundle.papers
  .map((p, i) => ({ p, i }))
  .sort((a, b) => eraOrder.get(a.p.era) - eraOrder.get(b.p.era) || a.i - b.i)
  .map(({ p }) => p);

/** The selected known tag slugs and the match mode a query string asks for. */
function parseView(search) {
  const params = new URLSearchParams(search);
  const raw = params.get('tags') || '';
  const tags = new Set(
    raw
      .split(',')
      .map((t) => t.trim().toLowerCase())
      .filter((t) => known.has(t)),
  );
  const all = (params.get('match') || '').trim().toLowerCase() === 'all';
  return { tags, all };
}

/** The ids of the papers the query string `search` should show, in page order. */
function expectedIds(search) {
  const { tags, all } = parseView(search);
  if (tags.size === 0) return papers.map((p) => p.id);
  return papers
    .filter((p) => (all ? [...tags].every((t) => p.tags.includes(t)) : p.tags.some((t) => tags.has(t))))
    .map((p) => p.id);
}

/** The canonical query string (with `?`, or '' for the default view) the app writes for a view. */
function canonicalSearch(tags, all) {
  const parts = [];
  const ordered = tagSlugs.filter((t) => tags.has(t));
  if (ordered.length) parts.push(`tags=${ordered.join(',')}`);
  if (all) parts.push('match=all');
  return parts.length ? `?${parts.join('&')}` : '';
}

module.exports = { bundle, tagSlugs, papers, parseView, expectedIds, canonicalSearch, total: bundle.papers.length };
