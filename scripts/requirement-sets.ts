// The Office features the add-in's code uses and the requirement set each needs (from Microsoft's API
// reference, `[Api set: …]` in @types/office-js and @types/custom-functions-runtime): what
// `npm run validate` holds the manifest's declared requirement sets against.
import * as fs from 'fs';
import * as path from 'path';

export interface Feature {
  /** How the code uses it. */
  readonly pattern: RegExp;
  readonly set: 'ExcelApi' | 'CustomFunctionsRuntime' | 'SharedRuntime';
  readonly version: string;
  readonly what: string;
}

export const FEATURES: readonly Feature[] = [
  { pattern: /\bcalculate\(/, set: 'ExcelApi', version: '1.1', what: 'Application.calculate' },
  { pattern: /\bvalueTypes\b/, set: 'ExcelApi', version: '1.1', what: 'Range.valueTypes' },
  { pattern: /\b(?:ws|sheet)\.protection\b|\bprotection\.load\b/, set: 'ExcelApi', version: '1.2', what: 'WorksheetProtection' },
  { pattern: /\bworkbook\.functions\.\w+\(/, set: 'ExcelApi', version: '1.2', what: 'Workbook.functions (DATE, the date system)' },
  { pattern: /\bget(?:Item|UsedRange)OrNullObject\(/, set: 'ExcelApi', version: '1.4', what: 'getItemOrNullObject / getUsedRangeOrNullObject' },
  { pattern: /\bnames\.add\(/, set: 'ExcelApi', version: '1.4', what: 'NamedItemCollection.add' },
  { pattern: /\bsuspendApiCalculationUntilNextSync\(/, set: 'ExcelApi', version: '1.6', what: 'Application.suspendApiCalculationUntilNextSync' },
  { pattern: /\bconditionalFormats\.add\(/, set: 'ExcelApi', version: '1.6', what: 'ConditionalFormatCollection.add' },
  { pattern: /\bgetRangeByIndexes\(/, set: 'ExcelApi', version: '1.7', what: 'Worksheet.getRangeByIndexes' },
  { pattern: /\bfreezePanes\b/, set: 'ExcelApi', version: '1.7', what: 'Worksheet.freezePanes' },
  { pattern: /\bworkbook\.protection\b/, set: 'ExcelApi', version: '1.7', what: 'WorkbookProtection' },
  { pattern: /\bdataValidation\b/, set: 'ExcelApi', version: '1.8', what: 'Range.dataValidation' },
  { pattern: /\bgetSpecialCellsOrNullObject\(/, set: 'ExcelApi', version: '1.9', what: 'Range.getSpecialCellsOrNullObject' },
  { pattern: /\bgetRanges\(/, set: 'ExcelApi', version: '1.9', what: 'Worksheet.getRanges' },
  { pattern: /\bautoFilter\.apply\(/, set: 'ExcelApi', version: '1.9', what: 'AutoFilter.apply' },
  { pattern: /\bcopyFrom\(/, set: 'ExcelApi', version: '1.9', what: 'Range.copyFrom' },
  { pattern: /\bcalculationState\b/, set: 'ExcelApi', version: '1.9', what: 'Application.calculationState' },
  { pattern: /\bgetMergedAreasOrNullObject\(/, set: 'ExcelApi', version: '1.13', what: 'Range.getMergedAreasOrNullObject' },
  { pattern: /\bCustomFunctions\.associate\(/, set: 'CustomFunctionsRuntime', version: '1.1', what: 'CustomFunctions.associate' },
  { pattern: /\bnew CustomFunctions\.Error\(/, set: 'CustomFunctionsRuntime', version: '1.2', what: 'CustomFunctions.Error' },
  { pattern: /\bCustomFunctions\.ErrorCode\b/, set: 'CustomFunctionsRuntime', version: '1.3', what: 'CustomFunctions.ErrorCode (#VALUE!, #N/A, #NUM!)' },
  { pattern: /\bOffice\.addin\.setStartupBehavior\(/, set: 'SharedRuntime', version: '1.1', what: 'Office.addin.setStartupBehavior' },
];

/** Where the files whose Office calls the manifest must cover live (the pane, the port, the functions). */
export const CODE_DIRS = ['src/workbook', 'src/functions', 'src/taskpane'];
/** A file that talks to Office (the .xlsx writers beside them name dataValidation too, in exceljs's sense). */
const OFFICE_CODE = /types="office-js"|types="custom-functions-runtime"|\bExcel\.run\b|\bCustomFunctions\.|\bOffice\.(?:context|onReady|addin)\b/;

/** Compares "1.13" with "1.9" as versions. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

/** The versions of `set` a source checks before use: supports('ExcelApi', '1.9'), isSetSupported('ExcelApi', '1.9'). */
function guards(source: string, set: string): string[] {
  const re = new RegExp(`(?:supports|isSetSupported)\\(\\s*'${set}'\\s*,\\s*'([\\d.]+)'`, 'g');
  return [...source.matchAll(re)].map((m) => m[1]);
}

export interface Need {
  readonly feature: Feature;
  readonly file: string;
}

/**
 * Features used without a guard of their version in the same file: what every Excel that loads
 * the add-in must support. Comments are skipped (a feature named in prose is no use).
 */
export function unguardedNeeds(files: readonly { file: string; source: string }[]): Need[] {
  const out: Need[] = [];
  for (const { file, source } of files) {
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
    for (const feature of FEATURES) {
      if (!feature.pattern.test(code)) continue;
      // a check of exactly its version (a check of another version guards other calls in that file)
      if (guards(code, feature.set).some((v) => compareVersions(v, feature.version) === 0)) continue;
      out.push({ feature, file });
    }
  }
  return out;
}

/** The sources under CODE_DIRS. */
export function codeFiles(root: string): { file: string; source: string }[] {
  const out: { file: string; source: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name)) {
        const source = fs.readFileSync(full, 'utf8');
        if (OFFICE_CODE.test(source)) out.push({ file: path.relative(root, full), source });
      }
    }
  };
  for (const dir of CODE_DIRS) if (fs.existsSync(path.join(root, dir))) walk(path.join(root, dir));
  return out;
}

/**
 * What the declared sets lack: for each set, the highest unguarded need against what the manifest
 * declares (base Requirements for ExcelApi, which the pane needs; VersionOverrides for the runtimes).
 */
export function missingSets(needs: readonly Need[], declared: ReadonlyMap<string, string>): string[] {
  const highest = new Map<string, Need>();
  for (const n of needs) {
    const h = highest.get(n.feature.set);
    if (!h || compareVersions(n.feature.version, h.feature.version) > 0) highest.set(n.feature.set, n);
  }
  const out: string[] = [];
  for (const [set, need] of highest) {
    const have = declared.get(set);
    if (have === undefined || compareVersions(have, need.feature.version) < 0) {
      out.push(`代码使用 ${need.feature.what}（${need.file}，未先检查支持），需要 ${set} ${need.feature.version}，清单声明的是 ${have ?? '无'}。`);
    }
  }
  return out;
}
