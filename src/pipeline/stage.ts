import type { Diagnostic, LayerName, Layers, Source, UserLexicon, AnalyzeOptions } from '../types.js';

/** What a stage receives: the source document, the layers it declared, the user lexicon. */
export interface StageInput<R extends LayerName> {
  source: Source;
  layers: Pick<Layers, R>;
  lexicon: UserLexicon;
  options: AnalyzeOptions;
  /** Reports a problem in the content; the stage goes on. */
  report(code: string, message: string, start?: number | null, end?: number | null): void;
}

/** A named, pure pipeline stage: declares the layers it requires and the one it produces. */
export interface Stage<R extends LayerName = LayerName, P extends LayerName = LayerName> {
  name: string;
  requires: readonly R[];
  produces: P;
  /** The user lexicon keys (`--lexicon FILE`) the stage reads, so that an unknown key can be reported. */
  lexiconKeys?: readonly string[];
  run(input: StageInput<R>): Layers[P];
}

/** Empty value of each layer, used when a stage fails on a document. */
export const EMPTY_LAYER: { [K in LayerName]: () => Layers[K] } = {
  structure: () => ({ blocks: [], sections: [], listedSources: [], analysisText: '' }),
  tokens: () => ({ sentences: [], tokens: [] }),
  entities: () => [],
  quotes: () => [],
  hedges: () => [],
  figures: () => [],
  loaded: () => [],
  events: () => [],
  findings: () => [],
};

/** Declares a stage with its types checked: `run` sees exactly the layers it requires. */
export function defineStage<R extends LayerName, P extends LayerName>(stage: Stage<R, P>): Stage<R, P> {
  return Object.freeze(stage);
}

/** Edit distance of two short strings (for "did you mean"). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** What to tell a user about a lexicon key no stage reads: the nearest known key, and all of them. */
export function unknownKeyMessage(key: string, known: ReadonlySet<string>): string {
  let best = '';
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestD) [best, bestD] = [k, d];
  }
  const hint = bestD <= Math.max(2, Math.floor(key.length / 4)) ? ` (did you mean \`${best}\`?)` : '';
  return `no stage reads lexicon key \`${key}\`${hint}; the keys are ${[...known].sort().join(', ')}`;
}

/** Misuse of the pipeline API (not a content problem): thrown at once, with a code. */
export class PipelineError extends Error {
  constructor(readonly code: string, message: string) {
    super(`${code}: ${message}`);
    this.name = 'PipelineError';
  }
}

/** A checked, ordered list of stages. */
export interface Pipeline {
  stages: readonly Stage[];
  /** Every user lexicon key some stage reads. */
  lexiconKeys: ReadonlySet<string>;
  run(source: Source, options?: AnalyzeOptions): PipelineResult;
  /**
   * The same for several documents, stage by stage: every document through one stage before the
   * next stage starts. Each result equals `run` on that document alone; running a stage's code over
   * many documents in a row is faster than switching between nine stages per document.
   */
  runMany(sources: readonly Source[], options?: AnalyzeOptions): PipelineResult[];
}

/** The layers of one document and what went wrong with its content. */
export interface PipelineResult {
  layers: Layers;
  diagnostics: Diagnostic[];
}

/**
 * Checks that every stage's requirements are produced by an earlier stage and that no layer is
 * produced twice, then returns a runner. A stage that throws on one document leaves its layer
 * empty and adds an `E_STAGE_FAILED` diagnostic; the later stages still run.
 */
export function buildPipeline(stages: readonly Stage<any, any>[]): Pipeline {
  const produced = new Set<LayerName>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new PipelineError('E_PIPELINE_DUPLICATE', `two stages are named \`${stage.name}\``);
    names.add(stage.name);
    for (const need of stage.requires) {
      if (!produced.has(need)) {
        throw new PipelineError(
          'E_PIPELINE_ORDER',
          `stage \`${stage.name}\` requires layer \`${need}\`, which no earlier stage produces; move it after the stage that produces \`${need}\``,
        );
      }
    }
    if (produced.has(stage.produces)) {
      throw new PipelineError('E_PIPELINE_DUPLICATE', `layer \`${stage.produces}\` is produced twice (again by \`${stage.name}\`)`);
    }
    produced.add(stage.produces);
  }
  const lexiconKeys = new Set(stages.flatMap((s) => s.lexiconKeys ?? []));
  return {
    stages,
    lexiconKeys,
    run(source, options = {}) {
      return runStages([source], options)[0];
    },
    runMany(sources, options = {}) {
      return runStages(sources, options);
    },
  };

  function runStages(sources: readonly Source[], options: AnalyzeOptions): PipelineResult[] {
    const lexicon = options.lexicon ?? {};
    const results = sources.map((source): PipelineResult => {
      const diagnostics: Diagnostic[] = [...source.diagnostics];
      // a key no stage reads would be ignored without a word: say so (the CLI refuses the file instead)
      for (const key of Object.keys(lexicon)) {
        if (!lexiconKeys.has(key)) diagnostics.push({ code: 'E_LEXICON_KEY', message: `${unknownKeyMessage(key, lexiconKeys)}; its entries are ignored`, stage: 'pipeline', start: null, end: null });
      }
      return { layers: {} as Layers, diagnostics };
    });
    for (const stage of stages) {
      for (let i = 0; i < sources.length; i++) {
        const { layers, diagnostics } = results[i];
        const report = (code: string, message: string, start: number | null = null, end: number | null = null) => {
          diagnostics.push({ code, message, stage: stage.name, start, end });
        };
        try {
          (layers as any)[stage.produces] = stage.run({ source: sources[i], layers, lexicon, options, report });
        } catch (err) {
          (layers as any)[stage.produces] = EMPTY_LAYER[stage.produces as LayerName]();
          const message = err instanceof Error ? err.message : String(err);
          report('E_STAGE_FAILED', `stage \`${stage.name}\` failed on this document and was skipped: ${message}`);
        }
      }
    }
    return results;
  }
}
