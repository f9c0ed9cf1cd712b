import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface TestSmtpServer {
  /** Every message accepted, raw (headers and body), in order. */
  received: string[];
  /** What SMTP_URL should be to send here. */
  url: string;
  close(): Promise<void>;
}

/**
 * A real SMTP server on loopback that records what it accepts: `refuse` decides to answer 451
 * (a temporary failure) instead, after `delayMs`. `port`: a given one (a relay that comes back).
 */
export async function startSmtpServer(options: { refuse?: () => boolean; delayMs?: number; port?: number } = {}): Promise<TestSmtpServer> {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        setTimeout(() => {
          if (options.refuse?.()) {
            const error = Object.assign(new Error('Service temporairement indisponible'), { responseCode: 451 });
            return callback(error);
          }
          received.push(Buffer.concat(chunks).toString('utf8'));
          callback();
        }, options.delayMs ?? 0);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return { received, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
