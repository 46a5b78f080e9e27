import type { SchemaVersion } from './types';

// A staging area for the LinkedIn data-export import: chunks arrive one message at a time and wait here,
// in storage rather than in the worker's memory (the browser may stop the worker between two chunks), until
// one transaction applies them all or a cancel drops them. The data tables are unchanged.
export const v3: SchemaVersion = {
  version: 3,
  stores: {
    importChunks: '[importId+seq], importId',
  },
};
