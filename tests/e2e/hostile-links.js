// The corpus of hostile and malformed links, shared by hostile-corpus.spec.js (the app shows
// each one safely and names what it ignored) and first-view.spec.js (the first view paints
// each one exactly as the app does, or leaves it to the app).
const { tagSlugs } = require('./oracle');

const FFFD = '\uFFFD';
/** What a notice quoting `text` shows: at most 40 characters, then an ellipsis. */
const quoted = (text) => (text.length > 40 ? `“${text.slice(0, 40)}…”` : `“${text}”`);
const unknownTag = (text) => `Ignored unknown tag ${quoted(text)}.`;
const unknownParam = (text) => `Ignored unknown parameter ${quoted(text)}.`;
const badMatch = (text) => `Ignored match=${quoted(text)}: use “any” or “all”.`;
const REPEATED_MATCH = 'Ignored a repeated “match” parameter; the first one counts.';

const hundredKb = 100_000;
const manyTags = [...Array(200).fill(tagSlugs).flat(), ...Array.from({ length: 3000 }, (_, i) => `u${i}`)].join(',');

/**
 * name: what the link tries. path: the link. same: the clean query string that must show the
 * same papers. notices: substrings the notices box must contain ([] = no notices box at all).
 * noticeCount: how many notice lines, when it matters. absent: text the notices must not echo.
 */
