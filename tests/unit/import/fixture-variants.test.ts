import { describe, expect, it } from 'vitest';
import { buildImport } from '../../../lib/import/build-import';
import type { BuildOptions } from '../../../lib/import/plan-builder';
import { readExport } from '../../../lib/import/read-export';
import { fixtureFiles } from './fixture-export';

const NOW = Date.UTC(2026, 2, 1);
const options: BuildOptions = { now: NOW, storeExcerpts: false, known: [] };

function importOf(variant: string, overrides: Partial<BuildOptions> = {}) {
  const { parsed, owners } = readExport(fixtureFiles(variant));
  return { owners, plan: buildImport(parsed, owners[0] ?? null, { ...options, ...overrides }) };
}

describe('Connections.csv variants', () => {
  it('2024: reads the preamble, URL column, quoted commas and doubled quotes, trims names', () => {
    const { plan } = importOf('2024-12');
    const hana = plan.contacts.find((c) => c.id === 'hana-sato-demo');
    expect(hana).toMatchObject({
      name: 'Hana Sato',
      company: 'CivicMinds, Inc',
      title: 'Policy Analyst',
      connectedAt: Date.UTC(2024, 11, 16, 12),
      source: 'import',
      profileUrl: 'https://www.linkedin.com/in/hana-sato-demo/',
    });
    expect(plan.contacts.find((c) => c.id === 'james-moreau-demo')).toMatchObject({
      name: 'James "Tyler" Moreau',
      email: 'james@example.com',
    });
    expect(plan.contacts.find((c) => c.id === 'ruth-adeyemi-demo')?.name).toBe('Ruth Adeyemi');
    // Line 8 counts the three preamble lines, the blank line and the header.
    expect(plan.reports.connections).toMatchObject({ rows: 4, imported: 3, errors: [] });
    expect(plan.reports.connections?.skipped).toEqual([
      { line: 8, reason: 'no name or profile URL (a deactivated or hidden member)' },
    ]);
  });

  it('2022: no URL column, so a connection is keyed by the profile URL its messages give', () => {
    const { plan } = importOf('2022-09');
    expect(plan.contacts.find((c) => c.id === 'priya-raman-demo')).toMatchObject({
      name: 'Priya Raman',
      company: 'Northbeam Analytics',
      connectedAt: Date.UTC(2022, 8, 9, 12),
    });
    expect(plan.contacts.find((c) => c.id === 'lukas-brandt-demo')?.title).toBe('Head of Sales');
  });

  it('2018: without any URL, every connection becomes a contact without an address, never joined by name alone', () => {
    // A stored Tobias Renner may be another person: the export's record waits for a visit to their page.
    const { plan } = importOf('2018', { known: [{ id: 'tobias-renner-7', name: 'Tobias Renner' }] });
    expect(plan.contacts.map((c) => [c.id, c.profileUrl])).toEqual([
      ['unlinked/tobias renner/2018-01-08', ''],
      ['unlinked/ines castellano/2018-03-22', ''],
      ['unlinked/oskar vale/2017-12-01', ''],
    ]);
    expect(plan.reports.connections).toMatchObject({ rows: 3, imported: 3, skipped: [] });
    expect(plan.contacts[0]).toMatchObject({
      email: 'tobias.renner@example.org',
      connectedAt: Date.UTC(2018, 0, 8, 18, 14),
    });
  });

  it('2018: a member URN in the e-mail column is not kept as an address', () => {
    const { plan } = importOf('2018');
    expect(plan.contacts.find((c) => c.name === 'Ines Castellano')?.email).toBe('');
  });

  it('a spreadsheet re-save: CRLF, no preamble, 23-Apr-23 dates', () => {
    const { plan } = importOf('spreadsheet');
    expect(plan.contacts.map((c) => [c.id, c.connectedAt])).toEqual([
      ['kwame-mensah-demo', Date.UTC(2023, 3, 23, 12)],
      ['elif-demir-demo', Date.UTC(2026, 1, 6, 12)],
    ]);
  });
});

