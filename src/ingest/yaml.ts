/**
 * YAML, loaded on first use: only Markdown front matter and YAML lexicon files need it, and loading
 * the `yaml` package costs every run about 40-80 ms of start-up otherwise.
 */
import { createRequire } from 'node:module';

type Parse = (text: string) => unknown;
let parse: Parse | null = null;

/** Parses a YAML text (the `yaml` package's `parse`). */
export function parseYaml(text: string): unknown {
  if (!parse) parse = (createRequire(import.meta.url)('yaml') as { parse: Parse }).parse;
  return parse(text);
}
