//! Hook dependencies that compare by pointer.
//!
//! The assessment is replaced as a whole (a new `Rc`) when anything in it changes, and
//! kept (the same `Rc`) when only the language changes: comparing addresses is exact
//! and costs nothing, where comparing values would walk every answer on every render.

use std::rc::Rc;

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
