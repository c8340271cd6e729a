/**
 * Internal (tests only): builds a document with the real structure and tokens layers and
 * hand-made upper layers (quotes, figures, hedges, loaded, entities), so each rule is tested on
 * exactly the annotations it reads, whatever the extractors currently produce.
 */
import { buildStructure } from '../nlp/structure.js';
import { tokenize } from '../nlp/tokens.js';
import { fromText } from '../ingest/text.js';
import type { AnalyzeOptions, Entity, Figure, Finding, Loaded, Offsets, Quote, SectionKind, Source, Span, UserLexicon } from '../types.js';
import type { CheckLayers } from './context.js';
import { runRules } from './stage.js';

/** A document under construction. */
export class FixtureDoc {
  readonly source: Source;
  readonly layers: CheckLayers;
  constructor(readonly text: string) {
    this.source = fromText(text);
    const structure = buildStructure(this.source);
    this.layers = { structure, tokens: tokenize(text, structure), entities: [], quotes: [], hedges: [], figures: [], loaded: [], events: [] };
  }

  /** The span of the `nth` occurrence of `part` (throws when absent: a broken fixture). */
  at(part: string, nth = 0): Span {
    let i = -1;
    for (let k = 0; k <= nth; k++) {
      i = this.text.indexOf(part, i + 1);
      if (i < 0) throw new Error(`fixture: "${part}" (#${nth}) not in text`);
    }
    return { start: i, end: i + part.length, text: part };
  }

  section(o: Offsets): SectionKind {
    return this.layers.structure.sections.find((s) => o.start >= s.start && o.start < s.end)?.kind ?? 'body';
  }

  /** Adds a quote; `speaker` is the speaker's words in the text. */
  quote(content: string, p: { nth?: number; kind?: Quote['kind']; speaker?: string; speakerNth?: number; name?: string; named?: boolean; entity?: string | null; cue?: string; cueNth?: number } = {}): string {
    const s = this.at(content, p.nth);
    const sp = p.speaker ? this.at(p.speaker, p.speakerNth) : null;
    const id = `q${this.layers.quotes.length + 1}`;
    this.layers.quotes.push({
      id,
      ...s,
      parts: [{ start: s.start, end: s.end }],
      kind: p.kind ?? 'direct',
      speaker: sp ? { ...sp, name: p.name ?? sp.text, entity: p.entity ?? null, named: p.named ?? true, country: null } : null,
      via: null,
      cue: p.cue ? this.at(p.cue, p.cueNth) : null,
      section: this.section(s),
      rule: 'fixture',
    });
    this.layers.quotes.sort((a, b) => a.start - b.start);
    return id;
  }

  /** Adds a figure. */
  figure(part: string, p: Partial<Omit<Figure, 'source' | 'hedges'>> & { nth?: number; source?: string | null; vague?: boolean; quote?: string | null; hedges?: string[]; sourceEntity?: string | null } = {}): string {
    const s = this.at(part, p.nth);
    const id = p.id ?? `f${this.layers.figures.length + 1}`;
    const { nth: _n, source, vague, quote, hedges, sourceEntity, ...rest } = p;
    this.layers.figures.push({
      id,
      ...s,
      value: 0,
      min: null,
      max: null,
      qualifier: 'exact',
      unit: null,
      unitText: null,
      currency: null,
      percentOf: null,
      partOf: null,
      about: null,
      source: source ? { name: source, entity: sourceEntity ?? null, vague: vague ?? false, quote: quote ?? null } : null,
      hedges: (hedges ?? []).map((h) => this.at(h)),
      section: this.section(s),
      rule: 'fixture',
      ...rest,
    });
    return id;
  }

  /** Adds a loaded term. */
  loaded(part: string, voice: Loaded['voice'], category = 'loaded-language', nth = 0): void {
    const s = this.at(part, nth);
    this.layers.loaded.push({ id: `l${this.layers.loaded.length + 1}`, ...s, category, voice, quote: null });
  }

  /** Adds an entity with its mentions (each a part of the text, first occurrence unless `[part, nth]`). */
  entity(name: string, type: Entity['type'], country: string | null, mentions: (string | [string, number])[]): void {
    this.layers.entities.push({
      id: `e${this.layers.entities.length + 1}`,
      name,
      type,
      country,
      code: null,
      mentions: mentions.map((m) => ({ ...(typeof m === 'string' ? this.at(m) : this.at(m[0], m[1])), rule: 'fixture' })),
    });
  }

  /** Runs the rules. */
  findings(options: AnalyzeOptions = {}, lexicon: UserLexicon = {}): Finding[] {
    return runRules(this.source, this.layers, options, lexicon);
  }

  /** Findings of one rule (or all) as one readable line each. */
  lines(rule?: string, options: AnalyzeOptions = {}, lexicon: UserLexicon = {}): string[] {
    return this.findings(options, lexicon)
      .filter((f) => !rule || f.rule === rule)
      .map(findingLine);
  }
}

/** `rule severity "span" → "related" | message` */
export function findingLine(f: Finding): string {
  const one = (s: string) => s.replace(/\s+/g, ' ');
  const rel = f.related.map((r) => ` → "${one(r.text)}"`).join('');
  return `${f.rule} ${f.severity} "${one(f.text)}"${rel} | ${f.message}`;
}

/** Starts a fixture document. */
export const fixture = (text: string) => new FixtureDoc(text);
