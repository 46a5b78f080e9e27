// What Rapport keeps of a promise when message text is not kept: the kind of thing promised, in words of its own.

/** What is being done, from the first verb of the promise that names one. Order matters: the first match wins. */
const ACTIONS: readonly [RegExp, string][] = [
  [/^(introduc\w*|intro|connect)$/, 'make an introduction'],
  [/^(send|sending|email|mail|forward|drop|pass)$/, 'send'],
  [/^(share|sharing|post)$/, 'share'],
  [/^(review|read|look|proofread|feedback)$/, 'review'],
  [/^(check|find|ask|confirm|see|research)$/, 'check'],
  [/^(call|phone|ring|dial)$/, 'call'],
  [/^(meet|schedule|book|arrange|set|organise|organize|plan)$/, 'arrange'],
  [/^(recommend|endorse|refer|vouch|mention)$/, 'recommend'],
  [/^(help|support|mentor|advise|assist)$/, 'help'],
  [/^(follow|circle|ping|reach|write|text|message|reply|respond|update|contact|touch|back)$/, 'follow up'],
  [/^(think|consider|reflect)$/, 'think it over'],
];

/** What it is about, from any word of the promise. */
const THINGS: readonly [RegExp, string][] = [
  [
    /^(deck|decks|slides?|pdf|docs?|documents?|report|reports|proposal|paper|whitepaper|notes|cv|resume|résumé|portfolio|file|files|draft|spec|brief|article|case)$/,
    'a document',
  ],
  [/^(links?|url|website|site|page)$/, 'a link'],
  [/^(intro|introduction|introductions)$/, 'an introduction'],
  [/^(call|meeting|meetings|coffee|lunch|chat|catch-up|demo|session|zoom|teams)$/, 'a meeting'],
  [/^(invite|invitation|calendar)$/, 'an invitation'],
  [/^(contacts?|names?|details|number|email|address)$/, 'contact details'],
  [/^(recommendation|referral|reference|endorsement)$/, 'a recommendation'],
  [/^(feedback|thoughts|comments|review)$/, 'feedback'],
  [/^(answer|reply|update|news|numbers|figures|data|info|information|details)$/, 'an update'],
];

/** Verbs whose summary needs a thing: "send" alone says little, "send a document" says what to remember. */
const WITH_THING = new Set(['send', 'share', 'review', 'check', 'arrange']);

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
}

/** The first word that one of the list's patterns matches: its label and where it is. */
function firstMatch(
  list: readonly [RegExp, string][],
  candidates: string[],
): { label: string; at: number } | null {
  for (const [at, word] of candidates.entries()) {
    for (const [pattern, label] of list) if (pattern.test(word)) return { label, at };
  }
  return null;
}

/**
 * A short neutral summary of a promise ("I'll send you the deck by Friday" → "send a document"), made only of
 * Rapport's own words: whatever the input, nothing of its text reaches the output. Used wherever a promise is
 * stored while message excerpts are off — the user's own and, read from a thread, the other person's.
 */
export function summarisePromise(text: string): string {
  const all = words(text);
  const verb = firstMatch(ACTIONS, all);
  // The thing is what follows the verb: in "send you my feedback", "feedback" is what is sent.
  const thing = firstMatch(THINGS, verb ? all.slice(verb.at + 1) : all)?.label ?? null;
  const action = verb?.label ?? null;
  if (action === null) return thing ? `follow up on ${thing}` : 'do what was promised';
  if (action === 'arrange')
    return `arrange ${thing === 'an invitation' || thing === null ? 'a meeting' : thing}`;
  if (action === 'call') return 'call';
  if (WITH_THING.has(action)) return `${action} ${thing ?? 'something'}`;
  return action;
}

/** Every summary `summarisePromise` can return — the closed set the privacy tests hold it to. */
export function possiblePromiseSummaries(): Set<string> {
  const things = [...new Set(THINGS.map(([, label]) => label))];
  const out = new Set<string>(['do what was promised', 'call', 'arrange a meeting']);
  for (const thing of things) {
    out.add(`follow up on ${thing}`);
    out.add(`arrange ${thing}`);
  }
  for (const [, action] of ACTIONS) {
    if (WITH_THING.has(action)) {
      out.add(`${action} something`);
      for (const thing of things) out.add(`${action} ${thing}`);
    } else out.add(action);
  }
  return out;
}
