/**
 * "En retard": urgent, still waiting, past its court's target (`urgence_delai_minutes`). Computed
 * when read, so it is exact to the second, whenever the escalation job last ran. Needs `s` and `j`.
 */
export const EN_RETARD_SQL = `(s.urgent AND s.status = 'recue'
  AND s.received_at + make_interval(mins => j.urgence_delai_minutes) <= now()) AS en_retard`;
