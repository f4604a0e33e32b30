// The plain scanner against saxes: on every XML part of every fixture package, on hand-made edge cases and on thousands of random mutations, in chunks of every size, the events and the verdict are the ones saxes alone gives; with the cell lane, the cells too.
import { readFileSync } from 'fs';
import { fixturePackages } from '../helpers/packages';
import { PlainXmlScanner, TextSink } from '../../src/workbook/xml/plain-scan';
import { XmlHandler } from '../../src/workbook/xml/handler';
import { xmlParser } from '../../src/workbook/xml/xml';
import { XlsxReadError } from '../../src/workbook/package/read-error';
import { inflate, readZipDirectory } from '../../src/workbook/zip';

type Outcome = { events: string[]; error: string | null; handedOver?: boolean };

/** Events as a list of lines (adjacent text joined; text outside the root, which no reader uses, left out), and whether it threw. */
function run(xml: string, chunk: number, make: (handler: XmlHandler) => TextSink, cells = false): Outcome {
  const events: string[] = [];
  let depth = 0;
  let text = '';
  const flush = () => {
    if (text) events.push(`text ${JSON.stringify(text)}`);
    text = '';
  };
  const generic: XmlHandler = {
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
  const handler = cells ? cellsWhole(generic, events, flush) : generic;
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

/** A cell as one line, whichever way it was heard: column, style, type and <v> text as XmlHandler.cell gives them. */
const cellLine = (column: number | string, style: number | string, type: string | undefined, value: string | number | undefined) => {
  // the lane gives a number for 1–15 plain digits where they are a number or an index: the text's value
  const digits = typeof value === 'string' && (type === undefined || type === 's' || type === 'n') && /^[0-9]{1,15}$/.test(value);
  return `cell ${column} ${style} ${type ?? '-'} ${value === undefined ? '-' : digits ? `#${Number(value)}` : typeof value === 'number' ? `#${value}` : JSON.stringify(value)}`;
};

/**
 * The handler with the cell lane: cells reported whole become cell lines, and so do cells heard as
 * events when they hold nothing but an optional <v> (column and style read from r and s as the
 * sheet reader reads them); other cells stay events. Saxes alone and the scanner must agree on these lines.
 */
function cellsWhole(generic: XmlHandler, events: string[], flush: () => void): XmlHandler {
  let pending: { column: number | string; style: number | string; type: string | undefined; value: string | undefined; inValue: boolean; heard: (() => void)[]; plain: boolean } | null = null;
  let column = -1;
  /** Local names of the elements open (heard as events). */
  const open: string[] = [];
  const replay = () => {
    const heard = pending!.heard;
    pending = null;
    for (const h of heard) h();
  };
  /** A shared string heard as events: one <t> of text and nothing else makes a string line. */
  let si: { heard: (() => void)[]; text: string; ts: number; inT: boolean; plain: boolean } | null = null;
  return {
    cell(c, style, type, value) {
      flush();
      column = c;
      events.push(cellLine(c, style, type, value));
    },
    sharedString(text) {
      flush();
      events.push(`string ${JSON.stringify(text)}`);
    },
    open(name, attributes, selfClosing) {
      const copy = new Map(attributes.names().map((k) => [k, attributes.get(k)]));
      const again = () => generic.open(name, { get: (k) => copy.get(k), names: () => [...copy.keys()] }, selfClosing);
      if (si) {
        si.heard.push(again);
        if (name === 't' && si.ts === 0 && !si.inT) {
          si.ts = 1;
          si.inT = !selfClosing;
        } else if (!(name === 'phoneticPr' && selfClosing && !si.inT)) si.plain = false; // the reader skips phonetic properties
        return;
      }
      if (!pending && name === 'si' && open[open.length - 1] === 'sst' && !selfClosing) {
        si = { heard: [again], text: '', ts: 0, inT: false, plain: true };
        return;
      }
      if (pending) {
        pending.heard.push(again);
        if (name === 'v' && pending.value === undefined && !pending.inValue) {
          pending.value = '';
          pending.inValue = !selfClosing;
        } else pending.plain = false;
        return;
      }
      if (name !== 'c' || open[open.length - 1] !== 'row') {
        if (!selfClosing) open.push(name);
        return again();
      }
      const r = attributes.get('r');
      const m = r === undefined ? null : /^([A-Z]{1,3})([0-9]{1,7})$/.exec(r);
      let letters = 0;
      for (const ch of m?.[1] ?? '') letters = letters * 26 + ch.charCodeAt(0) - 64;
      const ok = m !== null && letters <= 16384 && Number(m[2]) >= 1 && Number(m[2]) <= 1048576;
      const s = attributes.get('s');
      pending = {
        column: ok ? letters - 1 : r === undefined ? `next ${column + 1}` : `r=${r}`,
        style: s === undefined ? 0 : /^[0-9]+$/.test(s) ? Number(s) : `s=${s}`,
        type: attributes.get('t'),
        value: undefined,
        inValue: false,
        heard: [again],
        plain: true,
      };
      if (ok) column = letters - 1;
    },
    close(name) {
      if (si) {
        si.heard.push(() => generic.close(name));
        if (name === 't' && si.inT) si.inT = false;
        else if (name === 'phoneticPr') return;
        else if (name === 'si') {
          const done = si;
          si = null;
          if (done.plain && done.ts === 1) {
            flush();
            events.push(`string ${JSON.stringify(done.text)}`);
          } else for (const h of done.heard) h();
        }
        return;
      }
      if (!pending) {
        open.pop();
        return generic.close(name);
      }
      pending.heard.push(() => generic.close(name));
      if (name === 'v' && pending.inValue) pending.inValue = false;
      else if (name === 'c') {
        if (pending.plain) {
          flush();
          events.push(cellLine(pending.column, pending.style, pending.type, pending.value));
          pending = null;
        } else {
          // heard as events: the open elements as they were heard (the cell itself now closed)
          replay();
        }
      }
    },
    text(t) {
      if (si) {
        si.heard.push(() => generic.text(t));
        if (si.inT) si.text += t;
        else si.plain = false;
        return;
      }
      if (!pending) return generic.text(t);
      pending.heard.push(() => generic.text(t));
      if (pending.inValue) pending.value += t;
      else pending.plain = false;
    },
  };
}

const saxesAlone = (xml: string, cells = false) => run(xml, xml.length || 1, (h) => xmlParser(h, 'part'), cells);

function scanned(xml: string, chunk: number, cells = false): Outcome & { handedOver: boolean } {
  let handedOver = false;
  const outcome = run(xml, chunk, (h) => new PlainXmlScanner(h, (primed) => {
    handedOver = true;
    return xmlParser(primed, 'part');
  }), cells);
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
  let handed = false;
  // without the cell lane (every part but worksheets), and with it (the sheet reader)
  for (const cells of [false, true]) {
    const want = saxesAlone(xml, cells);
    for (const chunk of chunks) {
      const got = scanned(xml, chunk, cells);
      handed ||= got.handedOver;
      expect({ chunk, cells, error: got.error }).toEqual({ chunk, cells, error: want.error });
      if (want.error === null) expectSameEvents(got.events, want.events, `${chunk}${cells ? ' with the cell lane' : ''}`);
    }
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

test('every XML part of every fixture package: the events saxes gives, mostly without saxes', async () => {
  const files = fixturePackages();
  expect(files.length).toBeGreaterThan(50);
  let parts = 0;
  let plain = 0;
  // a part the same writer wrote alike in many packages (exceljs's theme, styles, relationships) is compared once
  const handedOver = new Map<string, boolean>();
  for (const file of files) {
    for (const xml of await xmlPartTexts(file)) {
      parts++;
      // a part megabytes long (the hostile fixtures' runs of text, nesting and attributes) in pieces the size the reader's inflater gives
      const handed = handedOver.get(xml) ?? expectLikeSaxes(xml, xml.length > 1 << 20 ? [1 << 16] : [xml.length || 1, 4096]);
      handedOver.set(xml, handed);
      if (!handed) plain++;
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
    'cells as spreadsheet programs write them': '<w><sheetData><row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" t="str"><v>x y</v></c><c r="C1" s="2"/>'
      + '<c r="D1"></c><c r="E1" t="b"><v>1</v></c><c r="F1" t="e"><v>#N/A</v></c><c r="G1" t="d"><v>2023-06-30T00:00:00</v></c><c r="H1" t="n"><v>-1.5E-3</v></c>'
      + '<c r="XFD1048576" s="123456"><v> 7 </v></c><c r="I1"><v>007</v></c><c r="J1" t="s"><v>1234567890123456</v></c><c r="K1" t="str"><v>0012</v></c></row></sheetData></w>',
    'cells near the plain form': '<w><row r="1"><c r="A1" t="s" s="1"><v>0</v></c><c r="B1"  s="1"><v>1</v></c><c r=\'C1\'><v>2</v></c><c s="1" r="D1"><v>3</v></c>'
      + '<c r="a1"><v>5</v></c><c r="$F$1"><v>6</v></c><c r="XFE1"><v>7</v></c><c r="G0"><v>8</v></c><c r="H12345678"><v>9</v></c>'
      + '<c r="I1" t="inlineStr"><is><t>中</t></is></c><c r="J1" t="x"><v>1</v></c><c r="K1" t="str"><f>A1</f><v>x</v></c><c r="L1"><v>1&amp;2</v></c>'
      + '<c r="M1"><v/></c><c r="N1"> <v>1</v></c><c r="O1"><v>1</v><v>2</v></c><c r="P1"><v>1</v> </c><c r="Q1" s=""><v>1</v></c><c r="R1" s="1234567"><v>1</v></c>'
      + '<c><v>10</v></c><c r="S1" x="1"><v>11</v></c><c r="T1"><v>1</v></c ></row></w>',
    'shared strings as spreadsheet programs write them': '<sst count="6" uniqueCount="6"><si><t>中文</t></si><si><t xml:space="preserve"> 前后有空格 </t></si><si><t></t></si>'
      + '<si><t>a &amp; b &lt;c&gt; &#x4E2D;</t></si><si><r><rPr><b/></rPr><t>粗</t></r><r><t>体</t></r></si><si><t>甲</t><rPh sb="0" eb="1"><t>jia</t></rPh></si></sst>',
    'shared strings with phonetic properties, as Chinese Excel writes them': '<sst><si><t>序号</t><phoneticPr fontId="1" type="noConversion"/></si><si><t>单位</t><phoneticPr fontId="12"/></si>'
      + '<si><t>a</t><phoneticPr fontId="1" type="Hiragana"/></si><si><t>b</t><phoneticPr fontId="" /></si><si><t>c</t><phoneticPr fontId="1"/><x/></si><si><t>d</t><phoneticPr fontId="123456"/></si></sst>',
    'shared strings near the plain form': '<sst><si><t/></si><si><t xml:space="default">x</t></si><si> <t>y</t></si><si><t>z</t> </si><si><t>1</t><t>2</t></si>'
      + '<si><t xml:space=\'preserve\'>q</t></si><si><x:t>w</x:t></si><x><si><t>inside another element</t></si></x></sst>',
    'CR in text, in a shared string, in an attribute and as a reference': '<sst><si><t>一\r\n二\r三\n四</t></si><si><t xml:space="preserve">a&#13;b&#xD;&#10;c</t></si><x a="p\rq" b="r\r\ns">t\r\n</x><c r="A1"><v>1\r\n</v></c></sst>',
    'CR between attributes and before the end of a tag': '<w><x\ra="1"/><y a="1"\r\n/></w >',
    'shared string with an unknown entity': '<sst><si><t>&nbsp;</t></si></sst>',
    'cell with a repeated attribute': '<w><row><c r="E1" s="1" s="2"><v>4</v></c></row></w>',
    'cells outside a row': '<w><c r="A1"><v>1</v></c><x><c r="B1"><v>2</v></c></x><row><c r="C1" t="s"><v>1</v><c r="D1"><v>2</v></c></c></row></w>',
  };
  for (const [name, xml] of Object.entries(cases)) test(name, () => void expectLikeSaxes(xml));
  test('parts as Excel writes them (CR LF after the declaration, CR LF in text) are read without saxes', () => {
    const sheet = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="urn:main"><sheetData><row r="1" spans="1:2"><c r="A1" t="s"><v>0</v></c>'
      + '<c r="B1" t="inlineStr"><is><t>第一行\r\n第二行</t></is></c></row></sheetData></worksheet>\r\n';
    const strings = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<sst xmlns="urn:main" count="2" uniqueCount="2"><si><t>甲\r\n乙</t></si><si><t>丙</t><phoneticPr fontId="1" type="noConversion"/></si></sst>';
    // in whole chunks (a declaration cut after "<" goes to saxes, whatever its line ends)
    for (const xml of [sheet, strings]) expect(expectLikeSaxes(xml, [xml.length, 64])).toBe(false);
  });

  test('the cell cases are well-formed: their cells are compared, not only the verdict', () => {
    for (const name of ['cells as spreadsheet programs write them', 'cells near the plain form', 'cells outside a row', 'shared strings as spreadsheet programs write them', 'shared strings near the plain form', 'CR in text, in a shared string, in an attribute and as a reference', 'shared strings with phonetic properties, as Chinese Excel writes them']) expect({ name, error: saxesAlone(cases[name]).error }).toEqual({ name, error: null });
  });
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
    const cells = i % 2 === 1;
    const want = saxesAlone(xml, cells);
    if (want.error) errors++;
    const got = scanned(xml, chunk, cells);
    expect({ xml, chunk, cells, error: got.error }).toEqual({ xml, chunk, cells, error: want.error });
    if (!want.error) expectSameEvents(got.events, want.events, `${JSON.stringify(xml)} in chunks of ${chunk}${cells ? ' with the cell lane' : ''}`);
  }
  // the mutations reach both verdicts
  expect(errors).toBeGreaterThan(500);
  expect(errors).toBeLessThan(2900);
});
