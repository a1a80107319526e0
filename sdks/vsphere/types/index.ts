// The object types of the package, as `types.input.X` and `types.output.X`.
import * as input from "./input";
import * as output from "./output";

export { input, output };
