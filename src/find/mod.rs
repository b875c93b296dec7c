//! The finders: each reads the shared [`Doc`](crate::doc::Doc) and proposes spans of its labels.

pub mod dates;
pub mod entities;
pub mod figures;
