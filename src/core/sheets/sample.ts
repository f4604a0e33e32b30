// The built-in 六安市2023 sample: the template sheets filled from the sample CSV files.
import { toSerial } from '../dates/civil-date';
import { csvRecords } from './csv';
import { readDateValue } from '../dates/date-values';
import { SheetSpec, SpecValue } from './sheet-spec';
import {
  holidaySheet, ledgerSheet, mediaSheet, registrySheet, rulesSheet, settingsSheet, spotCheckSheet, taskSheet,
} from './template';

/** The sample's CSV files, as text (read by the CLI from assets/sample, bundled in the pane). */
export interface SampleTexts {
  readonly tasks: string;
  readonly units: string;
  readonly media: string;
  readonly ledger: string;
  readonly spotChecks: string;
}

/** File names of the sample under assets/sample. */
export const SAMPLE_FILES: Readonly<Record<keyof SampleTexts, string>> = {
  tasks: 'liuan-2023-tasks.csv',
  units: 'liuan-units.csv',
  media: 'media.csv',
  ledger: 'liuan-2023-ledger.csv',
  spotChecks: 'liuan-2023-spotchecks.csv',
};

export const SAMPLE_TITLE = '六安市2023年暖民心行动宣传任务分工表';
export const SAMPLE_SETTINGS = { planYear: 2023, asOf: { year: 2023, month: 6, day: 30 }, publicityMonths: '2月、5月、8月、11月' };

function numberOr(text: string): SpecValue {
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && /^-?\d+(\.\d+)?$/.test(text) ? n : text;
}

function dateOr(text: string): SpecValue {
  const d = readDateValue(text);
  return d.ok ? toSerial(d.date) : text === '' ? null : text;
}

/** Every sheet of the sample workbook. */
export function sampleSheets(texts: SampleTexts): SheetSpec[] {
  const tasks = csvRecords(texts.tasks).map((r) => [
    numberOr(r['序号']), r['主要任务'], r['牵头责任部门'], r['配合责任部门'], r['完成时限'] || null, r['量化指标'] || null,
    r['完成情况'] || null, dateOr(r['完成日期'] ?? ''), r['备注'] || null,
  ]);
  const units = csvRecords(texts.units).map((r) => [r['单位名称'], r['别名'] || null, r['类型'] || null, r['所属分组'] || null]);
  const media = csvRecords(texts.media).map((r) => [r['媒体名称'], r['级别'] || null, r['别名'] || null]);
  const ledger = csvRecords(texts.ledger).map((r) => [
    dateOr(r['日期']), r['单位'], r['标题'], r['媒体'] || null, r['级别'] || null, r['是否采用'] || null,
    numberOr(r['任务序号'] ?? ''), numberOr(r['数量'] ?? ''),
  ]);
  const spot = csvRecords(texts.spotChecks).map((r) => [r['月份'], r['单位'], numberOr(r['知晓率']), numberOr(r['满意度'])]);
  return [
    taskSheet({ titles: [SAMPLE_TITLE], rows: tasks }),
    registrySheet({ rows: units }),
    mediaSheet({ rows: media }),
    ledgerSheet({ rows: ledger }),
    spotCheckSheet({ rows: spot }),
    rulesSheet(),
    settingsSheet({
      planYear: SAMPLE_SETTINGS.planYear,
      asOfSerial: toSerial(SAMPLE_SETTINGS.asOf),
      publicityMonths: SAMPLE_SETTINGS.publicityMonths,
    }),
    holidaySheet(),
  ];
}
