// The plain scanner against saxes: on every XML part of every fixture package, on hand-made edge cases and on thousands of random mutations, in chunks of every size, the events and the verdict are the ones saxes alone gives.
import { readFileSync, readdirSync, statSync } from 'fs';
import * as path from 'path';
import { PlainXmlScanner, TextSink } from '../../src/workbook/xml/plain-scan';
import { XmlHandler } from '../../src/workbook/xml/handler';
import { xmlParser } from '../../src/workbook/xml/xml';
import { XlsxReadError } from '../../src/workbook/package/read-error';
import { inflate, readZipDirectory } from '../../src/workbook/zip';

type Outcome = { events: string[]; error: string | null; handedOver?: boolean };

/** Events as a list of lines (adjacent text joined; text outside the root, which no reader uses, left out), and whether it threw. */
function run(xml: string, chunk: number, make: (handler: XmlHandler) => TextSink): Outcome {
  const events: string[] = [];
  let depth = 0;
  let text = '';
  const flush = () => {
    if (text) events.push(`text ${JSON.stringify(text)}`);
    text = '';
  };
  const handler: XmlHandler = {
    open(name, attributes, selfClosing) {
      flush();
      depth++;
      const pairs = attributes.names().sort().map((k) => `${k}=${JSON.stringify(attributes.get(k))}`);
      events.push(`open ${name} ${pairs.join(' ')}${selfClosing ? ' /' : ''}`);
    },
    close(name) {
      flush();
      depth--;
      events.push(`close ${name}`);
    },
    text(t) {
      if (depth > 0) text += t;
    },
  };
  try {
    const sink = make(handler);
    for (let at = 0; at < xml.length; at += chunk) sink.write(xml.slice(at, at + chunk));
    sink.close();
    flush();
    return { events, error: null };
  } catch (e) {
    if (!(e instanceof XlsxReadError)) throw e;
    flush();
    return { events, error: /DOCTYPE/.test(e.message) ? 'doctype' : 'xml' };
  }
}

const saxesAlone = (xml: string) => run(xml, xml.length || 1, (h) => xmlParser(h, 'part'));

function scanned(xml: string, chunk: number): Outcome & { handedOver: boolean } {
  let handedOver = false;
  const outcome = run(xml, chunk, (h) => new PlainXmlScanner(h, (primed) => {
    handedOver = true;
    return xmlParser(primed, 'part');
  }));
  return { ...outcome, handedOver };
}

/** The same events (compared as one text, and shown around the first difference when not). */
function expectSameEvents(got: string[], want: string[], label: string): void {
  if (got.join('\n') === want.join('\n')) return;
  let i = 0;
  while (i < got.length && got[i] === want[i]) i++;
  expect({ label, at: i, got: got.slice(Math.max(0, i - 3), i + 3) }).toEqual({ label, at: i, got: want.slice(Math.max(0, i - 3), i + 3) });
}

/** Same verdict as saxes; where saxes reads the part, the same events too (after an error, what was heard before it may differ). */
function expectLikeSaxes(xml: string, chunks: readonly number[] = [xml.length || 1, 1, 3, 17, 256]): boolean {
  const want = saxesAlone(xml);
  let handed = false;
  for (const chunk of chunks) {
    const got = scanned(xml, chunk);
    handed ||= got.handedOver;
    expect({ chunk, error: got.error }).toEqual({ chunk, error: want.error });
    if (want.error === null) expectSameEvents(got.events, want.events, `${chunk}`);
  }
  return handed;
}

/** The text of every XML part of a package (damaged entries and packages left to the zip layer's tests). */
async function xmlPartTexts(file: string): Promise<string[]> {
  const bytes = new Uint8Array(readFileSync(file));
  let zip;
  try {
    zip = readZipDirectory(bytes);
  } catch {
    return [];
  }
  const texts: string[] = [];
  for (const entry of zip.values()) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue;
    try {
      const pieces: Uint8Array[] = [];
      for await (const piece of inflate(bytes, entry)) pieces.push(piece);
      texts.push(new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(pieces)));
    } catch {
      // not inflatable or not UTF-8: refused before any XML is read
    }
  }
  return texts;
}

function packages(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...packages(full));
    else if (/\.(xlsx|xlsm)$/i.test(name)) out.push(full);
  }
  return out;
}

test('every XML part of every fixture package: the events saxes gives, mostly without saxes', async () => {
  const files = packages(path.resolve(__dirname, '..', 'fixtures'));
  expect(files.length).toBeGreaterThan(50);
  let parts = 0;
  let plain = 0;
  for (const file of files) {
    for (const xml of await xmlPartTexts(file)) {
      parts++;
      if (!expectLikeSaxes(xml, [xml.length || 1, 4096])) plain++;
    }
  }
  expect(parts).toBeGreaterThan(400);
  // the scanner is the fast path: the parts Excel, WPS and exceljs write are read without saxes
  expect(plain / parts).toBeGreaterThan(0.9);
  process.stdout.write(`${parts} parts, ${plain} read by the plain scanner alone\n`);
});

