// LibreOffice Writer for the document tests: finds soffice and poppler, skips (or fails in CI) without them, converts a .docx to PDF with the 公文 font aliases.
import * as path from 'path';
import { SOFFICE, describeWith, runLibreOffice } from './system';

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
  runLibreOffice(dir, ['--convert-to', 'pdf', '--outdir', dir, docx], { ...process.env, FONTCONFIG_FILE: FONTS_CONF });
  return path.join(dir, `${path.basename(docx).replace(/\.docx$/i, '')}.pdf`);
}
