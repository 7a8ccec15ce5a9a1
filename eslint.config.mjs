import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

export default tseslint.config(
  { ignores: ["node_modules/", "build/", "dist/", "artifacts/", "coverage/", "*.config.js", "bin/"] },
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "office-addins/no-office-initialize": "error",
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-restricted-properties": [
        "error",
        { property: "innerHTML", message: "Escape document text; never use innerHTML." },
        { property: "outerHTML", message: "Escape document text; never use outerHTML." },
      ],
    },
  },
  {
    // Node scripts (scripts/, test runners) are CommonJS: require() is how they load modules.
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The pure core: no Office, DOM or Node. tsconfig.core.json compiles it without those types; these rules name
    // the offence where it is written.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...["fs", "path", "os", "crypto", "child_process", "worker_threads", "url", "util", "stream", "buffer", "zlib", "events", "http", "https"].flatMap((m) => [m, `${m}/*`]),
            "node:*",
            "react",
            "react-dom",
            "exceljs",
            "docx",
            "office-js",
            "@fluentui/*",
            "../cli/*",
            "../excel/*",
            "../word/*",
            "../taskpane/*",
            "../office/*",
            "../xlsx/*",
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["window", "document", "navigator", "localStorage", "Office", "Excel", "Word", "OfficeExtension", "CustomFunctions", "process", "Buffer", "require", "__dirname"].map((name) => ({
          name,
          message: "src/core is pure: pass what it needs in from the adapter.",
        })),
      ],
    },
  },
);
