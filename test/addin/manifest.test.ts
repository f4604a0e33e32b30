// The add-in manifest checked offline as `npm run validate` checks it (same function), plus the
// checks catching what they should, the build config agreeing with them, and the icons.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ICON_SIZES, drawIcon, encodePng } from '../../scripts/make-icons';
import {
  BUILT_FILES, ManifestSummary, parseXml, pngSize, readInChildProcess, validateManifest,
} from '../../scripts/validate-manifest';

const REPO = path.resolve(__dirname, '../..');
const MANIFEST = path.join(REPO, 'manifest.xml');

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js') as {
  (env: object, argv: { mode: string }): {
    entry: Record<string, string>;
    plugins: { constructor: { name: string }; userOptions?: { filename?: string }; patterns?: { to: string }[]; options?: { output?: string; patterns?: { from: string; to: string }[] } }[];
    devServer: { port: number; server: unknown };
  };
  baseUrl(env: Record<string, string | undefined>): string;
  rewriteManifest(xml: string, base: string): string;
  DEV_BASE_URL: string;
};

const GOOD_SUMMARY: ManifestSummary = {
  id: 'db9f251f-7a80-42f6-bd7d-e361bc8cbfef', displayName: '督办', defaultLocale: 'zh-CN', permissions: 'ReadWriteDocument', hosts: ['Workbook'],
};
const stubReader = async () => GOOD_SUMMARY;

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-manifest-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The manifest with one edit, written to a temporary file. */
function variant(edit: (xml: string) => string): string {
  const file = path.join(tmp, `manifest-${Math.random().toString(36).slice(2)}.xml`);
  const original = fs.readFileSync(MANIFEST, 'utf8');
  const changed = edit(original);
  expect(changed).not.toBe(original);
  fs.writeFileSync(file, changed);
  return file;
}

describe('manifest.xml passes the offline check', () => {
  test('parsed by office-addin-manifest (in plain node) and every check passes', async () => {
    const result = await validateManifest(MANIFEST, { root: REPO, readManifest: readInChildProcess });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.summary).toMatchObject({ displayName: '督办', defaultLocale: 'zh-CN', permissions: 'ReadWriteDocument', hosts: ['Workbook'] });
    expect(result.origin).toBe('https://localhost:3000');
  });

  test('DUBAN namespace, shared runtime, ribbon button on the Home tab, en-US overrides', () => {
    const xml = fs.readFileSync(MANIFEST, 'utf8');
    const root = parseXml(xml);
    expect(root.name).toBe('OfficeApp');
    expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="DUBAN"\/>/);
    expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(xml).toMatch(/<OfficeTab id="TabHome">/);
    expect(xml).toMatch(/<Override Locale="en-US" Value="Duban"\/>/);
    expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });
});

