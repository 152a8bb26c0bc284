//! The questionnaires' own words, Indonesian then English. Statements and names of
//! elements and stages come from `crate::content`.

use super::outline::Choice;
use crate::model::Text;

const fn choice(name: Text, label: Text) -> Choice {
    Choice { name, label }
}

pub const TITLE: Text = Text::new(
    "Kuesioner kematangan smart government (Cermat)",
    "Smart-government maturity questionnaire (Cermat)",
);
pub const INTRO: Text = Text::new(
    "Kuesioner ini menilai kesiapan dan kematangan e-government / smart government pemerintah daerah. Jawaban Anda diolah bersama jawaban responden lain dan tidak dilaporkan per orang. Pengisian memerlukan sekitar 20 menit.",
    "This questionnaire assesses the e-government / smart-government readiness and maturity of a regional government. Your answers are processed together with other respondents' and never reported person by person. It takes about 20 minutes.",
);
pub const THANKS: Text = Text::new(
    "Terima kasih atas jawaban Anda.",
    "Thank you for your answers.",
);
pub const PROFILE_TITLE: Text = Text::new("Profil", "Profile");
pub const PROFILE_INTRO: Text = Text::new(
    "Wilayah dan unit kerja yang dinilai, lalu sedikit tentang Anda.",
    "The region and unit being assessed, then a little about you.",
);
pub const LIKERT_INTRO: Text = Text::new(
    "Pilih satu jawaban untuk setiap pernyataan sesuai kondisi daerah Anda saat ini: 1 = sangat tidak setuju, 2 = tidak setuju, 3 = ragu-ragu, 4 = setuju, 5 = sangat setuju. Pilih \"Tidak tahu / tidak berlaku\" bila Anda tidak dapat menilainya: pernyataan itu tidak ikut dihitung.",
    "Choose one answer for each statement, for your region as it is today: 1 = strongly disagree, 2 = disagree, 3 = neutral, 4 = agree, 5 = strongly agree. Choose \"Don't know / not applicable\" when you cannot judge it: that statement is then left out.",
);
pub const STAGE_INTRO: Text = Text::new(
    "Periksa situs resmi pemerintah daerah. Jawab Ya bila kriteria terpenuhi penuh, Sebagian bila baru sebagian, Tidak bila belum, dan Tidak tahu bila Anda tidak dapat memeriksanya.",
    "Check the region's official website. Answer Yes when the criterion is fully met, Partly when only in part, No when not yet, and Don't know when you cannot check it.",
);
pub const STAGE_WORD: Text = Text::new("Tahap", "Stage");
pub const PART_OF: Text = Text::new("Bagian dari", "Part of");

