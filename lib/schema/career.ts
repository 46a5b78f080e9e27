import { z } from 'zod';

/** One position as a profile lists it. */
export const ExperienceEntrySchema = z.object({
  title: z.string().max(300),
  company: z.string().max(300),
  dates: z.string().max(100).default(''),
});
export type ExperienceEntry = z.output<typeof ExperienceEntrySchema>;

/** One school as a profile lists it, with the years shown ("2011 - 2016"). */
export const EducationEntrySchema = z.object({
  school: z.string().max(300),
  degree: z.string().max(300).default(''),
  dates: z.string().max(100).default(''),
});
export type EducationEntry = z.output<typeof EducationEntrySchema>;
