// Before functions.ts runs in WPS: a CustomFunctions object that collects each DUBAN.* function as
// functions.ts associates it (the same implementations and ids Excel gets), for wps.AddCustomFunction.
/// <reference types="custom-functions-runtime" />

/** What functions.ts associated, by id (QUOTA, DEADLINE …). */
export const associated = new Map<string, (...args: unknown[]) => unknown>();

/** An error value a function answered (#VALUE!, #N/A …), with its Chinese message. */
export class WpsFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
  }
}

/** CustomFunctions.ErrorCode's names → the error literal WPS shows. */
const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
};

(globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
  associate: (id: string, fn: (...args: unknown[]) => unknown) => void associated.set(id, fn),
  Error: WpsFunctionError,
  ErrorCode: ERROR_CODES,
};
