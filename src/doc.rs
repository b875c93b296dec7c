//! A text prepared once for all finders: its tokens, sentences and lexicon hits.

use std::ops::Range;

use crate::scan::{Hit, Lexicon, Owner};
use crate::tokens::{tokenize, Token, TokenKind};

pub struct Doc<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    /// Sentences as token ranges, in order, covering every token.
    pub sentences: Vec<Range<usize>>,
    /// Lexicon matches, sorted by first token, longest first.
    pub hits: Vec<Hit>,
}

/// Words after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Gov", "Sen", "Rep", "St", "Sr", "Jr", "Lt", "Col", "Capt", "Sgt",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "vs",
    "Inc", "Corp", "Co", "Ltd", "Bros", "Mt", "Ft", "approx", "est", "Rs", "fig", "Vol",
];

impl<'t> Doc<'t> {
    pub fn new(text: &'t str) -> Doc<'t> {
        let tokens = tokenize(text);
        // One pass over the tokens for both, while they are in cache.
        let lexicon = Lexicon::shared();
        let mut splitter = Splitter::default();
        let mut hits = Vec::new();
        for i in 0..tokens.len() {
            splitter.step(text, &tokens, i);
            lexicon.scan_at(text, &tokens, i, &mut hits);
        }
        let sentences = splitter.finish(tokens.len());
        Doc { text, tokens, sentences, hits }
    }

    pub fn tok(&self, i: usize) -> &'t str {
        self.tokens[i].text(self.text)
    }

    /// The byte range covered by tokens `[first, end)`.
    pub fn byte_range(&self, toks: Range<usize>) -> Range<usize> {
        self.tokens[toks.start].start..self.tokens[toks.end - 1].end
    }

    /// The hits of one finder, in order.
    pub fn hits_of(&self, owner: Owner) -> impl Iterator<Item = &Hit> + '_ {
        self.hits.iter().filter(move |h| h.owner == owner)
    }

    /// The index of the sentence that holds token `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sentences.partition_point(|s| s.end <= i)
    }
}

/// Splits tokens into sentences, fed one token index at a time, in order.
#[derive(Default)]
struct Splitter {
    sentences: Vec<Range<usize>>,
    /// The first token of the current sentence.
    start: usize,
}

impl Splitter {
    #[inline]
    fn step(&mut self, text: &str, tokens: &[Token], i: usize) {
        let t = &tokens[i];
        // A paragraph break always ends a sentence.
        if i > self.start && t.newlines_before >= 1 {
            self.sentences.push(self.start..i);
            self.start = i;
        }
        // `.`, `!` or `?` (compared as bytes: a one-byte token is one of them or not).
        if t.kind == TokenKind::Punct
            && t.end == t.start + 1
            && matches!(text.as_bytes().get(t.start), Some(b'.' | b'!' | b'?'))
            && ends_sentence(text, tokens, i)
        {
            // Closing quotes stay with the sentence they close.
            let mut end = i + 1;
            while end < tokens.len()
                && tokens[end].start == tokens[end - 1].end
                && matches!(tokens[end].text(text), "\"" | "”" | "’" | "'" | ")")
            {
                end += 1;
            }
            self.sentences.push(self.start..end);
            self.start = end;
        }
    }

    fn finish(mut self, len: usize) -> Vec<Range<usize>> {
        if self.start < len {
            self.sentences.push(self.start..len);
        }
        // Closing quotes consumed above may leave a loop index inside a finished sentence;
        // ranges stay ordered and disjoint because `start` only moves forward.
        self.sentences.retain(|r| !r.is_empty());
        self.sentences
    }
}

fn ends_sentence(text: &str, tokens: &[Token], i: usize) -> bool {
    // Look past closing quotes and brackets: `“yes.” Then`.
    let mut j = i + 1;
    while tokens.get(j).is_some_and(|t| matches!(t.text(text), "\"" | "”" | "’" | "'" | ")")) {
        j += 1;
    }
    let Some(next) = tokens.get(j) else { return true };
    if i > 0 && tokens[i].text(text) == "." {
        let prev = tokens[i - 1].text(text);
        if tokens[i - 1].end == tokens[i].start && ABBREVIATIONS.contains(&prev) {
            return false;
        }
        // An initial (`S. Jaishankar`) is not a sentence end.
        if prev.chars().count() == 1 && prev.chars().all(|c| c.is_uppercase()) {
            return false;
        }
    }
    let n = next.text(text);
    let first = n.chars().next().unwrap_or(' ');
    first.is_uppercase() || first.is_ascii_digit() || matches!(n, "\"" | "“" | "‘" | "'" | "(") || next.newlines_before > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_but_not_at_abbreviations_or_initials() {
        let text = "Mr. Smith met S. Jaishankar. He said “yes.” Then Jan. 13 came.\nNew line";
        let doc = Doc::new(text);
        let sents: Vec<&str> = doc.sentences.iter().map(|r| &text[doc.byte_range(r.clone())]).collect();
        assert_eq!(sents, ["Mr. Smith met S. Jaishankar.", "He said “yes.”", "Then Jan. 13 came.", "New line"]);
        assert_eq!(doc.sentence_of(0), 0);
        assert_eq!(doc.sentence_of(doc.tokens.len() - 1), 3);
    }
}
