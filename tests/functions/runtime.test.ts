// The error boundary and the CustomFunctions guard: local errors in jest, Excel's error class when the runtime exists.
import { boundary, cellError, LocalCellError, valueProblem } from "../../src/functions/errors";
import { callError } from "./helpers";

/** A stand-in for Excel's runtime global, as the shared runtime defines it. */
class FakeExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

function withFakeRuntime<T>(run: (associated: [string, unknown][]) => T): T {
  const associated: [string, unknown][] = [];
  const global = globalThis as Record<string, unknown>;
  global.CustomFunctions = { Error: FakeExcelError, associate: (id: string, fn: unknown) => associated.push([id, fn]) };
  try {
    return run(associated);
  } finally {
    delete global.CustomFunctions;
  }
}

describe("error boundary", () => {
  test("a whole-call problem becomes one cell error with its message", () => {
    const error = callError(() => boundary("RANK", () => { throw valueProblem("ARG_REQUIRED", { arg: { label: "ARG_TOTALS" } }); }));
    expect(error).toBeInstanceOf(LocalCellError);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("Thiếu tổng điểm.");
  });

  test("an unexpected exception still ends as #VALUE! with a message, never a stack trace or #BUSY!", () => {
    const error = callError(() => boundary("TOTAL", () => { throw new TypeError("x is undefined"); }));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("Lỗi không mong đợi trong KHOI.TOTAL: x is undefined. Hãy báo cho người phụ trách Khối kèm tệp Excel.");
  });

  test("inside Excel the errors are CustomFunctions.Error with the code and the message", () => {
    withFakeRuntime(() => {
      const error = cellError("#N/A", "POINTS_SCORE_MISSING", { row: 3 }) as unknown as FakeExcelError;
      expect(error).toBeInstanceOf(FakeExcelError);
      expect(error.code).toBe("#N/A");
      expect(error.message).toBe("Dòng 3: chưa có kết quả thực hiện.");
    });
  });
});

describe("functions module", () => {
  test("loads without Office and associates nothing by itself", () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const functions = require("../../src/functions/functions");
      expect(typeof functions.CustomFunctions.associate).toBe("function");
      expect(() => functions.CustomFunctions.associate("RANK", functions.rank)).not.toThrow();
    });
  });

  test("inside Excel, the build's appended associate lines reach the real runtime, once per call", () => {
    withFakeRuntime((associated) => {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const functions = require("../../src/functions/functions");
        expect(associated).toEqual([]);
        // What custom-functions-metadata-plugin's loader appends: CustomFunctions.associate("RANK", rank);
        functions.CustomFunctions.associate("RANK", functions.rank);
        expect(associated).toEqual([["RANK", functions.rank]]);
      });
    });
  });
});
