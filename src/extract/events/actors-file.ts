/**
 * Reads actor dictionaries in the PETRARCH/TABARI `.actors` text format that event-data
 * researchers keep (openeventdata/petrarch2 data/dictionaries, e.g. Phoenix.Countries.actors.txt,
 * Phoenix.International.actors.txt, Phoenix.agents.txt):
 *
 *   # comment
 *   KIM_JONG_UN_ [PRKGOV]            phrase (underscores for spaces) and its code
 *   NORTH_KOREA_                     phrase whose codes follow on indented lines
 *   +DPRK                            synonym of the entry above
 *   	[PRK]                          code line ([CODE date-range]; open-ended or undated wins)
 *   FARMER [~AGR]                    agents file: a noun and the sector it adds (`~`)
 *
 * Substitution-set lines (`!PERSON!`) are skipped. Users load such files with the `actorsFiles`
 * lexicon key (see lexicon.ts); `parseActors` is exported for API users who have the text.
 */
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { SECTOR_NAMES } from './actor-lexicon.js';

const countries = createRequire(import.meta.url)('world-countries/countries.json') as Countries;

/** One actor from a dictionary: its phrases (lower-case words) and code. */
export interface DictionaryActor {
  name: string;
  phrases: string[][];
  code: string | null;
  country: string | null;
  sector: string | null;
}

/** One agent noun from an agents dictionary with the sector code it adds. */
export interface DictionaryAgent {
  phrase: string[];
  sector: string;
}

/** What a dictionary file holds. */
export interface ActorDictionary {
  actors: DictionaryActor[];
  agents: DictionaryAgent[];
  /** Lines that could not be read, with 1-based line numbers. */
  problems: { line: number; message: string }[];
}

const ISO3 = new Set(countries.map((c) => c.cca3));

/** Splits a CAMEO actor code into country and sector (`RUSGOV` → RUS, GOV). */
export function splitCode(code: string): { country: string | null; sector: string | null } {
  const c = code.toUpperCase();
  const country = ISO3.has(c.slice(0, 3)) ? c.slice(0, 3) : null;
  const rest = country ? c.slice(3) : '';
  const sector = rest.length >= 3 && SECTOR_NAMES[rest.slice(0, 3)] ? rest.slice(0, 3) : null;
  return { country, sector };
}

function phraseWords(raw: string): string[] {
  return raw
    .replace(/_+$/, '')
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

function pickCode(brackets: string[]): string | null {
  let first: string | null = null;
  for (const b of brackets) {
    const [code, date] = b.trim().split(/\s+/);
    if (!code || code === '---') continue;
    first ??= code;
    if (!date || date.startsWith('>')) return code;
  }
  return first;
}

/** Parses the text of a `.actors` or agents dictionary. Never throws: bad lines become problems. */
export function parseActors(text: string): ActorDictionary {
  const out: ActorDictionary = { actors: [], agents: [], problems: [] };
  let current: { name: string; phrases: string[][]; brackets: string[] } | null = null;
  const flush = () => {
    if (!current) return;
    const code = pickCode(current.brackets);
    const { country, sector } = code ? splitCode(code) : { country: null, sector: null };
    if (current.phrases.length) out.actors.push({ name: current.name, phrases: current.phrases, code, country, sector });
    current = null;
  };
  const lines = text.split(/\r?\n/);
  lines.forEach((rawLine, i) => {
    const line = rawLine.replace(/#.*$/, '');
    if (!line.trim()) return;
    if (line.includes('!')) return;
    const brackets = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]);
    const head = line.replace(/\[[^\]]*\]/g, '').replace(/\{[^}]*\}/g, '').trim();
    if (/^\s/.test(line) && !head) {
      // an indented code line belongs to the entry above
      if (current) current.brackets.push(...brackets);
      else out.problems.push({ line: i + 1, message: 'code line without an actor above it' });
      return;
    }
    if (head.startsWith('+')) {
      const words = phraseWords(head.slice(1));
      if (current && words.length) current.phrases.push(words);
      else out.problems.push({ line: i + 1, message: 'synonym without an actor above it' });
      if (current) current.brackets.push(...brackets);
      return;
    }
    const agent = brackets.find((b) => b.trim().startsWith('~'));
    if (agent) {
      flush();
      const sector = agent.trim().slice(1, 4).toUpperCase();
      const words = phraseWords(head);
      if (words.length && SECTOR_NAMES[sector]) out.agents.push({ phrase: words, sector });
      else out.problems.push({ line: i + 1, message: `agent code [${agent.trim()}] is not a known CAMEO sector` });
      return;
    }
    flush();
    const words = phraseWords(head);
    if (!words.length) {
      out.problems.push({ line: i + 1, message: 'no actor phrase on this line' });
      return;
    }
    current = { name: words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' '), phrases: [words], brackets };
  });
  flush();
  return out;
}
