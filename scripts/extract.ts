// `npm run -s extract -- <page.html> [--url <profile url>]`: prints the snapshot of one saved page as JSON,
// or {"profile": null, "reason": …}. Exit 0 either way; 2 on a usage or file error.
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractProfile } from '../lib/linkedin/extract';
import { pageProfileAddress } from '../lib/linkedin/extract/page-address';

const USAGE = 'usage: npm run -s extract -- <page.html> [--url <profile url>]';

function main(args: string[]): number {
  const urlAt = args.indexOf('--url');
  const url = urlAt >= 0 ? args[urlAt + 1] : undefined;
  const file = args.find((arg, i) => !arg.startsWith('--') && (urlAt < 0 || i !== urlAt + 1));
  if (!file || (urlAt >= 0 && !url)) {
    console.error(USAGE);
    return 2;
  }
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const { document } = new JSDOM(html, {
    url: url ?? 'https://www.linkedin.com/',
    virtualConsole: new VirtualConsole(),
  }).window;
  const address = url ?? pageProfileAddress(document);
  const result = address
    ? extractProfile(document, address)
    : { profile: null, reason: 'the page names no profile address of its own; pass --url <profile url>' };
  console.log(JSON.stringify(result, null, 2));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
