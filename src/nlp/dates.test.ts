import { describe, expect, it } from 'vitest';
import { findDates, isDateExpression, isYearNumeral, resolveDate } from './dates.js';

// A fixed reference date, never the clock: Wednesday 2024-03-13.
const REF = '2024-03-13';

describe('resolveDate', () => {
  const rows: [string, string | null][] = [
    // absolute
    ['2024-01-05', '2024-01-05'],
    ['January 5, 2024', '2024-01-05'],
    ['Jan. 5, 2024', '2024-01-05'],
    ['Sept. 11, 2001', '2001-09-11'],
    ['5 January 2024', '2024-01-05'],
    ['5th of January 2024', '2024-01-05'],
    ['March 2023', '2023-03'],
    ['in 2024', '2024'],
    ['2019', '2019'],
    ['on Feb. 29, 2024', '2024-02-29'],
    // month and day without a year: the nearest year
    ['Jan. 5', '2024-01-05'],
    ['December 30', '2023-12-30'],
    ['in March', '2024-03'],
    // relative to the reference
    ['today', '2024-03-13'],
    ['yesterday', '2024-03-12'],
    ['last night', '2024-03-12'],
    ['tomorrow', '2024-03-14'],
    ['on Monday', '2024-03-11'],
    ['Wednesday', '2024-03-13'],
    ['Thursday', '2024-03-07'],
    ['last Wednesday', '2024-03-06'],
    ['next Monday', '2024-03-18'],
    ['last week', '2024-W10'],
    ['this week', '2024-W11'],
    ['last month', '2024-02'],
    ['earlier this month', '2024-03'],
    ['next month', '2024-04'],
    ['last year', '2023'],
    ['earlier this year', '2024'],
    ['three days ago', '2024-03-10'],
    ['2 weeks ago', '2024-W09'],
    ['a year ago', '2023'],
    ['in two weeks', '2024-W13'],
    ['six months ago', '2023-09'],
    // not dates
    ['February 30, 2024', null],
    ['12,000', null],
    ['troops', null],
    ['two days', null],
  ];
  it.each(rows)('%s → %s', (text, want) => expect(resolveDate(text, REF)).toBe(want));

  it('gives null for relative dates without a reference, but still knows they are dates', () => {
    expect(resolveDate('yesterday', null)).toBeNull();
    expect(isDateExpression('yesterday')).toBe(true);
    expect(resolveDate('January 5, 2024', null)).toBe('2024-01-05');
  });

  it('accepts a full timestamp as reference', () => {
    expect(resolveDate('yesterday', '2024-03-13T23:30:00Z')).toBe('2024-03-12');
  });
});

describe('findDates', () => {
  const render = (text: string) => findDates(text, REF).map((d) => `${d.start}-${d.end} ${JSON.stringify(d.text)} ${d.value}${d.relative ? ' (relative)' : ''}`);
  it('finds absolute and relative dates with offsets', () => {
    expect(render('The pact was signed on Jan. 5, 2024 and ratified last week; troops left on Monday.')).toEqual([
      '23-35 "Jan. 5, 2024" 2024-01-05',
      '49-58 "last week" 2024-W10 (relative)',
      '75-81 "Monday" 2024-03-11 (relative)',
    ]);
  });
  it('takes the year after a preposition, not the preposition', () => {
    expect(render('The 2024 pact, agreed in 2023, replaced one from 1961.')).toEqual(['25-29 "2023" 2023', '49-53 "1961" 1961']);
  });
  it('must not match', () => {
    for (const text of ['He may go.', '12,000 troops', 'a 2,024-page report', 'the F-16 and the AK-47', 'Marines 5 and 6']) {
      expect(render(text), text).toEqual([]);
    }
  });
});

describe('isYearNumeral (AP: years take no comma)', () => {
  it.each([['2024', true], ['1961', true], ['2,024', false], ['12000', false], ['999', false]] as const)('%s', (t, want) => expect(isYearNumeral(t)).toBe(want));
});
