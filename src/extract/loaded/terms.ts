/**
 * Loaded-language data: emotive and judgemental words by category, each list with its source.
 * The stage (./loaded.ts) turns these into patterns: an emotive adjective takes the noun it
 * modifies ("desperate bid"), an amplifier takes the adjective it amplifies ("utterly absurd"),
 * a label takes a possessive noun after it ("the tyrant's plans").
 *
 * Sources:
 * - PTC annotation guidelines, Da San Martino et al. 2019 ("Fine-Grained Analysis of Propaganda
 *   in News Articles", EMNLP): Loaded_Language = "words and phrases with strong emotional
 *   implications (positive or negative) to influence an audience"; Name_Calling,Labeling =
 *   "labeling the object of the propaganda campaign as something the target audience fears,
 *   hates, finds undesirable"; Exaggeration,Minimisation = "representing something in an
 *   excessive manner". The word classes below follow those definitions; no span of the corpus
 *   was copied.
 * - Quirk et al. 1985, A Comprehensive Grammar of the English Language, §8.104ff: amplifiers
 *   (maximizers "utterly", "totally"; boosters "incredibly", "terribly") and the emphatic
 *   participial adjectives of surprise ("staggering", "astonishing", "stunning").
 * - Wikipedia, "Regime": the word is pejorative when used of a government; "Political epithet"
 *   and "List of political epithets" for labels (tyrant, puppet, crony, warmonger).
 * - Wilson, Wiebe & Hoffmann 2005 (MPQA subjectivity clues) for the category of strongly
 *   subjective evaluative adjectives; the entries are our own curation, not that list.
 */

/** Categories of loaded language. */
export type LoadedCategory = 'loaded-language' | 'name-calling' | 'exaggeration';

/** A word list of one category and its source. */
export interface TermList {
  category: LoadedCategory;
  source: string;
  /** Lemmas or lower-cased words (multi-word entries separated by spaces). */
  words: readonly string[];
}

const PTC = 'Da San Martino et al. 2019, PTC guidelines';
const QUIRK = 'Quirk et al. 1985 §8.104 amplifiers';
const EPITHETS = 'Wikipedia, List of political epithets / Political epithet';

/** Labels for people, groups and governments that condemn what they name. */
export const NAME_CALLING: TermList = {
  category: 'name-calling',
  source: `${PTC} (Name_Calling,Labeling); ${EPITHETS}`,
  words: [
    'dictator', 'tyrant', 'despot', 'autocrat', 'strongman', 'warlord', 'thug', 'goon', 'henchman', 'henchmen', 'crony', 'cronies', 'stooge',
    'puppet', 'lackey', 'minion', 'sycophant', 'toady', 'warmonger', 'demagogue', 'propagandist', 'zealot', 'fanatic', 'extremist',
    'lunatic', 'maniac', 'madman', 'idiot', 'moron', 'imbecile', 'fool', 'clown', 'buffoon', 'charlatan', 'huckster', 'fraudster',
    'crook', 'swindler', 'con man', 'liar', 'hypocrite', 'traitor', 'turncoat', 'quisling', 'bigot', 'racist', 'xenophobe',
    'fascist', 'agitator', 'troublemaker',
    'rabble-rouser', 'fearmonger', 'scaremonger', 'nutjob', 'nutcase', 'kook', 'crank', 'freak',
    'commie', 'usurper', 'oppressor', 'aggressor', 'scum', 'vermin', 'parasite', 'leech', 'monster', 'butcher', 'savage', 'barbarian', 'gangster', 'mobster', 'mafia', 'cabal', 'junta', 'clique', 'horde', 'rabble', 'pariah', 'rogue state',
    'rogue regime', 'axis of evil', 'shill', 'apologist', 'sellout', 'elitist', 'globalist', 'snowflake', 'deplorable',
    'loser', 'coward', 'bully', 'pervert', 'degenerate', 'oligarch',
    // servility (Wikipedia, "Sycophancy": synonyms and epithets)
    'lapdog', 'lickspittle', 'flunky', 'flunkey', 'yes-man', 'brown-noser', 'hanger-on', 'mouthpiece', 'apparatchik',
  ],
};

