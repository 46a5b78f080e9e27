import { unlinkedId } from '../contacts/unlinked';
import type { ConnectionRecord } from './connections-file';
import { contentHash } from './content-hash';
import type { FileReport, ImportPlan } from './import-plan';
import { IMPORTED_ID_PREFIX } from './imported-id';
import type { InvitationRecord } from './invitations-file';
import type { MessageRecord } from './messages-file';
import { isOwner, type Owner } from './owner';
import type { ParsedExport, ParsedFile } from './parse-export';
import { type BuildOptions, PlanBuilder } from './plan-builder';
import type { RowProblem } from './problem';

function report(parsed: ParsedFile<unknown>, imported: number, skipped: RowProblem[]): FileReport {
  const all = [...parsed.skipped, ...skipped].sort((a, b) => a.line - b.line);
  return { file: parsed.file, rows: parsed.rows, imported, skipped: all, errors: parsed.errors };
}

function learnNames(builder: PlanBuilder, parsed: ParsedExport) {
  for (const c of parsed.connections?.records ?? []) builder.directory.add(c.name, c.profileId);
  for (const m of parsed.messages?.records ?? [])
    for (const p of [m.from, ...m.to]) builder.directory.add(p.name, p.profileId);
  for (const i of parsed.invitations?.records ?? [])
    for (const p of [i.from, i.to]) builder.directory.add(p.name, p.profileId);
}

/** A connection row's key: its URL, the URL this export pairs with the name, or a key without an address. */
function connectionIds(builder: PlanBuilder, records: readonly ConnectionRecord[]) {
  const ids = new Map<ConnectionRecord, string>();
  const rowsOfKey = new Map<string, ConnectionRecord[]>();
  for (const record of records) {
    let id = record.profileId ?? builder.directory.idOf(record.name);
    if (!id) {
      // Two rows of one name and day are two people, unless the rows say the same (a file pasted twice).
      const base = unlinkedId(record.name, record.connectedAt);
      const rows = rowsOfKey.get(base) ?? [];
      rowsOfKey.set(base, rows);
      const same = rows.find((row) => row.company === record.company && row.position === record.position);
      id = same ? ids.get(same)! : unlinkedId(record.name, record.connectedAt, rows.length + 1);
      if (!same) rows.push(record);
      builder.unlinked.add(record.name, id);
    }
    ids.set(record, id);
  }
  return ids;
}

function addConnections(builder: PlanBuilder, parsed: NonNullable<ParsedExport['connections']>): FileReport {
  const skipped: RowProblem[] = [];
  const lineOf = new Map<string, number>();
  const ids = connectionIds(builder, parsed.records);
  for (const record of parsed.records) {
    const id = ids.get(record)!;
    const earlier = lineOf.get(id);
    if (earlier !== undefined) {
      skipped.push({ line: record.line, reason: `same person as line ${earlier}` });
      continue;
    }
    lineOf.set(id, record.line);
    builder.contactOf({ name: record.name, profileId: id });
    Object.assign(builder.contacts.get(id)!, {
      name: record.name,
      title: record.position,
      company: record.company,
      email: record.email,
      connectedAt: record.connectedAt,
    });
    // Connecting is where the relationship's history starts: it dates the first follow-up, and for people
    // connected long ago with nothing since, it is what makes them weak ties worth reviving.
    builder.addInteraction({
      id: `${IMPORTED_ID_PREFIX}connected:${id}`,
      line: record.line,
      counterpart: { name: record.name, profileId: id },
      at: record.connectedAt,
      kind: 'connected',
      actor: 'me',
      text: '',
    });
  }
  return report(parsed, lineOf.size, skipped);
}

function messageDirection(message: MessageRecord, owner: Owner | null): 'in' | 'out' | null {
  if (message.direction || !owner) return message.direction;
  if (isOwner(message.from, owner)) return 'out';
  return message.to.some((person) => isOwner(person, owner)) ? 'in' : null;
}

function addMessage(builder: PlanBuilder, message: MessageRecord, owner: Owner | null): RowProblem | null {
  const direction = messageDirection(message, owner);
  if (!direction) return { line: message.line, reason: "the export's owner is neither sender nor recipient" };
  // A group conversation is not one person's exchange, so it moves no one's give/ask balance.
  if (message.to.length > 1)
    return { line: message.line, reason: `group message (${message.to.length} recipients)` };
  const { from, conversationId, at, text } = message;
  return builder.addInteraction({
    id: `${IMPORTED_ID_PREFIX}message:${contentHash(conversationId, String(at), from.name, from.profileId ?? '', text)}`,
    line: message.line,
    counterpart: direction === 'out' ? message.to[0]! : from,
    at,
    kind: direction === 'out' ? 'message-sent' : 'message-received',
    actor: direction === 'out' ? 'me' : 'them',
    text,
  });
}

function addInvitation(builder: PlanBuilder, invitation: InvitationRecord): RowProblem | null {
  const { from, to, at, direction, message } = invitation;
  return builder.addInteraction({
    id: `${IMPORTED_ID_PREFIX}invitation:${contentHash(direction, from.name, to.name, String(at))}`,
    line: invitation.line,
    counterpart: direction === 'out' ? to : from,
    at,
    kind: direction === 'out' ? 'invitation-sent' : 'invitation-received',
    actor: direction === 'out' ? 'me' : 'them',
    text: message,
  });
}

function addAll<R>(parsed: ParsedFile<R>, add: (record: R) => RowProblem | null): FileReport {
  const skipped = parsed.records.map(add).filter((problem): problem is RowProblem => problem !== null);
  return report(parsed, parsed.records.length - skipped.length, skipped);
}

/**
 * Turns the parsed export into the contacts and interactions to write: connections first (they carry the most
 * about a person), then messages oriented by the owner, then invitations. Pure: the same input, the same plan.
 */
export function buildImport(parsed: ParsedExport, owner: Owner | null, options: BuildOptions): ImportPlan {
  const builder = new PlanBuilder(options);
  learnNames(builder, parsed);
  const reports: ImportPlan['reports'] = {};
  if (parsed.connections) reports.connections = addConnections(builder, parsed.connections);
  if (parsed.messages) reports.messages = addAll(parsed.messages, (m) => addMessage(builder, m, owner));
  if (parsed.invitations) reports.invitations = addAll(parsed.invitations, (i) => addInvitation(builder, i));
  return { contacts: [...builder.contacts.values()], interactions: builder.interactions, reports };
}
