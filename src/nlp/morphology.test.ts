import { describe, expect, it } from 'vitest';
import { agentSingular, hasAgentSuffix } from './morphology.js';

describe('morphology: agentive nouns', () => {
  const plurals: [string, string | null][] = [
    ['protesters', 'protester'],
    ['investigators', 'investigator'],
    ['economists', 'economist'],
    ['residents', 'resident'],
    ['physicians', 'physician'],
    ['congressmen', 'congressman'],
    // must not: no agentive plural
    ['prices', null],
    ['troops', null],
    ['crisis', null],
  ];
  for (const [word, singular] of plurals) it(`${word} -> ${singular}`, () => expect(agentSingular(word)).toBe(singular));
  it('singular suffixes', () => {
    expect(['mayor', 'founder', 'economist', 'chairman', 'president'].every(hasAgentSuffix)).toBe(true);
    expect(['bridge', 'troops', 'city'].some(hasAgentSuffix)).toBe(false);
  });
});
