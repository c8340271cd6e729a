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
    'rogue regime', 'rogue nation', 'rogue kingdom', 'rogue government', 'axis of evil', 'shill', 'apologist', 'sellout', 'elitist', 'globalist', 'snowflake', 'deplorable',
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
    'unholy', 'evil', 'wicked', 'harsh', 'sinister', 'nefarious', 'diabolical', 'demonic', 'satanic', 'villainous', 'vile', 'despicable', 'heinous',
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
    // ("troubling" is left out: the mild concern of ordinary news and reports, "a troubling lack of")
    'disturbing', 'outraged', 'furious', 'enraged', 'livid', 'frantic',
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
    // evaluations of worth and manner (MPQA strong-subjective clue category): "empty rhetoric", "a cunning ruse"
    'blithering', 'embarrassing', 'cunning', 'grim', 'meaningless', 'unseemly', 'dull', 'beautiful',
  ],
};

/** Emotive nouns and verbs (violence, catastrophe, deceit, contempt). */
export const EMOTIVE_NOUNS_VERBS: TermList = {
  category: 'loaded-language',
  source: `${PTC} (Loaded_Language)`,
  words: [
    'atrocity', 'atrocities', 'nonsense', 'rubbish', 'garbage', 'drivel', 'hogwash', 'claptrap', 'baloney',
    'slander', 'libel', 'calumny', 'calumnies', 'smear', 'smears', 'blasphemy', 'appeasement', 'sycophancy', 'ballyhoo',
    'power grab', 'fury', 'rage',
    'contempt', 'disdain', 'scorn', 'vitriol', 'venom', 'bullying', 'brainwashing',
    'fearmongering', 'scaremongering', 'demagoguery', 'hypocrisy', 'cowardice', 'stupidity', 'idiocy', 'insanity',
    'lunacy', 'madness', 'folly', 'treachery', 'duplicity', 'villainy', 'depravity', 'perversion', 'decadence', 'degeneracy', 'carnage', 'bloodbath', 'bloodshed', 'butchery', 'savagery', 'barbarism',
    // ("rampage" is left out: the plain name of a shooting or riot in news)
    'brutality', 'nightmare', 'debacle', 'tantrum', 'tantrums', 'falsehoods',
    'fiasco', 'farce', 'travesty', 'sham', 'charade', 'hoax', 'scam',
    'witch hunt', 'witch-hunt', 'hysteria', 'frenzy', 'mayhem', 'outrage', 'abomination', 'menace', 'scourge',
    'slaughtered', 'massacred', 'gunned down', 'mowed down', 'wreak havoc', 'wreaked havoc',
    'smeared', 'vilified', 'vilify', 'demonized', 'demonize', 'demonise', 'demonised',
    'bullied', 'skyrocketed', 'crushed', 'betrayed', 'sold out', 'caved', 'butchered', 'annihilate', 'annihilated', 'obliterate', 'obliterated', 'decimate', 'decimated', 'ravage',
    'ravaged', 'plunder', 'plundered', 'pillage', 'terrorize', 'terrorise', 'brainwash', 'brainwashed', 'indoctrinate', 'indoctrinated', 'rant', 'ranted', 'spew', 'spewed', 'peddle', 'peddled', 'cower', 'grovel', 'kowtow', 'trample', 'trampled',
    'stamp out', 'stamped out', 'stamping out', 'plagued',
  ],
};

/** Words that exaggerate by themselves: emphatic participles of surprise, hyperbole. */
export const HYPERBOLE: TermList = {
  category: 'exaggeration',
  source: `${QUIRK} (emphatic participial adjectives); ${PTC} (Exaggeration,Minimisation)`,
  words: [
    'staggering', 'astonishing', 'astounding', 'stunning', 'shocking', 'startling', 'mind-boggling', 'jaw-dropping', 'breathtaking',
    'unbelievable', 'incredible', 'unimaginable', 'unthinkable', 'unprecedented', 'colossal', 'epic',
    'unparalleled', 'unrivaled', 'unrivalled', 'never-ending', 'ever-growing', 'ever-increasing', 'untold', 'dizzying',
    'ballyhooed', 'much-ballyhooed', 'vaunted', 'much-vaunted',
  ],
};

