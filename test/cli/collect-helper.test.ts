// The worker thread collect reads returns and scans the ledger in: the same results as reading and scanning in this thread; none of its failures loses a file.
import { Workbook } from '../../src/workbook/file/exceljs-core';
import { Document, Packer, Paragraph } from 'docx';
import { zipSync } from 'fflate';
import { ChunkClaims, CollectHelper } from '../../src/cli/collect-helper';
import { ReturnedFile, readReturnedFiles } from '../../src/documents/returns-session';
import { scanAppendFacts } from '../../src/workbook/sheet-edit/cell-patch';
import { submission } from '../helpers/word-submission';

async function ledgerBook(): Promise<Uint8Array> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('报送台账');
  ws.addRow(['日期', '单位', '标题']).font = { bold: true };
  for (let i = 0; i < 50; i++) ws.addRow([new Date(Date.UTC(2023, 5, 1 + (i % 30))), '市民政局', `民生工程宣传第${i}篇`]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

let bytes0: Uint8Array;
beforeAll(async () => {
  bytes0 = await ledgerBook();
});

const JUNE = { from: { year: 2023, month: 6, day: 1 }, to: { year: 2023, month: 6, day: 30 } };

test('the worker reads and scans what this thread reads and scans; the caller\'s bytes stay usable', async () => {
  const bytes = await ledgerBook();
  const files: ReturnedFile[] = [
    { name: '市民政局-填报表.xlsx', bytes, received: { year: 2023, month: 7, day: 3 }, receivedFrom: 'clerk' },
    { name: '市民政局-2023年6月5日工作信息.docx', bytes: new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('市民政局开展低保政策宣传')] }] }))), received: null },
    { name: '市民政局-某某报道-2023年6月5日.docx', bytes: new TextEncoder().encode('不是 Word 文件'), received: null },
    { name: '说明.txt', bytes: new Uint8Array([1, 2, 3]), received: null },
  ];
  const helper = CollectHelper.start();
  try {
    const reading = helper.readReturns(files);
    const scanning = helper.scan(bytes, '报送台账');
    const read = await reading.finish(JUNE); // what Word files are dated against, once the master is checked
    expect(read).toEqual(await readReturnedFiles(files, undefined, JUNE));
    expect(read.submissions.map((w) => w.title)).toEqual(['市民政局开展低保政策宣传']);
    expect(read.returns).toHaveLength(1);
    const facts = await scanning;
    expect(facts).toEqual(await scanAppendFacts(bytes, '报送台账'));
    expect(facts?.rowIndex).toBe(50);
    expect(await helper.scan(bytes, '没有这张表')).toBeUndefined(); // the append then gives the reason itself
    expect(bytes.length).toBeGreaterThan(0);
  } finally {
    helper.close();
  }
});

test('a helper whose worker is gone reads the returns in this thread: no file is lost', async () => {
  const bytes = await ledgerBook();
  const files: ReturnedFile[] = [{ name: '市民政局-填报表.xlsx', bytes, received: null }];
  const helper = CollectHelper.start();
  helper.close();
  expect(await helper.readReturns(files).finish(JUNE)).toEqual(await readReturnedFiles(files, undefined, JUNE));
  expect(await helper.scan(bytes, '报送台账')).toBeUndefined();
});

