// The pane's settings form as typed text: filled from the last check where the clerk has not typed, read back with checks.
import { compareDates, formatISO, parseISO } from '../core/dates/civil-date';
import { CheckView, PaneSettings } from './actions';

export interface SettingsDraft {
  /** '' = found by the engine. */
  readonly sheet: string;
  readonly planYear: string;
  readonly asOf: string;
  readonly from: string;
  readonly to: string;
  /** Fields the clerk typed in (kept across checks); the others follow the engine's defaults. */
  readonly typed: { readonly planYear: boolean; readonly asOf: boolean; readonly period: boolean };
}

export const EMPTY_DRAFT: SettingsDraft = { sheet: '', planYear: '', asOf: '', from: '', to: '', typed: { planYear: false, asOf: false, period: false } };

export type DraftError = 'badYear' | 'badDate' | 'badPeriod';

/** The draft with every untyped field set to what the check used. */
export function draftFromView(draft: SettingsDraft, view: CheckView): SettingsDraft {
  return {
    ...draft,
    planYear: draft.typed.planYear ? draft.planYear : String(view.planYear),
    asOf: draft.typed.asOf ? draft.asOf : formatISO(view.asOf),
    from: draft.typed.period ? draft.from : formatISO(view.period.from),
    to: draft.typed.period ? draft.to : formatISO(view.period.to),
  };
}

/** The settings to run with, and the fields that cannot be read (the action waits until they are fixed). */
export function settingsFromDraft(draft: SettingsDraft): { settings: PaneSettings; errors: Partial<Record<'planYear' | 'asOf' | 'from' | 'to', DraftError>> } {
  const errors: Partial<Record<'planYear' | 'asOf' | 'from' | 'to', DraftError>> = {};
  let settings: PaneSettings = draft.sheet ? { sheet: draft.sheet } : {};
  if (draft.typed.planYear) {
    const year = Number(draft.planYear.trim());
    if (/^\d{4}$/.test(draft.planYear.trim()) && year >= 1900 && year <= 2100) settings = { ...settings, planYear: year };
    else errors.planYear = 'badYear';
  }
  if (draft.typed.asOf) {
    const asOf = parseISO(draft.asOf);
    if (asOf) settings = { ...settings, asOf };
    else errors.asOf = 'badDate';
  }
  if (draft.typed.period) {
    const from = parseISO(draft.from);
    const to = parseISO(draft.to);
    if (!from) errors.from = 'badDate';
    if (!to) errors.to = 'badDate';
    if (from && to) {
      if (compareDates(from, to) > 0) errors.to = 'badPeriod';
      else settings = { ...settings, period: { from, to } };
    }
  }
  return { settings, errors };
}