/** Emotive adjectives and participles of condemnation, fear, disgust or praise. */
export const EMOTIVE: TermList = {
  category: 'loaded-language',
  source: `${PTC} (Loaded_Language); category of strong subjective clues after Wilson et al. 2005`,
  words: [
    'unholy', 'evil', 'wicked', 'sinister', 'nefarious', 'diabolical', 'demonic', 'satanic', 'villainous', 'vile', 'despicable', 'heinous',
    'abhorrent', 'odious', 'repugnant', 'repulsive', 'disgusting', 'sickening', 'revolting', 'loathsome', 'detestable', 'contemptible',
    'shameful', 'disgraceful', 'shameless', 'scandalous', 'outrageous', 'atrocious', 'appalling', 'horrific', 'horrendous', 'horrible',
    'horrifying', 'gruesome', 'grisly', 'monstrous', 'barbaric', 'barbarous', 'savage', 'brutal', 'bloodthirsty', 'murderous',
    'ruthless', 'merciless', 'callous', 'cruel', 'sadistic', 'vicious', 'tyrannical', 'despotic', 'dictatorial', 'totalitarian',
    'oppressive', 'repressive', 'draconian', 'authoritarian', 'reclusive', 'pariah', 'crooked', 'thuggish',
    'fanatical', 'hysterical', 'deranged', 'unhinged', 'insane', 'crazy', 'lunatic', 'delusional',
    'paranoid', 'ludicrous', 'ridiculous', 'absurd', 'preposterous', 'laughable', 'farcical', 'idiotic', 'moronic', 'stupid', 'asinine',
    'pathetic', 'pitiful', 'shoddy', 'disastrous', 'catastrophic', 'calamitous', 'apocalyptic', 'cataclysmic', 'devastating', 'ruinous',
    'desperate', 'reckless', 'menacing', 'treacherous', 'traitorous', 'treasonous', 'deceitful', 'dishonest', 'fraudulent',
    'bogus', 'phony', 'phoney', 'sham', 'fake', 'rigged', 'bigoted', 'racist', 'hateful', 'spiteful', 'vindictive', 'malicious',
    'venomous', 'toxic', 'poisonous', 'sleazy', 'seedy', 'slimy', 'filthy', 'sordid', 'depraved', 'degenerate', 'perverse',
    'unconscionable', 'inexcusable', 'unforgivable', 'indefensible', 'egregious', 'flagrant', 'blatant', 'shambolic', 'inept',
    'incompetent', 'cowardly', 'spineless', 'gutless', 'arrogant', 'smug', 'pompous', 'sanctimonious', 'hypocritical', 'heroic',
    'glorious', 'valiant', 'righteous', 'patriotic',
    'expendable', 'woeful',
    // contempt and ridicule
    'clueless', 'foolish', 'silly', 'nonsensical', 'illogical', 'misguided', 'outlandish', 'bizarre',
    'grotesque', 'ugly', 'worthless', 'useless', 'pointless', 'futile', 'dismal', 'abysmal', 'terrible', 'awful', 'dreadful',
    'lousy', 'shabby', 'crass', 'vulgar', 'obscene', 'perverted', 'twisted', 'sick', 'deviant', 'psychotic',
    'greedy', 'selfish', 'jealous', 'petty', 'vain', 'craven', 'duplicitous', 'devious', 'scheming', 'conniving', 'sneaky',
    'deceptive', 'misleading', 'disgraced', 'discredited', 'humiliating', 'pernicious', 'insidious',
    'destructive', 'harmful', 'hostile', 'belligerent', 'rampant', 'intolerant', 'militant',
    'warmongering', 'cursed', 'damned', 'accursed', 'godforsaken', 'heartless', 'harrowing',
    'disturbing', 'troubling', 'outraged', 'furious', 'enraged', 'livid', 'frantic',
    'panicked', 'helpless', 'hapless', 'doomed', 'creepy', 'nightmarish', 'hellish',
    'gushing', 'fawning', 'slavish', 'servile', 'bitter', 'vitriolic',
    'scathing', 'blistering', 'withering', 'fierce', 'ferocious', 'staunch', 'fervent', 'zealous',
    'passionate', 'magnificent', 'marvelous', 'marvellous', 'wonderful', 'fantastic', 'terrific',
    'superb', 'brilliant', 'miraculous', 'sublime', 'woefully', 'dire', 'chilling', 'terrifying', 'frightening', 'alarming', 'ominous', 'cynical', 'godless', 'un-american', 'unpatriotic', 'anti-american', 'rabid', 'virulent',
    // further strongly negative evaluations of character and conduct (MPQA strong-subjective clue category); left out
    // those with a literal sense ("incendiary device", "inflammatory disease")
    'abominable', 'baleful', 'beastly', 'benighted', 'boorish', 'brutish', 'cantankerous', 'churlish', 'contemptuous',
    'corrosive', 'cringeworthy', 'cringe-worthy', 'cutthroat', 'dastardly', 'debased', 'debauched', 'demented', 'derisory',
    'devilish', 'disingenuous', 'disreputable','dodgy', 'execrable', 'fascistic', 'fiendish', 'ghastly',
    'hideous', 'ignoble', 'ill-conceived', 'imbecilic', 'inane', 'indecent','inhumane', 'iniquitous', 'insufferable',
    'irredeemable', 'kooky', 'lawless', 'lecherous', 'lewd', 'loony', 'lurid', 'maniacal', 'mealy-mouthed', 'megalomaniacal',
    'meretricious', 'obnoxious', 'perfidious', 'pig-headed', 'pitiless', 'puerile', 'rancid', 'rapacious', 'repellent', 'risible',
    'slanderous', 'sneering', 'squalid', 'tawdry', 'truculent', 'underhanded', 'vacuous', 'venal', 'vengeful', 'wanton',
    'xenophobic',
  ],
};

