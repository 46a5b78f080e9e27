/** Every interaction id an import makes starts so: the commit finds the stored ones with one key-range read. */
export const IMPORTED_ID_PREFIX = 'import:';
