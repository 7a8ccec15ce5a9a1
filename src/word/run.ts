// The one place the pane enters Word: every Word adapter runs inside Word.run through here, as runExcel does for Excel.
export type WordCommand<T> = (context: Word.RequestContext) => Promise<T>;

export function runWord<T>(command: WordCommand<T>): Promise<T> {
  return Word.run((context) => command(context));
}
