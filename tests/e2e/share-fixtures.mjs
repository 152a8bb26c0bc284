// Result-link codes for the sharing flows: copies of golden codes of tests/share_golden.rs
// (which are never edited), so that these flows open links an earlier Cermat made.

/** Every item and criterion answered; a 40-character region name; 139 characters. */
export const GOLDEN_FULL =
  '16acoEfqM4oS2FiLiBQZW51a2FsIEFiYWIgTGVtYXRhbmcgSWxpciAoU3Vtc2VsKQUiNLm1t7a0tzM3gxCdWRpIFNhbnRvc28pylOUpylOUpylGKsxVmKsxVmKsxVmKsxVmKsxNtttg';
export const FULL_REGION = 'Kab. Penukal Abab Lematang Ilir (Sumsel)';

/** Markup and non-ASCII in every profile field, one answer (V3.3 = 5). */
export const GOLDEN_MARKUP =
  '145NAIFJrC5MroQGRgZGwyPHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0PiBLb3RhIELDoMOxZMOiIEFjw6hoIPCfjIoNojS3MLmQESW3trS3MzeREBMQKbowujS5ujS1hbDkW_DsW8gPGI-Ym9sZDwvYj4gJ3gnAAAAAAAAAAAAAoAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
export const MARKUP_REGION = '<script>alert(1)</script> Kota Bàñdâ Acèh 🌊';
export const MARKUP_UNIT = 'Dinas "Kominfo" & Statistik';
export const MARKUP_ASSESSOR = "Ñoño <b>bold</b> 'x'";

/** The autosave key (src/ui/storage.rs). */
export const SAVE_KEY = 'cermat.v2.save';

/**
 * What the results page shows, by the contract's hooks: index (dot form), level,
 * predicate and recommendation order of both Likert instruments, and the stage.
 */
export async function readResults(page, { readLikertResult, sel }) {
  const out = {};
  for (const instrument of ['scv', 'ereadiness']) {
    const r = await readLikertResult(page, instrument);
    out[instrument] = [r.indexValue, r.level, r.predicate, r.recommendations.join(' ')];
  }
  out.stage = await page.locator(sel.stageAchieved).first().getAttribute('data-value');
  return out;
}
