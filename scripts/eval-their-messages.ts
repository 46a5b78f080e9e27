// `npm run eval:their-messages` — how well Rapport reads the OTHER person's messages (issue 14), on real LinkedIn
// messages (../shared/data/linkedin-messages/dev.jsonl; read at run time, never copied into the project):
//   1. intent and promise of their message (`previous`) against hand labels (scripts/coach/their-message-labels.ts:
//      ids and labels only), i.e. what the ledger records from a conversation: their asks, gives, thanks, promises.
//      Three readings side by side: the tone engine's classifier alone (before the their-side corrections), Rapport
//      (in-sample: the corrections' phrase lists were written after reading these 191 messages), and Rapport with
//      each owner's messages read WITHOUT the phrases only that owner's messages fire (leave-one-owner-out: a phrase
//      that only one person's messages support could not have been written without reading that person).
//   2. the same readings on a set nobody tuned the corrections on: the 400 messages the owners wrote (`text`), with
//      the reviewers' intent (RUBRIC.md, both reviewers agreeing) as the label.
//   3. `answers_reader` of the user's reply (does it answer what they said?) against the reviewers' consensus.
//   --show   print each miss with its message, to study them locally (the output is never stored)

import { coachReply } from '../lib/coach/coach-reply';
import { readTheirMessage, THEIR_SIDE_PHRASES, type TheirSidePhrases } from '../lib/coach/their-message';
import { exchangeOf } from '../lib/engine/exchange';
import type { Intent } from '../lib/schema/interaction';
import { classifyIntent } from '../lib/tone/intent';
import { readTone } from '../lib/tone/reading';
import { containsPhrase, phraseSet } from '../lib/tone/text/phrases';
import { THEIR_MESSAGE_LABELS } from './coach/their-message-labels';
import { type JudgedMessage, loadJudgedMessages } from './tone/judged-messages';

const show = process.argv.includes('--show');
const messages = loadJudgedMessages();

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const tally = (c: Counts, predicted: boolean, actual: boolean) => {
  if (predicted && actual) c.tp++;
  else if (predicted) c.fp++;
  else if (actual) c.fn++;
};
const ratio = (a: number, b: number) => (b === 0 ? '  n/a' : (a / b).toFixed(3));
const line = (name: string, c: Counts) =>
  `${name.padEnd(34)} precision ${ratio(c.tp, c.tp + c.fp)}  recall ${ratio(c.tp, c.tp + c.fn)}  ` +
  `(labelled ${c.tp + c.fn}, found ${c.tp + c.fp}, right ${c.tp})`;
const pr = (c: Counts) => `${ratio(c.tp, c.tp + c.fp)} / ${ratio(c.tp, c.tp + c.fn)}`;
const oneLine = (text: string) => text.replace(/\s+/g, ' ').slice(0, 220);

/** When they wrote: the month dev.jsonl gives, mid-month (only due dates depend on it). */
const writtenAt = (date: unknown) => {
  const [year, month] = String(date ?? '2020-01')
    .split('-')
    .map(Number);
  return Date.UTC(year ?? 2020, (month ?? 1) - 1, 15, 12);
};

const INTENTS: Intent[] = ['ask', 'give', 'thanks', 'follow-up', 'other'];
// What the ledger records from a conversation (lib/background/handlers/thread-read.ts): a message received whose
// intent is an ask, a give or thanks; everything else only moves "last in touch".
const exchange = (value: Intent) => exchangeOf({ kind: 'message-received', exchange: 'none', intent: value });

interface Scores {
  n: number;
  right: number;
  byIntent: Map<Intent, Counts>;
  ledgerEntry: Counts;
  ledgerKind: Counts;
  confusion: Map<string, number>;
}
function scoreIntents(pairs: readonly { labelled: Intent; found: Intent }[]): Scores {
  const scores: Scores = {
    n: pairs.length,
    right: 0,
    byIntent: new Map(INTENTS.map((intent) => [intent, counts()])),
    ledgerEntry: counts(),
    ledgerKind: counts(),
    confusion: new Map(),
  };
  for (const { labelled, found } of pairs) {
    if (found === labelled) scores.right++;
    for (const [name, c] of scores.byIntent) tally(c, found === name, labelled === name);
    const recorded = exchange(found);
    const owed = exchange(labelled);
    tally(scores.ledgerEntry, recorded !== 'none', owed !== 'none');
    // Right kind: found an entry of the kind labelled. A wrong kind counts against both precision and recall.
    if (recorded !== 'none' && recorded === owed) scores.ledgerKind.tp++;
    else {
      if (recorded !== 'none') scores.ledgerKind.fp++;
      if (owed !== 'none') scores.ledgerKind.fn++;
    }
    const key = `${labelled} → ${found}`;
    scores.confusion.set(key, (scores.confusion.get(key) ?? 0) + 1);
  }
  return scores;
}

function printSideBySide(title: string, columns: [string, Scores][]) {
  console.log(`\n${title}`);
  const row = (name: string, cell: (s: Scores) => string) =>
    console.log(`  ${name.padEnd(26)}${columns.map(([, s]) => cell(s).padEnd(24)).join('')}`);
  console.log(`  ${''.padEnd(26)}${columns.map(([name]) => name.padEnd(24)).join('')}`);
  row('intent accuracy (5 kinds)', (s) => `${ratio(s.right, s.n)} (${s.right}/${s.n})`);
  for (const intent of INTENTS) row(`${intent} P / R`, (s) => pr(s.byIntent.get(intent)!));
  row('ledger entry P / R', (s) => pr(s.ledgerEntry));
  row('…of the right kind P / R', (s) => pr(s.ledgerKind));
}

