import { MenuItem, TextField } from '@mui/material';
import { useGetList } from 'react-admin';
import { ROLE_LABELS, type Role } from '@info-parquet/common';

interface CourtUser {
  id: string;
  displayName: string;
  role: Role;
}

interface CourtUserSelectProps {
  id: string;
  label: string;
  juridictionId: string;
  roles: Role[];
  value: string;
  error?: string;
  onChange(value: string): void;
}

/** A choice among the active users of the referral's court (`GET /api/users`). */
export const CourtUserSelect = ({ id, label, juridictionId, roles, value, error, onChange }: CourtUserSelectProps) => {
  const { data = [], isPending } = useGetList<CourtUser>('users', {
    filter: { juridictionId, role: roles, active: true },
    sort: { field: 'displayName', order: 'ASC' },
    pagination: { page: 1, perPage: 200 },
  });
  return (
    <TextField
      id={id}
      select
      required
      fullWidth
      label={label}
      value={isPending ? '' : value}
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(error)}
      helperText={error ?? (isPending ? 'Chargement des personnes de la juridiction…' : ' ')}
    >
      {data.map((user) => (
        <MenuItem key={user.id} value={user.id}>
          {user.displayName} — {ROLE_LABELS[user.role] ?? user.role}
        </MenuItem>
      ))}
    </TextField>
  );
};
