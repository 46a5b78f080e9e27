import { profileIdFromUrl } from '../linkedin/url';
import { boundedMemo } from './bounded-memo';

/** The public id in a profile URL cell; a spreadsheet may have dropped the scheme (`www.linkedin.com/in/x`). */
export const profileIdOfCell = boundedMemo((cell: string): string | null => {
  const url = cell.trim();
  if (!url) return null;
  return profileIdFromUrl(/^https?:\/\//i.test(url) ? url : `https://${url}`);
});