/** The tone engine's intent alone: what the ledger heard before the their-side corrections. */
const engineIntent = (text: string) => classifyIntent(readTone(text)).label;

// 1. Their messages: intent and promise against the hand labels.
const labelled = messages.flatMap((message) => {
  const label = THEIR_MESSAGE_LABELS[message.id];
  return label && message.previous
    ? [{ message, previous: message.previous, intent: label[0], promised: label[1] }]
    : [];
});
const clockOf = (message: JudgedMessage) => ({
  now: writtenAt((message as { date?: string }).date),
  timeZone: 'UTC',
});

// Leave-one-owner-out for the phrase lists: which owners' messages each their-side phrase fires on.
const lists = Object.entries(THEIR_SIDE_PHRASES) as [keyof TheirSidePhrases, string[]][];
const firesFor = new Map<string, Set<string>>();
for (const { message, previous } of labelled) {
  const sentences = readTone(previous).draft.sentences.map((sentence) => sentence.words);
  for (const [, phrases] of lists)
    for (const phrase of phrases) {
      const set = phraseSet([phrase]);
      if (!sentences.some((words) => containsPhrase(words, set))) continue;
      firesFor.set(phrase, (firesFor.get(phrase) ?? new Set()).add(message.owner));
    }
}
const onlyFor = (owner: string) => (phrase: string) => {
  const owners = firesFor.get(phrase);
  return owners?.size === 1 && owners.has(owner);
};
const listsWithout = (owner: string): TheirSidePhrases =>
  Object.fromEntries(
    lists.map(([name, phrases]) => [name, phrases.filter((phrase) => !onlyFor(owner)(phrase))]),
  ) as TheirSidePhrases;
const ownerOnlyPhrases = [...firesFor].filter(([, owners]) => owners.size === 1).length;

const promise = counts();
const misses: string[] = [];
const readings = labelled.map(({ message, previous, intent, promised }) => {
  const reading = readTheirMessage(previous, clockOf(message));
  const heldOut = readTheirMessage(previous, clockOf(message), listsWithout(message.owner)).intent;
  tally(promise, reading.promises.length > 0, promised);
  if (reading.intent !== intent || promised !== reading.promises.length > 0) {
    const what = `${message.id}: intent ${intent} → ${reading.intent}; promise ${promised} → ${reading.promises.length > 0}`;
    misses.push(show ? `${what}\n    ${oneLine(previous)}` : what);
  }
  return { labelled: intent, engine: engineIntent(previous), rapport: reading.intent, heldOut };
});
const rapport = scoreIntents(readings.map((r) => ({ labelled: r.labelled, found: r.rapport })));

console.log(`Their messages (\`previous\` of dev.jsonl), hand-labelled: n = ${labelled.length}`);
printSideBySide('Intent of their messages against the hand labels', [
  ['tone engine alone', scoreIntents(readings.map((r) => ({ labelled: r.labelled, found: r.engine })))],
  ['Rapport (in-sample)', rapport],
  ['owner held out', scoreIntents(readings.map((r) => ({ labelled: r.labelled, found: r.heldOut })))],
]);
console.log(
  `  (owner held out: ${ownerOnlyPhrases} of ${firesFor.size} phrases that fire here fire for one owner only; each ` +
    `owner's messages are read without those that fire only for that owner)`,
);
console.log(line('their promise', promise));
console.log('confusion of Rapport (labelled → read), most frequent first:');
for (const [key, n] of [...rapport.confusion].sort((a, b) => b[1] - a[1]))
  console.log(`  ${key.padEnd(22)} ${n}`);

// 2. Messages nobody tuned the corrections on: what the owners wrote, labelled by the reviewers.
const reviewed = messages.filter((message) => message.consensus.intent);
const reviewedReadings = reviewed.map((message) => ({
  labelled: message.consensus.intent as Intent,
  engine: engineIntent(message.text),
  rapport: readTheirMessage(message.text).intent,
}));
printSideBySide(
  `Intent of the owners' own messages (\`text\`) against the reviewers' intent, n = ${reviewed.length}`,
  [
    [
      'tone engine alone',
      scoreIntents(reviewedReadings.map((r) => ({ labelled: r.labelled, found: r.engine }))),
    ],
    [
      'Rapport their-side',
      scoreIntents(reviewedReadings.map((r) => ({ labelled: r.labelled, found: r.rapport }))),
    ],
  ],
);

// 3. The user's reply: does it answer what they said (answers_reader), against the reviewers' consensus.
const answers = counts();
const ignores = counts();
let replies = 0;
const replyMisses: string[] = [];
for (const message of messages) {
  const consensus = message.consensus.flags.answers_reader;
  if (message.position !== 'reply' || !message.previous || consensus === null) continue;
  replies++;
  const judged = coachReply(message.text, [readTheirMessage(message.previous)]).answersReader;
  tally(answers, judged, consensus);
  tally(ignores, !judged, !consensus);
  if (judged !== consensus)
    replyMisses.push(
      `${message.id}: reviewers ${consensus}, coach ${judged}` +
        (show ? `\n    them: ${oneLine(message.previous)}\n    reply: ${oneLine(message.text)}` : ''),
    );
}
console.log(`\nReplies with a consensus on answers_reader: n = ${replies}`);
console.log(line('answers_reader = true', answers));
console.log(line('answers_reader = false (ignores them)', ignores));

console.log(`\nMisses (${misses.length} of their messages, ${replyMisses.length} replies):`);
for (const miss of [...misses, ...replyMisses]) console.log(`  ${miss}`);
