// xl/calcChain.xml after cells lost their formulas: those cells' entries removed, the sheet of the entries after them kept.
import { XlsxReadError } from '../package/read-error';
import { localName } from '../xml/xml';
import { InflateBudget, ZipEntry } from '../zip';
import { TagEdit, applyTagEdits, scanTags, startTag } from './part-scan';

/**
 * xl/calcChain.xml without the cells whose formulas were dropped (Excel repairs a workbook whose
 * chain names a cell without a formula). An entry without `i` belongs to the sheet (sheetId) of the
 * entry before it, so a kept entry that would change sheets by a removal gets its `i` written.
 */
export async function rechainXml(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget, dropped: ReadonlyMap<string, ReadonlySet<string>>): Promise<string> {
  const edits: TagEdit[] = [];
  let current = '';
  let lastKept = '';
  let kept = 0;
  const xml = await scanTags(bytes, entry, budget, (tag, parser) => {
    if (localName(tag.name) !== 'c') return;
    const sheet = tag.attributes.i ?? current;
    current = sheet;
    if (dropped.get(sheet)?.has((tag.attributes.r ?? '').toUpperCase())) {
      if (!tag.isSelfClosing) throw new XlsxReadError('计算链（xl/calcChain.xml）格式异常，督办无法安全地写入；请在 Excel/WPS 中另存后再收集');
      edits.push({ to: parser.position, text: '' });
      return;
    }
    if (tag.attributes.i === undefined && sheet !== lastKept) edits.push({ to: parser.position, text: startTag(tag, { i: sheet }, tag.isSelfClosing) });
    lastKept = sheet;
    kept++;
  }, true);
  if (kept === 0) throw new XlsxReadError('要覆盖的单元格是工作簿中仅有的公式，督办无法安全地改写计算链；请在 Excel/WPS 中处理后再收集');
  return applyTagEdits(xml, edits);
}
