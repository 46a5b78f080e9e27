// `npm run -s tone -- < draft.txt` prints the readable tone report of one draft.
// `npm run -s tone -- --jsonl < in.jsonl` scores a batch the way the reviewers of the judged LinkedIn messages
// did. Each input line: {"id", "text"} and optionally "kind" (message | connection-note | inmail),
// "position" (first | reply | nudge), "recipient_first_name", "previous" (the other person's last message) and
// "situation". Each output line: {"id", "overall", "warm", "clear", "professional" (1–5), "verdict", "intent",
// "flags" (the rubric's flag names, booleans), "hints" (rule ids of the hints shown)}.
// The batch is taken as what one writer sent: a text sent to several people in it counts as a template.
// Options for a single draft: --kind, --situation, --name "<recipient name>", --company "<company>".
import { createInterface } from 'node:readline';
import { analyzeTone, type MessageKind, type Situation, type ToneContext } from '../lib/tone';
import { contextOf, type MessageInput } from './tone/judged-messages';
import { withSentTemplates } from './tone/judgement-rows';
import { lineOf } from './tone/predict-line';
import { printReport } from './tone/print-report';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};

async function batch() {
  const inputs: (MessageInput & { situation?: Situation })[] = [];
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (!line.trim()) continue;
    try {
      const row = JSON.parse(line);
      if (typeof row !== 'object' || row === null) throw new Error('not an object');
      inputs.push({ ...row, id: row.id ?? null, text: typeof row.text === 'string' ? row.text : '' });
    } catch {
      process.stderr.write(`skipped a line that is not a JSON object: ${line.slice(0, 80)}\n`);
    }
  }
  const contexts = withSentTemplates(inputs);
  inputs.forEach((input, i) => {
    const context: ToneContext = {
      ...contexts[i],
      ...(input.situation ? { situation: input.situation } : {}),
    };
    process.stdout.write(`${JSON.stringify(lineOf(input.id, analyzeTone(input.text, context)))}\n`);
  });
}

async function single() {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8').replace(/\n$/, '');
  const context: ToneContext = {
    ...contextOf({ id: '', text, kind: option('kind') as MessageKind | undefined }),
    situation: option('situation') as Situation | undefined,
    recipientName: option('name'),
    company: option('company'),
    now: Date.now(),
  };
  console.log(printReport(text, analyzeTone(text, context)));
}

await (args.includes('--jsonl') ? batch() : single());
