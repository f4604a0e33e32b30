// The built page's security: a Content-Security-Policy of our origin (and Office's CDN) only, no eval anywhere, office.js
// served from our own origin, and no URL in our bundles to a host outside an allow-list that says why each is there.
import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt } from '../browser/build';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js') as (env: object, argv: { mode: string }) => { devtool: string | false };

/**
 * Hosts a URL in our bundles may name. Only the first group may ever be contacted; the others are
 * identifiers or text that no code requests (the browser test checks that nothing outside
 * localhost is requested).
 */
const ALLOWED_HOSTS: Record<string, string> = {
  // Office's documented hosts
  'appsforoffice.microsoft.com': 'Office.js CDN (Excel may supply office.js from there)',
  'schemas.microsoft.com': 'Microsoft’s Office Open XML namespaces, written into .xlsx files by exceljs',
  localhost: 'the development server',
  // XML namespace identifiers of the .xlsx format, never fetched
  'schemas.openxmlformats.org': 'ECMA-376 (Office Open XML) namespaces, written into .xlsx files by exceljs',
  'www.w3.org': 'XML, XML Schema, SVG and MathML namespaces (exceljs, React DOM)',
  'purl.org': 'Dublin Core namespaces of docProps/core.xml (exceljs)',
  // links inside libraries' error messages, never fetched
  'github.com': 'upgrade and bug links in exceljs, crypto-browserify, elliptic and uuid error messages',
  'react.dev': 'React’s minified error decoder link',
  'answers.microsoft.com': 'a link in the docx library’s “more than 9 list levels” error message',
  'stuk.github.io': 'JSZip’s documentation link in its “not a zip file” error',
  'aka.ms': 'the “why CSS shorthands are not supported” link in the error message of Griffel (Fluent UI’s styling)',
  // licence comments the libraries carry, kept in the bundle as their licences ask (esbuild's minifier keeps them
  // where they stand; terser used to move them to *.LICENSE.txt files), never fetched
  'feross.org': 'licence comments of ieee754, safe-buffer and buffer inside exceljs’s browser build',
  'stuartk.com': 'JSZip’s licence comment (its author’s page)',
  'raw.github.com': 'JSZip’s licence comment (where its licence text lives)',
  // .docx reading (mammoth, 导入方案), identifiers compared with a document's namespaces, never fetched
  'purl.oclc.org': 'ISO/IEC 29500 strict Office Open XML namespaces the docx library and mammoth recognise in a .docx',
  'schemas.zwobble.org': 'mammoth’s own namespace identifier for the parts it reads',
};

let dist: string;
beforeAll(async () => {
  dist = await ensureBuilt();
});

/** Our bundles: the .js files webpack wrote in dist/ and dist/chunks/ (office.js, Microsoft’s, lives in dist/office-js/). */
function bundles(): string[] {
  const chunks = fs.existsSync(path.join(dist, 'chunks')) ? fs.readdirSync(path.join(dist, 'chunks')).map((f) => `chunks/${f}`) : [];
  return [...fs.readdirSync(dist), ...chunks].filter((f) => f.endsWith('.js'));
}

test('the bundles name no host outside the allow-list', () => {
  expect(bundles().filter((f) => !f.startsWith('chunks/')).sort()).toEqual(['functions.js', 'taskpane.js', 'workbook-worker.js']);
  const found = new Map<string, string[]>();
  for (const file of bundles()) {
    const text = fs.readFileSync(path.join(dist, file), 'utf8');
    for (const m of text.matchAll(/https?:\/\/([A-Za-z0-9.-]+)/g)) {
      const host = m[1].toLowerCase().replace(/\.$/, '');
      found.set(host, [...(found.get(host) ?? []), file]);
    }
  }
  const unexpected = [...found.keys()].filter((host) => !(host in ALLOWED_HOSTS));
  expect(unexpected).toEqual([]);
});

test('the page loads scripts from our own origin only; office.js is loaded by functions.js inside Office, the copy beside it', () => {
  const pane = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const scripts = [...pane.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]);
  // no office.js tag: host.ts decides the host first (the functions first, not waiting for the pane)
  expect(scripts).toEqual(['functions.js', 'taskpane.js']);
  const functions = fs.readFileSync(path.join(dist, 'functions.js'), 'utf8');
  expect(functions).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  expect(functions).toContain('office-js/office.js');
  expect(fs.existsSync(path.join(dist, 'office-js', 'office.js'))).toBe(true);
  expect(fs.existsSync(path.join(dist, 'office-js', 'zh-cn', 'office_strings.js'))).toBe(true);
  expect(fs.readdirSync(path.join(dist, 'office-js')).some((f) => f.startsWith('excel-win32-'))).toBe(true);
  expect(pane).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/); // no inline script
  expect(fs.existsSync(path.join(dist, 'functions.html'))).toBe(false); // unused: the functions run in the pane's shared runtime
});

test('taskpane.html carries a Content-Security-Policy: own origin and Office’s script, no inline script, no eval', () => {
  const pane = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const meta = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/i.exec(pane);
  expect(meta).not.toBeNull();
  const directives = new Map(
    meta![1].split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
      const [name, ...sources] = d.split(/\s+/);
      return [name, sources] as const;
    }),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
  // the CDN is asked (a bounded fetch) before its office.js runs, inside Office only
  expect(directives.get('connect-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  for (const [name, sources] of directives) {
    expect([name, sources.filter((s) => s === "'unsafe-eval'" || s === '*' || s === 'https:' || s === 'http:')]).toEqual([name, []]);
    if (name !== 'style-src') expect([name, sources.includes("'unsafe-inline'")]).toEqual([name, false]);
  }
  // the CSP meta comes before any script, so that it covers them all
  expect(pane.indexOf('Content-Security-Policy')).toBeLessThan(pane.indexOf('<script'));
});

test('no eval: no eval-based devtool, no eval() in the bundles, Function() only in unreachable global-object fallbacks', () => {
  for (const mode of ['production', 'development']) expect(String(webpackConfig({}, { mode }).devtool)).not.toMatch(/eval/);
  for (const file of bundles()) {
    const text = fs.readFileSync(path.join(dist, file), 'utf8');
    expect([file, /(^|[^\w$.])eval\s*\(/.test(text)]).toEqual([file, false]);
    // lodash/core-js style `Function("return this")()` after globalThis/self checks, and setImmediate's
    // `new Function(""+fn)` for a string argument nobody passes: the browser test runs with the CSP above
    const calls = [...text.matchAll(/(?<![\w$.])Function\(([^()]*)\)/g)].map((m) => m[1]);
    // and underscore's _.template (`new Function(settingsVar, "_", source)`), bundled with mammoth, which never calls it
    // (a minified name may be any identifier, $ included)
    const unexpected = calls.filter((args) => args !== '"return this"' && !/^""\+[\w$]+$/.test(args) && !/^[\w$]+,"_",[\w$]+$/.test(args));
    expect([file, unexpected]).toEqual([file, []]);
  }
});
