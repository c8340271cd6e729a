/** claimtrace: the public API. */
export { analyze, analyzeMany, toSource, documentId, type AnalyzeInput } from './pipeline/analyze.js';
export { readInputs, type InputItem, type ReadOptions } from './ingest/index.js';
export { STAGES, pipeline } from './pipeline/stages.js';
export { buildPipeline, defineStage, PipelineError, type Stage, type StageInput } from './pipeline/stage.js';
export { loadLexicon } from './lexicon/load.js';
export { analysisSchema } from './report/schema.js';
export type * from './types.js';
