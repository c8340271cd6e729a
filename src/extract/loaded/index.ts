/** The `loaded` extractor: emotive terms, name-calling and exaggeration with their voice. */
export { loaded, findLoaded, userTerms } from './loaded.js';
export { voiceOf, quotationMarks, type Voice } from './voice.js';
