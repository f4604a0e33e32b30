// The generated sheet's XML written as bytes: every row's and cell's reference, cells shared by many rows, links, merges and pieces read back as the spec says.
import { SheetSpec, SpecCell, STYLES, cell } from '../../src/core/sheets/sheet-spec';
import { columnLetters } from '../../src/core/sheets/grid';
import { worksheetXml, SheetLinks } from '../../src/workbook/sheet-edit/worksheet-xml';
import { ByteArena, ByteSink, PIECE_BYTES } from '../../src/workbook/sheet-edit/byte-sink';
import { SharedStringTable } from '../../src/workbook/sheet-edit/shared-strings';
import { EMPTY_STYLES, StyleBook } from '../../src/workbook/package/styles-part';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The sheet's XML as one text, its pieces, the table and the links it filled in. */
function write(spec: SheetSpec, date1904 = false) {
  const strings = new SharedStringTable();
  const styles = new StyleBook(EMPTY_STYLES);
  const links: SheetLinks = { external: [] };
  const pieces = [...worksheetXml(spec, styles, strings, MAIN, REL, links, date1904)];
  const total = pieces.reduce((n, p) => n + p.length, 0);
  const joined = new Uint8Array(total);
  let at = 0;
  for (const p of pieces) {
    joined.set(p, at);
    at += p.length;
  }
  return { xml: new TextDecoder('utf-8', { fatal: true }).decode(joined), pieces, strings, styles, links };
}

/** The `<c …>` elements of a row, as written. */
function cellsOfRow(xml: string, row: number): string[] {
  const m = new RegExp(`<row r="${row}"[^>]*>(.*?)</row>`).exec(xml);
  if (!m) return [];
  return m[1].match(/<c [^>]*?(?:\/>|>.*?<\/c>)/g) ?? [];
}

