/**
 * English word formation that several extractors read: the agentive and personal noun suffixes
 * that make a noun name a person or a group of people ("mayor", "economist", "chairman";
 * "protesters", "physicians", "congressmen"). One list, so the quotes and entities stages agree
 * on who can be a speaker or a group.
 */

/** Agentive and personal noun suffixes, singular and plural. */
export const AGENT_SUFFIXES = {
  source: 'Quirk et al. 1985, Appendix I.34-35 (agential and personal noun suffixes -er, -or, -ist, -ant/-ent, -ian; compounds in -man)',
  entries: [
    { singular: 'er', plural: 'ers' },
    { singular: 'or', plural: 'ors' },
    { singular: 'ist', plural: 'ists' },
    { singular: 'ant', plural: 'ants' },
    { singular: 'ent', plural: 'ents' },
    { singular: 'ian', plural: 'ians' },
    { singular: 'man', plural: 'men' },
  ],
} as const;

/** Whether a lower-case word ends in a singular agentive suffix ("mayor", "founder", "chairman"). */
export function hasAgentSuffix(norm: string): boolean {
  for (const s of AGENT_SUFFIXES.entries) if (norm.endsWith(s.singular)) return true;
  return false;
}

/** The singular of a lower-case plural agentive noun ("protesters" → "protester", "congressmen" → "congressman"), else null. */
export function agentSingular(norm: string): string | null {
  for (const s of AGENT_SUFFIXES.entries) if (norm.endsWith(s.plural)) return norm.slice(0, norm.length - s.plural.length) + s.singular;
  return null;
}
