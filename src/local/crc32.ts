/**
 * CRC-32 (IEEE 802.3, the polynomial of zip and PNG): the share link's checksum, since raw
 * deflate carries none, and a cheap fingerprint of a map's notes. Not a defence against an
 * attacker, who can compute it too: it tells a corrupted link from an intact one.
 */
const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let byte = 0; byte < 256; byte++) {
    let value = byte;
    for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
    table[byte] = value >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
