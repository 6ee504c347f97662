// Where a values-only workbook is read: kept in src/workbook so every host (Office, files) reads it the same way.
export { gridsForCheck, isValuesOnly } from "../workbook/seal-values";
