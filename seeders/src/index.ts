export { seedReferenceData, type ReferenceDataReport } from './reference-data';
export { seedDemoAccounts, DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from './demo-accounts';
export { generateSaisines, DEFAULT_SEED, type GenerateSaisinesOptions, type GenerateSaisinesReport } from './demo-saisines';
export { importRoutage, RoutageFileError, type ImportRoutageReport } from './import-routage';
