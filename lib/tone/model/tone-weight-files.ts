// The weight files as Node has them (tests, scripts, benchmarks): imported with the code, there from the start.
// The extension's build replaces this module with ./tone-weight-files.browser.ts (wxt.config.ts), which fetches
// them, so that no script of the extension carries 110 KB of weights it may never use.
import judgement from '../judgement-weights.json';
import model from '../model-weights.json';
import type { ToneWeightFiles } from './weight-files-type';

export function bundledWeightFiles(): ToneWeightFiles | undefined {
  return { model, judgement } as unknown as ToneWeightFiles;
}

export async function fetchWeightFiles(): Promise<ToneWeightFiles> {
  return bundledWeightFiles()!;
}
