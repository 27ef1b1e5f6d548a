import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_KEYS, HIDDEN_EVIDENCE_KEYS } from '../../src/report/model/evidence-labels';
import { scanRuleEvidenceKeys } from './rule-evidence-keys';

/** A French reader must never see a rule's raw evidence key: the next rule cannot forget its label. */
const root = resolve(import.meta.dirname, '../..');

describe('rule evidence keys', () => {
  const scan = scanRuleEvidenceKeys(root, ['src/engine/rules', 'src/engine/journey']);

  it('every evidence key a rule emits is labelled in French and English, or hidden on purpose', () => {
    expect(scan.problems).toEqual([]);
    // Guards the scan itself: a broken reader would find nothing and pass.
    expect(scan.keys.size).toBeGreaterThan(80);
    const missing = [...scan.keys]
      .filter(([key]) => !HIDDEN_EVIDENCE_KEYS.has(key))
      .filter(([key]) => !EVIDENCE_KEYS[key]?.label.fr.trim() || !EVIDENCE_KEYS[key]?.label.en.trim())
      .map(([key, places]) => `${key} (${places[0]})`);
    expect(missing).toEqual([]);
  });

  it('reads keys built through spreads, fieldEvidence() and several declarations in one file', () => {
    for (const key of ['requiredness', 'confirmation', 'mobile', 'createsAccount', 'questionsInForm', 'statedLimit', 'required', 'firstStep', 'notChecked', 'moreOnPage']) {
      expect(scan.keys.has(key), key).toBe(true);
    }
  });

});
