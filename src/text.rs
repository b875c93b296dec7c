//! Offsets. Inside Rust every offset is a byte offset into the UTF-8 text; output converts them to
//! Unicode code points (JSON, Python `str` indexing) or UTF-16 code units (JavaScript strings).
//! The map is built once per text and answers each conversion by a binary search over the
//! non-ASCII characters only, so ASCII text costs nothing.

/// Which unit offsets are counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OffsetUnit {
    Byte,
    CodePoint,
    Utf16,
}

/// Converts byte offsets of one text to code points and UTF-16 code units, and back.
#[derive(Clone, Debug)]
pub struct OffsetMap {
    /// For each non-ASCII character: the byte offset just past it, and how many bytes more than
    /// code points and than UTF-16 units the text has up to there.
    wide: Vec<Wide>,
    len: usize,
}

#[derive(Clone, Copy, Debug)]
struct Wide {
    byte_start: usize,
    byte_end: usize,
    extra_vs_code_points: usize,
    extra_vs_utf16: usize,
}

impl OffsetMap {
    pub fn new(text: &str) -> OffsetMap {
        let mut wide = Vec::new();
        if !text.is_ascii() {
            let (mut extra_cp, mut extra_u16) = (0, 0);
            for (i, c) in text.char_indices().filter(|(_, c)| !c.is_ascii()) {
                extra_cp += c.len_utf8() - 1;
                extra_u16 += c.len_utf8() - c.len_utf16();
                wide.push(Wide { byte_start: i, byte_end: i + c.len_utf8(), extra_vs_code_points: extra_cp, extra_vs_utf16: extra_u16 });
            }
        }
        OffsetMap { wide, len: text.len() }
    }

    /// The entry of the last non-ASCII character that ends at or before `byte`.
    fn before(&self, byte: usize) -> Option<&Wide> {
        let n = self.wide.partition_point(|w| w.byte_end <= byte);
        n.checked_sub(1).map(|i| &self.wide[i])
    }

    /// Converts a byte offset (on a character boundary) to `unit`.
    pub fn convert(&self, byte: usize, unit: OffsetUnit) -> usize {
        debug_assert!(byte <= self.len);
        match (unit, self.before(byte)) {
            (OffsetUnit::Byte, _) | (_, None) => byte,
            (OffsetUnit::CodePoint, Some(w)) => byte - w.extra_vs_code_points,
            (OffsetUnit::Utf16, Some(w)) => byte - w.extra_vs_utf16,
        }
    }

    /// Converts an offset in `unit` back to bytes; `None` if it is past the end or inside a
    /// character (for UTF-16, between the two halves of a surrogate pair).
    pub fn to_byte(&self, offset: usize, unit: OffsetUnit) -> Option<usize> {
        let extra = |w: &Wide| match unit {
            OffsetUnit::Byte => 0,
            OffsetUnit::CodePoint => w.extra_vs_code_points,
            OffsetUnit::Utf16 => w.extra_vs_utf16,
        };
        // Offsets in `unit` of the ends of the wide characters are increasing too.
        let n = self.wide.partition_point(|w| w.byte_end - extra(w) <= offset);
        let byte = match n.checked_sub(1) {
            None => offset,
            Some(i) => offset + extra(&self.wide[i]),
        };
        // The first wide character not wholly before `offset`: the offset must not fall inside it.
        let inside = self.wide.get(n).is_some_and(|w| byte > w.byte_start && byte < w.byte_end);
        (byte <= self.len && !inside).then_some(byte)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) {
        let map = OffsetMap::new(text);
        let mut u16 = 0;
        for (cp, (byte, c)) in text.char_indices().chain(std::iter::once((text.len(), ' '))).enumerate() {
            assert_eq!(map.convert(byte, OffsetUnit::CodePoint), cp, "{text:?} at byte {byte}");
            assert_eq!(map.convert(byte, OffsetUnit::Utf16), u16, "{text:?} at byte {byte}");
            assert_eq!(map.to_byte(cp, OffsetUnit::CodePoint), Some(byte));
            assert_eq!(map.to_byte(u16, OffsetUnit::Utf16), Some(byte));
            u16 += c.len_utf16();
        }
    }

    #[test]
    fn offsets_agree_on_emoji_cjk_combining_marks_and_quotes() {
        check("plain ascii");
        check("“good” deal 😀 with 北京 and e\u{301}te\u{301} 👩‍👩‍👧 end");
        check("😀");
        check("");
    }

    #[test]
    fn an_offset_inside_a_surrogate_pair_is_refused() {
        let map = OffsetMap::new("a😀b");
        assert_eq!(map.to_byte(2, OffsetUnit::Utf16), None);
        assert_eq!(map.to_byte(3, OffsetUnit::Utf16), Some(5));
        assert_eq!(map.to_byte(9, OffsetUnit::Utf16), None);
    }
}
