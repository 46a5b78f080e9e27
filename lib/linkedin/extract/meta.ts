import { profileIdFromUrl } from '../url';

// Open Graph / profile: tags and <title>. Public pages fill them for the person; logged-in pages only set the
// title, as "(3) Jane Doe | LinkedIn" with an unread-notification count in front.

export interface PageMeta {
  /** profile:first_name + profile:last_name */
  name: string;
  ogType: string;
  /** Public id named by og:url or the canonical link, when they point at a profile. */
  publicId: string | null;
  /** The person's name as the <title> gives it, or '' when the title is not a person's. */
  titleName: string;
}

const MAX_HEAD_CHILDREN = 2000;

/** All <meta> of the head by property or name, read in one pass: a selector per tag would scan the whole page. */
function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  const metas = doc.head?.children ?? [];
  for (let i = 0; i < metas.length && i < MAX_HEAD_CHILDREN; i++) {
    const meta = metas[i]!;
    if (meta.tagName !== 'META') continue;
    const key = meta.getAttribute('property') ?? meta.getAttribute('name');
    if (key && !tags.has(key)) tags.set(key, (meta.getAttribute('content') ?? '').trim());
  }
  return tags;
}

const TITLE_SUFFIX = /\s*[|–-]\s*LinkedIn\s*$/i;
const NOTIFICATION_COUNT = /^\(\d+\+?\)\s*/;

/** "Jane Doe - Engineer - Acme | LinkedIn" and "(2) Jane Doe | LinkedIn" both name Jane Doe. */
export function nameFromTitle(title: string): string {
  const trimmed = title.replace(/\s+/g, ' ').trim();
  if (!TITLE_SUFFIX.test(trimmed)) return '';
  const name = trimmed.replace(TITLE_SUFFIX, '').replace(NOTIFICATION_COUNT, '').split(' - ')[0]!.trim();
  return name.length <= 120 && !/linkedin/i.test(name) ? name : '';
}

export function readMeta(doc: Document): PageMeta {
  const tags = metaTags(doc);
  const first = tags.get('profile:first_name') ?? '';
  const last = tags.get('profile:last_name') ?? '';
  const ogUrl = tags.get('og:url') ?? '';
  const canonical = doc.head?.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  return {
    name: `${first} ${last}`.trim(),
    ogType: (tags.get('og:type') ?? '').toLowerCase(),
    publicId: profileIdFromUrl(ogUrl) ?? profileIdFromUrl(canonical),
    titleName: nameFromTitle(doc.title ?? ''),
  };
}
