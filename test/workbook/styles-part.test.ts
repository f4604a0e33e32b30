// StyleBook.withNumberFormat: a cell format like another but for its number format, appended once, whether the other is the workbook's own or one appended a moment before.
import { StyleBook } from '../../src/workbook/package/styles-part';

const STYLES = `<?xml version="1.0" encoding="UTF-8"?><x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:fonts count="1"><x:font><x:sz val="11"/></x:font></x:fonts><x:fills count="2"><x:fill/><x:fill/></x:fills><x:borders count="2"><x:border/><x:border><x:left style="thin"/></x:border></x:borders><x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellStyleXfs><x:cellXfs count="2"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><x:xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"><x:alignment horizontal="center"/></x:xf></x:cellXfs></x:styleSheet>`;

test('the border and alignment of the base are kept; the same request gives the same index; an appended base keeps its look too', () => {
  const book = new StyleBook(STYLES);
  const rate = book.withNumberFormat(1, '0.0%');
  expect(rate).toBe(2);
  expect(book.withNumberFormat(1, '0.0%')).toBe(2);
  expect(book.withNumberFormat(2, '0.0%')).toBe(2);
  // a date like the (appended) rate cell: the border and alignment still there
  const date = book.withNumberFormat(2, 'yyyy-mm-dd');
  expect(date).toBe(3);
  const xml = book.result();
  const xfs = xml.slice(xml.indexOf('<x:cellXfs'), xml.indexOf('</x:cellXfs>'));
  expect(xfs).toContain('<x:cellXfs count="4">');
  expect(xfs.match(/<x:xf numFmtId="\d+" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyNumberFormat="1"><x:alignment horizontal="center"\/><\/x:xf>/g)).toHaveLength(2);
  expect(xml).toContain('formatCode="0.0%"');
  expect(xml).toContain('formatCode="yyyy-mm-dd"');
});
