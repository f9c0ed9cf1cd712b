import { totpFor } from '../../api/src/accounts/auth/totp';
import { DEMO_TOTP_SECRET } from '../../seeders/src/demo-accounts';

/** The demo administrator's current second-factor code (what `npm run demo:totp` prints). */
export const demoAdminTotpCode = () => totpFor(DEMO_TOTP_SECRET).generate();
