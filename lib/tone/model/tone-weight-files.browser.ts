// The weight files in the extension: packaged as files of their own (wxt.config.ts copies them to these paths) and
// fetched from the extension's own origin by the context that first needs them (the background, the import worker,
// a page when a draft opens). Not a network request: the URL is chrome-extension:// or moz-extension://.
import type { ToneWeightFiles } from './weight-files-type';

/** Where the build puts each file, relative to the extension's root. */
export const WEIGHT_FILE_PATHS = {
  model: 'tone/model-weights.json',
  judgement: 'tone/judgement-weights.json',
} as const;

/** None: the extension's scripts carry no weights. */
export function bundledWeightFiles(): ToneWeightFiles | undefined {
  return undefined;
}

async function fetchJson(path: string): Promise<unknown> {
  // Root-relative: a page, the service worker, a worker and Firefox's background page all live at the extension's root.
  const response = await fetch(`/${path}`);
  if (!response.ok) throw new Error(`Rapport could not read its tone weights (${path}: ${response.status})`);
  return response.json();
}

export async function fetchWeightFiles(): Promise<ToneWeightFiles> {
  const [model, judgement] = await Promise.all([
    fetchJson(WEIGHT_FILE_PATHS.model),
    fetchJson(WEIGHT_FILE_PATHS.judgement),
  ]);
  return { model, judgement } as ToneWeightFiles;
}
