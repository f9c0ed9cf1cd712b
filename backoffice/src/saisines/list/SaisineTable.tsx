import type { MouseEvent } from 'react';
import { DataTable, Link } from 'react-admin';
import { CHANNEL_LABELS, SAISINE_KIND_SHORT_LABELS } from '@info-parquet/common';
import { formatDateTime } from '../../format';
import { SaisineListEmpty } from '../SaisineListEmpty';
import { StatusField } from '../StatusChip';
import type { SaisineListRecord } from '../types';
import { UrgentField } from '../UrgentChip';
import { BulkAssignButton } from './BulkAssignButton';
import { ClampedText } from './ClampedText';
import { SaisineTableBody } from './SaisineRow';
import { SelectionToolbar } from './SelectionToolbar';

const Column = DataTable.Col<SaisineListRecord>;

/** Shown on demand (« Colonnes »); the choice follows the user. */
export const HIDDEN_BY_DEFAULT = ['channel'];
/** The columns, in order, that « Colonnes » can show or hide (the court's own when one sees several). */
export const COLUMNS = ['reference', 'numeroParquet', 'receivedAt', 'urgent', 'status', 'channel', 'kind', 'senderAdministration', 'factsCommuneNom', 'assigneeName'];

/**
 * The referral list from a tablet up: ten columns within 1,280 px, rows selectable for bulk
 * actions by those who may move referrals.
 */
export const SaisineTable = ({ showCourt, canTransition }: { showCourt: boolean; canTransition: boolean }) => (
  <DataTable<SaisineListRecord>
    rowClick="show"
    // Ten columns within 1,280 px: narrower cell padding, references and dates on one line.
    sx={{
      '& .MuiTableCell-root': { px: 1 },
      '& .column-reference, & .column-numeroParquet': { whiteSpace: 'nowrap' },
    }}
    // Shown on demand ("Colonnes"); the choice follows the user.
    hiddenColumns={HIDDEN_BY_DEFAULT}
    // The buttons turn the row checkboxes on; SelectionToolbar shows them, only while something is selected.
    bulkActionButtons={canTransition ? <BulkAssignButton /> : false}
    bulkActionsToolbar={canTransition ? <SelectionToolbar /> : undefined}
    body={SaisineTableBody}
    empty={<SaisineListEmpty />}
  >
    {/* The reference is the row's link: the keyboard reaches each referral (a clickable row is not focusable). */}
    <Column
      source="reference"
      render={(record) => (
        <Link to={`/saisines/${record.id}/show`} onClick={(event: MouseEvent) => event.stopPropagation()}>
          {record.reference}
        </Link>
      )}
    />
    <Column source="numeroParquet" />
    <Column source="receivedAt" render={(record) => formatDateTime(record.receivedAt)} />
    <Column source="urgent" field={UrgentField} sortByOrder="DESC" />
    <Column source="status" field={StatusField} />
    <Column source="channel" disableSort render={(record) => CHANNEL_LABELS[record.channel] ?? record.channel} />
    <Column source="kind" disableSort render={(record) => SAISINE_KIND_SHORT_LABELS[record.kind] ?? record.kind} />
    <Column source="senderAdministration" disableSort render={(record) => <ClampedText text={record.senderAdministration} />} />
    <Column source="factsCommuneNom" disableSort render={(record) => <ClampedText text={record.factsCommuneNom} maxWidth={140} />} />
    <Column source="assigneeName" disableSort render={(record) => <ClampedText text={record.assigneeName} maxWidth={140} />} />
    {showCourt && <Column source="juridictionNom" disableSort />}
  </DataTable>
);
