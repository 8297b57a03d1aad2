import { describe } from "vitest";
import { crashCase } from "./crash-case";

// Shares of CRASH_KILLS (40 in npm test, 100 with CRASH_KILLS=100): submit 35 %, confirm 30 %, roster 15 %, photo 10 %, receipt 10 %.
describe("SIGKILL during an institution's roster import (四(一)2)", () => crashCase("roster", 15, 2));
