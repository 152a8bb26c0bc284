//! A most-significant-bit-first bit stream over bytes, for the packed link body.
//!
//! Reading never panics: running past the end is an `Err`, which the decoder reports
//! as a truncated link.

/// Writes fields of up to 32 bits, most significant bit first.
#[derive(Default)]
pub struct BitWriter {
    bytes: Vec<u8>,
    /// Bits used in the last byte (0 means the last byte is full or there is none).
    used: u32,
}

impl BitWriter {
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends the low `width` bits of `value`. Higher bits must be zero (callers
    /// clamp first); they are masked off so a caller bug cannot corrupt neighbours.
    pub fn write(&mut self, value: u32, width: u32) {
        for shift in (0..width).rev() {
            let bit = (value >> shift) & 1;
            if self.used == 0 {
                self.bytes.push(0);
            }
            if let Some(last) = self.bytes.last_mut() {
                *last |= (bit as u8) << (7 - self.used);
            }
            self.used = (self.used + 1) % 8;
        }
    }

    pub fn write_bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write(u32::from(b), 8);
        }
    }

    /// The bytes written, the last one padded with zero bits.
    pub fn finish(self) -> Vec<u8> {
        self.bytes
    }
}

/// The reader ran past the end of its bytes.
#[derive(Debug, PartialEq, Eq)]
pub struct OutOfBits;

pub struct BitReader<'a> {
    bytes: &'a [u8],
    /// Position in bits from the start.
    pos: usize,
}

impl<'a> BitReader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        BitReader { bytes, pos: 0 }
    }

    /// Reads `width` (at most 32) bits as an unsigned number.
    pub fn read(&mut self, width: u32) -> Result<u32, OutOfBits> {
        let mut value = 0u32;
        for _ in 0..width {
            let byte = self.bytes.get(self.pos / 8).ok_or(OutOfBits)?;
            let bit = (byte >> (7 - (self.pos % 8))) & 1;
            value = (value << 1) | u32::from(bit);
            self.pos += 1;
        }
        Ok(value)
    }

    pub fn read_bytes(&mut self, len: usize) -> Result<Vec<u8>, OutOfBits> {
        // Check first, so a huge length read from corrupted input allocates nothing.
        if self.remaining_bits() < len.saturating_mul(8) {
            return Err(OutOfBits);
        }
        (0..len).map(|_| self.read(8).map(|b| b as u8)).collect()
    }

    pub fn remaining_bits(&self) -> usize {
        (self.bytes.len() * 8).saturating_sub(self.pos)
    }

    /// Skips what is left: a reader that wants only the start of a payload whose
    /// checksum already vouches for the rest.
    pub fn skip_rest(&mut self) {
        self.pos = self.bytes.len() * 8;
    }

    /// True when everything left is the zero padding of the last byte.
    pub fn at_clean_end(&self) -> bool {
        let rest = self.remaining_bits();
        if rest >= 8 {
            return false;
        }
        let mut probe = BitReader {
            bytes: self.bytes,
            pos: self.pos,
        };
        probe.read(rest as u32) == Ok(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_reads_back_mixed_widths() {
        let mut w = BitWriter::new();
        w.write(5, 3);
        w.write(0x1ff, 9);
        w.write_bytes(b"ok");
        w.write(1, 1);
        let bytes = w.finish();
        assert_eq!(bytes.len(), 4); // 3 + 9 + 16 + 1 = 29 bits
        let mut r = BitReader::new(&bytes);
        assert_eq!(r.read(3), Ok(5));
        assert_eq!(r.read(9), Ok(0x1ff));
        assert_eq!(r.read_bytes(2), Ok(b"ok".to_vec()));
        assert_eq!(r.read(1), Ok(1));
        assert!(r.at_clean_end());
        assert_eq!(r.read(8), Err(OutOfBits));
    }

    #[test]
    fn huge_length_is_out_of_bits_not_an_allocation() {
        let mut r = BitReader::new(&[0xff]);
        assert_eq!(r.read_bytes(usize::MAX), Err(OutOfBits));
    }
}
