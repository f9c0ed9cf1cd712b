import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import {
  ACCUSE_RECEPTION_MENTION_LEGALE,
  SAISINE_KIND_LABELS,
  SUIVI_LINK_NOTICE,
  formatBytes,
  formatDateTimeParis,
} from '@info-parquet/common';
import type { AccuseReception } from './data';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const WIDTH = A4[0] - 2 * MARGIN;
const BLUE = rgb(0, 0, 0.57); // DSFR "bleu France"
const GREY = rgb(0.33, 0.33, 0.33);

interface Style {
  font: PDFFont;
  size: number;
  color?: ReturnType<typeof rgb>;
  gap?: number;
}

/** Writes lines top-down, wrapping words and turning pages. */
class Writer {
  private page!: PDFPage;
  private y = 0;

  constructor(
    private readonly doc: PDFDocument,
    private readonly charset: Set<number>,
  ) {
    this.newPage();
  }

  private newPage() {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  /** The standard fonts speak WinAnsi: French letters yes, other characters become "?". */
  private encodable(text: string): string {
    return [...text.replace(/[\u00a0\u202f\u2009]/g, ' ')]
      .map((char) => (this.charset.has(char.codePointAt(0)!) ? char : '?'))
      .join('');
  }

  private wrap(text: string, { font, size }: Style): string[] {
    const lines: string[] = [];
    // Split first: a line break is not in the font's charset and would print as "?".
    for (const paragraph of text.split('\n').map((part) => this.encodable(part))) {
      let line = '';
      for (const word of paragraph.split(' ')) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) <= WIDTH) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        // A word wider than the page (a link, a digest) is cut anywhere.
        line = '';
        for (const char of word) {
          if (font.widthOfTextAtSize(line + char, size) > WIDTH) {
            lines.push(line);
            line = '';
          }
          line += char;
        }
      }
      lines.push(line);
    }
    return lines;
  }

  text(text: string, style: Style) {
    const lineHeight = style.size * 1.35;
    for (const line of this.wrap(text, style)) {
      if (this.y - lineHeight < MARGIN) this.newPage();
      this.y -= lineHeight;
      this.page.drawText(line, { x: MARGIN, y: this.y, size: style.size, font: style.font, color: style.color ?? rgb(0, 0, 0) });
    }
    this.y -= style.gap ?? 0;
  }

  space(points: number) {
    this.y -= points;
  }
}

/** The acknowledgement of receipt as a PDF (A4, French), with the same facts as the screen and the e-mail. */
export async function renderAccuseReceptionPdf(ar: AccuseReception): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const title = `Accusé de réception de la saisine ${ar.reference}`;
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setSubject(`Saisine ${ar.reference} reçue le ${formatDateTimeParis(ar.receivedAt)} par le parquet du ${ar.juridiction.nom}`);
  doc.setAuthor('Info Parquet');
  doc.setCreator('Info Parquet');
  doc.setProducer('Info Parquet');
  doc.setLanguage('fr-FR');
  doc.setKeywords([ar.reference, 'accusé de réception', 'article 40']);
  doc.setCreationDate(ar.receivedAt);
  doc.setModificationDate(ar.receivedAt);

  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const mono = await doc.embedFont(StandardFonts.Courier);
  const charset = new Set(regular.getCharacterSet());
  const w = new Writer(doc, charset);
  const label = (text: string) => w.text(text, { font: bold, size: 10, color: GREY, gap: 1 });
  const value = (text: string) => w.text(text, { font: regular, size: 11, gap: 8 });

  w.text('Info Parquet — transmission des saisines aux parquets', { font: regular, size: 9, color: GREY, gap: 14 });
  w.text('Accusé de réception', { font: bold, size: 20, color: BLUE, gap: 2 });
  w.text(`Saisine ${ar.reference}`, { font: bold, size: 14, gap: 16 });

  label('Référence');
  value(ar.reference);
  label('Reçue le');
  value(formatDateTimeParis(ar.receivedAt));
  label('Parquet destinataire');
  value(`${ar.juridiction.nom}${ar.juridiction.adresse ? `\n${ar.juridiction.adresse}` : ''}`);
  label('Nature');
  value(`${SAISINE_KIND_LABELS[ar.kind]}${ar.urgent ? ` — URGENTE : ${ar.urgencyReason}` : ''}`);
  label('Expéditeur');
  value(
    [
      `${ar.sender.agentName}, ${ar.sender.agentFunction}`,
      [ar.sender.administration, ar.sender.service].filter(Boolean).join(' — '),
      ar.sender.email,
    ].join('\n'),
  );

  label(`Pièces jointes (${ar.piecesJointes.length})`);
  if (ar.piecesJointes.length === 0) value('Aucune pièce jointe.');
  for (const piece of ar.piecesJointes) {
    w.text(`${piece.originalName} (${formatBytes(piece.sizeBytes)})`, { font: regular, size: 10, gap: 0 });
    w.text(`SHA-256 : ${piece.sha256}`, { font: mono, size: 8, color: GREY, gap: 5 });
  }
  w.space(4);

  label('Suivi de la saisine');
  w.text(ar.trackingUrl, { font: regular, size: 10, color: BLUE, gap: 2 });
  w.text(SUIVI_LINK_NOTICE, { font: regular, size: 9, color: GREY, gap: 14 });

  w.text(ACCUSE_RECEPTION_MENTION_LEGALE, { font: regular, size: 9, color: GREY, gap: 6 });
  w.text(
    'L’empreinte SHA-256 de chaque pièce permet de vérifier que le document conservé par le parquet est identique à celui qui a été transmis.',
    { font: regular, size: 9, color: GREY },
  );
  return doc.save();
}
