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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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
