// The returns-safety rules on their own: which folder entries are read, content against extension, the 收件日期 list, the one text normalisation and the name tests.
import { contentMismatch, hiddenMarks, intakeOf, nameProblem, normalizeReturnedText, parseReceiptList } from '../../src/core/returns';
import { lookAlikes } from '../../src/core/units';
import { countOf } from '../../src/core/returns/return-rows';
import { d } from '../helpers/grids';

test('only regular, non-empty, bounded .xlsx/.xlsm/.docx files are read; every other entry has its reason', () => {
  expect(intakeOf('市民政局.xlsx', 'file', 1000)).toEqual({ read: 'xlsx' });
  expect(intakeOf('市民政局.XLSM', 'file', 1000)).toEqual({ read: 'xlsx' });
  expect(intakeOf('市民政局-2023年6月1日工作信息.docx', 'file', 1000)).toEqual({ read: 'docx' });
  expect(intakeOf('a.docx', 'missing', 0)).toEqual({ skip: '读取时已不存在（被移走或删除）' });
  expect(intakeOf('a.docx', 'link', 10)).toEqual({ skip: '是符号链接（快捷方式），为安全起见不跟随读取：请把原文件本身复制到收件文件夹中' });
  expect(intakeOf('a.docx', 'directory', 0)).toEqual({ skip: '是文件夹，未读取（只读取收件文件夹中的文件，不进入其中的文件夹）' });
  expect(intakeOf('a.docx', 'other', 0)).toEqual({ skip: '不是普通文件（设备、管道或套接字），未打开' });
  expect(intakeOf('a.xlsx', 'file', 65 * 1024 * 1024)).toEqual({ skip: '文件过大（65.0 MB，上限 64 MB），未读取' });
  expect(intakeOf('a.xlsx', 'file', 0)).toEqual({ skip: '是空文件（0 字节），未读取' });
  expect(intakeOf('a.pdf', 'file', 10)).toEqual({ skip: '不是 .xlsx 或 .docx 文件，未读取' });
  expect(intakeOf('a.ET', 'file', 10)).toEqual({ skip: '是旧版 Excel/WPS 表格文件（.xls/.et），无法读取：请在 Excel/WPS 中另存为 .xlsx 后再收集' });
});

test('content must match the extension: a zip for .xlsx/.docx; old formats, PDF, RTF and text are refused', () => {
  const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0]);
  expect(contentMismatch(bytes(0x50, 0x4b, 0x03, 0x04), 'docx')).toBeNull();
  expect(contentMismatch(bytes(0x25, 0x50, 0x44, 0x46), 'docx')).toBe('扩展名是 .docx，内容却是 PDF，未读取');
  expect(contentMismatch(bytes(0x7b, 0x5c, 0x72, 0x74, 0x66), 'docx')).toBe('扩展名是 .docx，内容却是 RTF 文档，未读取：请另存为 .docx');
  expect(contentMismatch(new TextEncoder().encode('霍邱县人民政府'), 'xlsx')).toBe('扩展名是 .xlsx，内容却不是 .xlsx 文件（.xlsx 应是 zip 压缩包），未读取');
});

test('a 收件日期 list: name and date per line, several date forms; unreadable lines said so', () => {
  const { dates, problems } = parseReceiptList('\ufeff# 6月收件\n金寨县-填报表.xlsx,2023-07-05\n市民政局 填报表.xlsx\t2023/7/6\n霍邱县.xlsx 2023年7月8日\n这一行没有日期\n');
  expect([...dates]).toEqual([['金寨县-填报表.xlsx', d('2023-07-05')], ['市民政局 填报表.xlsx', d('2023-07-06')], ['霍邱县.xlsx', d('2023-07-08')]]);
  expect(problems).toEqual(['收件日期清单第 5 行“这一行没有日期”读不出文件名和日期（应如“金寨县-填报表.xlsx,2023-07-05”）']);
});

test('text is normalised once: C0 and C1 controls to spaces, bidi and zero-width marks out; doing it again changes nothing', () => {
  const raw = '\u202e低保\u0085政策\u200b\u200d宣传\u0001\u0009进\u2066万家\ufeff ';
  const once = normalizeReturnedText(raw);
  expect(once).toBe('低保 政策宣传 进万家');
  expect(normalizeReturnedText(once)).toBe(once);
  expect(hiddenMarks(raw)).toEqual(['U+202E', 'U+200B', 'U+200D', 'U+2066', 'U+FEFF', 'U+0085', 'U+0001']);
});

test('text the normalisation leaves alone is exactly the text with nothing to change (every whitespace, mark and control tried)', () => {
  const slow = (t: string) => t.replace(/[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u180e\u00ad]/gu, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu, ' ').replace(/[\s\u3000]+/gu, ' ').trim();
  const odd: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    if (slow(`甲${ch}乙`) !== `甲${ch}乙` || slow(ch) !== ch) odd.push(ch);
  }
  expect(odd.length).toBeGreaterThan(60);
  for (const text of ['民生工程宣传', '六安日报', '是', '', 'a b', ...odd.flatMap((ch) => [ch, `甲${ch}乙`, `${ch}甲`, `甲${ch}`, `甲 ${ch} 乙`]), '甲  乙', ' 甲', '甲 ']) {
    expect(normalizeReturnedText(text)).toBe(slow(text));
  }
});

test('names: look-alikes (巿, Kangxi radicals, compatibility ideographs), hidden marks and formula starts are refused; ordinary names pass', () => {
  expect(lookAlikes('巿民政局')).toEqual(['“巿”（应为“市”）']);
  expect(lookAlikes('\u2fa6寨县')).toEqual(['“⾦”（应为“金”）']);
  expect(lookAlikes('市委宣传部（网信办）')).toEqual([]);
  expect(nameProblem('市民政局\u200b')).toBe('含有不可见的控制字符（U+200B，如从右到左标记、零宽字符），显示的名称可能与实际不同');
  expect(nameProblem('@市民政局')).toBe('以 =、+、-、@ 开头，是公式而不是单位名称');
  expect(nameProblem('中国联通六安分公司')).toBeNull();
});

test('数量: blank is 1; only whole numbers 1–1000, finite, are counted', () => {
  expect([countOf(null), countOf(3), countOf('12'), countOf('1,000')]).toEqual([1, 3, 12, 1000]);
  expect(countOf('1e999')).toBe('数量“1e999”不是有限的数（如 1e999）：应为 1 至 1000 的整数');
  expect(countOf(-3)).toBe('数量“-3”是负数：应为 1 至 1000 的整数');
  expect(countOf(0)).toBe('数量“0”是 0（没有报送就不必登记）：应为 1 至 1000 的整数');
  expect(countOf(1.5)).toBe('数量“1.5”不是整数：应为 1 至 1000 的整数');
  // a clerk's 三 or 3篇 is three (as the 数量 column is read by anyone); words that are no number are refused
  expect([countOf('三'), countOf('3篇')]).toEqual([3, 3]);
  expect(countOf('若干')).toBe('数量“若干”不是数字：应为 1 至 1000 的整数');
  expect(countOf(1001)).toBe('数量“1001”超过 1000：应为 1 至 1000 的整数');
});
