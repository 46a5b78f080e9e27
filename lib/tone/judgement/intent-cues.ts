import type { Draft } from '../text/draft';

/**
 * What the message mainly does, in the forms the rubric names (RUBRIC.md, Intent; whitepaper: Reciprocity — give
 * before you ask). They teach the learned intent and flags, not the scales. Each is a yes/no a person can check by
 * reading the message. Chosen from the rubric's definitions after reading the cross-validated intent errors on the
 * judged messages (docs/tone-eval/choices.md): a recruiter's "send your CV" under a role on offer is a job lead
 * given, an "I need a small favour" without a question mark is an ask.
 */
export const INTENT_CUES = [
  // give: "a job lead" — a role on offer and a conditional invitation ("if this is something you'd consider").
  'job-lead',
  // give: help offered on the reader's terms ("if you need any help…").
  'offer-if-needed',
  // give: "information" — advice or a pointer ("you should send your resume to…", "check out…").
  'advice',
  // ask: a favour or a want said outright ("I need a small favour", "I wonder if…", "point me in the right direction",
  // "I'm writing to ask you for…").
  'favour',
  // ask: a request that opens a sentence ("Please send…", "Kindly share…", "Give me a call").
  'request-verb',
  // ask: "can you / could you / would you / will you".
  'can-you',
  // ask: a question for information from the reader ("How did you get the job?", "Do you know…?").
  'info-question',
  // other: scheduling details ("1:30 pm", "Thursday", "how about…", "works for me").
  'scheduling-time',
  // thanks: the message opens by thanking them.
  'opens-with-thanks',
] as const;
export type IntentCue = (typeof INTENT_CUES)[number];

// Bounded patterns only (each gap at most 120 characters), so a long draft is read in linear time.
const CUE_PATTERNS: Record<IntentCue, RegExp> = {
  'job-lead':
    /\b(?:sourcing|recruiting|hiring|vacanc|opening|position|role|opportunit|job)\w{0,12}\b[^.?!\n]{0,120}\b(?:if (?:you|this|it)|interested|consider|explore)|\bif (?:this|it) (?:is|looks|sounds)|\bif you (?:are|were|would be) (?:interested|open)/i,
  'offer-if-needed': /\bif you (?:need|want|ever need|ever want|are looking|have any question)/i,
  advice: /\b(?:you (?:should|can|could|may want to|might want to)|try|check out|go to)\b/i,
  favour:
    /\b(?:favou?r|help me|i need|i want to know|i would like to know|i['’]d like to know|wondering|i wonder|point me|ask(?:ing)? you (?:for|to|about|if|whether)|to ask (?:you|for))\b/i,
  'request-verb':
    /(?:^|[.!?\n]\s{0,20})(?:please |kindly )?(?:send|share|give|call|drop|suggest|tell|let me know|check|review|endorse|refer|introduce|connect)\b/i,
  'can-you': /\b(?:can|could|would|will) you\b/i,
  'info-question':
    /\b(?:how (?:did|do|can|could) (?:you|i)|do you know|what(?:['’]s| is| are)|wts|which)\b[^?\n]{0,80}\?/i,
  'scheduling-time':
    /\b(?:\d{1,2}(?::\d\d)?\s{0,2}(?:am|pm)|monday|tuesday|wednesday|thursday|friday|tomorrow|next week|works for me|how about)\b/i,
  'opens-with-thanks':
    /^\W{0,20}(?:(?:hi|hello|hey|dear)\W{1,20})?(?:\w{1,30}\W{1,20})?(?:thanks|thank you)/i,
};

export function intentCues(draft: Draft): Record<IntentCue, number> {
  const text = draft.analysed;
  return Object.fromEntries(INTENT_CUES.map((cue) => [cue, CUE_PATTERNS[cue].test(text) ? 1 : 0])) as Record<
    IntentCue,
    number
  >;
}

/**
 * The writer fills a role and invites the reader to it ("I'm sourcing for a finance lead… if this is something
 * you'd consider, send your CV"): a job lead given (RUBRIC intent: give = "a job lead"), though it ends on a
 * request. A job-seeker's "if you know of any openings" is not one: the writer must be the one hiring.
 */
const WRITER_HIRING =
  /\b(?:(?:i['’]m|i am|we['’]re|we are) (?:sourcing|recruiting|hiring)|we (?:seek|are seeking) to (?:engage|hire|fill)|(?:reviewing|reviewed) your profile for|i have an? (?:opportunity|opening|role|position|vacancy) (?:for|to|that|at|in))\b/i;

export function offersRole(draft: Draft, cues: Pick<Record<IntentCue, number>, 'job-lead'>): boolean {
  return cues['job-lead'] === 1 && WRITER_HIRING.test(draft.analysed);
}
