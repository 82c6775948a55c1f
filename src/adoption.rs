//! How the app comes to the page: it renders from nothing, or it adopts the build-time render
//! on screen (hydration), and then, once adopted, shows the address's view.

use std::cell::Cell;
use std::rc::Rc;

/// How the app comes to the page.
#[derive(Clone, Default)]
pub enum Start {
    /// Rendered from nothing, showing the URL's view at once: the build-time render (where
    /// there is no URL) and a page without one.
    #[default]
    Render,
    /// Adopting the build-time render on screen (hydration): the view starts as the build-time
    /// view, which is what the nodes show, and becomes the address's when the adoption is done
    /// ([`Adopted::show_address`]).
    Adopt(Adopted),
}

/// In context while the app adopts the build-time page: parts whose nodes are there already
/// and hold no bindings (the cards) are taken as they are instead of walked.
#[derive(Clone, Copy)]
pub struct Adopting;

/// The moment the adopted page may show the address's view: the app's mount calls
/// [`Adopted::show_address`] once hydration has walked the whole page, and the history adapter
/// gives what to do then ([`Adopted::then`]).
#[derive(Clone, Default)]
pub struct Adopted(Rc<Cell<Option<ShowAddress>>>);

/// What showing the address's view is: the history adapter's to say.
type ShowAddress = Box<dyn FnOnce()>;

impl Adopted {
    /// What showing the address's view is, for [`Adopted::show_address`] to do.
    pub fn then(&self, show_address: impl FnOnce() + 'static) {
        self.0.set(Some(Box::new(show_address)));
    }

    /// Shows the address's view on the adopted page: everything that differs from the
    /// build-time view is patched in the same task.
    pub fn show_address(&self) {
        if let Some(show) = self.0.take() {
            show();
        }
    }
}
