import type { Browser, Page } from 'playwright-core';

export interface TransferSummary {
  name: string;
  requests: number;
  /** Bytes received on the wire (headers and compressed body), per kind of resource. */
  bytes: Record<'script' | 'stylesheet' | 'font' | 'document' | 'other', number>;
  total: number;
}

/**
 * The bytes a fresh browser (empty cache) receives while `journey` runs, from Chromium's own
 * network accounting (`encodedDataLength` of each finished request).
 */
export async function transferredWhile(browser: Browser, name: string, journey: (page: Page) => Promise<void>): Promise<TransferSummary> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const kinds = new Map<string, string>();
  const summary: TransferSummary = { name, requests: 0, bytes: { script: 0, stylesheet: 0, font: 0, document: 0, other: 0 }, total: 0 };
  cdp.on('Network.responseReceived', (event) => kinds.set(event.requestId, String(event.type).toLowerCase()));
  cdp.on('Network.loadingFinished', (event) => {
    const kind = kinds.get(event.requestId) ?? 'other';
    const key = (kind in summary.bytes ? kind : 'other') as keyof TransferSummary['bytes'];
    summary.bytes[key] += event.encodedDataLength;
    summary.total += event.encodedDataLength;
    summary.requests += 1;
  });
  try {
    await journey(page);
  } finally {
    await context.close();
  }
  return summary;
}
