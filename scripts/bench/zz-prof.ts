// TEMPORARY (not committed): the worker's read and build, timed in Node.
import { zipSync } from 'fflate';
import { buildImport } from '../../lib/import/build-import';
import { readExport } from '../../lib/import/read-export';
import { generateExport } from './import-export-generator';

const files = generateExport(30_000, 200_000);
const zip = zipSync(Object.fromEntries(files.map((f) => [`Basic_LinkedInDataExport/${f.name}`, f.bytes])));
let t = performance.now();
const { parsed, owners } = readExport([{ name: 'export.zip', bytes: zip }]);
console.log('read', Math.round(performance.now() - t));
t = performance.now();
const plan = buildImport(parsed, owners[0] ?? null, { now: Date.now(), storeExcerpts: false, known: [] });
console.log('build', Math.round(performance.now() - t), plan.contacts.length, plan.interactions.length);
t = performance.now();
let n = 0;
for (let i = 0; i < plan.interactions.length; i += 1000)
  n += JSON.stringify({ contacts: plan.contacts.slice(i, i + 1000), interactions: plan.interactions.slice(i, i + 1000) }).length;
console.log('serialise', Math.round(performance.now() - t), n);
