import type { Interaction, InteractionKind } from '../../schema/interaction';
import type { RapportDatabase } from '../database';

/** Interactions of the given kinds in [since, now], through the [kind+at] index: cost follows the window, not the table. */
export async function recentOfKinds(
  db: RapportDatabase,
  kinds: readonly InteractionKind[],
  since: number,
  now: number,
): Promise<Interaction[]> {
  const perKind = await Promise.all(
    kinds.map((kind) =>
      db.interactions.where('[kind+at]').between([kind, since], [kind, now], true, true).toArray(),
    ),
  );
  return perKind.flat();
}
