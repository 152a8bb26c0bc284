//! Base64url without padding (RFC 4648 section 5): the characters `A-Z a-z 0-9 - _`,
//! all safe in a URL fragment and kept whole by chat apps. Written here because it is
//! twenty lines and a crate would cost more wasm than it saves.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        // 1 byte -> 2 chars, 2 -> 3, 3 -> 4.
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// Why base64url text could not be decoded.
#[derive(Debug, PartialEq, Eq)]
pub enum Base64Error {
    /// A character outside the alphabet, with its 0-based character position.
    InvalidChar(usize),
    /// A length that no byte string encodes to (4n + 1): a cut-off code.
    InvalidLength,
}

/// Decodes; the unused low bits of the last character are ignored, so a code cut
/// inside its last byte is reported by the caller as truncated, not as garbage.
pub fn decode(text: &str) -> Result<Vec<u8>, Base64Error> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    let mut acc = 0u32;
    let mut bits = 0u32;
    for (pos, c) in text.chars().enumerate() {
        acc = (acc << 6 | sextet(c).ok_or(Base64Error::InvalidChar(pos))?) & 0xfff;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    // Characters are checked first: a stray character is a clearer message than a
    // length that is off because of it.
    if text.chars().count() % 4 == 1 {
        return Err(Base64Error::InvalidLength);
    }
    Ok(out)
}

fn sextet(c: char) -> Option<u32> {
    let v = match c {
        'A'..='Z' => c as u32 - 'A' as u32,
        'a'..='z' => c as u32 - 'a' as u32 + 26,
        '0'..='9' => c as u32 - '0' as u32 + 52,
        '-' => 62,
        '_' => 63,
        _ => return None,
    };
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc4648_vectors_without_padding() {
        let cases: [(&[u8], &str); 7] = [
            (b"", ""),
            (b"f", "Zg"),
            (b"fo", "Zm8"),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg"),
            (b"fooba", "Zm9vYmE"),
            (b"foobar", "Zm9vYmFy"),
        ];
        for (bytes, text) in cases {
            assert_eq!(encode(bytes), text);
            assert_eq!(decode(text).as_deref(), Ok(bytes));
        }
    }

    #[test]
    fn url_safe_characters_and_errors() {
        assert_eq!(encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(decode("-_8"), Ok(vec![0xfb, 0xff]));
        assert_eq!(decode("Zm9v+"), Err(Base64Error::InvalidChar(4)));
        assert_eq!(decode("Zm9vY"), Err(Base64Error::InvalidLength));
        assert_eq!(decode("Zé"), Err(Base64Error::InvalidChar(1)));
    }
}
