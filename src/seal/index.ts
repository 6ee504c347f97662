// The seal of a block workbook (issue 14): SHA-256 of its canonical content, kept in the workbook with who sealed it
// and when; verify lists what changed since. Pure apart from @noble/hashes; the hosts write what planSeal returns.
export { planSeal, sealRecord, sealNote, vietnamTime, type SealPlan } from "./seal";
export { recordRows, readRecord, SEAL_SHEET, SEAL_SCHEMA, type SealRecord } from "./record";
export { verifySeal, verifyExitCode, logCutFindings, type VerifyReport, type VerifyStatus } from "./verify";
export { showValue, type SealChange } from "./diff";
export { sealValue, sealNumber } from "./normalize";
export { gridsForCheck, isValuesOnly } from "./values";
