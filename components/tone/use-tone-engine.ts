import { useEffect, useState } from 'react';

export type ToneEngine = typeof import('./tone-engine');
let code: Promise<ToneEngine> | undefined;
let withWeights: Promise<ToneEngine> | undefined;

/**
 * The tone engine, loaded the first time a page needs it and then kept: a dynamic import, so it is a chunk of its
 * own that the side panel and popup fetch only when a draft opens. `weights`: also its models' weights (a packaged
 * file, see lib/tone/model/models.ts), which reading a draft needs and listing the rules does not.
 */
export function loadToneEngine({ weights = true } = {}): Promise<ToneEngine> {
  code ??= import('./tone-engine');
  if (!weights) return code;
  withWeights ??= code.then(async (engine) => {
    await engine.toneWeightsReady();
    return engine;
  });
  return withWeights;
}

/** The tone engine once loaded, null until then; loaded once `wanted` (a draft box asks when it is used). */
export function useToneEngine({ weights = true, wanted = true } = {}): ToneEngine | null {
  const [engine, setEngine] = useState<ToneEngine | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let mounted = true;
    void loadToneEngine({ weights }).then((loaded) => {
      if (mounted) setEngine(loaded);
    });
    return () => {
      mounted = false;
    };
  }, [weights, wanted]);
  return engine;
}
