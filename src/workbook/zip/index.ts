// The bounded zip reader: a checked central directory and inflation within caps, CRC-32 verified.
export * from './limits';
export * from './crc32';
export * from './directory';
export * from './inflate';
export * from './writer';
export * from './codec';
