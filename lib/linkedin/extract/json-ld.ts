import { profileIdFromUrl } from '../url';

// Public (logged-out) pages carry a schema.org Person. It is the most reliable layer when present, but only for
// the person whose page this is: a Person whose url names someone else is ignored.

export interface LdOrganization {
  name: string;
  startDate: string;
  endDate: string;
  educational: boolean;
}

export interface LdPerson {
  name: string;
  location: string;
  jobTitles: string[];
  worksFor: LdOrganization[];
  alumniOf: LdOrganization[];
  description: string;
  publicId: string | null;
}

/** Larger blocks are not a profile's own data; parsing them would only cost time. */
const MAX_BLOCK = 200_000;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

function str(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function toOrganization(value: unknown): LdOrganization | null {
  if (!isObject(value) || !str(value.name)) return null;
  const role = isObject(value.member) ? value.member : {};
  return {
    name: str(value.name),
    startDate: str(role.startDate),
    endDate: str(role.endDate),
    educational: str(value['@type']) === 'EducationalOrganization',
  };
}

function toPerson(node: Json): LdPerson {
  const address = isObject(node.address) ? node.address : {};
  const url = str(node.url) || str(node.sameAs);
  return {
    name: str(node.name),
    location: str(address.addressLocality) || str(address.addressRegion),
    jobTitles: asList(node.jobTitle).map(str).filter(Boolean),
    worksFor: asList(node.worksFor).flatMap((org) => toOrganization(org) ?? []),
    alumniOf: asList(node.alumniOf).flatMap((org) => toOrganization(org) ?? []),
    description: str(node.description).replace(/<br\s*\/?>/gi, '\n'),
    publicId: url ? profileIdFromUrl(url) : null,
  };
}

function personsIn(value: unknown): Json[] {
  return asList(value).flatMap((node) => {
    if (!isObject(node)) return [];
    if (node['@type'] === 'Person') return [node];
    return node['@graph'] ? personsIn(node['@graph']) : [];
  });
}

/** JSON-LD lives in the head, or as a direct child of the body; not deep in the page, so no full scan. */
function* structuredDataScripts(doc: Document): Generator<Element> {
  const inHead = doc.head?.getElementsByTagName('script') ?? [];
  const inBody = doc.body?.children ?? [];
  for (const script of [...inHead, ...inBody]) {
    if (script.tagName === 'SCRIPT' && script.getAttribute('type') === 'application/ld+json') yield script;
  }
}

export function readJsonLdPerson(doc: Document, publicId: string | null): LdPerson | null {
  for (const script of structuredDataScripts(doc)) {
    const source = script.textContent ?? '';
    if (source.length > MAX_BLOCK) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch {
      continue;
    }
    for (const node of personsIn(parsed)) {
      const person = toPerson(node);
      if (!person.name) continue;
      if (publicId && person.publicId && person.publicId !== publicId) continue;
      return person;
    }
  }
  return null;
}
