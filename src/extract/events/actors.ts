/**
 * Actor candidates in one sentence: who could be the actor or target of an event. Built from the
 * entity layer's mentions first, then the events gazetteer (countries, demonyms, capitals, seats,
 * international bodies, user dictionaries), sector nouns ("troops", "officials") and pronouns;
 * then merged into noun phrases the way CAMEO actor coding reads them:
 *
 *   "North Korean troops"        demonym + sector noun      → PRK, MIL
 *   "Sudan's government"         country 's + sector noun   → SDN, GOV
 *   "Rebels in the Ivory Coast"  sector noun + in/of + name → CIV, REB
 *   "President Omar al-Bashir"   title + name               → GOV (country from context)
 *   "Israel and the Palestinians" two actors joined by "and" → compound with members
 */
import type { Token } from '../../types.js';
import type { MentionRef } from '../entities/mentions.js';
import { agentAt, fuzzyCountry, matchAt, type Gazetteer, type TokenKeys } from './gazetteer.js';
import { sectorCode, TITLES } from './actor-lexicon.js';

/** A possible event participant: token range [start, end) and what it stands for. */
export interface Candidate {
  start: number;
  end: number;
  name: string;
  entity: string | null;
  country: string | null;
  /** Full code when the source gives one (IGO codes, user dictionaries, entity layer). */
  code: string | null;
  /** CAMEO sector code (GOV, MIL, ...). */
  sector: string | null;
  kind: 'named' | 'agent' | 'pronoun' | 'unknown';
  /** Countries, capitals and places can also be locations. */
  place: boolean;
  /**
   * A city, region or area the entity layer names as a place (not a state, nor a capital standing
   * for its government): where an event happens, never a party to it.
   */
  locality: boolean;
  /** The preposition right before the phrase ('' when none). */
  prep: string;
  members: Candidate[];
}

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
/** Nouns for settlements and areas that govern a place name with "of" ("the town of X"; WordNet's settlement and region hyponyms). */
const SETTLEMENT_NOUNS = new Set(['town', 'city', 'village', 'hamlet', 'port', 'district', 'region', 'province', 'county', 'municipality', 'suburb', 'neighbourhood', 'neighborhood', 'island', 'enclave', 'outskirts']);
const NP_GAP_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);
const QUANTIFIERS = new Set(['about', 'around', 'over', 'under', 'nearly', 'approximately', 'some', 'up', 'to', 'roughly', 'almost']);
const ATTACH_PREPS = new Set(['in', 'of', 'from', 'based', 'throughout', 'across']);
const SKIP_BEFORE_PREP = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PRON']);
const CALENDAR = /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/i;

/** Index of the first token whose start is >= offset. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function prepBefore(tokens: readonly Token[], start: number, first: number): string {
  for (let i = start - 1, n = 0; i >= first && n < 5; i--, n++) {
    const t = tokens[i];
    // "about 2,500 dockworkers", "over 200 soldiers": a quantifier, not a preposition
    if (t.pos === 'ADP' && tokens[i + 1]?.pos === 'NUM' && QUANTIFIERS.has(t.norm)) return '';
    if (t.pos === 'ADP' || (t.pos === 'PART' && t.norm === 'to') || t.norm === 'between' || t.norm === 'alongside') return t.norm;
    if (t.norm === 'more' || t.norm === 'than' || t.norm === 'least' || t.norm === 'at' || t.norm === 'some') continue;
    if (!SKIP_BEFORE_PREP.has(t.pos) || t.norm === 'its' || t.norm === 'their') return '';
  }
  return '';
}

/**
 * A candidate with every field written out in one order (one object shape for all candidates:
 * a literal ending in `...rest`, or a `rest` object of varying shape read with `in`, made the
 * code that builds and reads candidates polymorphic). `name` null: the phrase as written.
 */
function mk(
  tokens: readonly Token[],
  text: string,
  first: number,
  start: number,
  stop: number,
  name: string | null,
  entity: string | null,
  country: string | null,
  code: string | null,
  sector: string | null,
  kind: Candidate['kind'],
  place: boolean,
  locality = false,
): Candidate {
  return {
    start,
    end: stop,
    name: name ?? text.slice(tokens[start].start, tokens[stop - 1].end),
    entity,
    country,
    code,
    sector,
    kind,
    place,
    locality,
    prep: prepBefore(tokens, start, first),
    members: [],
  };
}

/** A copy of a candidate with every field written out (same shape; `{ ...c, x }` is a slow path). */
export function copyCandidate(c: Candidate): Candidate {
  return { start: c.start, end: c.end, name: c.name, entity: c.entity, country: c.country, code: c.code, sector: c.sector, kind: c.kind, place: c.place, locality: c.locality, prep: c.prep, members: c.members };
}

