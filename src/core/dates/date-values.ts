// Reads a full calendar date from a cell: an Excel serial or text such as 2023-06-30 or 2023年6月30日.
import { CivilDate, fromSerial, isValidCivil } from './civil-date';
import { CellValue, isCellError } from '../sheets/grid';
import { asciiDigits } from './numerals';

export type DateValueResult =
  | { ok: true; date: CivilDate }
  | { ok: false; reason: 'empty' | 'error' | 'invalid' | 'unrecognized' };

const FULL_DATE = /^(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})\s*[日号]?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** A date from a cell holding a serial, or text naming year, month and day. */
export function readDateValue(value: CellValue | undefined): DateValueResult {
  if (value === null || value === undefined) return { ok: false, reason: 'empty' };
  if (isCellError(value)) return { ok: false, reason: 'error' };
  if (typeof value === 'number') {
    const date = fromSerial(value);
    return date ? { ok: true, date } : { ok: false, reason: 'invalid' };
  }
  if (typeof value !== 'string') return { ok: false, reason: 'unrecognized' };
  const text = asciiDigits(value.normalize('NFKC')).trim();
  if (text === '') return { ok: false, reason: 'empty' };
  const m = FULL_DATE.exec(text) ?? COMPACT_DATE.exec(text);
  if (!m) return { ok: false, reason: 'unrecognized' };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidCivil(y, mo, d) ? { ok: true, date: { year: y, month: mo, day: d } } : { ok: false, reason: 'invalid' };
}

/** The date or null, for places where the reason does not matter. */
export function dateOrNull(value: CellValue | undefined): CivilDate | null {
  const r = readDateValue(value);
  return r.ok ? r.date : null;
}
