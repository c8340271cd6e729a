/**
 * The user's actors (`--lexicon FILE`, key `actors`): each entry is
 * `{ name, aliases?, type, country?, code?, sector?, gender? }` where `type` is one of person,
 * organization, country, place, group, other and `country` an ISO 3166-1 alpha-3 code. Bad entries
 * are skipped with a diagnostic naming what to fix.
 */
import type { EntityType, UserLexicon } from '../../types.js';
import type { ActorEntry } from './data/actors.js';

const TYPES: readonly EntityType[] = ['person', 'organization', 'country', 'place', 'group', 'other'];

/** A validated list and the problems found in the rest. */
export interface UserActors {
  actors: ActorEntry[];
  problems: string[];
}

const cache = new WeakMap<object, UserActors>();
const EMPTY: UserActors = { actors: [], problems: [] };

const optString = (v: unknown) => v === undefined || v === null || typeof v === 'string';

/** Checks one entry; returns the entry or why it cannot be used. */
export function checkActor(raw: unknown, index: number): ActorEntry | string {
  const where = `lexicon actors[${index}]`;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return `${where}: must be an object like {name: "Jane Doe", type: "person"}`;
  const e = raw as Record<string, unknown>;
  if (typeof e.name !== 'string' || !e.name.trim()) return `${where}: "name" must be a non-empty string`;
  if (!TYPES.includes(e.type as EntityType)) return `${where} (${e.name}): "type" must be one of ${TYPES.join(', ')}`;
  if (e.aliases !== undefined && !(Array.isArray(e.aliases) && e.aliases.every((a) => typeof a === 'string' && a.trim()))) {
    return `${where} (${e.name}): "aliases" must be a list of names`;
  }
  if (e.country !== undefined && e.country !== null && !(typeof e.country === 'string' && /^[A-Z]{3}$/.test(e.country))) {
    return `${where} (${e.name}): "country" must be an ISO 3166-1 alpha-3 code such as "FRA"`;
  }
  if (!optString(e.code) || !optString(e.sector)) return `${where} (${e.name}): "code" and "sector" must be strings`;
  if (e.gender !== undefined && e.gender !== null && e.gender !== 'male' && e.gender !== 'female') {
    return `${where} (${e.name}): "gender" must be "male" or "female"`;
  }
  return {
    name: e.name.trim(),
    aliases: (e.aliases as string[] | undefined)?.map((a) => a.trim()),
    type: e.type as EntityType,
    country: (e.country as string | undefined) ?? null,
    code: (e.code as string | undefined) ?? null,
    sector: (e.sector as string | undefined) ?? null,
    gender: (e.gender as 'male' | 'female' | undefined) ?? null,
  };
}

/** Reads and validates `lexicon.actors` (cached per lexicon object, so a batch checks it once). */
export function userActors(lexicon: UserLexicon): UserActors {
  const list = lexicon.actors;
  if (list === undefined) return EMPTY;
  if (!Array.isArray(list)) return { actors: [], problems: ['lexicon actors: must be a list of {name, type, ...} entries'] };
  const hit = cache.get(list);
  if (hit) return hit;
  const out: UserActors = { actors: [], problems: [] };
  list.forEach((raw, i) => {
    const r = checkActor(raw, i);
    if (typeof r === 'string') out.problems.push(r);
    else out.actors.push(r);
  });
  cache.set(list, out);
  return out;
}
