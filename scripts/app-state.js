// Where the app's start is, as every test and tool reads it. The app sets `<html data-app=live>`
// (src/lib.rs) once it has adopted the page and clicks work. Before that, the prerendered view
// or the loading state is showing.

/** CSS selector matching `<html>` once the app is live. */
const APP_LIVE = 'html[data-app=live]';

/** Cards a reader can see (neither the card nor its era section is hidden). */
const VISIBLE_CARDS = '.era:not([hidden]) .paper-card:not([hidden]), .date-list .paper-card:not([hidden])';

module.exports = { APP_LIVE, VISIBLE_CARDS };
