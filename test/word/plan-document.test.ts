// The Word adapter against office-addin-mock: which API each Word version gets, one sync per action,
// and a plain Vietnamese sentence (never a throw) when Word lacks the API, refuses, or the file is too big.
import { OfficeMockObject } from "office-addin-mock";
import {
  base64Bytes,
  insertIntoThisDocument,
  MAX_INSERT_BYTES,
  openAsNewDocument,
} from "../../src/word/plan-document";
import type { Capabilities } from "../../src/office/capabilities";

const BASE64 = Buffer.from("PK\u0003\u0004 a small docx stand-in").toString("base64");

function wordContext() {
  const open = jest.fn();
  const createDocument = jest.fn(() => ({ open }));
  const documentInsert = jest.fn();
  const bodyInsert = jest.fn();
  const context = new OfficeMockObject({
    application: { createDocument },
    document: { insertFileFromBase64: documentInsert, body: { insertFileFromBase64: bodyInsert } },
  });
  const sync = jest.spyOn(context, "sync");
  return { context: context as unknown as Word.RequestContext, open, createDocument, documentInsert, bodyInsert, sync };
}

/** A Word that supports WordApi up to `highest` (e.g. "1.4"). */
function wordUpTo(highest: string): Capabilities {
  return { excelApi: 0, wordApi: Number(highest.split(".")[1]), customFunctions: false };
}

describe("openAsNewDocument", () => {
  test("WordApi 1.3: creates the document from the base64 and opens it, with one sync", async () => {
    const word = wordContext();
    const outcome = await openAsNewDocument(word.context, BASE64, wordUpTo("1.3"));
    expect(outcome).toEqual({ ok: true, message: "Đã mở kế hoạch thành một tài liệu Word mới." });
    expect(word.createDocument).toHaveBeenCalledWith(BASE64);
    expect(word.open).toHaveBeenCalledTimes(1);
    expect(word.sync).toHaveBeenCalledTimes(1);
  });

  test("without WordApi 1.3: explains in Vietnamese, touches nothing, no sync", async () => {
    const word = wordContext();
    const outcome = await openAsNewDocument(word.context, BASE64, wordUpTo("1.2"));
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/^Phiên bản Word này chưa hỗ trợ mở tài liệu mới.*WordApi 1\.3/);
    expect(word.createDocument).not.toHaveBeenCalled();
    expect(word.sync).not.toHaveBeenCalled();
  });

  test("Word refusing at sync comes back as a sentence, not a throw", async () => {
    const word = wordContext();
    word.sync.mockRejectedValueOnce(new Error("GeneralException"));
    const outcome = await openAsNewDocument(word.context, BASE64, wordUpTo("1.3"));
    expect(outcome).toEqual({ ok: false, message: "Word không thực hiện được yêu cầu: GeneralException." });
  });
});

describe("insertIntoThisDocument", () => {
  test("WordApi 1.5: replaces the document keeping theme, styles, spacing and headers, with one sync", async () => {
    const word = wordContext();
    const outcome = await insertIntoThisDocument(word.context, BASE64, wordUpTo("1.5"));
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toMatch(/đầu trang/);
    expect(word.documentInsert).toHaveBeenCalledWith(BASE64, "Replace", {
      importTheme: true,
      importStyles: true,
      importParagraphSpacing: true,
      importPageColor: true,
      importDifferentOddEvenPages: true,
    });
    expect(word.bodyInsert).not.toHaveBeenCalled();
    expect(word.sync).toHaveBeenCalledTimes(1);
  });

  test("WordApi 1.1–1.4: falls back to the body and says headers and footers are not carried", async () => {
    const word = wordContext();
    const outcome = await insertIntoThisDocument(word.context, BASE64, wordUpTo("1.4"));
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toMatch(/không chép được đầu trang, chân trang/);
    expect(word.bodyInsert).toHaveBeenCalledWith(BASE64, "Replace");
    expect(word.documentInsert).not.toHaveBeenCalled();
    expect(word.sync).toHaveBeenCalledTimes(1);
  });

  test("no WordApi at all: explains, no sync", async () => {
    const word = wordContext();
    const outcome = await insertIntoThisDocument(word.context, BASE64, wordUpTo("1.0"));
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/cần WordApi 1\.1/);
    expect(word.bodyInsert).not.toHaveBeenCalled();
    expect(word.sync).not.toHaveBeenCalled();
  });

  test("a document over Word's 4 MB insert limit is refused before Word sees it", async () => {
    const word = wordContext();
    const big = "A".repeat(Math.ceil(((MAX_INSERT_BYTES + 3) * 4) / 3));
    const outcome = await insertIntoThisDocument(word.context, big, wordUpTo("1.5"));
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/vượt giới hạn 4 MB/);
    expect(word.documentInsert).not.toHaveBeenCalled();
    expect(word.sync).not.toHaveBeenCalled();
  });
});

test("base64Bytes gives the decoded length", () => {
  for (const text of ["", "a", "ab", "abc", "tiếng Việt có dấu"]) {
    expect(base64Bytes(Buffer.from(text).toString("base64"))).toBe(Buffer.byteLength(text));
  }
});