describe('the check catches what it should', () => {
  const check = (file: string, reader = stubReader) => validateManifest(file, { root: REPO, readManifest: reader });

  test.each<[string, (xml: string) => string, RegExp]>([
    ['an http URL', (x) => x.replace('https://localhost:3000/help.html"/>\n  <Hosts>', 'http://localhost:3000/help.html"/>\n  <Hosts>'), /不是 https/],
    ['a second origin', (x) => x.replace('https://localhost:3000/functions.json', 'https://cdn.example.com/functions.json'), /同一来源/],
    ['a resid without a resource', (x) => x.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'), /找不到对应资源/],
    ['a resid of the wrong kind', (x) => x.replace('<Label resid="Group.Label"/>', '<Label resid="Help.Url"/>'), /应引用 ShortStrings/],
    ['an icon of the wrong size', (x) => x.replace('DefaultValue="https://localhost:3000/assets/icon-16.png"', 'DefaultValue="https://localhost:3000/assets/icon-64.png"'), /应为 16×16/],
    ['a URL that is no build output', (x) => x.replace('https://localhost:3000/functions.js', 'https://localhost:3000/src/functions/functions.ts'), /不是构建产物/],
    ['functions script pointing at the pane script', (x) => x.replace('https://localhost:3000/functions.js"', 'https://localhost:3000/taskpane.js"'), /自定义函数脚本应指向 functions\.js/],
    ['custom functions required of every Excel', (x) => x.replace('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.7"/><Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>'), /基础清单不应要求 CustomFunctionsRuntime/],
    ['a short-lived runtime', (x) => x.replace('lifetime="long"', 'lifetime="short"'), /lifetime="long"/],
    ['another namespace', (x) => x.replace('DefaultValue="DUBAN"', 'DefaultValue="CONTOSO"'), /命名空间应为 DUBAN/],
    ['a French override', (x) => x.replace('<Override Locale="en-US" Value="Duban"/>', '<Override Locale="fr-FR" Value="Duban"/>'), /Locale 应为 en-US/],
    ['the button labelled otherwise', (x) => x.replace('<bt:String id="TaskpaneButton.Label" DefaultValue="督办">', '<bt:String id="TaskpaneButton.Label" DefaultValue="打开">'), /标签应为“督办”/],
    ['custom functions runtime 1.1 (the code uses ErrorCode, 1.3)', (x) => x.replace('Name="CustomFunctionsRuntime" MinVersion="1.3"', 'Name="CustomFunctionsRuntime" MinVersion="1.1"'), /需要 CustomFunctionsRuntime 1\.3/],
    ['ExcelApi 1.6 (the port writes by index and freezes panes, 1.7)', (x) => x.replace('<Set Name="ExcelApi" MinVersion="1.7"/>', '<Set Name="ExcelApi" MinVersion="1.6"/>'), /需要 ExcelApi 1\.7/],
    ['malformed XML', (x) => x.replace('</Hosts>\n  <!--', '</Host>\n  <!--'), /不是有效的 XML/],
  ])('%s', async (_name, edit, message) => {
    const result = await check(variant(edit));
    expect(result.errors.join('\n')).toMatch(message);
  });

  test('requirement sets: an unguarded call needs its set declared; a guarded one does not', async () => {
    const run = (source: string) => validateManifest(MANIFEST, { root: REPO, readManifest: stubReader, code: [{ file: 'src/x.ts', source }] });
    const unguarded = await run('const m = range.getMergedAreasOrNullObject();');
    expect(unguarded.errors.join('\n')).toMatch(/Range\.getMergedAreasOrNullObject（src\/x\.ts，未先检查支持），需要 ExcelApi 1\.13，清单声明的是 1\.7/);
    const guarded = await run("if (supports('ExcelApi', '1.13')) range.getMergedAreasOrNullObject();");
    expect(guarded.errors).toEqual([]);
    const tooLow = await run("if (supports('ExcelApi', '1.9')) range.getMergedAreasOrNullObject();");
    expect(tooLow.errors.join('\n')).toMatch(/ExcelApi 1\.13/);
    const inComment = await run('// getMergedAreasOrNullObject() is read in bands');
    expect(inComment.errors).toEqual([]);
  });

  test('permissions beyond ReadWriteDocument', async () => {
    const result = await check(MANIFEST, async () => ({ ...GOOD_SUMMARY, permissions: 'ReadWriteMailbox' }));
    expect(result.errors.join('\n')).toMatch(/ReadWriteDocument/);
  });

  test('a manifest office-addin-manifest cannot read', async () => {
    const result = await check(MANIFEST, async () => {
      throw new Error('bad');
    });
    expect(result.errors.join('\n')).toMatch(/无法读取清单/);
  });

  test('a built tree must hold every file the manifest names', async () => {
    const dist = path.join(tmp, 'dist-partial');
    fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
    for (const size of [16, 32, 64, 80]) fs.copyFileSync(path.join(REPO, 'assets', `icon-${size}.png`), path.join(dist, 'assets', `icon-${size}.png`));
    fs.writeFileSync(path.join(dist, 'taskpane.html'), '');
    const result = await validateManifest(MANIFEST, { root: REPO, distDir: dist, readManifest: stubReader });
    expect(result.errors.join('\n')).toMatch(/functions\.js 不在/);
    expect(result.errors.join('\n')).toMatch(/functions\.json 不在/);
  });
});

describe('the production manifest', () => {
  test('DUBAN_BASE_URL: https only, no trailing slash; the dev URL otherwise', () => {
    expect(webpackConfig.baseUrl({ DUBAN_BASE_URL: 'https://duban.example.gov.cn/addin/' })).toBe('https://duban.example.gov.cn/addin');
    expect(webpackConfig.baseUrl({})).toBe('https://localhost:3000');
    expect(() => webpackConfig.baseUrl({ DUBAN_BASE_URL: 'http://duban.example.gov.cn' })).toThrow(/https/);
    expect(() => webpackConfig.baseUrl({ DUBAN_BASE_URL: 'not a url' })).toThrow(/不是有效的地址/);
  });

  test('the rewritten manifest passes, on the new origin and base path', async () => {
    const xml = webpackConfig.rewriteManifest(fs.readFileSync(MANIFEST, 'utf8'), 'https://duban.example.gov.cn/addin');
    expect(xml).not.toMatch(/localhost:3000/);
    const file = path.join(tmp, 'manifest-production.xml');
    fs.writeFileSync(file, xml);
    const result = await validateManifest(file, { root: REPO, readManifest: stubReader });
    expect(result.errors).toEqual([]);
    expect(result.origin).toBe('https://duban.example.gov.cn');
    expect(result.urls.every((u) => u.startsWith('https://duban.example.gov.cn/addin/'))).toBe(true);
  });
});

describe('the webpack config writes the files the manifest check expects', () => {
  const config = webpackConfig({}, { mode: 'development' });
  const outputs = new Set<string>();
  for (const name of Object.keys(config.entry)) outputs.add(`${name}.js`);
  for (const plugin of config.plugins) {
    const name = plugin.constructor.name;
    if (name === 'HtmlWebpackPlugin') outputs.add(plugin.userOptions!.filename!);
    if (name === 'FunctionsMetadataPlugin') outputs.add((plugin as unknown as { output: string }).output);
    if (name === 'CopyPlugin' || name === 'CopyWebpackPlugin') {
      for (const p of plugin.patterns ?? []) {
        const pattern = p as unknown as { from: string; to: string };
        if (pattern.to === 'assets/[name][ext]') for (const f of fs.readdirSync(path.join(REPO, 'assets')).filter((f) => /^icon-\d+\.png$/.test(f))) outputs.add(`assets/${f}`);
        else outputs.add(pattern.to);
      }
    }
  }

  test('every built file the check accepts is produced, and nothing else is expected', () => {
    expect([...outputs].sort()).toEqual([...BUILT_FILES].sort());
  });

  test('entries for the pane, the functions and the browser page\'s workbook worker; https dev server from port 3000 (the next free one when taken)', () => {
    expect(config.entry).toEqual({
      taskpane: './src/taskpane/index.tsx',
      functions: './src/functions/functions.ts',
      'workbook-worker': { import: './src/taskpane/workbook-worker.ts', chunkLoading: 'import-scripts' },
    });
    expect(config.devServer.port).toBe('auto');
    expect(process.env.WEBPACK_DEV_SERVER_BASE_PORT).toBe('3000');
    const server = config.devServer.server;
    expect(server === 'https' || (server as { type: string }).type === 'https').toBe(true);
  });
});

describe('icons', () => {
  test.each(ICON_SIZES.map((s) => [s]))('assets/icon-%i.png is a real PNG of that size', (size) => {
    const bytes = fs.readFileSync(path.join(REPO, 'assets', `icon-${size}.png`));
    expect(pngSize(bytes)).toEqual({ width: size, height: size });
    expect(Buffer.compare(bytes, encodePng(size, size, drawIcon(size)))).toBe(0); // regenerated identically
  });
});
