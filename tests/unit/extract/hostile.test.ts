import { describe, expect, it } from 'vitest';
import { ProfileSnapshotSchema } from '../../../lib/schema/profile-snapshot';
import { TEXT_CAPS } from '../../../lib/text/sanitize';
import { extractHtml } from './load';

function topCard(name: string, headline: string, extra = ''): string {
  return `<html><head><title>x | LinkedIn</title></head><body><main><section>
    <h1>${name}</h1><div>${headline}</div>
    <div><span>Lisbon, Portugal</span><a href="/in/someone/overlay/contact-info/">Contact info</a></div>
    <ul><li>200 connections</li></ul>${extra}</section></main></body></html>`;
}

describe('hostile and odd pages', () => {
  it('keeps a script tag in a name as text, never as markup', () => {
    const { profile } = extractHtml(topCard('Eve &lt;script&gt;alert(1)&lt;/script&gt; Doe', 'Tester'));
    expect(profile?.name).toBe('Eve <script>alert(1)</script> Doe');
    expect(ProfileSnapshotSchema.parse(profile)).toEqual(profile);
  });

  it('drops the body of a real script element inside the name heading', () => {
    const { profile } = extractHtml(topCard('Eve<script>steal()</script> Doe', 'Tester'));
    expect(profile?.name).toBe('Eve Doe');
  });

  it('caps a 10,000-character headline', () => {
    const { profile } = extractHtml(topCard('Long Winded', 'x'.repeat(10_000)));
    expect(profile?.headline?.length).toBe(TEXT_CAPS.short);
    expect(profile?.headline?.endsWith('…')).toBe(true);
  });

  it('survives a 5,000-deep nested DOM without throwing', () => {
    const deep = `${'<div>'.repeat(5000)}deep${'</div>'.repeat(5000)}`;
    const result = extractHtml(topCard('Deep Nest', 'Headline', deep));
    expect(result.profile?.name).toBe('Deep Nest');
    expect(result.profile?.headline).toBe('Headline');
  });

  it.each([
    ['right-to-left', 'نور الهدى العتيبي', 'مهندسة برمجيات'],
    ['CJK', '王小明', '软件工程师'],
    ['bidi override stripped', 'Ann\u202Ee Lee', 'Dev'],
  ])('reads a %s name', (_, name, headline) => {
    const { profile } = extractHtml(topCard(name, headline));
    expect(profile?.name).toBe(name.replace('\u202E', ''));
    expect(profile?.headline).toBe(headline);
  });

  it('yields no profile, not a half-filled one, when the top card is missing', () => {
    const result = extractHtml('<html><body><main><p>Loading…</p></main></body></html>');
    expect(result).toEqual({ profile: null, reason: 'no name on the page' });
  });

  it('yields no profile for a bare heading with nothing a member card shows', () => {
    const result = extractHtml(
      '<html><body><main><section><h1>Big Sale Today</h1><p>Buy now</p></section></main></body></html>',
    );
    expect(result.profile).toBeNull();
  });

  it('ignores JSON-LD that is not valid JSON or describes someone else', () => {
    const ld = (body: string) => `<script type="application/ld+json">${body}</script>`;
    const html = topCard('Real Person', 'Headline').replace(
      '<head>',
      `<head>${ld('{not json')}${ld('{"@type":"Person","name":"Other One","url":"https://www.linkedin.com/in/other/"}')}`,
    );
    const { profile } = extractHtml(html);
    expect(profile?.name).toBe('Real Person');
    expect(profile?.sources.name).toBe('heading');
  });
});
