// `npm run conformance -- <dir>`: runs the profile extractor over every saved page in <dir> (and its subfolders)
// whose folder has an expected*.json, and prints per-field accuracy. Exit 0 when the run happened, whatever the
// score; 2 when it could not (no such folder, no expected files, unreadable JSON).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractProfile } from '../lib/linkedin/extract';
import type { ProfileSnapshot } from '../lib/schema/profile-snapshot';

/** One page's expected values, as in ../shared/data/README.md; an absent field is not checked. */
export interface ExpectedPage {
  url?: string;
  profile?: null;
  name?: string;
  headline?: string | null;
  location?: string | null;
  degree?: 1 | 2 | 3 | null;
  mutualConnections?: number | null;
  connections?: string | null;
  followers?: string | null;
  isOwnProfile?: boolean;
  currentTitle?: string | null;
  currentCompany?: string | null;
}

export interface Check {
  file: string;
  field: string;
  expected: unknown;
  actual: unknown;
  right: boolean;
}

/** Negatives carry no address; they must be rejected for what they show, even served at a profile address. */
const ADDRESS_FOR_PAGES_WITHOUT_ONE = 'https://www.linkedin.com/in/page-without-address/';

const FIELD_OF: Record<string, (p: ProfileSnapshot) => unknown> = {
  name: (p) => p.name,
  headline: (p) => p.headline,
  location: (p) => p.location,
  degree: (p) => p.degree,
  mutualConnections: (p) => p.mutualCount,
  connections: (p) => p.connections,
  followers: (p) => p.followers,
  isOwnProfile: (p) => p.isOwnProfile,
  currentTitle: (p) => p.title,
  currentCompany: (p) => p.company,
};

function normalise(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : (value ?? null);
}

export function checkPage(file: string, expected: ExpectedPage, html: string): Check[] {
  const url = expected.url ?? ADDRESS_FOR_PAGES_WITHOUT_ONE;
  const { document } = new JSDOM(html, {
    url,
    contentType: 'text/html',
    virtualConsole: new VirtualConsole(),
  }).window;
  const result = extractProfile(document, url);
  if (expected.profile === null) {
    const actual = result.profile ? `profile of ${result.profile.name}` : null;
    return [{ file, field: 'rejected', expected: null, actual, right: result.profile === null }];
  }
  const found: Check = {
    file,
    field: 'found',
    expected: 'a profile',
    actual: result.reason ?? 'a profile',
    right: !!result.profile,
  };
  const fields = Object.keys(FIELD_OF).filter((field) => field in expected);
  return [
    found,
    ...fields.map((field) => {
      const want = normalise(expected[field as keyof ExpectedPage]);
      const got = result.profile ? normalise(FIELD_OF[field]!(result.profile)) : undefined;
      return { file, field, expected: want, actual: got, right: want === got };
    }),
  ];
}

function expectedIn(dir: string): Record<string, ExpectedPage> {
  const merged: Record<string, ExpectedPage> = {};
  for (const name of readdirSync(dir).sort()) {
    if (/^expected.*\.json$/.test(name))
      Object.assign(merged, JSON.parse(readFileSync(join(dir, name), 'utf8')));
  }
  return merged;
}

export function checkFolder(root: string): Check[] {
  const checks: Check[] = [];
  const visit = (dir: string) => {
    for (const [file, expected] of Object.entries(expectedIn(dir))) {
      const path = join(dir, file);
      if (!existsSync(path))
        throw new Error(`${relative(root, path)} is listed in expected.json but missing`);
      checks.push(...checkPage(relative(root, path), expected, readFileSync(path, 'utf8')));
    }
    for (const entry of readdirSync(dir).sort()) {
      if (statSync(join(dir, entry)).isDirectory()) visit(join(dir, entry));
    }
  };
  visit(root);
  return checks;
}

/** A page's layout era: the year that opens the deepest folder named by one ("2025-2026/2026-sdui" → 2026). */
export function eraOf(file: string): string {
  const folders = file.split(/[\\/]/).slice(0, -1).reverse();
  return folders.map((folder) => /^((?:19|20)\d{2})\b/.exec(folder)?.[1]).find(Boolean) ?? 'other';
}

function score(checks: readonly Check[]): string {
  if (checks.length === 0) return '';
  const right = checks.filter((c) => c.right).length;
  return `${right}/${checks.length} ${((100 * right) / checks.length).toFixed(0)}%`;
}

/** Per field: all pages, then each layout era. */
function table(checks: Check[]): string {
  const order = ['found', 'rejected', ...Object.keys(FIELD_OF)];
  const eras = [...new Set(checks.map((c) => eraOf(c.file)))].sort();
  const columns = ['all', ...eras];
  const width = 12;
  const rows = order.flatMap((field) => {
    const of = checks.filter((c) => c.field === field);
    if (of.length === 0) return [];
    const cells = columns.map((era) =>
      score(era === 'all' ? of : of.filter((c) => eraOf(c.file) === era)).padStart(width),
    );
    return [`| ${field.padEnd(17)} | ${cells.join(' | ')} |`];
  });
  return [
    `| ${'field'.padEnd(17)} | ${columns.map((c) => c.padStart(width)).join(' | ')} |`,
    `|${'-'.repeat(19)}|${columns.map(() => '-'.repeat(width + 2)).join('|')}|`,
    ...rows,
  ].join('\n');
}

function main(args: string[]): number {
  const dir = args.find((arg) => !arg.startsWith('-'));
  if (!dir || !existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error('usage: npm run conformance -- <folder with expected*.json>');
    return 2;
  }
  let checks: Check[];
  try {
    checks = checkFolder(resolve(dir));
  } catch (error) {
    console.error(`conformance could not run: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  if (checks.length === 0) {
    console.error(`no expected*.json under ${dir}`);
    return 2;
  }
  console.log(`${new Set(checks.map((c) => c.file)).size} pages under ${dir}\n`);
  console.log(table(checks));
  console.log('\nper folder:');
  for (const folder of [...new Set(checks.map((c) => dirname(c.file)))].sort()) {
    console.log(
      `  ${folder.padEnd(44)} ${score(checks.filter((c) => dirname(c.file) === folder)).padStart(12)}`,
    );
  }
  const wrong = checks.filter((c) => !c.right);
  console.log(wrong.length === 0 ? '\nno mismatches' : '\nmismatches:');
  for (const c of wrong) {
    console.log(
      `  ${c.file}  ${c.field}: expected ${JSON.stringify(c.expected)}, got ${JSON.stringify(c.actual)}`,
    );
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = main(process.argv.slice(2));
