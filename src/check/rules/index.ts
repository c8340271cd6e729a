/**
 * The findings rules, written down once, in the order `claimtrace rules` prints them: the article
 * contradicting itself first (errors), then sourcing and wording (warnings), then stretch rules.
 */
import type { Rule } from '../rule.js';
import { attributionShift } from './attribution-shift.js';
import { hedgeDropped } from './hedge-dropped.js';
import { figureMismatch } from './figure-mismatch.js';
import { quoteNotInBody } from './quote-not-in-body.js';
import { partExceedsWhole } from './part-exceeds-whole.js';
import { unattributedFigure } from './unattributed-figure.js';
import { vagueAttribution } from './vague-attribution.js';
import { loadedLanguage } from './loaded-language.js';
import { sourcesNotCited } from './sources-not-cited.js';
import { contradiction } from './contradiction.js';
import { placeCountryMismatch } from './place-country-mismatch.js';
import { conditionalQuote } from './conditional-quote.js';

/** Every rule. */
export const RULES: readonly Rule[] = [
  attributionShift,
  figureMismatch,
  quoteNotInBody,
  partExceedsWhole,
  hedgeDropped,
  unattributedFigure,
  vagueAttribution,
  loadedLanguage,
  sourcesNotCited,
  contradiction,
  placeCountryMismatch,
  conditionalQuote,
];
