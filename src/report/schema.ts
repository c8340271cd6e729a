/** The JSON Schema (draft 2020-12) of `claimtrace.analysis/1`, printed by `claimtrace schema`. */

const int = { type: 'integer', minimum: 0 } as const;
const str = { type: 'string' } as const;
const nstr = { type: ['string', 'null'] } as const;
const offsets = { start: int, end: int } as const;
const span = (extra: Record<string, unknown> = {}, required: string[] = []) => ({
  type: 'object',
  required: ['start', 'end', 'text', ...required],
  properties: { ...offsets, text: str, ...extra },
});
const sectionKind = { enum: ['title', 'summary', 'heading', 'body', 'sources'] } as const;
const actor: Record<string, unknown> = {
  type: ['object', 'null'],
  required: ['name', 'entity', 'country', 'code', 'sector', 'members'],
  properties: { name: str, entity: nstr, country: nstr, code: nstr, sector: nstr, members: { type: 'array', items: { $ref: '#/$defs/actor' } } },
};

/** The schema object. */
export const analysisSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://claimtrace.dev/schema/analysis-v1.json',
  title: 'claimtrace analysis, version 1',
  type: 'object',
  required: ['schema', 'document', 'entities', 'quotes', 'figures', 'hedges', 'loaded', 'events', 'findings', 'diagnostics'],
  $defs: { actor },
  properties: {
    schema: { const: 'claimtrace.analysis/1' },
    document: {
      type: 'object',
      required: ['id', 'origin', 'title', 'published', 'outlet', 'text', 'sections', 'listedSources', 'links'],
      properties: {
        id: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        origin: { type: 'object', required: ['path', 'url', 'id'], properties: { path: nstr, url: nstr, id: nstr } },
        title: nstr,
        published: nstr,
        outlet: nstr,
        byline: nstr,
        text: str,
        sections: { type: 'array', items: { type: 'object', required: ['kind', 'start', 'end'], properties: { kind: sectionKind, ...offsets } } },
        listedSources: { type: 'array', items: span({ name: str }, ['name']) },
        links: { type: 'array', items: span({ href: str }, ['href']) },
      },
    },
    entities: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'type', 'country', 'code', 'mentions'],
        properties: {
          id: str,
          name: str,
          type: { enum: ['person', 'organization', 'country', 'place', 'group', 'other'] },
          country: { type: ['string', 'null'], pattern: '^[A-Z]{3}$' },
          code: nstr,
          mentions: { type: 'array', items: span({ rule: str }, ['rule']) },
        },
      },
    },
    quotes: {
      type: 'array',
      items: span(
        {
          id: str,
          parts: { type: 'array', items: { type: 'object', required: ['start', 'end'], properties: offsets } },
          kind: { enum: ['direct', 'partial', 'indirect', 'belief'] },
          speaker: { type: ['object', 'null'], required: ['name', 'entity', 'named', 'country'], properties: { name: str, entity: nstr, named: { type: 'boolean' }, country: nstr, ...offsets, text: str } },
          via: { type: ['object', 'null'], required: ['name', 'entity'], properties: { name: str, entity: nstr, ...offsets, text: str } },
          cue: { type: ['object', 'null'], required: ['start', 'end', 'text'], properties: { ...offsets, text: str } },
          section: sectionKind,
          rule: str,
        },
        ['id', 'parts', 'kind', 'speaker', 'via', 'cue', 'section', 'rule'],
      ),
    },
    figures: {
      type: 'array',
      items: span(
        {
          id: str,
          value: { type: 'number' },
          min: { type: ['number', 'null'] },
          max: { type: ['number', 'null'] },
          qualifier: { enum: ['exact', 'approximate', 'upper-bound', 'lower-bound', 'range', 'vague'] },
          unit: nstr,
          unitText: nstr,
          currency: nstr,
          percentOf: nstr,
          partOf: nstr,
          about: nstr,
          source: { type: ['object', 'null'], required: ['name', 'entity', 'vague', 'quote'], properties: { name: str, entity: nstr, vague: { type: 'boolean' }, quote: nstr } },
          hedges: { type: 'array', items: span() },
          section: sectionKind,
          rule: str,
        },
        ['id', 'value', 'min', 'max', 'qualifier', 'unit', 'unitText', 'currency', 'percentOf', 'partOf', 'about', 'source', 'hedges', 'section', 'rule'],
      ),
    },
    hedges: {
      type: 'array',
      items: span({ id: str, kind: { enum: ['epistemic', 'weasel', 'attribution'] }, scope: { type: 'object', required: ['start', 'end'], properties: offsets } }, ['id', 'kind', 'scope']),
    },
    loaded: {
      type: 'array',
      items: span({ id: str, category: str, voice: { enum: ['narrator', 'reported', 'quoted'] }, quote: nstr }, ['id', 'category', 'voice', 'quote']),
    },
    events: {
      type: 'array',
      items: span(
        {
          id: str,
          type: str,
          cameo: { type: 'string', pattern: '^[0-9]{2}$' },
          actor: { $ref: '#/$defs/actor' },
          target: { $ref: '#/$defs/actor' },
          symmetric: { type: 'boolean' },
          location: { type: ['object', 'null'], required: ['name', 'country'], properties: { name: str, country: nstr } },
          date: nstr,
          hedged: { type: 'boolean' },
          negated: { type: 'boolean' },
          reportedBy: { type: ['object', 'null'], required: ['name', 'entity', 'quote'], properties: { name: str, entity: nstr, quote: nstr } },
          rule: str,
        },
        ['id', 'type', 'cameo', 'actor', 'target', 'symmetric', 'location', 'date', 'hedged', 'negated', 'reportedBy', 'rule'],
      ),
    },
    findings: {
      type: 'array',
      items: span(
        { id: str, rule: str, severity: { enum: ['info', 'warning', 'error'] }, message: str, related: { type: 'array', items: span() } },
        ['id', 'rule', 'severity', 'message', 'related'],
      ),
    },
    diagnostics: {
      type: 'array',
      items: {
        type: 'object',
        required: ['code', 'message', 'stage', 'start', 'end'],
        properties: { code: str, message: str, stage: str, start: { type: ['integer', 'null'] }, end: { type: ['integer', 'null'] } },
      },
    },
  },
} as const;
