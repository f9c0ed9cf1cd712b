import { File as NodeFile } from 'node:buffer';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { PIECE_JOINTE_MAX_BYTES } from '@info-parquet/common';
import { received, server, setupFakeApi } from './support/api-server';
import { RECEIPT, storedPiece } from './support/fixtures';
import { fillValidSaisine, next, send } from './support/fill-form';
import { renderApp } from './support/render-app';

setupFakeApi();

const fileInput = () => screen.getByLabelText(/^Ajouter des fichiers/) as HTMLInputElement;
// jest-fixed-jsdom gives Node's FormData, which takes Node's File only (a browser has one of each).
const pdf = (name: string, content = '%PDF-1.7 test') =>
  new NodeFile([content], name, { type: 'application/pdf' }) as unknown as File;
const item = (name: string) => screen.getByText(name).closest('li') as HTMLElement;

describe('the documents of the referral', () => {
  it('uploads each file at once with a progress bar, shows its SHA-256, sends its id and lists it on the receipt', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.post('*/api/public/pieces-jointes', async ({ request }) => {
        const file = (await request.formData()).get('fichier') as File;
        received.uploads.push(file.name);
        await held;
        return HttpResponse.json(storedPiece(file.name, file.size), { status: 201 });
      }),
      http.post('*/api/public/saisines', async ({ request }) => {
        received.saisines.push({ body: await request.json(), idempotencyKey: request.headers.get('Idempotency-Key') });
        const piece = storedPiece('rapport.pdf', 13);
        return HttpResponse.json({ ...RECEIPT, acknowledgement: { ...RECEIPT.acknowledgement, piecesJointes: [piece] } }, { status: 201 });
      }),
    );
    const { user } = renderApp();
    await fillValidSaisine(user, { until: 'pieces' });
    expect(fileInput()).toHaveAttribute('accept', expect.stringContaining('.pdf'));
    expect(fileInput()).toHaveAttribute('multiple');
    await user.upload(fileInput(), pdf('rapport.pdf'));

    const bar = await screen.findByRole('progressbar', { name: 'Envoi de « rapport.pdf »' });
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(bar).toHaveAttribute('aria-valuemax', '100');
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    await waitFor(() => expect(received.uploads).toEqual(['rapport.pdf']));
    // The summary may be reached meanwhile, but nothing is sent before the file is stored.
    await next(user, 'recapitulatif');
    expect(screen.getByRole('button', { name: 'Envoyer la saisine' })).toBeDisabled();
    expect(screen.getByText(/attendez qu’il se termine pour envoyer la saisine/)).toBeInTheDocument();

    release();
    const { sha256, id } = storedPiece('rapport.pdf', 13);
    const toSend = within(screen.getByRole('list', { name: 'Pièces jointes à envoyer' }));
    expect(await toSend.findByText(sha256)).toBeInTheDocument();
    expect(toSend.getByText(/rapport\.pdf/)).toBeInTheDocument();
    const send = screen.getByRole('button', { name: 'Envoyer la saisine' });
    expect(send).toBeEnabled();

    await user.click(send);
    await screen.findByTestId('reference');
    expect(received.saisines[0].body).toMatchObject({ attachmentIds: [id] });
    const list = screen.getByRole('list', { name: 'Pièces jointes reçues' });
    expect(within(list).getByText(/rapport\.pdf/)).toBeInTheDocument();
    expect(within(list).getByText(sha256)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Télécharger l’accusé de réception (PDF)' })).toHaveAttribute(
      'href',
      RECEIPT.acknowledgement?.pdfUrl,
    );
  });

  it('shows the API’s 415 message on that file, and does not send its id', async () => {
    const message = 'Fichier « faux.pdf » refusé : son contenu n’est pas d’un type accepté.';
    server.use(http.post('*/api/public/pieces-jointes', () => HttpResponse.json({ message }, { status: 415 }), { once: true }));
    const { user } = renderApp();
    await fillValidSaisine(user, { until: 'pieces' });
    await user.upload(fileInput(), [pdf('faux.pdf'), pdf('vrai.pdf')]);
    expect(await within(item('faux.pdf')).findByText(message)).toBeInTheDocument();
    expect(await within(item('vrai.pdf')).findByText(storedPiece('vrai.pdf', 13).sha256)).toBeInTheDocument();

    await next(user, 'recapitulatif');
    expect(screen.queryByText('faux.pdf')).not.toBeInTheDocument();
    await send(user);
    await screen.findByTestId('reference');
    expect(received.saisines[0].body).toMatchObject({ attachmentIds: ['piece-vrai.pdf'] });
  });

  it('refuses a file over the limit before sending anything, and lets the agent remove it', async () => {
    const { user } = renderApp();
    await fillValidSaisine(user, { until: 'pieces' });
    const big = pdf('enorme.pdf');
    Object.defineProperty(big, 'size', { value: PIECE_JOINTE_MAX_BYTES + 1 });
    await user.upload(fileInput(), big);
    expect(within(item('enorme.pdf')).getByText(/au plus 20 Mo par fichier\. Il n’a pas été envoyé\./)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(received.uploads).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Retirer « enorme.pdf »' }));
    expect(screen.queryByText('enorme.pdf')).not.toBeInTheDocument();
  });
});