/** Emotive nouns and verbs (violence, catastrophe, deceit, contempt). */
export const EMOTIVE_NOUNS_VERBS: TermList = {
  category: 'loaded-language',
  source: `${PTC} (Loaded_Language)`,
  words: [
    'atrocity', 'atrocities', 'nonsense', 'rubbish', 'garbage', 'drivel', 'hogwash', 'claptrap', 'baloney',
    'slander', 'libel', 'blasphemy',
    'power grab', 'fury', 'rage',
    'contempt', 'disdain', 'scorn', 'vitriol', 'venom', 'bullying', 'brainwashing',
    'fearmongering', 'scaremongering', 'demagoguery', 'hypocrisy', 'cowardice', 'stupidity', 'idiocy', 'insanity',
    'lunacy', 'madness', 'folly', 'treachery', 'duplicity', 'villainy', 'depravity', 'perversion', 'decadence', 'degeneracy', 'carnage', 'bloodbath', 'bloodshed', 'butchery', 'savagery', 'barbarism',
    'brutality', 'nightmare', 'debacle',
    'fiasco', 'farce', 'travesty', 'sham', 'charade', 'hoax', 'scam',
    'witch hunt', 'witch-hunt', 'hysteria', 'frenzy', 'mayhem', 'outrage', 'abomination', 'menace', 'scourge', 'rampage',
    'slaughtered', 'massacred', 'gunned down', 'mowed down', 'wreak havoc', 'wreaked havoc',
    'smeared', 'vilified', 'vilify', 'demonized', 'demonize', 'demonise', 'demonised',
    'bullied', 'skyrocketed', 'crushed', 'betrayed', 'sold out', 'caved', 'butchered', 'annihilate', 'annihilated', 'obliterate', 'obliterated', 'decimate', 'decimated', 'ravage',
    'ravaged', 'plunder', 'plundered', 'pillage', 'terrorize', 'terrorise', 'brainwash', 'brainwashed', 'indoctrinate', 'indoctrinated', 'rant', 'ranted', 'spew', 'spewed', 'peddle', 'peddled', 'cower', 'grovel', 'kowtow', 'trample', 'trampled',
  ],
};

