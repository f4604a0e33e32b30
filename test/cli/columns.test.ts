// `duban check --columns`: the clerk's mapping from the command line; a bad mapping is exit 2 with one Chinese line.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from '../../src/workbook/file/exceljs-core';
import { duban } from '../helpers/cli';

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-columns-'));
  file = path.join(dir, 'odd.xlsx');
  const wb = new Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['序', '事', '谁', '协', '何时']);
  ws.addRow([1, '开设宣传专栏', '县委宣传部', '县融媒体中心', '2024年5月底前']);
  await wb.xlsx.writeFile(file);
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

test('without --columns the header words are unknown: the columns are read by content, each inferred role shown', async () => {
  const r = await duban('check', file, '--json', '--year', '2024', '--as-of', '2024-01-01');
  const json = JSON.parse(r.out);
  expect(json.issues.map((i: { code: string }) => i.code)).toEqual(['COLUMN_INFERRED', 'COLUMN_INFERRED', 'COLUMN_INFERRED', 'COLUMN_INFERRED']);
  expect(json.header.inferred.map((i: { field: string; column: string }) => `${i.field}=${i.column}`)).toEqual(['lead=C', 'coop=D', 'deadline=E', 'task=B']);
  expect(json.tasks.map((t: { task: string; lead: string[] }) => [t.task, t.lead])).toEqual([['开设宣传专栏', ['县委宣传部']]]);
  const text = await duban('check', file, '--year', '2024', '--as-of', '2024-01-01');
  expect(text.out).toContain('按内容读作“任务内容”列');
});

test('--columns reads it', async () => {
  const r = await duban('check', file, '--json', '--year', '2024', '--as-of', '2024-01-01', '--columns', '任务=B,牵头=C,配合=D,时限=E');
  const json = JSON.parse(r.out);
  expect(json.tasks.map((t: { task: string; lead: string[]; coop: string[]; deadline: { date: string } }) => [t.task, t.lead, t.coop, t.deadline.date]))
    .toEqual([['开设宣传专栏', ['县委宣传部'], ['县融媒体中心'], '2024-05-31']]);
  expect(r.code).toBe(0);
});

test('a bad --columns is exit 2 with one Chinese line', async () => {
  const r = await duban('check', file, '--columns', '任务=B,谁=C');
  expect(r.code).toBe(2);
  expect(r.err.trim().split('\n')).toHaveLength(1);
  expect(r.err).toContain('--columns 列映射“谁=C”无法识别');
});
