/** The 1-based line of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidLine(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return line;
    // Only the continuation bytes are checked (overlong and surrogate forms are rare enough to be named by isUtf8 alone).
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return line;
    i += need + 1;
  }
  return line;
}
