// The system software a test needs (LibreOffice, poppler, Chromium, the 公文 stand-in fonts), found or named: outside CI a test
// without it is skipped with one line naming the missing Debian packages (scripts/system-packages.txt); in CI it fails.
import { execFileSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { libreOfficeProfile } from '../../scripts/libreoffice-profile';

export const REPO = path.resolve(__dirname, '..', '..');

/** The packages of scripts/system-packages.txt, in order. */
export function systemPackages(): string[] {
  return readFileSync(path.join(REPO, 'scripts', 'system-packages.txt'), 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
export const CHROMIUM = process.env.DUBAN_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Runs soffice headless with `args` on a private profile in `workDir` (scripts/libreoffice-profile.ts: no graphics self-test
 * at its start), for up to ten minutes; throws with what it printed when it fails.
 */
export function runLibreOffice(workDir: string, args: readonly string[], env?: NodeJS.ProcessEnv): void {
  if (!SOFFICE) throw new Error('CI 需要 LibreOffice，但没有找到 soffice（apt-get install -y --no-install-recommends libreoffice-calc-nogui libreoffice-writer-nogui）');
  execFileSync(SOFFICE, [libreOfficeProfile(path.join(workDir, 'profile')), '--headless', ...args], { stdio: 'pipe', timeout: 600_000, ...(env ? { env } : {}) });
}
const LO_PROGRAM = '/usr/lib/libreoffice/program';

let families: string | undefined;
/** Font families fontconfig knows (empty without fc-list). */
function fontFamilies(): string {
  if (families === undefined) {
    try {
      families = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      families = '';
    }
  }
  return families;
}

/** Each package, and how to tell it is installed. */
const PRESENT: Record<string, () => boolean> = {
  'libreoffice-calc-nogui': () => Boolean(SOFFICE) && existsSync(path.join(LO_PROGRAM, 'libsclo.so')),
  'libreoffice-writer-nogui': () => Boolean(SOFFICE) && existsSync(path.join(LO_PROGRAM, 'libswlo.so')),
  'poppler-utils': () => existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdffonts'),
  chromium: () => existsSync(CHROMIUM),
  'fonts-wqy-microhei': () => fontFamilies().includes('WenQuanYi Micro Hei'),
  'fonts-wqy-zenhei': () => fontFamilies().includes('WenQuanYi Zen Hei'),
  'fonts-cwtex-fs': () => fontFamilies().includes('cwTeXFangSong'),
  'fonts-arphic-ukai': () => fontFamilies().includes('AR PL UKai'),
  'fonts-arphic-uming': () => fontFamilies().includes('AR PL UMing'),
};

/** The packages among `needs` that are not installed. */
export function missingPackages(needs: readonly string[]): string[] {
  return needs.filter((name) => {
    const present = PRESENT[name];
    if (!present) throw new Error(`${name} 不在 scripts/system-packages.txt 的检查表中`);
    return !present();
  });
}

type Describe = (name: string, body: () => void) => void;

/**
 * describe when `needs` are installed; otherwise skipped with one line naming what is missing, or in CI (CI=true)
 * a failure naming it, so a CI machine without them can never pass by skipping.
 */
export function describeWith(what: string, needs: readonly string[]): Describe {
  const lacking = missingPackages(needs);
  if (lacking.length === 0) return describe;
  const install = `apt-get install -y --no-install-recommends ${lacking.join(' ')}`;
  if (process.env.CI) {
    return (name, body) =>
      describe(name, () => {
        beforeAll(() => {
          throw new Error(`CI 中${what}必须运行，但缺少：${lacking.join('、')}（${install}）`);
        });
        body();
      });
  }
  // eslint-disable-next-line no-console
  console.log(`跳过${what}：本机缺少 ${lacking.join('、')}（${install}）；CI 中必须运行。`);
  return describe.skip;
}

/** The same for one test inside a describe that runs anyway. */
export function testWith(what: string, needs: readonly string[]): jest.It {
  const lacking = missingPackages(needs);
  if (lacking.length === 0 || process.env.CI) return test;
  // eslint-disable-next-line no-console
  console.log(`跳过${what}：本机缺少 ${lacking.join('、')}（apt-get install -y --no-install-recommends ${lacking.join(' ')}）；CI 中必须运行。`);
  return test.skip;
}
