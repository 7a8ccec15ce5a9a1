// The part of the Excel custom-functions runtime (custom-functions-runtime.js) this add-in uses;
// the project has no @types package for it.
declare namespace CustomFunctions {
  enum ErrorCode {
    invalidValue = "#VALUE!",
  }
  class Error {
    constructor(errorCode: ErrorCode, errorMessage?: string);
    code: ErrorCode;
    message?: string;
  }
  function associate(id: string, functionObject: (...args: never[]) => unknown): void;
}
