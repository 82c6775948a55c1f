// A representative part of the corpus of hostile and malformed links, for what only a browser
// can show: hostile-corpus.spec.js (the app shows each one safely, runs and inserts nothing,
// and names what it ignored as plain text). The whole corpus, 60-odd links, is a native table test of the
// codec: crates/core/tests/hostile_links.rs.
const { tagSlugs } = require('./oracle');

const FFFD = '\uFFFD';
/** What a notice quoting `text` shows: at most 40 characters, then an ellipsis. */
const quoted = (text) => (text.length > 40 ? `“${text.slice(0, 40)}…”` : `“${text}”`);
const unknownTag = (text) => `Ignored unknown tag ${quoted(text)}.`;
const unknownParam = (text) => `Ignored unknown parameter ${quoted(text)}.`;
const badMatch = (text) => `Ignored match=${quoted(text)}: use “any” or “all”.`;

const manyTags = [...Array(200).fill(tagSlugs).flat(), ...Array.from({ length: 3000 }, (_, i) => `u${i}`)].join(',');

/**
 * name: what the link tries. path: the link. same: the clean query string that must show the
 * same papers. notices: substrings the notices box must contain ([] = no notices box at all).
 * noticeCount: how many notice lines, when it matters. absent: text the notices must not echo.
 */
const cases = [
  { name: 'script in tags', path: '/?tags=%3Cscript%3Ealert(1)%3C%2Fscript%3E', same: '',
    notices: [unknownTag('<script>alert(1)</script>')] },
  { name: 'markup in a parameter name', path: '/?%3Csvg%20onload%3Dalert(1)%3E=1', same: '',
    notices: [unknownParam('<svg onload=alert(1)>')] },
  { name: 'script as a parameter name and value', path: '/?%3Cscript%3E=%3Cscript%3Ealert(1)%3C/script%3E', same: '',
    notices: [unknownParam('<script>')], absent: ['alert(1)'] },
  { name: 'script in a tracking parameter (tidied away, no notice)', path: '/?utm_source=%3Cscript%3Ealert(1)%3C/script%3E&fbclid=x&tags=rlhf',
    same: 'tags=rlhf', notices: [] },
  { name: 'img onerror in match', path: '/?tags=moe,rlhf&match=%3Cimg%20src=x%20onerror=alert(1)%3E', same: 'tags=moe,rlhf',
    notices: [badMatch('<img src=x onerror=alert(1)>')] },
  { name: 'javascript: in the fragment', path: '/?tags=rlhf&match=all#javascript:alert(1)', same: 'tags=rlhf&match=all',
    notices: [] },
  { name: 'data: URL in tags', path: '/?tags=data:text/html,%3Cscript%3Ealert(1)%3C/script%3E', same: '',
    notices: [unknownTag('data:text/html'), unknownTag('<script>alert(1)</script>')] },
  { name: 'null byte as a parameter name', path: '/?%00=1&tags=moe', same: 'tags=moe', notices: [unknownParam(FFFD)] },
  { name: 'right-to-left override', path: '/?tags=%E2%80%AEevil', same: '', notices: [unknownTag(`${FFFD}evil`)] },
  { name: 'prototype pollution paths', path: '/?__proto__[polluted]=1&constructor[prototype][polluted]=1&__proto__.polluted=1',
    same: '', notices: [unknownParam('__proto__[polluted]'), unknownParam('constructor[prototype][polluted]'),
      unknownParam('__proto__.polluted')] },
  { name: 'a 100 KB query of 1,000 parameters', path: `/?${Array.from({ length: 1000 }, (_, i) => `p${i}=${'v'.repeat(95)}`).join('&')}`,
    same: '', notices: [unknownParam('p0'), unknownParam('p7'), '…and 992 more ignored.'], noticeCount: 9 },
  { name: 'very many tags: every tag 200 times and 3,000 unknown ones, match all', path: `/?tags=${manyTags}&match=all`,
    same: `tags=${tagSlugs.join(',')}&match=all`, notices: [unknownTag('u0'), unknownTag('u7'), '…and 2992 more ignored.'],
    noticeCount: 9 },
];

module.exports = { cases };
