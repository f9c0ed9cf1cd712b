/** An id of ours (PostgreSQL's gen_random_uuid): anything else in a path, a filter or a body is not looked up. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