/** Words that exaggerate by themselves: emphatic participles of surprise, hyperbole. */
export const HYPERBOLE: TermList = {
  category: 'exaggeration',
  source: `${QUIRK} (emphatic participial adjectives); ${PTC} (Exaggeration,Minimisation)`,
  words: [
    'staggering', 'astonishing', 'astounding', 'stunning', 'shocking', 'startling', 'mind-boggling', 'jaw-dropping', 'breathtaking',
    'unbelievable', 'incredible', 'unimaginable', 'unthinkable', 'unprecedented', 'colossal', 'epic',
    'unparalleled', 'unrivaled', 'unrivalled', 'never-ending', 'ever-growing', 'ever-increasing',
  ],
};

const APPRAISAL = 'Martin & White 2005, The Language of Evaluation: Appraisal in English';

/**
 * Judgement adjectives (Appraisal theory, JUDGEMENT: social sanction of propriety and veracity,
 * social esteem of capacity): they condemn the person or act they describe ("corrupt
 * politicians", "immoral", "botched investigation"). Only the clearly negative ones; neutral
 * descriptive adjectives ("illegal", "violent") describe facts and stay out, and so do
 * "infamous" and "notorious" (they report a reputation: "the notorious prison") and
 * "radical" (a political position: "radical Islam", "a radical new design").
 */
export const JUDGEMENT: TermList = {
  category: 'loaded-language',
  source: `${APPRAISAL} (Judgement: propriety, veracity, capacity); ${PTC} (Loaded_Language)`,
  words: [
    'corrupt', 'immoral', 'amoral', 'unethical', 'unscrupulous', 'dishonorable', 'dishonourable',
    'abusive', 'predatory', 'exploitative', 'unjust', 'unacceptable', 'intolerable', 'reprehensible', 'lamentable',
    'regrettable', 'ignominious', 'inglorious', 'shady', 'manipulative', 'two-faced', 'mendacious', 'untrustworthy',
    'unreliable', 'botched', 'bungled', 'bumbling', 'feckless', 'clumsy', 'careless', 'negligent', 'irresponsible', 'ignorant',
    'dumb', 'dim-witted', 'brainless', 'mindless', 'senseless', 'irrational', 'credulous', 'gullible', 'feeble', 'lame',
    'toothless', 'impotent', 'wimpy', 'sniveling', 'whining', 'whiny', 'malevolent', 'malignant', 'noxious', 'dirty', 'rotten',
    'putrid', 'foul', 'nasty', 'wretched', 'bad', 'sinful', 'ungodly', 'blasphemous', 'sacrilegious', 'heretical',
    'power-hungry', 'hate-filled', 'subversive', 'seditious', 'illegitimate', 'immature', 'childish', 'juvenile',
    'petulant', 'shrill', 'strident', 'haughty', 'condescending', 'patronizing', 'self-serving', 'self-righteous', 'ungrateful',
    'disloyal',
  ],
};

/**
 * Hyperbolic adjectives of size, importance and surprise (Appraisal GRADUATION: force, the
 * "intensification" of quality; Quirk et al. §7.33 amplifying adjectives "outright"):
 * "tremendous", "spectacular", "momentous". Counted as exaggeration. Left out: those with an
 * ordinary measuring or literal sense in news ("total", "complete", "vast", "severe", "grave",
 * "extreme"; the dimension adjectives "huge", "massive", "enormous", "immense"; "absolute
 * majority", "explosive device", "wild animals", "historic building", "endless queue").
 */
