/**
 * Whether a figure's source can state a figure at all, and whom a pronoun source stands for. A
 * wrong quote speaker or subject ("birther", "legend", "Kim's ability") is no source; a pronoun
 * ("it said") takes the name the quotes layer resolved for it, else the entity it refers to.
 */
import type { Entity, FigureSource, Offsets, Quote, Speaker } from '../../types.js';
import type { CompiledLexicon } from './compile.js';
import { MONTH_WORDS, WEEKDAY_WORDS } from '../../nlp/dates.js';

/** Pronouns a source may be written as, with the entity types they can refer to. */
const PRONOUN_TYPES: Record<string, ReadonlySet<string>> = {
  he: new Set(['person']),
  she: new Set(['person']),
  it: new Set(['organization']),
  they: new Set(['organization']),
};
/** Pronouns that are a source only when someone resolved them ("we", "I": the speaker of the quote). */
const SPEAKER_PRONOUNS = new Set(['we', 'i', 'you']);

/** How far back (UTF-16 units) a pronoun looks for its antecedent: about three sentences. */
const ANTECEDENT_WINDOW = 450;

/** Words that end a source's head phrase ("a database tracking such deaths", "the head of the agency"). */
const PHRASE_BREAKS = new Set(['of', 'in', 'at', 'for', 'from', 'on', 'with', 'by', 'who', 'that', 'which', 'whose', 'to', 'about', 'over', 'into']);

/**
 * Agentive endings (Quirk et al. 1985, App. I.32): "-er", "-or", "-ist", "-ian", "-ant", "-ent",
 * "-man", "-ee" make a person noun ("spokesman", "pollster", "researcher").
 */
const AGENT = /(?:er|or|ist|ian|ant|ent|man|woman|ee|eer)s?$/;
/**
 * Frequent news nouns that merely end like an agent noun (-ment, "percent", "number", "error").
 * Source: the agentive-ending words among the 2,000 commonest nouns of the Corpus of Contemporary
 * American English (news section) that name no person or group.
 */
const NOT_AGENT = /(?:ments?|percent|numbers?|matters?|waters?|borders?|powers?|disasters?|murders?|cancers?|winters?|summers?|quarters?|dangers?|answers?|fevers?|errors?|factors?|sectors?|terror|horrors?|colou?rs?|behaviou?rs?|favou?rs?|events?|contents?|incidents?|moments?|accidents?|intents?|talents?|extents?|weather|corner|layer|chapter|character|meter|center|centre|monster|theater|register|ancient|patent|giant|plant|grant|restaurant|quadrant|variant|desperate|elephant|measure)$/;

/** The lower-cased head word of a source name ("a Washington Post database tracking such deaths" → "database"). */
function headOf(name: string): { head: string; words: number; capital: boolean } {
  const words = name.split(/\s+/).filter(Boolean);
  let n = words.length;
  for (let i = 1; i < words.length; i++) {
    const w = words[i].toLowerCase();
    if (PHRASE_BREAKS.has(w) || (/ing$/.test(w) && /^[a-z]/.test(words[i]))) {
      n = i;
      break;
    }
  }
  const last = (words[n - 1] ?? '').replace(/['’]s?$/, '').replace(/[^\p{L}\p{N}.-]+$/u, '');
  return { head: last.toLowerCase(), words: n, capital: /^\p{Lu}/u.test(last) };
}

/**
 * Whether a source without an entity names something that can state a figure: a name, a person,
 * group, document or data noun. `written` is the phrase as the text has it (with its determiner);
 * `trusted`: the quotes layer read it as a name.
 */
export function canState(src: FigureSource, lex: CompiledLexicon, written: string = src.name, trusted = false): boolean {
  if (src.entity) return true;
  const { head, capital } = headOf(src.name);
  const { words } = headOf(written);
  if (!head) return false;
  if (PRONOUN_TYPES[head] || SPEAKER_PRONOUNS.has(head)) return true;
  // a capitalised head is a name or a title ("Politifact", "the Household Survey"), unless a lone
  // word has the shape of a participle or adverb capitalised at a sentence start ("Based on ...")
  // (a month or weekday is when, not who: "Sanders on Tuesday said")
  if (MONTH_WORDS[head] !== undefined || WEEKDAY_WORDS[head] !== undefined) return false;
  if (capital) return words > 1 || trusted || !/(?:ed|ly)$/.test(head);
  if (lex.sourceNouns.has(head) || lex.sourceNouns.has(head.replace(/s$/, '')) || lex.sourceNouns.has(head.replace(/es$/, ''))) return true;
  // a bare singular noun ("birther", "legend", "overheard") is a predicate or a misread, not a speaker
  if (words === 1 && !/s$/.test(head)) return false;
  return AGENT.test(head) && !NOT_AGENT.test(head);
}

/**
 * The source a pronoun stands for: the speaker name the quotes layer resolved for the same
 * mention, else the last entity of a fitting type mentioned shortly before; the source as is
 * when the name is no pronoun or nothing fits.
 */
export function resolvePronoun(src: FigureSource, span: Offsets | null, quotes: readonly Quote[], entities: readonly Entity[]): FigureSource {
  const p = src.name.toLowerCase();
  const types = PRONOUN_TYPES[p];
  if (!types && !SPEAKER_PRONOUNS.has(p)) return src;
  if (!span) return src;
  for (const q of quotes) {
    const sp = q.speaker;
    if (sp && sp.start === span.start && sp.name.toLowerCase() !== p) return { name: sp.name, entity: sp.entity, vague: !sp.named, quote: src.quote };
  }
  if (!types) return src;
  // someone who spoke shortly before is the likeliest "he said" / "it said": the last resolved
  // speaker of a fitting type (an unnamed one, "the memo", only for "it" and "they")
  let spoke: Speaker | null = null;
  for (const q of quotes) {
    const sp = q.speaker;
    if (!sp || sp.end > span.start || sp.end <= span.start - ANTECEDENT_WINDOW || sp.start === span.start) continue;
    if (PRONOUN_TYPES[sp.name.toLowerCase()] || SPEAKER_PRONOUNS.has(sp.name.toLowerCase())) continue;
    if (sp.entity) {
      const e = entities.find((x) => x.id === sp.entity);
      if (e && fits(e, p, types)) spoke = sp;
    } else if (!sp.named && (p === 'it' || p === 'they') && /^(?:the|a|an|this|that)\s/i.test(sp.name)) spoke = sp;
  }
  if (spoke) return { name: spoke.name, entity: spoke.entity, vague: !spoke.named, quote: src.quote };
  let best: { e: Entity; end: number } | null = null;
  for (const e of entities) {
    if (!fits(e, p, types)) continue;
    for (const m of e.mentions) {
      if (m.end <= span.start && m.end > span.start - ANTECEDENT_WINDOW && (!best || m.end > best.end)) best = { e, end: m.end };
    }
  }
  return best ? { name: best.e.name, entity: best.e.id, vague: false, quote: src.quote } : src;
}

/** Whether entity `e` can be what pronoun `p` refers to (type, and gender where known). */
function fits(e: Entity, p: string, types: ReadonlySet<string>): boolean {
  if (!types.has(e.type)) return false;
  return !((p === 'he' && e.gender === 'female') || (p === 'she' && e.gender === 'male'));
}
