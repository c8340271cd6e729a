/**
 * Event patterns: lemma-based verb and noun patterns, each mapping to a PLOVER type and a CAMEO
 * root, each naming where the pattern comes from. Order matters: for one trigger word, the first
 * pattern whose conditions hold wins, so specific patterns (with an object word) come first.
 *
 * Sources, cited per pattern:
 * - CAMEO = Schrodt, P. A. (2012) CAMEO Conflict and Mediation Event Observations Event and Actor
 *   Codebook, version 1.1b3 (the code in brackets is the CAMEO code whose definition and examples
 *   the pattern follows).
 * - PETR = the PETRARCH2 CAMEO verb dictionary (openeventdata/petrarch2, CAMEO.2.0.txt), which
 *   lists the verbs and verb phrases under each CAMEO code.
 * - PLOVER = PLOVER manual draft 0.8 (2021) and its gold-standard record guide (type definitions).
 *
 * Users add patterns with the `eventPatterns` lexicon key (same shape; see lexicon.ts).
 */
import type { PloverType } from './plover.js';

/** One event pattern. Words are lemmas (lower case); a phrase is words separated by spaces. */
export interface EventPattern {
  /** Rule id suffix: the event's rule is `events/<id>`. */
  id: string;
  type: PloverType;
  /** Two-digit CAMEO root. */
  cameo: string;
  /** Trigger words or phrases (lemmas). */
  words: readonly string[];
  /** The trigger's part of speech where the word is ambiguous ("march" the verb, not the month). */
  pos?: 'VERB' | 'NOUN';
  /** One of these must follow within `reach` tokens (the object: "send troops", "impose curfew"). */
  with?: readonly string[];
  /** One of these must precede within `reach` tokens ("hunger strike", "air strike"). */
  after?: readonly string[];
  /** Words within `reach` either side that veto the pattern. */
  not?: readonly string[];
  /**
   * Words that, right after the trigger, make it another verb (a phrasal or clausal use: "seize
   * on an idea", "agree that ...", "decline slightly"); the pattern does not fire.
   */
  notNext?: readonly string[];
  /**
   * Words that, right after the `with` word, give that word another sense ("talk about",
   * "talking points"): the pattern does not fire.
   */
  withNotNext?: readonly string[];
  /** How far `with`, `after` and `not` look (tokens, default 5). */
  reach?: number;
  /** Prepositions that introduce the target, best first; '' is the direct object. */
  targetPreps?: readonly string[];
  /** Prepositions whose object is never the target (allies: "fight alongside X"). */
  notTarget?: readonly string[];
  /** Acts of authority (easing or imposing restrictions): only a state, government or armed actor does them. */
  authority?: boolean;
  /** The object belongs to the actor (its troops, its weapons), so it is never the target. */
  ownObject?: boolean;
  /** Look for the target inside a following purpose clause ("sent troops to fight alongside X"). */
  purpose?: boolean;
  /**
   * Only a party can do it: a common noun right before the trigger that names no actor ("rising
   * costs threaten jobs", "the storm threatens crops"), or a passive with no party as its doer
   * ("security would be threatened by the release"), is a thing, and no act is told.
   */
  actorSubject?: boolean;
  /** The type and CAMEO root when no target is found ("sent troops" with no recipient is a deployment). */
  untargeted?: { type: PloverType; cameo: string };
  /**
   * The other party must be named (a candidate after the trigger introduced by one of
   * `targetPreps`), or the doer be two parties ("X and Y discussed"): "discussed the budget",
   * "bats host the virus" name a topic or a thing, no one consulted.
   */
  needsParty?: boolean;
  /** Mutual act: both sides do it to each other (a pact). */
  symmetric?: boolean;
  /** Noun patterns that fire only when no other pattern fired in the sentence. */
  standalone?: boolean;
  /** A verb that governs a following "to"-infinitive and changes its meaning. */
  control?: 'intent' | 'threat' | 'demand' | 'refuse' | 'fail';
  /** ASSAULT vs FIGHT decided by the weapons and the actor's sector (CAMEO 18 vs 19). */
  violence?: boolean;
  /** Where the pattern comes from. */
  source: string;
}

const TROOPS = ['troop', 'soldier', 'force', 'peacekeeper', 'contingent', 'battalion', 'brigade', 'unit', 'mercenary', 'fighter', 'personnel', 'sailor', 'marine', 'paratrooper'];
const ARMS = ['weapon', 'arm', 'shell', 'rocket', 'missile', 'ammunition', 'munition', 'artillery', 'drone', 'tank', 'howitzer', 'warplane', 'jet', 'rifle', 'equipment', 'technology', 'system'];
/** Words that make a "system" or "technology" civilian ("access to the financial system"). */
const CIVIL_SYSTEM = ['access', 'financial', 'banking', 'political', 'legal', 'health', 'education', 'computer', 'payment', 'tax', 'justice', 'immigration', 'voting', 'electoral'];
const AID = ['aid', 'assistance', 'help', 'loan', 'grant', 'credit', 'fund', 'funding', 'money', 'dollar', 'euro', 'food', 'medicine', 'supply', 'relief', 'asylum', 'intelligence', 'training', 'shelter', 'grain', 'flour', 'fuel', 'vaccine', 'support'];
const AGREEMENT = ['pact', 'treaty', 'agreement', 'accord', 'deal', 'memorandum', 'protocol', 'charter', 'convention', 'contract'];
const TALKS = ['talk', 'talks', 'meeting', 'negotiation', 'summit', 'consultation', 'discussion', 'dialogue'];
const RELATIONS = ['aid', 'assistance', 'link', 'tie', 'relation', 'talk', 'talks', 'negotiation', 'mediation', 'cooperation', 'flight', 'trade', 'program', 'programme', 'funding', 'loan', 'export', 'import', 'contact', 'deliveries', 'delivery', 'shipment'];
const LABOUR = ['hunger', 'general', 'labour', 'labor', 'worker', 'union', 'national', 'nationwide', 'teacher', 'doctor', 'nurse', 'rail', 'miner', 'dock', 'dockworker', 'docker', 'transport', 'wildcat', 'sympathy', 'pay', 'wage', 'on', 'employee', 'staff', 'pilot', 'driver'];
/** Words after "talk" that make it speech, not negotiation ("talking about X", "talk show": WordNet talk v.1 vs talks n.1). */
const SPEECH_TALK = ['about', 'of', 'up', 'down', 'back', 'point', 'points', 'show', 'shows', 'radio', 'tough', 'trash', 'sense'];
/** Words after "discuss" that make the object a topic told about, not a party consulted ("discussed how ...", "discussed his desire"). */
const TOPIC_NEXT = ['how', 'what', 'why', 'whether', 'when', 'where', 'who', 'which', 'his', 'her', 'my', 'your', 'our', 'its', 'their', 'it', 'this', 'that', 'these', 'those'];
/** Objects that make "allow X" an act of letting something happen (CAMEO 081/086 categories: freedoms, inspections, access, aid, transfers). */
const ALLOWED_ACTS = ['inspection', 'inspector', 'monitor', 'observer', 'peacekeeper', 'access', 'entry', 'aid', 'delivery', 'deliveries', 'convoy', 'visit', 'protest', 'rally', 'demonstration', 'march', 'election', 'vote', 'referendum', 'return', 'flight', 'import', 'export', 'shipment', 'transaction', 'transfer', 'conversion', 'evacuation', 'passage', 'journalist', 'reporter', 'refugee', 'party', 'opposition'];
const MILITARY_STRIKE = ['air', 'missile', 'drone', 'rocket', 'artillery', 'aerial', 'military', 'precision', 'retaliatory', 'pre-emptive', 'preemptive', 'nuclear', 'naval'];

