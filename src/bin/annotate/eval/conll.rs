//! CoNLL-2003 gold (`../shared/data/conll2003/dev.txt`): one token a line, its NER tag in the last
//! column (IOB2; an `I-` tag that does not continue a span of its type starts one), a blank line
//! between sentences, `-DOCSTART-` between documents.
//!
//! A document's text is rebuilt as its tokens joined by single spaces, one sentence a line; gold
//! spans are counted on that text. Our labels map to CoNLL's: PERSON→PER, ORG→ORG, GPE and
//! LOC→LOC, NORP and EVENT→MISC; DATE and the figures are not scored. No reference date is given.
//! Reported: PER, ORG, LOC, MISC, micro over PER+ORG+LOC and micro over all four.

use std::io::BufRead;
use std::path::{Path, PathBuf};

use super::score::{Item, Scheme};
use super::{read_text, GoldDoc, GoldError, GoldSet, Predicted};

pub fn scheme() -> Scheme {
    Scheme {
        labels: vec!["PER", "ORG", "LOC", "MISC"],
        groups: vec![
            ("micro PER+ORG+LOC", vec!["PER", "ORG", "LOC"]),
            ("micro all four", vec!["PER", "ORG", "LOC", "MISC"]),
        ],
        attrs_by_overlap: vec![],
    }
}

/// Whether the first non-blank line of a file looks like CoNLL columns (a later bad line is then
/// reported by line, not as an unknown format).
pub fn looks_like_conll(path: &Path) -> bool {
    let Ok(file) = std::fs::File::open(path) else { return false };
    let first = std::io::BufReader::new(file).lines().map_while(Result::ok).find(|l| !l.trim().is_empty());
    first.is_some_and(|l| {
        let cols: Vec<&str> = l.split_whitespace().collect();
        cols.len() >= 2 && (cols[0] == "-DOCSTART-" || parse_tag(cols[cols.len() - 1]).is_some())
    })
}

/// `O` → `Some(None)`; `B-PER` → `Some(Some((true, "PER")))`; anything else → `None`.
fn parse_tag(tag: &str) -> Option<Option<(bool, &str)>> {
    if tag == "O" {
        return Some(None);
    }
    let (prefix, kind) = tag.split_once('-')?;
    if kind.is_empty() {
        return None;
    }
    match prefix {
        "B" => Some(Some((true, kind))),
        "I" => Some(Some((false, kind))),
        _ => None,
    }
}

/// A document being rebuilt: its text, its length in code points, its spans.
#[derive(Default)]
struct Builder {
    text: String,
    chars: usize,
    gold: Vec<Item>,
    /// The span being read: its start and kind.
    open: Option<(usize, String)>,
    sentence_has_tokens: bool,
}

impl Builder {
    fn close_span(&mut self) {
        if let Some((start, kind)) = self.open.take() {
            self.gold.push(Item::new(start, self.chars, kind));
        }
    }

    fn end_sentence(&mut self) {
        self.close_span();
        if self.sentence_has_tokens {
            self.text.push('\n');
            self.chars += 1;
            self.sentence_has_tokens = false;
        }
    }

    fn token(&mut self, token: &str, tag: Option<(bool, &str)>) {
        if self.sentence_has_tokens {
            // A span ends before the space that follows its last token.
            if !matches!((&self.open, tag), (Some((_, open)), Some((false, kind))) if open == kind) {
                self.close_span();
            }
            self.text.push(' ');
            self.chars += 1;
        }
        if let Some((_, kind)) = tag {
            if self.open.is_none() {
                self.open = Some((self.chars, kind.to_string()));
            }
        }
        self.text.push_str(token);
        self.chars += token.chars().count();
        self.sentence_has_tokens = true;
    }

    fn finish(mut self, name: String) -> Option<GoldDoc> {
        self.end_sentence();
        if self.text.ends_with('\n') {
            self.text.pop();
        }
        (!self.text.is_empty()).then_some(GoldDoc { name, text: self.text, date: None, gold: self.gold })
    }
}

