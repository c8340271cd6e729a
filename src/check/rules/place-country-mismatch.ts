/**
 * `place-country-mismatch` (stretch, info): a place said to belong to a country it does not lie
 * in: "Ukraine's ... Kursk region", Kursk being in Russia. Reads the entities layer: a country
 * mention followed by a possessive 's and, within a few words and no punctuation, a place whose
 * known country is another one. Occupied or disputed places make this an editorial question, not
 * always an error, hence `info`.
 */
import { defineRule, type Draft } from '../rule.js';
import type { CheckContext } from '../context.js';
import type { Entity, Mention } from '../../types.js';

/** The possessive must reach the place within this many characters, with no punctuation between. */
const REACH = 40;

/** A place mention with its entity. */
interface Place {
  start: number;
  end: number;
  text: string;
  entity: Entity;
}

/** A character `\b` counts as a word character (ASCII letters, digits, underscore). */
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** Whether a possessive 's follows `at` (what /^['’]s\b/ finds there, with no slice made). */
function isPossessive(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  // (charCodeAt past the end is NaN: not a word character, like the end of the text for \b)
  return (c === 39 || c === 0x2019) && text.charCodeAt(at + 1) === 115 && !isWordChar(text.charCodeAt(at + 2));
}

/** Whether a verb (a participle, as the tagger reads it) stands in [from, to). */
function verbBetween(ctx: CheckContext, from: number, to: number): boolean {
  const sentence = ctx.sentenceAt(from);
  if (!sentence) return false;
  const { tokens } = ctx.layers.tokens;
  for (let i = sentence.firstToken; i < sentence.endToken && tokens[i].start < to; i++) {
    if (tokens[i].start >= from && tokens[i].pos === 'VERB') return true;
  }
  return false;
}

/** The rule. */
export const placeCountryMismatch = defineRule({
  id: 'place-country-mismatch',
  severity: 'info',
  stretch: true,
  description: 'A place is said to belong to a country it does not lie in (e.g. "France\'s Bavaria region").',
  example: {
    bad: 'Storms hit France\'s Bavaria region on Sunday.',
    good: 'Storms hit Germany\'s Bavaria region on Sunday.',
  },
  check(ctx) {
    const entities = ctx.layers.entities;
    // only the few mentions that matter: possessive countries, and places with a known country
    const text = ctx.text;
    const possessive = (m: Mention) => isPossessive(text, m.end);
    if (!entities.some((e) => e.type === 'country' && e.country && e.mentions.some(possessive))) return [];
    const places: Place[] = [];
    for (const e of entities) if (e.type === 'place' && e.country) for (const m of e.mentions) places.push({ start: m.start, end: m.end, text: m.text, entity: e });
    if (!places.length) return [];
    places.sort((a, b) => a.start - b.start);
    const countryName = new Map<string, string>();
    for (const e of entities) if (e.type === 'country' && e.country && !countryName.has(e.country)) countryName.set(e.country, e.name);
    const out: Draft[] = [];
    for (const owner of entities) {
      if (owner.type !== 'country' || !owner.country) continue;
      for (const m of owner.mentions) {
        if (!possessive(m)) continue;
        const from = m.end + 2;
        for (const p of places.filter((x) => x.start >= from && x.start < from + REACH)) {
          const between = ctx.analysisText.slice(from, p.start);
          // punctuation or a preposition means the possessive owns something else ("Russia's annexation of Crimea")
          if (/[,.;:!?()"“”]/.test(between) || /\b(?:of|in|on|at|to|from|with|by|for|into|over|near|towards?|against|and|or|than)\b/i.test(between)) break;
          // a participle says what the country did to the place ("Ukraine's captured Kursk region",
          // "Russia's annexed Crimea"), not where the place lies
          if (verbBetween(ctx, from, p.start)) break;
          const place = p.entity;
          if (place.country === owner.country) break;
          out.push({
            start: m.start,
            end: p.end,
            message: `“${ctx.text.slice(m.start, p.end).replace(/\s+/g, ' ')}” places ${p.text} in ${owner.name}, but ${place.name} lies in ${countryName.get(place.country!) ?? place.country}.`,
            related: [{ start: p.start, end: p.end }],
          });
          break;
        }
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
});
