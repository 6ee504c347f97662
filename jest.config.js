// Three suites: pure code in node, React components in jsdom, the built pane in headless Chromium.
const tsJest = ["ts-jest", { tsconfig: { jsx: "react-jsx", module: "commonjs", esModuleInterop: true, isolatedModules: true } }];
const shared = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js" },
};
module.exports = {
  // Two cores run the suites side by side (LibreOffice, Chromium, webpack): a page test may wait its turn.
  // (A global option: jest ignores it inside a project.)
  testTimeout: 30_000,
  projects: [
    { ...shared, displayName: "unit", testEnvironment: "node", testMatch: ["<rootDir>/tests/**/*.test.ts"], testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/e2e/"] },
    { ...shared, displayName: "dom", testEnvironment: "jsdom", testMatch: ["<rootDir>/tests/**/*.test.tsx"] },
    { ...shared, displayName: "e2e", testEnvironment: "node", testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"] },
  ],
};
