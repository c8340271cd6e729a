/** `analyze`: one document through the pipeline, into the analysis JSON. */
import { createHash } from 'node:crypto';
import type { Analysis, AnalyzeOptions, Diagnostic, Layers, Source } from '../types.js';
import { sourceFrom } from '../ingest/index.js';
import type { Meta } from '../ingest/text.js';
import { pipeline } from './stages.js';

/** Raw input for `analyze`: text in one of the formats, with optional metadata. */
export type AnalyzeInput = string | Source | ({ text: string; format?: 'text' | 'markdown' | 'html' } & Meta) | ({ html: string } & Meta);

function isSource(x: unknown): x is Source {
  return typeof x === 'object' && x !== null && 'hints' in x && 'format' in x && 'diagnostics' in x;
}

/** Turns any accepted input into a `Source`. */
export function toSource(input: AnalyzeInput): Source {
  if (typeof input === 'string') return sourceFrom('text', input.replace(/\r\n?/g, '\n'), {});
  if (isSource(input)) return input;
  if ('html' in input) return sourceFrom('html', input.html, input);
  return sourceFrom(input.format ?? 'text', input.text.replace(/\r\n?/g, '\n'), input);
}

/** sha256 (hex) of the UTF-8 bytes of a text: the document id. */
export function documentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Analyses one document: entities, quotes, figures, hedges, loaded terms, events, findings. */
export function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Analysis {
  return analyzeMany([input], options)[0];
}

/**
 * Analyses several documents at once, stage by stage (faster than one `analyze` call per document
 * for a feed or a directory); each analysis equals `analyze` on that document alone.
 */
export function analyzeMany(inputs: readonly AnalyzeInput[], options: AnalyzeOptions = {}): Analysis[] {
  const sources = inputs.map(toSource);
  return pipeline.runMany(sources, options).map(({ layers, diagnostics }, i) => assemble(sources[i], layers, diagnostics));
}

/** The analysis JSON of one document from its layers. */
function assemble(source: Source, layers: Layers, diagnostics: Diagnostic[]): Analysis {
  const titleSection = layers.structure.sections.find((s) => s.kind === 'title');
  return {
    schema: 'claimtrace.analysis/1',
    document: {
      id: documentId(source.text),
      origin: source.origin,
      title: source.title ?? (titleSection ? source.text.slice(titleSection.start, titleSection.end) : null),
      published: source.published,
      outlet: source.outlet,
      byline: source.byline ?? null,
      text: source.text,
      sections: layers.structure.sections,
      listedSources: layers.structure.listedSources,
      links: source.links,
    },
    entities: layers.entities,
    quotes: layers.quotes,
    figures: layers.figures,
    hedges: layers.hedges,
    loaded: layers.loaded,
    events: layers.events,
    findings: layers.findings,
    diagnostics,
  };
}
