// Offline check of the add-in manifest (npm run validate, and test/addin under npm test): it parses,
// every resid resolves, every URL is https on one origin, icons exist, and the custom functions point
// at files the webpack build writes. Microsoft's online `office-addin-manifest validate` is extra.
import { XmlElement, childNamed, childrenNamed, parseXmlTree } from '../src/workbook/xml/xml-tree';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { codeFiles, missingSets, unguardedNeeds } from './requirement-sets';

/** Files (relative to dist/) that `npm run build` writes and the manifest may point at. */
export const BUILT_FILES = [
  'taskpane.html',
  'taskpane.js',
  'functions.js',
  'workbook-worker.js',
  'functions.json',
  'help.html',
  'manifest.xml',
  'assets/icon-16.png',
  'assets/icon-32.png',
  'assets/icon-64.png',
  'assets/icon-80.png',
  'assets/icon-128.png',
] as const;

export const FUNCTIONS_NAMESPACE = 'DUBAN';

// ---------------------------------------------------------------------------------------------
// The manifest is parsed by saxes, as every part of a workbook is (src/workbook/xml/xml-tree.ts).

/** Parses XML text into its root element; throws a Chinese message on malformed input. */
export function parseXml(source: string): XmlElement {
  return parseXmlTree(source.replace(/^\uFEFF/, ''), 'manifest.xml').root;
}

/** Local name without a namespace prefix: bt:Image → Image. */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

function* walk(element: XmlElement, parents: XmlElement[] = []): Generator<[XmlElement, XmlElement[]]> {
  yield [element, parents];
  for (const child of element.children) yield* walk(child, [...parents, element]);
}

const child = childNamed;
const children = childrenNamed;

// ---------------------------------------------------------------------------------------------
// PNG size

/** Width and height of a PNG file, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, k) => bytes[k] !== b)) return null;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

// ---------------------------------------------------------------------------------------------
// The check

/** What office-addin-manifest's readManifestFile reports (the fields checked here). */
export interface ManifestSummary {
  id?: string;
  displayName?: string;
  defaultLocale?: string;
  permissions?: string;
  hosts?: string[];
  officeAppType?: string;
}

export type ManifestReader = (manifestPath: string) => Promise<ManifestSummary>;

export interface ValidateOptions {
  /** Where the files behind the URLs live: the repository (assets/…) or a built dist/. */
  readonly root: string;
  /** When set, every URL must point at a file that exists under this directory (a built tree). */
  readonly distDir?: string;
  /** The add-in's sources whose Office calls the requirement sets must cover; defaults to those under root. */
  readonly code?: readonly { file: string; source: string }[];
  /** Parser of record; defaults to office-addin-manifest's readManifestFile. */
  readonly readManifest?: ManifestReader;
}

export interface ValidateResult {
  readonly errors: string[];
  readonly warnings: string[];
  readonly summary: ManifestSummary | null;
  /** Every URL in the manifest. */
  readonly urls: string[];
  readonly origin: string | null;
}

/** office-addin-manifest's readManifestFile, loaded only when used (plain node, not jest). */
export const readWithOfficeAddinManifest: ManifestReader = async (manifestPath) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { OfficeAddinManifest } = require('office-addin-manifest') as typeof import('office-addin-manifest');
  return OfficeAddinManifest.readManifestFile(manifestPath);
};

/**
 * The same reader run in a child node process. Jest cannot load office-addin-manifest (an ESM-only
 * dependency), plain node can: the tests use this to parse with the real package.
 */
export const readInChildProcess: ManifestReader = async (manifestPath) => {
  const script =
    "require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1])" +
    '.then((i) => process.stdout.write(JSON.stringify(i)), (e) => { process.stderr.write(String(e && e.message || e)); process.exit(1); });';
  const out = execFileSync(process.execPath, ['-e', script, manifestPath], { cwd: path.resolve(__dirname, '..'), encoding: 'utf8' });
  return JSON.parse(out) as ManifestSummary;
};

/** The built file a URL path names (the path may carry a base such as /addin/); null when none. */
function builtFileOf(pathname: string): string | null {
  return BUILT_FILES.find((f) => pathname === `/${f}` || pathname.endsWith(`/${f}`)) ?? null;
}

const RESOURCE_KINDS = { Images: 'Image', Urls: 'Url', ShortStrings: 'String', LongStrings: 'String' } as const;
type ResourceKind = keyof typeof RESOURCE_KINDS;

