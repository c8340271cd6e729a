/**
 * `attribution-shift`: the headline or summary pins a figure or a quoted claim on someone other
 * than the body does ("Putin confirms 12,000 troops" vs "intelligence reports estimate up to
 * 12,000"). Compared: each headline figure with a source against the body figures stating the
 * same number of the same counted thing; each headline quote with a named speaker against body
 * quotes saying nearly the same words.
 */
import type { Figure, FigureSource, Offsets, Quote } from '../../types.js';
import { defineRule, type Draft } from '../rule.js';
import { clip, figureLabel, sameKind, sameNumber, sameSource, sectionName, type CheckContext } from '../context.js';
import { unitClass } from '../units.js';
import { contentSet, dice } from '../words.js';

/** Two quotes say "the same thing" above this content-word overlap. */
const SAME_CLAIM = 0.6;

/** Whether two figures count the same kind of thing (same unit class; a missing unit only for distinctive numbers). */
export function sameCounted(a: Figure, b: Figure): boolean {
  if (!sameKind(a, b)) return false;
  const ua = unitClass(a.unit);
  const ub = unitClass(b.unit);
  if (ua && ub) return ua === ub;
  // "millions" or "thousands" with nothing counted is no distinctive number: it matches anything
  if (a.qualifier === 'vague' || b.qualifier === 'vague') return false;
  return Math.max(a.value, b.value) >= 100;
}

/** The span of whoever the body credits for a figure (the speaker of its quote), if known. */
function sourceSpan(ctx: CheckContext, f: Figure): Offsets | null {
  const q = ctx.quoteById(f.source?.quote ?? null) ?? ctx.quoteAt(f.start, f.end);
  return q?.speaker ? { start: q.speaker.start, end: q.speaker.end } : null;
}

/** Entity types that can be the source of a claim (a place or a thing cannot say anything). */
const SPEAKING = new Set(['person', 'organization', 'country', 'group']);
/** Pronouns are not sources to compare names with. */
const PRONOUN = /^(?:i|we|you|he|she|they|it|me|us|him|her|them)$/i;

/**
 * Whether a figure's source is one we can compare: resolved to a speaking entity, or vague (a
 * vague body source is still someone other than a named headline source); datelines ("KINSHASA")
 * and pronouns are not.
 */
function comparable(ctx: CheckContext, s: FigureSource, entityType: Map<string, string>, needEntity: boolean): boolean {
  if (PRONOUN.test(s.name.trim())) return false;
  if (s.entity) return SPEAKING.has(entityType.get(s.entity) ?? '');
  return !needEntity && s.vague;
}

function figureShifts(ctx: CheckContext): Draft[] {
  const out: Draft[] = [];
  const figures = ctx.layers.figures;
  // built at the first headline figure with a source: most documents have none
  let entityType: Map<string, string> | null = null;
  let body: Figure[] = [];
  let fired: Set<string> = new Set();
  for (const h of ctx.headlineFigures()) {
    // a vague headline source ("reports reveal") is vague-attribution's business, not a shift;
    // an unresolved one ("Clinton Cash Debunks Hillary") is more likely a misread headline
    if (!h.source || h.source.vague) continue;
    if (!entityType) {
      entityType = new Map();
      for (const e of ctx.layers.entities) entityType.set(e.id, e.type);
      body = figures.filter((f) => f.section === 'body');
      fired = new Set();
    }
    if (!comparable(ctx, h.source, entityType, true)) continue;
    // a part of a figure already reported ("4,700, including 600 dead") is the same claim
    if (h.partOf && fired.has(h.partOf)) continue;
    const same = body.filter((b) => sameNumber(h, b) && sameCounted(h, b));
    const types = entityType;
    const sourced = same.filter((b) => b.source && comparable(ctx, b.source, types, false));
    if (!sourced.length || sourced.some((b) => sameSource(h.source!, b.source!))) continue;
    const b = sourced[0];
    const related: Offsets[] = [{ start: b.start, end: b.end }];
    const who = sourceSpan(ctx, b);
    if (who) related.push(who);
    // what the headline's source does say in the body about the same counted thing, if anything
    const own = body.find((x) => x.source && sameSource(h.source!, x.source) && sameCounted(h, x) && !sameNumber(h, x));
    if (own) related.push({ start: own.start, end: own.end });
    fired.add(h.id);
    const also = own ? ` (${h.source.name} is only reported with “${figureLabel(own)}”)` : '';
    out.push({
      start: h.start,
      end: h.end,
      message: `The ${sectionName(h.section)} attributes “${figureLabel(h)}” to ${h.source.name}, but the body attributes this number to ${b.source!.name}${also}.`,
      related,
    });
  }
  return out;
}

