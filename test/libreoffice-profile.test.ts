// The LibreOffice profile the tests and the bench start soffice with: seeded once to skip the graphics self-test, never overwritten, named by a file URL soffice can read.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { RENDER_TESTS_LOG, libreOfficeProfile } from '../scripts/libreoffice-profile';

describe('libreOfficeProfile', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'duban-lo-profile-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('a new profile records a last version later than any release, so soffice skips its self-test', () => {
    const profile = path.join(dir, 'profile');
    const arg = libreOfficeProfile(profile);
    expect(arg.startsWith('-env:UserInstallation=file:///')).toBe(true);
    expect(fileURLToPath(arg.slice('-env:UserInstallation='.length))).toBe(profile);
    const xcu = readFileSync(path.join(profile, 'user', 'registrymodifications.xcu'), 'utf8');
    expect(xcu).toContain('<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse"><value>99.9</value></prop></item>');
    expect(RENDER_TESTS_LOG).toBe(path.join('user', 'GraphicsRenderTests.log'));
  });

  test('a profile LibreOffice has written back is left as it is', () => {
    const profile = path.join(dir, 'profile');
    libreOfficeProfile(profile);
    const settings = path.join(profile, 'user', 'registrymodifications.xcu');
    writeFileSync(settings, '<oor:items>LibreOffice 写回的设置</oor:items>');
    libreOfficeProfile(profile);
    expect(readFileSync(settings, 'utf8')).toBe('<oor:items>LibreOffice 写回的设置</oor:items>');
  });

  test('a folder with spaces and Chinese is named by a percent-encoded URL that leads back to it', () => {
    const profile = path.join(dir, '督办 配置');
    const url = libreOfficeProfile(profile).slice('-env:UserInstallation='.length);
    expect(url).not.toMatch(/[ \u4e00-\u9fff]/);
    expect(fileURLToPath(url)).toBe(profile);
  });
});