pub const REGION: Text = Text::new("wilayah", "region");
pub const REGION_LABEL: Text = Text::new("Wilayah", "Region");
pub const REGION_HINT: Text = Text::new(
    "Nama provinsi, kabupaten atau kota yang dinilai, misalnya Kota Palembang.",
    "The province, regency or city assessed, for example Kota Palembang.",
);
pub const REGION_TYPE: Text = Text::new("jenis_wilayah", "region_type");
pub const REGION_TYPE_LABEL: Text = Text::new("Jenis wilayah", "Region type");
/// Names and labels that `survey::values::region_type` reads.
pub const REGION_TYPES: [Choice; 3] = [
    choice(
        Text::new("provinsi", "province"),
        Text::new("Provinsi", "Province"),
    ),
    choice(
        Text::new("kabupaten", "regency"),
        Text::new("Kabupaten", "Regency"),
    ),
    choice(Text::new("kota", "city"), Text::new("Kota", "City")),
];
pub const UNIT: Text = Text::new("unit_kerja", "unit");
pub const UNIT_LABEL: Text = Text::new("Unit kerja", "Unit");
pub const UNIT_HINT: Text = Text::new(
    "Organisasi perangkat daerah (OPD) atau instansi tempat Anda bekerja; kosongkan bila Anda bukan pegawai pemerintah.",
    "The government unit (OPD) or agency you work in; leave it blank if you are not government staff.",
);
pub const AGE: Text = Text::new("usia", "age");
pub const AGE_LABEL: Text = Text::new("Usia", "Age");
pub const AGE_HINT: Text = Text::new("Dalam tahun.", "In years.");
pub const GENDER: Text = Text::new("jenis_kelamin", "gender");
pub const GENDER_LABEL: Text = Text::new("Jenis kelamin", "Gender");
pub const GENDERS: [Choice; 2] = [
    choice(
        Text::new("laki_laki", "male"),
        Text::new("Laki-laki", "Male"),
    ),
    choice(
        Text::new("perempuan", "female"),
        Text::new("Perempuan", "Female"),
    ),
];
pub const EDUCATION: Text = Text::new("pendidikan", "education");
pub const EDUCATION_LABEL: Text = Text::new("Pendidikan", "Education");
pub const EDUCATION_HINT: Text = Text::new(
    "Pendidikan terakhir yang ditamatkan.",
    "The highest level completed.",
);
pub const EDUCATIONS: [Choice; 6] = [
    choice(
        Text::new("sd_smp", "primary"),
        Text::new("SD/SMP", "Primary or junior secondary (SD/SMP)"),
    ),
    choice(
        Text::new("sma", "secondary"),
        Text::new("SMA/SMK sederajat", "Senior secondary (SMA/SMK)"),
    ),
    choice(
        Text::new("diploma", "diploma"),
        Text::new("Diploma (D1-D3)", "Diploma (D1-D3)"),
    ),
    choice(
        Text::new("s1", "bachelor"),
        Text::new("Sarjana (D4/S1)", "Bachelor (D4/S1)"),
    ),
    choice(
        Text::new("s2", "master"),
        Text::new("Magister (S2)", "Master (S2)"),
    ),
    choice(
        Text::new("s3", "doctorate"),
        Text::new("Doktor (S3)", "Doctorate (S3)"),
    ),
];
pub const OCCUPATION: Text = Text::new("pekerjaan", "occupation");
pub const OCCUPATION_LABEL: Text = Text::new("Pekerjaan", "Occupation");
pub const OCCUPATIONS: [Choice; 6] = [
    choice(
        Text::new("asn", "civil_servant"),
        Text::new("ASN (PNS/PPPK)", "Civil servant (ASN: PNS/PPPK)"),
    ),
    choice(
        Text::new("non_asn", "non_civil_servant"),
        Text::new(
            "Pegawai non-ASN (honorer, kontrak)",
            "Non-ASN government staff (honorer, contract)",
        ),
    ),
    choice(
        Text::new("swasta", "private"),
        Text::new("Karyawan swasta", "Private employee"),
    ),
    choice(
        Text::new("wiraswasta", "self_employed"),
        Text::new("Wiraswasta", "Self-employed"),
    ),
    choice(
        Text::new("pelajar", "student"),
        Text::new("Pelajar/mahasiswa", "Student"),
    ),
    choice(Text::new("lainnya", "other"), Text::new("Lainnya", "Other")),
];
pub const DISTRICT: Text = Text::new("kecamatan", "district");
pub const DISTRICT_LABEL: Text = Text::new("Kecamatan", "District");
pub const DISTRICT_HINT: Text = Text::new(
    "Kecamatan tempat tinggal Anda.",
    "The district (kecamatan) you live in.",
);
pub const NO_HINT: Text = Text::new("", "");

/// The Apps Script's opening comment, one line each.
pub const SCRIPT_STEPS: [Text; 10] = [
    Text::new(
        "Skrip ini membuat kuesioner Cermat sebagai Google Form di akun Google Anda.",
        "This script creates the Cermat questionnaire as a Google Form in your Google account.",
    ),
    Text::new("Cara menjalankannya:", "How to run it:"),
    Text::new(
        "1. Buka script.google.com dan masuk dengan akun Google Anda.",
        "1. Open script.google.com and sign in with your Google account.",
    ),
    Text::new(
        "2. Klik \"Proyek baru\" (New project), hapus isi editor, lalu tempel seluruh skrip ini.",
        "2. Click \"New project\", delete what the editor holds, and paste this whole script.",
    ),
    Text::new(
        "3. Klik Simpan, pastikan fungsi createCermatForm terpilih, lalu klik Jalankan (Run).",
        "3. Click Save, check that the function createCermatForm is selected, then click Run.",
    ),
    Text::new(
        "4. Izinkan akses: Tinjau izin > pilih akun Anda > Izinkan. Bila muncul \"Google belum memverifikasi aplikasi ini\", klik Lanjutan > Buka proyek: skrip ini milik Anda sendiri.",
        "4. Allow access: Review permissions > choose your account > Allow. If \"Google hasn't verified this app\" appears, click Advanced > Go to the project: the script is your own.",
    ),
    Text::new(
        "5. Tunggu sekitar satu menit. Log eksekusi menampilkan tautan edit formulir (untuk Anda) dan tautan responden (untuk dibagikan).",
        "5. Wait about a minute. The execution log prints the form's edit link (for you) and its respondent link (to share).",
    ),
    Text::new(
        "6. Setelah responden mengisi: di formulir buka Tanggapan > Tautkan ke Spreadsheet, lalu File > Download > CSV.",
        "6. Once respondents have answered: in the form open Responses > Link to Sheets, then File > Download > CSV.",
    ),
    Text::new(
        "7. Impor CSV itu di Cermat: halaman Survei responden (#/survey), langkah 2.",
        "7. Import that CSV in Cermat: the Respondent survey page (#/survey), step 2.",
    ),
    Text::new(
        "Jangan mengubah kode di awal judul pertanyaan (S1.1, E1, ...): Cermat mengenali setiap kolom dari kode itu.",
        "Do not change the code at the start of a question's title (S1.1, E1, ...): Cermat recognises each column by it.",
    ),
];
pub const LOG_EDIT: Text = Text::new(
    "Tautan edit formulir (untuk Anda): ",
    "Form edit link (for you): ",
);
pub const LOG_RESPOND: Text = Text::new(
    "Tautan responden (untuk dibagikan): ",
    "Respondent link (to share): ",
);

