import { loadConfig } from '../../config';
import { AppError } from '../../http/app-error';
import { openDatabase } from '../../db/open-database';
import { createNationalAdministrator } from './first-administrator';
import { resolveSessionSecret } from '../../session-secret';
import { configureMailSecrets } from '../../mail/mail-secrets';

/**
 * `npm run admin:create -- --email prenom.nom@justice.gouv.fr --nom "Prénom Nom"`: the first
 * national administrator of a deployment (DATABASE_URL, or the embedded database by default).
 */
function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main() {
  const email = option('email');
  const displayName = option('nom');
  if (!email || !displayName) {
    console.error('Usage : npm run admin:create -- --email prenom.nom@justice.gouv.fr --nom "Prénom Nom"');
    process.exit(2);
  }
  const config = loadConfig();
  // The activation mail's link is sealed with the key the server uses (derived from its session secret).
  configureMailSecrets(resolveSessionSecret(config.sessionSecret, config.dataDir));
  const database = await openDatabase((line) => console.log(line));
  let refused = false;
  try {
    const created = await createNationalAdministrator(database.db, { email, displayName }, config.publicUrl);
    console.log(`Administrateur national créé dans ${database.description} : ${email}.`);
    console.log(`Lien d’activation (à usage unique, valable jusqu’au ${created.expiresAt.toLocaleString('fr-FR', { timeZone: 'Europe/Paris' })}) :`);
    console.log(`  ${created.activationLink}`);
    console.log(config.smtpUrl ? 'Le même lien part par courriel.' : 'SMTP_URL n’est pas défini : transmettez ce lien vous-même.');
    console.log('À la première connexion, la double authentification (TOTP) sera activée.');
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`${error.message}${error.errors ? ` ${Object.values(error.errors).join(' ')}` : ''}`);
      refused = true;
    } else throw error;
  } finally {
    await database.close();
  }
  // Said explicitly: stopping the embedded PostgreSQL resets process.exitCode.
  if (refused) process.exit(1);
}

void main();
