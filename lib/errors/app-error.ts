// Expected failures, each with the HTTP status it stands for. The action helper shows their
// message key to the user; anything else is unexpected: logged, and replaced by a generic text.
export const ERROR_STATUS = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  INVALID_STATE: 409,
  CONFLICT: 409,
  VALIDATION: 400,
  RATE_LIMITED: 429,
  TOKEN_INVALID: 410,
} as const;

export type AppErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Key in the "Errors" message namespace. */
  readonly messageKey: string;
  /** Field errors (message keys by field name) for VALIDATION. */
  readonly fieldErrors?: Record<string, string[]>;

  constructor(code: AppErrorCode, options: { messageKey?: string; fieldErrors?: Record<string, string[]> } = {}) {
    super(code);
    this.name = "AppError";
    this.code = code;
    this.messageKey = options.messageKey ?? code;
    this.fieldErrors = options.fieldErrors;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