/** Whether a token's text starts with an ASCII capital (the test /^[A-Z]/). */
function asciiCapital(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** The candidate of an entity mention over tokens [a, b), with what the gazetteer adds. */
function mentionCandidate(tokens: readonly Token[], keys: TokenKeys, text: string, gaz: Gazetteer, first: number, end: number, a: number, b: number, e: MentionRef['entity']): Candidate {
  // what the entity layer says, then what the gazetteer adds (fields kept in locals: no
  // intermediate objects per mention)
  let country = e.country;
  let code = e.code;
  let sector = sectorCode(e.sector ?? null);
  let place = e.type === 'country' || e.type === 'place';
  // the user's own actor dictionaries (`eventActors`, `actorsFiles`) outrank the entity layer
  // (the look-up is only worth it where a user entry may match or the entity layer gives no side)
  const user = gaz.hasUser || (!country && !code) ? matchAt(gaz, tokens, keys, a, b) : null;
  if (user && user.end === b && user.entry.kind === 'user') {
    country = user.entry.country;
    code = user.entry.code;
    sector = user.entry.sector ?? sector;
  }
  if (!country && !code) {
    // the entity layer may not know a name the events gazetteer does ("European Community")
    const g = user ?? (b - a === 1 ? fuzzyEntry(gaz, tokens[a], keys.norm(a), a + 1) : null);
    if (g && g.end === b) {
      country = g.entry.country;
      code = g.entry.code;
      sector = sector ?? g.entry.sector;
      place = g.entry.kind === 'country' || g.entry.kind === 'capital';
    }
  }
  // a group or sector noun without a country ("officials", "rebels") is an agent to be merged
  let kind: Candidate['kind'] = 'named';
  if (!country && !code && e.type !== 'person') {
    const ag = agentAt(gaz, keys, b - 1, end) ?? agentAt(gaz, keys, a, end);
    if (ag || sector) {
      kind = 'agent';
      sector ??= ag?.sector ?? null;
    }
  }
  if (!sector) {
    // a title inside the mention ("Federal Minister", "President X") gives the sector
    for (let k = a; k < b && !sector; k++) sector = TITLES[keys.norm(k)] ?? null;
  }
  // a place the entity layer knows neither as a state nor as a seat of government ("Kursk", "Las
  // Vegas"); only one it places in a country, since a name it cannot place may be a misread organisation
  const locality = e.type === 'place' && !!country && !code && !sector && kind === 'named';
  return mk(tokens, text, first, a, b, e.name, e.id, country, code, sector, kind, place, locality);
}

/** Whether every token of [from, to) is written in capitals, three letters or more ("BLACKOUT"). */
function allCaps(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k].text;
    if (w.length < 3 || w !== w.toUpperCase()) return false;
  }
  return true;
}

let coveredFlags = new Uint8Array(256);

/**
 * A zeroed flag per token of a sentence, in one buffer reused across sentences (a typed array
 * allocated per sentence cost more than the flags' work).
 */
function coveredBuffer(n: number): Uint8Array {
  if (coveredFlags.length < n) coveredFlags = new Uint8Array(Math.max(n, coveredFlags.length * 2));
  coveredFlags.fill(0, 0, n);
  return coveredFlags;
}

