import { z } from 'zod';
import { isProfileUrl } from '../linkedin/url';
import { cleanMultiline, cleanText, TEXT_CAPS } from '../text/sanitize';

// Text in stored records comes from web pages, export files and backup files: whichever door it comes in by, it
// goes through the same cleaner as a capture — control and bidi-override characters stripped, length capped.

/** One line of text, cleaned and capped at `max` characters. */
export const Line = (max: number) => z.string().transform((value) => cleanText(value, max));
/** Text that keeps its line breaks (notes, excerpts), cleaned and capped. */
export const Paragraphs = (max: number) => z.string().transform((value) => cleanMultiline(value, max));

/** A list of short texts, each cleaned, empty ones dropped, at most `items` of them. */
export const LineList = (max: number, items: number) =>
  z
    .array(z.string())
    .max(items * 10)
    .transform((values) =>
      values
        .map((value) => cleanText(value, max))
        .filter(Boolean)
        .slice(0, items),
    );

/** A LinkedIn profile address, or empty for a contact known without one (older exports): never any other site. */
export const ProfileUrl = z
  .string()
  .max(2000)
  .refine((url) => url === '' || isProfileUrl(url), 'Not a LinkedIn profile address');

export { TEXT_CAPS };