/// The paper form's instructions to the respondent.
pub const PAPER_INSTRUCTIONS: [Text; 4] = [
    Text::new(
        "Isi profil di halaman pertama. Untuk pilihan, beri tanda centang pada satu kotak.",
        "Fill in the profile on the first page. For a choice, tick one box.",
    ),
    Text::new(
        "Untuk setiap pernyataan, beri tanda centang (atau silang) pada tepat satu kotak di barisnya: 1 = sangat tidak setuju, 2 = tidak setuju, 3 = ragu-ragu, 4 = setuju, 5 = sangat setuju.",
        "For each statement, tick (or cross) exactly one box on its row: 1 = strongly disagree, 2 = disagree, 3 = neutral, 4 = agree, 5 = strongly agree.",
    ),
    Text::new(
        "Bila Anda tidak dapat menilai suatu pernyataan, centang \"Tidak tahu / tidak berlaku\" (TT); jangan dibiarkan kosong.",
        "When you cannot judge a statement, tick \"Don't know / not applicable\" (DK); do not leave it blank.",
    ),
    Text::new(
        "Bila salah mencentang, coret tanda itu dengan jelas dan centang kotak yang benar.",
        "If you tick the wrong box, cross it out clearly and tick the right one.",
    ),
];
/// The short heading of the "don't know" column on paper.
pub const NA_SHORT: Text = Text::new("TT", "DK");
pub const DATA_ENTRY_TITLE: Text = Text::new(
    "Lembar entri data (satu baris per kuesioner)",
    "Data-entry sheet (one row per questionnaire)",
);
pub const DATA_ENTRY_NOTES: [Text; 6] = [
    Text::new(
        "Mulailah dari templat CSV Cermat: baris pertamanya adalah baris judul di bawah ini. Ketik setiap kuesioner kertas sebagai satu baris baru, kolom demi kolom dalam urutan yang sama.",
        "Start from Cermat's CSV template: its first line is the header row below. Type each paper questionnaire as one new row, column by column in the same order.",
    ),
    Text::new(
        "Profil: ketik teksnya apa adanya; untuk pilihan, ketik nilai yang tertulis di samping kotak yang dicentang (misalnya kota, perempuan, s1).",
        "Profile: type the text as written; for a choice, type the value printed beside the ticked box (for example city, female, bachelor).",
    ),
    Text::new(
        "Pernyataan 1-5: ketik angka yang dicentang (1 sampai 5), atau na untuk \"Tidak tahu / tidak berlaku\".",
        "Statements 1-5: type the ticked number (1 to 5), or na for \"Don't know / not applicable\".",
    ),
    Text::new(
        "Kriteria tahap: ketik ya, sebagian, tidak, atau na untuk \"Tidak tahu\".",
        "Stage criteria: type yes, partly, no, or na for \"Don't know\".",
    ),
    Text::new(
        "Biarkan sel kosong bila responden tidak menjawab atau mencentang lebih dari satu kotak; jangan menebak.",
        "Leave a cell blank when the respondent did not answer or ticked more than one box; do not guess.",
    ),
    Text::new(
        "Jangan menambah baris contoh atau baris total: setiap baris berisi dihitung sebagai satu responden. Simpan sebagai CSV (UTF-8) lalu impor di Cermat, halaman Survei responden (#/survey).",
        "Do not add an example or total row: every filled row counts as one respondent. Save as CSV (UTF-8) and import it in Cermat, on the Respondent survey page (#/survey).",
    ),
];
