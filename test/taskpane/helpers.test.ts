// The pane's small pure parts: language choice, the settings form, error wording, the grid's cell text and rows on screen,
// the browser page's file checks and download name, and the core helpers they rest on.
import { promises as fs } from 'fs';
import * as path from 'path';
import { readSampleTexts } from '../../src/cli/io';
import { formatDateTimeAt } from '../../src/core/dates/civil-date';
import { COMPUTED_HEADERS, computedColumnRanges } from '../../src/core/validation/computed-columns';
import { isDateFormatCode, parseRangeA1 } from '../../src/core/sheets/grid';
import { groupIssues, issueKey } from '../../src/core/validation/issue-groups';
import { ISSUE_CODES, makeIssue } from '../../src/core/validation/issues';
import { taskSheetCandidates } from '../../src/core/sheets/task-sheet';
import { OpenWorkbookError, downloadFileName, openWorkbookBytes, sampleWorkbook } from '../../src/taskpane/browser-workbook';
import { PaneError, describeError } from '../../src/taskpane/errors';
import { GRID_ROW_HEIGHT, MAX_GRID_COLUMNS, cellDisplay, gridExtent, visibleRows } from '../../src/taskpane/grid-view';
import { EMPTY_DRAFT, draftFromView, settingsFromDraft } from '../../src/taskpane/settings';
import { EN, ZH, stringsFor } from '../../src/taskpane/strings';
import { sniffWorkbookBytes } from '../../src/workbook/package/sniff';
import { CheckView } from '../../src/taskpane/actions';
import { grid, taskGrid } from '../helpers/grids';

describe('strings', () => {
  test('Chinese first; English when Office’s display language is English', () => {
    expect(stringsFor('zh-CN')).toBe(ZH);
    expect(stringsFor(null)).toBe(ZH);
    expect(stringsFor('ja-JP')).toBe(ZH);
    expect(stringsFor('en-US')).toBe(EN);
    expect(stringsFor('EN-gb')).toBe(EN);
  });
  test('both languages name every issue code and every key', () => {
    for (const code of ISSUE_CODES) {
      expect(ZH.issueTitle[code]).toMatch(/[\u4e00-\u9fff]/);
      expect(EN.issueTitle[code]).toMatch(/^[A-Z]/);
    }
    expect(Object.keys(EN).sort()).toEqual(Object.keys(ZH).sort());
    expect(ZH.badFile('x.xlsx', 'encrypted')).toContain('取消密码');
  });
});

const VIEW = {
  planYear: 2023,
  asOf: { year: 2023, month: 6, day: 30 },
  period: { from: { year: 2023, month: 1, day: 1 }, to: { year: 2023, month: 6, day: 30 } },
} as unknown as CheckView;

describe('settings form', () => {
  test('untyped fields follow the check; typed ones are kept and passed on', () => {
    const filled = draftFromView(EMPTY_DRAFT, VIEW);
    expect(filled).toMatchObject({ planYear: '2023', asOf: '2023-06-30', from: '2023-01-01', to: '2023-06-30' });
    expect(settingsFromDraft(filled)).toEqual({ settings: {}, errors: {} });
    const typed = { ...filled, asOf: '2023-03-31', typed: { ...filled.typed, asOf: true } };
    expect(settingsFromDraft(typed).settings).toEqual({ asOf: { year: 2023, month: 3, day: 31 } });
    // a later check keeps what was typed
    expect(draftFromView(typed, { ...VIEW, asOf: { year: 2023, month: 3, day: 31 } }).asOf).toBe('2023-03-31');
    expect(settingsFromDraft({ ...filled, sheet: '任务分工表' }).settings).toEqual({ sheet: '任务分工表' });
  });
  test('what cannot be read is named, not guessed', () => {
    const filled = draftFromView(EMPTY_DRAFT, VIEW);
    expect(settingsFromDraft({ ...filled, planYear: '23', typed: { ...filled.typed, planYear: true } }).errors).toEqual({ planYear: 'badYear' });
    expect(settingsFromDraft({ ...filled, asOf: '', typed: { ...filled.typed, asOf: true } }).errors).toEqual({ asOf: 'badDate' });
    expect(settingsFromDraft({ ...filled, from: '2023-07-01', typed: { ...filled.typed, period: true } }).errors).toEqual({ to: 'badPeriod' });
    expect(settingsFromDraft({ ...filled, from: '2023-05-01', typed: { ...filled.typed, period: true } }).settings).toEqual({
      period: { from: { year: 2023, month: 5, day: 1 }, to: { year: 2023, month: 6, day: 30 } },
    });
  });
});

