import { describe, expect, it } from 'vitest';
import { canonicalProfileUrl, profileIdFromUrl } from '../../lib/linkedin/url';

describe('profileIdFromUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/jane-doe-1234/', 'jane-doe-1234'],
    ['https://www.linkedin.com/in/Jane-Doe-1234', 'jane-doe-1234'],
    ['https://www.linkedin.com/in/jane-doe/?originalSubdomain=uk', 'jane-doe'],
    ['https://www.linkedin.com/in/jane-doe/details/experience/', 'jane-doe'],
    ['https://uk.linkedin.com/in/jane-doe', 'jane-doe'],
    ['https://linkedin.com/in/jane-doe#about', 'jane-doe'],
    ['https://www.linkedin.com/in/%E5%BC%A0%E4%BC%9F-8b1a2/', '张伟-8b1a2'],
  ])('%s → %s', (url, id) => {
    expect(profileIdFromUrl(url)).toBe(id);
  });

  it.each([
    'https://www.linkedin.com/company/acme/',
    'https://www.linkedin.com/feed/',
    'https://www.linkedin.com/in/',
    'https://www.linkedin.com/in/%E0%A4%A/',
    'https://evil.example/in/jane-doe/',
    'https://notlinkedin.com/in/jane-doe/',
    'javascript:alert(1)',
    'not a url',
  ])('%s is not a profile', (url) => {
    expect(profileIdFromUrl(url)).toBeNull();
  });

  it('round-trips through the canonical URL', () => {
    expect(profileIdFromUrl(canonicalProfileUrl('张伟-8b1a2'))).toBe('张伟-8b1a2');
  });
});
