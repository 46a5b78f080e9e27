// Word lists shared by the politeness strategies and the rules. Kept short on purpose: every word here ships in
// the content-script bundle, and the learned lexical part of the model covers the long tail.

/** Space-separated words to a set; keeps long lists readable and out of the formatter's one-per-line layout. */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.trim().split(/\s+/));
}

export const SECOND_PERSON = wordSet("you your yours yourself yourselves you're you've you'll you'd u ur");
export const FIRST_PERSON = wordSet("i me my mine myself i'm i've i'll i'd");
export const FIRST_PERSON_PLURAL = wordSet("we us our ours ourselves we're we've we'll let's");
export const PLEASE = wordSet('please pls plz');
export const GREETINGS = wordSet('hi hello hey dear greetings hiya howdy');
export const DEFERENCE_OPENERS = wordSet(
  'great good nice interesting cool excellent awesome wonderful impressive fantastic',
);
export const DIRECT_STARTS = wordSet('so then and but or');
export const WH_WORDS = wordSet('what why who how where when which');
export const AUXILIARIES = wordSet(
  "do does did is are was were am can could would will should shall have has had may might must don't " +
    "doesn't didn't isn't aren't can't won't wouldn't couldn't shouldn't haven't hasn't",
);
export const HEDGES = wordSet(
  'maybe perhaps possibly probably presumably apparently somewhat guess suppose suspect think believe suggest ' +
    'seems seem might hopefully wonder wondering likely unlikely assume fairly rather kinda sorta',
);
export const NEGATIONS = wordSet(
  "not no never nothing nobody don't doesn't didn't isn't aren't can't won't wouldn't couldn't shouldn't " +
    "haven't hasn't cannot",
);
export const POSITIVE_WORDS = wordSet(
  'great good nice glad happy love enjoy enjoyed excellent wonderful helpful appreciate kind interesting ' +
    'inspiring useful fantastic awesome brilliant welcome pleasure congratulations congrats excited impressive ' +
    'thoughtful valuable well best cool fine perfect agree fair hope lovely amazing delighted sure',
);
export const NEGATIVE_WORDS = wordSet(
  'bad wrong stupid ridiculous nonsense terrible awful annoying useless pointless vandalism vandalize spam rude ' +
    'hate fail failed fault problem mistake error disagree waste lie lies liar biased bias idiot dumb silly lazy ' +
    'poor worse worst incorrect false mess unacceptable complaint blame',
);
