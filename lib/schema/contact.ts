import { z } from 'zod';
import { EducationEntrySchema, ExperienceEntrySchema } from './career';
import { Line, LineList, Paragraphs, ProfileUrl, TEXT_CAPS } from './text';
import { EpochMs } from './time';

/** Fields a capture or an import may fill, and the user may correct. A corrected field is never overwritten. */
export const EDITABLE_CONTACT_FIELDS = [
  'name',
  'headline',
  'title',
  'company',
  'location',
  'howWeMet',
] as const;
export type EditableContactField = (typeof EDITABLE_CONTACT_FIELDS)[number];

export const DegreeSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable();

/** One past value of a field that a later capture changed (a new headline, a new job). */
export const FieldChangeSchema = z.object({
  field: Line(50),
  value: Line(TEXT_CAPS.long),
  /** When the value was replaced (epoch ms). */
  changedAt: EpochMs,
});

export const ContactSchema = z.object({
  /** Normalised LinkedIn public id (`/in/<id>`), the primary key; `unlinked/<name>/<day>` for a connection from an
   *  export that had no profile address (lib/contacts/unlinked.ts). */
  id: z.string().min(1).max(200),
  profileUrl: ProfileUrl,
  name: Line(TEXT_CAPS.name),
  headline: Line(TEXT_CAPS.short).default(''),
  title: Line(TEXT_CAPS.short).default(''),
  company: Line(TEXT_CAPS.short).default(''),
  location: Line(TEXT_CAPS.short).default(''),
  about: Paragraphs(TEXT_CAPS.long).default(''),
  degree: DegreeSchema.default(null),
  mutualCount: z.number().int().nonnegative().nullable().default(null),
  mutualNames: LineList(TEXT_CAPS.name, 100).default([]),
  connections: Line(50).default(''),
  email: Line(TEXT_CAPS.short).default(''),
  followers: Line(50).default(''),
  /** Positions as their page lists them, latest first: current role, then past employers. */
  experience: z.array(ExperienceEntrySchema).max(20).default([]),
  /** Schools with the years shown ("2011 - 2016"). */
  education: z.array(EducationEntrySchema).max(20).default([]),
  /** When a capture or import last saw the title or company change from a known value (epoch ms); 0 when never.
   *  Indexed: the new-role follow-up reads recent changes without scanning contacts. */
  roleChangedAt: EpochMs.default(0),
  /** Who set the current title and company: a newer export may replace an export's, never a capture's. */
  roleSource: z.enum(['capture', 'import', '']).default(''),
  /** When the first capture or import created it, and when a page of theirs was last seen (epoch ms). */
  firstSeenAt: EpochMs,
  lastSeenAt: EpochMs,
  /** Time of the latest interaction that was not a mere profile visit (epoch ms); 0 when none. Indexed. */
  lastInteractionAt: EpochMs.default(0),
  connectedAt: EpochMs.nullable().default(null),
  tags: LineList(50, 50).default([]),
  notes: Paragraphs(TEXT_CAPS.note).default(''),
  howWeMet: Line(TEXT_CAPS.short).default(''),
  /** Keep-in-touch cadence in days; null means none set on the contact (a tag's cadence may apply). */
  cadenceDays: z.number().int().positive().max(3650).nullable().default(null),
  /** Fields the user corrected by hand: later captures and imports leave them alone. */
  editedFields: LineList(50, 20).default([]),
  history: z.array(FieldChangeSchema).max(500).default([]),
  source: z.enum(['capture', 'import', 'manual']).default('capture'),
  /** Keys of records that became this one (an old export's connection without an address): a re-import of that
   *  export finds the person here instead of making the record again. Indexed. */
  aliases: LineList(200, 50).default([]),
  /** Records without an address that the user said are not this person: never offered again. */
  notSameAs: LineList(200, 50).default([]),
});
export type Contact = z.infer<typeof ContactSchema>;

/** What the user may change by hand. No defaults here: a field left out of an edit must stay as it is. */
export const ContactEditSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    headline: z.string().max(300),
    title: z.string().max(300),
    company: z.string().max(300),
    location: z.string().max(300),
    howWeMet: z.string().max(300),
    notes: z.string().max(10_000),
    tags: z.array(z.string().trim().min(1).max(50)).max(50),
    cadenceDays: z.number().int().positive().max(3650).nullable(),
  })
  .partial();
export type ContactInput = z.input<typeof ContactSchema>;
