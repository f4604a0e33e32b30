// The pane's actions against the Office.js port running on the Excel test double: check, select, fix one and all of a
// code, computed columns, generation with progress (and its chart), 定稿 on generated and computed cells only, 新建模板, 节假日安排.
import * as fs from 'fs';
import * as path from 'path';
import { readSampleTexts } from '../../src/cli/io';
import { formatISO } from '../../src/core/dates/civil-date';
import { COMPUTED_HEADERS } from '../../src/core/validation/computed-columns';
import { sampleSheets } from '../../src/core/sheets/sample';
import { GenerateProgress, PaneActions } from '../../src/taskpane/actions';
import { OfficeWorkbook } from '../../src/workbook/excel/office';
import { GENERATED_MARKER } from '../../src/workbook/port';
import { SheetModel, WorkbookModel, sheetValues } from '../workbook/excel-double';

/** 2023-07-03 10:05 in China. */
const CLOCK = { now: () => Date.UTC(2023, 6, 3, 2, 5) };

async function sampleModel(options: ConstructorParameters<typeof OfficeWorkbook>[1] = {}) {
  const model = new WorkbookModel();
  model.addSheet('Sheet1'); // a workbook always has a sheet
  const port = new OfficeWorkbook(model.run, options);
  await port.addSheets(sampleSheets(await readSampleTexts()));
  return { model, port, actions: new PaneActions(port, CLOCK), tasks: model.sheet('任务分工表')! };
}

/** Every cell of every sheet, for "nothing else changed" comparisons. */
function snapshot(model: WorkbookModel) {
  return model.sheets.map((s) => ({ name: s.name, visibility: s.visibility, cells: JSON.stringify([...s.cells].map(([r, row]) => [r, [...row]])) }));
}

function cellsOf(sheet: SheetModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const [r, row] of sheet.cells) for (const [c, cell] of row) out.set(`${r},${c}`, JSON.stringify(cell));
  return out;
}

/** Cells that differ between two states of a sheet, as "row,col" (0-based). */
function changed(before: Map<string, string>, sheet: SheetModel): string[] {
  const after = cellsOf(sheet);
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => before.get(k) !== after.get(k)).sort();
}

