/** Every interaction id an import makes starts so: it never meets the id of a row logged or captured live. */
export const IMPORTED_ID_PREFIX = 'import:';
