import { formatBytes, PIECE_JOINTE_MAX_BYTES, SAISINE_PIECES_JOINTES_MAX_BYTES } from '@info-parquet/common';

/**
 * The checks made before sending a file, from common's limits (the API checks them again):
 * a French message when the file cannot be sent, null when it can.
 * `alreadyBytes`: the files of this referral already sent or being sent.
 */
export function refusalBeforeUpload(file: File, alreadyBytes: number): string | null {
  if (file.size === 0) return `« ${file.name} » est vide : choisissez un autre fichier.`;
  if (file.size > PIECE_JOINTE_MAX_BYTES) {
    return `« ${file.name} » pèse ${formatBytes(file.size)} : au plus ${formatBytes(PIECE_JOINTE_MAX_BYTES)} par fichier. Il n’a pas été envoyé.`;
  }
  if (alreadyBytes + file.size > SAISINE_PIECES_JOINTES_MAX_BYTES) {
    return (
      `« ${file.name} » (${formatBytes(file.size)}) porterait les pièces jointes au-delà de ` +
      `${formatBytes(SAISINE_PIECES_JOINTES_MAX_BYTES)} par saisine. Il n’a pas été envoyé : retirez une autre pièce pour l’ajouter.`
    );
  }
  return null;
}
