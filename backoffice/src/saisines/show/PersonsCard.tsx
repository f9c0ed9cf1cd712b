import { Chip, List, ListItem, ListItemText, Typography } from '@mui/material';
import { PERSON_ROLE_LABELS, PERSON_TYPE_LABELS } from '@info-parquet/common';
import { formatIsoDate } from '../../format';
import type { SaisineDetail, SaisinePerson } from '../types';
import { SectionCard } from './SectionCard';

/** `DURAND Alex` for a natural person, the company name for a legal one. */
export function personName(person: SaisinePerson): string {
  if (person.type === 'morale') return person.name ?? 'Personne morale sans nom';
  return [person.lastName?.toUpperCase(), person.firstName].filter(Boolean).join(' ') || 'Identité inconnue';
}

function personDetails(person: SaisinePerson): string {
  const details: string[] = [PERSON_TYPE_LABELS[person.type] ?? person.type];
  if (person.type === 'morale' && person.siret) details.push(`SIRET ${person.siret}`);
  if (person.type === 'physique' && person.birthDate) details.push(`né(e) le ${formatIsoDate(person.birthDate)}`);
  if (person.address) details.push(person.address);
  return details.join(' · ');
}

export const PersonsCard = ({ record }: { record: SaisineDetail }) => (
  <SectionCard title="Personnes">
    {record.persons.length === 0 ? (
      <Typography color="text.secondary">Aucune personne n’est mentionnée dans cette saisine.</Typography>
    ) : (
      <List dense disablePadding>
        {record.persons.map((person) => (
          <ListItem key={person.id} disableGutters divider>
            <ListItemText primary={personName(person)} secondary={personDetails(person)} />
            <Chip
              label={PERSON_ROLE_LABELS[person.role] ?? person.role}
              size="small"
              color={person.role === 'mis_en_cause' ? 'warning' : 'default'}
              variant="outlined"
            />
          </ListItem>
        ))}
      </List>
    )}
  </SectionCard>
);
