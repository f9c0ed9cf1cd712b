export * from './statuses';
export * from './labels';
export * from './reference';
export * from './siret';
export * from './dates';
export * from './saisine-schema';
export * from './workflow';
export * from './abilities';
