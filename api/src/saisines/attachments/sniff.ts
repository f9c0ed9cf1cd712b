import { PIECE_JOINTE_FORMATS, type PieceJointeFormat } from '@info-parquet/common';

/** How many first bytes the sniffer needs to decide (enough for zip entry names and e-mail headers). */
export const SNIFF_BYTES = 64 * 1024;

const startsWith = (head: Buffer, bytes: number[], offset = 0) =>
  head.length >= offset + bytes.length && bytes.every((byte, i) => head[offset + i] === byte);
const ascii = (head: Buffer, text: string, offset = 0) => head.subarray(offset, offset + text.length).toString('latin1') === text;

/** Zip containers: OOXML (its parts are named in the local headers) or ODF (its first entry is `mimetype`). */
function zipFormat(head: Buffer): PieceJointeFormat | null {
  if (!startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return null;
  const nameLength = head.readUInt16LE(26);
  const firstName = head.subarray(30, 30 + nameLength).toString('latin1');
  if (firstName === 'mimetype') {
    const extraLength = head.readUInt16LE(28);
    const mimetype = head.subarray(30 + nameLength + extraLength, 30 + nameLength + extraLength + 60).toString('latin1');
    if (mimetype.startsWith('application/vnd.oasis.opendocument.')) return 'odf';
  }
  const names = head.toString('latin1');
  if (names.includes('[Content_Types].xml') && /(word|xl|ppt)\//.test(names)) return 'ooxml';
  return null;
}

function isUtf8Text(head: Buffer, complete: boolean): boolean {
  if (head.length === 0) return false;
  // A cut in the middle of a multi-byte character at the end of the sample is not an error.
  const sample = complete ? head : head.subarray(0, Math.max(0, head.length - 4));
  if (sample.includes(0)) return false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(sample);
  } catch {
    return false;
  }
  // Control characters other than tab, line feed, carriage return and form feed: binary data.
  for (const char of text) {
    const code = char.charCodeAt(0);
    if ((code < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(code)) || code === 0x7f) return false;
  }
  return true;
}

const MAIL_HEADER = /^(from|to|subject|date|received|return-path|message-id|mime-version|delivered-to|reply-to|x-[a-z0-9-]+):/im;

function isEmail(head: Buffer): boolean {
  const text = head.toString('utf8');
  const headerBlock = text.split(/\r?\n\r?\n/, 1)[0];
  const lines = headerBlock.split(/\r?\n/).filter((line) => line.length > 0);
  if (lines.length < 2) return false;
  // Every line of the header block is a "Name: value" header or the continuation of one.
  const wellFormed = lines.every((line) => /^[\x21-\x39\x3b-\x7e]+:/.test(line) || /^[ \t]/.test(line));
  return wellFormed && /^from:/im.test(headerBlock) && MAIL_HEADER.test(headerBlock);
}

/**
 * The format of a file from its first bytes (magic numbers), never from its name.
 * `complete` says whether `head` is the whole file (a short text file has no more bytes to show).
 */
export function sniffFormat(head: Buffer, complete: boolean): PieceJointeFormat | null {
  if (ascii(head, '%PDF-')) return 'pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (ascii(head, 'GIF87a') || ascii(head, 'GIF89a')) return 'gif';
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (ascii(head, 'RIFF') && ascii(head, 'WEBP', 8)) return 'webp';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole2';
  const zip = zipFormat(head);
  if (zip) return zip;
  if (isUtf8Text(head, complete)) return isEmail(head) ? 'eml' : 'text';
  return null;
}

export interface AcceptedType {
  format: PieceJointeFormat;
  mimeType: string;
}

/** The stored media type when the content's format and the name's extension agree, else null. */
export function acceptedType(format: PieceJointeFormat | null, originalName: string): AcceptedType | null {
  if (!format) return null;
  const extension = /\.([A-Za-z0-9]+)$/.exec(originalName)?.[1].toLowerCase() ?? '';
  const mimeType = (PIECE_JOINTE_FORMATS[format].extensions as Record<string, string>)[extension];
  if (mimeType) return { format, mimeType };
  // A message saved as `.txt` is still plain text.
  if (format === 'eml') return acceptedType('text', originalName);
  return null;
}
