import { Typography } from '@mui/material';
import { DataTable, Pagination, ReferenceManyField, type RaRecord } from 'react-admin';
import type { ReferenceChangeRecord } from '@info-parquet/common';
import { formatDateTime } from '../format';

const FIELD_LABELS: Record<string, string> = {
  adresse: 'Adresse',
  emailBureauOrdre: 'Bureau d’ordre',
  emailPermanence: 'Permanence',
  telephonePermanence: 'Téléphone de la permanence',
  urgenceDelaiMinutes: 'Délai cible (minutes)',
  active: 'Active',
  nom: 'Nom',
  kind: 'Type',
  departementCode: 'Département',
  email: 'Adresse électronique',
  siret: 'SIRET',
};

const value = (v: unknown) => (v === null || v === undefined || v === '' ? '∅' : v === true ? 'oui' : v === false ? 'non' : String(v));

export const describeChanges = (changes: ReferenceChangeRecord['changes']) =>
  Object.entries(changes)
    .map(([field, { from, to }]) => `${FIELD_LABELS[field] ?? field} : ${value(from)} → ${value(to)}`)
    .join(' ; ');

const Column = DataTable.Col<ReferenceChangeRecord>;

const NoChange = () => <Typography color="text.secondary">Aucune modification enregistrée.</Typography>;

/**
 * Who changed this court or administration, when, and how (`GET /api/reference-changes`). The
 * `entity` filter counts as a filter to react-admin, whose empty table would then offer to
 * « Effacer les filtres »: the table gets our own empty state.
 */
export const ChangeHistory = ({ entity }: { entity: 'juridiction' | 'administration' }) => (
  <>
    <Typography variant="h6" component="h2" sx={{ mt: 3 }}>
      Historique des modifications
    </Typography>
    <ReferenceManyField<RaRecord, ReferenceChangeRecord>
      reference="reference-changes"
      target="entityId"
      filter={{ entity }}
      sort={{ field: 'at', order: 'DESC' }}
      perPage={10}
      pagination={<Pagination rowsPerPageOptions={[]} />}
      empty={<NoChange />}
    >
      <DataTable<ReferenceChangeRecord> bulkActionButtons={false} rowClick={false} empty={<NoChange />}>
        <Column source="at" label="Date" disableSort render={(record) => formatDateTime(record.at)} />
        <Column source="userEmail" label="Par" disableSort />
        <Column source="changes" label="Modifications" disableSort render={(record) => describeChanges(record.changes)} />
      </DataTable>
    </ReferenceManyField>
  </>
);
