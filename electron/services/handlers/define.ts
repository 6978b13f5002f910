/**
 * Building blocks of the handler table: result constructors and {@link defineHandler}, which validates the
 * raw argument of a call with a zod schema and turns anything thrown into a Polish error value, so that no
 * exception and no stack trace ever reaches the window.
 */
import type { z } from 'zod';
import type { ApiError, ApiResult } from '../../contract/api.js';

/** A successful result. */
export function ok<T>(value: T): ApiResult<T> {
  return { ok: true, value };
}

/** A failed result with a stable code and a one-line Polish message. */
export function fail<T = never>(code: string, message: string): ApiResult<T> {
  return { ok: false, error: { code, message } };
}

/** Polish message of a zod validation failure: the first issue, with its path. */
function describeInvalid(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length ? ` (pole „${issue.path.join('.')}”)` : '';
  return `Nieprawidłowe dane wywołania${where}: ${issue?.message ?? 'niezgodne ze schematem'}.`;
}

/** First line of an unknown thrown value, for an `internal` error message. */
export function firstLine(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split('\n')[0] ?? '';
}

/**
 * Wraps a call's body: the raw argument is parsed with `schema` (a failure gives `invalid-argument`), the body
 * receives the typed argument, and anything it throws gives `internal` with the first line of the message
 * (errors the user can cause must be returned as values by the body itself).
 *
 * In: a zod schema of the argument, a body returning a result. Out: a handler taking `unknown`.
 */
export function defineHandler<S extends z.ZodType, T>(
  schema: S,
  body: (arg: z.infer<S>) => Promise<ApiResult<T>> | ApiResult<T>,
): (raw: unknown) => Promise<ApiResult<T>> {
  return async (raw: unknown) => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return fail('invalid-argument', describeInvalid(parsed.error));
    try {
      return await body(parsed.data);
    } catch (e) {
      return fail('internal', `Wystąpił nieoczekiwany błąd: ${firstLine(e)}`);
    }
  };
}

/** Maps an error value of a service (`{ code, message }`) to a failed result unchanged. */
export function failWith<T = never>(error: ApiError): ApiResult<T> {
  return { ok: false, error: { code: error.code, message: error.message } };
}
