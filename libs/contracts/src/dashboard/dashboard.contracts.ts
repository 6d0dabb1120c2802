import { z } from 'zod';
import { stakeholderCategorySchema } from '../common/stakeholders';

/** Public dashboards hide every cell describing fewer people than this (k-anonymity). */
export const PUBLIC_MIN_CELL = 5;
/** A category is under-represented when its share is below this fraction of its target. */
export const UNDER_REPRESENTED_RATIO = 0.8;

/** A count, or null when hidden on the public dashboard. */
const count = z.number().int().nullable();

export const categoryBalanceSchema = z.object({
  category: stakeholderCategorySchema,
  participants: count,
  contributions: count,
  /** Share of all participants, in percent (null when hidden). */
  share: z.number().nullable(),
  /** The consultation's quota for this category, in percent. */
  target: z.number().nullable(),
  /** null on the public balance when the cell is hidden (its status would hint at its size). */
  underRepresented: z.boolean().nullable(),
});
export type CategoryBalance = z.infer<typeof categoryBalanceSchema>;

export const countryBalanceSchema = z.object({ country: z.string().nullable(), participants: count, contributions: count });
export type CountryBalance = z.infer<typeof countryBalanceSchema>;

export const weekPointSchema = z.object({
  /** Monday of the week (ISO date). */
  week: z.string(),
  /** People and organisations heard for the first time that week. */
  newParticipants: count,
  /** Everyone heard up to the end of that week. */
  cumulative: count,
  /** New participants per category that week (officials only; empty on the public dashboard). */
  byCategory: z.partialRecord(stakeholderCategorySchema, z.number().int()),
});
export type WeekPoint = z.infer<typeof weekPointSchema>;

export const dashboardSchema = z.object({
  scope: z.enum(['consultation', 'overall']),
  consultationId: z.uuid().nullable(),
  /** True on the public version: aggregates only, small cells hidden. */
  public: z.boolean(),
  minCell: z.number().int(),
  totals: z.object({ participants: count, contributions: count }),
  categories: z.array(categoryBalanceSchema),
  countries: z.array(countryBalanceSchema),
  /** Diaspora participants (their category) and the territories they come from. */
  diaspora: z.object({ participants: count, origins: z.array(z.object({ origin: z.string().nullable(), participants: count })) }),
  weekly: z.array(weekPointSchema),
  generatedAt: z.string(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
