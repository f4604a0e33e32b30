// LibreOffice Writer for the document tests: finds soffice and poppler, skips (or fails in CI) without them, converts a .docx to PDF with the 公文 font aliases.
import { execFileSync } from 'child_process';
import * as path from 'path';
import { SOFFICE, describeWith } from './system';
import { libreOfficeProfile } from '../../scripts/libreoffice-profile';

export { SOFFICE };
/** Writer, poppler and the fonts the 公文 names are aliased to (fonts.conf): the document tests assert those fonts. */
const WRITER_NEEDS = ['libreoffice-writer-nogui', 'poppler-utils', 'fonts-cwtex-fs', 'fonts-arphic-uming', 'fonts-arphic-ukai', 'fonts-wqy-zenhei'];
const FONTS_CONF = path.resolve(__dirname, '..', 'documents', 'fonts.conf');
export const OUTPUT = path.resolve(__dirname, '..', '..', 'test-output');

/** describe when Writer, poppler and the 公文 stand-in fonts are there (or in CI, where their absence fails); otherwise skipped, naming the packages. */
export function writerDescribe(what: string): (name: string, body: () => void) => void {
  return describeWith(`${what}测试`, WRITER_NEEDS);
}

/** Converts `docx` to a PDF in `dir` (a private profile there, 公文 fonts aliased to the stand-ins); returns the PDF's path. */
export function docxToPdf(docx: string, dir: string): string {
  if (!SOFFICE) throw new Error('CI 需要 LibreOffice（libreoffice-writer-nogui），但没有找到 soffice');
  execFileSync(SOFFICE, [libreOfficeProfile(path.join(dir, 'profile')), '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
    stdio: 'pipe', timeout: 600_000, env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
  });
  return path.join(dir, `${path.basename(docx).replace(/\.docx$/i, '')}.pdf`);
}
