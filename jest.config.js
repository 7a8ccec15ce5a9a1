/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/", "/test/render/"],
  moduleNameMapper: {
    "^office-addin-manifest$": "office-addin-manifest/lib/officeApp.js",
  },
  // Transpile only (no type check per file: `npm run lint` type-checks); set in a tsconfig, as ts-jest 29.4 asks.
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.jest.json" }] },
  // One fast-check seed per run, printed; fixed unless FC_SEED or the fuzz run (test/fuzz.js) says otherwise.
  globalSetup: "<rootDir>/test/property-seed.global.js",
  setupFiles: ["<rootDir>/test/property-seed.setup.js"],
};
