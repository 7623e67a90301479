import { z } from 'zod';

/** A list of texts kept in a JSON column: licences, shift times, other posts held, the minutes' arrangements. */
export const TextList = z.array(z.string());
