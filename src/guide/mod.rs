//! What the leader should do next, read off the whole workspace: the dashboard's one sentence.
//! It sits above the model, because it looks at all of a workspace at once; the flows below it
//! each know only their own piece.

pub mod next;
