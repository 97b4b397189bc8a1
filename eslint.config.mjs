/**
 * ESLint flat config, read by office-addin-lint (`npm run lint`, `lint:fix`: it looks for eslint.config.mjs in the
 * project, and lints src/**) and by plain `npx eslint`.
 * - eslint-plugin-office-addins' recommended set (load-object-before-read, call-sync-before-read,
 *   call-sync-after-load, no-context-sync-in-loop, test-for-null-using-isNullObject, no-navigational-load…, with
 *   eslint's recommended rules and prettier), extended from .ts/.js to .tsx/.jsx;
 * - typescript-eslint's recommended rules for src/**\/*.ts(x);
 * - Node globals for the build scripts, Jest globals for the tests.
 * Formatting: prettier, with .prettierrc.json.
 */
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import globals from "globals";

const ALL_CODE = ["**/*.{js,mjs,cjs,jsx,ts,tsx,mts,cts}"];
const SRC_TS = ["src/**/*.{ts,tsx}"];

/**
 * The plugin's recommended blocks apply to .js/.ts only: let them cover .jsx/.tsx too. They bring their own (older)
 * copy of typescript-eslint; use the project's, so that one "@typescript-eslint" plugin serves every block.
 */
const officeRecommended = officeAddins.configs.recommended.map((block) => {
  if (!block.files) return block;
  const plugins = { ...block.plugins, "@typescript-eslint": tseslint.plugin };
  const languageOptions = { ...block.languageOptions, parser: tseslint.parser };
  return { ...block, files: ALL_CODE, plugins, languageOptions };
});

/** typescript-eslint's recommended rules, for the sources only (its parser and plugin come with the block). */
const tsRecommended = tseslint.configs.recommended.map((block) => ({ ...block, files: SRC_TS }));

export default [
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "test-artifacts/**"] },
  ...officeRecommended,
  ...tsRecommended,
  {
    files: SRC_TS,
    rules: {
      // `_name` marks a parameter or a destructured value left out on purpose.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Plain JavaScript in the web sources runs in the browser (the pane, the preview).
    files: ["src/**/*.{js,jsx}"],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ["scripts/**/*.js", "*.config.js", "*.config.mjs", "bin/**/*.js", "test/stubs/**/*.js"],
    languageOptions: { globals: globals.node, sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["*.config.mjs"],
    languageOptions: { sourceType: "module" },
  },
  {
    // TypeScript knows the globals (Office, Excel, globalThis, the DOM): no-undef only misfires there.
    files: ["**/*.{ts,tsx,mts,cts}"],
    rules: { "no-undef": "off" },
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
  },
];
