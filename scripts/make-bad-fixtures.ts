// Builds the hostile input files under test/fixtures/bad (not a zip, truncated, encrypted, .xls, odd workbooks). Run: npx tsx scripts/make-bad-fixtures.ts
import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import * as path from 'path';

const DIR = path.resolve(__dirname, '..', 'test', 'fixtures', 'bad');

const TASK_HEADER = ['序号', '主要任务', '牵头责任部门', '配合责任部门', '完成时限', '量化指标'];
const TASK_ROW = [1, '开设“暖民心 在行动”专栏，发布暖民心行动政策。', '市委宣传部', '市发改委', '2023年6月30日', '每月不少于2篇'];
const REGISTRY = [
  ['单位名称', '别名', '类型', '所属分组'],
  ['市委宣传部', '六安市委宣传部', '党委部门', ''],
  ['市发改委', '市发展改革委', '市直部门', ''],
];

function addRows(ws: ExcelJS.Worksheet, rows: ExcelJS.CellValue[][]): void {
  for (const r of rows) ws.addRow(r);
}

/** A small valid workbook: a task sheet and a registry. */
function validWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  addRows(wb.addWorksheet('任务分工表'), [['六安市2023年宣传任务分工表'], TASK_HEADER, TASK_ROW]);
  addRows(wb.addWorksheet('单位名录'), REGISTRY);
  return wb;
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---------------------------------------------------------------------------------------------
// OLE compound files (CFB), as Office writes legacy .xls and password-protected workbooks

const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

/** One 128-byte directory entry. */
function dirEntry(name: string, type: number, child: number, right: number, size = 0, start = ENDOFCHAIN): Buffer {
  const e = Buffer.alloc(128);
  if (name) {
    e.write(name, 0, 'utf16le');
    e.writeUInt16LE((name.length + 1) * 2, 64);
  }
  e.writeUInt8(type, 66); // 1 storage, 2 stream, 5 root
  e.writeUInt8(1, 67); // black
  e.writeUInt32LE(NOSTREAM, 68); // left sibling
  e.writeUInt32LE(right, 72);
  e.writeUInt32LE(child, 76);
  e.writeUInt32LE(start, 116);
  e.writeUInt32LE(size, 120);
  return e;
}

/**
 * A minimal version-3 compound file: header, one FAT sector, one directory sector holding the
 * root and the named (empty) streams. Enough for any reader to see what the file is.
 */
function compoundFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3 (512-byte sectors)
  header.writeUInt16LE(0xfffe, 28); // byte order
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(ENDOFCHAIN, 60); // first mini FAT sector
  header.writeUInt32LE(ENDOFCHAIN, 68); // first DIFAT sector
  header.writeUInt32LE(0, 76); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREESECT, 76 + i * 4);

  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(FATSECT, 0);
  fat.writeUInt32LE(ENDOFCHAIN, 4);

  const entries = [dirEntry('Root Entry', 5, streams.length ? 1 : NOSTREAM, NOSTREAM)];
  streams.forEach((name, i) => entries.push(dirEntry(name, 2, NOSTREAM, i + 1 < streams.length ? i + 2 : NOSTREAM)));
  while (entries.length < 4) entries.push(dirEntry('', 0, NOSTREAM, NOSTREAM));
  return Buffer.concat([header, fat, ...entries.slice(0, 4)]);
}

// ---------------------------------------------------------------------------------------------
// The corpus

