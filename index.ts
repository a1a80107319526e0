// Entry point for `pulumi up`: the program lives in program/main.ts so that `genesys-iac plan`
// and the tests can run the very same code under Pulumi's mocks.
import { main } from "./program/main";

export = main();
