// Bulletin: the 通报 document's content as data (title, sections, attachment tables), written by src/documents.
export * from './content';
export * from './figures';
export * from './sentences';
export * from './grades';
export * from './comparison';
export * from './reporters';
export * from './honours';
