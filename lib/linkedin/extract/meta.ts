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

function metaContent(doc: Document, key: string): string {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return (el?.getAttribute('content') ?? '').trim();
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
  const first = metaContent(doc, 'profile:first_name');
  const last = metaContent(doc, 'profile:last_name');
  const ogUrl = metaContent(doc, 'og:url');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  return {
    name: `${first} ${last}`.trim(),
    ogType: metaContent(doc, 'og:type').toLowerCase(),
    publicId: profileIdFromUrl(ogUrl) ?? profileIdFromUrl(canonical),
    titleName: nameFromTitle(doc.title ?? ''),
  };
}
