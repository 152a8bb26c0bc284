// A known answer set and the results it must give, computed by hand from the scoring
// rules of docs/methodology.md ("Scoring rules (fixed)") with the default
// weights. Every item of an indicator gets the same answer, so each indicator's score is
// that answer whatever the number of items (rule 2: the mean of its items).
//
// A. Support / Capacity / Value (elements weighted equally; inside Capacity C2 = 0.50,
//    C1 = C3 = 0.25; otherwise indicators weighted equally)
//    Support:  S1 = N/A (no data, left out), S2 = 4, S3 = 4
//              -> (4 + 4) / 2 = 4.00              (N/A counted as 0 would give 2.67)
//    Capacity: C1 = 1, C2 = 5, C3 = 3
//              -> 0.25*1 + 0.50*5 + 0.25*3 = 3.50 (equal weights would give 3.00)
//    Value:    V1 = 2, V2 = 3, V3 = 3  -> 8 / 3 = 2.6667
//    Index = (4.00 + 3.50 + 2.6667) / 3 = 3.3889 -> 3.39
//            -> band 2.60 - < 3.50: level 3, Terdefinisi / Defined, predicate Baik / Good.
//    Default target = level 3 + 1 = 4, lower bound 3.50. Gaps (rule 5): S2, S3 and C2
//    none; C1 3.50-1 = 2.5, C3 0.5, V1 1.5, V2 0.5, V3 0.5.
//    Priority = element weight (1/3, common to all) x indicator weight x gap:
//      C1 0.25*2.5 = 0.625, V1 (1/3)*1.5 = 0.5, V2 = V3 = (1/3)*0.5 = 0.1667,
//      C3 0.25*0.5 = 0.125
//    -> recommendations in the order C1, V1, V2, V3, C3 (V2 before V3: instrument order).
//
// B. E-readiness (everything weighted equally)
//    Structure:      ST1 = 5, ST2 = 4, ST3 = 3, ST4 = 4 -> 16 / 4 = 4.00
//    Infrastructure: IN1 = IN2 = IN3 = 2                -> 2.00
//    Superstructure: SU1 = SU2 = SU3 = 4                -> 4.00
//    Culture:        BU1 = BU2 = BU3 = N/A              -> no data: the element is left out
//    Nature:         AL1 = 3, AL2 = 4, AL3 = 5          -> 12 / 3 = 4.00
//    Index = (4 + 2 + 4 + 4) / 4 = 3.50 exactly
//            -> level 4, Terpadu dan Terukur / Integrated and measured,
//               predicate Sangat Baik / Very good.
//    This one sits on a band edge on purpose: with the four remaining weights of 0.2
//    renormalised in binary floating point, sum(w*s)/sum(w) is 3.4999999999999996, and
//    rule 4 (round half-up to two decimals, then band) must still give 3.50 and level 4.
//    (Culture counted as 0 would give 14 / 5 = 2.80, level 3; a flat mean of the 13
//    indicators would give 46 / 13 = 3.54.)
//    Default target = 4 + 1 = 5, lower bound 4.20. Gaps: IN1-3 2.2 each, AL1 1.2, ST3 1.2,
//    SU1-3 0.2 each, AL2 0.2, ST2 0.2, ST4 0.2; ST1, AL3 none; BU no data (no gap).
//    Priority = 0.2 (common) x indicator weight (ST 1/4, others 1/3) x gap:
//      IN1-3 0.733, AL1 0.4, ST3 0.3, SU1-3 0.0667, AL2 0.0667, ST2 = ST4 0.05
//    -> IN1, IN2, IN3, AL1, ST3, SU1, SU2, SU3, AL2, ST2, ST4.
//
// C. Stage (rules 6, 7): the Palembang example of docs/methodology.md, with I1 answered Partly
//    instead of No (Partly never meets a stage):
//    E1 yes; N1 yes; N2 yes; I1 partly; I2 no; T1 yes; T2 yes; K1 yes; K2-K5 no.
//    Stage 1 and 2 met, stage 3 not (I1 partly, I2 no) -> achieved stage 2 (Enhanced);
//    stage 4 is met ahead of sequence and does not count.

