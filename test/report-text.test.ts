import { describe, expect, it } from 'vitest';
import { analyze } from '../src/pipeline/analyze.js';
import { renderText } from '../src/report/text.js';
import { paintFor } from '../src/report/color.js';

/** The Events block of the text report, one line per event, without the evidence column. */
function eventLines(text: string): string[] {
  const report = renderText(analyze({ text, published: '2025-04-28' }), paintFor({ isTTY: false }, {}));
  const block = (report.split('\n\nEvents')[1] ?? '').split('\n\n')[0];
  return block.split('\n').slice(1).map((l) => l.replace(/\s+“.*$/, '').trim());
}

describe('text report: events say who, to whom, where, when and on whose account', () => {
  it('where and when from the sentence', () => {
    expect(eventLines('Rebels attacked the village of Kamango on Monday.')).toEqual(['1:1     FIGHT (19) Rebels in Kamango on 2025-04-28']);
  });
  it('a year is "in", and the reporter of an act inside a statement is named', () => {
    expect(eventLines('Officials said Russia sent troops to Belarus in 2024.')).toEqual(['1:1     AID (07) Russia [RUS] → Belarus [BLR] in 2024, per Officials']);
  });
});
