import { z } from 'zod';

/**
 * The moments Rapport accepts, epoch ms: from 1900 to 2200. Outside them a date cannot be a real interaction,
 * promise or visit, and beyond ±8.64e15 `new Date` is invalid — `toISOString` throws and date formatting fails,
 * which blanked pages and stopped the CSV export. Every time in a stored record, message or backup uses this.
 */
export const EARLIEST_TIME = Date.UTC(1900, 0, 1);
export const LATEST_TIME = Date.UTC(2200, 0, 1);

export const EpochMs = z
  .number()
  .min(EARLIEST_TIME, 'A date before 1900')
  .max(LATEST_TIME, 'A date after 2200');
