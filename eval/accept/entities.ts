/**
 * What the entities stage must find in the seed article (issue 2, "Done means"): the people, the
 * organisations and the places that stand for states, each with the right type and ISO-3 country;
 * spans that equal their slice of the text; ids that do not change between runs; and no person
 * made of a capitalised common word ("Reports", "Sources", "Meanwhile").
 */
import { analyze } from '../../src/pipeline/analyze.js';
import type { Analysis, Entity, EntityType } from '../../src/types.js';
import type { Check } from '../accept.js';

const EXAMPLE = 'nk-troops-kursk.txt';

/** The entity that has a mention with exactly this text. */
function byMention(a: Analysis, text: string): Entity | undefined {
  return a.entities.find((e) => e.mentions.some((m) => m.text === text));
}

/** Expects a mention `text` on an entity of one of `types` with `country`. */
function expect(text: string, types: EntityType[], country: string | null, extra?: (e: Entity) => string | null): Check {
  return {
    example: EXAMPLE,
    name: `"${text}" is ${types.join(' or ')}${country ? ` of ${country}` : ''}`,
    check(a) {
      const e = byMention(a, text);
      if (!e) return `no entity has a mention "${text}"`;
      if (!types.includes(e.type)) return `"${text}" belongs to ${e.id} "${e.name}" of type ${e.type}`;
      if (country && e.country !== country) return `"${text}" belongs to ${e.id} "${e.name}" with country ${e.country}`;
      return extra ? extra(e) : null;
    },
  };
}

const named = (name: string) => (e: Entity) => (e.name === name ? null : `the entity is named "${e.name}", not "${name}"`);

/** The checks. */
export const checks: Check[] = [
  expect('Vladimir Putin', ['person'], 'RUS'),
  expect('Putin', ['person'], 'RUS', named('Vladimir Putin')),
  expect('Kim Jong Un', ['person'], 'PRK'),
  expect('Oleksandr Merezhko', ['person'], null),
  expect('KCNA', ['organization'], 'PRK'),
  expect('National Intelligence Service', ['organization'], 'KOR'),
  expect('DPRK', ['country'], 'PRK'),
  // capitals standing for their states are places carrying the country and a government code
  expect('Pyongyang', ['place'], 'PRK'),
  expect('Kyiv', ['place'], 'UKR'),
  expect('Seoul', ['place'], 'KOR'),
  expect('Washington', ['place'], 'USA'),
  expect('U.S.', ['country'], 'USA'),
  expect('Kremlin', ['organization'], 'RUS', (e) => (e.code === 'RUSGOV' ? null : `code ${e.code}, expected RUSGOV`)),
  expect('Kursk', ['place'], 'RUS'),
  expect('North Korean soldiers', ['group'], 'PRK'),
  expect('Ukrainian commanders', ['group'], 'UKR'),
  {
    example: EXAMPLE,
    name: 'capitalised common words are no entities ("Reports", "Sources", "Meanwhile", "Still")',
    check(a) {
      const bad = a.entities.flatMap((e) => e.mentions.filter((m) => /^(Reports|Sources|Meanwhile|Still|While|Yet)$/.test(m.text)).map((m) => `${m.text} (${e.type})`));
      return bad.length ? `found ${bad.join(', ')}` : null;
    },
  },
  {
    example: EXAMPLE,
    name: 'every mention text equals its slice of the document; ids are e1.. in order of first mention',
    check(a) {
      const text = a.document.text;
      for (const e of a.entities) for (const m of e.mentions) if (text.slice(m.start, m.end) !== m.text) return `${e.id}: "${m.text}" != slice`;
      const ids = a.entities.map((e) => e.id).join(',');
      const want = a.entities.map((_, i) => `e${i + 1}`).join(',');
      if (ids !== want) return `ids ${ids}`;
      const firsts = a.entities.map((e) => Math.min(...e.mentions.map((m) => m.start)));
      for (let i = 1; i < firsts.length; i++) if (firsts[i] < firsts[i - 1]) return `${a.entities[i].id} starts before ${a.entities[i - 1].id}`;
      return null;
    },
  },
  {
    example: EXAMPLE,
    name: 'entities are the same on a second run (stable ids)',
    check(a) {
      const again = analyze({ text: a.document.text, format: 'text' });
      return JSON.stringify(again.entities) === JSON.stringify(a.entities) ? null : 'the second run differs';
    },
  },
];
