//! Step-by-step migration of older save files, on the raw JSON.
