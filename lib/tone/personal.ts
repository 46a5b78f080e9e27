import type { Draft } from './text/draft';
import { containsPhrase, phraseSet } from './text/phrases';
import type { Sentence } from './text/sentences';

// What makes a message specific to this reader, or a template that could go to anyone: the rubric's
// `personal_reference` ("something specific to this reader or to a shared history: their work, a post, where they
// met, a mutual contact") and `generic` ("could be sent unchanged to many people"); whitepaper "Be Prepared" and
// "Authenticity". One list per kind of cue, shared by the personal-reference rule and the learned judgement.

/**
 * Catching up: small talk anyone may send ("how have you been?", "let's catch up"), to a new connection too. It shows
 * warmth, not that the writer knows anything particular about this reader.
 */
const CATCHING_UP = [
  'catch up',
  'catchup',
  "how's life",
  'how is life',
  'how are things',
  "how's it going",
  'how have you been',
  "how's the",
  'how is the',
  "how's your",
  'how is your',
  'great to hear from you',
  'good to hear from you',
  'nice to hear from you',
];

/**
 * A history the two share, said outright: how long it has been, where they met, what they talked about, what was
 * said or promised.
 */
export const SHARED_EVENTS = [
  'been too long',
  'been a while',
  'been a long time',
  'been so long',
  'been some time',
  'been ages',
  'been forever',
  'long time no',
  'miss you',
  'miss working',
  'good old days',
  'your time today',
  'remember when',
  'great meeting',
  'great talking',
  'nice meeting',
  'nice talking',
  'good meeting',
  'good talking',
  'great seeing',
  'great to see',
  'good to see',
  'nice to see',
  'since our',
  'since we',
  'we met',
  'met at',
  'met you',
  'we spoke',
  'we talked',
  'we discussed',
  'we worked',
  'worked together',
  'working together',
  'our chat',
  'our conversation',
  'our call',
  'our meeting',
  'our time',
  'our days',
  'back at',
  'over at',
  'you mentioned',
  'you said',
  'you shared',
  'you posted',
  'you wrote',
  'you told me',
  'as promised',
  'as discussed',
  'per our',
  'last time',
  'the other day',
];

/** A history the two share: catching up, where they met, what they talked about. */
export const SHARED_HISTORY = phraseSet([...CATCHING_UP, ...SHARED_EVENTS]);

/** Their work, their news, their life, named: what shows the writer looked at this person. */
export const THEIR_NEWS_PHRASES = [
  'congrats on',
  'congratulations on',
  'your son',
  'your daughter',
  'your family',
  'your wife',
  'your husband',
  'your kids',
  'your baby',
  'your new',
  'your promotion',
  'new job',
  'new role',
  'new position',
  'your work on',
  'your work at',
  'your recent',
  'your story',
  'your journey',
  'saw your',
  'read your',
  'watched your',
  'enjoyed your',
  'loved your',
  'liked your',
  'noticed your',
  'saw that you',
  'see that you',
  'i see you',
  'fellow',
  'we both',
  'we are both',
  "we're both",
  'you both',
];

/** What they made or said in public ("your post", "your talk"): read by reader-specifics.ts as "your" + one of these. */
export const THEIR_ARTEFACTS = [
  'post',
  'posts',
  'article',
  'articles',
  'talk',
  'talks',
  'book',
  'video',
  'videos',
  'website',
  'site',
  'channel',
  'report',
  'reports',
  'project',
  'projects',
  'paper',
  'papers',
  'research',
  'podcast',
  'newsletter',
  'comment',
  'presentation',
  'course',
  'blog',
  'portfolio',
  'startup',
  'app',
  'writing',
  'thesis',
  'keynote',
  'webinar',
  'episode',
];

/**
 * Their work, their news, their life: what shows the writer looked at this person, with the looser signs of it
 * ("I noticed", "I also", LinkedIn's birthday prompt) that a learned weight may read but a reader may not.
 */
export const THEIR_NEWS = phraseSet([
  ...THEIR_NEWS_PHRASES,
  ...THEIR_ARTEFACTS.map((artefact) => `your ${artefact}`),
  'happy birthday',
  'i noticed',
  'i read',
  'i enjoyed',
  'i also',
]);

/** Someone they both know: a mutual contact or who sent the writer their way. */
export const MUTUAL_CONTACT_PHRASES = [
  'mutual',
  'a friend',
  'friend of mine',
  'friend told',
  'told me about',
  'mentioned you',
  'suggested i',
  'suggested that i',
  'recommended i',
  'recommended that i',
  'referred me',
  'pointed me',
  'put me in touch',
  'introduced me',
  'gave me your',
  'connect you',
  'introduce you',
];
export const MUTUAL_CONTACT = phraseSet(MUTUAL_CONTACT_PHRASES);

/** Lines of mass outreach: what people paste to anyone (LinkedIn's default note, job-hunt and sourcing templates). */
export const MASS_OUTREACH = phraseSet([
  'add you to my professional network',
  'join your network',
  'join your linkedin network',
  'i would like to connect',
  "i'd like to connect",
  'i would love to connect',
  "i'd love to connect",
  'like to connect with you',
  'love to connect with you',
  'expand my network',
  'grow my network',
  'expand my professional network',
  'came across your profile',
  'came across your linkedin',
  'viewed your profile',
  'your profile',
  'hope this message finds you well',
  'hope this finds you well',
  'hope you are doing well',
  "hope you're doing well",
  'i hope you are well',
  'i am reaching out',
  "i'm reaching out",
  'reaching out',
  'please accept my invitation',
  'accept my',
  'thank you for connecting',
  'thanks for connecting',
  'thank you for accepting',
  'thanks for accepting',
  'like minded professionals',
  'mutually beneficial',
  'let me know if you are interested',
  'let me know if you would be interested',
  'dear sir',
  'dear madam',
  'to whom it may concern',
  'hi there',
  'hello there',
  'my name is',
  'i am writing',
  "i'm writing",
  'kindly send',
  'send your cv',
  'send your resume',
  'i am sourcing',
  'i am looking for',
  "i'm looking for",
  'i am currently',
  "i'm currently",
  'i have experience',
  'i possess',
  'years of experience',
  'looking for a job',
  'looking for opportunities',
  'job opportunit*',
  'any vacancy',
  'any openings',
  'refer me',
  'referral',
]);

const MAX_COUNT = 3;

/** How many sentences (at most three) contain a phrase of the set. */
export function sentencesWith(sentences: readonly Sentence[], set: ReturnType<typeof phraseSet>): number {
  let count = 0;
  for (const sentence of sentences) if (containsPhrase(sentence.words, set) && ++count === MAX_COUNT) break;
  return count;
}

export interface PersonalCues {
  sharedHistory: number;
  theirNews: number;
  mutualContact: number;
  massOutreach: number;
}

/** The sentences that point at this reader (shared history, their news, a mutual contact) or at mass outreach. */
export function personalCues(draft: Draft): PersonalCues {
  const { sentences } = draft;
  return {
    sharedHistory: sentencesWith(sentences, SHARED_HISTORY),
    theirNews: sentencesWith(sentences, THEIR_NEWS),
    mutualContact: sentencesWith(sentences, MUTUAL_CONTACT),
    massOutreach: sentencesWith(sentences, MASS_OUTREACH),
  };
}

/** True when a sentence of the draft says something only this reader would recognise. */
export function mentionsThem(cues: PersonalCues): boolean {
  return cues.sharedHistory + cues.theirNews + cues.mutualContact > 0;
}
