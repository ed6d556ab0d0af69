/** The concepts a piece of evidence reads: the language coverage that `--list-rules` reports. */
import { describe, expect, it } from 'vitest';
import { evidenceConcepts } from '../../src/requirements/evidence.js';
import { DURATION_CONCEPTS } from '../../src/rule-kit.js';

describe('evidenceConcepts', () => {
  it('counts the concepts a companion reads', () => {
    expect(evidenceConcepts({ term: 'privacy.optOut', with: { contact: true } })).toEqual(['privacy.optOut', 'channel.form', 'channel.postal']);
    expect(evidenceConcepts({ term: 'response', with: { duration: true } })).toEqual(['response', ...DURATION_CONCEPTS]);
    expect(evidenceConcepts({ term: 'training', with: { term: ['staff'] } })).toEqual(['training', 'staff']);
    expect(evidenceConcepts({ term: 'review', with: { date: true } })).toEqual(['review']);
  });
});
