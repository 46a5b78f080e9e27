import { type StagedOutcome, sendStaged } from '../import/send-import';
import type { Backup } from '../protocol/backup';
import { send, type Transport } from '../protocol/client';
import { IMPORT_CHUNK_SIZE } from '../protocol/import-chunk-size';
import type { ResponseOf } from '../protocol/map';

/**
 * Restores a checked backup through the import's staging: chunks of every table (each checked again by the
 * background as it arrives), then one commit that replaces everything. No message carries the whole backup.
 */
export function sendRestore(
  transport: Transport,
  backup: Backup,
  restoreId: string,
): Promise<StagedOutcome<ResponseOf<'restore/commit'>>> {
  const size = IMPORT_CHUNK_SIZE;
  const { contacts, interactions, commitments, followUps, ownProfile, heard, events, intros, mutualChoices } =
    backup;
  const longest = Math.max(
    ...[contacts, interactions, commitments, followUps, heard, events, intros, mutualChoices].map(
      (rows) => rows.length,
    ),
  );
  const source = {
    chunks: Math.max(Math.ceil(longest / size), 1),
    chunk: async (seq: number) => {
      const slice = <T>(rows: T[]) => rows.slice(seq * size, (seq + 1) * size);
      return {
        contacts: slice(contacts),
        interactions: slice(interactions),
        commitments: slice(commitments),
        followUps: slice(followUps),
        ownProfile: slice(ownProfile),
        heard: slice(heard),
        events: slice(events),
        intros: slice(intros),
        mutualChoices: slice(mutualChoices),
      };
    },
  };
  return sendStaged(transport, source, { importId: restoreId }, (chunks) =>
    send(transport, 'restore/commit', { importId: restoreId, chunks }),
  );
}
