//! Finds where a value sits in a JSON text, so a content error can say `file:line:column`.
//!
//! serde_json knows positions only while it parses; once a file is read into typed values the
//! positions are gone. This module walks the raw text once and keeps the byte span of every
//! value, so a check on the typed values can point at, say, `courses[0].phases[3].weeks`.

/// One step of a path into a JSON document: an object key or an array index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seg<'a> {
    Key(&'a str),
    Index(usize),
}

impl<'a> From<&'a str> for Seg<'a> {
    fn from(key: &'a str) -> Self {
        Seg::Key(key)
    }
}

impl From<usize> for Seg<'_> {
    fn from(index: usize) -> Self {
        Seg::Index(index)
    }
}

/// A JSON value and the bytes it spans: `start` is its first byte, `end` is one past its last.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub start: usize,
    pub end: usize,
    pub kind: NodeKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum NodeKind {
    Object(Vec<Entry>),
    Array(Vec<Node>),
    String,
    Number,
    /// `true`, `false` or `null`.
    Literal,
}

/// One `"key": value` of an object.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The key, unescaped.
    pub key: String,
    /// The byte of the key's opening quote.
    pub key_start: usize,
    /// One past the key's closing quote.
    pub key_end: usize,
    pub value: Node,
}

/// Deeper than serde_json's own limit, so anything serde_json accepts is scanned.
const MAX_DEPTH: usize = 256;

/// Scans a JSON text into a tree of spans. `None` if the text is not valid JSON; callers
/// parse with serde_json first, which explains syntax errors far better.
pub fn parse(text: &str) -> Option<Node> {
    let mut s = Scanner {
        bytes: text.as_bytes(),
        text,
        pos: 0,
    };
    s.skip_ws();
    let node = s.value(0)?;
    s.skip_ws();
    (s.pos == s.bytes.len()).then_some(node)
}

/// The 1-based line and column (in characters, as an editor counts) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = 1 + before.matches('\n').count();
    let column = 1 + text[line_start..offset].chars().count();
    (line, column)
}

/// The byte offset of a serde_json position (1-based line; column = bytes into the line, the
/// offending byte being the one just before it; 0 means the start of the line).
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut line_start = 0;
    for _ in 1..line.max(1) {
        match text[line_start..].find('\n') {
            Some(i) => line_start += i + 1,
            None => return text.len(),
        }
    }
    (line_start + column.saturating_sub(1)).min(text.len())
}

/// Line and column of the value at `path`, or of the deepest part of the path that exists
/// (so a missing field points at the object that should hold it). 1:1 if the text is not JSON.
pub fn locate(text: &str, path: &[Seg]) -> (usize, usize) {
    match parse(text) {
        Some(root) => line_col(text, root.find(path).start),
        None => (1, 1),
    }
}

impl Node {
    /// The value at `path`, if every step exists.
    pub fn get(&self, path: &[Seg]) -> Option<&Node> {
        let mut node = self;
        for seg in path {
            node = node.child(*seg)?;
        }
        Some(node)
    }

    /// The value at `path`, or the deepest node on the way to it.
    pub fn find(&self, path: &[Seg]) -> &Node {
        let mut node = self;
        for seg in path {
            match node.child(*seg) {
                Some(child) => node = child,
                None => break,
            }
        }
        node
    }

    pub fn child(&self, seg: Seg) -> Option<&Node> {
        match (&self.kind, seg) {
            (NodeKind::Object(entries), Seg::Key(key)) => entries
                .iter()
                .rev() // serde_json keeps the last of duplicate keys
                .find(|e| e.key == key)
                .map(|e| &e.value),
            (NodeKind::Array(items), Seg::Index(i)) => items.get(i),
            _ => None,
        }
    }

    /// The entry for `key` if this is an object holding it.
    pub fn entry(&self, key: &str) -> Option<&Entry> {
        match &self.kind {
            NodeKind::Object(entries) => entries.iter().rev().find(|e| e.key == key),
            _ => None,
        }
    }

    pub fn contains(&self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// The most helpful place to point at for an error serde_json reported at `offset`: the
    /// start of the scalar or key it is inside, or the opening brace of an object whose closing
    /// brace it is (serde_json reports a missing field there). Otherwise `offset` itself.
    pub fn anchor(&self, offset: usize) -> usize {
        let mut node = self;
        loop {
            if !node.contains(offset) {
                return offset;
            }
            let next = match &node.kind {
                NodeKind::Object(entries) => {
                    for e in entries {
                        if e.key_start <= offset && offset < e.key_end {
                            return e.key_start;
                        }
                    }
                    entries
                        .iter()
                        .map(|e| &e.value)
                        .find(|v| v.contains(offset))
                }
                NodeKind::Array(items) => items.iter().find(|v| v.contains(offset)),
                NodeKind::String | NodeKind::Number | NodeKind::Literal => return node.start,
            };
            match next {
                Some(child) => node = child,
                None if offset + 1 == node.end => return node.start,
                None => return offset,
            }
        }
    }
}

struct Scanner<'a> {
    bytes: &'a [u8],
    text: &'a str,
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn eat(&mut self, b: u8) -> Option<()> {
        (self.peek() == Some(b)).then(|| self.pos += 1)
    }