export const MAGNITUDE: TermList = {
  category: 'exaggeration',
  source: `${APPRAISAL} (Graduation: force); Quirk et al. 1985 §7.33 (amplifying adjectives); ${PTC} (Exaggeration,Minimisation)`,
  words: [ 'dramatic', 'extraordinary', 'remarkable', 'tremendous',
    'monumental', 'spectacular', 'amazing', 'awesome', 'phenomenal', 'sensational', 'striking', 'dazzling',
    'earth-shattering', 'earthshattering', 'groundbreaking', 'game-changing', 'momentous',
    'outright', 'profound', 'overwhelming', 'unrelenting', 'unstoppable', 'exceptional',
    'legendary', 'mythic', 'incomparable', 'unmatched', 'unequalled', 'unequaled', 'frenzied', 'feverish',
    // emphasizers (Quirk et al. 1985 §7.33: "sheer", "utter") sharpen rather than judge: Appraisal graduation (focus)
    'sheer', 'utter',
  ],
};

/**
 * Nouns of catastrophe, violence and scandal used of events and policies (the brief's
 * "hyperbolic nouns": disaster, catastrophe, slaughter; Appraisal AFFECT/APPRECIATION nouns of
 * horror and disgust). Left out: nouns with a literal, legal or medical sense that news uses
 * plainly ("crisis", "massacre", "fraud", "assault", "epidemic", "plague", "terror",
 * "conspiracy"), so "crisis management team" is not flagged, and the nouns news uses as the
 * plain name of an event or condition ("scandal", "cover-up", "tragedy", "oppression":
 * "the abuse scandal", "a tragedy on the M1").
 */
export const CATASTROPHE: TermList = {
  category: 'loaded-language',
  source: `${APPRAISAL} (Affect: insecurity, dissatisfaction); ${PTC} (Loaded_Language)`,
  words: [
    'disaster', 'catastrophe', 'horror', 'fakery', 'calamity', 'cataclysm', 'apocalypse', 'armageddon', 'slaughter',
    'annihilation', 'extermination', 'pogrom', 'havoc', 'chaos', 'cesspool', 'hellhole', 'filth', 'mess', 'shambles', 'wrath',
    'ire', 'outcry', 'uproar', 'furor', 'furore', 'firestorm', 'backlash', 'bombshell', 'disgrace', 'humiliation',
    'insult', 'affront', 'injustice', 'plot', 'ploy', 'stunt', 'propaganda', 'deceit', 'deception', 'tyranny',
  ],
};

/**
 * Verbs (as lemmas) of ridicule, smear and adulation (illocutionary glosses of speech,
 * Caldas-Coulthard 1994) and of hyperbolic violence ("slaughter", "obliterate"). Left out: the
 * glosses that are news's ordinary reporting verbs for a stance ("condemn", "denounce", "decry",
 * "rebuke", "hail", "laud", "tout", and headline "slam", "blast"): they report that someone
 * took a position, the loaded words are the speaker's; and "destroy", whose literal sense
 * ("the fire destroyed two houses") dominates.
 */
export const EMOTIVE_VERBS: TermList = {
  category: 'loaded-language',
  source: `Caldas-Coulthard 1994, "On reporting reporting" (illocutionary glosses); ${PTC} (Loaded_Language)`,
  words: [ 'excoriate', 'bash', 'trash', 'savage', 'pillory', 'vilify', 'demonize', 'demonise', 'smear', 'slander', 'malign',
    'mock', 'ridicule', 'deride', 'sneer', 'scoff', 'jeer', 'taunt', 'belittle', 'disparage', 'insult', 'humiliate', 'whine',
    'rant', 'rave', 'scream', 'shriek', 'yell', 'snarl', 'spew', 'glorify', 'lionize', 'lionise', 'idolize', 'exalt', 'trumpet', 'slaughter', 'massacre', 'butcher', 'exterminate', 'annihilate', 'obliterate',
    'decimate', 'devastate', 'ravage', 'wreck', 'demolish', 'smash', 'shatter', 'torment', 'persecute', 'terrorize',
    'terrorise', 'terrify', 'infuriate', 'enrage', 'outrage', 'horrify', 'appal', 'appall', 'sicken', 'disgust', 'plunder',
    'enslave', 'brainwash', 'indoctrinate', 'hoodwink', 'swindle', 'betray', 'kowtow', 'grovel', 'cower', 'capitulate',
  ],
};

