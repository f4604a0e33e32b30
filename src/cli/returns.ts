// `duban forms` and `duban collect`: 填报表 out to the units, their returns and Word submissions back into the ledger.
import { promises as fs } from 'fs';
import * as path from 'path';
import { CivilDate, civilDateAt, formatChinese, formatISO, fromSerial, toSerial } from '../core/dates/civil-date';
import { readDateValue } from '../core/dates/date-values';
import { LEDGER_HEADERS, LEDGER_REQUIRED, SHEET_NAMES } from '../core/sheets/headers';
import { locateOne } from '../core/sheets/locate';
import { readLedger } from '../core/sheets/ledger-sheet';
import { readMediaDirectory } from '../core/sheets/media-sheet';
import { Grid, a1, cellText } from '../core/sheets/grid';
import {
  WordSubmission, campaignFromTitle, collectReturns, collectSheet, formFileName, formSheets, ledgerRowValues, readReturn, reminders, responsibleUnits,
} from '../core/returns';
import { CheckOptions, checkWorkbook } from '../core/validation/validate';
import { reminderDocx } from '../documents/reminder-docx';
import { readWordSubmission } from '../documents/submissions';
import { CellUpdate } from '../workbook/port';
import { FileWorkbook } from '../workbook/file';
import { ParsedArgs, UsageError, stringFlag } from './args';
import { InputError, fileExists, nowInChina, readInputBytes, sameFile, writeFileAtomic } from './io';

interface Io {
  out(text: string): void;
}

type Period = { from: CivilDate; to: CivilDate };

/** The campaign's name: 设置 活动名称, else the task sheet's title, else the file name. */
function campaignOf(check: ReturnType<typeof checkWorkbook>, grids: readonly Grid[], file: string): string {
  const sheet = grids.find((g) => g.name === check.taskSheets[0]);
  const title = sheet?.rows.slice(0, 3).flatMap((r) => r.map((v) => cellText(v))).find((t) => t !== '' && /年|方案|分工/.test(t));
  return check.settings.text.campaignName || (title ? campaignFromTitle(title) : '') || path.basename(file).replace(/\.[^.]+$/, '');
}

export async function runForms(args: ParsedArgs, io: Io, options: CheckOptions, period: Period | undefined): Promise<number> {
  const file = args.positionals[1];
  if (!file) throw new UsageError('请给出任务分工表文件，如：duban forms 任务分工表.xlsx -o 填报表 --month 2023-06');
  const dir = stringFlag(args, 'output');
  if (!dir) throw new UsageError('请用 -o 给出存放填报表的文件夹');
  if (!period) throw new UsageError('请用 --month YYYY-MM 或 --from/--to 给出填报期间');
  const workbook = await FileWorkbook.load(await readInputBytes(file));
  const grids = await workbook.readAll();
  const check = checkWorkbook(grids, options);
  const media = readMediaDirectory(grids).entries.map((e) => e.name);
  const wanted = stringFlag(args, 'units')?.split(/[,，、]/).map((u) => u.trim()).filter(Boolean);
  const units = wanted ?? responsibleUnits(check.tasks, check.registry);
  const unknown = wanted?.filter((u) => !responsibleUnits(check.tasks, check.registry).includes(u)) ?? [];
  if (unknown.length > 0) throw new UsageError(`这些单位不负责任何任务：${unknown.join('、')}`);
  await fs.mkdir(dir, { recursive: true });
  const campaign = campaignOf(check, grids, file);
  for (const unit of units) {
    const form = FileWorkbook.create();
    await form.addSheets(formSheets({ unit, campaign, period, tasks: check.tasks, mediaNames: media }));
    await writeFileAtomic(path.join(dir, formFileName(unit, period)), await form.save());
  }
  io.out(`已生成 ${units.length} 份填报表（${formatISO(period.from)}至${formatISO(period.to)}），在 ${dir}`);
  return 0;
}

/** The files a list of paths names: files as given, folders' .xlsx/.xlsm/.docx files (one level). */
async function returnFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => null);
    if (!stat) throw new InputError(`找不到 ${p}`);
    if (stat.isDirectory()) {
      for (const name of (await fs.readdir(p)).sort()) if (/\.(xlsx|xlsm|docx)$/i.test(name) && !name.startsWith('~$')) out.push(path.join(p, name));
    } else out.push(p);
  }
  return out;
}

