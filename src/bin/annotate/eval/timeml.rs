//! TimeML gold (`../shared/data/timeml`: TimeBank and AQUAINT `.tml` files; folders are searched
//! recursively).
//!
//! The document date is the date part of the value of the TIMEX3 with
//! `functionInDocument="CREATION_TIME"` (none if absent). The text is the content of
//! `<TEXT>...</TEXT>` with every tag removed and XML entities decoded; offsets are counted on it.
//! Gold: each TIMEX3 inside TEXT, as a DATE span with its `type` and `value`. Scored: DATE exact
//! and relaxed P/R/F1, and value and type accuracy over gold spans matched by overlap (our range
//! `start/end` values are compared as they are, so they never equal a TimeML point value).
//! A small tag scanner reads the files: tags, attributes in quotes, comments, `<?...?>` and
//! `<!...>` declarations, the five named entities and numeric ones; anything else is malformed.

use std::path::{Path, PathBuf};

use article_annotator::parse_date;
use rayon::prelude::*;

use super::score::{AttrValue, Item, Scheme};
use super::{read_text, GoldDoc, GoldError, GoldSet, Predicted};

pub fn scheme() -> Scheme {
    Scheme { labels: vec!["DATE"], groups: vec![], attrs_by_overlap: vec!["DATE"] }
}

