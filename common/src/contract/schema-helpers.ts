import { Type, type TSchema } from '@sinclair/typebox';

/** The building blocks of the contract's schemas (TypeBox), written once for every contract file. */

/** Every object of the contract is closed: a field added on one side only is caught. */
export const closed = { additionalProperties: false } as const;
export const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
/** One of a list of strings (a status, a role, a kind…), typed as that list's union. */
export const oneOf = <T extends string>(values: readonly T[]) => Type.Unsafe<T>({ type: 'string', enum: [...values] });
/** An instant as JSON carries it (ISO 8601, UTC). */
export const DateTime = Type.String({ format: 'date-time' });
/** A calendar date, `YYYY-MM-DD`. */
export const CalendarDate = Type.String({ format: 'date' });
