import type { ReactNode } from 'react';
import { peopleSearchUrl } from '../../lib/contacts/unlinked';

/**
 * A link to the person's LinkedIn page; for someone known only from an export made before 2024 (no address), a
 * LinkedIn people search for their name instead: visiting their page from there joins the two records.
 */
export function ProfileLink({
  profileUrl,
  name,
  children = 'Open profile',
  className,
}: {
  profileUrl: string;
  name: string;
  children?: ReactNode;
  className?: string;
}) {
  if (profileUrl)
    return (
      <a href={profileUrl} target="_blank" rel="noreferrer" className={className}>
        {children}
      </a>
    );
  return (
    <a
      href={peopleSearchUrl(name)}
      target="_blank"
      rel="noreferrer"
      className={className}
      title="From an export without profile addresses: visiting their page links it to this record"
    >
      {children === 'Open profile' ? 'Find on LinkedIn' : children}
    </a>
  );
}
