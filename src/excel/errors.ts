/** A problem the user can fix, already worded as one plain Vietnamese sentence; the pane shows it as is. */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserFacingError";
  }
}
