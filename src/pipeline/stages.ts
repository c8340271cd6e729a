/**
 * The pipeline, written down once: the ordered list of named stages. Each stage declares what it
 * requires and produces; `buildPipeline` checks the order when the module loads.
 *
 *   structure → tokens → entities → quotes → hedges → figures → loaded → events → findings
 */
import { buildPipeline } from './stage.js';
import { structure } from '../nlp/structure.js';
import { tokens } from '../nlp/tokens.js';
import { entities } from '../extract/entities/index.js';
import { quotes } from '../extract/quotes/index.js';
import { hedges } from '../extract/hedges/index.js';
import { figures } from '../extract/figures/index.js';
import { loaded } from '../extract/loaded/index.js';
import { events } from '../extract/events/index.js';
import { findings } from '../check/index.js';

/** The stages in the order they run. */
export const STAGES = [structure, tokens, entities, quotes, hedges, figures, loaded, events, findings] as const;

/** The default pipeline. */
export const pipeline = buildPipeline(STAGES);
