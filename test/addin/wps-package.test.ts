// Static checks of the built WPS package (npm run build:wps): the archive holds the add-in folder and
// its installers; ribbon.xml is well-formed and starts with <customUI (WPS's publish validator rejects
// an XML declaration); every callback it names exists in the entry page's script and is synchronous;
// functions.json is legal for WPS and lists exactly functions.ts's functions, which the entry page
// registers; the pages load nothing from outside the folder; the Linux installer really installs.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { WpsPackage } from '../../scripts/build-wps';
import { wpsPackage } from '../helpers/wps-package';

jest.setTimeout(30 * 60_000);

/** Elements of an XML text (throws on anything not well-formed). */
function elements(xml: string): { name: string; attributes: Record<string, string> }[] {
  const out: { name: string; attributes: Record<string, string> }[] = [];
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => out.push({ name: tag.name, attributes: tag.attributes as Record<string, string> }));
  parser.write(xml).close();
  return out;
}

const WPS_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const WPS_TYPE = /^(string|number|bool|any)(\[\]\[\])?$/;

describe('the WPS package', () => {
  let pkg: WpsPackage;
  let files: Record<string, Uint8Array>;
  const text = (name: string) => new TextDecoder().decode(files[name]);

  beforeAll(async () => {
    pkg = await wpsPackage();
    files = unzipSync(new Uint8Array(fs.readFileSync(pkg.archive)));
  });

  test('the offline archive holds the add-in folder, the publish/jsplugins entries and both installers', () => {
    const f = pkg.folder;
    for (const name of ['ribbon.xml', 'index.html', 'main.js', 'taskpane.html', 'taskpane.js', 'functions.json', 'manifest.xml', 'help.html', 'assets/icon-32.png']) {
      expect(files[`${f}/${name}`]?.length).toBeGreaterThan(0);
    }
    for (const name of ['publish.xml', 'jsplugins.xml', 'install-windows.bat', 'install-windows.ps1', 'install-linux.sh']) expect(files[name]?.length).toBeGreaterThan(0);
    expect(f).toBe(`duban_${pkg.version}`);
  });

  test('ribbon.xml starts with <customUI, is well-formed, and has the 督办 tab', () => {
    const ribbon = text(`${pkg.folder}/ribbon.xml`);
    expect(ribbon.startsWith('<customUI')).toBe(true);
    const tags = elements(ribbon);
    expect(tags.find((t) => t.name === 'tab')?.attributes.label).toBe('督办');
    expect(tags.filter((t) => t.name === 'button').map((t) => t.attributes.label)).toEqual(['打开督办', '使用说明']);
  });

  test('every callback ribbon.xml names is a synchronous function of the entry page; the functions get registered', () => {
    const callbacks = new Set<string>();
    for (const tag of elements(text(`${pkg.folder}/ribbon.xml`))) {
      for (const [attr, value] of Object.entries(tag.attributes)) if (/^(on[A-Z]|get[A-Z])/.test(attr) || attr === 'onLoad') callbacks.add(value);
    }
    expect([...callbacks].sort()).toEqual(['GetImage', 'OnAction', 'OnAddinLoad']);
    const added: string[] = [];
    const panes: string[] = [];
    const storage = new Map<string, string>();
    const Application = {
      ActiveWorkbook: null,
      PluginStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v) },
      CreateTaskPane: (url: string) => {
        panes.push(url);
        return { ID: 'p1', Visible: false };
      },
    };
    const sandbox: Record<string, unknown> = {
      Application,
      wps: { AddCustomFunction: (ns: string, name: string) => void added.push(`${ns}.${name}`) },
      location: { href: 'file:///C:/Users/ke/AppData/Roaming/kingsoft/wps/jsaddons/duban_0.1.0/index.html' },
      console,
      setTimeout,
      clearTimeout,
      TextEncoder,
      TextDecoder,
    };
    sandbox.window = sandbox;
    sandbox.self = sandbox;
    sandbox.globalThis = sandbox;
    vm.runInNewContext(text(`${pkg.folder}/main.js`), sandbox);
    for (const name of callbacks) {
      const fn = sandbox[name] as (control: unknown) => unknown;
      expect(typeof fn).toBe('function');
      expect(fn.constructor.name).not.toBe('AsyncFunction');
    }
    expect((sandbox.OnAction as (c: unknown) => unknown)({ Id: 'dubanPane' }) instanceof Promise).toBe(false);
    expect(panes).toEqual(['file:///C:/Users/ke/AppData/Roaming/kingsoft/wps/jsaddons/duban_0.1.0/taskpane.html']);
    const listed = (JSON.parse(text(`${pkg.folder}/functions.json`)) as { functions: { name: string }[] }).functions.map((f) => `DUBAN.${f.name}`);
    expect(added).toEqual(listed);
    expect(storage.get('duban.customFunctions')).toBe('1');
  });

  test('functions.json is legal for WPS and lists exactly the functions of functions.ts', async () => {
    const wps = JSON.parse(text(`${pkg.folder}/functions.json`)) as { functions: { name: string; description: string; parameters: { name: string; type: string }[]; result: { type: string } }[] };
    const excel = await generateCustomFunctionsMetadata([path.join(__dirname, '../../src/functions/functions.ts')], false);
    expect(excel.errors).toEqual([]);
    const ids = (JSON.parse(excel.metadataJson) as { functions: { id: string; parameters: { name: string }[] }[] }).functions;
    expect(wps.functions.map((f) => f.name)).toEqual(ids.map((f) => f.id));
    for (const f of wps.functions) {
      expect(f.name).toMatch(WPS_NAME);
      expect(f.description.length).toBeGreaterThan(0);
      expect(f.result.type).toMatch(WPS_TYPE);
      for (const p of f.parameters) expect(p.type).toMatch(WPS_TYPE);
      expect(f.parameters.map((p) => p.name)).toEqual(ids.find((x) => x.id === f.name)!.parameters.map((p) => p.name));
    }
    expect(wps.functions.find((f) => f.name === 'UNITS')!.parameters[1].type).toBe('any[][]');
    const manifest = elements(text(`${pkg.folder}/manifest.xml`));
    expect(manifest.map((t) => t.name)).toEqual(['JsPlugin', 'Functions', 'Uri', 'Namespace']);
  });

  test('the pages load only files of the add-in folder (offline), and the pane page no office.js', () => {
    const index = text(`${pkg.folder}/index.html`);
    const pane = text(`${pkg.folder}/taskpane.html`);
    expect(index).toMatch(/src="?main\.js/);
    expect(pane).toMatch(/src="?taskpane\.js/);
    for (const page of [index, pane]) {
      expect(page).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
      expect(page).not.toContain('office.js');
    }
  });

  test('publish.xml and jsplugins.xml entries name the folder and the version', () => {
    const publish = elements(text('publish.xml')).find((t) => t.name === 'jsplugin')!;
    expect(publish.attributes).toMatchObject({ name: 'duban', type: 'et', url: pkg.folder, version: pkg.version });
    const managed = elements(text('jsplugins.xml')).find((t) => t.name === 'jspluginonline')!;
    expect(managed.attributes).toMatchObject({ name: 'duban', type: 'et', version: pkg.version });
    expect(text('install-windows.ps1')).toContain('kingsoft\\wps\\jsaddons');
    expect(text('install-windows.bat')).toContain('install-windows.ps1');
  });

  test('install-linux.sh installs into ~/.local/share/Kingsoft/wps/jsaddons, keeping other add-ins, once however often it runs', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-wps-home-'));
    const unpacked = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-wps-zip-'));
    for (const [name, bytes] of Object.entries(files)) {
      if (name.endsWith('/')) continue;
      fs.mkdirSync(path.dirname(path.join(unpacked, name)), { recursive: true });
      fs.writeFileSync(path.join(unpacked, name), bytes);
    }
    const jsaddons = path.join(home, '.local/share/Kingsoft/wps/jsaddons');
    fs.mkdirSync(jsaddons, { recursive: true });
    fs.writeFileSync(path.join(jsaddons, 'publish.xml'), '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="other" type="wps" url="other_1.0" version="1.0"/>\n</jsplugins>\n');
    for (let i = 0; i < 2; i++) {
      const run = spawnSync('sh', [path.join(unpacked, 'install-linux.sh')], { env: { ...process.env, HOME: home }, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('督办已安装');
    }
    expect(fs.existsSync(path.join(jsaddons, pkg.folder, 'ribbon.xml'))).toBe(true);
    const entries = elements(fs.readFileSync(path.join(jsaddons, 'publish.xml'), 'utf8')).filter((t) => t.name === 'jsplugin');
    expect(entries.map((e) => e.attributes.name)).toEqual(['other', 'duban']);
    fs.rmSync(home, { recursive: true, force: true });
    fs.rmSync(unpacked, { recursive: true, force: true });
  });
});
