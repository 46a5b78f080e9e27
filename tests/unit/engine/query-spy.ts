import type { DBCore, DBCoreQuery, Middleware } from 'dexie';

export interface Read {
  table: string;
  index: string;
  /** DBCoreRangeType: 1 equal, 2 range, 3 any (the whole index: a full scan). */
  rangeType: number;
}

/** A read as the spy saw it: a query, cursor or count (with its range), or a get of many keys. */
export type SpiedRead =
  | (Read & { via: 'query'; rows: number })
  | (Read & { via: 'cursor' | 'count' })
  | { table: string; via: 'getMany'; keys: readonly unknown[]; rows: number };

/** A Dexie middleware that reports every read of the database to `onRead`, with how many rows came back. */
export function readSpy(onRead: (read: SpiedRead) => void): Middleware<DBCore> {
  const range = (table: string, query: DBCoreQuery): Read => ({
    table,
    index: query.index.name || ':id',
    rangeType: query.range.type,
  });
  return {
    stack: 'dbcore',
    name: 'read-spy',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          query: async (request) => {
            const response = await table.query(request);
            onRead({ ...range(name, request.query), via: 'query', rows: response.result.length });
            return response;
          },
          openCursor: (request) => {
            onRead({ ...range(name, request.query), via: 'cursor' });
            return table.openCursor(request);
          },
          count: (request) => {
            onRead({ ...range(name, request.query), via: 'count' });
            return table.count(request);
          },
          getMany: async (request) => {
            const rows = await table.getMany(request);
            onRead({ table: name, via: 'getMany', keys: request.keys, rows: rows.length });
            return rows;
          },
        };
      },
    }),
  };
}
