/** A file chosen in react-admin's `<FileInput>`. */
export interface ChosenFile {
  rawFile: File;
  title?: string;
}

/**
 * Uploads the scanned documents first (the attachments API: one file per request, multipart
 * field `fichier`), then the referral names them by id, as the public form does.
 */
export async function uploadPieces(files: ChosenFile[] | undefined, apiUrl = '/api'): Promise<string[]> {
  const ids: string[] = [];
  for (const file of files ?? []) {
    const body = new FormData();
    body.append('fichier', file.rawFile, file.rawFile.name);
    const response = await fetch(`${apiUrl}/public/pieces-jointes`, { method: 'POST', body, credentials: 'include' });
    const json = (await response.json().catch(() => ({}))) as { id?: string; message?: string };
    if (!response.ok || !json.id) throw new Error(json.message ?? `La pièce « ${file.rawFile.name} » n’a pas pu être envoyée.`);
    ids.push(json.id);
  }
  return ids;
}
