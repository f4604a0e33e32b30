// `duban forms` and `duban collect`: 填报表 out to the units, their returns and Word submissions back into the ledger.
import { promises as fs } from 'fs';
import * as path from 'path';
import { CivilDate, civilDateAt, formatChinese, formatISO } from '../core/dates/civil-date';
import { readDateValue } from '../core/dates/date-values';
import { COLLECT_ITEM_LABEL, RECEIPT_LIST_NOTE, collectItemLine, collectItems, collectLedger, collectSheet, collectWrites, noFormsReason, reminders, responsibleUnits } from '../core/returns';
import { CheckOptions, checkWorkbook } from '../core/validation/validate';
import { defaultPeriod } from '../core/scoring/report';
import { campaignOf, collectFromRead, collectSummary, formWorkbooks, prepareCollect } from '../documents/returns-session';
import { readReturnsFolder } from './returns-folder';
import { CollectHelper } from './collect-helper';
import { patchCellsVerified } from '../workbook/sheet-edit/cell-patch';
import { VerifiedParts } from '../workbook/zip/inflate';
import { ParsedArgs, UsageError, stringFlag } from './args';
import {
  InputError, checkOutputKind, fileExists, gridsOfWorkbook, nowInChina, readInputBytes, readWorkbookGrids, sameFile, withGeneratedSheets, writeFileAtomic,
} from './io';

interface Io {
  out(text: string): void;
  err?(text: string): void;
}


type Period = { from: CivilDate; to: CivilDate };

const baseName = (file: string) => path.basename(file).replace(/\.[^.]+$/, '');

export async function runForms(args: ParsedArgs, io: Io, options: CheckOptions, period: Period | undefined): Promise<number> {
  const file = args.positionals[1];
  if (!file) throw new UsageError('请给出任务分工表文件，如：duban forms 任务分工表.xlsx -o 填报表 --month 2023-06');
  const dir = stringFlag(args, 'output');
  if (!dir) throw new UsageError('请用 -o 给出存放填报表的文件夹');
  const grids = await readWorkbookGrids(file); // forms only read the master: the streaming reader
  const check = checkWorkbook(grids, options);
  period ??= defaultPeriod(check.asOf);
  const all = responsibleUnits(check.tasks, check.registry);
  const wanted = stringFlag(args, 'units')?.split(/[,，、]/).map((u) => u.trim()).filter(Boolean);
  const unknown = wanted?.filter((u) => !all.includes(u)) ?? [];
  if (unknown.length > 0) throw new UsageError(`这些单位不负责任何任务（或不在单位名录中）：${unknown.join('、')}`);
  if (all.length === 0) {
    io.err?.(`未生成填报表：${noFormsReason(check.tasks, check.registry)}`);
    return 1;
  }
  const forms = await formWorkbooks(check, grids, period, campaignOf(check, grids, baseName(file)), wanted);
  await fs.mkdir(dir, { recursive: true });
  for (const f of forms) await writeFileAtomic(path.join(dir, f.name), f.bytes);
  io.out(`已生成 ${forms.length} 份填报表（${formatISO(period.from)}至${formatISO(period.to)}），在 ${dir}`);
  return 0;
}

function dateFlag(flag: string, text: string): CivilDate {
  const d = readDateValue(text);
  if (!d.ok) throw new UsageError(`--${flag} 应为 YYYY-MM-DD 格式的日期（收到“${text}”）`);
  return d.date;
}

/**
 * Reads the master and the returns, collects, and writes the output workbook: the master streams in
 * (bounded reader) and goes out as a copy of its package, only the ledger's and task sheets' parts
 * edited and every other part (charts, pictures…) copied byte for byte. The other core reads the
 * returns while this one reads the master, and scans the ledger once it is named; this one prepares the
 * collect and then reads the returns the other has not begun.
 */
