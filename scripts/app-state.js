// Where the app's start is, as every test and tool reads it. The app sets `<html data-app>`
// (src/pacing.rs): `live` once it is on screen and clicks work, `complete` once every card has
// rendered. Before either, the prerendered view or the loading state is showing.

/** CSS selector matching `<html>` once clicks work. */
const APP_LIVE = 'html[data-app=live], html[data-app=complete]';

/** CSS selector matching `<html>` once every card has rendered. */
const APP_COMPLETE = 'html[data-app=complete]';

/** Cards a reader can see (neither the card nor its era section is hidden). */
const VISIBLE_CARDS = '.era:not([hidden]) .paper-card:not([hidden]), .date-list .paper-card:not([hidden])';

module.exports = { APP_LIVE, APP_COMPLETE, VISIBLE_CARDS };