/** Which resource collection a resid on this element must name. */
function expectedKind(element: XmlElement, parent: XmlElement | undefined): ResourceKind[] {
  const name = local(element.name);
  if (name === 'Image') return ['Images'];
  if (name === 'SourceLocation' || name === 'Runtime' || name === 'LearnMoreUrl' || name === 'FunctionFile') return ['Urls'];
  if (name === 'Label' || name === 'Namespace') return ['ShortStrings'];
  if (name === 'Title') return ['ShortStrings'];
  if (name === 'Description') return parent && local(parent.name) === 'Supertip' ? ['LongStrings'] : ['LongStrings', 'ShortStrings'];
  return ['Images', 'Urls', 'ShortStrings', 'LongStrings'];
}

/** Checks a manifest file; never throws for a bad manifest (it reports errors). */
export async function validateManifest(manifestPath: string, options: ValidateOptions): Promise<ValidateResult> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const urls: string[] = [];
  let summary: ManifestSummary | null = null;

  try {
    summary = await (options.readManifest ?? readWithOfficeAddinManifest)(manifestPath);
  } catch (e) {
    errors.push(`office-addin-manifest 无法读取清单：${(e as Error).message}`);
  }

  let root: XmlElement;
  try {
    root = parseXml(fs.readFileSync(manifestPath, 'utf8'));
  } catch (e) {
    errors.push(`清单不是有效的 XML：${(e as Error).message}`);
    return { errors, warnings, summary, urls, origin: null };
  }

  if (local(root.name) !== 'OfficeApp' || root.attributes['xsi:type'] !== 'TaskPaneApp') errors.push('根元素应为 xsi:type="TaskPaneApp" 的 <OfficeApp>。');
  if (summary) {
    if (summary.defaultLocale !== 'zh-CN') errors.push(`默认语言应为 zh-CN，实为 ${summary.defaultLocale ?? '无'}。`);
    if (summary.permissions !== 'ReadWriteDocument') errors.push(`权限应只为 ReadWriteDocument，实为 ${summary.permissions ?? '无'}。`);
    if (!summary.hosts || summary.hosts.length !== 1 || summary.hosts[0] !== 'Workbook') errors.push(`宿主应只有 Workbook，实为 ${(summary.hosts ?? []).join('、') || '无'}。`);
    if (!summary.id || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(summary.id)) errors.push('Id 应为 GUID。');
  }

  // Locale overrides: every Override names en-US.
  for (const [el] of walk(root)) {
    if (local(el.name) === 'Override' && el.attributes.Locale !== 'en-US') errors.push(`<${el.name}> 的 Locale 应为 en-US，实为 ${el.attributes.Locale ?? '无'}。`);
  }
  const displayName = child(root, 'DisplayName');
  if (!children(displayName, 'Override').some((o) => o.attributes.Locale === 'en-US')) errors.push('DisplayName 缺少 en-US 覆盖。');

  // Resources
  const overrides = child(root, 'VersionOverrides');
  const resourcesEl = child(overrides, 'Resources');
  const resources = new Map<string, { kind: ResourceKind; element: XmlElement }>();
  for (const kind of Object.keys(RESOURCE_KINDS) as ResourceKind[]) {
    for (const el of children(child(resourcesEl, kind), RESOURCE_KINDS[kind])) {
      const id = el.attributes.id;
      if (!id) errors.push(`资源 <${el.name}> 缺少 id。`);
      else if (resources.has(id)) errors.push(`资源 id“${id}”重复。`);
      else resources.set(id, { kind, element: el });
      if (!el.attributes.DefaultValue) errors.push(`资源“${id}”缺少 DefaultValue。`);
      if (id && [...id].length > 32) errors.push(`资源 id“${id}”超过 32 个字符。`);
    }
  }
  const used = new Set<string>();
  for (const [el, parents] of walk(root)) {
    const resid = el.attributes.resid;
    if (resid === undefined) continue;
    used.add(resid);
    const found = resources.get(resid);
    if (!found) {
      errors.push(`<${el.name} resid="${resid}"> 找不到对应资源。`);
      continue;
    }
    const kinds = expectedKind(el, parents[parents.length - 1]);
    if (!kinds.includes(found.kind)) errors.push(`<${el.name} resid="${resid}"> 应引用 ${kinds.join('/')}，实为 ${found.kind}。`);
  }
  for (const id of resources.keys()) if (!used.has(id)) warnings.push(`资源“${id}”没有被引用。`);

  // URLs: https, one origin
  const urlElements: { url: string; where: string; iconSize?: number }[] = [];
  const addUrl = (url: string | undefined, where: string, iconSize?: number) => {
    if (url !== undefined) urlElements.push({ url, where, ...(iconSize ? { iconSize } : {}) });
  };
  addUrl(child(root, 'IconUrl')?.attributes.DefaultValue, 'IconUrl', 32);
  addUrl(child(root, 'HighResolutionIconUrl')?.attributes.DefaultValue, 'HighResolutionIconUrl', 64);
  addUrl(child(root, 'SupportUrl')?.attributes.DefaultValue, 'SupportUrl');
  addUrl(child(child(root, 'DefaultSettings'), 'SourceLocation')?.attributes.DefaultValue, 'DefaultSettings/SourceLocation');
  for (const [id, { kind, element }] of resources) {
    if (kind !== 'Images' && kind !== 'Urls') continue;
    const size = kind === 'Images' ? Number(/(\d+)x\1$/.exec(id)?.[1] ?? NaN) : undefined;
    addUrl(element.attributes.DefaultValue, `资源 ${id}`, size && Number.isFinite(size) ? size : undefined);
    for (const o of children(element, 'Override')) addUrl(o.attributes.Value, `资源 ${id}（${o.attributes.Locale}）`);
  }
  for (const [el] of walk(root)) {
    for (const [name, value] of Object.entries(el.attributes)) {
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue; // namespace names, not addresses
      if (/^https?:\/\//i.test(value) && !urlElements.some((u) => u.url === value)) addUrl(value, `<${el.name} ${name}>`);
    }
  }
  const origins = new Set<string>();
  const bases = new Set<string>();
  for (const { url, where, iconSize } of urlElements) {
    urls.push(url);
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      errors.push(`${where} 的地址“${url}”无效。`);
      continue;
    }
    if (parsed.protocol !== 'https:') errors.push(`${where} 的地址“${url}”不是 https。`);
    origins.add(parsed.origin);
    const pathname = decodeURIComponent(parsed.pathname);
    const file = builtFileOf(pathname);
    if (!file) {
      errors.push(`${where} 的地址“${url}”不是构建产物（${BUILT_FILES.join('、')}）。`);
      continue;
    }
    bases.add(parsed.origin + pathname.slice(0, pathname.length - file.length));
    if (iconSize !== undefined) {
      const onDisk = path.join(options.distDir ?? options.root, file);
      if (!fs.existsSync(onDisk)) {
        errors.push(`${where} 的图标文件 ${path.relative(process.cwd(), onDisk) || onDisk} 不存在。`);
      } else {
        const size = pngSize(fs.readFileSync(onDisk));
        if (!size) errors.push(`${where} 的图标 ${file} 不是 PNG。`);
        else if (size.width !== iconSize || size.height !== iconSize) errors.push(`${where} 的图标 ${file} 应为 ${iconSize}×${iconSize}，实为 ${size.width}×${size.height}。`);
      }
    } else if (options.distDir && !fs.existsSync(path.join(options.distDir, file))) {
      errors.push(`${where} 指向的 ${file} 不在 ${options.distDir} 中。`);
    }
  }
  if (bases.size > 1) errors.push(`地址应在同一基础路径下，实有 ${[...bases].join('、')}。`);
  if (origins.size > 1) errors.push(`地址应在同一来源，实有 ${[...origins].join('、')}。`);

  // Shared runtime, custom functions, ribbon button
  const hostEl = children(child(overrides, 'Hosts'), 'Host').find((h) => h.attributes['xsi:type'] === 'Workbook');
  if (!overrides || overrides.attributes['xsi:type'] !== 'VersionOverridesV1_0') errors.push('缺少 VersionOverridesV1_0。');
  if (!hostEl) errors.push('VersionOverrides 中缺少 Workbook 宿主。');
  const runtime = child(child(hostEl, 'Runtimes'), 'Runtime');
  if (!runtime || runtime.attributes.lifetime !== 'long') errors.push('缺少 lifetime="long" 的共享运行时 <Runtime>。');
  if (hostEl && local(hostEl.children[0]?.name ?? '') !== 'Runtimes') errors.push('<Runtimes> 应是 <Host> 的第一个子元素。');
  const cf = children(child(hostEl, 'AllFormFactors'), 'ExtensionPoint').find((e) => e.attributes['xsi:type'] === 'CustomFunctions');
  const urlOf = (resid: string | undefined) => (resid ? resources.get(resid)?.element.attributes.DefaultValue : undefined);
  const fileOf = (resid: string | undefined) => {
    const url = urlOf(resid);
    try {
      return url ? builtFileOf(decodeURIComponent(new URL(url).pathname)) ?? undefined : undefined;
    } catch {
      return undefined;
    }
  };
  if (!cf) errors.push('缺少 CustomFunctions 扩展点。');
  else {
    const script = child(child(cf, 'Script'), 'SourceLocation')?.attributes.resid;
    const page = child(child(cf, 'Page'), 'SourceLocation')?.attributes.resid;
    const metadata = child(child(cf, 'Metadata'), 'SourceLocation')?.attributes.resid;
    const ns = child(cf, 'Namespace')?.attributes.resid;
    if (fileOf(script) !== 'functions.js') errors.push(`自定义函数脚本应指向 functions.js，实为 ${urlOf(script) ?? '无'}。`);
    if (fileOf(metadata) !== 'functions.json') errors.push(`自定义函数元数据应指向 functions.json，实为 ${urlOf(metadata) ?? '无'}。`);
    if (!page || page !== runtime?.attributes.resid) errors.push('共享运行时下，自定义函数的 Page 应与 <Runtime> 使用同一页面。');
    if (fileOf(page) !== 'taskpane.html') errors.push(`自定义函数页面应为 taskpane.html，实为 ${urlOf(page) ?? '无'}。`);
    const nsValue = ns ? resources.get(ns)?.element.attributes.DefaultValue : undefined;
    if (nsValue !== FUNCTIONS_NAMESPACE) errors.push(`自定义函数命名空间应为 ${FUNCTIONS_NAMESPACE}，实为 ${nsValue ?? '无'}。`);
  }
  const homeTab = children(child(child(hostEl, 'DesktopFormFactor'), 'ExtensionPoint'), 'OfficeTab').find((t) => t.attributes.id === 'TabHome');
  const buttons = children(homeTab, 'Group').flatMap((g) => children(g, 'Control')).filter((c) => c.attributes['xsi:type'] === 'Button');
  const paneButton = buttons.find((b) => child(b, 'Action')?.attributes['xsi:type'] === 'ShowTaskpane');
  if (!paneButton) errors.push('“开始”选项卡上缺少打开任务窗格的按钮。');
  else {
    const label = resources.get(child(paneButton, 'Label')?.attributes.resid ?? '')?.element.attributes.DefaultValue;
    if (label !== '督办') errors.push(`任务窗格按钮的标签应为“督办”，实为“${label ?? ''}”。`);
    const target = child(child(paneButton, 'Action'), 'SourceLocation')?.attributes.resid;
    if (fileOf(target) !== 'taskpane.html') errors.push('任务窗格按钮应打开 taskpane.html。');
  }

  // Requirements: custom functions only in VersionOverrides, so the pane loads without them.
  const setNames = (requirements: XmlElement | undefined) =>
    children(child(requirements, 'Sets'), 'Set').map((s) => s.attributes.Name);
  const baseSets = setNames(child(root, 'Requirements'));
  const overrideSets = setNames(child(overrides, 'Requirements'));
  for (const needsRuntime of ['CustomFunctionsRuntime', 'SharedRuntime']) {
    if (baseSets.includes(needsRuntime)) errors.push(`基础清单不应要求 ${needsRuntime}，否则不支持自定义函数的 Excel 无法加载任务窗格。`);
    if (!overrideSets.includes(needsRuntime)) errors.push(`VersionOverrides 应要求 ${needsRuntime}。`);
  }
  if (!baseSets.includes('ExcelApi')) warnings.push('基础清单没有声明 ExcelApi 要求集。');
  // Declared sets must cover what the code uses unguarded (requirement-sets.ts).
  const declared = new Map<string, string>();
  for (const requirements of [child(root, 'Requirements'), child(overrides, 'Requirements')]) {
    const sets = child(requirements, 'Sets');
    for (const s of children(sets, 'Set')) declared.set(s.attributes.Name, s.attributes.MinVersion ?? sets?.attributes.DefaultMinVersion ?? '1.1');
  }
  errors.push(...missingSets(unguardedNeeds(options.code ?? codeFiles(options.root)), declared));
  const defaultPane = child(child(root, 'DefaultSettings'), 'SourceLocation')?.attributes.DefaultValue;
  if (!defaultPane || !/\/taskpane\.html$/.test(defaultPane)) errors.push('DefaultSettings 应指向 taskpane.html（不支持加载项命令的 Excel 由此打开任务窗格）。');

  return { errors, warnings, summary, urls, origin: origins.size === 1 ? [...origins][0] : null };
}

async function main(): Promise<void> {
  const repo = path.resolve(__dirname, '..');
  const targets: { file: string; options: ValidateOptions }[] = [{ file: path.join(repo, 'manifest.xml'), options: { root: repo } }];
  const built = path.join(repo, 'dist', 'manifest.xml');
  if (fs.existsSync(built)) targets.push({ file: built, options: { root: repo, distDir: path.join(repo, 'dist') } });
  let failed = false;
  for (const { file, options } of targets) {
    const result = await validateManifest(file, options);
    const name = path.relative(process.cwd(), file) || file;
    for (const w of result.warnings) process.stdout.write(`${name}：提示：${w}\n`);
    for (const e of result.errors) process.stderr.write(`${name}：错误：${e}\n`);
    if (result.errors.length) failed = true;
    else process.stdout.write(`${name}：通过（${result.urls.length} 个地址，来源 ${result.origin}）\n`);
  }
  process.exitCode = failed ? 1 : 0;
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  });
}
