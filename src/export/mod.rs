//! Documents for people: briefs, pamphlets and plans in text, Markdown, HTML, CSV, JSON and ICS.
