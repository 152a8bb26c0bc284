//! Which extra columns' headers name a respondent profile, and which may never be one.
//! Headers are compared as lowercase words (so case, spacing and punctuation do not
//! matter), and a multi-word keyword also matches run together ("JenisKelamin").

use super::profile::ProfileKind;

/// Header words naming each kind, checked in this order (so "Pekerjaan/Jabatan" is an
/// occupation). A multi-word keyword also matches written together ("JenisKelamin").
const KEYWORDS: [(ProfileKind, &[&str]); 8] = [
    (ProfileKind::Age, &["usia", "umur", "age"]),
    (
        ProfileKind::Gender,
        &["jenis kelamin", "kelamin", "jk", "gender", "sex"],
    ),
    (ProfileKind::Education, &["pendidikan", "education"]),
    (
        ProfileKind::Occupation,
        &["pekerjaan", "profesi", "occupation", "profession", "job"],
    ),
    (ProfileKind::Position, &["jabatan", "position"]),
    (ProfileKind::District, &["kecamatan", "district"]),
    (ProfileKind::Village, &["kelurahan", "desa", "village"]),
    (
        ProfileKind::Agency,
        &[
            "opd",
            "skpd",
            "unit kerja",
            "satuan kerja",
            "instansi",
            "perangkat daerah",
            "dinas",
            "agency",
            "unit",
        ],
    ),
];

/// Headers of columns that identify a person or a moment: never a profile.
const IDENTIFYING: [&str; 17] = [
    "timestamp",
    "cap waktu",
    "waktu",
    "time",
    "tanggal",
    "date",
    "email",
    "e mail",
    "surel",
    "no hp",
    "nomor hp",
    "hp",
    "telepon",
    "telp",
    "phone",
    "whatsapp",
    "nik",
];

/// Headers that only exclude an unnamed column ("Nama OPD" is still an agency).
const FREE_TEXT: [&str; 10] = [
    "nama", "name", "nip", "alamat", "address", "penilai", "assessor", "saran", "komentar",
    "comment",
];

/// The kind a header names, if it names one (identifying headers never do).
pub fn profile_kind(header: &str) -> Option<ProfileKind> {
    let header = Header::new(header);
    if IDENTIFYING.iter().any(|k| header.mentions(k)) {
        return None;
    }
    KEYWORDS
        .iter()
        .find(|(_, words)| words.iter().any(|k| header.mentions(k)))
        .map(|(kind, _)| *kind)
}

/// An unnamed header may still be a profile unless it names free text or an identity.
pub(super) fn unnamed_candidate(header: &str) -> bool {
    let header = Header::new(header);
    let mut excluded = IDENTIFYING.iter().chain(&FREE_TEXT);
    !excluded.any(|k| header.mentions(k))
}

/// A header as lowercase words, and as its letters and digits run together.
struct Header {
    words: Vec<String>,
    compact: String,
}

impl Header {
    fn new(header: &str) -> Header {
        let lower = header.to_lowercase();
        let words = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        let compact = lower.chars().filter(|c| c.is_alphanumeric()).collect();
        Header { words, compact }
    }

    /// The keyword's words appear in a row, or a multi-word keyword run together does.
    fn mentions(&self, keyword: &str) -> bool {
        let wanted: Vec<&str> = keyword.split(' ').collect();
        let in_words = self
            .words
            .windows(wanted.len())
            .any(|w| w.iter().zip(&wanted).all(|(a, b)| a == b));
        in_words || (wanted.len() > 1 && self.compact.contains(&wanted.concat()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_name_kinds_in_both_languages() {
        let cases = [
            ("Usia (tahun)", Some(ProfileKind::Age)),
            ("UMUR", Some(ProfileKind::Age)),
            ("Age", Some(ProfileKind::Age)),
            ("Jenis Kelamin", Some(ProfileKind::Gender)),
            ("JenisKelamin", Some(ProfileKind::Gender)),
            ("jenis_kelamin", Some(ProfileKind::Gender)),
            ("Gender / Sex", Some(ProfileKind::Gender)),
            ("Pendidikan Terakhir", Some(ProfileKind::Education)),
            ("Last education", Some(ProfileKind::Education)),
            ("Pekerjaan/Profesi", Some(ProfileKind::Occupation)),
            ("Kecamatan", Some(ProfileKind::District)),
            ("Desa / Kelurahan", Some(ProfileKind::Village)),
            ("Nama OPD", Some(ProfileKind::Agency)),
            ("Unit Kerja", Some(ProfileKind::Agency)),
            ("Perangkat Daerah", Some(ProfileKind::Agency)),
            ("Jabatan", Some(ProfileKind::Position)),
            ("Position", Some(ProfileKind::Position)),
            ("Timestamp", None),
            ("Cap waktu", None),
            ("Tanggal lahir", None),
            ("Email Address", None),
            ("Percentage", None),
            ("Desain", None),
        ];
        for (header, kind) in cases {
            assert_eq!(profile_kind(header), kind, "{header}");
        }
    }
}
