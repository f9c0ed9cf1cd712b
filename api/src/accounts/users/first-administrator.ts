import type { Database } from '../../db/database';
import { createAccount } from './write';

/**
 * A national administrator created from the command line: how a production deployment gets its
 * first account (no demo data there). The same creation as the back-office's (checks, security
 * log, activation mail), by nobody: the activation link (72 hours, single use) is returned to be
 * given by hand when no mail relay is set. The second factor is set up at the first sign-in.
 */
export async function createNationalAdministrator(db: Database, input: { email: string; displayName: string }, publicUrl: string) {
  const by = { origin: { ip: null, userAgent: 'ligne de commande (npm run admin:create)' }, userId: null, email: null };
  const fields = { email: input.email.trim(), displayName: input.displayName.trim(), role: 'admin_national', juridictionId: null, active: true };
  const { id, activation } = await createAccount(db, by, fields, publicUrl);
  return { id, activationLink: activation!.link, expiresAt: activation!.expiresAt };
}