/**
 * Whether a headline names its speaker plainly ("Mayor:", "Putin says"): the mention is the
 * resolved name or its last word. Headline grammar ("CNN President On Trump: '...'") often
 * misleads speaker resolution, so other mentions are not trusted for an error-level finding.
 */
function cleanSpeaker(text: string, name: string): boolean {
  const t = text.trim().toLowerCase();
  const n = name.trim().toLowerCase();
  return t === n || t === n.split(/\s+/).pop();
}

function quoteShifts(ctx: CheckContext): Draft[] {
  const out: Draft[] = [];
  const quotes = ctx.layers.quotes;
  // built at the first headline quote worth comparing: most documents have none
  let body: Quote[] | null = null;
  const sets = new Map<string, Set<string>>();
  for (const h of ctx.headlineQuotes()) {
    if (!h.speaker?.named || !h.speaker.entity || !cleanSpeaker(h.speaker.text, h.speaker.name)) continue;
    const words = contentSet(h.text);
    if (words.size < 3) continue;
    body ??= quotes.filter((q) => q.section === 'body' && q.speaker?.named);
    // a body quote sharing 60% of the words must hold the headline's longest one: a cheap
    // substring test before building word sets
    const longest = [...words].sort((a, b) => b.length - a.length)[0];
    const similar = body.filter((b) => {
      if (!b.text.toLowerCase().includes(longest)) return false;
      let set = sets.get(b.id);
      if (!set) sets.set(b.id, (set = contentSet(b.text)));
      return dice(words, set) >= SAME_CLAIM;
    });
    if (!similar.length) continue;
    const hs = { name: h.speaker.name, entity: h.speaker.entity, vague: false, quote: null };
    if (similar.some((b) => sameSource(hs, { name: b.speaker!.name, entity: b.speaker!.entity, vague: false, quote: null }))) continue;
    const b = similar[0];
    // the headline names the body's speaker too ("Flynn says Trump was right in saying ..."): the
    // quotes layer's headline speaker is then a guess, not the headline's claim
    const surname = b.speaker!.name.split(/\s+/).pop()!.toLowerCase();
    const sentence = ctx.sentenceAt(h.start);
    const around = sentence ? ctx.text.slice(sentence.start, sentence.end) : ctx.text.slice(Math.max(0, h.start - 150), h.end);
    if (surname.length > 2 && around.toLowerCase().includes(surname)) continue;
    out.push({
      start: h.start,
      end: h.end,
      message: `The ${sectionName(h.section)} attributes “${clip(h.text, 50)}” to ${h.speaker.name}, but the body gives these words to ${b.speaker!.name}.`,
      related: [{ start: b.start, end: b.end }, { start: b.speaker!.start, end: b.speaker!.end }],
    });
  }
  return out;
}

/** The rule. */
export const attributionShift = defineRule({
  id: 'attribution-shift',
  severity: 'error',
  description: 'The headline or summary attributes a figure or claim to someone other than the body does.',
  example: {
    bad: 'Minister confirms 5,000 jobs lost\n\nThe union estimates that up to 5,000 jobs were lost, the minister did not comment.',
    good: 'Union says up to 5,000 jobs lost\n\nThe union estimates that up to 5,000 jobs were lost, the minister did not comment.',
  },
  check(ctx) {
    const out = figureShifts(ctx);
    for (const d of quoteShifts(ctx)) out.push(d);
    return out;
  },
});