export async function runCollect(args: ParsedArgs, io: Io, options: CheckOptions, period: Period | undefined): Promise<number> {
  const [, file, ...inputs] = args.positionals;
  if (!file || inputs.length === 0) throw new UsageError('用法：duban collect 台账.xlsx 填报表文件或文件夹… -o 输出.xlsx');
  const out = stringFlag(args, 'output');
  if (!out) throw new UsageError('请用 -o 给出输出文件（原文件不会被修改）');
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`输出文件应以 .xlsx 结尾（收到“${out}”）`);
  if (await sameFile(file, out)) throw new UsageError('输出文件不能与输入文件相同：督办不修改原文件，请用 -o 指定另一个文件名');
  const master = await FileWorkbook.load(await readInputBytes(file));
  const grids = await master.readAll();
  const check = checkWorkbook(grids, options);
  const media = readMediaDirectory(grids);
  const ledger = readLedger(grids, check.registry, media);
  const window = period ?? { from: { year: check.asOf.year, month: check.asOf.month, day: 1 }, to: check.asOf };
  const returns = [];
  const submissions: WordSubmission[] = [];
  const unreadable: { file: string; reason: string }[] = [];
  for (const f of await returnFiles(inputs)) {
    const name = path.basename(f);
    const bytes = await fs.readFile(f);
    if (/\.docx$/i.test(f)) {
      const read = await readWordSubmission(name, bytes);
      if (read.ok) submissions.push(read.submission);
      else unreadable.push({ file: name, reason: read.reason });
      continue;
    }
    try {
      const wb = await FileWorkbook.load(bytes);
      returns.push({ data: readReturn(await wb.readAll(), name), received: civilDateAt((await fs.stat(f)).mtimeMs) });
    } catch {
      unreadable.push({ file: name, reason: '无法打开该工作簿（文件损坏、加密或不是 .xlsx）' });
    }
  }
  const gridByName = new Map(grids.map((g) => [g.name, g]));
  const cellTextAt = (sheet: string, at: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(at);
    const grid = gridByName.get(sheet);
    if (!m || !grid) return '';
    const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const v = grid.rows[Number(m[2]) - 1]?.[col] ?? null;
    const d = typeof v === 'number' ? fromSerial(v) : null;
    return d ? formatISO(d) : cellText(v);
  };
  const result = collectReturns({
    period: window, tasks: check.tasks, registry: check.registry, media, ledger: ledger.entries, returns, submissions, cellTextAt,
    ...(stringFlag(args, 'due') ? { due: dueOf(stringFlag(args, 'due')!) } : {}),
  });
  // the ledger: new rows below the last, in the ledger's own columns; a 来源 column added when missing
  const located = locateOne(grids, LEDGER_HEADERS, LEDGER_REQUIRED, SHEET_NAMES.ledger);
  if (!located && result.added.length > 0) throw new InputError('工作簿中没有报送台账（表头需有“日期”“单位”），无法写入收集的行');
  if (located && result.added.length > 0) {
    const columns: Partial<Record<string, number>> = { ...located.header.columns };
    const updates: CellUpdate[] = [];
    if (columns.source === undefined) {
      const width = Math.max(...Object.values(located.header.columns).map((c) => c ?? 0)) + 1;
      columns.source = width;
      updates.push({ cell: a1(located.header.row, width), value: LEDGER_HEADERS.source[0] });
    }
    let r = located.grid.rows.length;
    while (r > located.header.row + 1 && (located.grid.rows[r - 1] ?? []).every((v) => cellText(v) === '')) r--;
    for (const row of result.added) {
      const values = ledgerRowValues(row);
      for (const [field, value] of Object.entries(values)) {
        const c = columns[field];
        if (c === undefined) continue;
        updates.push({ cell: a1(r, c), value, ...(field === 'date' ? { numberFormat: 'yyyy-mm-dd' } : {}) });
      }
      r++;
    }
    await master.setCells(located.grid.name, updates);
  }
  // progress: the lead unit's 完成情况 / 完成日期 written into the task's own cells
  const bySheet = new Map<string, CellUpdate[]>();
  for (const p of result.progressApplied) {
    const list = bySheet.get(p.task.sheet) ?? [];
    if (p.status !== '' && p.task.cells.status) list.push({ cell: p.task.cells.status, value: p.status });
    if (p.doneDate && p.task.cells.doneDate) list.push({ cell: p.task.cells.doneDate, value: toSerial(p.doneDate), numberFormat: 'yyyy-mm-dd' });
    bySheet.set(p.task.sheet, list);
  }
  for (const [sheet, updates] of bySheet) if (updates.length > 0) await master.setCells(sheet, updates);
  const resultWithUnreadable = { ...result, rejected: [...unreadable.map((u) => ({ file: u.file, row: 0, unit: '', reason: u.reason })), ...result.rejected] };
  await master.writeGeneratedSheet(collectSheet(resultWithUnreadable, nowInChina()));
  await writeFileAtomic(out, await master.save());
  const campaign = campaignOf(check, grids, file);
  const reply = result.due;
  const notices = reminders(result, campaign, reply, check.settings.text.issuer || '我办');
  const noticeFile = stringFlag(args, 'notice');
  if (noticeFile && notices.list.length > 0) {
    if ((await fileExists(noticeFile)) && !args.flags.has('force')) throw new InputError(`${noticeFile} 已存在，未覆盖；如确要覆盖请加 --force`);
    await writeFileAtomic(noticeFile, await reminderDocx(notices.list, check.settings.text.issuer || '', formatChinese(civilDateAt(Date.now()))));
  }
  io.out([
    `收集完成：${returns.length + submissions.length} 个文件，新增 ${result.added.length} 行，重复 ${result.duplicates.length} 行，退回 ${resultWithUnreadable.rejected.length} 行，写入进展 ${result.progressApplied.length} 项。`,
    ...resultWithUnreadable.rejected.map((n) => `  退回 ${n.file}${n.row > 0 ? ` 第${n.row}行` : ''}：${n.reason}`),
    ...result.duplicates.map((n) => `  重复 ${n.file}${n.row > 0 ? ` 第${n.row}行` : ''}：${n.reason}`),
    result.missing.length > 0 ? `未报送（${result.missing.length}）：${result.missing.map((m) => `${m.unit}（${m.reason}）`).join('、')}` : '各单位均已报送。',
    ...(notices.list.length > 0 ? ['', '催办通知（可直接复制）：', notices.text] : []),
    ...(noticeFile && notices.list.length > 0 ? [`已写入催办通知 ${noticeFile}`] : []),
    `已写入 ${out}`,
  ].join('\n'));
  return 0;
}

function dueOf(text: string): CivilDate {
  const d = readDateValue(text);
  if (!d.ok) throw new UsageError(`--due 应为 YYYY-MM-DD 格式的日期（收到“${text}”）`);
  return d.date;
}