export const KNOWN_INDICATOR_ANSWERS = {
  // A
  S1: 'na', S2: '4', S3: '4',
  C1: '1', C2: '5', C3: '3',
  V1: '2', V2: '3', V3: '3',
  // B
  ST1: '5', ST2: '4', ST3: '3', ST4: '4',
  IN1: '2', IN2: '2', IN3: '2',
  SU1: '4', SU2: '4', SU3: '4',
  BU1: 'na', BU2: 'na', BU3: 'na',
  AL1: '3', AL2: '4', AL3: '5',
  // C
  E1: 'yes',
  N1: 'yes', N2: 'yes',
  I1: 'partly', I2: 'no',
  T1: 'yes', T2: 'yes',
  K1: 'yes', K2: 'no', K3: 'no', K4: 'no', K5: 'no',
};

/** The known answer for an item id (`S1.2` -> the answer of indicator S1; `E1` as is). */
export function knownAnswer(itemId, values) {
  const indicator = itemId.split('.')[0];
  const value = KNOWN_INDICATOR_ANSWERS[indicator];
  if (value === undefined) {
    throw new Error(`item ${itemId}: indicator ${indicator} is not in docs/methodology.md's instruments`);
  }
  if (values && !values.includes(value)) {
    throw new Error(`item ${itemId} offers ${values.join(',')}, not ${value}`);
  }
  return value;
}

export const EXPECTED = {
  scv: {
    index: '3.39',
    level: '3',
    levelName: { id: 'Terdefinisi', en: 'Defined' },
    predicate: { id: 'Baik', en: 'Good' },
    recommendations: ['C1', 'V1', 'V2', 'V3', 'C3'],
  },
  ereadiness: {
    index: '3.50',
    level: '4',
    levelName: { id: 'Terpadu dan Terukur', en: 'Integrated and measured' },
    predicate: { id: 'Sangat Baik', en: 'Very good' },
    recommendations: ['IN1', 'IN2', 'IN3', 'AL1', 'ST3', 'SU1', 'SU2', 'SU3', 'AL2', 'ST2', 'ST4'],
  },
  stage: '2',
};

/**
 * Asserts that the results page shows EXPECTED, with the texts of `lang` ('id' or 'en').
 * Numbers: data-value holds the dot form; the visible text uses a comma in Indonesian.
 */
export async function assertKnownResults(page, lang, { assert, readLikertResult, norm, sel }) {
  for (const inst of ['scv', 'ereadiness']) {
    const want = EXPECTED[inst];
    const got = await readLikertResult(page, inst);
    assert.equal(got.indexValue, want.index, `${inst}: index data-value`);
    const shown = lang === 'id' ? want.index.replace('.', ',') : want.index;
    assert.ok((got.indexText ?? '').includes(shown), `${inst}: index shown as ${shown} in ${lang}, got "${got.indexText}"`);
    assert.equal(got.level, want.level, `${inst}: level`);
    assert.equal(norm(got.levelName), norm(want.levelName[lang]), `${inst}: level name in ${lang}`);
    assert.equal(norm(got.predicate), norm(want.predicate[lang]), `${inst}: predicate in ${lang}`);
    // Recommendations: in priority order, one or more per indicator.
    const order = got.recommendations.filter((id, i, all) => i === 0 || all[i - 1] !== id);
    assert.ok(order.length > 0, `${inst}: recommendations are listed`);
    assert.deepEqual(order, want.recommendations.slice(0, order.length), `${inst}: recommendation order`);
  }
  const stage = (await page.locator(sel.stageAchieved).first().innerText()).trim();
  assert.ok(stage.startsWith(EXPECTED.stage), `achieved stage ${EXPECTED.stage}, got "${stage}"`);
  assert.equal(await page.locator(sel.provisional).count(), 0, 'no provisional mark: every item is answered');
}
