import type { ExtractionResult, ExtractionStrategy, ProfileSnapshot } from '../../schema/profile-snapshot';
import { canonicalProfileUrl } from '../url';
import { readAbout } from './about';
import { readCardLines } from './card-lines';
import { readCardOrganisations } from './card-organisations';
import { readConnections } from './connections';
import type { PageContext } from './context';
import { readDegree } from './degree';
import { readEducation } from './education';
import { readExperience } from './experience';
import { readFollowers } from './followers';
import { readHeadline, readLocation } from './headline-location';
import { idFromAddress, readName, readPublicId } from './identity';
import { readJsonLdPerson } from './json-ld';
import type { Answer } from './layers';
import { readMeta } from './meta';
import { readMutuals } from './mutuals';
import { isOrganisationCard, reasonFromAddress, reasonFromPage, showsAPerson } from './not-a-profile';
import { readOwnProfile } from './own-profile';
import { readCompany, readTitle } from './position';
import { readTopCard } from './top-card';

/**
 * Reads a LinkedIn profile page into a snapshot, or says why the page is not one. Pure: it only reads `doc`,
 * never throws on odd pages, and every string in the result is cleaned and capped.
 */
export function extractProfile(doc: Document, url: string): ExtractionResult {
  try {
    return extract(doc, url);
  } catch (error) {
    // A page we cannot read is reported, not thrown: the content script runs on pages we do not control.
    return { profile: null, reason: `unreadable page (${error instanceof Error ? error.name : 'error'})` };
  }
}

function contextOf(doc: Document, url: string): PageContext {
  const meta = readMeta(doc);
  const person = readJsonLdPerson(doc, idFromAddress(url) ?? meta.publicId);
  const topCard = readTopCard(doc, [person?.name ?? '', meta.name, meta.titleName]);
  const name = person?.name || meta.name || meta.titleName;
  return { doc, url, meta, person, topCard, reading: readCardLines(topCard?.lines ?? [], name) };
}

function extract(doc: Document, url: string): ExtractionResult {
  const addressReason = reasonFromAddress(url);
  if (addressReason) return { profile: null, reason: addressReason };
  const meta = readMeta(doc);
  const pageReason = reasonFromPage(doc, meta);
  if (pageReason) return { profile: null, reason: pageReason };

  const ctx = contextOf(doc, url);
  const name = readName(ctx);
  if (!name) return { profile: null, reason: 'no name on the page' };
  if (ctx.topCard && isOrganisationCard(ctx.topCard.heading))
    return { profile: null, reason: 'organisation page' };
  if (!showsAPerson(ctx)) return { profile: null, reason: 'no member top card on the page' };
  const publicId = readPublicId(ctx);
  if (!publicId) return { profile: null, reason: 'the page does not say whose profile it is' };

  const sources: Record<string, ExtractionStrategy> = {};
  const keep = <T>(field: string, answer: Answer<T> | null): T | null => {
    if (!answer) return null;
    sources[field] = answer.strategy;
    return answer.value;
  };

  const isOwnProfile = keep('isOwnProfile', readOwnProfile(ctx)) ?? false;
  const experience = keep('experience', readExperience(ctx)) ?? [];
  const mutuals = isOwnProfile ? null : keep('mutualCount', readMutuals(ctx));
  const cardOrganisations = readCardOrganisations(ctx);
  const profile: ProfileSnapshot = {
    publicId: keep('publicId', publicId)!,
    profileUrl: canonicalProfileUrl(publicId.value),
    name: keep('name', name)!,
    headline: keep('headline', readHeadline(ctx)),
    location: keep('location', readLocation(ctx)),
    title: keep('title', readTitle(ctx, experience[0])),
    company: keep('company', readCompany(ctx, experience[0], cardOrganisations)),
    about: keep('about', readAbout(ctx)),
    experience,
    education: keep('education', readEducation(ctx, cardOrganisations)) ?? [],
    degree: isOwnProfile ? null : keep('degree', readDegree(ctx)),
    mutualCount: mutuals?.count ?? null,
    mutualNames: mutuals?.names ?? [],
    connections: keep('connections', readConnections(ctx)),
    followers: keep('followers', readFollowers(ctx)),
    isOwnProfile,
    sources,
  };
  return { profile };
}
