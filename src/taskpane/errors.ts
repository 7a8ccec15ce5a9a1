// Any error the pane catches → one plain Vietnamese sentence. Known Office error codes are named; nothing else leaks.
import { PlanInputError } from "../core/analyze";
import { UserFacingError } from "../excel/errors";
import { S } from "./strings.vi";

const OFFICE_CODES: Record<string, string> = {
  InvalidOperationInCellEditMode: S.errors.cellEdit,
  AccessDenied: S.errors.protected,
  ItemAlreadyExists: S.errors.exists,
  ItemNotFound: S.errors.notFound,
  InvalidReference: S.errors.notFound,
  RequestPayloadSizeLimitExceeded: S.errors.tooLarge,
  ResponsePayloadSizeLimitExceeded: S.errors.tooLarge,
  PayloadTooLarge: S.errors.tooLarge,
  ApiNotFound: S.errors.unsupported,
};

function officeCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : null;
}

export function messageForError(error: unknown): string {
  if (error instanceof UserFacingError) return error.message;
  if (error instanceof PlanInputError) return S.errors.planInput(error.message.replace(/[.\s]+$/, ""));
  const code = officeCode(error);
  return (code && OFFICE_CODES[code]) || S.errors.unknown;
}
