// The analyst build's pseudonymised child-level table (loaders/analyst/children.sql), as the data loader
// writes it and the cohort explorer reads it. No CHILD, UPN, SW_ID, IRO_ID, DRN_ID, URN, postcode or
// full date of birth: `key` is a random token per child per build, birth month is yyyy-mm.
import {z} from "zod";
import {yearLabel} from "../measures/schema.js";

export const ChildRow = z.object({
  la: z.string().regex(/^\d{3}$/),
  year: yearLabel,                                  // collection year, 2024-25
  key: z.string().regex(/^k[0-9a-f]{12}$/),         // random per child per build; the same child in two years shares it
  birth_month: z.string().regex(/^\d{4}-\d{2}$/).nullable(),
  age: z.number().int().min(0).max(17).nullable(),  // whole years at 31 March
  age_band: z.enum(["under_1", "1_4", "5_9", "10_15", "16_17", "unknown"]),
  gender: z.enum(["male", "female", "unknown"]),
  ethnicity_group: z.string(),                      // ref.ethnicity_groups group_key, or 'unmapped'
  ethnicity_code: z.string().nullable(),
  legal_status_group: z.string(),                   // cla_by_legal_status's groups, or 'other'
  legal_status_code: z.string(),
  placement_type_group: z.string(),                 // cla_by_placement_type's groups
  placement_type_code: z.string(),
  uasc: z.boolean(),
  placements: z.number().int().min(0),              // placements in the year (DfE 372's count, model.placements_in_year)
  placements_3plus: z.boolean(),
  distance_band: z.enum(["0_5", "5_10", "10_20", "20_plus", "unknown"]),
  outside_la: z.boolean().nullable(),               // null: location unknown
  days_in_care: z.number().int().min(0),            // current period of care, start to 31 March
  started_in_year: z.boolean(),                     // the current period began in the year
  ceased_in_year: z.boolean()                       // an earlier period ended in the year (the child came back)
});
export type ChildRow = z.infer<typeof ChildRow>;

export const childColumns = ChildRow.keyof().options;

// Written column by column (one array per field): a third of the size of an array of objects, and
// what arquero's table() takes directly.
export const ChildrenFile = z.object({
  generated: z.string(),
  synthetic: z.boolean(),
  count: z.number().int().min(0),
  columns: z.record(z.enum(childColumns), z.array(z.unknown()))
});
export type ChildrenFile = z.infer<typeof ChildrenFile>;