describe('check', () => {
  test('finds the task sheet and the plan year, as-of date and period a report would use', async () => {
    const { actions } = await sampleModel();
    const view = await actions.check({});
    expect(view.taskSheet).toBe('任务分工表');
    expect(view.candidates).toEqual(['任务分工表']);
    expect(view.planYear).toBe(2023);
    expect(formatISO(view.asOf)).toBe('2023-06-30');
    // the month of the as-of date: the default of the CLI's report, bulletin, forms and collect too (core defaultPeriod)
    expect([formatISO(view.period.from), formatISO(view.period.to)]).toEqual(['2023-06-01', '2023-06-30']);
    expect(view.hasComputedColumns).toBe(false);
  });

  test('a role chosen in the mapping view is saved in 设置\'s 列映射 and read by the next check', async () => {
    const { actions, port } = await sampleModel();
    const before = await actions.check({});
    const dCol = before.mapping.find((m) => m.letter === 'D')!;
    expect(dCol.role).toBe('配合');
    const view = await actions.setColumnRole(dCol.col, null, {});
    expect(view.mapping.find((m) => m.letter === 'D')!.role).toBe('');
    const settings = await port.readSheet('设置');
    const row = settings.rows.find((r) => r[0] === '列映射');
    expect(row?.[1]).toMatch(/^序号=A,任务=B,牵头=C,时限=E/);
    // a fresh pane (a reload) reads the same mapping from the workbook
    const again = await new PaneActions(port, CLOCK).check({});
    expect(again.mapping.find((m) => m.letter === 'D')!.role).toBe('');
  });

  test('two people columns both show as 领导; a change elsewhere saves the first as 领导 (a mapping holds one column per role)', async () => {
    const model = new WorkbookModel();
    model.addSheet('Sheet1');
    const port = new OfficeWorkbook(model.run, {});
    // 宁波 2014 民生实事 (test/fixtures/real/ningbo-2014-minsheng): 牵头领导 and 项目责任人
    const rows: (string | number)[][] = [
      ['序号', '实事项目', '牵头领导', '责任单位', '项目责任人', '配合单位'],
      [1, '轨道交通1号线一期工程投入试运营。', '林静国', '市轨道交通工程建设指挥部', '尹文德', ''],
      [2, '新增安装300套路口交通信息视频采集设备。', '王仁洲', '市公安局', '王伟标', '市城管局、市财政局'],
      [3, '新辟公交线路10条,优化调整20条。', '王仁洲', '市交通委', '劳可军', '市公安局、市城管局,各区政府'],
    ];
    await port.addSheets([{ name: '民生实事', generated: false, rows: rows.map((r) => r.map((value) => ({ value }))) }]);
    const actions = new PaneActions(port, CLOCK);
    const before = await actions.check({});
    expect(before.mapping.map((m) => `${m.letter}:${m.role}`)).toEqual(['A:序号', 'B:任务', 'C:领导', 'D:牵头', 'E:领导', 'F:配合']);
    await actions.setColumnRole(5, null, {});
    const row = (await port.readSheet('设置')).rows.find((r) => r[0] === '列映射');
    expect(row?.[1]).toBe('序号=A,任务=B,领导=C,牵头=D');
  });

  test('shows the task sheet\'s columns as read: letter, header and role', async () => {
    const { actions } = await sampleModel();
    const view = await actions.check({});
    expect(view.mapping.map((m) => `${m.letter}:${m.header}:${m.role}`)).toEqual(
      expect.arrayContaining(['A:序号:序号', 'B:主要任务:任务', 'C:牵头责任部门:牵头', 'D:配合责任部门:配合', 'E:完成时限:时限']),
    );
  });

  test('groups issues by severity (errors first) and code, with counts and how many are fixable', async () => {
    const { actions } = await sampleModel();
    const view = await actions.check({});
    expect(view.groups.map((g) => g.severity)).toEqual(['error', 'warning', 'info']);
    expect(view.groups.map((g) => g.count)).toEqual([view.counts.error, view.counts.warning, view.counts.info]);
    const unknown = view.groups[0].codes.find((c) => c.code === 'UNKNOWN_UNIT')!;
    expect(unknown.issues).toHaveLength(1);
    expect(unknown.issues[0]).toMatchObject({ sheet: '任务分工表', cell: 'C11', suggestion: '市教体局', replaces: '市教育局' });
    expect(unknown.fixable).toBe(1);
    const nonWorkday = view.groups[1].codes.find((c) => c.code === 'DEADLINE_NON_WORKDAY')!;
    expect(nonWorkday.issues.map((i) => i.cell)).toEqual(['E10', 'E11']);
    expect(nonWorkday.fixable).toBe(2);
  });

  test('settings from the pane override the workbook’s', async () => {
    const { actions } = await sampleModel();
    const view = await actions.check({ asOf: { year: 2023, month: 3, day: 31 }, period: { from: { year: 2023, month: 3, day: 1 }, to: { year: 2023, month: 3, day: 31 } } });
    expect(formatISO(view.asOf)).toBe('2023-03-31');
    expect(formatISO(view.period.from)).toBe('2023-03-01');
    const other = await actions.check({ sheet: '单位名录' });
    expect(other.taskSheet).toBeNull();
    expect(other.issues.map((i) => i.code)).toContain('HEADER_NOT_FOUND');
  });
});

describe('select', () => {
  test('activates the issue’s sheet and selects its cell in Excel', async () => {
    const { model, actions } = await sampleModel();
    const view = await actions.check({});
    await actions.select(view.issues.find((i) => i.code === 'UNKNOWN_UNIT')!);
    expect(model.activeSheet?.name).toBe('任务分工表');
    expect(model.selection).toBe('任务分工表!C11:C11');
    await actions.select(view.issues.find((i) => i.sheet === '报送台账')!);
    expect(model.activeSheet?.name).toBe('报送台账');
  });
});

