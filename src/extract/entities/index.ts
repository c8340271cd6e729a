/**
 * The `entities` stage: persons, organisations, countries, places and groups with their country
 * (ISO-3), CAMEO-style code and sector. See `extract.ts` for the rules and `gazetteer.ts` for the
 * names known in advance.
 *
 * Decisions worth knowing:
 * - A capital standing for its state ("Pyongyang", "Kyiv", "Washington") is a `place` with the
 *   country, code `<ISO3>GOV` and sector `government`: it is a place when something happens there
 *   and the government when it acts, and the code lets events use either reading. Buildings that
 *   stand for an institution ("the Kremlin", "the Pentagon", "Downing Street", "the White House")
 *   are `organization`s with country, code (RUSGOV, USAMIL, ...) and sector.
 * - A demonym ("North Korean state media", "Russian President") is a mention of the country with
 *   rule `entities/demonym`; followed by a group noun it is a `group` ("North Korean soldiers",
 *   country PRK, code PRKMIL, sector military).
 * - Sports results make teams: a city or region named in a score line, a standings row or beside
 *   "beat"/"drew" is an `organization` with sector `sports` (rule `entities/team`).
 * - A demonym that opens an organisation's name is part of it ("Iraqi News Agency", country IRQ).
 * - "Long Name (LN)" (Schwartz & Hearst 2003) makes one entity of both, wherever else LN appears.
 * - A short name joins the person whose family or given name it is ("Paddock" → "Stephen Paddock");
 *   when several persons share it, the one named last before it, or else the one named most.
 * - Capitalised common words are no names: a word the document also writes in lower case (Mikheev
 *   1999), a contraction ("I’m"), an office without a holder ("Vice President"), a run that opens
 *   with a word of institutional or place names ("Federal Reserve", "West Hartpool") is no person
 *   by its shape; affiliation plurals ("Muslims", "Republicans") are groups, their adjectives nothing.
 * - Ids are e1.. in order of first mention; the output depends only on the text and the lexicon.
 * - User actors come from the `--lexicon` key `actors`: `{ name, aliases?, type, country?, code?,
 *   sector?, gender? }` (type: person | organization | country | place | group | other; country:
 *   ISO 3166-1 alpha-3). They win over built-in names of the same spelling.
 */
import { defineStage } from '../../pipeline/stage.js';
import { gazetteerWith } from './gazetteer.js';
import { findEntities } from './extract.js';
import { userActors } from './user-actors.js';

/** The `entities` stage. */
export const entities = defineStage({
  name: 'entities',
  requires: ['structure', 'tokens'],
  lexiconKeys: ['actors'],
  produces: 'entities',
  run: ({ source, layers, lexicon, report }) => {
    const user = userActors(lexicon);
    for (const problem of user.problems) report('W_LEXICON_ACTOR', problem);
    return findEntities({
      text: source.text,
      analysisText: layers.structure.analysisText || source.text,
      tokens: layers.tokens.tokens,
      sentences: layers.tokens.sentences,
      gazetteer: gazetteerWith(user.actors),
    });
  },
});

export { mentionIndex, mentionsIn } from './mentions.js';
export type { MentionRef } from './mentions.js';
