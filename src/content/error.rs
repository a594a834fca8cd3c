//! What is wrong with a content file, and where.

use std::fmt;

/// One problem in a content file. Shown as `file:line:column: message`, the form editors and
/// terminals recognise, so an organisation can jump straight to the spot. Line and column are
/// 1-based; the column counts characters. A problem with a whole file (missing, unreadable)
/// points at 1:1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// In Danish: what is wrong and what to do about it.
    pub message: String,
}

impl ContentError {
    pub fn new(file: impl Into<String>, (line, column): (usize, usize), message: String) -> Self {
        ContentError {
            file: file.into(),
            line,
            column,
            message: one_safe_line(&message),
        }
    }

    /// A problem with the file as a whole.
    pub fn whole_file(file: impl Into<String>, message: String) -> Self {
        ContentError::new(file, (1, 1), message)
    }
}

/// A message quotes values from the file, which may hold anything. Characters that would
/// steer a terminal (escape sequences, bidirectional overrides) or break the one-line form are
/// written as `\u{…}` instead.
fn one_safe_line(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    for c in message.chars() {
        let steers = c.is_control()
            || matches!(
                c,
                '\u{200b}'..='\u{200f}'
                    | '\u{2028}'..='\u{202e}'
                    | '\u{2060}'..='\u{206f}'
                    | '\u{feff}'
            );
        if steers {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

impl std::error::Error for ContentError {}

/// Every problem found while loading content, in file order and then by position.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ContentErrors(pub Vec<ContentError>);

impl ContentErrors {
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> std::slice::Iter<'_, ContentError> {
        self.0.iter()
    }
}

impl fmt::Display for ContentErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ContentErrors {}

impl IntoIterator for ContentErrors {
    type Item = ContentError;
    type IntoIter = std::vec::IntoIter<ContentError>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a ContentErrors {
    type Item = &'a ContentError;
    type IntoIter = std::slice::Iter<'a, ContentError>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}
