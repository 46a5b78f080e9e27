import { z } from 'zod';
import { EducationEntrySchema, ExperienceEntrySchema } from './career';

/** The user's own profile: what "shared ground" is measured against. One row, keyed 'me'. */
export const OwnProfileSchema = z.object({
  key: z.literal('me'),
  /** Their public id, when known: a visit to that profile refreshes this row instead of making a contact. */
  publicId: z.string().max(200).default(''),
  name: z.string().max(200).default(''),
  headline: z.string().max(300).default(''),
  title: z.string().max(300).default(''),
  company: z.string().max(300).default(''),
  location: z.string().max(300).default(''),
  experience: z.array(ExperienceEntrySchema).max(20).default([]),
  education: z.array(EducationEntrySchema).max(20).default([]),
  /** Captured on a visit to the user's own page, or picked among contacts in the options. */
  source: z.enum(['capture', 'picked']),
  updatedAt: z.number(),
});
export type OwnProfile = z.infer<typeof OwnProfileSchema>;
