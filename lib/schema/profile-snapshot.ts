import { z } from 'zod';
import { EducationEntrySchema, ExperienceEntrySchema } from './career';
import { DegreeSchema } from './contact';

/** Which extraction layer answered for a field: structured data, stable signals, or known class names. */
export const ExtractionStrategySchema = z.enum([
  'json-ld',
  'meta',
  'title',
  'url',
  'aria',
  'heading',
  'class',
  'text',
]);
export type ExtractionStrategy = z.infer<typeof ExtractionStrategySchema>;

export { EducationEntrySchema, ExperienceEntrySchema };

/** What the content script read off one profile page. Strings are already cleaned and capped by the extractor. */
export const ProfileSnapshotSchema = z.object({
  publicId: z.string().min(1).max(200),
  profileUrl: z.string().max(500),
  name: z.string().min(1).max(200),
  headline: z.string().max(300).nullable().default(null),
  location: z.string().max(300).nullable().default(null),
  title: z.string().max(300).nullable().default(null),
  company: z.string().max(300).nullable().default(null),
  about: z.string().max(2000).nullable().default(null),
  experience: z.array(ExperienceEntrySchema).max(20).default([]),
  education: z.array(EducationEntrySchema).max(20).default([]),
  degree: DegreeSchema.default(null),
  mutualCount: z.number().int().nonnegative().nullable().default(null),
  mutualNames: z.array(z.string().max(200)).max(20).default([]),
  connections: z.string().max(20).nullable().default(null),
  /** Follower count as shown ("1,628", "2.5M"). */
  followers: z.string().max(20).nullable().default(null),
  isOwnProfile: z.boolean().default(false),
  /** Field name → the strategy that found it. */
  sources: z.record(z.string(), ExtractionStrategySchema).default({}),
});
export type ProfileSnapshot = z.infer<typeof ProfileSnapshotSchema>;
export type ProfileSnapshotInput = z.input<typeof ProfileSnapshotSchema>;

/** The extractor's answer: a snapshot, or null with the reason the page is not a person's profile. */
export type ExtractionResult =
  | { profile: ProfileSnapshot; reason?: undefined }
  | { profile: null; reason: string };