test('a return whose parts lie about their size, or are damaged, is refused with the same reason as in this thread', async () => {
  /** A package whose one part inflates to 3 MB but says 100 bytes (local and central headers), and one with damaged bytes. */
  const lying = zipSync({ 'xl/workbook.xml': new Uint8Array(3 * 1024 * 1024).fill(0x20) });
  const view = new DataView(lying.buffer, lying.byteOffset);
  view.setUint32(22, 100, true);
  const central = lying.findIndex((b, i) => b === 0x50 && lying[i + 1] === 0x4b && lying[i + 2] === 0x01 && lying[i + 3] === 0x02);
  view.setUint32(central + 24, 100, true);
  const damaged = new Uint8Array(await ledgerBook());
  damaged.fill(0x41, 200, 400);
  const files: ReturnedFile[] = [{ name: '说谎.xlsx', bytes: lying, received: null }, { name: '损坏.xlsx', bytes: damaged, received: null }];
  const helper = CollectHelper.start();
  try {
    const read = await helper.readReturns(files).finish(JUNE);
    expect(read).toEqual(await readReturnedFiles(files, undefined, JUNE));
    expect(read.unreadable.map((u) => u.file)).toEqual(['说谎.xlsx', '损坏.xlsx']);
    expect(read.unreadable[0].reason).toContain('实际大小与记录不符');
    expect(await helper.scan(bytes0, '报送台账')).toBeDefined(); // the worker is still there
  } finally {
    helper.close();
  }
});

test('a Word 登记表 read as a return is not lost on the way back: the Word files\' returns join the workbooks\', in the files\' order', async () => {
  const word = await submission([{ body: '填写单位：市民政局' }, { rows: [['序号', '报送日期', '信息标题', '采用媒体'], ['1', '2023-06-05', '市民政局开展低保政策宣传', '皖西日报']] }]);
  const files: ReturnedFile[] = [{ name: '市民政局6月登记表.docx', bytes: word, received: null }, { name: '市民政局-填报表.xlsx', bytes: await ledgerBook(), received: null }];
  const helper = CollectHelper.start();
  helper.close(); // the Word files are read in this thread either way: the merge is what is tested
  const read = await helper.readReturns(files).finish(JUNE);
  expect(read.returns.map((r) => r.data.file)).toEqual(['市民政局6月登记表.docx', '市民政局-填报表.xlsx']);
  expect(read).toEqual(await readReturnedFiles(files, undefined, JUNE));
});

test('many returns are shared by the two threads, a ledger scan asked meanwhile, and come back as one thread reads them, in the files\' order', async () => {
  const book = await ledgerBook();
  const word = await submission([{ body: '填写单位：市民政局' }, { rows: [['序号', '报送日期', '信息标题', '采用媒体'], ['1', '2023-06-05', '市民政局开展低保政策宣传', '皖西日报']] }]);
  // 65 files: workbooks in several chunks, a Word 登记表 and a damaged file among them
  const files: ReturnedFile[] = Array.from({ length: 65 }, (_, i): ReturnedFile => (i === 30
    ? { name: `r${i}-登记表.docx`, bytes: word, received: null }
    : { name: `r${i}.xlsx`, bytes: i === 47 ? new Uint8Array([80, 75, 3, 4, 1, 2]) : book, received: null }));
  const helper = CollectHelper.start();
  try {
    const reading = helper.readReturns(files);
    const scanning = helper.scan(book, '报送台账');
    const read = await reading.finish(JUNE);
    expect(read).toEqual(await readReturnedFiles(files, undefined, JUNE));
    expect(read.returns.map((r) => r.data.file)).toEqual(files.filter((_, i) => i !== 47).map((f) => f.name));
    expect(read.unreadable.map((u) => u.file)).toEqual(['r47.xlsx']);
    expect((await scanning)?.rowIndex).toBe(50);
  } finally {
    helper.close();
  }
});

test('chunk claims: the front and the back meet, every chunk taken once; a view of the same memory (the worker\'s) shares them', () => {
  const claims = ChunkClaims.over(7);
  const other = new ChunkClaims(claims.buffer);
  const taken = [claims.take('back'), other.take('front'), other.take('front'), claims.take('back'), other.take('front'), claims.take('back'), other.take('front')];
  expect(taken).toEqual([6, 0, 1, 5, 2, 4, 3]);
  expect([claims.take('back'), other.take('front')]).toEqual([null, null]);
  expect(ChunkClaims.over(0).take('front')).toBeNull();
  expect(() => ChunkClaims.over(0x8000)).toThrow(RangeError);
});