async function collectAndWrite(
  file: string, inputs: readonly string[], out: string, options: CheckOptions, period: Period | undefined,
  { due, received, receivedList }: { due?: CivilDate; received?: CivilDate; receivedList?: string },
) {
  const bytes = await readInputBytes(file);
  const helper = CollectHelper.start();
  try {
    // the returns folder is untrusted: links, pipes and oversized files are listed, never opened; the clerk's
    // received dates (--received, 收件日期 lists) come before the file's own dates, the modification time last
    const folder = await readReturnsFolder(inputs, { ...(received ? { received } : {}), ...(receivedList ? { receivedList } : {}) });
    const reading = helper.readReturns(folder.files);
    const verified = new VerifiedParts(bytes); // parts the reader checked are not inflated again by the writers
    const grids = await gridsOfWorkbook(file, bytes, verified);
    await checkOutputKind(file, bytes, out);
    const ledger = collectLedger(grids);
    const facts = ledger ? helper.scan(bytes, ledger.grid.name) : Promise.resolve(undefined);
    const check = checkWorkbook(grids, options);
    const window = period ?? defaultPeriod(check.asOf);
    const prep = prepareCollect(check, grids, window); // while the other thread still reads the returns
    const read = await reading.finish(window); // Word returns are dated against the period
    read.unreadable.unshift(...folder.skipped);
    const withLists = { ...read, accounted: folder.lists.map((file) => ({ file, reason: RECEIPT_LIST_NOTE })) };
    const result = collectFromRead(check, grids, withLists, window, due, prep);
    const writes = collectWrites(grids, result);
    if (writes.problem) throw new InputError(writes.problem);
    let patched: { bytes: Uint8Array; verified?: VerifiedParts };
    try {
      const known = await facts;
      patched = await patchCellsVerified(bytes, writes.sheets, verified, known ? [known] : []);
    } catch (e) {
      throw new InputError(`无法在文件 ${file} 的副本中写入收集的行：${(e as Error).message.split('\n')[0]}`);
    }
    helper.close();
    await writeFileAtomic(out, await withGeneratedSheets(file, patched.bytes, [collectSheet(result, nowInChina())], patched.verified));
    return { check, grids, folder, result };
  } finally {
    helper.close();
  }
}

export async function runCollect(args: ParsedArgs, io: Io, options: CheckOptions, period: Period | undefined): Promise<number> {
  const [, file, ...inputs] = args.positionals;
  if (!file || inputs.length === 0) throw new UsageError('用法：duban collect 台账.xlsx 填报表文件或文件夹… -o 输出.xlsx');
  const out = stringFlag(args, 'output');
  if (!out) throw new UsageError('请用 -o 给出输出文件（原文件不会被修改）');
  if (!/\.xls[xm]$/i.test(out)) throw new UsageError(`输出文件应以 .xlsx 或 .xlsm 结尾（收到“${out}”）`);
  if (await sameFile(file, out)) throw new UsageError('输出文件不能与输入文件相同：督办不修改原文件，请用 -o 指定另一个文件名');
  const dueText = stringFlag(args, 'due');
  const due = dueText !== undefined ? dateFlag('due', dueText) : undefined;
  const receivedText = stringFlag(args, 'received');
  const received = receivedText !== undefined ? dateFlag('received', receivedText) : undefined;
  const receivedList = stringFlag(args, 'received-list');
  const { check, grids, folder, result } = await collectAndWrite(file, inputs, out, options, period, { ...(due ? { due } : {}), ...(received ? { received } : {}), ...(receivedList ? { receivedList } : {}) });
  const files = folder.files;
  const campaign = campaignOf(check, grids, baseName(file));
  const notices = reminders(result, campaign, check.settings.text.issuer || '我办', civilDateAt(Date.now()), check.calendar);
  const noticeFile = stringFlag(args, 'notice');
  if (noticeFile && notices.list.length > 0) {
    if ((await fileExists(noticeFile)) && !args.flags.has('force')) throw new InputError(`${noticeFile} 已存在，未覆盖；如确要覆盖请加 --force`);
    const { reminderDocx } = await import('../documents/reminder-docx'); // docx loads only when a notice is written
    await writeFileAtomic(noticeFile, await reminderDocx(notices.list, check.settings.text.issuer || '', formatChinese(civilDateAt(Date.now()))));
  }
  const items = collectItems(result);
  io.out([
    collectSummary(files.length + folder.skipped.length + folder.lists.length, result),
    ...folder.listProblems.map((p) => `  请核实 ${p}`),
    ...[...items.rejected, ...items.duplicate, ...items.check].map((n) => `  ${COLLECT_ITEM_LABEL[n.kind]} ${collectItemLine(n)}`),
    result.missing.length > 0 ? `需催办（${result.missing.length}）：${result.missing.map((m) => `${m.unit}（${m.reason}）`).join('、')}` : '没有应报未报的单位。',
    ...(result.units.some((u) => u.receivedFrom === 'mtime') ? [`按文件修改时间判断按时/逾期的单位：${result.units.filter((u) => u.receivedFrom === 'mtime').map((u) => u.unit).join('、')}（修改时间可能是下载时间；可用 --received 或收件日期清单登记收到日期）`] : []),
    ...(notices.list.length > 0 ? ['', '催办通知（可直接复制）：', notices.text] : []),
    ...(noticeFile && notices.list.length > 0 ? [`已写入催办通知 ${noticeFile}`] : []),
    `已写入 ${out}`,
  ].join('\n'));
  return 0;
}
