/** Looking entities up by position: the index other extractors use to find actors and speakers. */
import type { Entity, Mention } from '../../types.js';

/** A mention with the entity it belongs to. */
export interface MentionRef extends Mention {
  entity: Entity;
}

// Several stages ask for the index of the same entities layer: build it once per layer.
const cache = new WeakMap<readonly Entity[], MentionRef[]>();

/** All mentions of all entities, sorted by start offset (built once per entities layer; do not mutate). */
export function mentionIndex(entities: readonly Entity[]): MentionRef[] {
  const cached = cache.get(entities);
  if (cached) return cached;
  const out: MentionRef[] = [];
  // a mention is { start, end, text, rule }: an object literal is much cheaper than a spread
  for (const entity of entities) {
    for (const m of entity.mentions) out.push({ start: m.start, end: m.end, text: m.text, rule: m.rule, entity });
  }
  out.sort(byStartLongestFirst);
  cache.set(entities, out);
  return out;
}

const byStartLongestFirst = (a: MentionRef, b: MentionRef): number => a.start - b.start || b.end - a.end;

/** Mentions that lie inside [start, end). `index` must come from `mentionIndex`. */
export function mentionsIn(index: readonly MentionRef[], start: number, end: number): MentionRef[] {
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: MentionRef[] = [];
  for (let i = lo; i < index.length && index[i].start < end; i++) if (index[i].end <= end) out.push(index[i]);
  return out;
}
