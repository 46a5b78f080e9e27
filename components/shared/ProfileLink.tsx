import type { ReactNode } from 'react';
import { profileLinkOf } from '../../lib/contacts/unlinked';

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
  const { href, title } = profileLinkOf(profileUrl, name);
  return (
    <a href={href} target="_blank" rel="noreferrer" className={className} title={title}>
      {!profileUrl && children === 'Open profile' ? 'Find on LinkedIn' : children}
    </a>
  );
}