describe('worksheetXml', () => {
  test('every row and cell carries its own reference, across 9→10, 99→100, 999→1000 and 9999→10000', () => {
    const shared = cell('同一单元格', STYLES.plain);
    const rows: SpecCell[][] = [];
    for (let r = 0; r < 10_050; r++) rows.push([shared, cell(r + 1, STYLES.number), shared]);
    const { xml, strings } = write({ name: '表', generated: true, rows });
    const rowNumbers = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rowNumbers).toEqual(rows.map((_, i) => i + 1));
    for (const r of [1, 9, 10, 11, 99, 100, 101, 999, 1000, 1001, 9999, 10000, 10001, 10050]) {
      const cells = cellsOfRow(xml, r);
      expect(cells.map((c) => /r="([A-Z]+\d+)"/.exec(c)![1])).toEqual([`A${r}`, `B${r}`, `C${r}`]);
      expect(cells[1]).toMatch(new RegExp(`<v>${r}</v></c>$`));
      expect(cells[0]).toMatch(/ t="s"><v>0<\/v><\/c>$/);
    }
    // each cell referring to the table counts, the shared one as often as it is written
    expect(strings.refs).toBe(2 * rows.length);
    expect([...xml.matchAll(/ t="s"/g)].length).toBe(strings.refs);
  });

  test('a task\'s cells shared by many rows in another order, and cells after them, read back in place', () => {
    const tasks = Array.from({ length: 40 }, (_, t) => [cell(`${t + 1}`, STYLES.center), cell(`任务${t + 1}：推进“暖民心”行动`, STYLES.text), cell(t % 3 === 0 ? null : `2023-0${(t % 9) + 1}-30`, STYLES.plain)]);
    const units = Array.from({ length: 25 }, (_, u) => cell(`单位${u + 1}`, STYLES.plain));
    const rows: SpecCell[][] = [];
    const expected: string[][] = [];
    for (let u = 0; u < units.length; u++) {
      for (let t = u % 7; t < tasks.length; t += 1 + (u % 4)) {
        const tail = t % 5 === 0 ? [cell('备注', STYLES.plain)] : [];
        rows.push([units[u], ...tasks[t], ...tail]);
        expected.push([`单位${u + 1}`, `${t + 1}`, `任务${t + 1}：推进“暖民心”行动`, t % 3 === 0 ? '' : `2023-0${(t % 9) + 1}-30`, ...(tail.length ? ['备注'] : [])]);
      }
    }
    const { xml, strings } = write({ name: '表', generated: true, rows });
    const table = [...(strings as unknown as { added: string[] }).added];
    rows.forEach((_, i) => {
      const cells = cellsOfRow(xml, i + 1);
      const texts = cells.map((c) => {
        const v = /<v>(\d+)<\/v>/.exec(c);
        return v ? table[Number(v[1])] : '';
      });
      expect(texts).toEqual(expected[i]);
      expect(cells.map((c) => /r="([A-Z]+)(\d+)"/.exec(c)!.slice(1).join(''))).toEqual(expected[i].map((_, c) => `${columnLetters(c)}${i + 1}`));
    });
  });

  test('a sheet of one-off cells, then cells met before: each written in full where it stands, every reference counted', () => {
    const rows: SpecCell[][] = [];
    for (let r = 0; r < 6000; r++) rows.push([cell(`说明${r}`, STYLES.text), cell(r * 1.5, STYLES.decimal)]);
    for (let r = 0; r < 50; r++) rows.push([rows[r * 97][0], rows[5999 - r][1]]);
    const { xml, strings } = write({ name: '表', generated: true, rows });
    const table = (strings as unknown as { added: string[] }).added;
    for (let r = 0; r < 50; r++) {
      const [text, number] = cellsOfRow(xml, 6001 + r);
      expect(table[Number(/<v>(\d+)<\/v>/.exec(text)![1])]).toBe(`说明${r * 97}`);
      expect(number).toMatch(new RegExp(`^<c r="B${6001 + r}" s="\\d+"><v>${(5999 - r) * 1.5}</v></c>$`));
    }
    expect(strings.refs).toBe(6050);
  });

  test('a link cell repeated down rows is written, and linked, in every row', () => {
    const link = cell({ text: '官网', link: 'https://example.com/a?b=1&c=2' }, STYLES.plain);
    const inside = cell({ text: '任务分工表!B2', link: "#'任务分工表'!B2" }, STYLES.plain);
    const { xml, links } = write({ name: '表', generated: true, rows: [[link, inside], [link, inside], [link, inside]] });
    expect(links.external.map((l) => l.id)).toEqual(['rId1', 'rId2', 'rId3']);
    for (const r of [1, 2, 3]) {
      expect(xml).toContain(`<hyperlink ref="A${r}" r:id="rId${r}" display="官网"/>`);
      expect(xml).toContain(`<hyperlink ref="B${r}" location="'任务分工表'!B2" display="任务分工表!B2"/>`);
      expect(cellsOfRow(xml, r)).toHaveLength(2);
    }
  });

  test('an empty cell shows a merge\'s style only where it is covered; a row with a height and no cell is kept', () => {
    const empty = cell(null);
    const rows: SpecCell[][] = [[cell('标题', STYLES.title), empty, empty], [cell('正文'), empty, empty], [], [cell('末行')]];
    const { xml } = write({ name: '表', generated: true, rows, merges: [{ top: 0, left: 0, bottom: 0, right: 2 }], heights: [24, undefined, 30] });
    const row1 = cellsOfRow(xml, 1);
    expect(row1).toHaveLength(3);
    const style = / s="(\d+)"/.exec(row1[0])![1];
    expect(row1.slice(1)).toEqual([`<c r="B1" s="${style}"/>`, `<c r="C1" s="${style}"/>`]);
    expect(cellsOfRow(xml, 2)).toHaveLength(1); // the same empty cell, not covered: nothing
    expect(xml).toContain('<row r="3" ht="30" customHeight="1"></row>');
    expect(cellsOfRow(xml, 4)).toHaveLength(1);
  });

  test('formulas and long text in UTF-8, a 1904 workbook\'s dates, numbers and booleans as Excel writes them', () => {
    const formula = cell({ formula: `=IF(A1="${'督办'.repeat(40)}",1,0)` });
    const date = cell(45107, STYLES.date);
    const rows: SpecCell[][] = [[formula, date, cell(0.1 + 0.2), cell(Number.NaN), cell(true), cell(false)], [formula, date]];
    const { xml } = write({ name: '表', generated: true, rows }, true);
    expect(cellsOfRow(xml, 1)[0]).toBe(`<c r="A1"><f>IF(A1="${'督办'.repeat(40)}",1,0)</f></c>`);
    expect(cellsOfRow(xml, 2)[0]).toBe(`<c r="A2"><f>IF(A1="${'督办'.repeat(40)}",1,0)</f></c>`);
    expect(cellsOfRow(xml, 1)[1]).toMatch(/<v>43645<\/v><\/c>$/);
    expect(cellsOfRow(xml, 2)[1]).toMatch(/<v>43645<\/v><\/c>$/);
    expect(cellsOfRow(xml, 1).slice(2)).toEqual(['<c r="C1"><v>0.30000000000000004</v></c>', '<c r="D1" t="e"><v>#NUM!</v></c>', '<c r="E1" t="b"><v>1</v></c>', '<c r="F1" t="b"><v>0</v></c>']);
  });

  test('a large sheet comes in pieces of at most a megabyte each, rows whole across them', () => {
    const rows: SpecCell[][] = [];
    for (let r = 0; r < 40_000; r++) rows.push([cell(`第${r}行`), cell(r), cell({ formula: `=B${r + 1}*2` })]);
    const { xml, pieces } = write({ name: '表', generated: true, rows });
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(PIECE_BYTES);
    for (const p of pieces.slice(1, -1)) expect(new TextDecoder().decode(p.subarray(0, 5))).toBe('<row ');
    expect([...xml.matchAll(/<row /g)].length).toBe(rows.length);
    expect(cellsOfRow(xml, 40_000)).toEqual(['<c r="A40000" t="s"><v>39999</v></c>', '<c r="B40000"><v>39999</v></c>', '<c r="C40000"><f>B40000*2</f></c>']);
    expect(xml.endsWith('</worksheet>')).toBe(true);
  });
});

describe('ByteSink and ByteArena', () => {
  test('text longer than a piece, Chinese split nowhere, pieces set aside only when full', () => {
    const sink = new ByteSink(16);
    sink.text('<a>');
    expect(sink.hasReady).toBe(false);
    sink.text('西阳县人社局西阳县人社局');
    sink.text('</a>');
    const arena = new ByteArena();
    const id = arena.add('“暖民心”', 1);
    sink.room(arena.lengths[id]);
    sink.buf.set(arena.bytes.subarray(arena.starts[id], arena.starts[id] + arena.lengths[id]), sink.at);
    sink.at += arena.lengths[id];
    const pieces = sink.end();
    const text = new TextDecoder().decode(Buffer.concat(pieces));
    expect(text).toBe('<a>西阳县人社局西阳县人社局</a>“暖民心”');
    expect(arena.refs[id]).toBe(1);
  });
});
