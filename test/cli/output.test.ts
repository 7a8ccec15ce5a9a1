// writeOutput where the file system has no links (FAT and exFAT, as on the USB sticks offices pass drafts on): link()
// answers EPERM there, and the file is written in place, created exclusively, so an existing file is still refused.
import * as fs from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeOutput } from "../../src/cli/output";

jest.mock("fs", () => ({
  ...jest.requireActual<typeof import("fs")>("fs"),
  linkSync: jest.fn(() => {
    throw Object.assign(new Error("operation not permitted"), { code: "EPERM" });
  }),
}));

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(join(tmpdir(), "cchc-output-"));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

it("writes the file whole, leaving no temporary file beside it", () => {
  const out = join(dir, "tong-hop.xlsx");
  writeOutput(out, Buffer.from("nội dung"), false);
  expect(fs.readFileSync(out, "utf8")).toBe("nội dung");
  expect(fs.readdirSync(dir)).toEqual(["tong-hop.xlsx"]);
  expect(fs.linkSync).toHaveBeenCalled(); // the link was tried, and refused, before the write in place
});

it("still refuses an existing file without --force, and leaves it as it was", () => {
  const out = join(dir, "ke-hoach.docx");
  fs.writeFileSync(out, "bản cũ");
  expect(() => writeOutput(out, Buffer.from("bản mới"), false)).toThrow(/đã có/);
  expect(fs.readFileSync(out, "utf8")).toBe("bản cũ");
  expect(fs.readdirSync(dir)).toEqual(["ke-hoach.docx"]);
});
