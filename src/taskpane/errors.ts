// Turns a failed action's error (Excel's codes, the ports' Chinese messages, anything else) into plain words with what to do.
import { CalculationPendingError, ProtectedError } from '../workbook/excel/office';
import { Strings } from './strings';

/** A failure the pane explains itself: its message is already in the pane's language. */
export class PaneError extends Error {}

const CJK = /[\u4e00-\u9fff]/;

/** The message the pane shows for an error: what happened and what to do. */
export function describeError(error: unknown, t: Strings): string {
  if (error instanceof PaneError) return error.message;
  if (error instanceof ProtectedError) return error.code === 'SheetProtected' ? t.errorSheetProtected(error.sheet ?? '') : t.errorStructureProtected;
  if (error instanceof CalculationPendingError) return t.errorCalculating(error.cell);
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return t.errorCellEdit;
    case 'AccessDenied':
    case 'InvalidOperation':
      if (/protect/i.test(String((error as Error).message))) return t.errorProtected;
      return code === 'AccessDenied' ? t.errorProtected : t.errorUnknown(String((error as Error).message));
    case 'ItemNotFound':
    case 'InvalidReference':
    case 'InvalidObjectPath':
      return t.errorNotFound;
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'RangeExceedsLimit':
      return t.errorTooLarge;
    case 'ActivityLimitReached':
    case 'ServiceNotAvailable':
    case 'Conflict':
    case 'EditModeCellEditing':
      return t.errorBusy;
    default:
      break;
  }
  const message = error instanceof Error ? error.message : String(error);
  // the ports and the engine say what went wrong in Chinese already ("没有名为“…”的工作表")
  if (CJK.test(message)) return message.split('\n')[0];
  return t.errorUnknown(message.split('\n')[0] || String(code ?? 'unknown'));
}