/// A markup tag: where it is in the file, its name and attributes.
#[derive(Debug)]
struct Tag {
    start: usize,
    end: usize,
    name: String,
    closing: bool,
    self_closing: bool,
    attrs: Vec<(String, String)>,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// A fault at a byte offset of the file.
type Fault = (usize, String);

/// The next markup item of `xml` from byte `from`: where it starts and ends, and the tag (`None`
/// for a comment or declaration, which is skipped); text lies between items.
fn next_tag(xml: &str, from: usize) -> Result<Option<(usize, usize, Option<Tag>)>, Fault> {
    let Some(lt) = xml[from..].find('<').map(|i| from + i) else { return Ok(None) };
    let rest = &xml[lt..];
    let skip_to = |end: &str| {
        rest.find(end).map(|i| lt + i + end.len()).ok_or((lt, format!("unclosed {}", &rest[..rest.len().min(4)])))
    };
    if rest.starts_with("<!--") {
        return Ok(Some((lt, skip_to("-->")?, None)));
    }
    if rest.starts_with("<?") {
        return Ok(Some((lt, skip_to("?>")?, None)));
    }
    if rest.starts_with("<!") {
        return Ok(Some((lt, skip_to(">")?, None)));
    }
    let tag = parse_tag(xml, lt)?;
    Ok(Some((lt, tag.end, Some(tag))))
}

fn parse_tag(xml: &str, lt: usize) -> Result<Tag, Fault> {
    let bytes = xml.as_bytes();
    let mut i = lt + 1;
    let closing = bytes.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' && bytes[i] != b'/' {
        i += 1;
    }
    let name = xml[name_start..i].to_string();
    if name.is_empty() {
        return Err((lt, "a '<' that starts no tag (write &lt;)".to_string()));
    }
    let mut attrs = Vec::new();
    loop {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        match bytes.get(i) {
            None => return Err((lt, format!("unclosed tag <{name}"))),
            Some(b'>') => return Ok(Tag { start: lt, end: i + 1, name, closing, self_closing: false, attrs }),
            Some(b'/') if bytes.get(i + 1) == Some(&b'>') => {
                return Ok(Tag { start: lt, end: i + 2, name, closing, self_closing: true, attrs })
            }
            Some(_) => {}
        }
        let key_start = i;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() && !matches!(bytes[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        let key = xml[key_start..i].to_string();
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if key.is_empty() || bytes.get(i) != Some(&b'=') {
            return Err((key_start, format!("attribute {key:?} of <{name}> has no =\"value\"")));
        }
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let quote = match bytes.get(i) {
            Some(&q @ (b'"' | b'\'')) => q,
            _ => return Err((i, format!("attribute {key} of <{name}> is not quoted"))),
        };
        let value_start = i + 1;
        let Some(len) = xml[value_start..].find(quote as char) else {
            return Err((i, format!("unclosed quote in <{name}>")));
        };
        let value = decode(&xml[value_start..value_start + len], value_start)?;
        attrs.push((key, value));
        i = value_start + len + 1;
    }
}

/// Decodes XML entities in `raw`, which starts at byte `at` of the file.
fn decode(raw: &str, at: usize) -> Result<String, Fault> {
    if !raw.contains('&') {
        return Ok(raw.to_string());
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let here = at + (raw.len() - rest.len()) + amp;
        let after = &rest[amp + 1..];
        let semi = after
            .find(';')
            .filter(|&n| n <= 10)
            .ok_or((here, "a '&' that starts no entity (write &amp;)".to_string()))?;
        let name = &after[..semi];
        let c = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => match name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                Some(hex) => u32::from_str_radix(hex, 16).ok().and_then(char::from_u32),
                None => name.strip_prefix('#').and_then(|d| d.parse::<u32>().ok()).and_then(char::from_u32),
            },
        };
        out.push(c.ok_or((here, format!("unknown entity &{name};")))?);
        rest = &after[semi + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Reads one TimeML document from the file's text.
fn parse(xml: &str) -> Result<GoldDoc, Fault> {
    let mut date = None;
    let mut doc_text: Option<String> = None;
    let mut inside: Option<(String, usize)> = None; // the text so far and its length in code points
    let mut open: Vec<(usize, Tag)> = Vec::new(); // TIMEX3 elements open inside TEXT
    let mut gold = Vec::new();
    let mut pos = 0;
    loop {
        let Some((lt, next, tag)) = next_tag(xml, pos)? else {
            if inside.is_some() {
                return Err((xml.len(), "<TEXT> not closed".to_string()));
            }
            break;
        };
        if let Some((text, chars)) = inside.as_mut() {
            let piece = decode(&xml[pos..lt], pos)?;
            *chars += piece.chars().count();
            text.push_str(&piece);
        }
        pos = next;
        let Some(tag) = tag else { continue };
        match (tag.name.as_str(), tag.closing) {
            ("TEXT", false) if !tag.self_closing => {
                if doc_text.is_some() || inside.is_some() {
                    return Err((tag.start, "a second <TEXT>".to_string()));
                }
                inside = Some((String::new(), 0));
            }
            ("TEXT", true) => {
                let Some((text, _)) = inside.take() else {
                    return Err((tag.start, "</TEXT> without <TEXT>".to_string()));
                };
                if let Some((_, t)) = open.first() {
                    return Err((t.start, "<TIMEX3> not closed before </TEXT>".to_string()));
                }
                doc_text = Some(text);
            }
            ("TIMEX3", false) => {
                if tag.attr("functionInDocument") == Some("CREATION_TIME") {
                    date = tag.attr("value").and_then(|v| v.get(..10)).and_then(|d| parse_date(d).ok()).or(date);
                } else if let Some((_, chars)) = &inside {
                    if !tag.self_closing {
                        open.push((*chars, tag));
                    }
                }
            }
            ("TIMEX3", true) => {
                if let Some((_, chars)) = &inside {
                    let Some((start, t)) = open.pop() else {
                        return Err((tag.start, "</TIMEX3> without <TIMEX3>".to_string()));
                    };
                    if *chars > start {
                        let mut item = Item::new(start, *chars, "DATE");
                        for key in ["type", "value"] {
                            let value = t.attr(key).ok_or((t.start, format!("<TIMEX3> without {key}")))?;
                            item.attrs.insert(key.to_string(), AttrValue::Text(value.to_string()));
                        }
                        gold.push(item);
                    }
                }
            }
            _ => {}
        }
    }
    let text = doc_text.ok_or((0, "no <TEXT> element".to_string()))?;
    Ok(GoldDoc { name: String::new(), text, date, gold })
}

fn collect_tml(path: &Path, out: &mut Vec<PathBuf>) -> Result<(), GoldError> {
    if !path.is_dir() {
        out.push(path.to_path_buf());
        return Ok(());
    }
    let entries =
        std::fs::read_dir(path).map_err(|e| GoldError::new(path, None, format!("cannot read folder: {e}")))?;
    let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    children.sort();
    for child in children {
        if child.is_dir() {
            collect_tml(&child, out)?;
        } else if child.extension().is_some_and(|e| e == "tml") {
            out.push(child);
        }
    }
    Ok(())
}

fn load_file(path: &Path) -> Result<GoldDoc, GoldError> {
    let xml = read_text(path)?;
    let mut doc = parse(&xml).map_err(|(at, e)| {
        let line = xml.as_bytes()[..at.min(xml.len())].iter().filter(|&&b| b == b'\n').count() + 1;
        GoldError::new(path, Some(line), e)
    })?;
    doc.name = path.display().to_string();
    Ok(doc)
}

pub fn load(paths: &[PathBuf]) -> Result<GoldSet, GoldError> {
    let mut files = Vec::new();
    for path in paths {
        let before = files.len();
        collect_tml(path, &mut files)?;
        if files.len() == before {
            return Err(GoldError::new(path, None, "no .tml files in this folder"));
        }
    }
    let docs = files.par_iter().map(|f| load_file(f)).collect::<Result<Vec<_>, _>>()?;
    Ok(GoldSet {
        name: super::seed::names(paths),
        format: super::Format::Timeml,
        docs,
        scheme: scheme(),
        predict,
        skipped: None,
        cases: false,
    })
}

/// Our DATE spans with their type and value.
fn predict(pred: &Predicted) -> Vec<Item> {
    pred.spans
        .iter()
        .filter(|s| s.label == "DATE")
        .map(|s| {
            let mut item = Item::new(s.start, s.end, "DATE");
            for key in ["type", "value"] {
                if let Some(v) = s.fields.get(key).and_then(AttrValue::from_json) {
                    item.attrs.insert(key.to_string(), v);
                }
            }
            item
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08T10:00" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> in Zürich; <!-- note -->
a <TIMEX3 tid="t2" type='DURATION' value="P1W">week</TIMEX3> &#233;t&#xE9;.
</TEXT>
</TimeML>
"#;

    #[test]
    fn text_dates_and_timexes_are_read() {
        let doc = parse(DOC).unwrap();
        assert_eq!(doc.date.unwrap().to_string(), "1998-01-08");
        assert_eq!(doc.text, "\nAT&T fell yesterday in Zürich; \na week été.\n");
        let chars: Vec<char> = doc.text.chars().collect();
        let got: Vec<(String, &AttrValue)> =
            doc.gold.iter().map(|i| (chars[i.start..i.end].iter().collect(), &i.attrs["value"])).collect();
        assert_eq!(
            got,
            vec![
                ("yesterday".to_string(), &AttrValue::Text("1998-01-07".into())),
                ("week".to_string(), &AttrValue::Text("P1W".into()))
            ]
        );
        assert_eq!(doc.gold[1].attrs["type"], AttrValue::Text("DURATION".into()));
    }

    #[test]
    fn malformed_markup_is_an_error_with_its_place() {
        for (xml, want) in [
            ("<TEXT>a &nbsp; b</TEXT>", "unknown entity"),
            ("<TEXT>a & b</TEXT>", "starts no entity"),
            ("<TEXT>a <TIMEX3 type=\"DATE\" value=\"X\">b</TEXT>", "not closed"),
            ("<TEXT>a </TIMEX3></TEXT>", "without <TIMEX3>"),
            ("<TEXT>a <TIMEX3 type=DATE>b</TIMEX3></TEXT>", "not quoted"),
            ("<TEXT>a", "<TEXT> not closed"),
            ("<DOC></DOC>", "no <TEXT>"),
        ] {
            let err = parse(xml).err().unwrap_or_else(|| panic!("{xml} parsed")).1;
            assert!(err.contains(want), "{xml}: {err}");
        }
        let at = parse("<TEXT>\n\nx &bogus;</TEXT>").unwrap_err().0;
        assert_eq!(at, 10);
    }
}
