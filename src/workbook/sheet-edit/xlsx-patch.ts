// Writes Duban's generated sheets into .xlsx bytes at the zip level, copying every part of the user's package byte for byte.
//
// exceljs loads and re-writes a whole workbook (gigabytes of memory for a 25 MB file) and drops
// what it does not model: charts, images, pivot tables, comment formatting. Here each zip entry of
// the user's package is copied as stored (its compressed bytes and CRC) and only
// the few parts that must change are rewritten:
//   - new worksheet parts for the generated sheets, their texts in the shared string table;
//   - sharedStrings.xml, with the texts it lacks APPENDED (existing entries never move; a text
//     already there as plain text is reused, so that regenerating does not grow the file);
//   - the workbook part (sheet list, DUBAN_GENERATED_n marker names; the user's names kept);
//   - the workbook's relationships and [Content_Types].xml;
//   - styles.xml, with the fonts, fills, borders, number formats and cell formats the generated
//     sheets need APPENDED (existing indices never move; equal entries are reused, so that
//     regenerating does not grow the file);
//   - docProps/app.xml's list of sheet titles, when it lists them.
// Those parts are small: each is parsed whole by saxes and edited only at the positions the parser
// reports (comments, CDATA, either quote style and prefixes are then handled by construction);
// the user's sheets, however large, are not parsed. Every part copied is inflated once to verify
// its CRC-32, so a damaged part is refused rather than passed on, unless the caller hands over the
// reader's record of the parts it already inflated and verified (options.verified): those are copied
// as stored with no second pass.
// The semantics are FileWorkbook.writeGeneratedSheet's: an earlier generated sheet of the name
// (found by its marker) is replaced in its place in the tab order; a user's sheet of that name is
// never touched, the generated one takes a free name (校验结果 (2)). Parts only the replaced sheet
// used (its relationships, drawings, comments…) go with it. Node and browsers (CompressionStream).
import { printTitlesRef } from './print-setup';
import { SheetSpec } from '../../core/sheets/sheet-spec';
import { GENERATED_MARKER, freeSheetName, generatedSheetFor } from '../port';
import { NS, Package, Rel, dirOf, expectRoot, relativeTarget, relsOf, relsPartOf, sourceOfRels } from '../package/package';
import { XlsxReadError } from '../package/read-error';
import { EMPTY_STYLES, StyleBook } from '../package/styles-part';
import { SheetLinks, worksheetXml } from './worksheet-xml';
import { SHARED_STRINGS_CONTENT_TYPE, SharedStringTable, SharedStringsRead } from './shared-strings';
import { readPackageFacts, readSharedStrings } from '../package/xlsx-stream';
import { escAttr, escText, startTag } from '../xml/xml-escape';
import { scanPart } from '../xml/xml';
import { TextEdit, XmlElement, XmlTree, appendInside, attributeByLocal, childNamed, childrenNamed, parseXmlTree, rewritePart, sourceOf } from '../xml/xml-tree';
import { Packed, ZipWriter, concatChunks, deflate, dosDateTime, u16 } from '../zip/writer';
import { VerifiedParts } from '../zip/inflate';

export interface PatchResult {
  /** The new package (joined from `chunks` when first asked). */
  readonly bytes: Uint8Array;
  /** The new package in pieces, in order: to write to a file without joining them. */
  readonly chunks: readonly Uint8Array[];
  /** The name each spec was written under, in the specs' order. */
  readonly names: string[];
}

export interface PatchOptions {
  /** Entries of `original` already inflated and verified (by the reader): copied without a second inflate and CRC pass. */
  readonly verified?: VerifiedParts;
  /** Told the rows of a spec's sheet made so far (its index in the specs), all of them last: progress while the sheets are made (the package is written after them). */
  readonly onRows?: (spec: number, rows: number) => void | Promise<void>;
}

const WORKSHEET_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const RELS_CONTENT_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';

// ---------------------------------------------------------------------------------------------
// The workbook: sheets, markers, relationships, content types, app.xml

interface SheetEntry {
  name: string;
  generated: boolean;
  /** The user's package: the <sheet> element as written, its index, relationship and part. */
  readonly original?: { raw: string; index: number; sheetId: number; rid: string; part?: string };
  /** A sheet written now: the spec's index. */
  readonly spec?: number;
}

