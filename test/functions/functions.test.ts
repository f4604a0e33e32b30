// The Excel-facing layer: functions.ts throws CustomFunctions.Error with Chinese messages, and the
// functions.json that custom-functions-metadata generates from its JSDoc lists the twelve functions.
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import * as fns from '../../src/functions/functions';
import { DATE, ERRORS, registryColumns } from './excel-args';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js') as { finishMetadata(json: string): string };

/** CustomFunctions as Excel's runtime provides it (Error and ErrorCode), for calls outside Excel. */
class RuntimeError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: RuntimeError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!' },
    associate: () => undefined,
  };
});

afterAll(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

function thrown(call: () => unknown): RuntimeError {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(RuntimeError);
    return e as RuntimeError;
  }
  throw new Error('expected an Excel error');
}

describe('functions.ts: the values and errors Excel gets', () => {
  test('the acceptance formulas', () => {
    expect(fns.quota('每月不少于2篇', DATE(2024, 1, 1), DATE(2024, 6, 30))).toBe(12);
    expect(fns.workday(DATE(2023, 10, 9), -2)).toBe(45206);
    expect(fns.units('市委宣传部 市发改委', registryColumns())).toEqual([['市委宣传部'], ['市发展改革委']]);
    expect(fns.isWorkday(DATE(2023, 10, 7))).toBe(true);
    expect(fns.networkdays(DATE(2023, 9, 25), DATE(2023, 10, 8))).toBe(6);
    expect(fns.points('省级')).toBe(5);
    expect(fns.level('安徽日报', [['媒体名称', '级别'], ['安徽日报', '省级']])).toBe('省级');
    expect(fns.checkUnits('市委宣传部', registryColumns(20))).toBe('正常');
    expect(fns.deadline('5月底前', 2023)).toBe(DATE(2023, 5, 31));
    expect(fns.status(DATE(2020, 1, 1), '已完成')).toBe('已完成');
  });
  test('a bad rule gives #VALUE! with a Chinese message', () => {
    const e = thrown(() => fns.quota('乱写一通', DATE(2024, 1, 1), DATE(2024, 6, 30)));
    expect(e.code).toBe('#VALUE!');
    expect(e.message).toBe('无法识别量化指标“乱写一通”，请写成如“每月不少于2篇”“每季度1次”。');
  });
  test('#N/A and #VALUE! as Excel error codes (the two that carry a message); #NUM! passes on', () => {
    expect(thrown(() => fns.isWorkday(DATE(2036, 1, 1))).code).toBe('#N/A');
    expect(thrown(() => fns.quota('每月1篇', DATE(2024, 2, 1), DATE(2024, 1, 1))).code).toBe('#VALUE!');
    expect(thrown(() => fns.quota('每月1篇', Number.NaN, DATE(2024, 1, 1))).code).toBe('#NUM!');
    expect(thrown(() => fns.deadline('长期坚持')).code).toBe('#N/A');
    expect(thrown(() => fns.workday(ERRORS.ref, 1)).message).toMatch(/#REF!/);
  });
  test('STATUS and DEADLINE default to today in China', () => {
    // far-future deadlines are pending whatever day the test runs
    expect(fns.status('2999-12-31')).toBe('未到期');
    expect(fns.status(DATE(2000, 1, 1), '')).toBe('逾期');
    const thisYear = fns.deadline('12月31日');
    expect(thisYear).toBeGreaterThan(DATE(2024, 12, 30));
  });
});

describe('functions.json from the JSDoc', () => {
  const source = path.resolve(__dirname, '../../src/functions/functions.ts');
  let metadata: {
    functions: {
      id: string;
      name: string;
      description: string;
      parameters: { name: string; type: string; description?: string; dimensionality?: string; optional?: boolean }[];
      result: { type?: string; dimensionality?: string };
    }[];
    allowErrorForDataTypeAny?: boolean;
  };
  let associate: { id: string; functionName: string }[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata([source]);
    // the generator exits 0 even when it reports errors: they must be none
    expect(result.errors).toEqual([]);
    metadata = JSON.parse(webpackConfig.finishMetadata(result.metadataJson));
    associate = result.associate;
  });

  const EXPECTED: Record<string, { params: string[]; optional: string[]; matrix: string[]; result: string; resultMatrix?: boolean }> = {
    QUOTA: { params: ['rule', 'from', 'to', 'category'], optional: ['category'], matrix: [], result: 'number' },
    DEADLINE: { params: ['text', 'year', 'after', 'holidays'], optional: ['year', 'after', 'holidays'], matrix: ['holidays'], result: 'any' },
    WORKDAY: { params: ['date', 'days', 'holidays'], optional: ['holidays'], matrix: ['holidays'], result: 'any' },
    ISWORKDAY: { params: ['date', 'holidays'], optional: ['holidays'], matrix: ['holidays'], result: 'boolean' },
    NETWORKDAYS: { params: ['from', 'to', 'holidays'], optional: ['holidays'], matrix: ['holidays'], result: 'number' },
    STATUS: { params: ['deadline', 'done', 'asof'], optional: ['done', 'asof'], matrix: [], result: 'string' },
    REGISTRY: { params: ['range'], optional: [], matrix: ['range'], result: 'string' },
    UNITS: { params: ['text', 'registry'], optional: [], matrix: ['registry'], result: 'string', resultMatrix: true },
    CHECKUNITS: { params: ['text', 'registry'], optional: [], matrix: ['registry'], result: 'string' },
    LEVEL: { params: ['media', 'mediaRange'], optional: [], matrix: ['mediaRange'], result: 'string' },
    POINTS: { params: ['level', 'rulesRange'], optional: ['rulesRange'], matrix: ['rulesRange'], result: 'number' },
    PIECEPOINTS: {
      params: ['media', 'level', 'type', 'instruction', 'rulesRange', 'mediaRange'], optional: ['level', 'type', 'instruction', 'rulesRange', 'mediaRange'],
      matrix: ['rulesRange', 'mediaRange'], result: 'number',
    },
  };

  test('the twelve functions, each registered under its metadata id', () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
    expect(associate.map((a) => a.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    // functions.ts registers itself (once office.js has loaded): its register() with a recording CustomFunctions
    const registered = new Map<string, unknown>();
    const saved = (globalThis as Record<string, unknown>).CustomFunctions;
    (globalThis as Record<string, unknown>).CustomFunctions = { associate: (id: string, f: unknown) => registered.set(id, f) };
    const fresh = fns as unknown as Record<string, unknown>;
    try {
      fns.register();
    } finally {
      (globalThis as Record<string, unknown>).CustomFunctions = saved;
    }
    expect([...registered.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const a of associate) expect(registered.get(a.id)).toBe(fresh[a.functionName]);
  });

  test.each(Object.entries(EXPECTED))('%s: parameters, types, ranges, optional ones, result', (id, want) => {
    const f = metadata.functions.find((x) => x.id === id)!;
    expect(f.description).toMatch(/[\u4e00-\u9fff]/);
    expect(f.parameters.map((p) => p.name)).toEqual(want.params);
    for (const p of f.parameters) {
      // `any`, so that text, empty cells and error values reach the function (and get a Chinese message)
      expect(p.type).toBe('any');
      expect(p.description).toMatch(/[\u4e00-\u9fff]/);
      expect(p.dimensionality === 'matrix').toBe(want.matrix.includes(p.name));
      expect(p.optional === true).toBe(want.optional.includes(p.name));
    }
    expect(f.result.type ?? 'any').toBe(want.result); // any: no type written
    expect(f.result.dimensionality === 'matrix').toBe(want.resultMatrix === true);
  });

  test('DEADLINE and WORKDAY return dates the cell shows as dates where Excel has data types, the serial elsewhere', () => {
    expect((metadata as { allowCustomDataForDataTypeAny?: boolean }).allowCustomDataForDataTypeAny).toBe(true);
    expect(fns.dateResult(45077, true)).toEqual({ type: 'Double', basicValue: 45077, numberFormat: 'yyyy-mm-dd' });
    expect(fns.dateResult(45077, false)).toBe(45077);
    expect(fns.deadline('5月底前', 2023)).toBe(45077); // outside Excel (no Office): the serial
  });

  test('error values reach the functions (allowErrorForDataTypeAny)', () => {
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
  });
});
