//! A minimal ZIP writer: stored (uncompressed) entries only, which every reader
//! accepts and which keeps this a few dozen lines instead of a deflate implementation.
//! An .xlsx of a questionnaire is a few hundred kilobytes either way.
//!
//! Entries get a fixed date (1980-01-01, the format's epoch) so the same questionnaire
//! always gives the same bytes. Sizes are 32-bit: no ZIP64, which is far beyond need.

/// The CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320) that ZIP stores.
pub fn crc32(bytes: &[u8]) -> u32 {
    let crc = bytes.iter().fold(!0u32, |crc, &b| {
        CRC_TABLE[((crc ^ u32::from(b)) & 0xFF) as usize] ^ (crc >> 8)
    });
    !crc
}

/// One byte's remainder per table entry, computed at compile time.
const CRC_TABLE: [u32; 256] = crc_table();

const fn crc_table() -> [u32; 256] {
    let mut table = [0u32; 256];
    let mut n = 0;
    while n < 256 {
        let mut c = n as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[n] = c;
        n += 1;
    }
    table
}

const LOCAL_HEADER: u32 = 0x0403_4b50;
const CENTRAL_HEADER: u32 = 0x0201_4b50;
const END_RECORD: u32 = 0x0605_4b50;
/// Version 2.0, the lowest that most readers expect to see.
const VERSION: u16 = 20;
/// MS-DOS date of 1980-01-01 (day 1, month 1, year 0); time 00:00 is 0.
const DOS_DATE: u16 = (1 << 5) | 1;

/// Files added in order, then `finish` writes the central directory.
#[derive(Default)]
pub struct ZipWriter {
    out: Vec<u8>,
    central: Vec<u8>,
    entries: u16,
}

impl ZipWriter {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `data` as `name` (an ASCII path with `/` separators).
    pub fn add(&mut self, name: &str, data: &[u8]) {
        let offset = self.out.len() as u32;
        let crc = crc32(data);
        put32(&mut self.out, LOCAL_HEADER);
        put16(&mut self.out, VERSION);
        put_common(&mut self.out, crc, data.len() as u32, name);
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(data);

        put32(&mut self.central, CENTRAL_HEADER);
        put16(&mut self.central, VERSION); // made by
        put16(&mut self.central, VERSION); // needed
        put_common(&mut self.central, crc, data.len() as u32, name);
        // Comment length, disk number, internal and external attributes.
        self.central.extend_from_slice(&[0; 10]);
        put32(&mut self.central, offset);
        self.central.extend_from_slice(name.as_bytes());
        self.entries += 1;
    }

    /// The archive's bytes: the entries, the central directory, the end record.
    pub fn finish(mut self) -> Vec<u8> {
        let offset = self.out.len() as u32;
        let size = self.central.len() as u32;
        self.out.append(&mut self.central);
        put32(&mut self.out, END_RECORD);
        put16(&mut self.out, 0); // this disk
        put16(&mut self.out, 0); // disk of the central directory
        put16(&mut self.out, self.entries);
        put16(&mut self.out, self.entries);
        put32(&mut self.out, size);
        put32(&mut self.out, offset);
        put16(&mut self.out, 0); // comment length
        self.out
    }
}

/// The fields local and central headers share, from the flags to the extra length.
fn put_common(out: &mut Vec<u8>, crc: u32, size: u32, name: &str) {
    put16(out, 0); // flags: no data descriptor, ASCII name
    put16(out, 0); // method: stored
    put16(out, 0); // time
    put16(out, DOS_DATE);
    put32(out, crc);
    put32(out, size); // compressed size: stored, so the same
    put32(out, size);
    put16(out, name.len() as u16);
    put16(out, 0); // extra field length
}

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_of_the_check_string() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn one_entry_archive_layout() {
        let mut zip = ZipWriter::new();
        zip.add("a.txt", b"hi");
        let bytes = zip.finish();
        // Local header 30 + name 5 + data 2; central 46 + 5; end record 22.
        assert_eq!(bytes.len(), 37 + 51 + 22);
        assert_eq!(&bytes[..4], &LOCAL_HEADER.to_le_bytes());
        assert_eq!(&bytes[37..41], &CENTRAL_HEADER.to_le_bytes());
        let end = &bytes[88..];
        assert_eq!(&end[..4], &END_RECORD.to_le_bytes());
        assert_eq!(u32::from_le_bytes([end[16], end[17], end[18], end[19]]), 37);
    }
}
