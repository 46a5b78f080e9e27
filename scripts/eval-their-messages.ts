// `npm run eval:their-messages` — how well Rapport reads the OTHER person's messages (issue 14), on real LinkedIn
// messages (../shared/data/linkedin-messages/dev.jsonl; read at run time, never copied into the project):
//   1. intent and promise of their message (`previous`) against hand labels (scripts/coach/their-message-labels.ts:
//      ids and labels only), i.e. what the ledger records from a conversation: their asks, gives, thanks, promises;
//   2. `answers_reader` of the user's reply (does it answer what they said?) against the reviewers' consensus.
// Nothing here is trained on these messages; the figures are in-sample only in that the rules were written by
// people who had read some of them.
//   --show   print each miss with its message, to study them locally (the output is never stored)

import { coachReply } from '../lib/coach/coach-reply';
import { readTheirMessage } from '../lib/coach/their-message';
import { exchangeOf } from '../lib/engine/exchange';
import type { Intent } from '../lib/schema/interaction';
import { THEIR_MESSAGE_LABELS } from './coach/their-message-labels';
import { loadJudgedMessages } from './tone/judged-messages';

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
const oneLine = (text: string) => text.replace(/\s+/g, ' ').slice(0, 220);

/** When they wrote: the month dev.jsonl gives, mid-month (only due dates depend on it). */
const writtenAt = (date: unknown) => {
  const [year, month] = String(date ?? '2020-01')
    .split('-')
    .map(Number);
  return Date.UTC(year ?? 2020, (month ?? 1) - 1, 15, 12);
};

// 1. Their messages: intent and promise against the hand labels.
const INTENTS: Intent[] = ['ask', 'give', 'thanks', 'follow-up', 'other'];
const byIntent = new Map(INTENTS.map((intent) => [intent, counts()]));
const ledgerEntry = counts();
const ledgerKind = counts();
const promise = counts();
const confusion = new Map<string, number>();
let labelled = 0;
let intentRight = 0;
const misses: string[] = [];
for (const message of messages) {
  const label = THEIR_MESSAGE_LABELS[message.id];
  if (!label || !message.previous) continue;
  const [intent, promised] = label;
  labelled++;
  const reading = readTheirMessage(message.previous, {
    now: writtenAt((message as { date?: string }).date),
    timeZone: 'UTC',
  });
  const found = reading.intent;
  if (found === intent) intentRight++;
  for (const [name, c] of byIntent) tally(c, found === name, intent === name);
  // What the ledger records from a conversation (lib/background/handlers/thread-read.ts): a message received whose
  // intent is an ask, a give or thanks; everything else only moves "last in touch".
  const exchange = (value: Intent) =>
    exchangeOf({ kind: 'message-received', exchange: 'none', intent: value });
  const recorded = exchange(found);
  const owed = exchange(intent);
  tally(ledgerEntry, recorded !== 'none', owed !== 'none');
  // Right kind: found an entry of the kind labelled. A wrong kind counts against both precision and recall.
  const right = recorded !== 'none' && recorded === owed;
  if (right) ledgerKind.tp++;
  else {
    if (recorded !== 'none') ledgerKind.fp++;
    if (owed !== 'none') ledgerKind.fn++;
  }
  tally(promise, reading.promises.length > 0, promised);
  const key = `${intent} → ${found}`;
  confusion.set(key, (confusion.get(key) ?? 0) + 1);
  if (found !== intent || promised !== reading.promises.length > 0) {
    const what = `${message.id}: intent ${intent} → ${found}; promise ${promised} → ${reading.promises.length > 0}`;
    misses.push(show ? `${what}\n    ${oneLine(message.previous)}` : what);
  }
}

console.log(`Their messages (\`previous\` of dev.jsonl), hand-labelled: n = ${labelled}`);
console.log(
  `intent accuracy (5 kinds)          ${ratio(intentRight, labelled)}  (${intentRight}/${labelled})`,
);
for (const [name, c] of byIntent) console.log(line(`intent = ${name}`, c));
console.log(line('ledger records an entry', ledgerEntry));
console.log(line('ledger records the right kind', ledgerKind));
console.log(line('their promise', promise));
console.log('confusion (labelled → read), most frequent first:');
for (const [key, n] of [...confusion].sort((a, b) => b[1] - a[1])) console.log(`  ${key.padEnd(22)} ${n}`);

// 2. The user's reply: does it answer what they said (answers_reader), against the reviewers' consensus.
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
