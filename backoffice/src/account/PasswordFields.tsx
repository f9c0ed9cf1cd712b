import { PASSWORD_MIN_LENGTH, passwordPolicy } from '@info-parquet/common';
import { Stack, TextField } from '@mui/material';

export const PASSWORD_POLICY_TEXT = `Au moins ${PASSWORD_MIN_LENGTH} caractères, pas un mot de passe courant ni prévisible, sans votre identifiant (la partie de votre adresse avant « @ »). Une phrase de plusieurs mots est un bon choix.`;

export interface PasswordPair {
  password: string;
  confirmation: string;
}

/** The problems the browser can see before asking the API (which applies the full policy). */
export function passwordPairErrors({ password, confirmation }: PasswordPair): Partial<Record<keyof PasswordPair, string>> {
  const problem = passwordPolicy.check(password);
  if (problem) return { password: problem };
  if (password !== confirmation) return { confirmation: 'Les deux mots de passe ne sont pas identiques.' };
  return {};
}

/** A new password typed twice, with the policy under the first field. */
export const PasswordFields = ({
  value,
  onChange,
  errors,
}: {
  value: PasswordPair;
  onChange: (value: PasswordPair) => void;
  errors: Partial<Record<keyof PasswordPair, string>>;
}) => (
  <Stack spacing={2}>
    <TextField
      label="Nouveau mot de passe"
      type="password"
      autoComplete="new-password"
      required
      value={value.password}
      onChange={(event) => onChange({ ...value, password: event.target.value })}
      error={Boolean(errors.password)}
      helperText={errors.password ?? PASSWORD_POLICY_TEXT}
    />
    <TextField
      label="Confirmez le nouveau mot de passe"
      type="password"
      autoComplete="new-password"
      required
      value={value.confirmation}
      onChange={(event) => onChange({ ...value, confirmation: event.target.value })}
      error={Boolean(errors.confirmation)}
      helperText={errors.confirmation ?? ' '}
    />
  </Stack>
);
