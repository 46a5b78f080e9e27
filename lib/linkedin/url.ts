// LinkedIn profile addresses: /in/<public-id>/, with locale prefixes, subdomains, query strings and
// percent-encoded non-Latin ids. The public id is the contact's key, so it is normalised once, here.
const PROFILE_PATH = /^\/in\/([^/?#]+)\/?/;

export function profileIdFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (!/(^|\.)linkedin\.com$/.test(parsed.hostname)) return null;
  const match = PROFILE_PATH.exec(parsed.pathname);
  if (!match?.[1]) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  slug = slug.trim().toLowerCase();
  if (!slug || slug.length > 200 || /[\s/]/.test(slug)) return null;
  return slug;
}

export function canonicalProfileUrl(profileId: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(profileId)}/`;
}

export function isProfileUrl(url: string): boolean {
  return profileIdFromUrl(url) !== null;
}
