// Runs before the body is parsed (a classic script in <head>, allowed by the page's CSP).
//
// 1. A visit with a query string is a shared view, which the prerendered default view would
//    misrepresent; mark it so the stylesheet shows the loading state until the app takes over.
// 2. Apply the colour scheme the reader chose earlier (see src/ui/theme_toggle.rs), so the page
//    does not flash the system scheme first.
if (location.search.length > 1) {
  document.documentElement.classList.add('linked-view');
}
try {
  const theme = JSON.parse(localStorage.getItem('theme'));
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch {
  // No storage, or a value we did not write: keep the system scheme.
}
