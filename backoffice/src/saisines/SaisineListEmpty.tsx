import { useGetIdentity, useListContext } from 'react-admin';
import { QUICK_VIEWS, quickViewOf } from '@info-parquet/common';
import { EmptyList } from '../layout/ListStates';

/** What an empty page means depends on what was asked: a quick view, or filters of one's own. */
function emptyMessage(viewId: string | undefined): { title: string; detail: string } {
  if (viewId === 'a_traiter') {
    return {
      title: 'Aucune saisine à traiter',
      detail: 'Les saisines transmises à votre parquet par les administrations apparaîtront ici dès leur réception.',
    };
  }
  const view = QUICK_VIEWS.find((candidate) => candidate.id === viewId);
  if (view) return { title: `Aucune saisine dans la vue « ${view.label} »`, detail: 'Choisissez une autre vue ci-dessus.' };
  return { title: 'Aucune saisine ne correspond à ces filtres', detail: 'Modifiez ou retirez des filtres pour élargir la recherche.' };
}

/** Shown in place of the table when the page is empty; the tabs and filters stay above it. */
export const SaisineListEmpty = () => {
  const { filterValues } = useListContext();
  const { identity } = useGetIdentity();
  const viewId = identity ? quickViewOf(filterValues, { id: String(identity.id) }) : undefined;
  return <EmptyList {...emptyMessage(viewId)} />;
};
