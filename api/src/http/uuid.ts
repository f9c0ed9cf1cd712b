import { UUID_PATTERN } from '@info-parquet/common';

/** An id of ours (PostgreSQL's gen_random_uuid): anything else in a path or a filter is not looked up. */
export const UUID = UUID_PATTERN;
