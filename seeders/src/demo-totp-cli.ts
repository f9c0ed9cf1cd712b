// `npm run demo:totp`: the demo national administrator's current TOTP code (demo data only).
import { totpFor } from '@info-parquet/api/src/accounts/auth/totp';
import { DEMO_TOTP_EMAIL, DEMO_TOTP_SECRET } from './demo-accounts';

const totp = totpFor(DEMO_TOTP_SECRET, DEMO_TOTP_EMAIL);
const seconds = totp.period - (Math.floor(Date.now() / 1000) % totp.period);
console.log(`Code de ${DEMO_TOTP_EMAIL} : ${totp.generate()} (valable encore ${seconds} s)`);
console.log(`Secret à ajouter à une application d’authentification : ${DEMO_TOTP_SECRET}`);