    fn value(&mut self, depth: usize) -> Option<Node> {
        if depth > MAX_DEPTH {
            return None;
        }
        let start = self.pos;
        let kind = match self.peek()? {
            b'{' => self.object(depth)?,
            b'[' => self.array(depth)?,
            b'"' => {
                self.string()?;
                NodeKind::String
            }
            b'-' | b'0'..=b'9' => {
                self.pos += 1;
                while let Some(b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-') = self.peek() {
                    self.pos += 1;
                }
                NodeKind::Number
            }
            b't' | b'f' | b'n' => {
                while self.peek().is_some_and(|b| b.is_ascii_alphabetic()) {
                    self.pos += 1;
                }
                match &self.text[start..self.pos] {
                    "true" | "false" | "null" => NodeKind::Literal,
                    _ => return None,
                }
            }
            _ => return None,
        };
        Some(Node {
            start,
            end: self.pos,
            kind,
        })
    }

    fn object(&mut self, depth: usize) -> Option<NodeKind> {
        self.eat(b'{')?;
        let mut entries = Vec::new();
        self.skip_ws();
        if self.eat(b'}').is_some() {
            return Some(NodeKind::Object(entries));
        }
        loop {
            self.skip_ws();
            let key_start = self.pos;
            self.string()?;
            let key_end = self.pos;
            let key = serde_json::from_str::<String>(&self.text[key_start..key_end]).ok()?;
            self.skip_ws();
            self.eat(b':')?;
            self.skip_ws();
            let value = self.value(depth + 1)?;
            entries.push(Entry {
                key,
                key_start,
                key_end,
                value,
            });
            self.skip_ws();
            match self.peek()? {
                b',' => self.pos += 1,
                b'}' => {
                    self.pos += 1;
                    return Some(NodeKind::Object(entries));
                }
                _ => return None,
            }
        }
    }

    fn array(&mut self, depth: usize) -> Option<NodeKind> {
        self.eat(b'[')?;
        let mut items = Vec::new();
        self.skip_ws();
        if self.eat(b']').is_some() {
            return Some(NodeKind::Array(items));
        }
        loop {
            self.skip_ws();
            items.push(self.value(depth + 1)?);
            self.skip_ws();
            match self.peek()? {
                b',' => self.pos += 1,
                b']' => {
                    self.pos += 1;
                    return Some(NodeKind::Array(items));
                }
                _ => return None,
            }
        }
    }

    /// Moves past a string, opening and closing quotes included.
    fn string(&mut self) -> Option<()> {
        self.eat(b'"')?;
        loop {
            match self.peek()? {
                b'"' => {
                    self.pos += 1;
                    return Some(());
                }
                b'\\' => self.pos += 2,
                _ => self.pos += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "{\n  \"courses\": [\n    {\n      \"id\": \"velfærd\",\n      \"phases\": [ {\"weeks\": 3}, {\"weeks\": 0} ]\n    }\n  ]\n}\n";

    #[test]
    fn locate_finds_a_nested_value_by_path() {
        let path = [
            Seg::Key("courses"),
            Seg::Index(0),
            Seg::Key("phases"),
            Seg::Index(1),
            Seg::Key("weeks"),
        ];
        // Line 5 is `      "phases": [ {"weeks": 3}, {"weeks": 0} ]`; the 0 is column 43.
        assert_eq!(locate(DOC, &path), (5, 43));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        // "æ" is two bytes; the comma after "velfærd" is column 22 in characters.
        let offset = DOC.find("\",\n      \"phases").unwrap() + 1;
        assert_eq!(line_col(DOC, offset), (4, 22));
    }

    #[test]
    fn a_missing_key_points_at_the_object_that_should_hold_it() {
        let path = [Seg::Key("courses"), Seg::Index(0), Seg::Key("expected")];
        assert_eq!(locate(DOC, &path), (3, 5));
    }

    #[test]
    fn an_index_past_the_end_points_at_the_array() {
        assert_eq!(locate(DOC, &["courses".into(), 7.into()]), (2, 14));
    }

    #[test]
    fn escaped_quotes_and_keys_are_scanned() {
        let text = r#"{"a\"b": "x\\", "c": ["\u00e6", -1.5e3, true, null]}"#;
        let root = parse(text).unwrap();
        assert!(root.get(&[Seg::Key("a\"b")]).is_some());
        let n = root.get(&[Seg::Key("c"), Seg::Index(1)]).unwrap();
        assert_eq!(&text[n.start..n.end], "-1.5e3");
    }

    #[test]
    fn invalid_json_gives_no_tree_and_no_panic() {
        for bad in [
            "",
            "{",
            "[1,",
            "{\"a\" 1}",
            "tru",
            "\"abc",
            "{\"a\":1}x",
            "\\",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
            assert_eq!(locate(bad, &[Seg::Key("a")]), (1, 1));
        }
    }

    #[test]
    fn serde_positions_convert_to_byte_offsets() {
        let text = "ab\ncdæf\n";
        assert_eq!(offset_of(text, 2, 1), 3);
        assert_eq!(offset_of(text, 2, 0), 3);
        assert_eq!(offset_of(text, 9, 1), text.len());
        assert_eq!(offset_of(text, 2, 99), text.len());
    }

    #[test]
    fn anchor_moves_to_the_start_of_the_offending_value() {
        let text = r#"{"a": {"da": "x"}, "b": "long text"}"#;
        let root = parse(text).unwrap();
        let closing = text.find('}').unwrap();
        assert_eq!(root.anchor(closing), text.find("{\"da").unwrap());
        let quote = text.rfind('"').unwrap();
        assert_eq!(root.anchor(quote), text.find("\"long").unwrap());
        let key_quote = text.find("\"b\"").unwrap() + 2;
        assert_eq!(root.anchor(key_quote), text.find("\"b\"").unwrap());
    }
}
