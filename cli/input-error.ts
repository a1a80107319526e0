// A file given on the command line that cannot be used (unreadable, not JSON, not a stack export,
// a policy config that does not fit the pack): shown as its message alone, exit code 2.
import { UsageError } from "./stack-files";

export class InputError extends UsageError {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}