/** The built-in patterns, grouped by PLOVER type. */
export const EVENT_PATTERNS: readonly EventPattern[] = [
  // ---- AID (CAMEO 07)
  { id: 'send-troops', type: 'AID', cameo: '07', words: ['send', 'dispatch'], pos: 'VERB', with: TROOPS, reach: 7, purpose: true, ownObject: true, untargeted: { type: 'MOBILIZE', cameo: '15' }, targetPreps: ['for', 'alongside', 'to', 'with', ''], source: 'CAMEO 072/074 provide military aid or protection; PETR 074 SEND TROOPS (with no stated recipient it is CAMEO 154 mobilize or increase armed forces: troops sent somewhere, aid to no one)' },
  { id: 'ship-arms', type: 'AID', cameo: '07', words: ['ship', 'supply', 'deliver', 'send', 'transfer', 'provide', 'give', 'sell', 'smuggle', 'export'], pos: 'VERB', with: ARMS, reach: 8, ownObject: true, not: ['test', ...CIVIL_SYSTEM], targetPreps: ['to', 'for', ''], source: 'CAMEO 072 provide military aid; PETR 072 SHIP/SUPPLY WEAPONS' },
  { id: 'provide-aid', type: 'AID', cameo: '07', words: ['give', 'provide', 'donate', 'grant', 'supply', 'deliver', 'extend', 'lend', 'ship', 'send', 'airlift', 'offer'], pos: 'VERB', with: AID, reach: 8, ownObject: true, targetPreps: ['to', 'for', ''], source: 'CAMEO 070-075 provide aid; PETR 071 PROVIDE ECONOMIC AID, 073 HUMANITARIAN AID, 075 GRANT ASYLUM' },
  { id: 'peacekeepers-arrive', type: 'AID', cameo: '07', words: ['arrive', 'deploy', 'land'], pos: 'VERB', after: ['peacekeeper', 'peacekeeping', 'aid', 'relief', 'humanitarian'], reach: 4, targetPreps: ['in', 'to'], source: 'CAMEO 074 provide military protection or peacekeeping / 073 humanitarian aid' },
  // ---- AGREE (CAMEO 03): intent verbs; they also govern a following infinitive
  { id: 'accept-demands', type: 'CONCEDE', cameo: '08', words: ['accept', 'accede', 'meet', 'heed'], with: ['demand', 'request', 'condition'], reach: 4, source: 'CAMEO 083 accede to requests or demands; PLOVER CONCEDE' },
  { id: 'agree', type: 'AGREE', cameo: '03', words: ['agree'], pos: 'VERB', control: 'intent', not: ['privacy', 'cookie', 'cookies'], notNext: ['that', 'it', 'he', 'she', 'they', 'we', 'i', 'there', 'this', 'what'], targetPreps: ['with', 'to', ''], source: 'CAMEO 030-039 express intent to cooperate (agreeing that something is so is an opinion, not an act; agreeing to a site\'s privacy or cookie terms is web boilerplate); PETR 030 AGREE' },
  { id: 'promise', type: 'AGREE', cameo: '03', words: ['promise', 'pledge', 'vow', 'swear'], pos: 'VERB', control: 'intent', notNext: ['in'], targetPreps: ['to', ''], source: 'CAMEO 030-033 express intent to cooperate (promise, pledge); PETR 03x PROMISE/PLEDGE ("sworn in" takes an office: Merriam-Webster swear in)' },
  // "offer"/"undertake" are intents only with an infinitive or a cooperative object: "offered
  // insights", "offered advice", "undertake a study" are no commitments (WordNet offer v.1 vs v.3)
  { id: 'promise', type: 'AGREE', cameo: '03', words: ['offer', 'undertake'], pos: 'VERB', with: ['to'], reach: 1, control: 'intent', targetPreps: ['to', ''], source: 'CAMEO 030-033 express intent to cooperate; PETR 03x OFFER TO' },
  { id: 'promise', type: 'AGREE', cameo: '03', words: ['offer', 'undertake'], pos: 'VERB', with: ['concession', 'compromise', 'truce', 'ceasefire', 'cease-fire', 'talk', 'talks', 'negotiation', 'mediation', 'guarantee', 'deal', 'amnesty', 'cooperation', 'reform', 'exchange'], reach: 4, targetPreps: ['to', ''], source: 'CAMEO 031-036 express intent to cooperate (offer concessions, talks, mediation); PETR 03x OFFER' },
  // "commit" promises only as "commit to" ("committed crimes", "commit suicide" are other acts)
  { id: 'promise', type: 'AGREE', cameo: '03', words: ['commit'], pos: 'VERB', with: ['to'], reach: 1, control: 'intent', targetPreps: ['to', ''], source: 'CAMEO 030-033 express intent to cooperate; PETR 03x COMMIT TO' },
  { id: 'accept', type: 'AGREE', cameo: '03', words: ['accept'], pos: 'VERB', not: ['blame', 'responsibility', 'award', 'prize', 'nomination', 'medal', 'trophy', 'honor', 'honour', 'honorary', 'degree', 'scholarship', 'fellowship', 'donation', 'gift', 'payment', 'bribe', 'job', 'position', 'post', 'role'], source: 'CAMEO 038 accept mediation / 03 accept proposals; PETR 03x ACCEPT (accepting an award, a nomination, a gift or a post is no agreement with another party: CAMEO 03 covers proposals, offers and mediation only)' },
  { id: 'strike-deal', type: 'AGREE', cameo: '03', words: ['strike', 'reach', 'clinch', 'broker'], with: AGREEMENT.concat(['compromise', 'understanding', 'consensus']), reach: 4, source: 'CAMEO 030 agree (reach agreement); PETR 03x REACH AGREEMENT' },
  // ---- SUPPORT (CAMEO 05)
  { id: 'sign-pact', type: 'SUPPORT', cameo: '05', words: ['sign', 'conclude', 'ink', 'ratify'], with: AGREEMENT, symmetric: true, targetPreps: ['with', ''], source: 'CAMEO 057 sign formal agreement; PLOVER 2021 table 057 SUPPORT' },
  { id: 'establish-ties', type: 'SUPPORT', cameo: '05', words: ['establish', 'restore', 'resume', 'normalize', 'normalise', 'upgrade'], with: ['tie', 'relation', 'embassy'], symmetric: true, targetPreps: ['with', ''], source: 'CAMEO 054 grant diplomatic recognition / 05 engage in diplomatic cooperation' },
  { id: 'praise', type: 'SUPPORT', cameo: '05', words: ['praise', 'hail', 'laud', 'commend', 'applaud', 'congratulate', 'thank', 'salute', 'endorse', 'welcome', 'extol'], pos: 'VERB', targetPreps: ['', 'for'], source: 'CAMEO 051 praise or endorse; PETR 051 PRAISE/HAIL/COMMEND' },
  { id: 'support', type: 'SUPPORT', cameo: '05', words: ['support', 'back', 'defend', 'champion'], pos: 'VERB', reach: 8, not: ['attack', 'border', 'territory', 'homeland', 'itself', 'themselves', 'theory', 'hypothesis', 'claim', 'notion', 'assertion', 'conclusion', 'finding', 'thesis', 'contention', 'allegation', 'evidence', 'weight', 'roof', 'structure', 'family', 'families', 'lifestyle', 'habit'], notNext: ['up', 'down', 'away', 'off', 'out', 'into'], targetPreps: [''], source: 'CAMEO 051 endorse / 052 defend verbally / 053 rally support (supporting a theory or a claim is evidence, holding up a weight or providing for a family is no endorsement: WordNet support v.1, v.4, v.6; "back up/down/away/off/out" are other phrasal verbs)' },
  { id: 'apologize', type: 'SUPPORT', cameo: '05', words: ['apologize', 'apologise', 'forgive', 'pardon'], pos: 'VERB', targetPreps: ['', 'to'], source: 'CAMEO 055 apologize / 056 forgive' },
  { id: 'recognize', type: 'SUPPORT', cameo: '05', words: ['recognize', 'recognise'], with: ['independence', 'government', 'state', 'sovereignty', 'statehood'], targetPreps: ['', 'of'], source: 'CAMEO 054 grant diplomatic recognition' },
  { id: 'pact', type: 'SUPPORT', cameo: '05', words: ['pact', 'treaty', 'accord'], pos: 'NOUN', standalone: true, symmetric: true, not: ['under', 'alive', 'commitment', 'obligation', 'compliance', 'comply', 'collapse', 'violate', 'breach', 'scrap', 'abandon', 'withdraw', 'reject', 'leave', 'exit', 'quit', 'pull', 'tear', 'terminate'], targetPreps: ['with', 'between'], source: 'CAMEO 057 sign formal agreement (a standing pact between two parties; "commitments under the accord", "keep the accord alive" refer to it, they report no act)' },
  // ---- COOPERATE (CAMEO 06)
  { id: 'share-intelligence', type: 'COOPERATE', cameo: '06', words: ['share', 'pool', 'swap'], with: ['intelligence', 'information', 'evidence', 'data', 'technology', 'expertise', 'know-how'], targetPreps: ['with', ''], source: 'CAMEO 064 share intelligence or information' },
  { id: 'joint-exercise', type: 'COOPERATE', cameo: '06', words: ['exercise', 'drill', 'game', 'games', 'maneuver', 'manoeuvre', 'patrol'], pos: 'NOUN', after: ['joint', 'war', 'combined'], reach: 4, symmetric: true, targetPreps: ['with'], source: 'CAMEO 062 cooperate militarily (joint exercises)' },
  { id: 'cooperate', type: 'COOPERATE', cameo: '06', words: ['cooperate', 'co-operate', 'collaborate', 'partner', 'team'], pos: 'VERB', targetPreps: ['with', 'on'], source: 'CAMEO 060-063 engage in material cooperation' },
  { id: 'alliance', type: 'COOPERATE', cameo: '06', words: ['alliance', 'partnership', 'axis'], pos: 'NOUN', standalone: true, symmetric: true, not: ['collapse', 'end', 'break'], targetPreps: ['with', 'between'], source: 'CAMEO 062 cooperate militarily (a standing alliance between two parties)' },
  // ---- CONSULT (CAMEO 04)
  { id: 'hold-talks', type: 'CONSULT', cameo: '04', words: ['hold', 'resume', 'conduct', 'attend', 'open', 'begin', 'start', 'host'], with: TALKS.filter((w) => w !== 'talk'), not: ['collapse', 'stall', 'fail', 'break', 'suspend', 'halt', 'end', 'cancel'], targetPreps: ['with', ''], source: 'CAMEO 040/046 consult, engage in negotiation; PETR 040 HOLD TALKS' },
  { id: 'hold-talks', type: 'CONSULT', cameo: '04', words: ['hold', 'resume', 'conduct', 'attend', 'open', 'begin', 'start', 'host'], with: ['talk'], withNotNext: SPEECH_TALK, not: ['collapse', 'stall', 'fail', 'break', 'suspend', 'halt', 'end', 'cancel'], targetPreps: ['with', ''], source: 'CAMEO 040/046 consult, engage in negotiation; PETR 040 HOLD TALKS ("started talking about X" is speech: WordNet talk v.1 vs talks n.1)' },
  { id: 'travel-for-talks', type: 'CONSULT', cameo: '04', words: ['return', 'travel', 'fly', 'head', 'go', 'come', 'arrive'], with: TALKS.concat(['talk']), withNotNext: SPEECH_TALK, reach: 8, targetPreps: ['with', 'to', 'in'], source: 'CAMEO 042 make a visit / 044 meet at a third location (travel for talks; "going to talk about X", "talk to reporters", "talk show" are speech, not negotiation: WordNet talk v.1 vs talks n.1)' },
  { id: 'mediate', type: 'CONSULT', cameo: '04', words: ['mediate', 'broker'], pos: 'VERB', targetPreps: ['between', ''], source: 'CAMEO 045 engage in mediation' },
  { id: 'launch-mediation', type: 'CONSULT', cameo: '04', words: ['launch', 'begin', 'start'], with: ['mediation'], targetPreps: ['between', ''], source: 'CAMEO 045 engage in mediation' },
  { id: 'meet', type: 'CONSULT', cameo: '04', words: ['discuss'], pos: 'VERB', notNext: TOPIC_NEXT, needsParty: true, targetPreps: ['with'], source: 'CAMEO 040 consult (discussing with another party; "discussed how ..." or "discussed his plans" tells a topic: the party is named with "with")' },
  { id: 'meet', type: 'CONSULT', cameo: '04', words: ['meet', 'negotiate', 'confer', 'consult'], pos: 'VERB', not: ['demand', 'condition', 'target', 'requirement', 'expectation', 'deadline', 'resistance', 'criterion', 'standard', 'obligation', 'goal', 'need', 'threshold', 'quota', 'commitment', 'criteria', 'end'], targetPreps: ['with', ''], source: 'CAMEO 040 consult / 043-046 meet, negotiate; PETR 040 MEET' },
  { id: 'visit', type: 'CONSULT', cameo: '04', words: ['visit'], pos: 'VERB', not: ['conference', 'briefing', 'event', 'party', 'dinner', 'reception', 'fundraiser', 'show', 'program', 'programme', 'podcast', 'race', 'game', 'games', 'festival', 'concert', 'ceremony', 'cookout', 'site', 'website', 'page', 'server', 'tournament', 'contest', 'debate', 'olympics', 'cup', 'exhibition'], targetPreps: [''], source: 'CAMEO 042 make a visit / 043 host a visit (hosting a visitor; hosting an event or a gathering is not a visit)' },
  { id: 'visit', type: 'CONSULT', cameo: '04', words: ['host'], pos: 'VERB', needsParty: true, not: ['conference', 'briefing', 'event', 'party', 'dinner', 'reception', 'fundraiser', 'show', 'program', 'programme', 'podcast', 'race', 'game', 'games', 'festival', 'concert', 'ceremony', 'cookout', 'site', 'website', 'page', 'server', 'tournament', 'contest', 'debate', 'olympics', 'cup', 'exhibition'], targetPreps: [''], source: 'CAMEO 042 make a visit / 043 host a visit (hosting a visitor; hosting an event or a gathering is not a visit, and what is hosted must be a party: "bats host the virus" is WordNet host v.2, biology)' },
  // ---- CONCEDE (CAMEO 081-083)
  { id: 'ease-restrictions', type: 'CONCEDE', cameo: '08', words: ['lift', 'ease', 'relax', 'shorten', 'end', 'suspend', 'loosen', 'scrap'], with: ['curfew', 'ban', 'restriction', 'emergency', 'martial', 'censorship', 'rule'], reach: 8, authority: true, source: 'CAMEO 081 ease administrative sanctions (curfew, state of emergency, bans)' },
  // "allow" concedes something only when it lets someone do something ("allowed the bill to pass",
  // "permit inspectors to enter"); with an abstract object ("allows more flexibility", "permits a
  // wider range") it describes, and a law or an order that allows is no party (actorSubject)
  { id: 'allow', type: 'CONCEDE', cameo: '08', words: ['allow', 'permit', 'authorize', 'authorise'], pos: 'VERB', authority: true, actorSubject: true, with: ['to'], reach: 12, targetPreps: [''], source: 'CAMEO 081-083 ease restrictions, accede to demands (Merriam-Webster allow 2a "to permit (someone) to do something" vs 1 "to admit as possible")' },
  { id: 'allow', type: 'CONCEDE', cameo: '08', words: ['allow', 'permit', 'authorize', 'authorise'], pos: 'VERB', authority: true, actorSubject: true, with: ALLOWED_ACTS, reach: 4, targetPreps: [''], source: 'CAMEO 081 ease restrictions on political freedoms (allow rallies, elections) / 086 allow international involvement: 0861 receive peacekeepers, 0862 inspectors, 0863 humanitarian access' },
  { id: 'allow', type: 'CONCEDE', cameo: '08', words: ['legalize', 'legalise'], pos: 'VERB', authority: true, targetPreps: [''], source: 'CAMEO 081-083 ease restrictions' },
  // ---- RETREAT (CAMEO 084-087)
  { id: 'lift-blockade', type: 'RETREAT', cameo: '08', words: ['lift', 'ease', 'end', 'relax', 'break'], with: ['blockade', 'siege'], reach: 8, targetPreps: ['on', 'of', ''], source: 'CAMEO 0872 ease military blockade' },
  { id: 'ease-sanctions', type: 'RETREAT', cameo: '08', words: ['lift', 'ease', 'relax', 'remove', 'end'], with: ['sanction', 'embargo', 'boycott'], targetPreps: ['on', 'against', ''], source: 'CAMEO 085 ease economic sanctions, boycott, embargo' },
  { id: 'withdraw-peacekeepers', type: 'SANCTION', cameo: '16', words: ['withdraw', 'pull out', 'recall'], with: ['peacekeeper', 'peacekeeping', 'inspector', 'observer', 'monitor', 'ambassador', 'envoy', 'diplomat', 'aid', 'humanitarian', 'mission'], targetPreps: ['from', ''], source: 'CAMEO 161 reduce relations (recall ambassador) / 166 expel or withdraw peacekeepers, inspectors' },
  { id: 'withdraw-troops', type: 'RETREAT', cameo: '08', words: ['withdraw', 'pull out', 'pull back', 'evacuate', 'retreat', 'demobilize', 'demobilise'], targetPreps: ['from', ''], source: 'CAMEO 087 de-escalate military engagement / 0873-0874 demobilize, retreat' },
  // "disarm" is a retreat when a side lays down its own arms ("the rebels disarmed"); "police
  // disarmed him" takes someone else's weapons (Merriam-Webster disarm 1b), no retreat
  { id: 'withdraw-troops', type: 'RETREAT', cameo: '08', words: ['disarm'], notNext: ['him', 'her', 'them', 'me', 'us', 'you', 'the', 'a', 'an'], targetPreps: ['from', ''], source: 'CAMEO 0873 demobilize armed forces (disarming oneself; Merriam-Webster disarm 2)' },
  { id: 'withdrawal', type: 'RETREAT', cameo: '08', words: ['withdrawal', 'pullout', 'pull-out', 'retreat'], pos: 'NOUN', after: ['complete', 'begin', 'start', 'announce', 'finish', 'order'], reach: 4, targetPreps: ['from'], source: 'CAMEO 087 de-escalate military engagement' },
  { id: 'surrender', type: 'RETREAT', cameo: '08', words: ['surrender', 'capitulate', 'resign', 'abdicate'], pos: 'VERB', targetPreps: ['to', ''], source: 'CAMEO 0874 retreat or surrender militarily; PLOVER RETREAT (resignation yields power)' },
  { id: 'step-down', type: 'RETREAT', cameo: '08', words: ['step'], with: ['down', 'aside'], reach: 1, source: 'PLOVER RETREAT (leader yields office)' },
  { id: 'release', type: 'RETREAT', cameo: '08', words: ['release', 'free', 'repatriate', 'hand over', 'handover', 'return', 'exchange', 'swap'], notNext: ['as'], with: ['prisoner', 'hostage', 'detainee', 'captive', 'soldier', 'national', 'citizen', 'activist', 'journalist', 'dissident', 'crew', 'sailor', 'fisherman', 'body', 'remains', 'pow', 'civilian', 'minister', 'president', 'leader', 'politician', 'opponent', 'territory', 'land', 'property', 'helicopter', 'aircraft', 'vessel', 'ship', 'archive', 'asset'], reach: 6, not: ['footage', 'video', 'timeline', 'data', 'recording', 'album', 'film', 'photo', 'image', 'document', 'transcript', 'audio', 'snippet', 'camera', 'autopsy'], targetPreps: ['', 'to'], source: 'CAMEO 0841 return, release persons / 0842 return, release property (releasing footage, a report or names is publishing, not a release; "return as president" is coming back to an office)' },
  { id: 'ceasefire', type: 'RETREAT', cameo: '08', words: ['declare', 'announce', 'observe', 'accept'], with: ['ceasefire', 'cease-fire', 'truce', 'armistice'], symmetric: true, source: 'CAMEO 0871 declare truce, ceasefire' },
  { id: 'open-border', type: 'RETREAT', cameo: '08', words: ['open', 'reopen', 're-open'], with: ['border', 'crossing', 'bridge', 'airspace', 'port', 'corridor', 'checkpoint'], targetPreps: ['to', 'for', ''], source: 'CAMEO 086 allow international involvement / 0863 allow delivery of humanitarian aid ("want open borders": an attributive adjective names a policy, not an act; see notAnAct in index.ts)' },
  // ---- INVESTIGATE (CAMEO 09)
  { id: 'investigate', type: 'INVESTIGATE', cameo: '09', words: ['investigate', 'probe', 'inspect', 'examine'], pos: 'VERB', targetPreps: ['', 'into'], source: 'CAMEO 090-094 investigate' },
  { id: 'open-investigation', type: 'INVESTIGATE', cameo: '09', words: ['launch', 'open', 'begin', 'start', 'order', 'announce', 'conduct', 'put', 'place'], with: ['investigation', 'inquiry', 'enquiry', 'probe', 'hearing', 'inquest'], targetPreps: ['into', 'of', 'against', ''], source: 'CAMEO 090-094 investigate; PETR 09x LAUNCH INVESTIGATION' },
  // ---- DEMAND (CAMEO 10)
  { id: 'demand', type: 'DEMAND', cameo: '10', words: ['demand', 'urge', 'request', 'order', 'press', 'instruct', 'implore'], pos: 'VERB', control: 'demand', targetPreps: ['', 'from', 'of'], source: 'CAMEO 100-108 demand; PETR 10x DEMAND/URGE/INSIST ("require" is left out: its subject is mostly a law or a thing, "the act requires police to ...")' },
  { id: 'call-for', type: 'DEMAND', cameo: '10', words: ['call', 'appeal'], pos: 'VERB', with: ['for', 'on', 'upon'], reach: 1, control: 'demand', targetPreps: ['on', 'upon', 'to', ''], source: 'CAMEO 10 demand (call for / call on)' },
  { id: 'renew-demand', type: 'DEMAND', cameo: '10', words: ['demand', 'call', 'ultimatum'], pos: 'NOUN', after: ['reiterate', 'renew', 'repeat', 'issue', 'make', 'press', 'voice'], reach: 3, control: 'demand', targetPreps: ['on', 'to', 'from', ''], source: 'CAMEO 10 demand (reiterated demand)' },
  { id: 'seek', type: 'DEMAND', cameo: '10', words: ['seek', 'ask'], pos: 'VERB', with: ['asylum', 'refuge', 'help', 'aid', 'assistance', 'support', 'release', 'extradition', 'protection', 'compensation'], targetPreps: ['from', 'in', ''], source: 'CAMEO 103 demand aid / 1053 demand release' },
  // ---- DISAPPROVE (CAMEO 11)
  { id: 'lodge-protest', type: 'DISAPPROVE', cameo: '11', words: ['lodge', 'file', 'register', 'issue', 'send', 'deliver', 'bring'], with: ['protest', 'complaint', 'lawsuit', 'suit', 'grievance', 'démarche', 'demarche', 'case'], targetPreps: ['with', 'against', 'to', ''], source: 'CAMEO 114 complain officially / 115 bring lawsuit against' },
  { id: 'summon-envoy', type: 'DISAPPROVE', cameo: '11', words: ['summon'], with: ['ambassador', 'envoy', 'diplomat', 'chargé', 'charge'], targetPreps: [''], source: 'CAMEO 114 complain officially (summoning an envoy)' },
  { id: 'criticize', type: 'DISAPPROVE', cameo: '11', words: ['criticize', 'criticise', 'condemn', 'denounce', 'accuse', 'blame', 'deplore', 'slam', 'castigate', 'rebuke', 'censure', 'chide', 'lambaste', 'lambast', 'decry', 'complain', 'sue', 'allege', 'fault', 'scold', 'reproach', 'berate', 'vilify'], pos: 'VERB', targetPreps: ['', 'against', 'about', 'of'], source: 'CAMEO 111 criticize or denounce / 112 accuse / 115 sue; PETR 11x' },
  // ---- REJECT (CAMEO 12)
  { id: 'deny-entry', type: 'SANCTION', cameo: '16', words: ['deny', 'refuse', 'bar'], with: ['entry', 'visa', 'landing', 'admission'], reach: 3, targetPreps: ['to', ''], source: 'CAMEO 166 expel or withdraw (deny entry); PLOVER SANCTION' },
  { id: 'refuse-admittance', type: 'REJECT', cameo: '12', words: ['refuse', 'deny'], with: ['admittance', 'access', 'request', 'demand', 'call'], reach: 3, targetPreps: ['to', ''], source: 'CAMEO 12 reject (refuse request); 1245 decline to allow involvement' },
  { id: 'violate-ban', type: 'REJECT', cameo: '12', words: ['violate', 'defy', 'flout', 'breach', 'ignore'], with: ['ban', 'order', 'law', 'norm', 'resolution', 'ruling', 'curfew', 'rule', 'embargo', 'agreement', 'ultimatum'], targetPreps: ['by', 'of', ''], source: 'CAMEO 128 defy norms, law' },
  { id: 'violate-ceasefire', type: 'FIGHT', cameo: '19', words: ['violate', 'break', 'breach'], with: ['ceasefire', 'cease-fire', 'truce', 'armistice'], targetPreps: ['', 'with'], source: 'CAMEO 196 violate ceasefire' },
  { id: 'deny', type: 'REJECT', cameo: '12', words: ['dismiss'], pos: 'VERB', control: 'refuse', not: ['charge', 'case', 'lawsuit', 'suit', 'indictment', 'count', 'complaint', 'juror', 'jury', 'employee', 'worker', 'staff', 'aide', 'coach', 'manager', 'class', 'student'], targetPreps: ['', 'by', 'from', 'of'], source: 'CAMEO 120-129 reject (dismissing a claim); dismissing a charge or a case is a court act, and dismissing staff a firing (Merriam-Webster)' },
  { id: 'deny', type: 'REJECT', cameo: '12', words: ['deny', 'reject', 'rebuff', 'spurn', 'veto', 'repudiate', 'renege', 'refute', 'disavow'], pos: 'VERB', control: 'refuse', targetPreps: ['', 'by', 'from', 'of'], source: 'CAMEO 120-129 reject (denials, vetoes); issue 5: a denial is REJECT' },
  { id: 'refuse', type: 'REJECT', cameo: '12', words: ['refuse', 'decline'], pos: 'VERB', control: 'refuse', reach: 3, not: ['comment', 'elaborate', 'speculate', 'specify'], notNext: ['slightly', 'sharply', 'steadily', 'significantly', 'dramatically', 'steeply', 'further', 'by', 'from', 'in', 'since', 'over', 'percent', '%'], targetPreps: ['', 'to'], source: 'CAMEO 12 reject; 124 decline to yield ("declined to comment/elaborate" is the news formula for no answer, not a rejection of anyone; "declined slightly/by 3%/from 58" is the other verb, to decrease: Merriam-Webster)' },
  // "failed to disclose/notice/mention" is an omission, not a rejection: the pattern stands alone
  // only before a verb of settling or complying (a failed event trigger is handled by the mood)
  { id: 'fail', type: 'REJECT', cameo: '12', words: ['fail'], pos: 'VERB', with: ['agree', 'reach', 'ratify', 'approve', 'comply', 'honor', 'honour', 'implement', 'abide', 'accept', 'uphold', 'settle', 'resolve', 'compromise', 'cooperate', 'co-operate'], reach: 3, control: 'fail', source: 'CAMEO 127 reject plan, agreement to settle dispute (fail to reach agreement) / 128 defy norms (fail to comply)' },
  { id: 'rule-out', type: 'REJECT', cameo: '12', words: ['rule'], with: ['out'], reach: 3, targetPreps: [''], source: 'CAMEO 12 reject; PETR 12x RULE OUT' },
  { id: 'out-of-question', type: 'REJECT', cameo: '12', words: ['out of the question'], source: 'CAMEO 12 reject' },
  // ---- THREATEN (CAMEO 13)
  { id: 'ultimatum', type: 'THREATEN', cameo: '13', words: ['issue', 'give', 'deliver', 'set'], with: ['ultimatum'], targetPreps: ['to', ''], source: 'CAMEO 139 give ultimatum' },
  { id: 'warn', type: 'THREATEN', cameo: '13', words: ['warn'], pos: 'VERB', with: ['retaliation', 'retaliate', 'consequence', 'response', 'respond', 'action', 'attack', 'strike', 'war', 'force', 'sanction', 'punishment', 'reprisal'], reach: 8, targetPreps: ['', 'against'], source: 'CAMEO 130 threaten (warnings of force or consequences); PETR 13x WARN' },
  { id: 'threaten', type: 'THREATEN', cameo: '13', words: ['threaten', 'menace'], pos: 'VERB', control: 'threat', actorSubject: true, notNext: ['species', 'wildlife', 'habitat', 'habitats', 'animal', 'animals', 'plant', 'plants', 'bird', 'birds', 'ecosystem', 'ecosystems', 'status'], targetPreps: ['', 'on', 'against', 'with', 'to'], source: 'CAMEO 130-139 threaten; PETR 130 THREATEN ("threatened species" is the IUCN Red List status, no threat by anyone; "the storm threatens crops" is WordNet threaten v.2 "pose a threat to", said of things, not CAMEO\'s verbal threat by an actor)' },
  // ---- PROTEST (CAMEO 14)
  { id: 'air-strike', type: 'FIGHT', cameo: '19', words: ['strike', 'raid'], pos: 'NOUN', after: MILITARY_STRIKE, reach: 2, targetPreps: ['on', 'against', 'in'], source: 'CAMEO 195 employ aerial weapons / 19 use conventional military force' },
  { id: 'labour-strike', type: 'PROTEST', cameo: '14', words: ['strike', 'walkout', 'stoppage'], pos: 'NOUN', after: LABOUR, not: MILITARY_STRIKE, reach: 3, targetPreps: ['against', 'over'], source: 'CAMEO 142 hunger strike / 143 conduct strike or boycott' },
  { id: 'walk-out', type: 'PROTEST', cameo: '14', words: ['walk out', 'stage a walkout'], targetPreps: ['against', 'over'], source: 'CAMEO 143 conduct strike (walkout)' },
  { id: 'stop-work', type: 'PROTEST', cameo: '14', words: ['stop', 'down', 'lay'], with: ['work', 'tool'], reach: 2, source: 'CAMEO 143 conduct strike' },
  { id: 'stage-protest', type: 'PROTEST', cameo: '14', words: ['stage', 'hold', 'organize', 'organise', 'lead', 'begin', 'start', 'continue', 'launch', 'call'], with: ['demonstration', 'protest', 'rally', 'march', 'sit-in', 'strike', 'walkout', 'boycott', 'vigil'], not: MILITARY_STRIKE, targetPreps: ['against', 'in', 'outside'], source: 'CAMEO 141 demonstrate or rally / 143 strike or boycott' },
  { id: 'protest', type: 'PROTEST', cameo: '14', words: ['protest', 'demonstrate', 'rally', 'march', 'riot', 'picket', 'boycott'], pos: 'VERB', not: ['innocence', 'support', 'supporter', 'commitment', 'resolve', 'ability', 'strength', 'behind', 'around', 'campaign', 'base', 'voter', 'market', 'stock', 'share', 'price', 'dollar'], notNext: ['that'], targetPreps: ['against', 'in', 'outside', ''], source: 'CAMEO 141 demonstrate / 143 boycott / 145 riot ("protested that ..." is an objection in words: WordNet protest v.2)' },
  { id: 'protests', type: 'PROTEST', cameo: '14', words: ['riot', 'demonstration', 'protest', 'uprising', 'unrest', 'sit-in'], pos: 'NOUN', standalone: true, not: ['campaign', 'police'], targetPreps: ['against', 'in'], source: 'CAMEO 141 demonstrate or rally / 145 protest violently, riot' },
  { id: 'strike-work', type: 'PROTEST', cameo: '14', words: ['strike'], pos: 'VERB', with: ['pay', 'wage', 'salary', 'pension', 'condition', 'contract', 'job', 'layoff', 'hour'], reach: 6, source: 'CAMEO 143 conduct strike (labour action)' },
  { id: 'block-road', type: 'PROTEST', cameo: '14', words: ['block', 'blockade', 'barricade', 'obstruct'], with: ['road', 'highway', 'transport', 'traffic', 'bridge', 'railway', 'street', 'entrance', 'roadway', 'motorway', 'access'], targetPreps: ['to', 'into', 'from'], source: 'CAMEO 144 obstruct passage, block' },
  // ---- MOBILIZE (CAMEO 15)
  { id: 'deploy-troops', type: 'MOBILIZE', cameo: '15', words: ['deploy', 'mass', 'amass', 'station', 'reinforce', 'position'], with: TROOPS.concat(['tank', 'missile', 'warship', 'police', 'reservist', 'army']), ownObject: true, targetPreps: ['to', 'near', 'along', 'against', 'in'], source: 'CAMEO 152 increase military alert / 154 mobilize or increase armed forces' },
  { id: 'mobilize', type: 'MOBILIZE', cameo: '15', words: ['mobilize', 'mobilise', 'conscript'], pos: 'VERB', targetPreps: ['against', 'to', ''], source: 'CAMEO 154 mobilize or increase armed forces' },
  { id: 'put-on-alert', type: 'MOBILIZE', cameo: '15', words: ['alert', 'readiness'], after: ['high', 'full', 'combat', 'put', 'place', 'raise', 'heighten', 'maximum'], reach: 3, source: 'CAMEO 151/152 increase police or military alert status' },
  { id: 'test-missiles', type: 'MOBILIZE', cameo: '15', words: ['test', 'test-fire', 'test-launch'], with: ['missile', 'rocket', 'nuclear', 'bomb', 'weapon', 'device', 'icbm', 'warhead'], reach: 4, ownObject: true, source: 'CAMEO 150 demonstrate military or police power (weapons tests)' },
  { id: 'flex-muscle', type: 'MOBILIZE', cameo: '15', words: ['flex', 'show', 'display', 'parade'], with: ['muscle', 'capability', 'might', 'strength', 'force', 'arsenal'], reach: 4, not: ['restraint', 'support', 'solidarity'], source: 'CAMEO 150 demonstrate military or police power' },
  { id: 'military-exercise', type: 'MOBILIZE', cameo: '15', words: ['exercise', 'drill', 'maneuver', 'manoeuvre', 'patrol'], pos: 'NOUN', after: ['military', 'naval', 'live-fire', 'hold', 'stage', 'launch', 'conduct', 'order', 'start', 'begin', 'army'], reach: 3, source: 'CAMEO 150 demonstrate military or police power (exercises, patrols)' },
  // ---- SANCTION (CAMEO 16)
  { id: 'impose-sanctions', type: 'SANCTION', cameo: '16', words: ['impose', 'slap', 'announce', 'approve', 'tighten', 'expand', 'extend', 'adopt'], with: ['sanction', 'embargo', 'tariff'], targetPreps: ['on', 'against', ''], source: 'CAMEO 163 impose embargo, boycott or sanctions (PLOVER gold records: SANCTION)' },
  { id: 'sanction', type: 'SANCTION', cameo: '16', words: ['sanction', 'blacklist', 'embargo'], pos: 'VERB', targetPreps: [''], source: 'CAMEO 163 impose sanctions' },
  { id: 'suspend-relations', type: 'SANCTION', cameo: '16', words: ['suspend', 'halt', 'cut', 'stop', 'end', 'freeze', 'cancel', 'terminate', 'reduce', 'prohibit', 'sever', 'break', 'downgrade', 'curtail', 'ban', 'suspension', 'severance', 'cutoff', 'freezing'], with: RELATIONS, targetPreps: ['with', 'to', 'for', 'between', 'in', ''], source: 'CAMEO 161 reduce or break relations / 162 reduce or stop aid / 164-165 halt negotiations, mediation' },
  { id: 'expel-diplomats', type: 'SANCTION', cameo: '16', words: ['expel', 'oust', 'kick'], with: ['diplomat', 'ambassador', 'envoy', 'inspector', 'observer', 'monitor', 'attaché', 'attache', 'mission', 'peacekeeper', 'staff'], targetPreps: ['', 'of', 'from'], source: 'CAMEO 166 expel or withdraw (diplomats, inspectors, peacekeepers)' },
  // ---- COERCE (CAMEO 17)
  { id: 'impose-curfew', type: 'COERCE', cameo: '17', words: ['impose', 'declare', 'institute', 'enforce', 'introduce', 'extend'], with: ['curfew', 'martial', 'emergency', 'restriction', 'ban', 'blockade', 'lockdown', 'censorship'], targetPreps: ['in', 'on', ''], source: 'CAMEO 172 impose administrative sanctions / 1723 curfew / 1724 state of emergency, martial law / 191 blockade' },
  { id: 'human-shield', type: 'COERCE', cameo: '17', words: ['hold', 'use', 'keep', 'take'], with: ['human shield'], reach: 8, targetPreps: [''], source: 'CAMEO 184 use as human shield (PLOVER gold records: COERCE)' },
  { id: 'arrest', type: 'COERCE', cameo: '17', words: ['arrest', 'detain', 'jail', 'imprison', 'apprehend', 'kidnap', 'abduct', 'seize', 'confiscate', 'demolish', 'raze', 'bulldoze', 'hack', 'censor', 'deport', 'expel', 'occupy', 'blockade', 'outlaw', 'ban', 'intern', 'extradite', 'sabotage', 'hijack'], pos: 'VERB', notNext: ['on', 'upon'], not: ['initiative', 'opportunity', 'moment', 'chance', 'decline', 'momentum', 'position', 'post', 'role', 'spot', 'rank', 'niche'], targetPreps: ['', 'from', 'in'], source: '("occupies a position/role" holds a post: WordNet occupy v.1) CAMEO 171 seize property / 172 administrative sanctions / 173 arrest, detain / 174 deport / 181 abduct / 191 blockade / 192 occupy (PLOVER 2021 table: COERCE); "seize on/upon" is the phrasal verb "make use of" (Merriam-Webster)' },
  { id: 'blow-up', type: 'COERCE', cameo: '17', words: ['blow'], with: ['up'], reach: 4, targetPreps: [''], source: 'CAMEO 171 seize or damage property (PLOVER gold records: COERCE)' },
  { id: 'hold-hostage', type: 'COERCE', cameo: '17', words: ['hold', 'take', 'keep'], with: ['hostage', 'captive', 'prisoner'], reach: 5, targetPreps: [''], source: 'CAMEO 181 abduct, hijack, take hostage' },
  // ---- ASSAULT / FIGHT (CAMEO 18-20)
  { id: 'bombing', type: 'ASSAULT', cameo: '18', words: ['bombing', 'bomb', 'blast', 'explosion'], pos: 'NOUN', after: ['suicide', 'car', 'roadside', 'truck', 'nail', 'terror', 'terrorist', 'carry', 'stage'], reach: 3, targetPreps: ['on', 'against', 'in'], source: 'CAMEO 183 conduct suicide, car or other non-military bombing' },
  { id: 'torture', type: 'ASSAULT', cameo: '18', words: ['torture', 'assassinate', 'behead', 'lynch', 'stab', 'rape', 'mutilate', 'massacre', 'maim'], pos: 'VERB', not: ['expectation', 'estimate', 'forecast', 'record', 'deadline', 'odds', 'election'], targetPreps: ['', 'to'], source: 'CAMEO 182 physically assault / 1822 torture / 185-186 assassinate / 202 mass killings' },
  // "beat" is mostly "defeat" in news ("she can't beat him", "beat expectations", WordNet beat v.1);
  // it is an assault only with a sign of bodily harm or of who was beaten
  { id: 'torture', type: 'ASSAULT', cameo: '18', words: ['beat'], pos: 'VERB', with: ['death', 'unconscious', 'senseless', 'bloody', 'up', 'baton', 'batons', 'stick', 'club', 'fist', 'rod', 'whip', 'protester', 'demonstrator', 'prisoner', 'detainee', 'inmate', 'journalist', 'police', 'guard', 'soldier', 'officer', 'mob'], reach: 6, not: ['expectation', 'estimate', 'forecast', 'record', 'deadline', 'odds', 'election', 'poll', 'rival', 'team', 'score'], targetPreps: ['', 'to'], source: 'CAMEO 182 physically assault (beat); WordNet beat v.1 defeat vs v.2 hit repeatedly' },
  { id: 'execute', type: 'ASSAULT', cameo: '18', words: ['execute'], pos: 'VERB', not: ['plan', 'order', 'strategy', 'contract', 'trade', 'deal', 'program', 'programme', 'warrant', 'policy', 'transaction', 'task', 'move', 'payment', 'transfer', 'swap', 'search', 'command', 'code', 'script', 'agreement', 'will'], targetPreps: [''], source: 'CAMEO 1823 kill by physical assault / 20 unconventional mass violence' },
  { id: 'kill', type: 'ASSAULT', cameo: '18', words: ['kill', 'murder', 'wound', 'injure', 'slaughter'], pos: 'VERB', violence: true, targetPreps: [''], source: 'CAMEO 18 assault (killings by non-military means) / 19 fight (by conventional military force)' },
  // "gun" is a verb only as "gun down" (Merriam-Webster gun down); the tagger reads the noun in
  // "gun owners", "gun control" as a verb
  { id: 'kill', type: 'ASSAULT', cameo: '18', words: ['gun'], pos: 'VERB', with: ['down'], reach: 3, violence: true, targetPreps: [''], source: 'CAMEO 18 assault / 19 fight (gun down: Merriam-Webster)' },
  { id: 'open-fire', type: 'FIGHT', cameo: '19', words: ['open'], with: ['fire'], reach: 2, targetPreps: ['on', 'at', 'upon'], source: 'CAMEO 193 fight with small arms and light weapons' },
  { id: 'fire-weapons', type: 'FIGHT', cameo: '19', words: ['fire', 'launch', 'lob'], pos: 'VERB', with: ['shell', 'rocket', 'missile', 'mortar', 'artillery', 'round', 'bullet', 'shot', 'salvo', 'drone', 'grenade', 'torpedo'], reach: 4, not: ['test'], targetPreps: ['at', 'on', 'into', 'toward', 'towards', 'against'], source: 'CAMEO 193-195 fight with small arms, artillery, aerial weapons' },
  { id: 'shell', type: 'FIGHT', cameo: '19', words: ['shell', 'bombard', 'bomb', 'strafe', 'airstrike', 'blitz', 'rocket'], pos: 'VERB', notNext: ['company', 'companies', 'corporation', 'corporations', 'firm', 'firms', 'account', 'accounts', 'entity', 'entities', 'game', 'out'], targetPreps: ['', 'in'], source: 'CAMEO 194 fight with artillery and tanks / 195 employ aerial weapons' },
  { id: 'invade', type: 'FIGHT', cameo: '19', words: ['invade', 'storm', 'overrun', 'retake', 'recapture', 'capture', 'liberate', 'annex', 'besiege', 'encircle', 'annihilate', 'repel', 'repulse', 'ambush', 'raid'], pos: 'VERB', not: ['imagination', 'attention', 'heart', 'headline', 'market', 'vote', 'seat', 'title', 'moment', 'mood', 'essence', 'privacy', 'image', 'photo', 'picture', 'footage', 'camera', 'telescope', 'film', 'video', 'spirit', 'interest', 'data', 'signal'], notTarget: ['alongside', 'with', 'for', 'by'], targetPreps: ['', 'in', 'from'], source: 'CAMEO 190 use conventional military force / 192 occupy territory; PETR 19x INVADE, CAPTURE, STORM' },
  { id: 'launch-attack', type: 'FIGHT', cameo: '19', words: ['launch', 'mount', 'carry', 'stage', 'conduct', 'begin', 'step'], with: ['invasion', 'offensive', 'attack', 'assault', 'raid', 'incursion', 'airstrike', 'operation', 'counteroffensive', 'counter-offensive', 'bombardment', 'strike'], not: ['investigation', 'campaign', 'appeal', 'inquiry', 'website', 'product', 'election', 'test'], reach: 6, violence: true, targetPreps: ['on', 'against', 'into', 'of', 'in'], source: 'CAMEO 190 use conventional military force; PETR 19x LAUNCH OFFENSIVE' },
  { id: 'attack', type: 'FIGHT', cameo: '19', words: ['attack', 'assault', 'hit', 'target', 'strike', 'pound', 'hammer', 'shoot', 'slam', 'blast'], pos: 'VERB', not: ['deal', 'agreement', 'accord', 'balance', 'chord', 'tone', 'note', 'record', 'headline', 'market', 'policy', 'plan', 'idea', 'pay', 'wage', 'worker', 'union', 'video', 'film', 'scene', 'photo', 'audience', 'voter', 'demographic', 'price', 'ground', 'button', 'jackpot', 'shelves', 'stores', 'theaters', 'theatres', 'milestone', 'peak', 'low', 'high', 'road'], notNext: ['home', 'out', 'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertisements', 'dog', 'dogs', 'mode', 'surface', 'vector', 'rate', 'rates'], violence: true, targetPreps: ['', 'in', 'on'], source: 'CAMEO 18 assault / 19 fight (attack); PETR 19x ATTACK, STRIKE, SHOOT ("hit the ground/road/shelves", "hit a high" are idioms; "attack ads", "attack dogs", "attack surface" use the noun as a modifier)' },
  { id: 'clash', type: 'FIGHT', cameo: '19', words: ['clash', 'skirmish'], pos: 'VERB', targetPreps: ['with', 'against', ''], source: 'CAMEO 190 use conventional military force (clashes); PETR 19x CLASH' },
  { id: 'fight', type: 'FIGHT', cameo: '19', words: ['fight', 'battle', 'combat'], pos: 'VERB', not: ['corruption', 'poverty', 'crime', 'disease', 'virus', 'inflation', 'fire', 'wildfire', 'cancer', 'climate', 'hunger', 'drug', 'lawsuit', 'case', 'charge', 'ruling', 'election'], notNext: ['to', 'back', 'off'], notTarget: ['alongside', 'for', 'beside', 'by', 'with'], targetPreps: ['against', '', 'in'], source: 'CAMEO 190 use conventional military force (fighting); PETR 19x FIGHT, CLASH ("fought to pass a bill" is a struggle, not combat)' },
];

