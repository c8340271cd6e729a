/** Reads user lexicon files (`--lexicon FILE`, YAML or JSON) and merges them. */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseYaml } from '../ingest/yaml.js';
import type { UserLexicon } from '../types.js';
import { unknownKeyMessage } from '../pipeline/stage.js';

/** A lexicon file that cannot be used: the user's mistake, reported with what to fix. */
export class LexiconError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LexiconError';
  }
}

/**
 * Loads and merges lexicon files: each is an object whose keys are lexicon names (`actors`,
 * `reportingVerbs`, `hedges`, `loaded`, `eventPatterns`, ...) and whose values are lists that
 * are appended to the built-in ones. With `known` (the keys the pipeline's stages read), a key
 * outside it is refused: a misspelt key would otherwise be ignored without a word.
 */
export function loadLexicon(paths: readonly string[], known?: ReadonlySet<string>): UserLexicon {
  const merged: Record<string, unknown[]> = {};
  for (const path of paths) {
    let raw: string;
    try {
      raw = readFileSync(path, 'utf8');
    } catch (err) {
      throw new LexiconError(`lexicon ${path}: cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    let data: unknown;
    try {
      data = extname(path).toLowerCase() === '.json' ? JSON.parse(raw) : parseYaml(raw);
    } catch (err) {
      throw new LexiconError(`lexicon ${path}: not valid ${extname(path).toLowerCase() === '.json' ? 'JSON' : 'YAML'}: ${(err as Error).message.split('\n')[0]}`);
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      throw new LexiconError(`lexicon ${path}: must be an object of lists, e.g. "actors: [...]"`);
    }
    for (const [key, value] of Object.entries(data)) {
      if (known && !known.has(key)) throw new LexiconError(`lexicon ${path}: ${unknownKeyMessage(key, known)}; rename or remove it`);
      if (!Array.isArray(value)) throw new LexiconError(`lexicon ${path}: "${key}" must be a list`);
      (merged[key] ??= []).push(...value);
    }
  }
  return merged;
}
