/**
 * Several people's entries out of rows that each hold many people (the imported threads, the summaries: a row is
 * picked by a hash of the person's id), in the people's order: each row asked for once, whichever API reads them.
 */
export async function peopleInRows<Row, Entry>(
  getRows: (keys: number[]) => PromiseLike<readonly (Row | undefined)[]>,
  contactIds: readonly string[],
  rowOf: (contactId: string) => number,
  entryIn: (row: Row | undefined, contactId: string) => Entry | undefined,
): Promise<(Entry | undefined)[]> {
  const keys = [...new Set(contactIds.map(rowOf))];
  const rows = await getRows(keys);
  const byKey = new Map(keys.map((key, i) => [key, rows[i]]));
  return contactIds.map((contactId) => entryIn(byKey.get(rowOf(contactId)), contactId));
}
