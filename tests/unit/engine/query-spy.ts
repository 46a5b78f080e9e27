import type { DBCore, DBCoreQuery, Middleware } from 'dexie';

export interface Read {
  table: string;
  index: string;
  /** DBCoreRangeType: 1 equal, 2 range, 3 any (the whole index: a full scan). */
  rangeType: number;
}

/** A Dexie middleware that records every query and cursor, to prove which index a read used and whether it was bounded. */
export function querySpy(reads: Read[]): Middleware<DBCore> {
  const record = (table: string, query: DBCoreQuery) =>
    reads.push({ table, index: query.index.name || ':id', rangeType: query.range.type });
  return {
    stack: 'dbcore',
    name: 'query-spy',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          query: (request) => {
            record(name, request.query);
            return table.query(request);
          },
          openCursor: (request) => {
            record(name, request.query);
            return table.openCursor(request);
          },
          count: (request) => {
            record(name, request.query);
            return table.count(request);
          },
        };
      },
    }),
  };
}
