import type { Database } from '../../db/database';
import { SUIVI_LINK_INVALID } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import { hashTrackingToken, TRACKING_TOKEN_PATTERN } from '../../suivi/tracking-token';
import { saisineIdByTokenHash } from '../../suivi/suivi-repository';
import { loadAccuseReception, pdfUrlFor, trackingUrlFor } from './data';
import { renderAccuseReceptionPdf } from './pdf';


/** `GET /api/public/suivi/:token/accuse-reception.pdf`: the PDF, for whoever holds the tracking link. */
export async function accuseReceptionPdfByToken(
  db: Database,
  publicUrl: string,
  token: string,
): Promise<{ reference: string; pdf: Uint8Array }> {
  if (!TRACKING_TOKEN_PATTERN.test(token)) throw AppError.notFound(SUIVI_LINK_INVALID);
  const saisineId = await saisineIdByTokenHash(db, hashTrackingToken(token));
  if (!saisineId) throw AppError.notFound(SUIVI_LINK_INVALID);
  const ar = await loadAccuseReception(db, saisineId, {
    trackingUrl: trackingUrlFor(publicUrl, token),
    pdfUrl: pdfUrlFor(publicUrl, token),
  });
  return { reference: ar.reference, pdf: await renderAccuseReceptionPdf(ar) };
}