/** Profanity and curses (AFINN-165, Nielsen 2011, items scored -3 to -5, as shipped in wink's sentiment model). */
export const PROFANITY: TermList = {
  category: 'loaded-language',
  source: 'AFINN-165 (Nielsen 2011) items of valence -3 to -5, in wink-eng-lite-web-model sentiment',
  words: [
    'damn', 'goddamn', 'goddamned', 'hell', 'fucking', 'fuck', 'fucked', 'shit', 'bullshit', 'crap', 'crappy', 'bastard',
    'bastards', 'asshole', 'assholes', 'bitch', 'jackass', 'scumbag', 'scumbags', 'piss', 'pissed', 'dickhead', 'motherfucker',
  ],
};

/**
 * Ideological and religious labels used as epithets (Wikipedia, "Political epithet": the -ist
 * and -ism words turned into insults; the brief's "pejorative -ist") and dehumanising labels.
 * Left out: the names of real parties and movements whose members news describes plainly
 * ("communist", "marxist", "nazi", "zionist", "bolshevik": "North Korean communists").
 */
export const EPITHETS_MORE: TermList = {
  category: 'name-calling',
  source: `${EPITHETS}; ${PTC} (Name_Calling,Labeling)`,
  words: [
    'supremacist', 'white supremacist', 'leftist', 'lefty', 'jihadist', 'jihadi', 'neo-nazi',
    'infidel', 'heretic', 'apostate', 'invader', 'predator', 'crackpot', 'libtard', 'hatemonger', 'hate-monger', 'race-monger',
    'anti-semite', 'islamophobe', 'homophobe', 'ideologue', 'provocateur', 'conspiracy theorist',
    'reactionary', 'renegade', 'deceiver', 'heathen', 'pagan',
  ],
};

/**
 * Amplifiers (Quirk et al.): before an emotive adjective they intensify it; the pair is the
 * loaded term ("utterly absurd", "deeply disturbing"). Before a neutral adjective only the
 * hyperbolic ones (`STRONG_AMPLIFIERS`) make a loaded term ("absolutely certain" is emphasis
 * in ordinary prose, "insanely expensive" is not).
 */
export const AMPLIFIERS: readonly string[] = [
  'utterly', 'totally', 'absolutely', 'completely', 'entirely', 'thoroughly', 'wholly', 'downright', 'outright', 'incredibly',
  'extremely', 'enormously', 'immensely', 'tremendously', 'hugely', 'massively', 'terribly', 'horribly', 'awfully', 'dreadfully',
  'deeply', 'profoundly', 'bitterly', 'desperately', 'hopelessly', 'woefully', 'grossly', 'wildly', 'insanely', 'ridiculously',
  'outrageously', 'shockingly', 'staggeringly', 'astonishingly', 'stunningly', 'breathtakingly', 'unbelievably', 'remarkably',
  'exceedingly', 'excessively', 'severely', 'seriously', 'brutally', 'viciously', 'fiercely', 'furiously', 'violently',
  'overwhelmingly', 'blatantly', 'flagrantly', 'shamelessly', 'disgracefully', 'painfully', 'sorely', 'gravely', 'far',
  // degree words that count only before an emotive adjective ("so outlandish", "very ugly",
  // "a most shameful episode": "most" as a booster, Quirk et al. 1985)
  'so', 'very', 'too', 'most', 'increasingly', 'overly', 'truly', 'really', 'pretty', 'quite', 'rather',
];

/**
 * Amplifiers loaded before any adjective: the hyperbolic ones and the high-degree boosters
 * (Quirk §8.105: "extremely", "incredibly", "deeply"), but not the everyday degree words
 * ("so", "very", "truly" before a neutral adjective lowered both halves of PTC).
 */
export const STRONG_AMPLIFIERS: readonly string[] = [
  'insanely', 'ridiculously', 'outrageously', 'shockingly', 'staggeringly', 'astonishingly', 'stunningly', 'unbelievably', 'utterly',
  'downright', 'hopelessly', 'woefully', 'grossly', 'disgracefully', 'shamelessly', 'blatantly', 'flagrantly', 'horribly', 'dreadfully',
  'extremely', 'incredibly', 'terribly', 'awfully', 'enormously', 'tremendously', 'hugely', 'immensely', 'deeply', 'profoundly',
  'exceedingly', 'excessively', 'overly',
];

