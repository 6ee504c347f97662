// The one piece of Office.js the adapter is handed: Excel.run. Injected, so the adapter never reads the `Excel`
// global (absent in jest and in the bench) and tests pass a fake workbook's run.
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Office.context.requirements, or what stands for it. */
export interface Requirements {
  isSetSupported(name: string, version?: string): boolean;
}
