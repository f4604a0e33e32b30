// Returns as untrusted input (issue 21 item 4): a returns folder made the way units and chat apps make them — links, a pipe, a folder named like a return, old formats, content that is not what its name says, forged markers, another period's form, error values, a 40,000-character title, hidden characters, formula text — collected in one run: every entry accounted for with its reason, the good ones collected, nothing opened that should not be.
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { Workbook } from '../../src/workbook/file/exceljs-core';
import { cellText } from '../../src/core/sheets/grid';
import { sheetNamed } from '../helpers/grids';
import { readZipDirectory } from '../../src/workbook/zip';
import { partText } from '../../src/workbook/package/package';
import { FileWorkbook } from '../../src/workbook/file/file';
import { duban } from '../helpers/cli';
import { sampleForms } from '../helpers/returns';

type Cell = ExcelJS.CellValue;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const JUNE = '2023-06-01至2023-06-30';
const formName = (unit: string, period = JUNE) => `${unit}-填报表-${period}.xlsx`;

/** A copy of a unit's form with 报送登记 rows from row 2, and the marker's or 填报说明's cells changed as a forger would. */
async function fill(form: string, target: string, rows: Cell[][], edits: { marker?: Record<number, string>; guide?: Record<number, string> } = {}): Promise<void> {
  const wb = new Workbook();
  await wb.xlsx.readFile(form);
  const sub = wb.getWorksheet('报送登记')!;
  rows.forEach((r, i) => r.forEach((v, c) => (sub.getCell(i + 2, c + 1).value = v)));
  // marker rows: 2 表单, 3 单位, 4 活动, 5 期间起, 6 期间止 (value in column B); 填报说明: 2 填报单位, 3 填报期间 (column A)
  for (const [row, v] of Object.entries(edits.marker ?? {})) wb.getWorksheet('督办填报标记')!.getCell(Number(row), 2).value = v;
  for (const [row, v] of Object.entries(edits.guide ?? {})) wb.getWorksheet('填报说明')!.getCell(Number(row), 1).value = v;
  await wb.xlsx.writeFile(target);
}

const sheet = sheetNamed;