describe('errors in plain words', () => {
  test('Excel’s codes say what to do', () => {
    const excelError = (code: string, message = '') => Object.assign(new Error(message), { code });
    expect(describeError(excelError('InvalidOperationInCellEditMode'), ZH)).toBe(ZH.errorCellEdit);
    expect(describeError(excelError('AccessDenied'), ZH)).toBe(ZH.errorProtected);
    expect(describeError(excelError('ItemNotFound'), ZH)).toBe(ZH.errorNotFound);
    expect(describeError(excelError('RequestPayloadSizeLimitExceeded'), ZH)).toBe(ZH.errorTooLarge);
    expect(describeError(excelError('ItemNotFound'), EN)).toBe(EN.errorNotFound);
  });
  test('Chinese messages of the ports pass through; anything else is wrapped', () => {
    expect(describeError(new Error('没有名为“台账”的工作表'), ZH)).toBe('没有名为“台账”的工作表');
    expect(describeError(new PaneError('自己的话'), ZH)).toBe('自己的话');
    expect(describeError(new TypeError('x is undefined'), ZH)).toBe(ZH.errorUnknown('x is undefined'));
    expect(describeError('boom', ZH)).toContain('boom');
  });
});

describe('grid view', () => {
  test('cell text as Excel shows it', () => {
    expect(cellDisplay(45107, 'yyyy-mm-dd')).toBe('2023-06-30');
    expect(cellDisplay(45107, 'yyyy"年"m"月"d"日"')).toBe('2023-06-30');
    expect(cellDisplay(0.9437, '0.0%')).toBe('94.4%');
    expect(cellDisplay(12.345, '0.00')).toBe('12.35');
    expect(cellDisplay(0.1 + 0.2, null)).toBe('0.3');
    expect(cellDisplay(45107, null)).toBe('45107');
    expect(cellDisplay({ error: '#REF!' })).toBe('#REF!');
    expect(cellDisplay(true)).toBe('TRUE');
    expect(cellDisplay(null)).toBe('');
    expect(cellDisplay('=1+1', '@')).toBe('=1+1');
  });
  test('rows on screen and the sheet’s extent', () => {
    expect(visibleRows(0, 240, 50_000)).toEqual({ first: 0, last: 20 });
    expect(visibleRows(GRID_ROW_HEIGHT * 1000, 240, 50_000)).toEqual({ first: 990, last: 1020 });
    expect(visibleRows(GRID_ROW_HEIGHT * 49_999, 240, 50_000).last).toBe(50_000);
    const wide = grid('宽', [Array.from({ length: 100 }, (_, i) => i)]);
    expect(gridExtent(wide)).toEqual({ rows: 1, columns: MAX_GRID_COLUMNS, totalRows: 1 });
    expect(gridExtent(grid('空', []))).toEqual({ rows: 0, columns: 1, totalRows: 0 });
  });
});

