/** The one error type of the API: an HTTP status, a French message, and per-field messages. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string>,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  /** Response headers that go with the error, e.g. `Retry-After`. */
  headers?: Record<string, string>;

  static badRequest(message: string, errors?: Record<string, string>, details?: Record<string, unknown>) {
    return new AppError(400, message, errors, details);
  }
  static unauthorized(message = 'Vous devez vous connecter.') {
    return new AppError(401, message);
  }
  static forbidden(message = 'Vous n’avez pas le droit de faire cette action.') {
    return new AppError(403, message);
  }
  static notFound(message = 'Ressource introuvable.') {
    return new AppError(404, message);
  }
  static conflict(message: string, details?: Record<string, unknown>) {
    return new AppError(409, message, undefined, details);
  }
  static tooManyRequests(message: string, retryAfterSeconds: number) {
    const error = new AppError(429, message, undefined, { retryAfterSeconds });
    error.headers = { 'Retry-After': String(retryAfterSeconds) };
    return error;
  }
}
