import { z } from 'zod';

/** ISO weekdays (1 = Monday) a unit operates, kept in a JSON column. */
export const WeekdayList = z.array(z.number().int().min(1).max(7));
