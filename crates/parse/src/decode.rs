//! Bytes to text: the one place where input encodings are handled.

use std::fmt;

/// Why a byte buffer could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// Byte offset of the first invalid sequence.
    pub offset: usize,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid UTF-8 at byte {}", self.offset)
    }
}

impl std::error::Error for DecodeError {}

/// Decodes a page dump: UTF-8 with or without a byte-order mark. CRLF and lone
/// CR line ends become LF so that every later offset is stable.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| DecodeError {
        offset: e.valid_up_to(),
    })?;
    Ok(if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
