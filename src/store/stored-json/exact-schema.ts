import type { z } from 'zod';

/** A schema for each field of `T`: a field of `T` left out here, or one `T` does not have, fails to compile. */
export type FieldSchemas<T> = { [Field in keyof Required<T>]: z.ZodType<T[Field]> };

/**
 * Returns `schema` once the compiler has checked that it reads exactly the values of `T`: what it yields is a `T`, and
 * every `T` (each member of a union, each value of an enum) is something it yields, so a value added to the domain's
 * type fails to compile until it is read here too.
 */
export function readsExactly<T>() {
  return <Schema extends z.ZodType<T>>(schema: Schema & ([T] extends [z.output<Schema>] ? unknown : { unread: Exclude<T, z.output<Schema>> })): Schema => schema;
}
