// The one place the pane enters Excel: every adapter runs inside Excel.run through here, so React never holds a context.
export type ExcelCommand<T> = (context: Excel.RequestContext) => Promise<T>;

export function runExcel<T>(command: ExcelCommand<T>): Promise<T> {
  return Excel.run((context) => command(context));
}
