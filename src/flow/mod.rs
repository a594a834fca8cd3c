//! The four preparation flows as explicit state machines. Each has a state type, an event type and
//! a pure `apply` that returns the new state or a typed error; nothing here knows about screens.

pub mod agreement;
pub mod handout;
pub mod plan;
pub mod reflection;
