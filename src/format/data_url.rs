//! `data:` addresses for the downloads the share page offers (the response file, the
//! report file, the templates): the text travels in the link's `href`, so saving it needs
//! no object URL to revoke and no script of its own.

/// A `data:` address holding `text`, percent-encoded (plain ASCII: safe in any
/// attribute).
pub fn data_url(mime: &str, text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = ["data:", mime, ";charset=utf-8,"].concat();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

/// A `data:` address holding binary `bytes` (a workbook), base64-encoded.
pub fn data_url_bytes(mime: &str, bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = ["data:", mime, ";base64,"].concat();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn bytes_are_base64_with_padding() {
        let url = |b: &[u8]| data_url_bytes("x/y", b);
        assert_eq!(url(b""), "data:x/y;base64,");
        assert_eq!(url(b"f"), "data:x/y;base64,Zg==");
        assert_eq!(url(b"fo"), "data:x/y;base64,Zm8=");
        assert_eq!(url(b"foo"), "data:x/y;base64,Zm9v");
        assert_eq!(url(&[0xFB, 0xFF]), "data:x/y;base64,+/8=");
    }

    /// Percent-decodes a `data:` address's text.
    fn data_text(url: &str) -> String {
        let (_, data) = url.split_once(',').unwrap();
        let mut bytes = Vec::new();
        let mut it = data.bytes();
        while let Some(b) = it.next() {
            if b == b'%' {
                let hex = [it.next().unwrap(), it.next().unwrap()];
                let hex = std::str::from_utf8(&hex).unwrap();
                bytes.push(u8::from_str_radix(hex, 16).unwrap());
            } else {
                bytes.push(b);
            }
        }
        String::from_utf8(bytes).unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn data_urls_round_trip(text in any::<String>()) {
            let url = data_url("text/csv", &text);
            prop_assert!(url.is_ascii() && !url.contains(['"', '<', '>', '\'', ' ']));
            prop_assert_eq!(data_text(&url), text);
        }
    }
}
