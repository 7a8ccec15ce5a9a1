// The files the panes' pickers offer: the workbooks the loader reads (.xlsx, .xlsm), and Excel 97–2003's .xls, which
// it cannot read but names, with how to save it as .xlsx, rather than leave the official unable to pick it.
export const WORKBOOK_FILES = [
  ".xlsx",
  ".xlsm",
  ".xls",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.ms-excel.sheet.macroEnabled.12",
  "application/vnd.ms-excel",
].join(",");