const cases = [
  // Script and HTML injection, in every place a link can carry it.
  { name: 'script in tags', path: '/?tags=%3Cscript%3Ealert(1)%3C%2Fscript%3E', same: '',
    notices: [unknownTag('<script>alert(1)</script>')] },
  { name: 'img onerror in tags', path: '/?tags=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', same: '',
    notices: [unknownTag('<img src=x onerror=alert(1)>')] },
  { name: 'script next to a known tag, raw brackets', path: '/?tags=moe,<script>alert(1)</script>', same: 'tags=moe',
    notices: [unknownTag('<script>alert(1)</script>')] },
  { name: 'markup in a parameter name', path: '/?%3Csvg%20onload%3Dalert(1)%3E=1', same: '',
    notices: [unknownParam('<svg onload=alert(1)>')] },
  { name: 'script as a parameter name and value', path: '/?%3Cscript%3E=%3Cscript%3Ealert(1)%3C/script%3E', same: '',
    notices: [unknownParam('<script>')], absent: ['alert(1)'] },
  { name: 'script in an unknown parameter value', path: '/?comment=%3Cscript%3Ealert(1)%3C/script%3E&tags=rlhf',
    same: 'tags=rlhf', notices: [unknownParam('comment')], absent: ['<script>'] },
  { name: 'script in a tracking parameter (tidied away, no notice)', path: '/?utm_source=%3Cscript%3Ealert(1)%3C/script%3E&fbclid=x&tags=rlhf',
    same: 'tags=rlhf', notices: [] },
  { name: 'attribute breakout in match', path: '/?match=%22%3E%3Cscript%3Ealert(1)%3C/script%3E', same: '',
    notices: [badMatch('"><script>alert(1)</script>')] },
  { name: 'img onerror in match', path: '/?tags=moe,rlhf&match=%3Cimg%20src=x%20onerror=alert(1)%3E', same: 'tags=moe,rlhf',
    notices: [badMatch('<img src=x onerror=alert(1)>')] },
  { name: 'script in the fragment', path: '/#<script>alert(1)</script>', same: '', notices: [] },
  { name: 'img onerror in the fragment after a filter', path: '/?tags=moe#%3Cimg%20src=x%20onerror=alert(1)%3E',
    same: 'tags=moe', notices: [] },
  { name: 'javascript: in the fragment', path: '/?tags=rlhf&match=all#javascript:alert(1)', same: 'tags=rlhf&match=all',
    notices: [] },
  // javascript: and data: values.
  { name: 'javascript: value', path: '/?tags=javascript:alert(1)', same: '', notices: [unknownTag('javascript:alert(1)')] },
  { name: 'encoded javascript: value', path: '/?tags=javascript%3Aalert%28document.cookie%29', same: '',
    notices: [unknownTag('javascript:alert(document.cookie)')] },
  { name: 'javascript: as a parameter name', path: '/?javascript:alert(1)=x&tags=moe', same: 'tags=moe',
    notices: [unknownParam('javascript:alert(1)')] },
  { name: 'data: URL in tags', path: '/?tags=data:text/html,%3Cscript%3Ealert(1)%3C/script%3E', same: '',
    notices: [unknownTag('data:text/html'), unknownTag('<script>alert(1)</script>')] },
  { name: 'long data: URL in match, quoted cut at 40', path: '/?match=data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    same: '', notices: [badMatch('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==')] },
  // Unknown and repeated parameters.
  { name: 'unknown tag next to a known one', path: '/?tags=moe,quantum', same: 'tags=moe', notices: [unknownTag('quantum')] },
  { name: 'unknown parameters', path: '/?utm=1&ref=x&tags=moe', same: 'tags=moe', notices: [unknownParam('utm'), unknownParam('ref')] },
  { name: 'parameter names are case-sensitive', path: '/?TAGS=moe&Match=all', same: '',
    notices: [unknownParam('TAGS'), unknownParam('Match')] },
  { name: 'array-style parameter name', path: '/?tags[]=moe', same: '', notices: [unknownParam('tags[]')] },
  { name: 'repeated tags parameters add up', path: '/?tags=moe&tags=rlhf&tags=quantum', same: 'tags=moe,rlhf',
    notices: [unknownTag('quantum')], noticeCount: 1 },
  { name: 'repeated match: the first counts', path: '/?tags=moe,rlhf&match=all&match=any', same: 'tags=moe,rlhf&match=all',
    notices: [REPEATED_MATCH], noticeCount: 1 },
  { name: 'repeated match carrying a script', path: '/?match=all&match=%3Cscript%3Ealert(1)%3C/script%3E&tags=moe,rlhf',
    same: 'tags=moe,rlhf&match=all', notices: [REPEATED_MATCH], noticeCount: 1 },
  { name: 'a repeated unknown parameter is reported once', path: '/?utm=1&utm=2&utm=3', same: '',
    notices: [unknownParam('utm')], noticeCount: 1 },
  { name: 'empty keys, values and separators', path: '/?&&&=&tags&match=&tags=,,,', same: '', notices: [] },
  // Broken percent-encoding.
  { name: 'a lone percent sign', path: '/?tags=%', same: '', notices: [unknownTag('%')] },
  { name: 'percent and a non-hex digit', path: '/?tags=%Z,moe', same: 'tags=moe', notices: [unknownTag('%Z')] },
  { name: 'truncated UTF-8 sequence', path: '/?tags=%E0%A4%A', same: '', notices: [unknownTag(`${FFFD}%A`)] },
  { name: 'lone surrogate', path: '/?tags=%ED%A0%80,rlhf', same: 'tags=rlhf', notices: ['Ignored unknown tag “', FFFD] },
  { name: 'overlong and invalid bytes', path: '/?tags=%C0%AE%FF', same: '', notices: ['Ignored unknown tag “', FFFD] },
  { name: 'broken encoding in a parameter name', path: '/?%ZZ=1&tags=moe', same: 'tags=moe', notices: [unknownParam('%ZZ')] },
  // Null bytes and other control characters (replaced by U+FFFD when quoted).
  { name: 'null byte inside a tag', path: '/?tags=a%00b', same: '', notices: [unknownTag(`a${FFFD}b`)] },
  { name: 'null byte as a parameter name', path: '/?%00=1&tags=moe', same: 'tags=moe', notices: [unknownParam(FFFD)] },
  { name: 'CR LF header injection', path: '/?tags=%0D%0ASet-Cookie:x=1', same: '', notices: [unknownTag('Set-Cookie:x=1')] },
  { name: 'control characters inside a parameter name', path: '/?a%07%1Bb=1', same: '', notices: [unknownParam(`a${FFFD}${FFFD}b`)] },
  // Unicode.
  { name: 'right-to-left override', path: '/?tags=%E2%80%AEevil', same: '', notices: [unknownTag(`${FFFD}evil`)] },
  { name: 'right-to-left mark before a known tag', path: '/?tags=%E2%80%8Fmoe', same: '', notices: [unknownTag(`${FFFD}moe`)] },
  { name: 'zero-width space after a known tag', path: '/?tags=moe%E2%80%8B,rlhf', same: 'tags=rlhf', notices: [unknownTag('moe\u200B')] },
  { name: 'emoji tags', path: '/?tags=%F0%9F%98%80,%F0%9F%A4%96', same: '', notices: [unknownTag('😀'), unknownTag('🤖')] },
  { name: 'emoji parameter name', path: '/?%F0%9F%A4%96=1', same: '', notices: [unknownParam('🤖')] },
  { name: 'combining accent', path: '/?tags=mo%CC%81e', same: '', notices: [unknownTag('mo\u0301e')] },
  { name: 'full-width letters', path: '/?tags=%EF%BD%8D%EF%BD%8F%EF%BD%85', same: '', notices: [unknownTag('ｍｏｅ')] },
  // Prototype pollution names.
  { name: 'prototype names as parameters and tags', path: '/?__proto__=1&constructor=x&tags=__proto__,constructor,toString,hasOwnProperty',
    same: '', notices: [unknownParam('__proto__'), unknownParam('constructor'), unknownTag('__proto__'),
      unknownTag('constructor'), unknownTag('toString'), unknownTag('hasOwnProperty')] },
  { name: 'prototype pollution paths', path: '/?__proto__[polluted]=1&constructor[prototype][polluted]=1&__proto__.polluted=1',
    same: '', notices: [unknownParam('__proto__[polluted]'), unknownParam('constructor[prototype][polluted]'),
      unknownParam('__proto__.polluted')] },
  // Whitespace and plus encodings (all of these are clean links in disguise).
  { name: 'plus and %20 around tags', path: '/?tags=+moe+,%20rlhf%20', same: 'tags=moe,rlhf', notices: [] },
  { name: 'display name with a plus', path: '/?tags=Masked+LM', same: 'tags=masked-lm', notices: [] },
  { name: 'slug, display name and upper case at once', path: '/?tags=masked_lm,Masked%20LM,MASKED-LM', same: 'tags=masked-lm',
    notices: [] },
  { name: 'tabs and newlines around a tag, padded match', path: '/?tags=%09moe%0A,rlhf&match=+ALL+', same: 'tags=moe,rlhf&match=all',
    notices: [] },
  { name: 'only pluses', path: '/?tags=+++&match=+++', same: '', notices: [] },
  { name: 'a literal plus', path: '/?tags=%2B', same: '', notices: [unknownTag('+')] },
  { name: 'encoded comma separates tags', path: '/?tags=moe%2Crlhf', same: 'tags=moe,rlhf', notices: [] },
  { name: 'encoded ampersand does not split parameters', path: '/?tags=moe%26match%3Dall', same: '',
    notices: [unknownTag('moe&match=all')] },
  { name: 'semicolon is not a separator', path: '/?tags=moe;rlhf', same: '', notices: [unknownTag('moe;rlhf')] },
  // Double encoding: decoded exactly once, so the second layer stays literal.
  { name: 'double-encoded script', path: '/?tags=%253Cscript%253E', same: '', notices: [unknownTag('%3Cscript%3E')] },
  { name: 'double-encoded letter does not become a tag', path: '/?tags=mo%2565', same: '', notices: [unknownTag('mo%65')] },
  { name: 'double-encoded percent', path: '/?tags=%2525', same: '', notices: [unknownTag('%25')] },
  // Size.
  { name: 'a 100 KB tag', path: `/?tags=${'a'.repeat(hundredKb)}`, same: '', notices: [unknownTag('a'.repeat(hundredKb))],
    noticeCount: 1 },
  { name: 'a 100 KB parameter name', path: `/?${'b'.repeat(hundredKb)}=1&tags=moe`, same: 'tags=moe',
    notices: [unknownParam('b'.repeat(hundredKb))] },
  { name: 'a 100 KB query of 1,000 parameters', path: `/?${Array.from({ length: 1000 }, (_, i) => `p${i}=${'v'.repeat(95)}`).join('&')}`,
    same: '', notices: [unknownParam('p0'), unknownParam('p7'), '…and 992 more ignored.'], noticeCount: 9 },
  { name: 'very many tags: every tag 200 times and 3,000 unknown ones, match all', path: `/?tags=${manyTags}&match=all`,
    same: `tags=${tagSlugs.join(',')}&match=all`, notices: [unknownTag('u0'), unknownTag('u7'), '…and 2992 more ignored.'],
    noticeCount: 9 },
  { name: 'very many tags: every known tag 100 times, match any', path: `/?tags=${Array(100).fill(tagSlugs).flat().join(',')}`,
    same: `tags=${tagSlugs.join(',')}`, notices: [] },
];

module.exports = { cases };
