/** The error catalog: one type and its factories, grouped by topic. */
export * from './codes';
export * from './spanner-error';
export * from './general-errors';
export * from './sql-errors';
export * from './assert-never';
export * from './resource-errors';