const FILES: Record<string, () => Promise<Buffer>> = {
  /** Text with an .xlsx name. */
  'not-a-zip.xlsx': async () => Buffer.from('这不是工作簿，只是一段文字。\n\x00\x01\x02 binary tail\n', 'utf8'),
  /** 0 bytes. */
  'empty-file.xlsx': async () => Buffer.alloc(0),
  /** A valid .xlsx cut off in the middle (an interrupted download or copy). */
  'truncated.xlsx': async () => {
    const whole = await bytesOf(validWorkbook());
    return whole.subarray(0, Math.floor(whole.length / 2));
  },
  /** A password-protected workbook: an OLE compound file with EncryptionInfo and EncryptedPackage. */
  'encrypted.xlsx': async () => compoundFile(['EncryptionInfo', 'EncryptedPackage']),
  /** A legacy Excel 97–2003 workbook: an OLE compound file with a Workbook stream. */
  'legacy.xls': async () => compoundFile(['Workbook']),
  /** A CSV file renamed to .xlsx (UTF-8 with a byte-order mark, as Excel saves CSV). */
  'csv-renamed.xlsx': async () => Buffer.from(`\ufeff${TASK_HEADER.join(',')}\n${TASK_ROW.join(',')}\n`, 'utf8'),
  /** A valid workbook whose only sheet is empty. */
  'empty-workbook.xlsx': async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    return bytesOf(wb);
  },
  /** The task header and nothing under it. */
  'headers-only.xlsx': async () => {
    const wb = new ExcelJS.Workbook();
    addRows(wb.addWorksheet('任务分工表'), [TASK_HEADER]);
    return bytesOf(wb);
  },
  /** A sparse sheet with a task in the last row Excel has (1,048,576) and a cell in the last column. */
  'last-row.xlsx': async () => {
    const wb = validWorkbook();
    const ws = wb.getWorksheet('任务分工表')!;
    ws.getRow(1_048_576).values = [2, '最后一行的任务。', '市发改委', '', '年底前', ''];
    ws.getCell('XFD2').value = '最后一列';
    return bytesOf(wb);
  },
  /** Cells of 32,767 characters, the most a cell holds, in every column of a task row. */
  'long-cells.xlsx': async () => {
    const wb = validWorkbook();
    const fill = (unit: string) => unit.repeat(Math.ceil(32767 / unit.length)).slice(0, 32767);
    wb.getWorksheet('任务分工表')!.addRow([
      fill('9'), fill('开展宣传。'), fill('市委宣传部、'), fill('啊'), fill('5月31日前、'), fill('每月不少于2篇，'),
    ]);
    return bytesOf(wb);
  },
  /** Error values in every data cell, also as cached results of formulas. */
  'errors-everywhere.xlsx': async () => {
    const wb = new ExcelJS.Workbook();
    const errors = ['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!'];
    const tasks = wb.addWorksheet('任务分工表');
    tasks.addRow(TASK_HEADER);
    for (let r = 0; r < 4; r++) {
      tasks.addRow(TASK_HEADER.map((_, c) => {
        const error = errors[(r + c) % errors.length];
        return c % 2 ? ({ error } as ExcelJS.CellErrorValue) : ({ formula: 'A1/0', result: { error } } as unknown as ExcelJS.CellFormulaValue);
      }));
    }
    const registry = wb.addWorksheet('单位名录');
    registry.addRow(REGISTRY[0]);
    registry.addRow(REGISTRY[0].map(() => ({ error: '#REF!' } as ExcelJS.CellErrorValue)));
    const ledger = wb.addWorksheet('报送台账');
    ledger.addRow(['日期', '单位', '标题', '媒体', '级别', '是否采用']);
    ledger.addRow(['日期', '单位', '标题', '媒体', '级别', '是否采用'].map(() => ({ error: '#N/A' } as ExcelJS.CellErrorValue)));
    return bytesOf(wb);
  },
  /** A two-level header as many offices draw it: 责任单位 merged over 牵头单位 | 配合单位, other headers merged down. */
  'merged-headers.xlsx': async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('任务分工表');
    ws.addRow(['六安市2023年宣传任务分工表']);
    ws.mergeCells('A1:F1');
    ws.addRow(['序号', '主要任务', '责任单位', null, '完成时限', '量化指标']);
    ws.addRow([null, null, '牵头单位', '配合单位', null, null]);
    ws.mergeCells('C2:D2');
    for (const c of ['A', 'B', 'E', 'F']) ws.mergeCells(`${c}2:${c}3`);
    addRows(ws, [TASK_ROW, [2, '组织志愿者参与宣传。', '市发改委', '市委宣传部', '年底前', '每季度1次']]);
    addRows(wb.addWorksheet('单位名录'), REGISTRY);
    return bytesOf(wb);
  },
  /** Every sheet hidden: the task sheet very hidden, the registry hidden. */
  'all-hidden.xlsx': async () => {
    const wb = validWorkbook();
    wb.getWorksheet('任务分工表')!.state = 'veryHidden';
    wb.getWorksheet('单位名录')!.state = 'hidden';
    return bytesOf(wb);
  },
};

/** Writes every file of the corpus into `dir` (test/fixtures/bad by default). */
export async function makeBadFixtures(dir = DIR): Promise<string[]> {
  await fs.mkdir(dir, { recursive: true });
  const names: string[] = [];
  for (const [name, make] of Object.entries(FILES)) {
    await fs.writeFile(path.join(dir, name), await make());
    names.push(name);
  }
  return names;
}

if (require.main === module) {
  makeBadFixtures().then(async (names) => {
    for (const n of names) process.stdout.write(`${n}\t${(await fs.stat(path.join(DIR, n))).size} 字节\n`);
  });
}
