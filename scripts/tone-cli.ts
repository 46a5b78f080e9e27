// `npm run -s tone -- < draft.txt` prints the readable tone report of one draft.
// `npm run -s tone -- --jsonl < in.jsonl` reads lines {"id": …, "text": …} and writes one line per input:
//   {"id": …, "politeness": <number>, "intent": "<ask|give|thanks|follow-up|other>", "scores": {…}}
// Options: --kind message|connection-note|inmail|comment, --name "<recipient name>", --company "<company>".
import { createInterface } from 'node:readline';
import { analyzeTone, type MessageKind, type ToneContext } from '../lib/tone';
import { printReport } from './tone/print-report';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const context: ToneContext = {
  kind: (option('kind') as MessageKind | undefined) ?? 'message',
  recipientName: option('name'),
  company: option('company'),
  now: Date.now(),
};

async function batch() {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (!line.trim()) continue;
    let row: { id?: unknown; text?: unknown };
    try {
      row = JSON.parse(line);
    } catch {
      process.stderr.write(`skipped a line that is not JSON: ${line.slice(0, 80)}\n`);
      continue;
    }
    const report = analyzeTone(typeof row.text === 'string' ? row.text : '', context);
    const out = {
      id: row.id ?? null,
      politeness: report.politeness,
      intent: report.intent.label,
      scores: report.scores,
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
}

async function single() {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8').replace(/\n$/, '');
  console.log(printReport(text, analyzeTone(text, context)));
}

await (args.includes('--jsonl') ? batch() : single());
