// Writes docs/why.md, the "Why?" page of the extension as Markdown, from lib/why/principles.ts.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { whyMarkdown } from '../lib/why/principles';

writeFileSync(resolve(import.meta.dirname, '../docs/why.md'), whyMarkdown());
console.log('wrote docs/why.md');
