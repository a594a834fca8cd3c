//! One module per screen: its state, how actions change it, its breadcrumbs, key hints and
//! drawing.

pub mod agreement;
pub mod dashboard;
pub mod export;
pub mod first_run;
pub mod handout;
pub mod help;
pub mod meeting;
pub mod plan;
pub mod recover;
pub mod reflection;
pub mod workspaces;
