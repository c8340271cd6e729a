/**
 * Issue 5 "Done means" for the seed article: the events a reader expects, each with a fitting
 * PLOVER type, a CAMEO root that belongs to that type, and its evidence span. Countries are read
 * from the actor's `country`, its code root, or a compound actor's members, so a check passes
 * whichever way the entity layer names the side ("North Korea", "Pyongyang", "North Korean troops").
 */
import type { Check } from '../accept.js';
import type { Analysis, Event, EventActor } from '../../src/types.js';
import { CAMEO_ROOTS, type PloverType } from '../../src/extract/events/plover.js';

const EXAMPLE = 'nk-troops-kursk.txt';

const sides = (a: EventActor | null): string[] =>
  !a ? [] : [a.country, a.code?.slice(0, 3), ...a.members.flatMap(sides)].filter((x): x is string => !!x);

interface Want {
  types: PloverType[];
  actor: string;
  target: string;
  /** Words the evidence must contain (case-insensitive). */
  evidence?: RegExp;
  hedged?: boolean;
  symmetric?: boolean;
}

function find(a: Analysis, w: Want): Event | undefined {
  return a.events.find((e) => {
    if (!w.types.includes(e.type as PloverType)) return false;
    const act = sides(e.actor);
    const tgt = sides(e.target);
    const directed = act.includes(w.actor) && tgt.includes(w.target);
    const mutual = w.symmetric && e.symmetric && [...act, ...tgt].includes(w.actor) && [...act, ...tgt].includes(w.target);
    if (!directed && !mutual) return false;
    if (w.evidence && !w.evidence.test(e.text)) return false;
    if (w.hedged !== undefined && e.hedged !== w.hedged) return false;
    return true;
  });
}

function expect(name: string, w: Want): Check {
  return {
    example: EXAMPLE,
    name,
    check(a) {
      const e = find(a, w);
      if (!e) {
        const near = a.events.filter((x) => w.types.includes(x.type as PloverType)).map((x) => `${x.type} ${sides(x.actor)[0] ?? '-'}→${sides(x.target)[0] ?? '-'}`);
        return `no ${w.types.join('/')} event ${w.actor} → ${w.target}${w.hedged ? ' (hedged)' : ''}${w.symmetric ? ' (symmetric)' : ''}; ${near.length ? `have ${near.join(', ')}` : `${a.events.length} events in all`}`;
      }
      if (!CAMEO_ROOTS[e.type as PloverType].includes(e.cameo)) return `${e.id} has CAMEO root ${e.cameo}, not one of ${e.type}'s roots`;
      if (a.document.text.slice(e.start, e.end) !== e.text || !e.text.trim()) return `${e.id} evidence span does not match the text`;
      if (!e.rule.startsWith('events/')) return `${e.id} rule ${e.rule} is not an events rule`;
      return null;
    },
  };
}

/** The checks `npm run accept` runs. */
export const checks: Check[] = [
  expect('North Korea sends troops to fight for Russia (PRK → RUS)', { types: ['AID', 'MOBILIZE', 'COOPERATE'], actor: 'PRK', target: 'RUS', evidence: /troops/i }),
  expect('North Korean forces fight Ukrainian forces (PRK → UKR)', { types: ['FIGHT', 'ASSAULT'], actor: 'PRK', target: 'UKR' }),
  expect('Putin praises the North Korean troops (RUS → PRK)', { types: ['SUPPORT'], actor: 'RUS', target: 'PRK', evidence: /prais/i }),
  expect('Kyiv denies Putin\'s "full liberation" claim (UKR → RUS)', { types: ['REJECT'], actor: 'UKR', target: 'RUS', evidence: /denies/i }),
  expect('North Korea ships artillery shells and rockets to Russia (PRK → RUS)', { types: ['AID'], actor: 'PRK', target: 'RUS', evidence: /shipped/i }),
  expect('Russian military technology in exchange, hedged by "likely" (RUS → PRK)', { types: ['AID', 'COOPERATE'], actor: 'RUS', target: 'PRK', evidence: /in exchange/i, hedged: true }),
  expect('the 2024 mutual defence pact (RUS ↔ PRK, symmetric)', { types: ['SUPPORT', 'AGREE', 'COOPERATE'], actor: 'RUS', target: 'PRK', evidence: /2024 mutual defense pact/i, symmetric: true }),
  expect('North Korea threatens South Korea (PRK → KOR)', { types: ['THREATEN'], actor: 'PRK', target: 'KOR' }),
  {
    example: EXAMPLE,
    name: 'the 2024 pact is dated 2024',
    check(a) {
      const e = find(a, { types: ['SUPPORT', 'AGREE', 'COOPERATE'], actor: 'RUS', target: 'PRK', evidence: /2024 mutual defense pact/i, symmetric: true });
      return e?.date?.startsWith('2024') ? null : `pact event date is ${e?.date ?? 'missing'}`;
    },
  },
];
