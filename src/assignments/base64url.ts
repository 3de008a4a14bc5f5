/**
 * Base64url (RFC 4648 §5, no padding) of bytes or UTF-8 text: the only alphabet that survives a URL
 * fragment, a chat client and a QR code unchanged. Decoding is strict (alphabet, length, valid
 * UTF-8) and never throws, because its input comes from links anyone can edit.
 */

/** Bytes as base64url without padding. */
export function encodeBase64urlBytes(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes a base64url string holds, or undefined when it is not valid base64url. */
export function decodeBase64urlBytes(encoded: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) return undefined;
  const padded = encoded.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (encoded.length % 4)) % 4);
  try {
    return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** UTF-8 text as base64url without padding. */
export function encodeBase64url(text: string): string {
  return encodeBase64urlBytes(new TextEncoder().encode(text));
}

/** The UTF-8 text a base64url string holds, or undefined when it is not valid base64url UTF-8. */
export function decodeBase64url(encoded: string): string | undefined {
  const bytes = decodeBase64urlBytes(encoded);
  return bytes && utf8(bytes);
}

/** Bytes as strict UTF-8 text, or undefined when they are not valid UTF-8. */
export function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