/**
 * Things that kill, wound or destroy without anyone doing it, so never the actor of an ASSAULT
 * or FIGHT ("the plague which killed thousands", "the storm killed 12"): the hazard types of the
 * EM-DAT disaster classification (CRED, emdat.be "Classification": natural - geophysical,
 * meteorological, hydrological, climatological, biological; technological - industrial, transport
 * and miscellaneous accidents) and the general disease words of the WHO fact sheets A-Z, with a
 * few of their commonest names (WHO fact sheets: plague, cholera, malaria, Ebola, measles,
 * tuberculosis, influenza, COVID-19, cancer, HIV). "explosion"/"blast" are left out: a bomb's
 * blast is an attack (CAMEO 183). Users add words under `eventHazards`.
 */
export const HAZARD_NOUNS: readonly string[] = [
  // EM-DAT natural: geophysical, meteorological, hydrological, climatological
  'earthquake', 'quake', 'tremor', 'aftershock', 'tsunami', 'eruption', 'volcano', 'landslide', 'mudslide', 'rockfall',
  'storm', 'hurricane', 'cyclone', 'typhoon', 'tornado', 'twister', 'blizzard', 'snowstorm', 'hailstorm', 'thunderstorm',
  'lightning', 'heatwave', 'heat', 'cold', 'frost', 'flood', 'flooding', 'floods', 'flash', 'avalanche', 'surge', 'drought',
  'wildfire', 'bushfire', 'fire', 'blaze', 'flames', 'inferno', 'smoke',
  // EM-DAT biological and WHO fact sheets
  'epidemic', 'pandemic', 'outbreak', 'disease', 'illness', 'infection', 'virus', 'bacteria', 'plague', 'cholera',
  'malaria', 'ebola', 'measles', 'tuberculosis', 'flu', 'influenza', 'covid', 'covid-19', 'coronavirus', 'cancer',
  'hiv', 'aids', 'pneumonia', 'famine', 'starvation', 'hunger', 'overdose', 'overdoses',
  // EM-DAT technological: industrial, transport and miscellaneous accidents
  'accident', 'crash', 'collision', 'derailment', 'wreck', 'shipwreck', 'collapse', 'leak', 'spill', 'poisoning', 'radiation',
];


