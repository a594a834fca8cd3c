//! Where workspaces are kept and how they are saved.
