import { useEffect, useState } from 'react';

type ToneEngine = typeof import('../../lib/tone');
let loading: Promise<ToneEngine> | undefined;

/**
 * The tone engine and its model weights, loaded the first time a page needs them and then kept: a dynamic import,
 * so they are a chunk of their own that the side panel and popup fetch only when a draft opens, not part of
 * every page's bundle.
 */
export function loadToneEngine(): Promise<ToneEngine> {
  loading ??= import('../../lib/tone');
  return loading;
}

/** The tone engine once loaded, null until then. */
export function useToneEngine(): ToneEngine | null {
  const [engine, setEngine] = useState<ToneEngine | null>(null);
  useEffect(() => {
    let mounted = true;
    void loadToneEngine().then((loaded) => {
      if (mounted) setEngine(loaded);
    });
    return () => {
      mounted = false;
    };
  }, []);
  return engine;
}
