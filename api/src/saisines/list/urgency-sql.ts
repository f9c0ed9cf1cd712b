/**
 * "En retard": urgent, not taken into account (« Prendre en compte » or a first court action), past its court's target (`urgence_delai_minutes`). Computed
 * when read, so it is exact to the second, whenever the escalation job last ran. Needs `s` and `j`.
 */
export const EN_RETARD_SQL = `(s.urgent AND s.first_ack_at IS NULL
  AND s.received_at + make_interval(mins => j.urgence_delai_minutes) <= now()) AS en_retard`;
