/**
 * A text's length in UTF-8 bytes: Node's Buffer counts without copying; a browser worker, which
 * has no Buffer, counts the code units (lone surrogates count 3, as an encoder writes U+FFFD).
 */
export function utf8ByteLength(text: string): number {
  if (typeof Buffer === 'function') return Buffer.byteLength(text, 'utf8');
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next < 0xe000) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
