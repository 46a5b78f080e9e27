import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractProfile } from '../../../lib/linkedin/extract';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/linkedin');

export function documentOf(html: string, url = 'https://www.linkedin.com/in/someone/'): Document {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
}

export function extractHtml(html: string, url = 'https://www.linkedin.com/in/someone/') {
  return extractProfile(documentOf(html, url), url);
}

export function extractFixture(path: string, url: string) {
  return extractHtml(readFileSync(join(FIXTURES, path), 'utf8'), url);
}