/** Settlements and areas (WordNet's settlement and administrative-district synsets): "the town of Faenza" names a place. */
export const SETTLEMENT_NOUNS: readonly string[] = [
  'city', 'town', 'village', 'hamlet', 'settlement', 'district', 'neighborhood', 'neighbourhood', 'suburb', 'region', 'province',
];

/**
 * Buildings, sites and vehicles: an attack on one is physical (CAMEO 18/19), never the verbal
 * attack (CAMEO 111) an attack on a person or a policy can be ("Iran attacked the tanker" vs
 * "Trump attacked the judge"). From the ACE 2005 English entity guidelines (LDC, v5.6.6): FAC
 * (Building-Grounds, Airport, Path, Plant, Subarea-Facility) and VEH (Air, Land, Water) subtypes,
 * with the settlement and military-site nouns of WordNet's installation and settlement synsets.
 * Users add words under `eventFacilities`.
 */
export const FACILITY_NOUNS: readonly string[] = [
  // FAC Building-Grounds
  'building', 'embassy', 'consulate', 'hospital', 'clinic', 'school', 'mosque', 'church', 'synagogue', 'temple', 'shrine',
  'hotel', 'marketplace', 'mall', 'headquarters', 'compound', 'prison', 'jail', 'residence', 'palace',
  'house', 'home', 'apartment', 'stadium', 'museum', 'courthouse', 'warehouse', 'shelter',
  // FAC Airport, Path, Plant, Subarea-Facility
  'airport', 'airfield', 'airbase', 'port', 'harbor', 'harbour', 'bridge', 'road', 'highway', 'railway', 'railroad', 'tunnel',
  'pipeline', 'plant', 'refinery', 'reactor', 'dam', 'substation', 'factory', 'depot', 'facility', 'installation', 'infrastructure',
  'grid', 'station', 'checkpoint', 'crossing',
  // military sites (WordNet military installation)
  'base', 'barracks', 'outpost', 'garrison', 'bunker', 'trench', 'fortification', 'stronghold', 'camp', 'airstrip',
  // settlements (WordNet settlement)
  ...SETTLEMENT_NOUNS,
  // VEH Air, Land, Water
  'ship', 'vessel', 'tanker', 'boat', 'ferry', 'freighter', 'frigate', 'destroyer', 'submarine', 'warship', 'carrier', 'plane',
  'aircraft', 'airliner', 'jet', 'helicopter', 'convoy', 'train', 'bus', 'truck', 'car', 'vehicle', 'ambulance',
];
