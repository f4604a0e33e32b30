// What a part reader hears from the XML parser (saxes or the plain scanner): start tags, end tags and text.

/**
 * A start tag's attributes by qualified name, values decoded. Valid only during the open() call
 * that hands them over (the plain scanner reuses one object): copy what you keep.
 */
export interface XmlAttributes {
  get(name: string): string | undefined;
  /** The qualified names, in document order. */
  names(): string[];
}

export interface XmlHandler {
  /** `name` without its namespace prefix; attributes with their prefixed names. */
  open(name: string, attributes: XmlAttributes, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data (entities decoded, CDATA included). */
  text(text: string): void;
  /**
   * A worksheet cell in its plainest form, `<c r="B7" s="3" t="s"><v>12</v></c>` (r first, s and t
   * optional, no formula, no inline string), reported whole instead of as open, text and close
   * events; `column` is 0-based, `type` undefined without t, `value` the <v> text (undefined without
   * <v>), or its number when the cell is a number or a shared string (no t, t="n" or t="s") and the
   * text is 1–15 plain digits; `row` the 0-based row its r names (a reader may take the row it is in
   * instead). Only the plain scanner calls it, and only for a handler that has it; every other cell
   * comes as events.
   */
  cell?(column: number, style: number, type: string | undefined, value: string | number | undefined, row?: number): void;
  /**
   * A shared string in its plainest form, `<si><t>text</t></si>` (or `<t xml:space="preserve">`),
   * directly in `<sst>`: its text, references decoded, instead of events. Only the plain scanner calls
   * it, for a handler that has it; rich text, phonetic guides and the rest come as events.
   */
  sharedString?(text: string): void;
}

/** Attributes of a record, as saxes gives them. */
export class RecordAttributes implements XmlAttributes {
  constructor(private readonly record: Readonly<Record<string, string>>) {}

  get(name: string): string | undefined {
    return this.record[name];
  }

  names(): string[] {
    return Object.keys(this.record);
  }
}
