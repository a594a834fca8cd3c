//! The terminal wizard. Only maps keys to library events and library state to widgets.
