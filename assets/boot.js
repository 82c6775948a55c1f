// Runs before the body is parsed (a classic script in <head>, allowed by the page's CSP).
// A visit with a query string is a shared view, which the prerendered default view would
// misrepresent; mark it so the stylesheet shows the loading state until the app takes over.
if (location.search.length > 1) {
  document.documentElement.classList.add('linked-view');
}