interface DefinedName {
  /** The element as it will be written. */
  readonly raw: string;
  readonly name: string;
  /** Index of the sheet it is local to, in the user's package. */
  readonly localSheetId?: number;
  /** For Duban's markers: the sheet marked. */
  readonly marks?: string;
  /** The user's element, to rewrite when its sheet index moves. */
  readonly element?: XmlElement;
}

/** The sheet a marker's text points at: 'Name'!$A$1 → Name. */
function markedSheet(text: string): string | undefined {
  const m = /^'?(.*?)'?!/.exec(text.trim());
  return m ? m[1].replace(/''/g, "'") : undefined;
}

/** The parsed part, or an XlsxReadError naming what the package lacks. */
async function requiredTree(pkg: Package, part: string, missing: string): Promise<XmlTree> {
  const tree = await pkg.tree(part);
  if (tree === undefined) throw new XlsxReadError(missing);
  return tree;
}

/**
 * Adds or replaces the generated sheets of `specs` in the .xlsx package `original`, as
 * FileWorkbook.writeGeneratedSheet would one by one, copying every other part unchanged.
 * Throws XlsxReadError (a Chinese message) when the package cannot be read.
 */
export async function patchGeneratedSheets(original: Uint8Array, specs: readonly SheetSpec[], options: PatchOptions = {}): Promise<PatchResult> {
  const pkg = new Package(original, options.verified);
  const facts = await readPackageFacts(original);
  const contentTypes = await requiredTree(pkg, '[Content_Types].xml', '压缩包中没有 [Content_Types].xml，不是 .xlsx 文件');
  expectRoot(contentTypes, 'Types', '[Content_Types].xml');
  const rootRels = await pkg.rels('');
  const workbookPart = rootRels.find((r) => !r.external && r.type.endsWith('/officeDocument'))?.part ?? 'xl/workbook.xml';
  const workbookTree = await requiredTree(pkg, workbookPart, '压缩包中没有工作簿（xl/workbook.xml），不是 .xlsx 文件');
  const workbookDir = dirOf(workbookPart);
  const workbookRelsPart = relsPartOf(workbookPart);
  const workbookRelsTree = (await pkg.tree(workbookRelsPart))
    ?? parseXmlTree(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}"></Relationships>`, workbookRelsPart);
  expectRoot(workbookRelsTree, 'Relationships', '工作簿关系文件');
  const workbookRels = relsOf(workbookRelsTree, workbookDir);
  const relById = new Map(workbookRels.map((r) => [r.id, r]));

  // namespaces and prefixes as the workbook writes them
  const root = expectRoot(workbookTree, 'workbook', '工作簿 XML');
  const p = root.prefix;
  const rootAttrs = Object.entries(root.attributes);
  const mainNs = root.attributes[p ? `xmlns:${p.slice(0, -1)}` : 'xmlns'] ?? NS.main;
  const relNsEntry = rootAttrs.find(([k, v]) => k.startsWith('xmlns:') && (v === NS.rel || v === NS.strictRel));
  const relNs = relNsEntry?.[1] ?? (mainNs === NS.main ? NS.rel : NS.strictRel);
  const relPrefix = relNsEntry ? relNsEntry[0].slice('xmlns:'.length) : undefined;
  const worksheetType = workbookRels.find((r) => r.type.endsWith('/worksheet'))?.type ?? `${relNs}/worksheet`;
  const hyperlinkType = worksheetType.replace(/worksheet$/, 'hyperlink');

  // the sheets
  const sheetsBlock = childNamed(root, 'sheets');
  if (!sheetsBlock) throw new XlsxReadError('工作簿 XML 格式错误：没有工作表列表');
  const sheets: SheetEntry[] = childrenNamed(sheetsBlock, 'sheet').map((element, index) => {
    const rid = (relPrefix ? element.attributes[`${relPrefix}:id`] : undefined) ?? attributeByLocal(element, 'id') ?? '';
    const rel = relById.get(rid);
    return {
      name: element.attributes.name ?? '',
      generated: false,
      original: { raw: sourceOf(workbookTree, element), index, sheetId: Number(element.attributes.sheetId) || 0, rid, part: rel && !rel.external ? rel.part : undefined },
    };
  });
  const originalSheets = sheets.slice();
  // anything else in the list would be lost when the list is rewritten: refuse rather than lose it
  if (sheetsBlock.children.some((c) => c.local !== 'sheet')) throw new XlsxReadError('工作簿 XML 的工作表列表中有无法识别的内容，无法安全写入');

  // defined names: the user's as written, and Duban's markers
  const namesBlock = childNamed(root, 'definedNames');
  let definedNames: DefinedName[] = childrenNamed(namesBlock, 'definedName').map((element) => {
    const name = element.attributes.name ?? '';
    const local = element.attributes.localSheetId;
    return {
      raw: sourceOf(workbookTree, element),
      name,
      element,
      ...(local !== undefined && /^\d+$/.test(local) ? { localSheetId: Number(local) } : {}),
      ...(name.startsWith(GENERATED_MARKER) ? { marks: markedSheet(element.text) } : {}),
    };
  });
  const markedNames = new Set(definedNames.filter((d) => d.marks !== undefined).map((d) => d.marks!));
  for (const s of sheets) s.generated = markedNames.has(s.name);

  // the generated sheets, one by one as writeGeneratedSheet: replace in place, or add at the end
  const names: string[] = [];
  const removed: SheetEntry[] = [];
  let nextSheetId = Math.max(0, ...sheets.map((s) => s.original?.sheetId ?? 0)) + 1;
  const sheetIds = new Map<SheetEntry, number>();
  specs.forEach((spec, k) => {
    const replaced = generatedSheetFor(spec.name, sheets);
    let position: number | undefined;
    if (replaced !== undefined) {
      position = sheets.findIndex((s) => s.name === replaced && s.generated);
      if (position >= 0) {
        const [old] = sheets.splice(position, 1);
        removed.push(old);
        definedNames = definedNames.filter((d) => d.marks !== old.name);
      } else position = undefined;
    }
    const name = freeSheetName(spec.name, new Set(sheets.map((s) => s.name)));
    const entry: SheetEntry = { name, generated: true, spec: k };
    sheetIds.set(entry, nextSheetId++);
    if (position !== undefined) sheets.splice(position, 0, entry);
    else sheets.push(entry);
    const used = new Set(definedNames.map((d) => d.name));
    let n = 1;
    while (used.has(`${GENERATED_MARKER}${n}`)) n++;
    const marker = `${GENERATED_MARKER}${n}`;
    definedNames.push({ raw: `<${p}definedName name="${marker}">${escText(`'${name.replace(/'/g, "''")}'!$A$1`)}</${p}definedName>`, name: marker, marks: name });
    names.push(name);
  });
  const written = sheets.filter((s) => s.spec !== undefined);
  const removedOriginals = removed.filter((s) => s.original).map((s) => s.original!);

  // names local to a removed sheet go with it; the others follow their sheet's (unchanged) index
  const newIndexOf = new Map<number, number>();
  sheets.forEach((s, i) => {
    if (s.original) newIndexOf.set(s.original.index, i);
  });
  definedNames = definedNames.filter((d) => d.localSheetId === undefined || newIndexOf.has(d.localSheetId));
  // print titles of the generated sheets, local to their final index
  sheets.forEach((s, i) => {
    const print = s.spec !== undefined ? specs[s.spec].print : undefined;
    if (print) definedNames.push({ raw: `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escText(printTitlesRef(s.name, print))}</${p}definedName>`, name: '_xlnm.Print_Titles' });
  });

  // part names and relationship ids for the new sheets
  const removedParts = new Set<string>();
  for (const o of removedOriginals) if (o.part) removedParts.add(o.part);
  const takenParts = new Set([...pkg.zip.keys()].filter((k) => !removedParts.has(k)));
  const removedRids = new Set(removedOriginals.map((o) => o.rid));
  const takenRids = new Set(workbookRels.filter((r) => !removedRids.has(r.id)).map((r) => r.id));
  const sheetDir = `${workbookDir}worksheets/`;
  const partOf = new Map<SheetEntry, { part: string; rid: string }>();
  let partNo = 1;
  let ridNo = 1;
  for (const s of written) {
    while (takenParts.has(`${sheetDir}sheet${partNo}.xml`.toLowerCase())) partNo++;
    while (takenRids.has(`rId${ridNo}`)) ridNo++;
    const part = `${sheetDir}sheet${partNo}.xml`;
    takenParts.add(part.toLowerCase());
    takenRids.add(`rId${ridNo}`);
    partOf.set(s, { part, rid: `rId${ridNo}` });
  }

  // styles: the workbook's own, or a new part when it has none
  const stylesRel = workbookRels.find((r) => !r.external && r.type.endsWith('/styles'));
  const stylesXml = stylesRel ? await pkg.text(stylesRel.part) : undefined;
  const styles = new StyleBook(stylesXml ?? EMPTY_STYLES, stylesRel?.part);
  let stylesPart = stylesRel?.part;
  let newStylesRid: string | undefined;
  if (!stylesXml) {
    let n = 1;
    while (takenParts.has(`${workbookDir}styles${n === 1 ? '' : n}.xml`.toLowerCase())) n++;
    stylesPart = `${workbookDir}styles${n === 1 ? '' : n}.xml`;
    while (takenRids.has(`rId${ridNo}`)) ridNo++;
    newStylesRid = `rId${ridNo}`;
    takenRids.add(newStylesRid);
  }

  // the shared strings: the workbook's table (as the reader read it, or read now), or a new part when it has none
  const sstRel = workbookRels.find((r) => !r.external && r.type.endsWith('/sharedStrings'));
  const sstEntry = sstRel ? pkg.zip.get(sstRel.part) : undefined;
  const handed = sstEntry ? options.verified?.sharedStringsOf(original, sstEntry) : undefined;
  let sstRead: SharedStringsRead | undefined = handed;
  if (!sstRead && sstEntry) {
    const formatted = new Set<number>();
    sstRead = { strings: await readSharedStrings(original, pkg.zip, sstRel!.part, {}, formatted), formatted };
  }
  const strings = new SharedStringTable(sstRead);

  // the new worksheet parts, made one after another (the table's new entries in the sheets' order) and
  // compressed as they are made: the next is made while the last pieces of the one before still compress
  const when = dosDateTime(new Date());
  const newParts: { part: string; packed: Promise<Packed | undefined> }[] = [];
  let made: Promise<void> = Promise.resolve();
  let unmade: unknown;
  for (const s of written) {
    const { part } = partOf.get(s)!;
    const links: SheetLinks = { external: [] };
    const before = made;
    let done!: () => void;
    made = new Promise<void>((resolve) => (done = resolve));
    const pieces = (async function* () {
      try {
        await before;
        if (unmade === undefined) {
          const spec = specs[s.spec!];
          const made = { rows: 0 };
          let told = 0;
          for (const piece of worksheetXml(spec, styles, strings, mainNs, relNs, links, facts.date1904, made)) {
            if (piece.length) yield piece;
            if (options.onRows && made.rows > told) await options.onRows(s.spec!, (told = made.rows));
          }
          await options.onRows?.(s.spec!, spec.rows.length);
        }
      } catch (e) {
        unmade ??= e;
        throw e;
      } finally {
        done();
      }
    })();
    newParts.push({ part, packed: deflate(pieces) });
    // its links' relationships, once the sheet is made
    const rels = made.then(() => {
      if (!links.external.length) return undefined;
      const list = links.external.map((l) => `<Relationship Id="${l.id}" Type="${escAttr(hyperlinkType)}" Target="${escAttr(l.target)}" TargetMode="External"/>`).join('');
      return deflate([`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}">${list}</Relationships>`]);
    });
    newParts.push({ part: relsPartOf(part), packed: rels });
  }
  for (const p of newParts) p.packed.catch(() => undefined); // a failure is reported once, where it is awaited
  await made;
  if (unmade !== undefined) throw unmade; // a sheet that could not be made fails the patch here, as before

  // the table's part: the user's with the new entries appended, or a new one
  let sstPart = sstRel?.part;
  let newSstRid: string | undefined;
  let sstPieces: Iterable<string> | undefined;
  if (sstEntry) {
    // cells referring to the table: known when the reader counted every remaining sheet's, or when no sheet is removed
    const remaining = originalSheets.filter((o) => !removed.includes(o) && o.original?.part && relById.get(o.original.rid)?.type.endsWith('/worksheet')).map((o) => o.original!.part!);
    const known = handed && remaining.every((part) => handed.refs.has(part)) ? remaining.reduce((n, part) => n + handed.refs.get(part)!, 0) : undefined;
    const count = (original: string | undefined): number | undefined => {
      if (known !== undefined) return known + strings.refs;
      return removedOriginals.length === 0 && original !== undefined && /^\d+$/.test(original) ? Number(original) + strings.refs : undefined;
    };
    if (strings.refs > 0) sstPieces = strings.patchedPart((await pkg.text(sstEntry.name))!, sstEntry.name, count);
  } else if (strings.refs > 0) {
    sstPieces = strings.newPart(mainNs);
    if (!sstPart) {
      let n = 1;
      while (takenParts.has(`${workbookDir}sharedStrings${n === 1 ? '' : n}.xml`.toLowerCase())) n++;
      sstPart = `${workbookDir}sharedStrings${n === 1 ? '' : n}.xml`;
      takenParts.add(sstPart.toLowerCase());
      while (takenRids.has(`rId${ridNo}`)) ridNo++;
      newSstRid = `rId${ridNo}`;
      takenRids.add(newSstRid);
    }
  }

  // parts only the removed sheets used (their drawings, comments…) go with them
  const dropped = await unreachableAfter(pkg, workbookPart, removedParts);
  const calcChain = workbookRels.find((r) => !r.external && r.type.endsWith('/calcChain'));
  // a calculation chain naming a removed sheet would make Excel repair the file: Excel rebuilds it
  if (calcChain && removedOriginals.length && (await calcChainNames(pkg, calcChain.part, new Set(removedOriginals.map((o) => o.sheetId))))) dropped.add(calcChain.part);
  const droppedRels = new Set([...dropped].map((part) => relsPartOf(part).toLowerCase()).filter((r) => pkg.has(r)));

  // workbook.xml: the sheet list and the defined names, rewritten where they stand
  const sheetXml = (s: SheetEntry) => {
    if (s.original) return s.original.raw;
    const rid = partOf.get(s)!.rid;
    const idAttr = relPrefix ? `${relPrefix}:id="${rid}"` : `r:id="${rid}" xmlns:r="${relNs}"`;
    return `<${p}sheet name="${escAttr(s.name)}" sheetId="${sheetIds.get(s)}" ${idAttr}/>`;
  };
  const nameXml = (d: DefinedName) => {
    if (d.localSheetId === undefined || newIndexOf.get(d.localSheetId) === d.localSheetId || !d.element) return d.raw;
    const e = d.element;
    const open = startTag(e.name, { ...e.attributes, localSheetId: String(newIndexOf.get(d.localSheetId)) }, e.selfClosing);
    return e.selfClosing ? open : open + workbookTree.xml.slice(e.openEnd, e.end);
  };
  const namesXml = definedNames.length ? `<${p}definedNames>${definedNames.map(nameXml).join('')}</${p}definedNames>` : '';
  const sheetsOpen = startTag(sheetsBlock.name, sheetsBlock.attributes);
  const workbookEdits: TextEdit[] = [{ from: sheetsBlock.start, to: sheetsBlock.end, text: `${sheetsOpen}${sheets.map(sheetXml).join('')}</${sheetsBlock.name}>` }];
  if (namesBlock) workbookEdits.push({ from: namesBlock.start, to: namesBlock.end, text: namesXml });
  else if (namesXml) {
    // after sheets, functionGroups and externalReferences, as the schema orders them
    const after = childNamed(root, 'externalReferences') ?? childNamed(root, 'functionGroups') ?? sheetsBlock;
    workbookEdits.push({ from: after.end, to: after.end, text: namesXml });
  }
  const workbook = rewritePart(workbookTree, workbookEdits);

  // the workbook's relationships: the removed ones cut where they stand, the new ones appended
  const droppedLower = new Set([...dropped, ...removedParts]);
  const relsEdits: TextEdit[] = workbookRels
    .filter((r) => removedRids.has(r.id) || (!r.external && droppedLower.has(r.part)))
    .map((r) => ({ from: r.element.start, to: r.element.end, text: '' }));
  const rp = workbookRelsTree.root.prefix;
  const addedRels = written.map((s) => {
    const { part, rid } = partOf.get(s)!;
    return `<${rp}Relationship Id="${rid}" Type="${escAttr(worksheetType)}" Target="${escAttr(relativeTarget(workbookDir, part))}"/>`;
  });
  if (newStylesRid) addedRels.push(`<${rp}Relationship Id="${newStylesRid}" Type="${escAttr(worksheetType.replace(/worksheet$/, 'styles'))}" Target="${escAttr(relativeTarget(workbookDir, stylesPart!))}"/>`);
  if (newSstRid) addedRels.push(`<${rp}Relationship Id="${newSstRid}" Type="${escAttr(worksheetType.replace(/worksheet$/, 'sharedStrings'))}" Target="${escAttr(relativeTarget(workbookDir, sstPart!))}"/>`);
  relsEdits.push(...appendInside(workbookRelsTree.root, addedRels.join('')));
  const wbRels = rewritePart(workbookRelsTree, relsEdits);

  // content types: overrides of dropped parts cut, the new parts' added
  const typesRoot = contentTypes.root;
  const typesEdits: TextEdit[] = childrenNamed(typesRoot, 'Override')
    .filter((e) => droppedLower.has((e.attributes.PartName ?? '').replace(/^\//, '').toLowerCase()))
    .map((e) => ({ from: e.start, to: e.end, text: '' }));
  const tp = typesRoot.prefix;
  const addedTypes = written.map((s) => `<${tp}Override PartName="/${escAttr(partOf.get(s)!.part)}" ContentType="${WORKSHEET_CONTENT_TYPE}"/>`);
  if (newStylesRid) addedTypes.push(`<${tp}Override PartName="/${escAttr(stylesPart!)}" ContentType="${STYLES_CONTENT_TYPE}"/>`);
  if (sstPieces && !sstEntry) addedTypes.push(`<${tp}Override PartName="/${escAttr(sstPart!)}" ContentType="${SHARED_STRINGS_CONTENT_TYPE}"/>`);
  const hasRelsDefault = childrenNamed(typesRoot, 'Default').some((e) => (e.attributes.Extension ?? '').toLowerCase() === 'rels');
  if (!hasRelsDefault) addedTypes.unshift(`<${tp}Default Extension="rels" ContentType="${RELS_CONTENT_TYPE}"/>`);
  typesEdits.push(...appendInside(typesRoot, addedTypes.join('')));
  const types = rewritePart(contentTypes, typesEdits);

  // docProps/app.xml: its list of worksheet titles, when it has one that matches
  const appPart = rootRels.find((r) => !r.external && r.type.endsWith('/extended-properties'))?.part;
  const worksheetNames = (list: SheetEntry[]) => list.filter((s) => s.spec !== undefined || (s.original?.rid && relById.get(s.original.rid)?.type.endsWith('/worksheet'))).map((s) => s.name);
  const appTree = appPart && written.length ? await pkg.tree(appPart) : undefined;
  const app = appTree === undefined ? undefined : patchAppTitles(appTree, worksheetNames(originalSheets), worksheetNames(sheets));

  // the new package: the user's entries in their order, copied (CRC verified) or rewritten; then the new parts
  const rewritten = new Map<string, Iterable<string> | Promise<Packed>>([
    ['[content_types].xml', [types]],
    [workbookPart, [workbook]],
    [workbookRelsPart.toLowerCase(), [wbRels]],
  ]);
  if (stylesPart && styles.changed && stylesXml) rewritten.set(stylesPart, [styles.result()]);
  if (app !== undefined && appPart) rewritten.set(appPart, [app]);
  // the table compresses beside the copying below (it is known once the sheets are made)
  const sstPacked = sstPieces ? deflate(sstPieces) : undefined;
  sstPacked?.catch(() => undefined); // reported where it is awaited
  if (sstPacked && sstEntry) rewritten.set(sstRel!.part, sstPacked);
  const zip = new ZipWriter();
  const omit = new Set([...droppedLower, ...droppedRels]);
  for (const [key, entry] of pkg.zip) {
    if (omit.has(key)) continue;
    const pieces = rewritten.get(key);
    if (pieces === undefined) {
      await pkg.verify(entry);
      zip.copy(original, entry);
    } else {
      const c = entry.central;
      zip.add(entry.name, await (pieces instanceof Promise ? pieces : deflate(pieces)), { time: u16(c, 12), date: u16(c, 14) });
      rewritten.delete(key);
    }
  }
  if (!pkg.has(workbookRelsPart)) zip.add(workbookRelsPart, await deflate([wbRels]), when);
  if (!stylesXml && stylesPart) zip.add(stylesPart, await deflate([styles.result()]), when);
  if (sstPacked && !sstEntry) zip.add(sstPart!, await sstPacked, when);
  for (const { part, packed } of newParts) {
    const done = await packed;
    if (done) zip.add(part, done, when);
  }
  const chunks = zip.finishChunks();
  let bytes: Uint8Array | undefined;
  return {
    chunks,
    get bytes() {
      return (bytes ??= concatChunks(chunks));
    },
    names,
  };
}

/** Whether the calculation chain names a cell on one of the sheets (by sheetId; an omitted i repeats the previous one). */
async function calcChainNames(pkg: Package, part: string, sheetIds: ReadonlySet<number>): Promise<boolean> {
  const entry = pkg.zip.get(part.toLowerCase());
  if (!entry) return false;
  let current = 0;
  let found = false;
  // a chain that cannot be read is dropped too: Excel rebuilds it, and nothing damaged is carried over
  await scanPart(pkg.bytes, entry, {
    open(name, attributes) {
      if (name !== 'c') return;
      const i = attributes.get('i');
      if (i !== undefined) current = Number(i);
      if (sheetIds.has(current)) found = true;
    },
    close: () => undefined,
    text: () => undefined,
  }).catch(() => (found = true));
  return found;
}

/**
 * Parts reachable from the package root through relationships before the removed sheet parts
 * were cut from the workbook, and no longer after: what only those sheets used. Every part that
 * something else still refers to stays. The removed parts themselves are included.
 */
async function unreachableAfter(pkg: Package, workbookPart: string, removedParts: ReadonlySet<string>): Promise<Set<string>> {
  const out = new Set(removedParts);
  if (removedParts.size === 0) return out;
  // common case: the removed sheets refer to no other part, and nothing else is lost
  const relsOfRemoved = await Promise.all([...removedParts].map((part) => pkg.rels(part)));
  if (relsOfRemoved.every((rels) => rels.every((r) => r.external))) return out;
  const graph = new Map<string, string[]>();
  for (const key of pkg.zip.keys()) {
    const source = sourceOfRels(key);
    if (source === undefined) continue;
    graph.set(source, (await pkg.rels(source)).filter((r: Rel) => !r.external).map((r) => r.part));
  }
  const reach = (cut: boolean) => {
    const seen = new Set<string>();
    const queue = [''];
    while (queue.length) {
      const part = queue.pop()!;
      for (const target of graph.get(part) ?? []) {
        if (cut && part === workbookPart && removedParts.has(target)) continue;
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    return seen;
  };
  const before = reach(false);
  const after = reach(true);
  for (const part of before) if (!after.has(part)) out.add(part);
  return out;
}

/**
 * app.xml with its worksheet titles replaced by the new list, when it holds a group of titles equal
 * to the old list (HeadingPairs names the group, in the writer's language); else undefined.
 */
function patchAppTitles(tree: XmlTree, oldNames: readonly string[], newNames: readonly string[]): string | undefined {
  const pairsVector = childNamed(childNamed(tree.root, 'HeadingPairs'), 'vector');
  const titlesVector = childNamed(childNamed(tree.root, 'TitlesOfParts'), 'vector');
  if (!pairsVector || !titlesVector) return undefined;
  const variants = childrenNamed(pairsVector, 'variant');
  const items = childrenNamed(titlesVector, 'lpstr');
  let offset = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const countElement = childNamed(variants[i + 1], 'i4');
    if (!countElement || countElement.selfClosing) return undefined;
    const count = Number(countElement.text.trim());
    if (!Number.isInteger(count) || count < 0) return undefined;
    const group = items.slice(offset, offset + count).map((e) => e.text);
    if (count === oldNames.length && group.length === count && group.every((t, k) => t === oldNames[k])) {
      const vp = titlesVector.prefix;
      const titles = newNames.map((n) => `<${vp}lpstr>${escText(n)}</${vp}lpstr>`).join('');
      // the group's titles replaced where they stand (or inserted where the group would be)
      const from = count > 0 ? items[offset].start : offset > 0 ? items[offset - 1].end : titlesVector.openEnd;
      const to = count > 0 ? items[offset + count - 1].end : from;
      if (titlesVector.selfClosing) return undefined;
      const edits: TextEdit[] = [
        { from: titlesVector.start, to: titlesVector.openEnd, text: startTag(titlesVector.name, { ...titlesVector.attributes, size: String(items.length - count + newNames.length) }) },
        { from, to, text: titles },
        { from: countElement.openEnd, to: countElement.closeStart, text: String(newNames.length) },
      ];
      return rewritePart(tree, edits);
    }
    offset += count;
  }
  return undefined;
}
