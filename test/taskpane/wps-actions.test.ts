// The pane's actions over the WPS port on the ET double, as over the Office port: the sample's 市教育局
// flagged and fixed, computed columns (values where WPS runs no add-in functions), 生成汇总 writing
// every summary sheet marked as Duban's, 定稿 leaving no formula on them, 新建模板 adding sheets.
import { readSampleTexts } from '../../src/cli/io';
import { sampleSheets } from '../../src/core/sheets/sample';
import { PaneActions } from '../../src/taskpane/actions';
import { WpsWorkbook } from '../../src/workbook/wps/wps-workbook';
import { WorkbookModel } from '../workbook/excel-double';
import { EtDouble } from '../workbook/wps-double';

/** 2023-07-03 10:05 in China. */
const CLOCK = { now: () => Date.UTC(2023, 6, 3, 2, 5) };

async function sample(customFunctions: boolean) {
  const model = new WorkbookModel();
  model.activeSheet = model.addSheet('Sheet1'); // a workbook always has a sheet
  const et = new EtDouble(model, { flavour: customFunctions ? 'property' : 'method' });
  const port = new WpsWorkbook(et.Application, { now: et.now, customFunctions });
  await port.addSheets(sampleSheets(await readSampleTexts()));
  return { model, et, port, actions: new PaneActions(port, CLOCK) };
}

describe('the pane in WPS (PaneActions over WpsWorkbook)', () => {
  test('校验, 修复, 生成汇总, 定稿 on the sample', async () => {
    const { model, actions } = await sample(true);
    const view = await actions.check({});
    const issue = view.issues.find((i) => i.code === 'UNKNOWN_UNIT' && i.sheet === '任务分工表' && i.cell === 'C11');
    expect(issue?.message).toContain('市教育局');
    const fixed = await actions.fixIssue(issue!, {});
    expect(fixed.applied.map((f) => f.value)).toEqual(['市教体局']);
    expect(model.sheet('任务分工表')!.cell(10, 2)?.value).toBe('市教体局');
    const generated = await actions.generate({});
    expect(generated.sheets.length).toBe(6);
    for (const name of generated.sheets) expect(model.names.some((n) => n.sheet?.name === name)).toBe(true);
    const withFormulas = generated.sheets.filter((n) => model.sheet(n)!.formulaCells().length > 0);
    expect(withFormulas.length).toBeGreaterThan(0);
    const final = await actions.finalize({});
    expect(final.cells).toBeGreaterThan(0);
    for (const name of generated.sheets) expect(model.sheet(name)!.formulaCells()).toEqual([]);
    // generating again replaces Duban's sheets: no copies pile up
    const again = await actions.generate({});
    expect(again.sheets).toEqual(generated.sheets);
    expect(model.sheets.length).toBe(new Set(model.sheets.map((s) => s.name)).size);
  });

  test('添加计算列 without add-in functions: DUBAN results as values, SUMIFS/COUNTIFS as formulas', async () => {
    const { model, actions } = await sample(false);
    const outcome = await actions.addComputedColumns({});
    expect(outcome.sheet).not.toBeNull();
    const formulas = model.sheet(outcome.sheet!)!.formulaCells().map(([r, c]) => model.sheet(outcome.sheet!)!.formulaAt(r, c)!);
    expect(formulas.some((f) => /DUBAN\./.test(f))).toBe(false);
    expect(formulas.some((f) => /^=(SUMIFS|COUNTIFS|IF\(N)/.test(f))).toBe(true);
  });

  test('新建模板 adds the template sheets with new names where taken', async () => {
    const { model, actions } = await sample(true);
    const before = model.sheets.length;
    const names = await actions.addTemplate();
    expect(names.length).toBeGreaterThan(0);
    expect(model.sheets.length).toBe(before + names.length);
  });
});
