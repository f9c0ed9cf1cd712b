import { OPEN_STATUSES, QUICK_VIEWS, QUICK_VIEW_IDS, quickViewOf } from '../src';

const me = { id: 'a5f0c6de-0000-4000-8000-0000000000aa' };

test('one view per id, labels in French, none shows closed referrals', () => {
  expect(QUICK_VIEWS.map((view) => view.id)).toEqual([...QUICK_VIEW_IDS]);
  expect(OPEN_STATUSES).not.toContain('cloturee');
  for (const view of QUICK_VIEWS) expect(view.filter(me).status).not.toContain('cloturee');
  expect(QUICK_VIEWS.find((view) => view.id === 'a_enregistrer')!.filter(me)).toEqual({ status: ['recue', 'transferee'] });
  expect(QUICK_VIEWS.find((view) => view.id === 'mes_saisines')!.filter(me)).toEqual({ status: OPEN_STATUSES, assigneeId: me.id });
});

test('quickViewOf recognises exactly a view’s filter, whatever the order of statuses', () => {
  for (const view of QUICK_VIEWS) expect(quickViewOf({ ...view.filter(me) }, me)).toBe(view.id);
  expect(quickViewOf({ status: ['transferee', 'recue'] }, me)).toBe('a_enregistrer');
  expect(quickViewOf({ status: 'decidee' }, me)).toBe('decidees_non_communiquees');
  expect(quickViewOf({ status: ['decidee'], q: 'fraude' }, me)).toBeUndefined();
  expect(quickViewOf({ status: OPEN_STATUSES, assigneeId: 'someone-else' }, me)).toBeUndefined();
  expect(quickViewOf({}, me)).toBeUndefined();
});
