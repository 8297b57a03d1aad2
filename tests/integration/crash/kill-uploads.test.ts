import { describe } from "vitest";
import { crashCase } from "./crash-case";

// Shares of CRASH_KILLS (40 in npm test, 100 with CRASH_KILLS=100): submit 35 %, confirm 30 %, roster 15 %, photo 10 %, receipt 10 %.
describe("SIGKILL while a photo is replaced (四(二)2): no orphaned or lost file", () => crashCase("replacePhoto", 10));
describe("SIGKILL while a receipt is submitted (五(二)): no payment without its receipt and item", () => crashCase("pay", 10));