pub fn parse(text: &str) -> Result<Vec<GoldDoc>, (usize, String)> {
    let mut docs = Vec::new();
    let mut doc = Builder::default();
    // Documents are named by the line their text starts after (`-DOCSTART-`), from 1.
    let mut started = 1;
    let name = |line: usize| format!("document at line {line}");
    for (n, line) in text.lines().enumerate() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() {
            doc.end_sentence();
            continue;
        }
        if cols[0] == "-DOCSTART-" {
            docs.extend(std::mem::take(&mut doc).finish(name(started)));
            started = n + 1;
            continue;
        }
        if cols.len() < 2 {
            return Err((n + 1, format!("expected a token and its tag, found {line:?}")));
        }
        let tag = cols[cols.len() - 1];
        let tag = parse_tag(tag).ok_or_else(|| (n + 1, format!("{tag:?} is not an IOB tag (O, B-TYPE, I-TYPE)")))?;
        // B- always starts a new span, even right after one of the same kind.
        if matches!(tag, Some((true, _))) || tag.is_none() {
            doc.close_span();
        }
        doc.token(cols[0], tag);
    }
    docs.extend(doc.finish(name(started)));
    Ok(docs)
}

pub fn load(paths: &[PathBuf]) -> Result<GoldSet, GoldError> {
    let mut docs = Vec::new();
    for path in paths {
        let text = read_text(path)?;
        docs.extend(parse(&text).map_err(|(line, e)| GoldError::new(path, Some(line), e))?);
    }
    Ok(GoldSet {
        name: super::seed::names(paths),
        format: super::Format::Conll,
        docs,
        scheme: scheme(),
        predict,
        skipped: None,
        cases: false,
    })
}

fn conll_label(ours: &str) -> Option<&'static str> {
    match ours {
        "PERSON" => Some("PER"),
        "ORG" => Some("ORG"),
        "GPE" | "LOC" => Some("LOC"),
        "NORP" | "EVENT" => Some("MISC"),
        _ => None,
    }
}

fn predict(pred: &Predicted) -> Vec<Item> {
    pred.spans.iter().filter_map(|s| Some(Item::new(s.start, s.end, conll_label(&s.label)?))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(doc: &GoldDoc) -> Vec<(String, &str)> {
        let chars: Vec<char> = doc.text.chars().collect();
        doc.gold.iter().map(|i| (chars[i.start..i.end].iter().collect(), i.label.as_str())).collect()
    }

    #[test]
    fn documents_sentences_and_spans_are_rebuilt() {
        let gold = "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP B-MISC\ncall NN I-NP O\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\nZürich NNP B-NP B-LOC\nBonn NNP B-NP B-LOC\n\n-DOCSTART- -X- -X- O\n\nNew NNP B-NP I-LOC\nYork NNP I-NP I-LOC\n";
        let docs = parse(gold).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].text, "EU rejects German call\nPeter Blackburn Zürich Bonn");
        assert_eq!(
            spans(&docs[0]),
            vec![
                ("EU".into(), "ORG"),
                ("German".into(), "MISC"),
                ("Peter Blackburn".into(), "PER"),
                ("Zürich".into(), "LOC"),
                ("Bonn".into(), "LOC")
            ]
        );
        assert_eq!(spans(&docs[1]), vec![("New York".into(), "LOC")], "I- after O starts a span (IOB1 tolerance)");
    }

    #[test]
    fn a_bad_tag_names_its_line() {
        assert_eq!(parse("EU NNP B-NP B-ORG\nrejects X\n").unwrap_err().0, 2);
        assert_eq!(parse("EU\n").unwrap_err().0, 1);
    }

    #[test]
    fn our_labels_map_to_conll() {
        let map: Vec<Option<&str>> =
            ["PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "DATE", "TARIFF"].iter().map(|l| conll_label(l)).collect();
        assert_eq!(map, [Some("PER"), Some("ORG"), Some("LOC"), Some("LOC"), Some("MISC"), Some("MISC"), None, None]);
    }
}
