/** Share links (URL hash) for calculator states. */
export { encodeShareState, decodeShareState, shareUrl, extractShareToken, checksum, base64UrlEncode, base64UrlDecode, SHARE_FORMAT_VERSION, type ShareValidation, type ShareDecodeResult } from './codec';
