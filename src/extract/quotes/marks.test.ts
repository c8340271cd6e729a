/** Table tests for quotation marks → segments. */
import { describe, expect, it } from 'vitest';
import { toSource } from '../../pipeline/analyze.js';
import { buildStructure } from '../../nlp/structure.js';
import { findSegments } from './marks.js';

/** Renders segments as `«content»` (with `+` when continuing the previous one) and problems as codes. */
function marks(text: string): string[] {
  const source = toSource(text);
  const { segments, problems } = findSegments(source.text, buildStructure(source).blocks);
  return [
    ...segments.map((s) => `${s.continues >= 0 ? '+' : ''}«${source.text.slice(s.start, s.end)}»`),
    ...problems.map((p) => `${p.code} at ${p.start}`),
  ];
}

const T = 'Title of the story\n\n';

const rows: [string, string, string[]][] = [
  ['straight double quotes', T + 'He said "yes" and "no."', ['«yes»', '«no.»']],
  ['curly double quotes, trailing comma left out', T + '“We stay,” she said.', ['«We stay»']],
  ['doubled apostrophes (typewriter quotes)', T + "''We stay,'' she said.", ['«We stay»']],
  ['guillemets', T + '«Nous restons», a-t-il dit.', ['«Nous restons»']],
  ['single quotes in a headline', "Mayor: 'We will rebuild'\n\nText follows here.", ['«We will rebuild»']],
  ['apostrophes are not quotes', T + 'Ukraine’s army and the troops’ morale held.', []],
  ['single quotes in the body are apostrophes or nested', T + 'He called it ‘nonsense’ and left.', []],
  ['paragraph-spanning quote: reopened, not closed', T + '“First part.\n\n“Second part.”\n\nNext.', ['«First part.»', '+«Second part.»']],
  ['unclosed at the end of a paragraph', T + '“First part.\n\nNext paragraph.', ['E_UNCLOSED_QUOTE at 20']],
  ['one sentence per line: a quote runs on over the next line, which closes it', T + 'He said: "We will stay.\nWe will rebuild." Then he left.\n\nNext.', ['«We will stay.»', '+«We will rebuild.»']],
  ['over several lines', T + '"One.\nTwo.\nThree," she said.', ['«One.»', '+«Two.»', '+«Three»']],
  ['must not: the next line opens a quote of its own', T + '"One.\nShe said "two."', ['«two.»', 'E_UNCLOSED_QUOTE at 20']],
  ['must not: across a blank line without a reopening mark', T + '"One.\n\nTwo." she said.', ['E_UNCLOSED_QUOTE at 20', 'E_STRAY_QUOTE at 31']],
  ['a stray closing mark', T + 'It ended” there. “Then this.”', ['«Then this.»', 'E_STRAY_QUOTE at 28']],
  ['an opening mark while one is open', T + '“One “two” three.', ['«two»', 'E_UNCLOSED_QUOTE at 20']],
];

describe('quotation marks', () => {
  for (const [name, text, expected] of rows) it(name, () => expect(marks(text)).toEqual(expected));
});
