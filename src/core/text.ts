import type { CellValue } from "./types";

/** NFC, non-breaking spaces to spaces, trimmed; keeps line breaks (cells are multi-line). */
export function normalize(text: string): string {
  return text.normalize("NFC").replace(/[\u00a0\u2007\u202f]/g, " ").replace(/\r\n?/g, "\n").trim();
}

/** Lower-case, accent-free, single-spaced: the form used for matching headers and labels. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** A cell's value as display text: numbers plainly, dates as dd/mm/yyyy, errors as their code. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return normalize(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "";
    const dd = String(value.getUTCDate()).padStart(2, "0");
    const mm = String(value.getUTCMonth() + 1).padStart(2, "0");
    return `${dd}/${mm}/${value.getUTCFullYear()}`;
  }
  return value.error;
}

/** 0-based column index to letters: 0 → A, 27 → AB. */
export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** 0-based row and column to an A1 address. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}
