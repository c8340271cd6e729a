import { describe, expect, it } from 'vitest';
import { buildPipeline, defineStage, PipelineError } from './stage.js';
import { STAGES } from './stages.js';
import { fromText } from '../ingest/text.js';

const structure = defineStage({ name: 'structure', requires: [], produces: 'structure', run: () => ({ blocks: [], sections: [], listedSources: [], analysisText: '' }) });
const quotes = defineStage({ name: 'quotes', requires: ['structure'], produces: 'quotes', run: () => [] });
const broken = defineStage({
  name: 'broken',
  requires: ['structure'],
  produces: 'entities',
  run: () => {
    throw new Error('boom');
  },
});

describe('pipeline', () => {
  it('the default stage list is in a valid order', () => {
    expect(() => buildPipeline(STAGES)).not.toThrow();
    expect(STAGES.map((s) => s.name)).toEqual(['structure', 'tokens', 'entities', 'quotes', 'hedges', 'figures', 'loaded', 'events', 'findings']);
  });
  it('refuses a stage whose requirement comes later, naming both', () => {
    expect(() => buildPipeline([quotes, structure])).toThrow(/E_PIPELINE_ORDER: stage `quotes` requires layer `structure`/);
  });
  it('refuses a layer produced twice', () => {
    expect(() => buildPipeline([structure, structure])).toThrow(PipelineError);
  });
  it('collects the lexicon keys the stages read, and says when a user key is read by none', () => {
    const reader = defineStage({ name: 'quotes', requires: ['structure'], produces: 'quotes', lexiconKeys: ['reportingVerbs'], run: () => [] });
    const p = buildPipeline([structure, reader]);
    expect([...p.lexiconKeys]).toEqual(['reportingVerbs']);
    const { diagnostics } = p.run(fromText('Hello.'), { lexicon: { reportingVerbs: ['opine'], reportingVerb: ['opine'] } });
    expect(diagnostics).toEqual([
      { code: 'E_LEXICON_KEY', message: 'no stage reads lexicon key `reportingVerb` (did you mean `reportingVerbs`?); the keys are reportingVerbs; its entries are ignored', stage: 'pipeline', start: null, end: null },
    ]);
  });
  it('every key the README documents is read by a stage', () => {
    const keys = buildPipeline(STAGES).lexiconKeys;
    for (const k of ['actors', 'reportingVerbs', 'beliefVerbs', 'judgementVerbs', 'relayCues', 'partialQuoteCues', 'unnamedSpeakers', 'hedges', 'loaded', 'eventPatterns', 'eventActors', 'actorsFiles', 'eventHazards', 'eventFacilities', 'figureQualifiers', 'vagueSources', 'numberLabels', 'attributionVerbs', 'measureUnits', 'unitSymbols', 'sourceNouns', 'outlets']) expect(keys.has(k), k).toBe(true);
  });
  it('turns a stage that throws into a diagnostic and runs the rest', () => {
    const p = buildPipeline([structure, broken, quotes]);
    const { layers, diagnostics } = p.run(fromText('Hello.'));
    expect(layers.entities).toEqual([]);
    expect(layers.quotes).toEqual([]);
    expect(diagnostics).toEqual([{ code: 'E_STAGE_FAILED', message: 'stage `broken` failed on this document and was skipped: boom', stage: 'broken', start: null, end: null }]);
  });
  it('runs several documents stage by stage, each as if alone; a failure stays with its document', () => {
    const picky = defineStage({
      name: 'picky',
      requires: ['structure'],
      produces: 'entities',
      run: ({ source }) => {
        if (source.text.includes('bad')) throw new Error('no bad words');
        return [];
      },
    });
    const order: string[] = [];
    const trace = defineStage({
      name: 'quotes',
      requires: ['structure'],
      produces: 'quotes',
      run: ({ source }) => {
        order.push(source.text.trim());
        return [];
      },
    });
    const p = buildPipeline([structure, picky, trace]);
    const [a, b, c] = p.runMany([fromText('one'), fromText('bad'), fromText('three')]);
    expect(order).toEqual(['one', 'bad', 'three']);
    expect(a.diagnostics).toEqual([]);
    expect(b.diagnostics.map((d) => d.code)).toEqual(['E_STAGE_FAILED']);
    expect(c.diagnostics).toEqual([]);
    expect(p.runMany([])).toEqual([]);
  });
});
