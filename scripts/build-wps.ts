// npm run build:wps: the WPS 表格 add-in, built and packed without network or questions (CI): the
// add-in folder duban_<version>/ (webpack.wps.config.js), publish.xml and jsplugins.xml entries,
// install scripts for Windows and Linux, and one offline .zip holding them all (docs/WPS.md).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { zipSync } from 'fflate';

const REPO = path.resolve(__dirname, '..');
export const ADDIN_NAME = 'duban';

export interface WpsPackage {
  readonly version: string;
  /** duban_<version>: the add-in folder's name, as WPS's publish.xml refers to it. */
  readonly folder: string;
  readonly outDir: string;
  readonly archive: string;
}

/** The publish.xml entry WPS reads from the user's jsaddons folder (as wpsjs's own installer writes it, wps.md §1.2). */
export function publishEntry(version: string): string {
  return `<jsplugin name="${ADDIN_NAME}" type="et" url="${ADDIN_NAME}_${version}" version="${version}" enable="enable_dev" install="null"/>`;
}

export function publishXml(version: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${publishEntry(version)}\n</jsplugins>\n`;
}

/**
 * jsplugins.xml for managed deployment (oem.ini [Server] JSPluginsServer names it): the add-in served
 * from `baseUrl` (an intranet web server holding the add-in folder, or the folder installed on the
 * machine), as an online entry.
 */
export function jspluginsXml(version: string, baseUrl: string): string {
  const url = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jspluginonline name="${ADDIN_NAME}" type="et" url="${url}" version="${version}"/>\n</jsplugins>\n`;
}

/** Windows: copies the folder into %APPDATA%\kingsoft\wps\jsaddons and puts Duban's entry into publish.xml (PowerShell, in every Windows 10/11). */
export function windowsInstaller(version: string): { bat: string; ps1: string } {
  const folder = `${ADDIN_NAME}_${version}`;
  const ps1 = [
    '# 督办 WPS 加载项安装（当前用户）：复制加载项目录到 jsaddons，并在 publish.xml 中登记。',
    '$ErrorActionPreference = "Stop"',
    `$folder = "${folder}"`,
    '$source = Join-Path $PSScriptRoot $folder',
    '$jsaddons = Join-Path $env:APPDATA "kingsoft\\wps\\jsaddons"',
    'New-Item -ItemType Directory -Force -Path $jsaddons | Out-Null',
    `Get-ChildItem -Path $jsaddons -Directory -Filter "${ADDIN_NAME}_*" | Remove-Item -Recurse -Force`,
    'Copy-Item -Recurse -Force -Path $source -Destination (Join-Path $jsaddons $folder)',
    '$publish = Join-Path $jsaddons "publish.xml"',
    'if (Test-Path $publish) { [xml]$xml = Get-Content -Raw -Encoding UTF8 $publish } else { [xml]$xml = \'<?xml version="1.0" encoding="UTF-8"?><jsplugins></jsplugins>\' }',
    `foreach ($node in @($xml.DocumentElement.SelectNodes("jsplugin[@name='${ADDIN_NAME}']"))) { [void]$xml.DocumentElement.RemoveChild($node) }`,
    '$entry = $xml.CreateElement("jsplugin")',
    `foreach ($pair in @(@("name","${ADDIN_NAME}"), @("type","et"), @("url",$folder), @("version","${version}"), @("enable","enable_dev"), @("install","null"))) { $entry.SetAttribute($pair[0], $pair[1]) }`,
    '[void]$xml.DocumentElement.AppendChild($entry)',
    '$xml.Save($publish)',
    'Write-Host "督办已安装到 $jsaddons\\$folder 。请完全退出 WPS（包括托盘图标）后重新打开 WPS 表格，功能区会出现“督办”选项卡。"',
    '',
  ].join('\r\n');
  const bat = [
    '@echo off',
    'rem 督办 WPS 加载项安装（双击运行，不需要管理员权限）',
    'chcp 65001 >nul',
    'powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0install-windows.ps1"',
    'pause',
    '',
  ].join('\r\n');
  return { bat, ps1 };
}

