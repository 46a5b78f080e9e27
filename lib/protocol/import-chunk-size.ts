// Without zod: the pages that start an import (welcome, options) need the number, not the schemas.

/**
 * Records per chunk: what the import's worker puts in the staging table at once, and what a restore's page sends
 * the background in one message, on its main thread. When the options page relayed the import's chunks too (a
 * structured clone from the worker in, JSON to the background out), measured in Chromium at load 34, 5,000 contacts + 5,000 interactions took
 * 0.8–1.8 s to clone and 0.5–0.65 s to serialise (3 MB), 1,000 + 1,000 took 37–53 ms and 35–71 ms (0.6 MB).
 */
export const IMPORT_CHUNK_SIZE = 1_000;
