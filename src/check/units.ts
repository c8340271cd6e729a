/**
 * What a figure counts, normalised so that "12,000 troops" and "up to 12,000 soldiers" are seen as
 * the same counted thing, and which counted things are claims a reader would want sourced.
 *
 * The synonym classes follow WordNet 3.1 synsets and their direct hyponyms (e.g. `military
 * personnel, soldiery, troops`; `soldier`; `casualty, fatality` vs `wounded, injured`), kept
 * apart where news keeps them apart: "casualties" (dead and wounded) is not "dead".
 */

/** Counted-noun lemma → synonym class (WordNet 3.1 synsets, see above). */
export const UNIT_CLASSES: Readonly<Record<string, readonly string[]>> = {
  // WordNet: military_personnel.n.01 (troops, soldiery), soldier.n.01, serviceman.n.01, fighter.n.02
  troops: ['troop', 'troops', 'soldier', 'force', 'forces', 'fighter', 'serviceman', 'servicemen', 'servicemember', 'personnel', 'combatant', 'conscript', 'recruit'],
  // WordNet: fatality.n.02 / death.n.01 ("the dead", "deaths", "people killed")
  dead: ['dead', 'death', 'fatality', 'killed', 'life', 'lives', 'body'],
  // WordNet: casualty.n.02 (a person injured or killed)
  casualties: ['casualty', 'casualties', 'loss', 'losses'],
  // WordNet: wounded.n.01 (people who are wounded), injury.n.01
  wounded: ['wounded', 'injured', 'injury', 'injuries'],
  // WordNet: person.n.01 and its plural "people"
  people: ['people', 'person', 'individual', 'resident', 'inhabitant'],
  // WordNet: refugee.n.01, displaced person (displaced_person.n.01), evacuee.n.01
  displaced: ['refugee', 'displaced', 'evacuee', 'asylum-seeker'],
  // WordNet: detainee.n.01, prisoner.n.01, arrest.n.01, hostage.n.01
  detained: ['arrest', 'detainee', 'prisoner', 'hostage', 'captive'],
  // WordNet: civilian.n.01, victim.n.01
  civilians: ['civilian', 'noncombatant'],
  victims: ['victim'],
  // WordNet: protester.n.02, demonstrator.n.02
  protesters: ['protester', 'protestor', 'demonstrator', 'marcher'],
};

/**
 * Classes whose counts are claims a fact-checker wants a source for (harm to people, forces,
 * displacement, detention): counts of points, goals, votes or years are narrative and are not
 * flagged when unsourced. Percentages and money are claims only when hedged as estimates (see
 * `unattributed-figure`).
 */
export const CLAIM_UNIT_CLASSES: ReadonlySet<string> = new Set(['troops', 'dead', 'casualties', 'wounded', 'displaced', 'detained', 'civilians', 'victims']);

const CLASS_OF = new Map<string, string>();
for (const [cls, words] of Object.entries(UNIT_CLASSES)) for (const w of words) CLASS_OF.set(w, cls);

/** Naive English singular for a counted noun (enough to map to the class table). */
function singular(w: string): string {
  if (CLASS_OF.has(w)) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ses') || w.endsWith('xes') || w.endsWith('ches') || w.endsWith('shes')) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) return w.slice(0, -1);
  return w;
}

/** Classes of the units seen so far: the rules ask for the same few units many times. */
const classCache = new Map<string, string | null>();
/** Bound on `classCache` (cleared when full), so a long run over many texts keeps its memory flat. */
const CACHE_SIZE = 10000;

/** The class key of a figure's unit ("North Korean soldiers" → "troops"); null when none is given. */
export function unitClass(unit: string | null): string | null {
  if (!unit) return null;
  let cls = classCache.get(unit);
  if (cls === undefined) {
    cls = classOf(unit);
    if (classCache.size >= CACHE_SIZE) classCache.clear();
    classCache.set(unit, cls);
  }
  return cls;
}

/** A character of a unit word: a-z, a hyphen or an apostrophe (straight or curly). */
function isUnitChar(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 45 || c === 39 || c === 0x2019;
}

/**
 * `unitClass` without the cache. The head is the last run of a-z, hyphens and apostrophes of the
 * lower-cased unit, curly apostrophes straightened (the last word splitting on everything else gives).
 */
function classOf(unit: string): string | null {
  const lower = unit.toLowerCase();
  let end = lower.length;
  while (end > 0 && !isUnitChar(lower.charCodeAt(end - 1))) end--;
  if (end === 0) return null;
  let start = end;
  while (start > 0 && isUnitChar(lower.charCodeAt(start - 1))) start--;
  let head = lower.slice(start, end);
  if (head.indexOf('’') >= 0) head = head.replace(/’/g, "'");
  if (CLASS_OF.has(head)) return CLASS_OF.get(head)!;
  const s = singular(head);
  return CLASS_OF.get(s) ?? s;
}
