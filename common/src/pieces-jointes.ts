/**
 * What a referral's documents may be: the limits and the accepted formats, shared by the form
 * (file input hint, messages before upload) and the API (which checks the content, not the name).
 */
export const PIECE_JOINTE_MAX_BYTES = 20 * 1024 * 1024;
export const SAISINE_PIECES_JOINTES_MAX_BYTES = 100 * 1024 * 1024;

/**
 * Formats recognised from the content (the API's sniffing decides the format), then the names
 * each may carry and the media type stored for each. A file whose name says another format is
 * refused: a text renamed `.pdf` or a program renamed `.doc` is not a document.
 */
export const PIECE_JOINTE_FORMATS = {
  pdf: { label: 'PDF', extensions: { pdf: 'application/pdf' } },
  png: { label: 'image PNG', extensions: { png: 'image/png' } },
  jpeg: { label: 'image JPEG', extensions: { jpg: 'image/jpeg', jpeg: 'image/jpeg', jpe: 'image/jpeg', jfif: 'image/jpeg' } },
  gif: { label: 'image GIF', extensions: { gif: 'image/gif' } },
  tiff: { label: 'image TIFF', extensions: { tif: 'image/tiff', tiff: 'image/tiff' } },
  webp: { label: 'image WebP', extensions: { webp: 'image/webp' } },
  ooxml: {
    label: 'document Office (Word, Excel, PowerPoint)',
    extensions: {
      docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    },
  },
  ole2: {
    label: 'document Office ancien ou message Outlook',
    extensions: {
      doc: 'application/msword',
      xls: 'application/vnd.ms-excel',
      ppt: 'application/vnd.ms-powerpoint',
      msg: 'application/vnd.ms-outlook',
    },
  },
  odf: {
    label: 'document OpenDocument',
    extensions: {
      odt: 'application/vnd.oasis.opendocument.text',
      ods: 'application/vnd.oasis.opendocument.spreadsheet',
      odp: 'application/vnd.oasis.opendocument.presentation',
    },
  },
  eml: { label: 'courriel', extensions: { eml: 'message/rfc822' } },
  text: { label: 'texte', extensions: { txt: 'text/plain', csv: 'text/csv' } },
} as const satisfies Record<string, { label: string; extensions: Record<string, string> }>;
export type PieceJointeFormat = keyof typeof PIECE_JOINTE_FORMATS;

/** The `accept` attribute of the form's file input: a hint only, the API decides on content. */
export const PIECE_JOINTE_ACCEPT = Object.values(PIECE_JOINTE_FORMATS)
  .flatMap((format) => Object.keys(format.extensions).map((extension) => `.${extension}`))
  .join(',');

export const PIECE_JOINTE_TYPES_TEXT =
  'PDF, images (PNG, JPEG, GIF, TIFF, WebP), documents Office ou OpenDocument, courriels (.eml, .msg), texte';

/** « 874 o », « 12 Ko », « 1,5 Mo », « 20 Mo » (a limit reads better without « ,0 »). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} o`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} Ko`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '').replace('.', ',')} Mo`;
}
