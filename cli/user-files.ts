// Every read and write of a path the user named (--out, --input, --base, --policy-config, --dir and
// the stack files): a missing folder, a folder where a file was meant, a file past its size limit
// or one that cannot be read is a plain InputError (exit 2), never a stack trace.
import * as fs from "fs";
import * as path from "path";
import { fileSizeProblem } from "../model/limits";
import { InputError } from "./errors";

function why(e: unknown): string {
  switch ((e as NodeJS.ErrnoException).code) {
    case "ENOENT":
      return "it does not exist";
    case "EISDIR":
      return "it is a folder, not a file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOTDIR":
      return "a part of its path is a file, not a folder";
    default:
      return (e as Error).message;
  }
}

/** The file's bytes; `what` names it in messages (e.g. `--input plan.json`). */
export function readUserBytes(file: string, what: string, maxBytes: number): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    throw new InputError(`${what} cannot be read: ${why(e)}`);
  }
  if (stat.isDirectory()) throw new InputError(`${what} cannot be read: it is a folder, not a file`);
  // Checked before reading: a huge file is refused at once, not after filling the memory.
  if (stat.size > maxBytes) throw new InputError(fileSizeProblem(what, stat.size, maxBytes));
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new InputError(`${what} cannot be read: ${why(e)}`);
  }
}

/** The file as UTF-8 text; binary or UTF-16 content is refused with `notWhat` (e.g. "not a stack file"). */
export function readUserText(file: string, what: string, maxBytes: number, notWhat: string): string {
  const bytes = readUserBytes(file, what, maxBytes);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    throw new InputError(`${what} is ${notWhat}: it is UTF-16 text; save it as UTF-8`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${what} is ${notWhat}: it is not UTF-8 text (a binary file?)`);
  }
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text))
    throw new InputError(`${what} is ${notWhat}: it holds control characters (a binary file?)`);
  return text;
}

/** A folder the user named (--dir). */
export function requireFolder(dir: string, what: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch (e) {
    throw new InputError(`${what} cannot be used: ${why(e)}`);
  }
  if (!stat.isDirectory()) throw new InputError(`${what} cannot be used: it is a file, not a folder`);
}

/** A missing folder or a folder in the file's place: checked before a command does its work, too. */
export function checkWritable(file: string, what: string): void {
  const dir = path.dirname(file);
  if (!fs.existsSync(dir))
    throw new InputError(`${what} cannot be written: the folder ${dir} does not exist`);
  if (!fs.statSync(dir).isDirectory())
    throw new InputError(`${what} cannot be written: ${dir} is a file, not a folder`);
  if (fs.existsSync(file) && fs.statSync(file).isDirectory())
    throw new InputError(`${what} cannot be written: it is a folder; give a file name`);
}

/** A path as the file system resolves it (through links) where it exists, else as written. */
function samePathKey(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * The output must not replace a file the command reads (`diff --base a.json --out a.json`, or
 * `plan --out Pulumi.lab.yaml`): the run would lose it. `reads` names each file, as `--base a.json`.
 */
export function checkNotRead(
  file: string,
  what: string,
  reads: readonly (readonly [string, string])[],
): void {
  const key = samePathKey(file);
  const hit = reads.find(([f]) => samePathKey(f) === key);
  if (hit)
    throw new InputError(
      `${what} is ${hit[1]}, which this command reads: writing there would replace it; give another file`,
    );
}

/** Writes `text` to the user's file; a missing folder or a folder in its place is a plain error. */
export function writeUserFile(file: string, what: string, text: string): void {
  checkWritable(file, what);
  try {
    fs.writeFileSync(file, text);
  } catch (e) {
    throw new InputError(`${what} cannot be written: ${why(e)}`);
  }
}