describe('edge cases: each read as saxes reads it', () => {
  const cases: Record<string, string> = {
    plain: '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w><r a="1" b=\'2\'><c r="A1" t="s"><v>0</v></c></r></w>',
    'self-closing root': '<w/>',
    'spaces in tags': '<w  a = "1"  ><x / ></w >',
    'entities and character references': '<w a="&lt;&amp;&quot;&#x4E2D;&#25991;">&lt;b&gt; &apos;x&apos; &#x1F600; &#10;</w>',
    'unknown entity': '<w>&nbsp;</w>',
    'reference to a forbidden character': '<w>&#0;</w>',
    'reference to a surrogate': '<w>&#xD800;</w>',
    'reference too long': '<w>&#x1234567;</w>',
    'bare ampersand': '<w>a & b</w>',
    comment: '<w><!-- c --><x/></w>',
    CDATA: '<w><![CDATA[a<b]]></w>',
    'processing instruction': '<w><?pi data?></w>',
    DOCTYPE: '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY e "x">]><w>&e;</w>',
    'duplicate attribute': '<w a="1" a="2"/>',
    'attributes without a space': '<w a="1"b="2"/>',
    'unquoted attribute': '<w a=1/>',
    'less-than in an attribute': '<w a="<"/>',
    'tab and newline in an attribute': '<w a="x\ty\nz"/>',
    'CR LF in text': '<w>a\r\nb\rc</w>',
    'CDATA end in text': '<w>a]]>b</w>',
    'greater-than in text and attribute': '<w a="x>y">a>b</w>',
    'mismatched end tag': '<w><x></y></w>',
    'unclosed element': '<w><x></w>',
    'end of text inside a tag': '<w><x a="1"',
    'two roots': '<w/><x/>',
    'text after the root': '<w/>junk',
    'text before the root': 'junk<w/>',
    'spaces around the root': '\n  <w/>\n  ',
    'no root': '<?xml version="1.0"?>',
    empty: '',
    'Chinese element name': '<w><单位 名="x">y</单位></w>',
    'name with two colons': '<w><a:b:c/></w>',
    'name starting with a digit': '<w><1a/></w>',
    'prefixed names': '<x:w xmlns:x="urn:x" r:id="rId1"><x:c x:r="A1"/></x:w>',
    '__proto__ and constructor attributes': '<w __proto__="p" constructor="c" toString="t"/>',
    'control character': '<w>a\u0001b</w>',
    'U+FFFE': '<w>a\uFFFEb</w>',
    'declaration after spaces': ' <?xml version="1.0"?><w/>',
    'second declaration': '<?xml version="1.0"?><?xml version="1.0"?><w/>',
    'declaration with single quotes': "<?xml version='1.0' encoding='utf-8'?><w/>",
    'declaration version 1.1': '<?xml version="1.1"?><w/>',
    'declaration with unknown pseudo-attribute': '<?xml version="1.0" foo="bar"?><w/>',
    'space before the name': '< w/>',
    'slash not followed by >': '<w/ >',
    'end tag with attributes': '<w></w a="1">',
    'empty end tag': '<w></>',
    'long text between tags': `<w>${'文'.repeat(5000)}<x>${'y'.repeat(3000)}</x></w>`,
    'deep nesting': `${'<a>'.repeat(300)}t${'</a>'.repeat(300)}`,
  };
  for (const [name, xml] of Object.entries(cases)) test(name, () => void expectLikeSaxes(xml));
});

test('3,000 random mutations of a sheet: the same verdict and events as saxes, in any chunking', () => {
  const base = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="urn:main" xmlns:r="urn:r"><dimension ref="A1:C3"/>'
    + '<sheetData><row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>45107</v></c><c r="C1" t="inlineStr"><is><t xml:space="preserve">中 &amp; 文</t></is></c></row>'
    + '<row r="2"><c r="A2" t="str"><f>A1&amp;"x"</f><v>甲x</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c></row></sheetData>'
    + '<mergeCells count="1"><mergeCell ref="A3:C3"/></mergeCells></worksheet>';
  const palette = ['<', '>', '/', '=', '"', "'", '&', ';', '!', '?', '[', ']', '-', ':', 'a', '中', ' ', '\t', '\n', '\r', '\u0001', '#', 'x', '&amp;', '&#', '<!--', '-->', '<![CDATA[', ']]>', '</c>', '<c>', '"/>'];
  let seed = 20261206;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  let errors = 0;
  for (let i = 0; i < 3000; i++) {
    let xml = base;
    const edits = 1 + Math.floor(random() * 3);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(random() * xml.length);
      const kind = random();
      if (kind < 0.5) xml = xml.slice(0, at) + palette[Math.floor(random() * palette.length)] + xml.slice(at);
      else if (kind < 0.8) xml = xml.slice(0, at) + xml.slice(at + 1 + Math.floor(random() * 4));
      else {
        const from = Math.floor(random() * xml.length);
        xml = xml.slice(0, at) + xml.slice(from, from + Math.floor(random() * 20)) + xml.slice(at);
      }
    }
    const chunk = 1 + Math.floor(random() * 64);
    const want = saxesAlone(xml);
    if (want.error) errors++;
    const got = scanned(xml, chunk);
    expect({ xml, chunk, error: got.error }).toEqual({ xml, chunk, error: want.error });
    if (!want.error) expectSameEvents(got.events, want.events, `${JSON.stringify(xml)} in chunks of ${chunk}`);
  }
  // the mutations reach both verdicts
  expect(errors).toBeGreaterThan(500);
  expect(errors).toBeLessThan(2900);
});