const APPRAISAL = 'Martin & White 2005, The Language of Evaluation: Appraisal in English';

/**
 * Judgement adjectives (Appraisal theory, JUDGEMENT: social sanction of propriety and veracity,
 * social esteem of capacity): they condemn the person or act they describe ("corrupt
 * politicians", "immoral", "botched investigation"). Only the clearly negative ones; neutral
 * descriptive adjectives ("illegal", "violent") describe facts and stay out, and so do
 * "infamous" and "notorious" (they report a reputation: "the notorious prison") and
 * "radical" (a political position: "radical Islam", "a radical new design"), and "bad", the
 * core, low-force evaluation ("bad weather", "a bad decision"; Martin & White 2005 §3.5).
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
    'putrid', 'foul', 'nasty', 'wretched', 'sinful', 'ungodly', 'blasphemous', 'sacrilegious', 'heretical',
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
 * majority", "explosive device", "wild animals", "historic building", "endless queue"), and
 * the everyday praise of reviews and features ("remarkable story", "extraordinary meeting").
 */
export const MAGNITUDE: TermList = {
  category: 'exaggeration',
  source: `${APPRAISAL} (Graduation: force); Quirk et al. 1985 §7.33 (amplifying adjectives); ${PTC} (Exaggeration,Minimisation)`,
  words: [ 'dramatic', 'tremendous',
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
 * "the abuse scandal", "a tragedy on the M1"), and the names of speech acts ("insults": news
 * reports that they were traded, like the stance verbs below).
 */
export const CATASTROPHE: TermList = {
  category: 'loaded-language',
  source: `${APPRAISAL} (Affect: insecurity, dissatisfaction); ${PTC} (Loaded_Language)`,
  words: [
    'disaster', 'catastrophe', 'doom', 'gloom', 'horror', 'fakery', 'calamity', 'cataclysm', 'apocalypse', 'armageddon', 'slaughter',
    'annihilation', 'extermination', 'pogrom', 'havoc', 'chaos', 'cesspool', 'hellhole', 'filth', 'mess', 'shambles', 'wrath',
    'ire', 'outcry', 'uproar', 'furor', 'furore', 'firestorm', 'backlash', 'bombshell', 'disgrace', 'humiliation',
    'affront', 'injustice', 'plot', 'ploy', 'stunt', 'propaganda', 'deceit', 'deception', 'tyranny',
  ],
};

/**
 * Verbs (as lemmas) of ridicule, smear and adulation (illocutionary glosses of speech,
 * Caldas-Coulthard 1994) and of hyperbolic violence ("slaughter", "obliterate"). Left out: the
 * glosses that are news's ordinary reporting verbs for a stance ("condemn", "denounce", "decry",
 * "rebuke", "hail", "laud", "tout", and headline "slam", "blast"): they report that someone
 * took a position, the loaded words are the speaker's; and "destroy" and "persecute", whose
 * literal senses ("the fire destroyed two houses", "Christians persecuted in Iraq") dominate.
 */
export const EMOTIVE_VERBS: TermList = {
  category: 'loaded-language',
  source: `Caldas-Coulthard 1994, "On reporting reporting" (illocutionary glosses); ${PTC} (Loaded_Language)`,
  words: [ 'excoriate', 'bash', 'trash', 'savage', 'pillory', 'vilify', 'demonize', 'demonise', 'smear', 'slander', 'malign',
    'mock', 'ridicule', 'deride', 'sneer', 'scoff', 'jeer', 'taunt', 'belittle', 'disparage', 'insult', 'humiliate', 'whine',
    'rant', 'rave', 'scream', 'shriek', 'yell', 'snarl', 'spew', 'gloat', 'howl', 'screech', 'bluster', 'harangue', 'berate', 'glorify', 'lionize', 'lionise', 'idolize', 'exalt', 'trumpet', 'slaughter', 'massacre', 'butcher', 'exterminate', 'annihilate', 'obliterate',
    'decimate', 'devastate', 'ravage', 'wreck', 'demolish', 'smash', 'shatter', 'torment', 'terrorize',
    'terrorise', 'terrify', 'infuriate', 'enrage', 'outrage', 'horrify', 'appal', 'appall', 'sicken', 'disgust', 'plunder',
    'enslave', 'brainwash', 'indoctrinate', 'hoodwink', 'swindle', 'betray', 'kowtow', 'grovel', 'cower', 'capitulate',
    // conventional metaphors of violent motion and pursuit used of prices, policies and people (Lakoff & Johnson 1980,
    // "Metaphors We Live By": MORE IS UP, ARGUMENT IS WAR): "costs skyrocketed", "hounded by the press", "torpedoed the deal"
    'skyrocket', 'balloon', 'hound', 'quash', 'torpedo', 'swamp', 'skewer', 'grandstand', 'fawn',
    // ("ruin" is left out like "destroy": floods and wars ruin harvests and homes literally)
    'barrel', 'foment', 'scandalize', 'scandalise',
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
    'infidel', 'heretic', 'apostate', 'invader', 'predator', 'perjurer', 'crackpot', 'libtard', 'hatemonger', 'hate-monger', 'race-monger',
    'anti-semite', 'islamophobe', 'homophobe', 'ideologue', 'provocateur', 'conspiracy theorist',
    'reactionary', 'renegade', 'deceiver', 'heathen', 'pagan',
    // servility and subordination as insult (Wikipedia, "List of political epithets": satrap, vassal, sidekick; "Sycophancy")
    'vassal', 'satrap', 'sidekick', 'acolyte', 'bootlicker', 'windbag', 'blowhard', 'dotard', 'nativist', 'naysayer',
    // the demonic and the fearsome as labels for people (Wikipedia, "Demonization"; "Bogeyman")
    'devil', 'villain', 'bogeyman', 'bogeymen', 'cult', 'deep state',
    // labels of online polemic (Wikipedia, "List of political epithets": -er nouns and blends)
    'truther', 'birther', 'anti-vaxxer', 'rino', 'cuck', 'cuckservative', 'moonbat', 'wingnut', 'feminazi', 'trumpkin', 'sjw',
    'social justice warrior', 'virtue signaller', 'virtue signaler', 'virtue-signalling', 'virtue-signaling', 'keyboard warrior',
    'teabagger',
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
 * (Quirk §8.105: "extremely", "incredibly"), but not the everyday degree words
 * ("so", "very", "truly" before a neutral adjective lowered both halves of PTC), nor "deeply"
 * and "profoundly", whose collocations are diplomatic formulae ("deeply concerned", "deeply
 * embedded"); all of them still amplify an emotive adjective ("deeply disturbing").
 */
export const STRONG_AMPLIFIERS: readonly string[] = [
  'insanely', 'ridiculously', 'outrageously', 'shockingly', 'staggeringly', 'astonishingly', 'stunningly', 'unbelievably', 'utterly',
  'downright', 'hopelessly', 'woefully', 'grossly', 'disgracefully', 'shamelessly', 'blatantly', 'flagrantly', 'horribly', 'dreadfully',
  'extremely', 'incredibly', 'terribly', 'awfully', 'enormously', 'tremendously', 'hugely', 'immensely',
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
  // boosters of degree before a verb of need or want (Quirk et al. 1985 §8.105: "desperately need")
  'desperately',
];


/**
 * Adjectives of intense emotion (Appraisal AFFECT: unhappiness, insecurity, dissatisfaction,
 * Martin & White 2005 §2.2; the high-intensity ring of Plutchik's 1980 wheel: grief, terror,
 * rage, loathing): they tell the reader what to feel ("heartbreaking", "infuriating",
 * "horrified"). Left out: the core, low-intensity words that describe a state plainly ("sad",
 * "angry", "afraid", "worried", "anxious"). The experiencer participles of the emphatic
 * participial adjectives of surprise (Quirk et al. 1985 §7.15: "shocked", "stunned", "aghast")
 * are listed here too: they report the emotion the emphatic participles ("shocking") provoke.
 */
export const AFFECT: TermList = {
  category: 'loaded-language',
  source: `${APPRAISAL} (Affect); Plutchik 1980 (high-intensity emotions)`,
  words: [
    // unhappiness, grief
    'heartbroken', 'heartbreaking', 'heart-wrenching', 'gut-wrenching', 'grief-stricken', 'distraught', 'despondent', 'anguished', 'excruciating', 'distressing', 'harrowing', 'miserable', 'sorrowful',
    // insecurity, terror
    'terrified', 'petrified', 'horrified', 'terror-stricken', 'panic-stricken', 'spine-chilling', 'bloodcurdling', 'hair-raising',
    // dissatisfaction, rage, loathing
    'incensed', 'irate', 'fuming', 'seething', 'infuriated', 'infuriating', 'maddening', 'galling', 'exasperated', 'exasperating', 'irritating', 'disgusted', 'sickened', 'nauseating', 'appalled', 'dismayed', 'dismaying', 'humiliated',
    'mortified', 'rattled', 'befuddled', 'bewildered', 'flummoxed', 'unnerved', 'eerie', 'crushing',
    // experiencers of the emphatic participles of surprise (HYPERBOLE's "shocking", "stunning")
    'shocked', 'stunned', 'astonished', 'astounded', 'flabbergasted', 'gobsmacked', 'dumbfounded', 'aghast', 'thunderstruck',
  ],
};


/**
 * Adjectives of the list that also have a plain medical sense (WordNet: sick 1 "affected by an
 * impairment of normal physical or mental function", virulent 1 "extremely infectious"), with the
 * heads (lemmas) before which that sense is meant: "a sick child", "a virulent strain", and the
 * compounds "sick leave", "sick pay". Before other nouns ("sick joke", "virulent hatred") they judge.
 */
export const MEDICAL_SENSE: Readonly<Record<string, readonly string[]>> = {
  sick: ['person', 'people', 'man', 'woman', 'child', 'children', 'son', 'daughter', 'baby', 'patient', 'animal', 'family', 'mother', 'father', 'kid', 'worker', 'leave', 'bay', 'bed', 'pay', 'note', 'day'],
  virulent: ['strain', 'form', 'version', 'virus', 'bacterium', 'bacteria', 'disease', 'infection', 'pathogen', 'outbreak', 'fever', 'flu', 'influenza', 'plague'],
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

/**
 * Adjectives of force and excess whose -ly adverbs colour how something was done ("violently
 * opposed", "aggressively pushed", "brazenly lied", "gratuitously abused"): manner adverbs of
 * Appraisal GRADUATION (force: vigour of process, Martin & White 2005 §3.5) and of JUDGEMENT
 * (propriety). Only the adverbs count (`adverbBase` in the stage): the adjectives themselves
 * describe facts in news ("violent crime", "aggressive tumour").
 */
export const MANNER_OF_FORCE: TermList = {
  category: 'loaded-language',
  source: `${APPRAISAL} (Graduation: force of process; Judgement: propriety)`,
  words: [
    'violent', 'aggressive', 'dramatic', 'furious', 'gratuitous', 'audacious', 'brazen', 'grand', 'wild', 'vehement', 'frantic',
    'feverish', 'relentless', 'ferocious', 'savage', 'fanatical', 'obsessive', 'breathless', 'slavish', 'lavish', 'hysterical',
    'preposterous', 'unfair', 'merciless', 'shameless', 'cynical', 'callous', 'wanton', 'defiant', 'arrogant', 'contemptuous',
  ],
};

/**
 * Intensifying prefixes that turn a political position into a label ("arch-conservative",
 * "ultra-liberal", "hyper-partisan"; Wikipedia, "List of political epithets" and "Political
 * spectrum"), and the positions they label. A prefix before any other word is ordinary
 * ("ultra-high", "arch-rival", "hyper-local").
 */
export const LABEL_PREFIXES: readonly string[] = ['arch', 'ultra', 'hyper', 'uber', 'über'];
/** The political positions an intensifying prefix turns into a label. */
export const PREFIXED_POSITIONS: TermList = {
  category: 'name-calling',
  source: `${EPITHETS}; Wikipedia, "Political spectrum"`,
  words: [
    'conservative', 'liberal', 'progressive', 'leftist', 'left', 'right', 'left-wing', 'right-wing', 'nationalist', 'partisan',
    'radical', 'feminist', 'marxist', 'socialist', 'capitalist', 'globalist', 'secular', 'secularist', 'woke', 'traditionalist',
    'modernist', 'reactionary', 'zionist', 'islamist', 'catholic', 'protestant', 'evangelical', 'patriotic', 'patriot',
  ],
};

/**
 * Stock metaphors and idioms of polemic: figures that dress a claim as a picture (Orwell 1946,
 * "Politics and the English Language": "dying metaphors" such as "Achilles' heel", "swan song",
 * "hotbed", "ride roughshod over"; Wiktionary, Category:English idioms, and Wikipedia, "List of
 * political metaphors": "smoking gun", "slippery slope", "Trojan horse", "kangaroo court").
 * Only figures without a common literal reading in news: not "red line", "open the door",
 * "iron fist", "the last straw", "in the dark", "in bed with", "big brother", "circus". A noun
 * idiom's last word takes its plural.
 */
export const IDIOMS: TermList = {
  category: 'loaded-language',
  source: 'Orwell 1946, "Politics and the English Language" (dying metaphors); Wiktionary, Category:English idioms; Wikipedia, "List of political metaphors"',
  words: [
    'achilles heel', "achilles '|’ heel", 'swan song', 'hotbed', 'ride roughshod', 'rode roughshod', 'riding roughshod', 'grist to the mill', 'grist for the mill',
    'insult to injury', 'one fell swoop', '800-pound gorilla', 'elephant in the room', 'bargaining chip', 'rallying cry',
    'public enemy number one', 'show trial', 'shock troops', 'kangaroo court', 'red herring', 'smoking gun',
    'slippery slope', 'tip of the iceberg', 'crocodile tears', "pandora 's|’s box", 'trojan horse', 'sacred cow', 'poison pill',
    'under the bus', 'cash cow', 'fat cat', 'gravy train', 'house of cards', 'paper tiger', 'puppet master', 'dog whistle',
    'echo chamber', 'nail in the coffin', 'death knell', 'death-knell', 'death spiral', 'death throes', 'knee-jerk',
    'head in the sand', 'heads in the sand', 'scorched earth', 'scorched-earth', 'banana republic', 'useful idiot', 'pipe dream',
    'perfect storm', 'screeching halt', 'dying gasp', 'love-fest', 'lovefest', 'dirty work', 'hit job', 'hatchet job', 'lynch mob',
    'mob rule', 'shouting match', 'empty rhetoric', 'empty promise', 'empty words', 'red-handed', 'cannon fodder',
    'deafening silence', 'wrench in the works', 'spanner in the works', 'throw a wrench', 'threw a wrench', 'bite at the apple',
    'bite of the cherry', 'nail on the head', 'man behind the curtain', 'drag|drags|dragged|dragging his|her|their|its feet',
    'under his|her|their|its thumb', 'new sheriff in town', 'make|makes|made|making hay', 'reign of terror',
    'eye candy', 'russian roulette', 'hellbent', 'hell-bent', 'bald-faced lie', 'barefaced lie', 'vendetta', 'brouhaha',
    'kerfuffle', 'hullabaloo', 'cherry-pick', 'cherry-picked', 'cherry-picking', 'kool-aid', 'spin doctor', 'sour grapes',
    'lip service', 'snake oil', 'smoke and mirrors', 'whitewash', 'whitewashed', 'whitewashing', 'rubber stamp', 'rubber-stamp',
    'hot potato', 'political football', 'blood on his|her|their|its hands', 'moving the goalposts', 'move the goalposts',
    "sheep 's|’s clothing", 'cry wolf', 'crying wolf', 'dog and pony show', 'bread and circuses', 'sword of damocles',
    'bull in a china shop', 'drop in the bucket', 'pie in the sky', 'pound of flesh', 'jump the shark',
    'circle the wagons', 'talking to a wall', 'witch-hunting', 'witch hunting', 'feeding frenzy',
    'media circus', 'three-ring circus', 'sideshow', 'laughing stock', 'laughingstock',
  ],
};

/**
 * Character adjectives of Appraisal JUDGEMENT (Martin & White 2005 §2.3) in their negative
 * poles: normality and temper ("testy", "prickly", "narcissistic"), tenacity ("spineless",
 * "wishy-washy", "pusillanimous") and the servility that goes with it ("obsequious",
 * "sycophantic"); and the adjectives of excessive praise and self-importance ("fulsome",
 * "messianic", "grandiose"). Each judges a person, none describes a fact.
 */
export const CHARACTER: TermList = {
  category: 'loaded-language',
  source: `${APPRAISAL} (Judgement: normality, tenacity; Appreciation: excess)`,
  words: [
    // temper
    'testy', 'prickly', 'snippy', 'grumpy', 'crotchety', 'surly', 'irascible', 'peevish', 'thin-skinned', 'hot-headed', 'hotheaded',
    'mercurial', 'tetchy', 'sulky', 'bratty', 'narcissistic', 'megalomaniac', 'egotistical', 'self-absorbed', 'bellicose', 'pugnacious',
    // weakness and servility
    'milquetoast', 'pusillanimous', 'wishy-washy', 'weak-kneed', 'lily-livered', 'namby-pamby', 'indecisive', 'ineffectual', 'supine',
    'docile', 'submissive', 'obsequious', 'sycophantic', 'groveling', 'grovelling', 'subservient',
    // excess of praise and self-importance
    'fulsome', 'effusive', 'hagiographic', 'rapturous', 'starry-eyed', 'triumphant', 'triumphalist', 'messianic', 'vainglorious',
    'grandiose', 'bombastic', 'grandiloquent', 'self-congratulatory',
    // gloom (Appraisal Affect: unhappiness, high force)
    'gloomy', 'bleak', 'agonizing', 'agonising', 'depressing', 'despairing', 'forlorn',
  ],
};

/**
 * Nouns of trickery and bungling (Roget's Thesaurus, classes "Deception" §545 and
 * "Unskilfulness" §699): they call a deed a trick or a blunder ("legerdemain", "chicanery",
 * "machinations", "gaffe", "snafu").
 */
export const TRICKERY: TermList = {
  category: 'loaded-language',
  source: "Roget's Thesaurus (1911), §545 Deception, §699 Unskilfulness",
  words: [
    'legerdemain', 'sleight of hand', 'skulduggery', 'skullduggery', 'chicanery', 'shenanigans', 'machinations', 'subterfuge',
    'trickery', 'hanky-panky', 'flimflam', 'double-dealing', 'ruse', 'boondoggle', 'grift', 'grifter', 'hocus-pocus',
    'blunder', 'gaffe', 'snafu', 'screw-up', 'bungle', 'cock-up',
  ],
};

/** Key of the `--lexicon` file that extends the terms. */
export const LEXICON_KEY = 'loaded';
