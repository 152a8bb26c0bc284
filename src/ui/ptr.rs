//! Props that compare by pointer, so components re-render only when what they show
//! was actually replaced.
//!
//! Content is `'static` data and never changes, and results are rebuilt as a whole
//! when an answer changes: comparing addresses is exact for both and costs nothing,
//! where comparing values would walk every field on every render.

use std::rc::Rc;

/// A piece of the static content (`&'static Item`, `&'static Band`, ...).
#[derive(Debug)]
pub struct Static<T: 'static>(pub &'static T);

impl<T> Clone for Static<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Static<T> {}

impl<T> PartialEq for Static<T> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// Shared state or results (`Rc<Assessment>`, `Rc<AssessmentResult>`).
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
