// A canonical text form of the page's <main>, for comparing two renders of the same view: the
// first view (first-view/, applied to the prerendered page) and the live app.
//
// Comments (Leptos's hydration markers) are dropped, adjacent text merges, attributes are
// sorted, and form controls contribute their current value rather than their attribute.
// Elements only the live app has (the tag tip and the detail dialog, which need the page on
// screen, and the notices, which come with the app) and bookkeeping attributes (boot.js's
// data-early) are left out.
//
// Search matches read the same whoever marked them: the app wraps them in <mark>, the first view
// names their ranges in CSS.highlights (under the page contract's name); both come out as
// [[match]] in the text.

/** Runs in the page: the canonical form of `#main`. */
function canonicalMain() {
  const skip = (el) => el.matches('.tag-tip, dialog, [data-testid=notices]');
  const ignoredAttributes = new Set(['data-early', 'value', 'selected']);
  // The first view's marks: per text node, its highlighted [start, end) offsets.
  const painted = new Map();
  for (const range of CSS.highlights?.get(PAGE.searchHighlight) ?? []) {
    const spans = painted.get(range.startContainer) ?? [];
    spans.push([range.startOffset, range.endOffset]);
    painted.set(range.startContainer, spans);
  }
  const text = (node) => {
    let out = '';
    let at = 0;
    for (const [start, end] of (painted.get(node) ?? []).sort((a, b) => a[0] - b[0])) {
      out += `${node.data.slice(at, start)}[[${node.data.slice(start, end)}]]`;
      at = end;
    }
    return out + node.data.slice(at);
  };
  const canon = (node) => {
    // Whitespace-only text: the build-time render writes a space for an empty text.
    if (node.nodeType === Node.TEXT_NODE) return node.data.trim() === '' ? '' : text(node);
    if (node.nodeType !== Node.ELEMENT_NODE || skip(node)) return '';
    if (node.matches('mark')) return `[[${node.textContent}]]`;
    const attributes = [...node.attributes]
      .filter((a) => !ignoredAttributes.has(a.name))
      .map((a) => `${a.name}=${JSON.stringify(a.value)}`);
    if (node.matches('input, select')) attributes.push(`(value)=${JSON.stringify(node.value)}`);
    const tag = node.tagName.toLowerCase();
    const children = [...node.childNodes].map(canon).join('');
    // The live app wraps each path of an inline SVG in a bare <g>; the drawing is the same.
    if (tag === 'g' && attributes.length === 0) return children;
    return `<${[tag, ...attributes.sort()].join(' ')}>${children}</${tag}>`;
  };
  const main = document.getElementById('main');
  return main ? canon(main) : '';
}

module.exports = { canonicalMain };
