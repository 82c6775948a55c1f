// A canonical text form of the page's <main>, for comparing two renders of the same view: the
// first view (first-view/, applied to the prerendered page) and the live app.
//
// Comments (Leptos's hydration markers) are dropped, adjacent text merges, attributes are
// sorted, and form controls contribute their current value rather than their attribute.
// Elements only the live app has (the tag tip and the detail dialog, which need the page on
// screen, and the notices, which come with the app) and bookkeeping attributes (boot.js's
// data-early) are left out.

/** Runs in the page: the canonical form of `#main`. */
function canonicalMain() {
  const skip = (el) => el.matches('.tag-tip, dialog, [data-testid=notices]');
  const ignoredAttributes = new Set(['data-early', 'value', 'selected']);
  const canon = (node) => {
    // Whitespace-only text: the build-time render writes a space for an empty text.
    if (node.nodeType === Node.TEXT_NODE) return node.data.trim() === '' ? '' : node.data;
    if (node.nodeType !== Node.ELEMENT_NODE || skip(node)) return '';
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