describe('fixes', () => {
  test('one issue: its cell alone gets the suggestion, then the workbook is checked again', async () => {
    const { model, actions, tasks } = await sampleModel();
    const view = await actions.check({});
    const issue = view.issues.find((i) => i.code === 'UNKNOWN_UNIT')!;
    const before = cellsOf(tasks);
    const others = snapshot(model).filter((s) => s.name !== '任务分工表');
    const outcome = await actions.fixIssue(issue, {});
    expect(outcome.found).toBe(true);
    expect(outcome.applied).toEqual([{ sheet: '任务分工表', cell: 'C11', before: '市教育局', value: '市教体局' }]);
    expect(changed(before, tasks)).toEqual(['10,2']);
    expect(tasks.cell(10, 2)?.value).toBe('市教体局');
    expect(snapshot(model).filter((s) => s.name !== '任务分工表')).toEqual(others);
    expect(outcome.view.issues.some((i) => i.code === 'UNKNOWN_UNIT')).toBe(false);
  });

  test('an issue that no longer exists (the cell changed meanwhile) writes nothing', async () => {
    const { model, actions, tasks } = await sampleModel();
    const issue = (await actions.check({})).issues.find((i) => i.code === 'UNKNOWN_UNIT')!;
    tasks.setCell(10, 2, { value: '市教体局' }); // the clerk typed the right name meanwhile
    const before = snapshot(model);
    const outcome = await actions.fixIssue(issue, {});
    expect(outcome).toMatchObject({ found: false, applied: [] });
    expect(snapshot(model)).toEqual(before);
  });

  test('全部修复 applies every suggestion of one code, and only those cells change', async () => {
    const { model, actions, tasks } = await sampleModel();
    await actions.check({});
    const before = cellsOf(tasks);
    const others = snapshot(model).filter((s) => s.name !== '任务分工表');
    const outcome = await actions.fixCode('DEADLINE_NON_WORKDAY', {});
    expect(outcome.applied.map((f) => f.cell)).toEqual(['E10', 'E11']);
    expect(changed(before, tasks)).toEqual(['10,4', '9,4']);
    // 2023-06-09 and 2023-09-28 (the working days before), as dates
    expect(tasks.cell(9, 4)).toMatchObject({ value: 45086, numberFormat: 'yyyy-mm-dd' });
    expect(tasks.cell(10, 4)).toMatchObject({ value: 45197, numberFormat: 'yyyy-mm-dd' });
    expect(snapshot(model).filter((s) => s.name !== '任务分工表')).toEqual(others);
    expect(outcome.view.issues.some((i) => i.code === 'DEADLINE_NON_WORKDAY')).toBe(false);
    // nothing left of that code: nothing written
    const again = await actions.fixCode('DEADLINE_NON_WORKDAY', {});
    expect(again.applied).toEqual([]);
  });
});

describe('computed columns', () => {
  test('headers as text and live formulas after the last column, nothing else touched', async () => {
    const { model, actions, tasks } = await sampleModel();
    const before = cellsOf(tasks);
    const others = snapshot(model).filter((s) => s.name !== '任务分工表');
    const outcome = await actions.addComputedColumns({});
    expect(outcome.sheet).toBe('任务分工表');
    expect(outcome.headers).toEqual(Object.values(COMPUTED_HEADERS));
    expect(outcome.cells).toBe(14 * 4);
    expect(sheetValues(tasks)[1].slice(9, 13)).toEqual(Object.values(COMPUTED_HEADERS));
    expect(tasks.cell(3, 9)?.formula).toBe("=IF($F4=\"\",\"\",DUBAN.QUOTA($F4,DATE(2023,1,1),'设置'!$B$3))");
    expect(tasks.cell(3, 12)?.formula).toBe("=DUBAN.STATUS($E4,$G4,'设置'!$B$3)");
    expect(tasks.cell(3, 11)).toMatchObject({ formula: '=IF(N(J4)>0,MIN(K4/J4,1),"")', numberFormat: '0.0%' });
    // only columns J:M of the header row and the task rows changed
    expect(changed(before, tasks).every((k) => Number(k.split(',')[1]) >= 9 && Number(k.split(',')[1]) <= 12)).toBe(true);
    expect(snapshot(model).filter((s) => s.name !== '任务分工表')).toEqual(others);
    expect(outcome.view.hasComputedColumns).toBe(true);
    // adding again reuses the same columns
    const again = await actions.addComputedColumns({});
    expect(again.headers).toEqual(outcome.headers);
    expect(sheetValues(tasks)[1].length).toBe(13);
  });
});

