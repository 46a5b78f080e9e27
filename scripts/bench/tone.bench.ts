// Tone engine speed: a 1,000-character draft must take under 1 ms (median), 20,000 under 10 ms, cost must grow
// linearly with length, hostile input must stay under 50 ms, and the weights file must stay under 200 KB.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeTone } from '../../lib/tone';
import { type Benchmark, type BenchResult, measure, sizeResult } from './harness';

// Invented sentences in the voice of real drafts: greetings, asks, promises, hedges, emoji, a typo of slang.
const SENTENCES = [
  'Hi Mira, thanks so much for your talk on supply-chain analytics at the Oslo summit last week.',
  "I'll send you the deck by Friday, and I think the pricing section might interest your team.",
  'Sorry to bother you, but could you maybe introduce me to someone on the platform team?',
  'What excites you most about the work you are doing at Northwind this year? 🙂',
  'We are hiring two senior engineers and I would love your perspective on the role!!',
  'Just a quick question: do you know if the meetup is on again in March?',
  'No worries if not, I know you are busy and u probably get a lot of these messages.',
];

function draftOf(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${SENTENCES[i % SENTENCES.length]} `;
  return text.slice(0, length);
}

const CONTEXT = {
  recipientName: 'Mira Holm',
  company: 'Northwind',
  now: Date.UTC(2025, 0, 1),
  kind: 'message',
} as const;
const SIZES = [250, 1_000, 2_000, 5_000, 10_000, 20_000];

const sized: Benchmark[] = SIZES.map((size) => {
  const text = draftOf(size);
  return {
    name: `tone: analyzeTone ${size.toLocaleString('en')} chars`,
    input: `${size.toLocaleString('en')}-character draft`,
    n: size > 5_000 ? 50 : 200,
    warmup: 20,
    run: () => analyzeTone(text, CONTEXT),
  };
});

const HOSTILE: [string, string][] = [
  ['100,000-character draft', draftOf(100_000)],
  ["'a' × 100,000", 'a'.repeat(100_000)],
  ["'!' × 100,000", '!'.repeat(100_000)],
  ["'sorry ' × 20,000", 'sorry '.repeat(20_000)],
  ['emoji × 20,000', '🎉'.repeat(20_000)],
  ['HTML, 50,000 chars', '<div class="x"><b>Hi</b> *there*</div>\n'.repeat(1_300).slice(0, 50_000)],
  // Thousands of sentences, and one rule with thousands of marks: what made grouping quadratic (session 6).
  ["'hi\\n' × 33,334 (one-word lines)", 'hi\n'.repeat(33_334)],
  ["'Sorry. ' × 14,286", 'Sorry. '.repeat(14_286)],
];

const hostile: Benchmark[] = HOSTILE.map(([input, text]) => ({
  name: `tone: hostile ${input}`,
  input: `${input} (budget 50 ms)`,
  n: 10,
  warmup: 2,
  run: () => analyzeTone(text, { kind: 'connection-note', recipientName: 'Mira' }),
}));

export const benchmarks: Benchmark[] = hostile;

const GROWTH_SHAPES: [string, string][] = [
  ["'!'", '!'],
  ["'sorry '", 'sorry '],
  ["'hi\\n'", 'hi\n'],
  ["'Sorry. '", 'Sorry. '],
];
const GROWTH_SIZES = [5_000, 20_000, 25_000, 50_000, 100_000];

/** The length curve as cost per 1,000 characters (flat = linear), and the model file's size. */
export async function report(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const bench of sized) {
    const result = await measure(bench);
    const size = SIZES[sized.indexOf(bench)]!;
    results.push({
      ...result,
      extra: { msPer1kChars: Math.round((result.median / size) * 1000 * 1000) / 1000 },
    });
  }
  // Hostile shapes at growing lengths: cost per 1,000 characters should stay flat up to the 20,000 analysed
  // (MAX_ANALYSED_CHARS) and the total flat beyond it; a rising figure is a super-linear step.
  for (const [shape, unit] of GROWTH_SHAPES) {
    for (const size of GROWTH_SIZES) {
      const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
      const result = await measure({
        name: `tone: growth ${shape} ${size.toLocaleString('en')} chars`,
        input: `${shape} to ${size.toLocaleString('en')} characters`,
        n: 10,
        warmup: 2,
        run: () => analyzeTone(text, { kind: 'connection-note', recipientName: 'Mira' }),
      });
      const analysed = Math.min(size, 20_000);
      results.push({
        ...result,
        extra: { msPer1kAnalysedChars: Math.round((result.median / analysed) * 1e6) / 1e3 },
      });
    }
  }
  const weights = statSync(join(import.meta.dirname, '..', '..', 'lib', 'tone', 'model-weights.json')).size;
  results.push(
    sizeResult('tone: model-weights.json size', 'lib/tone/model-weights.json (budget 200 KB)', weights),
  );
  return results;
}