/** Builds the merged actor candidates of tokens [first, end). */
export function candidates(
  tokens: readonly Token[],
  keys: TokenKeys,
  first: number,
  end: number,
  text: string,
  gaz: Gazetteer,
  mentions: readonly MentionRef[],
): Candidate[] {
  const raw: Candidate[] = [];
  const covered = coveredBuffer(end - first);
  for (const m of mentions) {
    const a = tokenAt(tokens, m.start);
    let b = a;
    while (b < end && tokens[b].end <= m.end) b++;
    if (a < first || b <= a || covered[a - first]) continue;
    raw.push(mentionCandidate(tokens, keys, text, gaz, first, end, a, b, m.entity));
    covered.fill(1, a - first, b - first);
  }
  for (let i = first; i < end; i++) {
    if (covered[i - first]) continue;
    const t = tokens[i];
    const g = matchAt(gaz, tokens, keys, i, end);
    if (g) {
      const e = g.entry;
      raw.push(mk(tokens, text, first, i, g.end, e.name, null, e.country, e.code, e.sector, 'named', e.kind === 'country' || e.kind === 'capital'));
      covered.fill(1, i - first, g.end - first);
      i = g.end - 1;
      continue;
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      const a = agentAt(gaz, keys, i, end);
      // a media noun modifying a singular noun names no party: "a press conference", "a media
      // campaign", "a television interview" (the channel or the audience of a statement, never
      // who acts); a plural head ("media outlets", "media commentators") or an agent noun
      // ("press officers") is a group of the media, kept
      if (a && a.sector === 'MED' && a.end < end && tokens[a.end].pos === 'NOUN' && !(tokens[a.end].norm !== tokens[a.end].lemma && tokens[a.end].norm.endsWith('s')) && !agentAt(gaz, keys, a.end, end)) {
        i = a.end - 1;
        continue;
      }
      if (a) {
        raw.push(mk(tokens, text, first, i, a.end, null, null, null, null, a.sector, 'agent', false));
        covered.fill(1, i - first, a.end - first);
        i = a.end - 1;
        continue;
      }
    }
    if (t.pos === 'PRON' && PRONOUNS.has(t.norm)) {
      raw.push(mk(tokens, text, first, i, i + 1, null, null, null, null, null, 'pronoun', false));
      continue;
    }
    const fuzzy = t.pos === 'PROPN' && t.text.length >= 5 ? fuzzyCountry(gaz, keys.norm(i)) : null;
    if (fuzzy) {
      raw.push(mk(tokens, text, first, i, i + 1, fuzzy.name, null, fuzzy.country, null, fuzzy.sector, 'named', fuzzy.kind === 'country' || fuzzy.kind === 'capital'));
      continue;
    }
    if (t.pos === 'PROPN' && asciiCapital(t.text) && !CALENDAR.test(t.text)) {
      let j = i + 1;
      while (j < end && !covered[j - first] && tokens[j].pos === 'PROPN' && asciiCapital(tokens[j].text) && !matchAt(gaz, tokens, keys, j, end)) j++;
      // a lone capitalised -al adjective opening the sentence before a common noun is an adjective
      // the tagger read as a name ("Environmental groups blamed ...", "Local farmers"): no actor,
      // as an unnamed group is none ("Opposition groups" keeps its noun)
      if (j === i + 1 && /[a-z]al$/.test(t.text) && (i === 0 || tokens[i - 1].sentence !== t.sentence) && j < end && tokens[j].pos === 'NOUN' && !asciiCapital(tokens[j].text)) continue;
      // in an all-capitals headline every word reads as a name ("POLICE IMPOSE INFORMATION BLACKOUT"):
      // a run of capitalised words no other layer knows is no actor there
      if (!(j - i > 1 && allCaps(tokens, i, j))) raw.push(mk(tokens, text, first, i, j, null, null, null, null, null, 'unknown', true));
      i = j - 1;
    }
  }
  sortByStart(raw);
  // "the flooded town of Faenza": a name governed by a settlement noun is a place, whatever the
  // entity layer could tell of it, so it is where the act happens and never a party to it
  // ("the territory of Ukraine", "on Polish soil" aside: a state's territory is where troops are
  // sent, not who receives them)
  for (const c of raw) {
    if (c.kind !== 'unknown' && c.kind !== 'named') continue;
    if (c.sector || c.start < first + 2 || tokens[c.start - 1].norm !== 'of') continue;
    const noun = tokens[c.start - 2].norm;
    if ((!c.country && !c.code && SETTLEMENT_NOUNS.has(noun)) || noun === 'territory' || noun === 'soil') {
      c.place = true;
      c.locality = true;
      // the settlement phrase itself says where ("attacked the village of X" happened at X)
      c.prep = 'at';
    }
  }
  return mergePhrases(tokens, keys, raw, end);
}

/**
 * Sorts candidates by start in place, keeping the order of equal starts (as the stable
 * `Array.prototype.sort` does): an insertion sort, as the lists are short and nearly sorted.
 */
function sortByStart(list: Candidate[]): void {
  for (let i = 1; i < list.length; i++) {
    const c = list[i];
    let j = i - 1;
    while (j >= 0 && list[j].start > c.start) {
      list[j + 1] = list[j];
      j--;
    }
    list[j + 1] = c;
  }
}

function fuzzyEntry(gaz: Gazetteer, t: Token, norm: string, end: number) {
  const e = t.pos === 'PROPN' && t.text.length >= 5 ? fuzzyCountry(gaz, norm) : null;
  return e ? { entry: e, end } : null;
}

function gapIsNounPhrase(tokens: readonly Token[], from: number, to: number, max: number): boolean {
  if (to - from > max) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!(NP_GAP_POS.has(t.pos) || t.norm === "'s" || t.norm === '’s' || t.norm === '-' || t.norm === "'" || t.norm === '’' || t.norm === 'and')) return false;
    if (t.norm === 'and' && k !== from) return false;
  }
  return true;
}

const known = (c: Candidate) => !!(c.country || c.code);
const actorLike = (c: Candidate) => known(c) || c.kind === 'unknown' || (c.kind === 'named' && !c.place);