describe('browser workbooks', () => {
  test('download name: 原文件名-督办.xlsx, once', () => {
    expect(downloadFileName('任务分工表.xlsx')).toBe('任务分工表-督办.xlsx');
    expect(downloadFileName('任务分工表-督办.xlsx')).toBe('任务分工表-督办.xlsx');
    expect(downloadFileName('旧表.XLS')).toBe('旧表-督办.xlsx');
    expect(downloadFileName('.xlsx')).toBe('督办-督办.xlsx');
  });

  test('a picked file that is no workbook is named for what it is', async () => {
    const kindOf = async (bytes: Uint8Array) => {
      try {
        await openWorkbookBytes('f.xlsx', bytes);
        return 'opened';
      } catch (e) {
        expect(e).toBeInstanceOf(OpenWorkbookError);
        return (e as OpenWorkbookError).kind;
      }
    };
    expect(await kindOf(new Uint8Array())).toBe('empty');
    expect(await kindOf(new TextEncoder().encode('日期,单位\n'))).toBe('other');
    expect(await kindOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBe('corrupt');
    const bad = path.join(__dirname, '..', 'fixtures', 'bad');
    const expected: Record<string, string> = {
      'csv-renamed.xlsx': 'other', 'empty-file.xlsx': 'empty', 'encrypted.xlsx': 'encrypted', 'legacy.xls': 'xls',
      'not-a-zip.xlsx': 'other', 'truncated.xlsx': 'corrupt', 'headers-only.xlsx': 'opened',
      // the hostile corpus goes through the same bounded reader as the CLI
      'hostile/cell-zzzzzz.xlsx': 'corrupt', 'hostile/bomb-ratio.xlsx': 'corrupt', 'hostile/merges-overlapping.xlsx': 'corrupt', 'hostile/valid.xlsx': 'opened',
    };
    for (const [file, kind] of Object.entries(expected)) {
      const bytes = new Uint8Array(await fs.readFile(path.join(bad, file)));
      expect([file, await kindOf(bytes)]).toEqual([file, kind]);
    }
  });

  test('sniffing: OLE files told apart by their stream names', () => {
    const ole = (name: string) => {
      const bytes = new Uint8Array(1024);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      for (let i = 0; i < name.length; i++) bytes[512 + 2 * i] = name.charCodeAt(i);
      return bytes;
    };
    expect(sniffWorkbookBytes(ole('EncryptedPackage'))).toBe('encrypted');
    expect(sniffWorkbookBytes(ole('Workbook'))).toBe('xls');
    expect(sniffWorkbookBytes(ole('WordDocument'))).toBe('ole');
  });

  test('the sample opens with its task sheet as a candidate, and saves', async () => {
    const workbook = await sampleWorkbook(await readSampleTexts());
    const grids = await workbook.readAll();
    expect(taskSheetCandidates(grids)).toEqual(['任务分工表']);
    const reopened = await openWorkbookBytes('六安市2023示例.xlsx', await workbook.save());
    expect((await reopened.listSheets()).map((s) => s.name)).toEqual(grids.map((g) => g.name));
  });
});

describe('core helpers for the pane', () => {
  test('issues grouped by severity and code', () => {
    const issues = [
      makeIssue('TASK_OVERDUE', '任务分工表', 'E8', '逾期'),
      makeIssue('UNKNOWN_UNIT', '任务分工表', 'C11', '不在名录', '市教体局', '市教育局'),
      makeIssue('UNIT_GROUP', '任务分工表', 'D3', '展开'),
      makeIssue('DUPLICATE_SEQ', '任务分工表', 'A4', '重复'),
      makeIssue('TASK_OVERDUE', '任务分工表', 'E9', '逾期'),
    ];
    const groups = groupIssues(issues);
    expect(groups.map((g) => [g.severity, g.count])).toEqual([['error', 1], ['warning', 3], ['info', 1]]);
    expect(groups[1].codes.map((c) => [c.code, c.issues.length, c.fixable])).toEqual([['DUPLICATE_SEQ', 1, 0], ['TASK_OVERDUE', 2, 0]]);
    expect(groups[0].codes[0].fixable).toBe(1);
    expect(groupIssues([])).toEqual([]);
    expect(issueKey(issues[0])).not.toBe(issueKey(issues[4]));
  });

  test('computed column ranges: under our headers only, adjacent columns joined', () => {
    const rows = [
      ['标题'],
      ['序号', '主要任务', '牵头责任部门', COMPUTED_HEADERS.expected, COMPUTED_HEADERS.submitted, '备注', COMPUTED_HEADERS.status],
      [1, '任务', '市委宣传部', 12, 3, null, '周期性'],
      [2, '任务', '市委宣传部', 12, 3, null, '周期性'],
    ];
    expect(computedColumnRanges(grid('任务分工表', rows))).toEqual(['D3:E4', 'G3:G4']);
    expect(computedColumnRanges(taskGrid([[1, '任务', '市委宣传部']]))).toEqual([]);
    expect(computedColumnRanges(grid('其他', [['甲']]))).toEqual([]);
  });

  test('ranges, date formats and the stamp time', () => {
    expect(parseRangeA1('J3:M40')).toEqual({ top: 2, left: 9, bottom: 39, right: 12 });
    expect(parseRangeA1('C7')).toEqual({ top: 6, left: 2, bottom: 6, right: 2 });
    expect(parseRangeA1('M40:J3')).toEqual({ top: 2, left: 9, bottom: 39, right: 12 });
    expect(parseRangeA1('A1:B2:C3')).toBeNull();
    expect(parseRangeA1('整列')).toBeNull();
    expect(isDateFormatCode('yyyy-mm-dd')).toBe(true);
    expect(isDateFormatCode('[$-804]yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormatCode('0.0%')).toBe(false);
    expect(isDateFormatCode('"天"0')).toBe(false);
    expect(isDateFormatCode('General')).toBe(false);
    expect(formatDateTimeAt(Date.UTC(2023, 6, 3, 2, 5))).toBe('2023-07-03 10:05');
    expect(formatDateTimeAt(Date.UTC(2023, 11, 31, 16, 30))).toBe('2024-01-01 00:30');
  });
});
