// The LibreOffice user profile that the tests and the bench start soffice with: one that skips the graphics self-test a headless start otherwise runs every time.
import { existsSync, mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';

/**
 * LibreOffice 7.4 runs its graphics render tests (GraphicsRenderTests: some forty drawings on 4096-pixel surfaces, about
 * 290,000 page faults and about 4 s of CPU on a 2-core VM) whenever the profile's last version (Setup/Product/ooSetupLastVersion)
 * is older than its own. Only the graphical start records that version, so a headless profile never gets it and runs the tests
 * at every start, fresh profile or kept. A clerk's LibreOffice runs them once after an upgrade; nothing converted depends on
 * them. Recording a last version later than any release (99.9) skips them, whatever LibreOffice is installed.
 */
const SKIP_RENDER_TESTS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>99.9</value></prop></item>
</oor:items>
`;

/** Where LibreOffice logs the render tests when it runs them (the tests check that it did not). */
export const RENDER_TESTS_LOG = path.join('user', 'GraphicsRenderTests.log');

/**
 * soffice's `-env:UserInstallation=…` argument for a private profile in `dir`, seeded (when LibreOffice has not written it
 * yet) so that starting it skips the render tests. LibreOffice keeps the setting when it writes the profile back.
 */
export function libreOfficeProfile(dir: string): string {
  const settings = path.join(dir, 'user', 'registrymodifications.xcu');
  if (!existsSync(settings)) {
    mkdirSync(path.dirname(settings), { recursive: true });
    writeFileSync(settings, SKIP_RENDER_TESTS);
  }
  return `-env:UserInstallation=${pathToFileURL(dir).href}`;
}

// `npx tsx scripts/libreoffice-profile.ts 目录` prints the argument, for converting by hand as the tests do:
//   soffice "$(npx tsx scripts/libreoffice-profile.ts /tmp/lo)" --headless --convert-to pdf 汇总.xlsx
if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    process.stderr.write('用法：npx tsx scripts/libreoffice-profile.ts 配置目录（输出 soffice 的 -env:UserInstallation 参数）\n');
    process.exit(2);
  }
  process.stdout.write(`${libreOfficeProfile(path.resolve(dir))}\n`);
}