function mergePhrases(tokens: readonly Token[], keys: TokenKeys, raw: Candidate[], end: number): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < raw.length; i++) {
    let c = raw[i];
    const next = raw[i + 1];
    // named/demonym (+ 's / adjectives) + sector noun: "North Korean troops", "Sudan's government"
    // (an unknown proper name + sector noun is an organisation: "Kurdistan Workers' Party")
    if (next && (c.kind === 'named' || (c.kind === 'unknown' && c.end - c.start > 1)) && next.kind === 'agent' && !c.members.length && gapIsNounPhrase(tokens, c.end, next.start, 3) && !hasAnd(tokens, c.end, next.start)) {
      const n = copyCandidate(c);
      n.end = next.end;
      n.sector = c.sector && c.sector !== 'GOV' ? c.sector : next.sector;
      n.place = false;
      n.kind = 'named';
      c = n;
      i++;
    }
    // more sector nouns in the same phrase: "Israeli army bulldozers", "Israeli helicopters and tanks"
    while ((c.kind === 'named' || c.kind === 'agent') && c.sector && raw[i + 1]?.kind === 'agent') {
      const more = raw[i + 1];
      const gap = more.start - c.end;
      const joined = gap === 0 || (gap === 1 && tokens[c.end].norm === 'and' && tokens[c.end - 1].pos !== 'PROPN');
      if (!joined) break;
      c = copyCandidate(c);
      c.end = more.end;
      i++;
    }
    // title/sector + name: "President Abdelaziz Bouteflika", "Defence Secretary Tom King"
    const after = raw[i + 1];
    if (after && c.kind !== 'pronoun' && (c.sector || c.code) && (after.kind === 'unknown' || (after.kind === 'named' && !after.place && !after.country && !after.code)) && after.start === c.end) {
      const titled = TITLES[keys.norm(c.end - 1)] ?? null;
      if (titled || c.kind === 'named') {
        const n = copyCandidate(c);
        n.end = after.end;
        n.name = after.name;
        n.entity = after.entity ?? c.entity;
        n.kind = 'named';
        n.place = false;
        c = n;
        i++;
      }
    }
    // sector noun + in/of/from + country: "Rebels in the Ivory Coast", "Opposition groups in Zimbabwe"
    const pp = raw[i + 1];
    if (pp && c.kind === 'agent' && !c.country && pp.country && ATTACH_PREPS.has(pp.prep) && pp.start - c.end <= 4 && attachGap(tokens, c.end, pp.start)) {
      const n = copyCandidate(c);
      n.end = pp.end;
      n.country = pp.country;
      n.code = pp.code;
      n.kind = 'named';
      c = n;
      i++;
    }
    // organisation/country + title words + person: "U.N. Secretary-General Kofi Annan"
    const person = raw[i + 1];
    if (person && (c.country || c.code) && c.kind === 'named' && !c.members.length && person.kind !== 'pronoun' && !person.country && !person.code && !person.place && person.start > c.end && titleGap(tokens, c.end, person.start)) {
      const n = copyCandidate(c);
      n.end = person.end;
      n.name = person.name;
      n.entity = person.entity ?? c.entity;
      n.sector = c.sector ?? person.sector;
      c = n;
      i++;
    }
    out.push(c);
  }
  // compounds: "Israel and the Palestinians", "Hungarian and Romanian officials", "between X and Y"
  const merged: Candidate[] = [];
  for (let i = 0; i < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (b && a.kind !== 'pronoun' && b.kind !== 'pronoun' && (known(a) || known(b)) && actorLike(a) && actorLike(b) && andBetween(tokens, a.end, b.start)) {
      const sector = a.sector ?? b.sector;
      const first = copyCandidate(a);
      first.sector = sector;
      const second = copyCandidate(b);
      second.prep = a.prep;
      second.sector = b.sector ?? (b.kind === 'named' && !b.place ? null : sector);
      merged.push({ start: a.start, end: b.end, name: `${a.name} and ${b.name}`, entity: null, country: null, code: null, sector, kind: 'named', place: false, locality: false, prep: a.prep, members: [first, second] });
      i++;
      continue;
    }
    merged.push(a);
  }
  void end;
  return merged;
}

function attachGap(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!(t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.norm === 'based')) return false;
  }
  return true;
}

function titleGap(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!((t.pos === 'PROPN' || t.pos === 'NOUN') && /^[A-Z]/.test(t.text)) && t.norm !== '-' && t.norm !== "'s") return false;
  }
  return true;
}

function hasAnd(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].norm === 'and') return true;
  return false;
}

function andBetween(tokens: readonly Token[], from: number, to: number): boolean {
  let and = false;
  for (let k = from; k < to; k++) {
    const n = tokens[k].norm;
    if (n === 'and' && !and) and = true;
    else if (!(tokens[k].pos === 'DET' || n === 'its' || n === 'their' || n === 'the')) return false;
  }
  return and;
}
