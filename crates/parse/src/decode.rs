//! Bytes to text: the one place where input encodings are handled.

use std::fmt;

/// Why a byte buffer could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// Byte offset of the first invalid sequence.
    pub offset: usize,
    /// The encoding the bytes were read as (`UTF-8`, `UTF-16LE`, `UTF-16BE`).
    pub encoding: &'static str,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {} at byte {}", self.encoding, self.offset)
    }
}

impl std::error::Error for DecodeError {}

/// Decodes a page dump: UTF-8 with or without a byte-order mark, or UTF-16
/// with one (as some Windows tools save text). CRLF and lone CR line ends
/// become LF so that every later offset is stable.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    let decoded;
    let text = if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        decoded = decode_utf16(rest, "UTF-16LE", u16::from_le_bytes)?;
        decoded.as_str()
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        decoded = decode_utf16(rest, "UTF-16BE", u16::from_be_bytes)?;
        decoded.as_str()
    } else {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        std::str::from_utf8(bytes).map_err(|e| DecodeError {
            offset: e.valid_up_to(),
            encoding: "UTF-8",
        })?
    };
    Ok(if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_owned()
    })
}

/// UTF-16 code units after the byte-order mark; offsets in errors count
/// bytes of the whole file.
fn decode_utf16(
    bytes: &[u8],
    encoding: &'static str,
    unit: fn([u8; 2]) -> u16,
) -> Result<String, DecodeError> {
    let error = |index: usize| DecodeError {
        offset: 2 + 2 * index,
        encoding,
    };
    let pairs = bytes.chunks_exact(2);
    if !pairs.remainder().is_empty() {
        return Err(error(bytes.len() / 2));
    }
    let units = pairs.map(|pair| unit([pair[0], pair[1]]));
    let mut text = String::with_capacity(bytes.len() / 2);
    let mut index = 0;
    for c in char::decode_utf16(units) {
        let c = c.map_err(|_| error(index))?;
        index += c.len_utf16();
        text.push(c);
    }
    Ok(text)
}

/// Why a page file could not be read as text.
#[derive(Debug)]
pub enum ReadError {
    /// The file could not be read.
    Io(std::io::Error),
    /// Its bytes are not text in a supported encoding.
    Decode(DecodeError),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Io(e) => write!(f, "cannot read: {e}"),
            ReadError::Decode(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ReadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReadError::Io(e) => Some(e),
            ReadError::Decode(e) => Some(e),
        }
    }
}

/// Reads a page file and decodes it with [`decode`]. The error does not
/// repeat the path: the caller names the file.
pub fn read_page(path: &std::path::Path) -> Result<String, ReadError> {
    let bytes = std::fs::read(path).map_err(ReadError::Io)?;
    decode(&bytes).map_err(ReadError::Decode)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_page_names_the_cause() {
        let missing = read_page(std::path::Path::new("no/such/page.txt")).unwrap_err();
        assert!(
            missing.to_string().starts_with("cannot read: "),
            "{missing}"
        );
    }

    #[test]
    fn bom_is_dropped() {
        assert_eq!(decode(b"\xEF\xBB\xBFhello").unwrap(), "hello");
    }

    #[test]
    fn crlf_becomes_lf() {
        assert_eq!(decode(b"a\r\nb\rc").unwrap(), "a\nb\nc");
    }

    #[test]
    fn invalid_utf8_reports_offset() {
        assert_eq!(decode(b"ab\xFFcd").unwrap_err().offset, 2);
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_decoded() {
        let little: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Séoul\r\n😀".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&little).unwrap(), "Séoul\n😀");
        let big: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("a".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&big).unwrap(), "a");
    }

    #[test]
    fn broken_utf16_names_encoding_and_offset() {
        // A lone high surrogate, then an odd trailing byte.
        let e = decode(b"\xFF\xFEa\x00\x00\xD8b\x00").unwrap_err();
        assert_eq!(e.to_string(), "invalid UTF-16LE at byte 4");
        assert_eq!(decode(b"\xFF\xFEa\x00b").unwrap_err().offset, 4);
    }
}
