// The date a returned .xlsx/.docx says it was last saved (docProps/core.xml dcterms:modified), in Beijing time: a better received date than the file's modification time.
import { CivilDate, civilDateAt } from '../core/dates/civil-date';
import { partText } from '../workbook/package/package';
import { childNamed, parseXmlTree } from '../workbook/xml/xml-tree';
import { InflateBudget, readZipDirectory } from '../workbook/zip';

/** The core properties part is a few hundred bytes: a larger one is not read. */
const MAX_CORE_BYTES = 64 * 1024;

/** dcterms:modified (else created) as a civil date in China; null when absent, unreadable or not a plausible date. */
export async function savedDate(bytes: Uint8Array): Promise<CivilDate | null> {
  try {
    const entry = readZipDirectory(bytes).get('docProps/core.xml');
    if (!entry || entry.uncompressedSize > MAX_CORE_BYTES) return null;
    const root = parseXmlTree(await partText(bytes, entry, new InflateBudget()), entry.name).root;
    const stamp = (childNamed(root, 'modified') ?? childNamed(root, 'created'))?.text.trim() ?? '';
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(stamp)) return null;
    const ms = Date.parse(stamp);
    if (!Number.isFinite(ms)) return null;
    const date = civilDateAt(ms);
    return date.year >= 2000 && date.year <= 2100 ? date : null;
  } catch {
    return null;
  }
}
