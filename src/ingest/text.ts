/** Plain text and Markdown (with YAML front matter) → `Source`. */
import { parseYaml } from './yaml.js';
import type { Diagnostic, Offsets, Origin, Source } from '../types.js';

/** Metadata a caller may know about a document. */
export interface Meta {
  origin?: Partial<Origin>;
  title?: string | null;
  published?: string | null;
  outlet?: string | null;
}

/** Normalises a date given by metadata to ISO 8601 (date only when no time is given). */
export function isoDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string' || !value.trim()) return null;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) return null;
  return /T\d/.test(v) ? d.toISOString() : d.toISOString().slice(0, 10);
}

/** Builds a plain-text source. */
export function fromText(text: string, meta: Meta = {}, diagnostics: Diagnostic[] = []): Source {
  return {
    text,
    origin: { path: meta.origin?.path ?? null, url: meta.origin?.url ?? null, id: meta.origin?.id ?? null },
    title: meta.title ?? null,
    published: meta.published ? isoDate(meta.published) : null,
    outlet: meta.outlet ?? null,
    format: 'text',
    links: [],
    hints: [],
    skip: [],
    diagnostics,
  };
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** Builds a Markdown source: front matter (`title`, `date`, `outlet`/`source`) becomes metadata. */
export function fromMarkdown(text: string, meta: Meta = {}, diagnostics: Diagnostic[] = []): Source {
  const source = fromText(text, meta, diagnostics);
  source.format = 'markdown';
  const m = FRONT_MATTER.exec(text);
  if (m) {
    const skip: Offsets = { start: 0, end: m[0].length };
    source.skip.push(skip);
    try {
      const fm = parseYaml(m[1]) as Record<string, unknown> | null;
      if (fm && typeof fm === 'object') {
        const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
        source.title = meta.title ?? str(fm.title);
        source.published = (meta.published ? isoDate(meta.published) : null) ?? isoDate(fm.date ?? fm.published);
        source.outlet = meta.outlet ?? str(fm.outlet) ?? str(fm.source) ?? str(fm.publisher);
        source.byline = str(fm.author) ?? str(fm.byline);
      }
    } catch (err) {
      diagnostics.push({
        code: 'E_FRONT_MATTER',
        message: `the Markdown front matter is not valid YAML and was ignored: ${(err as Error).message.split('\n')[0]}`,
        stage: 'ingest',
        start: 0,
        end: m[0].length,
      });
    }
  }
  return source;
}
