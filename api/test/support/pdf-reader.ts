import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';

/**
 * Reads a generated PDF back as a reader would: the text of each line, decoded through each font's
 * Unicode map (ToUnicode), and the tagged structure (element types in reading order). Enough for
 * the PDFs this project writes; not a general PDF parser.
 */

const streamBytes = (stream: PDFRawStream) =>
  stream.dict.get(PDFName.of('Filter')) === PDFName.of('FlateDecode') ? inflateSync(stream.contents) : Buffer.from(stream.contents);

/** A ToUnicode CMap: source code (hex) → text. */
function parseCMap(text: string): Map<string, string> {
  const map = new Map<string, string>();
  const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, target] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(code.toLowerCase(), utf16(target));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, rest] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const start = parseInt(from, 16);
      const end = parseInt(to, 16);
      const targets = rest.startsWith('[') ? [...rest.matchAll(/<([0-9a-fA-F]+)>/g)].map((m) => m[1]) : null;
      for (let code = start; code <= end; code++) {
        const key = code.toString(16).padStart(from.length, '0');
        if (targets) map.set(key, utf16(targets[code - start]));
        else map.set(key, utf16((parseInt(rest.slice(1, -1), 16) + code - start).toString(16).padStart(rest.length - 2, '0')));
      }
    }
  }
  return map;
}

const resolve = <T extends PDFObject>(doc: PDFDocument, object: PDFObject | undefined): T | undefined =>
  (object instanceof PDFRef ? doc.context.lookup(object) : object) as T | undefined;

export async function readPdf(bytes: Uint8Array): Promise<{ doc: PDFDocument; text: string; structure: string[]; fonts: Array<{ name: string; embedded: boolean }> }> {
  const doc = await PDFDocument.load(bytes);
  const lines: string[] = [];
  const fonts: Array<{ name: string; embedded: boolean }> = [];
  for (const page of doc.getPages()) {
    const fontDict = resolve<PDFDict>(doc, page.node.Resources()?.get(PDFName.of('Font')));
    const maps = new Map<string, Map<string, string>>();
    for (const [key, ref] of fontDict?.entries() ?? []) {
      const font = resolve<PDFDict>(doc, ref)!;
      const toUnicode = resolve<PDFRawStream>(doc, font.get(PDFName.of('ToUnicode')));
      maps.set(key.asString().slice(1), toUnicode ? parseCMap(streamBytes(toUnicode).toString('latin1')) : new Map());
      const descendant = resolve<PDFArray>(doc, font.get(PDFName.of('DescendantFonts')));
      const cid = descendant ? resolve<PDFDict>(doc, descendant.get(0)) : font;
      const descriptor = resolve<PDFDict>(doc, cid?.get(PDFName.of('FontDescriptor')));
      const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((file) => descriptor?.has(PDFName.of(file)));
      fonts.push({ name: String(font.get(PDFName.of('BaseFont'))), embedded });
    }
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => resolve<PDFRawStream>(doc, ref)!) : [resolve<PDFRawStream>(doc, contents)!];
    let current = new Map<string, string>();
    for (const stream of streams) {
      const content = streamBytes(stream).toString('latin1');
      for (const token of content.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|\[((?:[^\]\\]|\\.)*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
        if (token[1]) {
          current = maps.get(token[1]) ?? new Map();
          continue;
        }
        const hexes = token[2] !== undefined ? [...token[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]) : [token[3]];
        let line = '';
        for (const hex of hexes) {
          const width = current.size ? [...current.keys()][0].length : 2;
          for (let i = 0; i < hex.length; i += width) {
            const code = hex.slice(i, i + width).toLowerCase();
            line += current.get(code) ?? String.fromCharCode(parseInt(code, 16));
          }
        }
        lines.push(line);
      }
    }
  }
  const structure: string[] = [];
  const walk = (node: PDFObject | undefined) => {
    const value = resolve<PDFObject>(doc, node);
    if (value instanceof PDFArray) return value.asArray().forEach(walk);
    if (!(value instanceof PDFDict)) return;
    const type = value.get(PDFName.of('S'));
    if (type) structure.push(String(type).slice(1));
    walk(value.get(PDFName.of('K')));
  };
  walk(resolve<PDFDict>(doc, doc.catalog.get(PDFName.of('StructTreeRoot')))?.get(PDFName.of('K')));
  return { doc, text: lines.join('\n'), structure, fonts };
}
