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
