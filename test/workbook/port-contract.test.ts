// The WorkbookPort contract (port-contract.ts) run for each host: the file port, the browser page's package port, the Office port over
// the Excel double, and the WPS port over the ET double in both member flavours.
import { parseA1 } from '../../src/core/sheets/grid';
import { OfficeWorkbook } from '../../src/workbook/excel/office';
import { FileWorkbook } from '../../src/workbook/file/file';
import { PackageWorkbook } from '../../src/workbook/file/package-workbook';
import { WpsWorkbook } from '../../src/workbook/wps/wps-workbook';
import { arithmetic, modelFormula, modelOf, portContract } from './port-contract';
import { EtDouble } from './wps-double';

portContract({
  label: 'file (exceljs)',
  async open(bytes) {
    const file = await FileWorkbook.load(bytes);
    return {
      port: file,
      async formulaAt(sheet, address) {
        const at = parseA1(address)!;
        const c = file.workbook.getWorksheet(sheet)!.getCell(at.row + 1, at.col + 1);
        return c.formula ? `=${c.formula}` : undefined;
      },
    };
  },
});

portContract({
  label: 'package (the browser page: zip-level writes, exceljs only after an edit it refuses)',
  async open(bytes) {
    const held = await PackageWorkbook.open(bytes);
    // what a reader of the saved file finds, saved and read again once for each state of the port: any call on it may
    // change the workbook, so each forgets the saved copy (exceljs's save of the sample is seconds: 20 looks in a row)
    let saved: Promise<FileWorkbook> | undefined;
    const port = new Proxy(held, {
      get(target, prop) {
        const member = Reflect.get(target, prop, target);
        if (typeof member !== 'function') return member;
        return (...args: unknown[]) => {
          saved = undefined;
          return member.apply(target, args);
        };
      },
    });
    return {
      port,
      async formulaAt(sheet, address) {
        // what a reader of the saved file finds in the cell
        const file = await (saved ??= held.save().then((b) => FileWorkbook.load(b)));
        const at = parseA1(address)!;
        const c = file.workbook.getWorksheet(sheet)!.getCell(at.row + 1, at.col + 1);
        return c.formula ? `=${c.formula}` : undefined;
      },
    };
  },
});

portContract({
  label: 'Office.js over the Excel double',
  async open(bytes) {
    const model = await modelOf(bytes);
    model.calculator = arithmetic;
    return { port: new OfficeWorkbook(model.run, { requestBudget: 200_000 }), formulaAt: async (s, a) => modelFormula(model, s, a) };
  },
});

for (const flavour of ['property', 'method'] as const) {
  portContract({
    label: `WPS over the ET double (members as ${flavour === 'property' ? 'properties' : 'methods'})`,
    async open(bytes) {
      const model = await modelOf(bytes);
      model.calculator = arithmetic;
      const et = new EtDouble(model, { flavour });
      return { port: new WpsWorkbook(et.Application, { now: et.now }), formulaAt: async (s, a) => modelFormula(model, s, a) };
    },
  });
}
