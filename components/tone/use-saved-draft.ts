import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';

// All drafts under one storage key, newest first, so wiping or capping them is one write.
const KEY = 'drafts';
/** Drafts kept at most; the oldest goes first. */
const MAX_DRAFTS = 50;
const SAVE_DELAY_MS = 300;

type Drafts = Record<string, { text: string; at: number }>;

async function readDrafts(): Promise<Drafts> {
  return ((await browser.storage.local.get(KEY))[KEY] as Drafts | undefined) ?? {};
}

/** Keeps one draft (removed when empty); exported for the wipe test, which must see drafts go with everything. */
export async function saveDraft(name: string, text: string): Promise<void> {
  const drafts = await readDrafts();
  if (text.trim()) drafts[name] = { text, at: Date.now() };
  else delete drafts[name];
  const kept = Object.entries(drafts)
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, MAX_DRAFTS);
  await browser.storage.local.set({ [KEY]: Object.fromEntries(kept) });
}

/**
 * A draft that survives closing the popup: kept per person (or per follow-up) in extension storage, restored
 * when the box opens again, removed when emptied. Without a name it is an ordinary state.
 */
export function useSavedDraft(name: string | undefined, initial: string): [string, (text: string) => void] {
  const [text, setText] = useState(initial);
  const touched = useRef(false);
  useEffect(() => {
    if (!name) return;
    let live = true;
    readDrafts().then((drafts) => {
      const saved = drafts[name]?.text;
      if (live && saved !== undefined && !touched.current) setText(saved);
    });
    return () => {
      live = false;
    };
  }, [name]);
  useEffect(() => {
    if (!name || !touched.current) return;
    const timer = setTimeout(() => void saveDraft(name, text), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [name, text]);
  return [
    text,
    (next: string) => {
      touched.current = true;
      setText(next);
    },
  ];
}
