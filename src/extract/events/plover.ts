/**
 * PLOVER event types as the PLOVER gold-standard records use them, with the CAMEO two-digit roots
 * that map onto each (source: PLOVER manual draft 0.8, 2021, "CAMEO to PLOVER conversion table",
 * and the PLOVER README's category table, Open Event Data Alliance, CC BY-SA 4.0).
 */

/** The PLOVER event types claimtrace emits (gold-record names). */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'INVESTIGATE', 'DEMAND',
  'DISAPPROVE', 'REJECT', 'THREATEN', 'PROTEST', 'MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT', 'FIGHT',
] as const;

/** A PLOVER event type. */
export type PloverType = (typeof PLOVER_TYPES)[number];

/** The 2021 manual's names that the gold records (and claimtrace) spell differently. */
export const TYPE_ALIASES: Readonly<Record<string, PloverType>> = { REQUEST: 'DEMAND', ACCUSE: 'DISAPPROVE' };

/** CAMEO roots each type may carry; the first is the default when a pattern names none. */
export const CAMEO_ROOTS: Readonly<Record<PloverType, readonly string[]>> = {
  AGREE: ['03'],
  CONSULT: ['04'],
  SUPPORT: ['05'],
  COOPERATE: ['06'],
  AID: ['07'],
  CONCEDE: ['08'],
  RETREAT: ['08'],
  INVESTIGATE: ['09'],
  DEMAND: ['10'],
  DISAPPROVE: ['11'],
  REJECT: ['12'],
  THREATEN: ['13'],
  PROTEST: ['14'],
  MOBILIZE: ['15'],
  SANCTION: ['16'],
  COERCE: ['17'],
  ASSAULT: ['18', '20', '19'],
  FIGHT: ['19'],
};

/**
 * Cooperative or conflictual, for the CAMEO "parallel structure": an intent to do a cooperative
 * act is AGREE (03), an intent to do a conflictual one is THREATEN (13), a refusal of a
 * cooperative one is REJECT (12) (CAMEO manual 1.1b3, introduction to categories 03, 10, 12, 13).
 */
export const POLARITY: Readonly<Record<PloverType, 'coop' | 'conflict' | 'verbal'>> = {
  AGREE: 'verbal', CONSULT: 'coop', SUPPORT: 'coop', COOPERATE: 'coop', AID: 'coop', CONCEDE: 'coop',
  RETREAT: 'coop', INVESTIGATE: 'coop', DEMAND: 'verbal', DISAPPROVE: 'verbal', REJECT: 'verbal',
  THREATEN: 'verbal', PROTEST: 'conflict', MOBILIZE: 'conflict', SANCTION: 'conflict', COERCE: 'conflict',
  ASSAULT: 'conflict', FIGHT: 'conflict',
};

/** Normalises a user-given type name (`accuse` → DISAPPROVE); null when it is not a PLOVER type. */
export function ploverType(name: string): PloverType | null {
  const upper = name.trim().toUpperCase();
  if ((PLOVER_TYPES as readonly string[]).includes(upper)) return upper as PloverType;
  return TYPE_ALIASES[upper] ?? null;
}
