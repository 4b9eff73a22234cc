export * from './records';
export * from './row-errors';
export * from './cell-values';
export * from './date-format';
export * from './column-map';
export * from './row-context';
export * from './row-parser';
