// `duban holidays 通知.txt [文件.xlsx -o 输出.xlsx]`: the State Council's holiday notice of a year the holiday package lacks, read and written into 节假日.
import * as path from 'path';
import { readHolidayNotice } from '../core/dates/holiday-notice';
import { holidayNoticeLines, holidayWrites } from '../core/sheets/holiday-rows';
import { PlanReadError, readPlanDocument } from '../documents/plan-reader';
import { PackageWorkbook } from '../workbook/file/package-workbook';
import { ParsedArgs, UsageError, stringFlag } from './args';
import { readPlanBytes } from './import';
import { InputError, checkOutputKind, readInputBytes, sameFile, writeFileAtomic } from './io';

interface Out {
  out(text: string): void;
}

export async function runHolidays(args: ParsedArgs, io: Out): Promise<number> {
  const [, noticeFile, workbookFile] = args.positionals;
  if (!noticeFile) throw new UsageError('请给出节假日安排通知（.txt 或 .docx），如：duban holidays 2027年节假日安排.txt 分工表.xlsx -o 输出.xlsx');
  const yearText = stringFlag(args, 'year');
  if (yearText !== undefined && (!/^\d{4}$/.test(yearText) || Number(yearText) < 1900 || Number(yearText) > 2100)) {
    throw new UsageError(`--year 应为四位年份，如 2027（收到“${yearText}”）`);
  }
  const out = stringFlag(args, 'output');
  if (workbookFile && !out) throw new UsageError('请用 -o 给出输出文件，如：-o 分工表（含节假日）.xlsx（原文件不会被修改）');
  if (out && !workbookFile) throw new UsageError('-o 需要同时给出要写入的工作簿，如：duban holidays 通知.txt 分工表.xlsx -o 输出.xlsx');
  if (out && !/\.xls[xm]$/i.test(out)) throw new UsageError(`输出文件应以 .xlsx 或 .xlsm 结尾（收到“${out}”）`);
  if (workbookFile && out && (await sameFile(workbookFile, out))) throw new UsageError('输出文件不能与输入文件相同：督办不修改原文件，请用 -o 指定另一个文件名');

  let text: string;
  try {
    text = (await readPlanDocument(await readPlanBytes(noticeFile), path.basename(noticeFile))).text;
  } catch (e) {
    if (e instanceof PlanReadError) throw new InputError(e.message);
    throw e;
  }
  const notice = readHolidayNotice(text, yearText ? Number(yearText) : undefined);
  if (!notice.items.length) throw new InputError(`${path.basename(noticeFile)}：${notice.problems.join('；')}`);
  if (!workbookFile || !out) {
    io.out([...holidayNoticeLines(notice), '（未给出工作簿，未写入；写入请用：duban holidays 通知 文件.xlsx -o 输出.xlsx）'].join('\n'));
    return notice.problems.length ? 1 : 0;
  }
  const bytes = await readInputBytes(workbookFile);
  await checkOutputKind(workbookFile, bytes, out);
  let workbook: PackageWorkbook;
  try {
    workbook = await PackageWorkbook.open(bytes);
  } catch (e) {
    throw new InputError(`${workbookFile}：${(e as Error).message.split('\n')[0]}`);
  }
  const writes = holidayWrites(await workbook.readAll(), notice);
  if (writes.newSheet) await workbook.addSheets([writes.newSheet]);
  else if (writes.cells.length) await workbook.setCells(writes.sheet!, writes.cells);
  await writeFileAtomic(out, await workbook.save());
  io.out([...holidayNoticeLines(notice, writes), `已写入 ${out}`].join('\n'));
  return notice.problems.length || writes.conflicts.length ? 1 : 0;
}
