/** @type {import('jest').Config} */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }];

module.exports = {
  // A test that only runs late on a busy machine (CI, two cores shared) is no failure: a failure still fails, later.
  testTimeout: 30_000,
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
      moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js" },
    },
    {
      // The task pane's React components (Testing Library in jsdom).
      displayName: "dom",
      testEnvironment: "jsdom",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
      setupFilesAfterEnv: ["<rootDir>/test/setup/jsdom.ts"],
    },
    {
      // The browser preview end to end: webpack build + Debian chromium (playwright-core). Slow: builds once.
      displayName: "e2e",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      testMatch: ["<rootDir>/test/e2e/**/*.test.ts"],
      // Jest ignores testTimeout inside a project: the e2e test sets its own (jest.setTimeout, beforeAll's build).
    },
  ],
};
