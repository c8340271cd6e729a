/**
 * `conditional-quote` (stretch, info): a quote that is a hypothetical ("If X happens, it would
 * mean ...") which a reader may take as a present warning about what has happened since. Flags
 * direct quotes that open with "if" (or "should X ...", "were X to ...") and carry a conditional
 * main clause (would, could, might, will), pointing at the cue that presents it.
 */
import { defineRule } from '../rule.js';
import { clip } from '../context.js';

const OPENS_CONDITIONAL = /^[\s"“‘']*(?:if|unless|should\s+\w+|were\s+\w+\s+to)\b/i;
/** A hypothetical consequence (counterfactual modals; "will" is a plain prediction). */
const CONSEQUENCE = /\b(?:would|could|might)\b/i;
/** Generic "if you ..." advice is not a hypothetical about events. */
const GENERIC = /^[\s"“‘']*if\s+you\b/i;

/** The rule. */
export const conditionalQuote = defineRule({
  id: 'conditional-quote',
  severity: 'info',
  stretch: true,
  description: 'A hypothetical "if … would" quote is presented as a warning; check when it was said and whether its condition has happened.',
  example: {
    bad: '"If the river rises another metre, the bridge would have to close," the mayor warns.',
    good: '"If the river rises another metre, the bridge would have to close," the mayor said in March, before the river fell.',
  },
  check(ctx) {
    const out = [];
    for (const q of ctx.layers.quotes) {
      if (q.kind !== 'direct' || !OPENS_CONDITIONAL.test(q.text) || GENERIC.test(q.text)) continue;
      // the consequence must be in the quote's first sentence (the conditional itself)
      const first = q.text.split(/(?<=[.!?])\s+(?=[A-Z“"])/)[0];
      if (!CONSEQUENCE.test(first)) continue;
      out.push({
        start: q.start,
        end: q.end,
        message: `This quote is conditional (“${clip(q.text, 40)}”); check that the article does not present a hypothetical as a current warning.`,
        related: q.cue ? [{ start: q.cue.start, end: q.cue.end }] : [],
      });
    }
    return out;
  },
});
