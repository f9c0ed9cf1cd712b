/**
 * A referral list's total is counted exactly up to this many; beyond, the API answers
 * `Content-Range: saisines 0-24/*` and the back-office says « plus de 10 000 ». A deep page or a
 * broad search never pays for counting a court's whole history.
 */
export const LIST_COUNT_BOUND = 10_000;

/** « plus de 10 000 »: what the back-office shows in place of a total past the bound. */
export const LIST_COUNT_BOUND_LABEL = `plus de ${LIST_COUNT_BOUND.toLocaleString('fr-FR').replace(/\s/g, '\u202f')}`;