describe('generation', () => {
  test('writes the six summary sheets, with a native chart of 总分 in the bulletin, and reports progress', async () => {
    const { model, actions } = await sampleModel();
    const events: GenerateProgress[] = [];
    const outcome = await actions.generate({}, (p) => {
      events.push(p);
    });
    expect(outcome.sheets).toEqual(['校验结果', '单位任务清单', '月度通报-2023-06', '得分明细', '逾期预警', '年度考核-2023']);
    expect(outcome.bulletin).toBe('月度通报-2023-06');
    for (const name of outcome.sheets) expect(model.sheet(name)?.visibility).toBe('Visible');
    expect(model.names.filter((n) => n.name.startsWith(GENERATED_MARKER)).map((n) => n.sheet?.name).sort()).toEqual([...outcome.sheets].sort());
    expect(outcome.view.sheets.filter((s) => s.generated).map((s) => s.name)).toEqual(outcome.sheets);
    const stamp = sheetValues(model.sheet('校验结果')!)[1][0];
    expect(stamp).toBe('生成于 2023-07-03 10:05，数据截至 2023-06-30（督办自动生成，重新生成时将被替换）');

    const bulletin = model.sheet('月度通报-2023-06')!;
    const chart = bulletin.log.find((o) => o.path === 'charts.add')!;
    expect(chart.args[0]).toBe('BarClustered');
    expect(bulletin.log.some((o) => o.path === 'charts.add().title.text' && o.args[0] === '总分')).toBe(true);
    expect(bulletin.log.some((o) => o.path === 'charts.add().series.getItemAt().setXAxisValues')).toBe(true);
    const header = sheetValues(bulletin)[2];
    expect(header).toEqual(expect.arrayContaining(['单位', '总分', '排名']));

    // progress: read, compute, then writes of every sheet, then done; never going back, ending at 1
    expect(events[0]).toEqual({ phase: 'read', fraction: 0 });
    expect(events[1].phase).toBe('compute');
    expect(events[events.length - 1]).toEqual({ phase: 'done', fraction: 1 });
    const fractions = events.map((e) => e.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(new Set(events.filter((e) => e.phase === 'write').map((e) => e.sheet))).toEqual(new Set(outcome.sheets));
  });

  test('a large sheet reports progress per chunk (a request each)', async () => {
    const { model, actions } = await sampleModel({ requestBudget: 90_000 });
    const events: GenerateProgress[] = [];
    const before = model.syncCount;
    await actions.generate({}, (p) => {
      events.push(p);
    });
    const perSheet = new Map<string, number>();
    for (const e of events) if (e.phase === 'write') perSheet.set(e.sheet!, (perSheet.get(e.sheet!) ?? 0) + 1);
    // 单位任务清单 (one row per unit and task) needs several requests at this budget: several progress events
    expect(perSheet.get('单位任务清单')).toBeGreaterThan(2);
    expect(model.syncCount - before).toBeGreaterThan(10);
  });

  test('generating again replaces Duban’s sheets; a failure leaves the workbook as it was', async () => {
    const { model, actions } = await sampleModel();
    await actions.generate({});
    const sheetCount = model.sheets.length;
    const again = await actions.generate({});
    expect(model.sheets.length).toBe(sheetCount);
    expect(again.sheets).toEqual(['校验结果', '单位任务清单', '月度通报-2023-06', '得分明细', '逾期预警', '年度考核-2023']);

    const before = snapshot(model);
    const names = model.names.map((n) => n.name);
    model.failAtSync = model.syncCount + 6; // somewhere inside the writes
    await expect(actions.generate({})).rejects.toThrow('simulated failure');
    model.failAtSync = null;
    expect(model.names.map((n) => n.name)).toEqual(names);
    // the sheet being written when it failed is gone; those written before were swapped in whole
    const after = snapshot(model);
    expect(after.map((s) => s.name)).toEqual(before.map((s) => s.name));
    expect(after.every((s) => s.visibility === 'Visible')).toBe(true);
  });
});

describe('定稿', () => {
  test('replaces formulas on generated sheets and in computed columns only; the clerk’s own formulas stay', async () => {
    const { model, actions, tasks } = await sampleModel();
    await actions.addComputedColumns({});
    await actions.generate({});
    // the clerk's own formulas: one beside the table, one in the ledger
    tasks.setCell(20, 1, { value: 14, formula: '=COUNTA(B3:B16)' });
    const ledger = model.sheet('报送台账')!;
    ledger.setCell(0, 12, { value: 3, formula: '=1+2' });
    const generated = model.sheets.filter((s) => model.names.some((n) => n.sheet === s && n.name.startsWith(GENERATED_MARKER)));
    expect(generated).toHaveLength(6);
    const formulasIn = (s: SheetModel) => [...s.cells.values()].reduce((n, row) => n + [...row.values()].filter((c) => c.formula !== undefined).length, 0);
    const generatedFormulas = generated.reduce((n, s) => n + formulasIn(s), 0);
    expect(generatedFormulas).toBeGreaterThan(0); // links to cells (HYPERLINK)

    const outcome = await actions.finalize({});
    expect(outcome.cells).toBe(generatedFormulas + 14 * 4);
    for (const s of generated) expect(formulasIn(s)).toBe(0);
    for (let r = 2; r < 16; r++) for (let c = 9; c <= 12; c++) expect(tasks.cell(r, c)?.formula).toBeUndefined();
    expect(tasks.cell(20, 1)?.formula).toBe('=COUNTA(B3:B16)');
    expect(ledger.cell(0, 12)?.formula).toBe('=1+2');
    expect(sheetValues(tasks)[1].slice(9, 13)).toEqual(Object.values(COMPUTED_HEADERS));
    // nothing left to do
    expect(await actions.finalize({})).toEqual({ sheets: 0, cells: 0 });
  });
});

describe('新建模板', () => {
  test('adds the template sheets as user sheets; taken names get new ones', async () => {
    const { model, actions } = await sampleModel();
    const before = snapshot(model);
    const names = await actions.addTemplate();
    expect(names).toEqual(['任务分工表 (2)', '单位名录 (2)', '媒体名录 (2)', '报送台账 (2)', '抽查结果 (2)', '评分规则 (2)', '设置 (2)', '节假日 (2)']);
    expect(snapshot(model).slice(0, before.length)).toEqual(before);
    expect(model.names.some((n) => n.name.startsWith(GENERATED_MARKER))).toBe(false);
    expect(sheetValues(model.sheet('任务分工表 (2)')!)[1]).toEqual(expect.arrayContaining(['序号', '主要任务', '牵头责任部门']));
    const view = await actions.check({});
    expect(view.candidates).toEqual(['任务分工表', '任务分工表 (2)']);
  });

  test('into an empty workbook: the names as they are', async () => {
    const model = new WorkbookModel();
    model.addSheet('Sheet1');
    const names = await new PaneActions(new OfficeWorkbook(model.run), CLOCK).addTemplate();
    expect(names[0]).toBe('任务分工表');
    expect(model.sheets.map((s) => s.name)).toEqual(['Sheet1', ...names]);
  });
});

describe('节假日安排', () => {
  test('the pasted 2024 notice is appended to the sample’s 节假日 sheet through Office.js, and the next check reads it', async () => {
    const { actions, model } = await sampleModel();
    const text = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'holiday-notices', '2024.txt'), 'utf8');
    const outcome = await actions.addHolidayNotice(text, {});
    expect(outcome.added).toBe(36);
    expect(outcome.conflicts).toBe(0);
    expect(outcome.problems).toBe(0);
    expect(outcome.lines[0]).toBe('读出 2024 年节假日安排 7 项：休息日 28 天，调休上班 8 天。');
    const values = sheetValues(model.sheet('节假日')!);
    const rows = values.filter((r) => r[1] === '休息日' || r[1] === '工作日');
    expect(rows).toHaveLength(36);
    expect(rows.find((r) => r[1] === '工作日')!.slice(1)).toEqual(['工作日', '春节调休上班']);
    expect(outcome.view.taskSheet).toBe('任务分工表');
  });

  test('a notice without its title takes the pane’s plan year; text that is no notice is refused in Chinese, nothing written', async () => {
    const { actions, model } = await sampleModel();
    const before = snapshot(model);
    await expect(actions.addHolidayNotice('各单位：请按时报送。', {})).rejects.toThrow('没有读出通知所安排的年份');
    expect(snapshot(model)).toEqual(before);
    const outcome = await actions.addHolidayNotice('一、元旦：1月1日（周五）至3日（周日）放假，共3天。', { planYear: 2027 });
    expect(outcome.added).toBe(3);
    expect(outcome.problems).toBe(0);
  });
});
