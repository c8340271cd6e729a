/**
 * Issue 3 "Done means" on the seed article: the nine quotes with their speakers, and the reported
 * statements with their sources.
 */
import type { Check } from '../accept.js';
import type { Analysis, Quote } from '../../src/types.js';

const EXAMPLE = 'nk-troops-kursk.txt';

/** The smallest quote whose text contains `snippet`. */
function quoteWith(a: Analysis, snippet: string): Quote | null {
  let best: Quote | null = null;
  for (const q of a.quotes) if (q.text.includes(snippet) && (!best || q.text.length < best.text.length)) best = q;
  return best;
}

function show(q: Quote): string {
  const sp = q.speaker ? `${q.speaker.name} <${q.speaker.text}>` : 'no speaker';
  return `${q.kind} "${q.text.slice(0, 50)}" by ${sp}${q.via ? ` via ${q.via.name}` : ''}`;
}

interface Want {
  name: string;
  snippet: string;
  speaker: RegExp;
  /** The speaker's own span in the text, when it is not the name (a pronoun). */
  spanText?: string;
  via?: RegExp;
  kinds?: Quote['kind'][];
  section?: Quote['section'];
  named?: boolean;
  country?: string;
}

function expect(w: Want): Check {
  return {
    example: EXAMPLE,
    name: w.name,
    check(a) {
      const q = quoteWith(a, w.snippet);
      if (!q) return `no quote contains "${w.snippet}"`;
      if (!q.speaker || !w.speaker.test(q.speaker.name)) return `speaker should match ${w.speaker}: ${show(q)}`;
      if (w.spanText && q.speaker.text !== w.spanText) return `speaker span should be "${w.spanText}": ${show(q)}`;
      if (w.via && !(q.via && w.via.test(q.via.name))) return `should be relayed via ${w.via}: ${show(q)}`;
      if (w.kinds && !w.kinds.includes(q.kind)) return `kind should be ${w.kinds.join(' or ')}: ${show(q)}`;
      if (w.section && q.section !== w.section) return `section should be ${w.section}, is ${q.section}`;
      if (w.named !== undefined && q.speaker.named !== w.named) return `speaker should be ${w.named ? 'named' : 'unnamed'}: ${show(q)}`;
      if (w.country && q.speaker.country !== w.country) return `speaker country should be ${w.country}, is ${q.speaker.country}`;
      return null;
    },
  };
}

const QUOTED: Quote['kind'][] = ['direct', 'partial'];
const REPORTED: Quote['kind'][] = ['indirect', 'belief'];

/** The checks. */
export const checks: Check[] = [
  // the nine quotes
  expect({ name: 'summary: "annihilate Ukrainian forces" by North Korean state media', snippet: 'annihilate Ukrainian forces', speaker: /state media/i, kinds: QUOTED, section: 'summary', country: 'PRK' }),
  expect({ name: '"full liberation" by Putin', snippet: 'full liberation', speaker: /Putin/, kinds: QUOTED }),
  expect({ name: '"shoulder to shoulder with Russian fighters" by Putin', snippet: 'shoulder to shoulder with Russian fighters', speaker: /Putin/, kinds: QUOTED }),
  expect({ name: '"The Russian people will never forget ..." by Putin', snippet: 'The Russian people will never forget', speaker: /Putin/, kinds: ['direct'] }),
  expect({ name: '"our common freedom" by Putin through "He"', snippet: 'our common freedom', speaker: /Putin/, spanText: 'He', kinds: QUOTED }),
  expect({ name: '"annihilate and wipe out ..." by Kim Jong Un via state media', snippet: 'annihilate and wipe out', speaker: /Kim Jong Un/, via: /state media/i, kinds: QUOTED }),
  expect({ name: '"They who fought for justice ..." by KCNA', snippet: 'They who fought for justice', speaker: /KCNA/, kinds: ['direct'] }),
  expect({ name: '"highly motivated and well-prepared" by an unnamed Ukrainian general', snippet: 'highly motivated and well-prepared', speaker: /Ukrainian general/, named: false, country: 'UKR', kinds: QUOTED }),
  expect({ name: '"If the Kremlin sends ..." by Oleksandr Merezhko', snippet: 'If the Kremlin sends', speaker: /Merezhko/, kinds: ['direct'] }),
  // the reported statements
  expect({ name: 'Putin acknowledging North Korea has sent thousands of troops', snippet: 'North Korea has sent thousands of troops', speaker: /Putin/, kinds: REPORTED }),
  expect({ name: 'intelligence reports estimating up to 12,000', snippet: 'up to 12,000', speaker: /intelligence reports/i, named: false, kinds: REPORTED }),
  expect({ name: 'National Intelligence Service estimating 4,700 casualties', snippet: '4,700 casualties', speaker: /National Intelligence Service/, kinds: REPORTED, country: 'KOR' }),
  expect({ name: 'reports indicating the troops were unprepared', snippet: 'woefully unprepared', speaker: /reports/i, named: false, kinds: REPORTED }),
  expect({ name: 'Ukrainian commanders admitting the numbers created difficulties', snippet: 'created difficulties', speaker: /Ukrainian commanders/, country: 'UKR', kinds: REPORTED }),
  expect({ name: 'Ukraine warning of direct conflict', snippet: 'trigger direct conflict', speaker: /Ukraine/, kinds: REPORTED }),
  expect({ name: 'Merezhko ("He") predicting harsh consequences', snippet: 'harsh consequences', speaker: /Merezhko/, spanText: 'He', kinds: REPORTED }),
  expect({ name: 'analysts suggesting a desperate bid', snippet: 'desperate bid', speaker: /analysts/i, named: false, kinds: REPORTED }),
  expect({ name: 'Putin sees expendable troops (belief)', snippet: 'expendable troops', speaker: /Putin/, kinds: ['belief'] }),
  {
    example: EXAMPLE,
    name: 'the title\'s report is found in the title section',
    check(a) {
      const q = a.quotes.find((x) => x.section === 'title');
      return q && q.speaker && /Putin/.test(q.speaker.name) ? null : 'no quote by Putin in the title';
    },
  },
  {
    example: EXAMPLE,
    name: 'quotes are well-formed (text = slice, parts inside the span, ids in order)',
    check(a) {
      for (const [i, q] of a.quotes.entries()) {
        if (q.id !== `q${i + 1}`) return `id ${q.id} at position ${i}`;
        if (a.document.text.slice(q.start, q.end) !== q.text) return `${q.id}: text is not the slice`;
        if (q.parts.some((p) => p.start < q.start || p.end > q.end)) return `${q.id}: a part lies outside the span`;
        if (i > 0 && q.start < a.quotes[i - 1].start) return `${q.id}: not ordered by start`;
      }
      return a.diagnostics.some((d) => d.stage === 'quotes') ? `unexpected diagnostics: ${a.diagnostics.filter((d) => d.stage === 'quotes').map((d) => d.code).join(', ')}` : null;
    },
  },
];