/** Linux (UOS, Kylin, other distributions): the same into ~/.local/share/Kingsoft/wps/jsaddons, in POSIX sh. */
export function linuxInstaller(version: string): string {
  const folder = `${ADDIN_NAME}_${version}`;
  return [
    '#!/bin/sh',
    '# 督办 WPS 加载项安装（当前用户，不需要 root）：复制加载项目录到 jsaddons，并在 publish.xml 中登记。',
    'set -eu',
    `folder="${folder}"`,
    'here=$(cd "$(dirname "$0")" && pwd)',
    'jsaddons="${HOME}/.local/share/Kingsoft/wps/jsaddons"',
    'mkdir -p "$jsaddons"',
    `rm -rf "$jsaddons"/${ADDIN_NAME}_*`,
    'cp -R "$here/$folder" "$jsaddons/$folder"',
    'publish="$jsaddons/publish.xml"',
    `entry='${publishEntry(version)}'`,
    'if [ -f "$publish" ] && grep -q "</jsplugins>" "$publish"; then',
    `  sed -i 's#<jsplugin [^>]*name="${ADDIN_NAME}"[^>]*/>##g' "$publish"`,
    '  sed -i "s#</jsplugins>#  ${entry}\\n</jsplugins>#" "$publish"',
    'else',
    '  printf \'<?xml version="1.0" encoding="UTF-8"?>\\n<jsplugins>\\n  %s\\n</jsplugins>\\n\' "$entry" > "$publish"',
    'fi',
    'echo "督办已安装到 $jsaddons/$folder 。请完全退出 WPS 后重新打开 WPS 表格，功能区会出现“督办”选项卡。"',
    '',
  ].join('\n');
}

/** Every file under `dir`, as archive paths under `prefix`. */
function collect(dir: string, prefix: string, out: Record<string, Uint8Array>): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const name = `${prefix}${entry.name}`;
    if (entry.isDirectory()) collect(full, `${name}/`, out);
    else out[name] = new Uint8Array(fs.readFileSync(full));
  }
}

/**
 * Builds the package into `outDir` (default dist-wps/). Throws with webpack's output when it fails.
 * `typeCheck: false` skips ts-loader's type check, for callers that ran tsc already (the test suite).
 */
export function buildWps(outDir = path.join(REPO, 'dist-wps'), serverUrl = process.env.DUBAN_WPS_URL, { typeCheck = true } = {}): WpsPackage {
  const version = (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
  const folder = `${ADDIN_NAME}_${version}`;
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const addin = path.join(outDir, folder);
  const result = spawnSync(
    process.execPath,
    [require.resolve('webpack-cli/bin/cli.js'), '--config', 'webpack.wps.config.js', '--mode', 'production', '--env', `out=${addin}`],
    { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...(typeCheck ? {} : { DUBAN_TRANSPILE_ONLY: '1' }) } },
  );
  if (result.status !== 0) throw new Error(`webpack 构建 WPS 加载项失败（${result.status}）：\n${result.stdout}\n${result.stderr}`);
  const { bat, ps1 } = windowsInstaller(version);
  const files: Record<string, string> = {
    'publish.xml': publishXml(version),
    // managed deployment: served from an intranet server (DUBAN_WPS_URL), else from the folder installed under /opt/duban
    'jsplugins.xml': jspluginsXml(version, serverUrl || `file:///opt/duban/${folder}/`),
    'install-windows.bat': bat,
    'install-windows.ps1': `\ufeff${ps1}`, // with a BOM: Windows PowerShell 5 reads a BOM-less script as the ANSI code page
    'install-linux.sh': linuxInstaller(version),
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(outDir, name), text, name.endsWith('.sh') ? { mode: 0o755 } : {});
  const entries: Record<string, Uint8Array> = {};
  collect(outDir, '', entries);
  const archive = path.join(outDir, `${ADDIN_NAME}-wps_${version}.zip`);
  fs.writeFileSync(archive, zipSync(entries, { level: 9 }));
  return { version, folder, outDir, archive };
}

if (require.main === module) {
  const started = Date.now();
  const pkg = buildWps(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  process.stdout.write(`WPS 加载项已生成：${path.relative(process.cwd(), pkg.archive)}（${Math.round(fs.statSync(pkg.archive).size / 1024)} KB，${Math.round((Date.now() - started) / 1000)} 秒）\n`);
}
