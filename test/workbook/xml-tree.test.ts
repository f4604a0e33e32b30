// The parsed small parts the writer edits: positions the parser reports, whatever comments, CDATA, quotes and prefixes surround them.
import { applyEdits, childNamed, childrenNamed, parseXmlTree, rewritePart, sourceOf } from '../../src/workbook/xml/xml-tree';

const XML = `<?xml version="1.0" encoding="GBK" standalone="yes"?>
<x:workbook xmlns:x="urn:main"><!-- <x:sheets><x:sheet name="旧"/></x:sheets> --><x:sheets><x:sheet name='任务&gt;分工表' a="1>2"/><!--<x:sheet name="死表"/>--><x:sheet name="B"></x:sheet></x:sheets><x:definedNames><x:definedName name="n"><![CDATA[<x:sheets>]]></x:definedName></x:definedNames></x:workbook><!-- </x:workbook> -->`;

test('elements know where they stand; comments and CDATA are not elements', () => {
  const tree = parseXmlTree(XML, 'workbook.xml');
  expect(tree.root.local).toBe('workbook');
  expect(tree.root.prefix).toBe('x:');
  const sheets = childNamed(tree.root, 'sheets')!;
  const list = childrenNamed(sheets, 'sheet');
  expect(list.map((s) => s.attributes.name)).toEqual(['任务>分工表', 'B']);
  expect(sourceOf(tree, list[0])).toBe(`<x:sheet name='任务&gt;分工表' a="1>2"/>`);
  expect(sourceOf(tree, list[1])).toBe('<x:sheet name="B"></x:sheet>');
  expect(tree.xml.slice(list[1].openEnd, list[1].closeStart)).toBe('');
  expect(childNamed(childNamed(tree.root, 'definedNames'), 'definedName')!.text).toBe('<x:sheets>');
  expect(tree.xml.slice(tree.root.closeStart, tree.root.end)).toBe('</x:workbook>');
});

test('a rewritten part declares UTF-8 and keeps standalone; edits apply at their positions', () => {
  const tree = parseXmlTree(XML, 'workbook.xml');
  const sheets = childNamed(tree.root, 'sheets')!;
  const out = rewritePart(tree, [{ from: sheets.closeStart, to: sheets.closeStart, text: '<x:sheet name="新"/>' }]);
  expect(out.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<x:workbook')).toBe(true);
  expect(childrenNamed(childNamed(parseXmlTree(out, 'w').root, 'sheets'), 'sheet').map((s) => s.attributes.name)).toEqual(['任务>分工表', 'B', '新']);
  expect(out.endsWith('</x:workbook><!-- </x:workbook> -->')).toBe(true);
});

test('overlapping edits are refused; malformed XML, DOCTYPE and forbidden character references are one Chinese error', () => {
  expect(() => applyEdits('abcdef', [{ from: 1, to: 4, text: '' }, { from: 2, to: 3, text: '' }])).toThrow(/重叠/);
  expect(applyEdits('abcdef', [{ from: 2, to: 2, text: '1' }, { from: 2, to: 2, text: '2' }, { from: 0, to: 1, text: 'A' }])).toBe('Ab12cdef');
  expect(() => parseXmlTree('<a><b></a>', 'p.xml')).toThrow(/“p\.xml”的 XML 格式错误/);
  expect(() => parseXmlTree('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', 'p.xml')).toThrow(/DOCTYPE/);
  expect(() => parseXmlTree('<a>&#1;</a>', 'p.xml')).toThrow(/XML 格式错误/);
  expect(() => parseXmlTree('<a b="&#xFFFE;"/>', 'p.xml')).toThrow(/XML 格式错误/);
});
