// LibreOffice Writer for the document tests: finds soffice and poppler, skips (or fails in CI) without them, converts a .docx to PDF with the 公文 font aliases.
import { execFileSync } from 'child_process';
import { existsSync } from 'fs';
import * as path from 'path';

export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
const POPPLER = existsSync('/usr/bin/pdftotext');
const FONTS_CONF = path.resolve(__dirname, '..', 'documents', 'fonts.conf');
export const OUTPUT = path.resolve(__dirname, '..', '..', 'test-output');

/** describe when Writer and poppler are there (or in CI, where their absence must fail); otherwise skipped with the reason printed. */
export function writerDescribe(what: string): jest.Describe {
  const required = Boolean(process.env.CI);
  if ((!SOFFICE || !POPPLER) && !required) {
    // eslint-disable-next-line no-console
    console.log(`跳过${what}测试：本机没有 LibreOffice Writer 或 poppler-utils（apt-get install libreoffice-writer-nogui poppler-utils）；CI 中此测试必须运行。`);
  }
  return (SOFFICE && POPPLER) || required ? describe : describe.skip;
}

/** Converts `docx` to a PDF in `dir` (a private profile there, 公文 fonts aliased to the stand-ins); returns the PDF's path. */
export function docxToPdf(docx: string, dir: string): string {
  if (!SOFFICE) throw new Error('CI 需要 LibreOffice（libreoffice-writer-nogui），但没有找到 soffice');
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
    stdio: 'pipe', timeout: 120_000, env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF },
  });
  return path.join(dir, `${path.basename(docx).replace(/\.docx$/i, '')}.pdf`);
}