/**
 * Capitals as shouting ("NO crime", "INSANE"): RFC 1855 (Netiquette Guidelines, 1995) §2.1.1
 * "Use mixed case. UPPER CASE LOOKS AS IF YOU'RE SHOUTING." Only word classes that are rarely
 * acronyms count (adjectives, adverbs, determiners, verbs, pronouns), and only in a sentence
 * that is itself in mixed case (not a headline in capitals).
 */
export const SHOUTING_POS: readonly string[] = ['ADJ', 'ADV', 'DET', 'VERB', 'AUX', 'PART', 'INTJ'];

/** -ly adverbs that are not of manner (time, frequency, stance, degree): they never join a loaded span. */
export const NON_MANNER_LY: readonly string[] = [
  'only', 'early', 'likely', 'unlikely', 'reportedly', 'allegedly', 'apparently', 'recently', 'currently', 'nearly', 'finally', 'actually',
  'usually', 'largely', 'mostly', 'partly', 'initially', 'previously', 'originally', 'daily', 'weekly', 'monthly', 'yearly', 'formerly',
  'really', 'merely', 'simply', 'hardly', 'barely', 'certainly', 'probably', 'possibly', 'clearly', 'obviously', 'especially', 'particularly',
  'generally', 'typically', 'eventually', 'immediately', 'directly', 'publicly', 'officially', 'reportedly', 'supposedly', 'lately',
];


/**
 * Adjectives of intense emotion (Appraisal AFFECT: unhappiness, insecurity, dissatisfaction,
 * Martin & White 2005 §2.2; the high-intensity ring of Plutchik's 1980 wheel: grief, terror,
 * rage, loathing): they tell the reader what to feel ("heartbreaking", "infuriating",
 * "horrified"). Left out: the core, low-intensity words that describe a state plainly ("sad",
 * "angry", "afraid", "worried", "anxious"). The experiencer participles of the emphatic
 * participial adjectives ("shocked", "stunned") are made from HYPERBOLE in the stage.
 */
export const AFFECT: TermList = {
  category: 'loaded-language',
  source: `${APPRAISAL} (Affect); Plutchik 1980 (high-intensity emotions)`,
  words: [
    // unhappiness, grief
    'heartbroken', 'heart-wrenching', 'gut-wrenching', 'grief-stricken', 'distraught', 'despondent', 'anguished', 'excruciating', 'distressing', 'harrowing', 'miserable', 'sorrowful',
    // insecurity, terror
    'terrified', 'petrified', 'horrified', 'terror-stricken', 'panic-stricken', 'spine-chilling', 'bloodcurdling', 'hair-raising',
    // dissatisfaction, rage, loathing
    'incensed', 'irate', 'fuming', 'seething', 'infuriated', 'infuriating', 'maddening', 'galling', 'exasperated', 'exasperating', 'irritating', 'disgusted', 'sickened', 'nauseating', 'appalled', 'dismayed', 'dismaying', 'humiliated',
    'mortified',
  ],
};


/**
 * Head nouns of legal and financial terms of art in which an evaluative adjective is part of a
 * defined term (Black's Law Dictionary: "fraudulent conveyance", "corrupt practices",
 * "reckless driving", "malicious prosecution", "predatory lending", "hostile takeover",
 * "toxic assets"): there the adjective classifies, it does not judge. As lemmas.
 */
export const TERM_OF_ART_NOUNS: readonly string[] = [
  'account', 'transaction', 'payment', 'conveyance', 'transfer', 'practice', 'driving', 'prosecution', 'lending', 'loan', 'takeover',
  'asset', 'invoice', 'filing', 'securities', 'trading', 'bankruptcy', 'misrepresentation', 'inducement', 'concealment', 'waste',
];

/** Key of the `--lexicon` file that extends the terms. */
export const LEXICON_KEY = 'loaded';