describe('messages.csv variants', () => {
  it('infers the owner from who is in every conversation and orients each message by them', () => {
    const { owners, plan } = importOf('2024-12');
    expect(owners[0]).toMatchObject({ name: 'Mira Okafor', profileId: 'mira-okafor-demo', share: 1 });
    const messages = plan.interactions.filter((i) => i.kind.startsWith('message'));
    expect(messages.map((m) => [m.contactId, m.kind, m.actor, m.intent])).toEqual([
      ['hana-sato-demo', 'message-received', 'them', 'thanks'],
      ['hana-sato-demo', 'message-sent', 'me', 'give'],
      ['ruth-adeyemi-demo', 'message-sent', 'me', 'ask'],
      ['ruth-adeyemi-demo', 'message-received', 'them', 'give'],
    ]);
    expect(messages.every((m) => m.excerpt === '' && m.source === 'import')).toBe(true);
  });

  it('skips drafts by either flag, with their lines', () => {
    const { plan } = importOf('2024-12');
    expect(plan.reports.messages?.skipped).toEqual([
      { line: 4, reason: 'draft, never sent' },
      { line: 7, reason: 'draft, never sent' },
    ]);
  });

  it('2026: keeps a message that is only an attachment, skips the draft', () => {
    const { plan } = importOf('2026-02');
    const zofia = plan.interactions.filter((i) => i.contactId === 'zofia-nowak-demo').map((i) => i.kind);
    expect(zofia).toEqual(['connected', 'message-received', 'message-sent', 'invitation-received']);
  });

  it('2023: skips group messages and system events; a sent message finds its recipient by URL', () => {
    const { plan } = importOf('2023-04');
    expect(plan.interactions.map((i) => [i.contactId, i.kind])).toEqual([
      ['dara-quinn-demo', 'message-sent'],
      ['dara-quinn-demo', 'message-received'],
    ]);
    expect(plan.reports.messages?.skipped.map((s) => s.reason)).toEqual([
      'group message (2 recipients)',
      'no text (a system event)',
    ]);
  });

  it('2022: a sent message without a recipient URL finds the recipient by name; spam is left out', () => {
    const { plan } = importOf('2022-09');
    const sent = plan.interactions.find((i) => i.kind === 'message-sent');
    expect(sent?.contactId).toBe('priya-raman-demo');
    expect(plan.contacts.some((c) => c.id === 'spammy-sender-demo')).toBe(false);
  });

  it('2018: uses the Direction column and decodes HTML entities', () => {
    const { plan } = importOf('2018', { storeExcerpts: true });
    const messages = plan.interactions.filter((i) => i.kind.startsWith('message'));
    expect(messages.map((i) => [i.contactId, i.kind, i.excerpt])).toEqual([
      [
        'unlinked/tobias renner/2018-01-08',
        'message-received',
        'I\u2019d love to hear how the migration went. Could we talk next week?',
      ],
      [
        'unlinked/tobias renner/2018-01-08',
        'message-sent',
        'Thanks Tobias! I\u2019ll send you the write-up by Friday.',
      ],
      ['unlinked/ines castellano/2018-03-22', 'message-sent', 'Happy to introduce you to our design lead.'],
    ]);
  });

  it('dates each connection as a "connected" interaction, once per person', () => {
    const { plan } = importOf('2024-12');
    const connected = plan.interactions.filter((i) => i.kind === 'connected');
    expect(connected.map((i) => i.contactId).sort()).toEqual(
      plan.contacts
        .filter((c) => c.connectedAt !== null)
        .map((c) => c.id)
        .sort(),
    );
    for (const interaction of connected) {
      expect(interaction.at).toBe(plan.contacts.find((c) => c.id === interaction.contactId)?.connectedAt);
    }
  });

  it('sets lastInteractionAt from the latest imported interaction', () => {
    const { plan } = importOf('2024-12');
    expect(plan.contacts.find((c) => c.id === 'hana-sato-demo')?.lastInteractionAt).toBe(
      Date.UTC(2024, 11, 17, 8, 2, 10),
    );
  });
});

describe('Invitations.csv variants', () => {
  it('2024: direction from the file, people from the profile URLs, even when not yet connected', () => {
    const { plan } = importOf('2024-12');
    const invitations = plan.interactions.filter((i) => i.kind.startsWith('invitation'));
    expect(invitations.map((i) => [i.contactId, i.kind, i.actor])).toEqual([
      ['hana-sato-demo', 'invitation-sent', 'me'],
      ['nils-berg-demo', 'invitation-received', 'them'],
    ]);
    expect(plan.contacts.find((c) => c.id === 'nils-berg-demo')).toMatchObject({
      name: 'Nils Berg',
      connectedAt: null,
    });
  });

  it('2022: an invitation without URLs finds the person through the other files', () => {
    const { plan } = importOf('2022-09');
    expect(plan.interactions.find((i) => i.kind === 'invitation-received')?.contactId).toBe(
      'lukas-brandt-demo',
    );
  });
});

describe('row accounting and broken files', () => {
  it.each([
    '2018',
    '2022-09',
    '2023-04',
    '2024-12',
    '2026-02',
    'spreadsheet',
    'broken-quote',
    'unknown-date',
  ])('%s: rows = imported + skipped + errors for every file', (variant) => {
    for (const report of Object.values(importOf(variant).plan.reports)) {
      expect(report.rows).toBe(report.imported + report.skipped.length + report.errors.length);
    }
  });

  it('a broken quote is an error at the line where the field opens', () => {
    expect(importOf('broken-quote').plan.reports.connections?.errors).toEqual([
      { line: 6, reason: 'broken quote: a quoted field is never closed' },
    ]);
  });

  it('an unknown date format is an error naming the line and the value', () => {
    expect(importOf('unknown-date').plan.reports.messages?.errors).toEqual([
      { line: 3, reason: 'unknown date format in DATE: "01.05.2024 12:00"' },
    ]);
  });

  it('importing the same files twice builds the same ids', () => {
    const first = importOf('2024-12').plan.interactions.map((i) => i.id);
    expect(importOf('2024-12').plan.interactions.map((i) => i.id)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });
});
