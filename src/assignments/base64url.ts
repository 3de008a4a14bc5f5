/**
 * Base64url (RFC 4648 §5, no padding) of UTF-8 text: the only alphabet that survives a URL
 * fragment, a chat client and a QR code unchanged. Decoding is strict (alphabet, length, valid
 * UTF-8) and never throws, because its input comes from links anyone can edit.
 */

/** UTF-8 text as base64url without padding. */
export function encodeBase64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The UTF-8 text a base64url string holds, or undefined when it is not valid base64url UTF-8. */
export function decodeBase64url(encoded: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded) || encoded.length % 4 === 1) return undefined;
  const padded = encoded.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (encoded.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
