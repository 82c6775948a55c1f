// Where the page's start is, as every test and tool reads it: the phase on <html> (the page
// contract's Phase, crates/core/src/page.rs). The app makes it `live` once it has adopted the page and
// shows the address's view; from then on every click works.
const PAGE = require('./page-contract');

/** A CSS selector matching `<html>` in `phase` (static, loading, live, failed). */
const inPhase = (phase) => `html[${PAGE.phaseAttr}="${PAGE.phases[phase]}"]`;

/** CSS selector matching `<html>` once the app is live. */
const APP_LIVE = inPhase('live');

/** Cards a reader can see (neither the card nor its era section or list is hidden). */
const VISIBLE_CARDS = '.era:not([hidden]) .paper-card:not([hidden]), .date-list:not([hidden]) .paper-card:not([hidden])';

module.exports = { APP_LIVE, VISIBLE_CARDS, inPhase, PAGE };
