// Workbook packages for reader tests: every .xlsx/.xlsm under the fixtures, and a one-sheet package built from its parts' XML.
import { readdirSync, statSync } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';

/** Every workbook package below `dir` (the fixtures by default), depth first. */
export function fixturePackages(dir = path.resolve(__dirname, '..', 'fixtures')): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...fixturePackages(full));
    else if (/\.(xlsx|xlsm)$/i.test(name)) out.push(full);
  }
  return out;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/**
 * A package of one sheet named `name`: `worksheet` is what goes inside <worksheet> (or the whole part when it starts
 * with `<?xml`), `styleSheet` and `sst` inside their roots.
 */
export async function oneSheetPackage(parts: { name: string; worksheet: string; styleSheet: string; sst: string }): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  zip.file('xl/workbook.xml', `<?xml version="1.0"?><workbook xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${parts.name}" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    + '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>');
  zip.file('xl/styles.xml', `<?xml version="1.0"?><styleSheet xmlns="${MAIN_NS}">${parts.styleSheet}</styleSheet>`);
  zip.file('xl/sharedStrings.xml', `<?xml version="1.0"?><sst xmlns="${MAIN_NS}">${parts.sst}</sst>`);
  zip.file('xl/worksheets/sheet1.xml', /^\ufeff?<\?xml/.test(parts.worksheet) ? parts.worksheet : `<?xml version="1.0"?><worksheet xmlns="${MAIN_NS}">${parts.worksheet}</worksheet>`);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}
