import path from 'node:path';
import PDFDocument from 'pdfkit';
import {
  ACCUSE_RECEPTION_MENTION_LEGALE,
  SAISINE_KIND_LABELS,
  SUIVI_LINK_NOTICE,
  formatBytes,
  formatDateTimeParis,
} from '@info-parquet/common';
import { PROJECT_ROOT } from '../../config';
import type { AccuseReception } from './data';

/**
 * The acknowledgement of receipt as an accessible PDF (PDF/UA's ingredients): tagged structure
 * (headings, paragraphs, a list of the documents) in reading order, the decorative header marked
 * as an artifact, the Marianne fonts embedded (subsets, with their Unicode map: every French
 * letter and sign prints and can be copied), document title shown by readers, language `fr-FR`.
 * pdfkit writes tagged PDF (pdf-lib cannot).
 */
const FONTS = path.join(PROJECT_ROOT, 'api', 'assets', 'fonts');
const BLUE = '#000091'; // DSFR « bleu France »
const GREY = '#3a3a3a'; // 11:1 on white
const MARGIN = 56;

type Doc = InstanceType<typeof PDFDocument>;
type Struct = ReturnType<Doc['struct']>;

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

/** The acknowledgement of receipt as a PDF (A4, French), with the same facts as the screen and the e-mail. */
export async function renderAccuseReceptionPdf(ar: AccuseReception): Promise<Uint8Array> {
  const title = `Accusé de réception de la saisine ${ar.reference}`;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'fr-FR',
    displayTitle: true,
    info: {
      Title: title,
      Subject: `Saisine ${ar.reference} reçue le ${formatDateTimeParis(ar.receivedAt)} par le parquet du ${ar.juridiction.nom}`,
      Author: 'Info Parquet',
      Creator: 'Info Parquet',
      Producer: 'Info Parquet',
      Keywords: [ar.reference, 'accusé de réception', 'article 40'].join(', '),
      CreationDate: ar.receivedAt,
      ModDate: ar.receivedAt,
    },
  });
  const done = collect(doc);
  doc.registerFont('regular', path.join(FONTS, 'Marianne-Regular.woff'));
  doc.registerFont('bold', path.join(FONTS, 'Marianne-Bold.woff'));

  const root = doc.struct('Document');
  doc.addStructure(root);
  const section = (parent: Struct) => {
    const part = doc.struct('Sect');
    parent.add(part);
    return part;
  };
  const write = (parent: Struct, type: string, text: string, style: { font?: 'regular' | 'bold'; size: number; color?: string; gap?: number }) => {
    doc.font(style.font ?? 'regular').fontSize(style.size).fillColor(style.color ?? '#161616');
    doc.text(text, { structParent: parent, structType: type, lineGap: style.size * 0.3 } as PDFKit.Mixins.TextOptions);
    if (style.gap) doc.moveDown(style.gap / style.size);
  };

  // The service's name above the title is decoration: an artifact, not read out.
  doc.markContent('Artifact', { type: 'Pagination' });
  doc.font('regular').fontSize(9).fillColor(GREY).text('Info Parquet — transmission des saisines aux parquets');
  doc.endMarkedContent();
  doc.moveDown(1);

  write(root, 'H1', 'Accusé de réception', { font: 'bold', size: 20, color: BLUE, gap: 2 });
  write(root, 'P', `Saisine ${ar.reference}`, { font: 'bold', size: 14, gap: 14 });

  const facts = section(root);
  const fact = (label: string, value: string) => {
    write(facts, 'H2', label, { font: 'bold', size: 10, color: GREY, gap: 1 });
    write(facts, 'P', value, { size: 11, gap: 8 });
  };
  fact('Référence', ar.reference);
  fact('Reçue le', formatDateTimeParis(ar.receivedAt));
  fact('Parquet destinataire', `${ar.juridiction.nom}${ar.juridiction.adresse ? `\n${ar.juridiction.adresse}` : ''}`);
  fact('Nature', `${SAISINE_KIND_LABELS[ar.kind]}${ar.urgent ? ` — URGENTE : ${ar.urgencyReason}` : ''}`);
  fact(
    'Expéditeur',
    [`${ar.sender.agentName}, ${ar.sender.agentFunction}`, [ar.sender.administration, ar.sender.service].filter(Boolean).join(' — '), ar.sender.email].join('\n'),
  );

  const pieces = section(root);
  write(pieces, 'H2', `Pièces jointes (${ar.piecesJointes.length})`, { font: 'bold', size: 10, color: GREY, gap: 1 });
  if (ar.piecesJointes.length === 0) write(pieces, 'P', 'Aucune pièce jointe.', { size: 11, gap: 8 });
  else {
    const list = doc.struct('L');
    pieces.add(list);
    for (const piece of ar.piecesJointes) {
      const item = doc.struct('LI');
      list.add(item);
      const body = doc.struct('LBody');
      item.add(body);
      write(body, 'P', `${piece.originalName} (${formatBytes(piece.sizeBytes)})`, { size: 10 });
      write(body, 'P', `SHA-256 : ${piece.sha256}`, { size: 8, color: GREY, gap: 5 });
      body.end();
      item.end();
    }
    list.end();
  }
  doc.moveDown(0.3);

  const tracking = section(root);
  write(tracking, 'H2', 'Suivi de la saisine', { font: 'bold', size: 10, color: GREY, gap: 1 });
  write(tracking, 'P', ar.trackingUrl, { size: 10, color: BLUE, gap: 2 });
  write(tracking, 'P', SUIVI_LINK_NOTICE, { size: 9, color: GREY, gap: 14 });

  const mentions = section(root);
  write(mentions, 'P', ACCUSE_RECEPTION_MENTION_LEGALE, { size: 9, color: GREY, gap: 6 });
  write(
    mentions,
    'P',
    'L’empreinte SHA-256 de chaque pièce permet de vérifier que le document conservé par le parquet est identique à celui qui a été transmis.',
    { size: 9, color: GREY },
  );
  for (const part of [facts, pieces, tracking, mentions]) part.end();
  root.end();
  doc.end();
  return done;
}
