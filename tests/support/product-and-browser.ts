import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { startProduct, type ProductServer } from './server';

export interface ProductAndBrowser {
  product: ProductServer;
  browser: Browser;
}

/** The product (as `npm start` runs it) and Chromium, started once for a test file and stopped after it. */
export function useProductAndBrowser(options: Parameters<typeof startProduct>[0] = {}): ProductAndBrowser {
  const env = {} as ProductAndBrowser;
  beforeAll(async () => {
    env.product = await startProduct(options);
    env.browser = await launchBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.product?.stop();
  });
  return env;
}
