// The KHOI.* functions speak the language the officer chose in the task pane (saved in the page's storage).
import { rank } from "../../src/functions/functions";
import { setFunctionLanguage } from "../../src/functions/messages";
import { saveLanguage } from "../../src/preferences/language";

function rowMessage(result: unknown[][]): string {
  return (result[1][0] as Error).message;
}

describe("message language of the functions", () => {
  afterEach(() => {
    localStorage.clear();
    setFunctionLanguage(null);
  });

  it("follows the pane's saved choice: Vietnamese by default, English once chosen", () => {
    const totals = [[90], ["chín mươi"]];
    const vietnamese = rowMessage(rank(totals));
    saveLanguage("en");
    const english = rowMessage(rank(totals));
    expect(english).not.toBe(vietnamese);
    expect(english).toMatch(/number/i);
    expect(vietnamese).toMatch(/số/);
  });
});
