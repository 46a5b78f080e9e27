// `npm run -s import-check -- <folder>`: reads the LinkedIn export CSV files in a folder the way the extension
// does and prints, per file, rows = imported + skipped, every skipped row with its physical line (1-based, the
// "Notes:" preamble counted). A missing file is reported with rows 0. The inferred owner goes to stderr.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isUnlinked } from '../lib/contacts/unlinked';
import { buildImport } from '../lib/import/build-import';
import { type ExportKind, kindOfFileName } from '../lib/import/export-files';
import { ownerCandidates } from '../lib/import/owner';
import { type ParsedExport, parseExportFile } from '../lib/import/parse-export';
import { ImportInputError } from '../lib/import/problem';
import { unreadableFile } from '../lib/import/unreadable-file';

const KINDS: { kind: ExportKind; imported: string }[] = [
  { kind: 'connections', imported: 'contacts' },
  { kind: 'messages', imported: 'interactions' },
  { kind: 'invitations', imported: 'interactions' },
];

const folder = process.argv[2];
if (!folder || !existsSync(folder) || !statSync(folder).isDirectory()) {
  console.error(
    'usage: npm run -s import-check -- <folder with Connections.csv, messages.csv, Invitations.csv>',
  );
  process.exit(2);
}

const parsed: ParsedExport = {};
for (const name of readdirSync(folder).sort()) {
  const kind = kindOfFileName(name);
  if (!kind) continue;
  const text = readFileSync(join(folder, name), 'utf8');
  try {
    parseExportFile({ kind, name, text }, parsed);
  } catch (error) {
    if (!(error instanceof ImportInputError)) throw error;
    parsed[kind] = unreadableFile(name, text, error.reason);
  }
}

const [owner] = ownerCandidates(parsed.messages?.records ?? [], parsed.invitations?.records);
if (owner) {
  console.error(
    `owner: ${owner.name} (${owner.profileId ?? 'no profile URL'}), in ${Math.round(owner.share * 100)}% of conversations`,
  );
}
const plan = buildImport(parsed, owner ?? null, { now: Date.now(), storeExcerpts: false, known: [] });

const out: Record<string, unknown> = {};
for (const { kind, imported } of KINDS) {
  const report = plan.reports[kind];
  const skipped = report ? [...report.errors, ...report.skipped].sort((a, b) => a.line - b.line) : [];
  out[kind] = { rows: report?.rows ?? 0, [imported]: report?.imported ?? 0, skipped };
}
// Connections from exports before 2024 carry no profile address: they are kept by name until a visit links them.
const connections = out.connections as Record<string, unknown>;
connections.withoutAddress = plan.contacts.filter((contact) => isUnlinked(contact)).length;
console.log(JSON.stringify(out, null, 2));