describe('collect: a hostile returns folder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-hostile-'));
  });
  afterAll(() => dir && fs.rm(dir, { recursive: true, force: true }));

  test('every entry succeeds or fails on its own, with its reason; forged, foreign-period and broken content is refused', async () => {
    const master = path.join(dir, 'master.xlsx');
    expect((await duban('init', master, '--sample')).code).toBe(0);
    const forms = path.join(dir, 'forms');
    await sampleForms(forms, '2023-06');
    const mayForms = path.join(dir, 'forms-may');
    await sampleForms(mayForms, '2023-05');
    const formOf = (unit: string) => path.join(forms, formName(unit));
    const back = path.join(dir, 'back');
    await fs.mkdir(back);
    const at = (name: string) => path.join(back, name);
    const good = [day('2023-06-05'), '民政惠民政策进社区', '六安发布', '市级', '是', null, 1];

    // a good return among them all: its good rows are collected; its bad rows are refused one by one
    const longTitle = '长'.repeat(40_000);
    const hidden = '低保\u0085政策\u200b宣传\u202e进\t\u2067万家'; // C1 NEL, zero-width space, RLO, a tab, RLI (a C0 control such as BEL cannot be stored in the XML at all)
    await fill(formOf('市民政局'), at(formName('市民政局')), [
      good,
      [day('2023-06-06'), '数量出错的一行', null, null, '否', null, { error: '#NUM!' }],
      [day('2023-06-07'), '数量除零的一行', null, null, '否', null, { error: '#DIV/0!' }],
      [day('2023-06-08'), '数量溢出的一行', null, null, '否', null, '1e999'],
      [day('2023-06-09'), '数量为负的一行', null, null, '否', null, -3],
      [day('2023-06-10'), longTitle, null, null, '否', null, 1],
      [day('2023-06-11'), hidden, null, null, '否', null, 1],
      [day('2023-06-12'), '=HYPERLINK("http://evil.example","点我")', null, null, '否', null, 1],
    ]);
    // forged identities: a unit not in the registry, a look-alike 巿, a right-to-left mark, a formula, a marker that disagrees with 填报说明
    await fill(formOf('市商务局'), at('商务-无名单位.xlsx'), [good], { marker: { 3: '六安市宣传推广中心' }, guide: { 2: '填报单位：六安市宣传推广中心' } });
    await fill(formOf('市民政局'), at('look-alike.xlsx'), [good], { marker: { 3: '巿民政局' }, guide: { 2: '填报单位：巿民政局' } });
    await fill(formOf('市民政局'), at('bidi.xlsx'), [good], { marker: { 3: '\u202e局政民市' }, guide: { 2: '填报单位：\u202e局政民市' } });
    await fill(formOf('市民政局'), at('formula.xlsx'), [good], { marker: { 3: '=HYPERLINK("http://x","市民政局")' } });
    await fill(formOf('市民政局'), at('edited-marker.xlsx'), [good], { marker: { 3: '市发改委' } });
    // another period: a marker widened to 2000–2099, and May's form brought to the June collect
    await fill(formOf('市卫健委'), at('widened.xlsx'), [good], { marker: { 5: '2000-01-01', 6: '2099-12-31' } });
    await fill(path.join(mayForms, formName('市人社局', '2023-05-01至2023-05-31')), at(formName('市人社局', '2023-05-01至2023-05-31')), [[day('2023-05-20'), '五月的一篇', '六安发布', '市级', '是', null, 1]]);
    // entries that are no return at all
    await fs.symlink('/etc/passwd', at('霍邱县-2023年6月10日工作信息.docx'));
    await fs.symlink(formOf('市发改委'), at(formName('市发改委')));
    await fs.symlink(path.join(dir, 'nowhere.xlsx'), at('金安区-2023年6月3日工作信息.docx'));
    await fs.mkdir(at('裕安区-2023年6月4日工作信息.docx'));
    execFileSync('mkfifo', [at('金寨县-2023年6月10日工作信息.docx')]);
    await fs.writeFile(at('舒城县-2023年6月5日工作信息.docx'), '这不是 Word 文档，只是改了扩展名的文字\n第二行');
    await fs.writeFile(at('市财政局填报表.xlsx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    for (const name of ['市城管局填报表.xls', '市城管局填报表.et', '市城管局-2023年6月6日工作信息.doc', '市城管局-2023年6月6日工作信息.wps']) await fs.writeFile(at(name), 'old');
    await fs.writeFile(at('~$市民政局-填报表.xlsx'), 'lock');
    await fs.writeFile(at('空文件.docx'), '');

    const out = path.join(dir, 'out.xlsx');
    const res = await duban('collect', master, back, '-o', out, '--month', '2023-06');
    expect(res.err).toBe('');
    expect(res.code).toBe(0);

    const reasonOf = (file: string) => {
      const line = res.out.split('\n').find((l) => l.startsWith(`  退回 ${file}：`));
      return line?.slice(`  退回 ${file}：`.length);
    };
    const link = '是符号链接（快捷方式），为安全起见不跟随读取：请把原文件本身复制到收件文件夹中';
    expect(reasonOf('霍邱县-2023年6月10日工作信息.docx')).toBe(link);
    expect(reasonOf(formName('市发改委'))).toBe(link);
    expect(reasonOf('金安区-2023年6月3日工作信息.docx')).toBe(link);
    expect(reasonOf('裕安区-2023年6月4日工作信息.docx')).toBe('是文件夹，未读取（只读取收件文件夹中的文件，不进入其中的文件夹）');
    expect(reasonOf('金寨县-2023年6月10日工作信息.docx')).toBe('不是普通文件（设备、管道或套接字），未打开');
    expect(reasonOf('舒城县-2023年6月5日工作信息.docx')).toBe('扩展名是 .docx，内容却不是 .docx 文件（.docx 应是 zip 压缩包），未读取');
    expect(reasonOf('市财政局填报表.xlsx')).toBe('扩展名是 .xlsx，内容却是旧版 Office 格式（.xls/.doc）或加密文件，未读取：请在 Excel/Word/WPS 中另存为 .xlsx 后再收集');
    expect(reasonOf('市城管局填报表.xls')).toBe('是旧版 Excel/WPS 表格文件（.xls/.et），无法读取：请在 Excel/WPS 中另存为 .xlsx 后再收集');
    expect(reasonOf('市城管局填报表.et')).toBe('是旧版 Excel/WPS 表格文件（.xls/.et），无法读取：请在 Excel/WPS 中另存为 .xlsx 后再收集');
    expect(reasonOf('市城管局-2023年6月6日工作信息.doc')).toBe('是旧版 Word/WPS 文字文件（.doc/.wps），无法读取：请在 Word/WPS 中另存为 .docx 后再收集');
    expect(reasonOf('市城管局-2023年6月6日工作信息.wps')).toBe('是旧版 Word/WPS 文字文件（.doc/.wps），无法读取：请在 Word/WPS 中另存为 .docx 后再收集');
    expect(reasonOf('~$市民政局-填报表.xlsx')).toBe('是 Office 打开文件时留下的临时锁定文件，不是报送的文件，已忽略');
    expect(reasonOf('空文件.docx')).toBe('是空文件（0 字节），未读取');

    expect(reasonOf('商务-无名单位.xlsx')).toBe('表内标记的单位“六安市宣传推广中心”不在单位名录中，整个文件未收入；请核实是否为本次下发的填报表');
    expect(reasonOf('look-alike.xlsx')).toBe('表内标记的单位“巿民政局”含有形近字 “巿”（应为“市”），不是单位名录中的写法，整个文件未收入');
    expect(reasonOf('bidi.xlsx')).toBe('表内标记的单位“局政民市”含有不可见的控制字符（U+202E，如从右到左标记、零宽字符），显示的名称可能与实际不同，整个文件未收入');
    expect(reasonOf('formula.xlsx')).toBe('表内标记的单位“=HYPERLINK("http://x","市民政局")”以 =、+、-、@ 开头，是公式而不是单位名称，整个文件未收入');
    expect(reasonOf('edited-marker.xlsx')).toBe('填报说明写的填报单位是“市民政局”，表内标记却是“市发改委”：无法确定是哪个单位的，整个文件未收入');
    expect(reasonOf('widened.xlsx')).toBe('是 2000-01-01至2099-12-31 的填报表，不是本次收集的期间（2023-06-01至2023-06-30），整个文件未收入，请在收集该期间时处理');
    expect(reasonOf(formName('市人社局', '2023-05-01至2023-05-31'))).toBe('是 2023-05-01至2023-05-31 的填报表，不是本次收集的期间（2023-06-01至2023-06-30），整个文件未收入，请在收集该期间时处理');

    const mz = formName('市民政局');
    const row = (n: number) => reasonOf(`${mz} 第${n}行`);
    expect(row(3)).toBe('数量是错误值 #NUM!（公式出错或数值无效），请改为正确的内容');
    expect(row(4)).toBe('数量是错误值 #DIV/0!（公式出错或数值无效），请改为正确的内容');
    expect(row(5)).toBe('数量“1e999”不是有限的数（如 1e999）：应为 1 至 1000 的整数');
    expect(row(6)).toBe('数量“-3”是负数：应为 1 至 1000 的整数');
    expect(row(7)).toBe('标题过长（40000 个字符，上限 500），不像一篇稿件的标题');

    // every entry of the folder is accounted for: 21 entries, 3 rows of 市民政局 collected, the rest refused
    const entries = (await fs.readdir(back)).length;
    expect(entries).toBe(21);
    expect(res.out).toContain(`收集完成：${entries} 个文件，新增 3 行`);
    const refusedFiles = res.out.split('\n').filter((l) => l.startsWith('  退回 ') && !/ 第\d+行：/.test(l)).length;
    expect(refusedFiles).toBe(entries - 1);

    // the rows written: plain text (controls, C1, bidi and zero-width characters gone); the formula text kept as text with quotePrefix
    const grids = await (await FileWorkbook.load(await fs.readFile(out))).readAll();
    const ledger = sheet(grids, '报送台账');
    const added = ledger.rows.filter((r) => cellText(r[8]) === mz);
    expect(added.map((r) => cellText(r[2]))).toEqual(['民政惠民政策进社区', '低保 政策宣传进 万家', '=HYPERLINK("http://evil.example","点我")']);
    const bytes = await fs.readFile(out);
    const zip = readZipDirectory(bytes);
    const styles = await partText(bytes, zip.get('xl/styles.xml')!);
    const xfs = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf [^>]*>/g)].map((m) => m[0]);
    const sheetsXml = await Promise.all([...zip.keys()].filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k)).map((k) => partText(bytes, zip.get(k)!)));
    const withFormula = sheetsXml.find((x) => x.includes('=HYPERLINK(&quot;http://evil.example') || x.includes('=HYPERLINK("http://evil.example'))!;
    const cell = /<c r="[A-Z]+\d+"( s="(\d+)")? t="inlineStr"><is><t>=HYPERLINK/.exec(withFormula)!;
    expect(cell).not.toBeNull();
    expect(xfs[Number(cell[2] ?? 0)]).toContain('quotePrefix="1"');

    // no received date stated: the file's time was used, and the clerk is told so
    expect(res.out).toContain('按文件修改时间判断按时/逾期的单位：市民政局（修改时间可能是下载时间');

    // collecting again adds nothing: the stored (normalised) titles compare equal to the returned ones; the clerk now
    // states the date the files came in (7月9日, after the 7月7日 due date): 逾期 by that date, whatever the files' times
    const againFile = path.join(dir, 'again.xlsx');
    const again = await duban('collect', out, back, '-o', againFile, '--month', '2023-06', '--received', '2023-07-09');
    expect(again.code).toBe(0);
    expect(again.out).toContain('新增 0 行，重复 3 行');
    expect(again.out).not.toContain('按文件修改时间');
    const summary = sheet(await (await FileWorkbook.load(await fs.readFile(againFile))).readAll(), '收集情况');
    expect(summary.rows.find((r) => cellText(r[0]) === '市民政局')!.slice(1, 4).map(cellText)).toEqual(['已返回', '逾期', '2023-07-09（登记的收件日期）']);
  });
});
