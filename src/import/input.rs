//! Turning a file's bytes into text and telling CSV from Markdown, refusing what is neither.

use std::path::Path;

use super::error::{ImportError, MAX_BYTES};

/// The formats `rungs import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Markdown,
}

/// The text of a file: not too large, not binary, UTF-8, without a byte-order mark, not blank.
pub fn text_of(bytes: &[u8]) -> Result<&str, ImportError> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(ImportError::TooLarge {
            size: bytes.len() as u64,
        });
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(ImportError::Binary { offset });
    }
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let before = &bytes[..error.valid_up_to()];
        ImportError::NotUtf8 {
            line: 1 + before.iter().filter(|&&b| b == b'\n').count(),
        }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(text)
}

/// The format named by the file's extension, else the one its text looks like.
pub fn guess_format(path: &Path, text: &str) -> Result<Format, ImportError> {
    let extension = path
        .extension()
        .and_then(|ext| ext.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("csv" | "tsv" | "tab") => return Ok(Format::Csv),
        Some("md" | "markdown" | "mdown" | "mkd") => return Ok(Format::Markdown),
        _ => {}
    }
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .take(20)
        .collect();
    let markdown_like = lines.iter().any(|line| {
        line.starts_with("# ") || line.starts_with("## ") || line.starts_with("- ") || line.starts_with('|')
    });
    if markdown_like {
        Ok(Format::Markdown)
    } else if lines.iter().any(|line| line.contains([',', ';', '\t'])) {
        Ok(Format::Csv)
    } else {
        Err(ImportError::UnknownFormat)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_binary_and_other_encodings() {
        assert_eq!(
            text_of(b"PK\x03\x04\x00\x00"),
            Err(ImportError::Binary { offset: 4 })
        );
        assert_eq!(text_of(b"a,b\nc\xe9,d\n"), Err(ImportError::NotUtf8 { line: 2 }));
        assert_eq!(text_of(b"\xef\xbb\xbf \n"), Err(ImportError::Empty));
        assert_eq!(text_of(b"\xef\xbb\xbfa,b\n"), Ok("a,b\n"));
    }

    #[test]
    fn guesses_from_extension_then_content() {
        let guess = |name: &str, text: &str| guess_format(Path::new(name), text);
        assert_eq!(guess("ladder.CSV", "# not really"), Ok(Format::Csv));
        assert_eq!(guess("ladder.md", "a,b"), Ok(Format::Markdown));
        assert_eq!(
            guess("ladder.txt", "\n## L1 Junior\n- codes"),
            Ok(Format::Markdown)
        );
        assert_eq!(guess("ladder", "Competency;Junior;Senior"), Ok(Format::Csv));
        assert_eq!(
            guess("notes.txt", "just some words"),
            Err(ImportError::UnknownFormat)
        );
    }
}
