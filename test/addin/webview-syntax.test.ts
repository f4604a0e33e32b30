// Every built bundle parses in the oldest webview Duban supports: Excel for Mac on macOS 12 runs Safari 15's engine,
// which cannot parse a regex lookbehind ((?<= / (?<!) or a class static block (both arrived in Safari 16.4,
// https://webkit.org/blog/13966/webkit-features-in-safari-16-4/); one such token and the whole bundle fails to load.
// The rewritten patterns of our own code are checked against their lookbehind forms.
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import * as ts from 'typescript';
import { escText } from '../../src/workbook/xml/xml-escape';
import { parseSubmissionName } from '../../src/core/returns/submission-name';
import { rewritePhrase } from '../../src/core/deadlines/deadline-phrases';
import { ensureBuilt } from '../browser/build';

/** An unescaped lookbehind group opening in a regex's source. */
const LOOKBEHIND = /(^|[^\\])(\\\\)*\(\?<[=!]/;

/** What Safari 15 cannot parse in a script: lookbehinds in regex literals and class static blocks, with their position. */
export function unparsable(text: string, file: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const found: string[] = [];
  const parseErrors = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  for (const d of parseErrors) found.push(`syntax error at ${d.start}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.ClassStaticBlockDeclaration) found.push(`class static block at ${node.getStart(source)}: ${text.slice(node.getStart(source), node.getStart(source) + 60)}`);
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && LOOKBEHIND.test((node as ts.RegularExpressionLiteral).text)) {
      found.push(`regex lookbehind at ${node.getStart(source)}: ${(node as ts.RegularExpressionLiteral).text.slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test('the scanner finds a lookbehind and a static block, and passes escaped parentheses', () => {
  expect(unparsable('const a = /(?<!\\d)x/; class B { static { this.c = 1; } }', 't.js')).toHaveLength(2);
  expect(unparsable('const a = /\\(?<!x/; const b = "(?<=y)"; class B { static c = 1 }', 't.js')).toEqual([]);
});

describe('the production build', () => {
  let dist: string;
  beforeAll(async () => {
    dist = await ensureBuilt();
  });

  test('no bundle of ours holds syntax Safari before 16.4 cannot parse', () => {
    const files = fs.readdirSync(dist).filter((f) => f.endsWith('.js'));
    expect(files).toContain('taskpane.js');
    const found = files.flatMap((f) => unparsable(fs.readFileSync(path.join(dist, f), 'utf8'), f).map((x) => `${f}: ${x}`));
    expect(found).toEqual([]);
  });
});

describe('patterns rewritten without lookbehind answer as the lookbehind forms did', () => {
  // the former patterns, as they were written (Node parses lookbehinds)
  // eslint-disable-next-line no-control-regex
  const OLD_INVALID_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

  test('XML text drops lone surrogates and control characters and keeps surrogate pairs', () => {
    const unit = fc.constantFrom('a', '&', '<', '\u0001', '\ud83d', '\ude00', '\ud83d\ude00', '市', '\uffff', '\t');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const expected = text.replace(OLD_INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        expect(escText(text)).toBe(expected);
      }),
    );
  });

  test('a date in a file name is not read from the middle of a longer number', () => {
    const period = { from: { year: 2023, month: 1, day: 1 }, to: { year: 2023, month: 12, day: 31 } };
    expect(parseSubmissionName('市民政局20230508工作信息.docx')?.date).toEqual({ year: 2023, month: 5, day: 8 });
    expect(parseSubmissionName('市民政局120230508工作信息.docx')).toBeNull();
    expect(parseSubmissionName('市民政局 5月8日.docx', period)?.date).toEqual({ year: 2023, month: 5, day: 8 });
    // "15月8日": not 5月8日 (after a digit), and 15月 is no month
    expect(parseSubmissionName('市民政局15月8日.docx', period)).toBeNull();
    expect(parseSubmissionName('市民政局2号 3月9日.docx', period)?.date).toEqual({ year: 2023, month: 3, day: 9 });
    expect(parseSubmissionName('市民政局12 3月9日.docx', period)?.date).toEqual({ year: 2023, month: 3, day: 9 });
  });

  test('holiday eves: quoted digits and names, unquoted digits left alone', () => {
    expect(rewritePhrase('“71”前')).toBe('6月30日前');
    expect(rewritePhrase('"11"前完成')).toBe('9月30日前');
    expect(rewritePhrase('国庆节前')).toBe('9月30日前');
    expect(rewritePhrase('元旦前')).toBe('12月31日前');
    expect(rewritePhrase('“元旦”前')).toBe('“元旦”前'); // a quoted name with its closing quote is not a form the pattern reads
    expect(rewritePhrase('71前')).toBe('71前');
  });
});
