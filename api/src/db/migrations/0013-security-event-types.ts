import type { Migration } from '../migrator';

const BEFORE = `'login_succeeded', 'login_failed', 'account_locked', 'account_unlocked',
  'rate_limited', 'permission_denied', 'logout_all', 'password_changed', 'role_changed'`;

/** Account life (creation, deactivation), password reset and the second factor are logged too. */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`
    ALTER TABLE security_events DROP CONSTRAINT security_events_type_check;
    ALTER TABLE security_events ADD CONSTRAINT security_events_type_check CHECK (type IN (${BEFORE},
      'user_created', 'user_deactivated', 'user_reactivated',
      'password_reset_requested', 'password_reset_completed',
      'mfa_enabled', 'mfa_disabled', 'mfa_failed', 'recovery_code_used'));
  `);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query(`
    ALTER TABLE security_events DROP CONSTRAINT security_events_type_check;
    ALTER TABLE security_events ADD CONSTRAINT security_events_type_check CHECK (type IN (${BEFORE}));
  `);
};
