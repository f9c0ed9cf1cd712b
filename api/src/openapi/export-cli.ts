import fs from 'node:fs';
import path from 'node:path';
import { openApiDocument } from './document';

/**
 * Writes the OpenAPI document to a file, for linters and client generators:
 * `tsx api/src/openapi/export-cli.ts <file> [public URL]` (the URL of the `servers` entry,
 * PUBLIC_URL otherwise). The running API serves the same document at `/api/openapi.json`.
 */
const [file, publicUrl = process.env.PUBLIC_URL ?? 'http://localhost:3000'] = process.argv.slice(2);
if (!file) {
  console.error('Usage : tsx api/src/openapi/export-cli.ts <fichier> [URL publique]');
  process.exit(2);
}
fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
fs.writeFileSync(file, `${JSON.stringify(openApiDocument(publicUrl), null, 2)}\n`);
console.log(`Document OpenAPI écrit dans ${file}`);
