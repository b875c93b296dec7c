//! Passes that run after the finders: values against the document date, and overlaps.

pub mod dates;
pub mod overlaps;
