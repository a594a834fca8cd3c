//! What the leader should do next, read off the whole workspace: the dashboard's one sentence,
//! where the network is in its plan, and what a follow-up meeting builds on. It sits above the
//! model, because it looks at all of a workspace at once; the flows below it each know only
//! their own piece.

pub mod followup;
pub mod next;
pub mod position;

pub use followup::{CarryOver, carry_over, pamphlet_handed_out_earlier};
pub use position::{PlanPosition, plan_position};
