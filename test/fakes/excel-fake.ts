// A small, typed, in-memory stand-in for the part of the Excel JavaScript API the adapters in src/excel use.
// It refuses what Excel refuses, where seam bugs hide:
// - nothing happens at the call: every write, lookup and API check is queued and runs at context.sync(), in order;
//   the first failure stops the batch and sync() rejects with Office's error code (ItemNotFound, InvalidArgument…);
// - a property read before load() + sync() throws PropertyNotLoaded;
// - the host has a declared ExcelApi version (1.8, 1.12, 1.13, latest…): a member above it fails with ApiNotFound;
// - request and response payloads are measured as UTF-8 JSON; above 5 MB sync() rejects with
//   RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded (Excel on the web's limits);
// - getMergedAreasOrNullObject returns the merges whose top-left cell lies in the range, and fails above 512;
// - a string written to a General cell is parsed as if typed ("1.1" → 1.1, "1/2" → a date), a "@" cell keeps it;
// - written formulas are evaluated (SUM, SUBTOTAL, SUMIF with wildcards; see formula.ts); CCHC.BANGCHU only where
//   the host runs the add-in's custom functions, #NAME? elsewhere.
// Every context.sync() is counted. No Node imports: the e2e tests run it inside the browser page (office-standin.ts).
import type { CellRange } from "../../src/core/types";
import { areaAddress, LAST_COL, LAST_ROW, parseArea, parseAreas, quoteSheet } from "../../src/excel/address";
import { bangChu } from "../../src/functions/bangchu";
import type { Capabilities } from "../../src/office/capabilities";
import { evaluateFormula, type Value } from "./formula";

export type FakeScalar = string | number | boolean;

/** Excel on the web refuses a request or a response above 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** getMergedAreasOrNullObject fails when the range holds more merged areas than this. */
export const MERGED_AREAS_LIMIT = 512;
/** The newest ExcelApi minor version the fake models ("latest"). */
export const LATEST_EXCEL_API = 20;
/** Bytes each queued action adds to the request besides its data (object path, method name). */
const ACTION_BYTES = 80;

export interface HostOptions {
  /** Highest ExcelApi version the host supports, "1.8" … "1.20", or "latest" (default). */
  excelApi?: string;
  /** Whether the add-in's custom functions run (CustomFunctionsRuntime 1.1 and the add-in loaded). Default true. */
  customFunctions?: boolean;
}

/** "1.13" → 13; "latest" → LATEST_EXCEL_API. */
export function apiMinor(version: string | undefined): number {
  if (version === undefined || version === "latest") return LATEST_EXCEL_API;
  const m = /^1\.(\d+)$/.exec(version);
  if (!m) throw new Error(`ExcelApi version "${version}" is not 1.N`);
  return Number(m[1]);
}

export interface FakeCell {
  value: FakeScalar;
  /** With the leading "=". */
  formula?: string;
  /** The formula was written through the API (or seeded without a cached value): its value is computed on read. */
  live?: boolean;
  numberFormat?: string;
  /** Formatting written through range.format, keyed "fill.color", "font.bold", "borders.EdgeTop.style", … */
  format?: Record<string, unknown>;
}

export interface FakeConditionalFormatData {
  id: number;
  type: string;
  ranges: CellRange[];
  formula?: string;
  fill?: string;
}

export interface FakeChartData {
  type: string;
  source: string;
  seriesBy?: string;
  title?: string;
  position?: [string, string?];
}

export interface FakePageLayout {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows?: string;
}

export class OfficeError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

const encoder = new TextEncoder();

/** What Office sends for a value: its JSON text, in UTF-8 bytes (Vietnamese letters take two or three). */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

// ---------- value coercion: a string written to a General cell is read as if the user typed it ----------

/** Excel's day 0 (30 Dec 1899) in UTC milliseconds. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const COERCED_DATE_FORMAT = "m/d/yyyy";

/** What Excel (en-US parsing) stores for a typed string: a number, a date serial, a boolean, or the text itself. */
export function coerceTyped(text: string, year = 2026): { value: FakeScalar; dateFormat?: string } {
  const trimmed = text.trim();
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?%?$/.test(trimmed) && /\d/.test(trimmed)) {
    const percent = trimmed.endsWith("%");
    const n = Number(trimmed.replace(/[,%]/g, ""));
    if (Number.isFinite(n)) return { value: percent ? n / 100 : n };
  }
  const date = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?$/.exec(trimmed);
  if (date) {
    const [month, day] = [Number(date[1]), Number(date[2])];
    const y = date[3] === undefined ? year : date[3].length === 2 ? 2000 + Number(date[3]) : Number(date[3]);
    const ms = Date.UTC(y, month - 1, day);
    const check = new Date(ms);
    if (month >= 1 && month <= 12 && check.getUTCDate() === day) return { value: Math.round((ms - EXCEL_EPOCH_MS) / 86400000), dateFormat: COERCED_DATE_FORMAT };
  }
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  return { value: text };
}

/** One worksheet's contents: what tests seed and inspect. */
export class FakeSheetData {
  readonly cells = new Map<number, FakeCell>();
  merges: CellRange[] = [];
  conditionalFormats: FakeConditionalFormatData[] = [];
  readonly columnWidths = new Map<number, number>();

  readonly rowHeights = new Map<number, number>();
  frozenRows = 0;
  frozenColumns = 0;
  /** 0-based columns the user hid. */
  readonly hiddenColumns = new Set<number>();
  pageLayout: FakePageLayout = {};
  charts: FakeChartData[] = [];

  constructor(
    public name: string,
    private readonly book?: FakeWorkbookData,
    /** As Excel's worksheet.id: a GUID-like key that a rename leaves as it is. */
    readonly id = `{00000000-0001-0000-${String(book?.newSheetId() ?? 0).padStart(4, "0")}-000000000000}`,
  ) {}

  static key(row: number, col: number): number {
    return row * (LAST_COL + 1) + col;
  }

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(FakeSheetData.key(row, col));
  }

  /** The cell, created empty if absent, for writing. */
  touch(row: number, col: number): FakeCell {
    const key = FakeSheetData.key(row, col);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: "" };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** Bounding box of cells holding a value or formula (and, unless valuesOnly, formatting); null when empty. */
  usedRange(valuesOnly: boolean): CellRange | null {
    let box: CellRange | null = null;
    for (const [key, cell] of this.cells) {
      const used = cell.value !== "" || cell.formula !== undefined || (!valuesOnly && (cell.format || cell.numberFormat));
      if (!used) continue;
      const row = Math.floor(key / (LAST_COL + 1));
      const col = key % (LAST_COL + 1);
      box = box
        ? { top: Math.min(box.top, row), left: Math.min(box.left, col), bottom: Math.max(box.bottom, row), right: Math.max(box.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return box;
  }

  /** What the cell shows: a live formula's computed value, otherwise the stored value. */
  displayed(row: number, col: number): FakeScalar {
    const cell = this.cell(row, col);
    if (!cell) return "";
    if (cell.formula && cell.live && this.book) return this.book.evaluate(this, row, col);
    return cell.value;
  }

  /** The displayed value at A1 address, for assertions (formulas evaluated, as Excel shows them). */
  valueAt(address: string): FakeScalar | undefined {
    const area = parseArea(address);
    if (!area) return undefined;
    return this.cell(area.top, area.left) ? this.displayed(area.top, area.left) : undefined;
  }

  formulaAt(address: string): string | undefined {
    const area = parseArea(address);
    return area ? this.cell(area.top, area.left)?.formula : undefined;
  }

  numberFormatAt(address: string): string {
    const area = parseArea(address);
    return (area && this.cell(area.top, area.left)?.numberFormat) || "General";
  }

  formatAt(address: string, key: string): unknown {
    const area = parseArea(address);
    return area ? this.cell(area.top, area.left)?.format?.[key] : undefined;
  }

  /** Writes a value as Excel stores it: formulas kept, typed strings coerced unless the cell is Text ("@"). */
  store(row: number, col: number, input: unknown, asFormula: boolean): void {
    const cell = this.touch(row, col);
    const text = cell.numberFormat === "@";
    delete cell.formula;
    delete cell.live;
    if (typeof input === "string" && asFormula && input.startsWith("=") && !text) {
      cell.formula = input;
      cell.live = true;
      cell.value = "";
      return;
    }
    if (typeof input === "string" && !text) {
      if (input.startsWith("'")) {
        cell.value = input.slice(1);
        return;
      }
      const coerced = coerceTyped(input);
      cell.value = coerced.value;
      if (coerced.dateFormat && (cell.numberFormat ?? "General") === "General") cell.numberFormat = coerced.dateFormat;
      return;
    }
    if (input === null || input === undefined) return; // null leaves the cell as it is, as in Office
    cell.value = input as FakeScalar;
  }
}

/** Sheet names Excel refuses: too long, empty, or holding : \ / ? * [ ]. */
function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
    throw new OfficeError("InvalidArgument", `Tên trang tính không hợp lệ: ${name}`);
  }
}

export class FakeWorkbookData {
  readonly sheets: FakeSheetData[] = [];
  activeSheet = "";
  selection: { sheet: string; address: string } | null = null;
  private nextId = 1;
  /** Set per host by the context (HostOptions.customFunctions). */
  customFunctions = true;
  /** The workbook's custom XML parts (workbook.customXmlParts, ExcelApi 1.5), as Excel keeps them with the file. */
  readonly customXmlParts: { id: string; xml: string }[] = [];
  private evaluating = new Set<string>();

  addSheet(name: string): FakeSheetData {
    checkSheetName(name);
    if (this.find(name)) throw new OfficeError("ItemAlreadyExists", `Trang tính "${name}" đã có.`);
    const sheet = new FakeSheetData(name, this);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = name;
    return sheet;
  }

  /** By name, as Excel matches it (case aside), or by id: worksheets.getItem takes either. */
  find(key: string): FakeSheetData | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase() || s.id === key);
  }

  sheet(name: string): FakeSheetData {
    const sheet = this.find(name);
    if (!sheet) throw new OfficeError("ItemNotFound", `Không có trang tính "${name}".`);
    return sheet;
  }

  newId(): number {
    return this.nextId++;
  }

  private nextSheetId = 1;
  newSheetId(): number {
    return this.nextSheetId++;
  }

  /** A live formula's value, computed now; a circular reference shows 0, as Excel does after its warning. */
  evaluate(sheet: FakeSheetData, row: number, col: number): FakeScalar {
    const key = `${sheet.name}|${row}|${col}`;
    if (this.evaluating.has(key)) return 0;
    this.evaluating.add(key);
    try {
      const result: Value = evaluateFormula(sheet.cell(row, col)?.formula ?? "", {
        sheet: sheet.name,
        value: (name, r, c) => this.find(name)?.displayed(r, c) ?? { error: "#REF!" },
        isSubtotal: (name, r, c) => /SUBTOTAL\s*\(/i.test(this.find(name)?.cell(r, c)?.formula ?? ""),
        customFunctions: this.customFunctions ? { "CCHC.BANGCHU": (amount, options) => bangChu(amount as number | string, options === undefined ? undefined : String(options)) } : undefined,
      });
      return typeof result === "object" ? result.error : result;
    } finally {
      this.evaluating.delete(key);
    }
  }
}

// ---------- the batch: what a context holds until sync() ----------

interface Action {
  /** Bytes this action adds to the request. */
  request: number;
  /** Runs at sync; returns the bytes its answer adds to the response. */
  run(): number;
}

/** Base of every proxy: load() queues, sync() snapshots, reading an unloaded property throws as Office does. */
abstract class FakeClientObject {
  private readonly loaded = new Map<string, unknown>();
  private staged = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(protected readonly ctx: FakeRequestContext) {}

  load(props?: LoadArg): this {
    const paths = loadPaths(props);
    this.ctx.enqueue(() => {
      if (this.isNull()) return 0;
      // "items/name, items/formulas" loads the items once, with both sub-properties.
      const byHead = new Map<string, string[]>();
      for (const path of paths) {
        const [head, ...rest] = path.split("/");
        byHead.set(head, [...(byHead.get(head) ?? []), ...(rest.length > 0 ? [rest.join("/")] : [])]);
      }
      let bytes = 0;
      for (const [head, subPaths] of byHead) {
        const value = this.snapshot(head, subPaths.join(","));
        bytes += jsonBytes(value);
        this.staged.set(head, value);
      }
      this.ctx.stage(this);
      return bytes;
    });
    return this;
  }

  /** Whether Office found nothing (only *OrNullObject proxies can be null); known after the sync that resolved it. */
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  /** Called by sync(), after the response fitted: the staged values become readable. */
  commit(): void {
    for (const [k, v] of this.staged) this.loaded.set(k, v);
    this.staged = new Map();
    this.nullState = this.isNull();
  }

  discard(): void {
    this.staged = new Map();
  }

  /** Resolves null-ness at sync; a null object's loads deliver nothing. */
  protected isNull(): boolean {
    return false;
  }

  protected read<T>(prop: string): T {
    if (this.nullState === true) throw new OfficeError("InvalidObjectPath", `Đối tượng rỗng (null object): không đọc được "${prop}".`);
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  /** A JSON view for payload measurement: the properties loaded so far. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries([...this.loaded, ...this.staged]);
  }

  protected abstract snapshot(prop: string, subPath: string): unknown;
}

type LoadArg = string | string[] | { select?: string | string[] } | undefined;

function loadPaths(arg: LoadArg): string[] {
  const raw = typeof arg === "string" || Array.isArray(arg) ? arg : arg?.select;
  const list = Array.isArray(raw) ? raw : (raw ?? "").split(",");
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

function notLoaded(prop: string): OfficeError {
  return new OfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function apiNotFound(member: string, minor: number): OfficeError {
  return new OfficeError("ApiNotFound", `The API you are trying to use could not be found (${member} needs ExcelApi 1.${minor}).`);
}

export class FakeRequestContext {
  syncCount = 0;
  readonly log: string[] = [];
  readonly workbook: FakeWorkbook;
  /** The host's ExcelApi minor version (13 for ExcelApi 1.13). */
  readonly excelApi: number;
  /** Bytes of the largest request and response seen, for tests and the bench. */
  largestRequest = 0;
  largestResponse = 0;
  private actions: Action[] = [];
  private readonly staged = new Set<FakeClientObject>();

  constructor(
    readonly data: FakeWorkbookData,
    host: HostOptions = {},
  ) {
    this.excelApi = apiMinor(host.excelApi);
    data.customFunctions = host.customFunctions ?? true;
    this.workbook = new FakeWorkbook(this);
  }

  /** Queues an action that runs at sync(); its request bytes count toward the 5 MB limit. */
  enqueue(run: () => number | void, request = 0): void {
    this.actions.push({ request: request + ACTION_BYTES, run: () => run() ?? 0 });
  }

  /** Queues the host's refusal of a member above its ExcelApi version: sync() fails with ApiNotFound there. */
  requires(minor: number, member: string): void {
    if (this.excelApi >= minor) return;
    this.enqueue(() => {
      throw apiNotFound(member, minor);
    });
  }

  /** What Office.context.requirements would report on this host, as the pane's capabilities module reads it. */
  get capabilities(): Capabilities {
    return { excelApi: this.excelApi, wordApi: 0, customFunctions: this.data.customFunctions };
  }

  stage(object: FakeClientObject): void {
    this.staged.add(object);
  }

  async sync(): Promise<void> {
    this.syncCount += 1;
    this.log.push("sync");
    const actions = this.actions;
    this.actions = [];
    const staged = this.staged;
    const request = actions.reduce((n, a) => n + a.request, 0);
    this.largestRequest = Math.max(this.largestRequest, request);
    if (request > PAYLOAD_LIMIT_BYTES) {
      throw new OfficeError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${request} bytes).`);
    }
    let response = 0;
    try {
      for (const action of actions) response += action.run();
    } catch (error) {
      for (const object of staged) object.discard();
      staged.clear();
      throw error;
    }
    this.largestResponse = Math.max(this.largestResponse, response);
    if (response > PAYLOAD_LIMIT_BYTES) {
      for (const object of staged) object.discard();
      staged.clear();
      throw new OfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${response} bytes).`);
    }
    for (const object of staged) object.commit();
    staged.clear();
    for (const resolve of this.resolvers.splice(0)) resolve();
  }

  private readonly resolvers: (() => void)[] = [];

  /** Registers a proxy whose null-ness the next sync decides even when nothing is loaded on it. */
  resolveAtSync(object: FakeClientObject): void {
    this.resolvers.push(() => object.commit());
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly customXmlParts: FakeCustomXmlPartCollection;
  constructor(ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.customXmlParts = new FakeCustomXmlPartCollection(ctx);
  }
}

// ---------- custom XML parts (ExcelApi 1.5) ----------

const CUSTOM_XML_API = 5;

/** The root element's default namespace, or null where the text is no XML element Office would accept. */
function rootNamespace(xml: string): string | null {
  const text = xml.replace(/^\s*<\?xml[^>]*\?>\s*/, "");
  if (/<!DOCTYPE/i.test(text)) return null;
  const root = /^<([A-Za-z_][\w.-]*)(\s[^>]*)?\/?>/.exec(text);
  if (!root) return null;
  return /\sxmlns="([^"]*)"/.exec(root[2] ?? "")?.[1] ?? "";
}

/** OfficeExtension.ClientResult: its value is there only after the sync that ran the call. */
export class FakeClientResult<T> {
  private ready = false;
  private result: T | undefined;
  settle(value: T): void {
    this.result = value;
    this.ready = true;
  }
  get value(): T {
    if (!this.ready) throw notLoaded("value");
    return this.result as T;
  }
}

export class FakeCustomXmlPart extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly partId: string,
  ) {
    super(ctx);
  }

  get id(): string {
    return this.read("id");
  }

  getXml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.ctx.enqueue(() => {
      const part = this.ctx.data.customXmlParts.find((p) => p.id === this.partId);
      if (!part) throw new OfficeError("ItemNotFound", "The custom XML part was deleted.");
      result.settle(part.xml);
      return jsonBytes(part.xml);
    });
    return result;
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const parts = this.ctx.data.customXmlParts;
      const at = parts.findIndex((p) => p.id === this.partId);
      if (at < 0) throw new OfficeError("ItemNotFound", "The custom XML part was deleted.");
      parts.splice(at, 1);
      this.ctx.log.push("delete customXmlPart");
    });
  }

  protected snapshot(prop: string): unknown {
    if (prop === "id") return this.partId;
    if (prop === "namespaceUri") return rootNamespace(this.ctx.data.customXmlParts.find((p) => p.id === this.partId)?.xml ?? "") ?? "";
    throw notLoaded(prop);
  }

  static loadedNow(ctx: FakeRequestContext, id: string): FakeCustomXmlPart {
    // Loaded with its collection's items: its id becomes readable at the same sync.
    const part = new FakeCustomXmlPart(ctx, id);
    (part as unknown as { staged: Map<string, unknown> }).staged.set("id", id);
    ctx.stage(part);
    return part;
  }
}

export class FakeCustomXmlPartCollection extends FakeClientObject {
  /** Office refuses text that is not one well-formed element with no DTD (InvalidArgument). */
  add(xml: string): FakeCustomXmlPart {
    this.ctx.requires(CUSTOM_XML_API, "customXmlParts.add");
    const id = `{cchc-${this.ctx.data.newId()}}`;
    this.ctx.enqueue(() => {
      if (rootNamespace(xml) === null) throw new OfficeError("InvalidArgument", "The XML is not well-formed.");
      this.ctx.data.customXmlParts.push({ id, xml });
      this.ctx.log.push("add customXmlPart");
    }, jsonBytes(xml));
    return new FakeCustomXmlPart(this.ctx, id);
  }

  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    this.ctx.requires(CUSTOM_XML_API, "customXmlParts.getByNamespace");
    return new FakeCustomXmlPartScopedCollection(this.ctx, namespaceUri);
  }

  protected snapshot(prop: string): unknown {
    if (prop !== "items") throw notLoaded(prop);
    return this.ctx.data.customXmlParts.map((p) => FakeCustomXmlPart.loadedNow(this.ctx, p.id));
  }
}

export class FakeCustomXmlPartScopedCollection extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly namespaceUri: string,
  ) {
    super(ctx);
  }

  get items(): FakeCustomXmlPart[] {
    return this.read("items");
  }

  protected snapshot(prop: string): unknown {
    if (prop !== "items") throw notLoaded(prop);
    return this.ctx.data.customXmlParts.filter((p) => rootNamespace(p.xml) === this.namespaceUri).map((p) => FakeCustomXmlPart.loadedNow(this.ctx, p.id));
  }
}

export class FakeWorksheetCollection extends FakeClientObject {
  get items(): FakeWorksheet[] {
    return this.read("items");
  }

  getActiveWorksheet(): FakeWorksheet {
    let resolved: FakeSheetData | undefined;
    return new FakeWorksheet(this.ctx, () => (resolved ??= this.ctx.data.sheet(this.ctx.data.activeSheet)));
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.data.sheet(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.ctx.requires(4, "worksheets.getItemOrNullObject");
    const sheet = new FakeWorksheet(this.ctx, () => this.ctx.data.sheet(name), () => !this.ctx.data.find(name));
    this.ctx.resolveAtSync(sheet);
    return sheet;
  }

  add(name: string): FakeWorksheet {
    this.ctx.enqueue(() => {
      this.ctx.data.addSheet(name);
      this.ctx.log.push(`add sheet ${name}`);
    });
    return new FakeWorksheet(this.ctx, () => this.ctx.data.sheet(name));
  }

  protected snapshot(prop: string, subPath: string): unknown {
    if (prop !== "items") throw notLoaded(prop);
    return this.ctx.data.sheets.map((s) => FakeWorksheet.loadedNow(this.ctx, s, subPath || "name"));
  }
}

export class FakeWorksheet extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly target: () => FakeSheetData,
    private readonly nullWhen?: () => boolean,
  ) {
    super(ctx);
  }

  /** A worksheet proxy whose properties are loaded at once (collection items inside a sync). */
  static loadedNow(ctx: FakeRequestContext, sheet: FakeSheetData, paths: string): FakeWorksheet {
    const ws = new FakeWorksheet(ctx, () => sheet);
    for (const path of loadPaths(paths)) ws.stagedNow(path);
    ctx.stage(ws);
    return ws;
  }

  stagedNow(path: string): void {
    (this as unknown as { staged: Map<string, unknown> }).staged.set(path, this.snapshot(path));
  }

  protected isNull(): boolean {
    return this.nullWhen?.() ?? false;
  }

  /** The sheet, at sync time; a null object refuses every action. */
  private data(action: string): FakeSheetData {
    if (this.isNull()) throw new OfficeError("InvalidObjectPath", `Đối tượng rỗng (null object): không thể ${action}.`);
    return this.target();
  }

  /** Queues an action on the sheet. */
  private act(action: string, run: (sheet: FakeSheetData) => void, request = 0): void {
    this.ctx.enqueue(() => run(this.data(action)), request);
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    this.act("đổi tên", (sheet) => {
      checkSheetName(value);
      sheet.name = value;
    });
  }

  get freezePanes(): { freezeRows(count: number): void; freezeAt(range: FakeRange | string): void } {
    this.ctx.requires(7, "worksheet.freezePanes");
    return {
      freezeRows: (count: number) => this.act("cố định dòng", (sheet) => void (sheet.frozenRows = count)),
      /** Freezes the rows above and columns left of the range's bottom-right corner; the range must start at A1. */
      freezeAt: (range: FakeRange | string) =>
        this.act("cố định dòng", (sheet) => {
          const area = typeof range === "string" ? parseArea(range) : range.area;
          if (!area || area.top !== 0 || area.left !== 0) throw new OfficeError("InvalidArgument", "Vùng cố định phải bắt đầu từ ô A1.");
          sheet.frozenRows = area.bottom + 1;
          sheet.frozenColumns = area.right + 1;
        }),
    };
  }

  get pageLayout(): FakePageLayoutProxy {
    this.ctx.requires(9, "worksheet.pageLayout");
    return new FakePageLayoutProxy(this.ctx, () => this.data("thiết lập trang in"));
  }

  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.ctx, () => this.data("thêm biểu đồ"));
  }

  activate(): void {
    this.act("kích hoạt", (sheet) => void (this.ctx.data.activeSheet = sheet.name));
  }

  getRange(address?: string): FakeRange {
    if (address === undefined) return new FakeRange(this.ctx, () => this.data("đọc"), () => ({ top: 0, left: 0, bottom: LAST_ROW, right: LAST_COL }));
    const area = parseArea(address);
    if (!area) this.ctx.enqueue(() => void failWith("InvalidArgument", `Địa chỉ không hợp lệ: ${address}`));
    return new FakeRange(this.ctx, () => this.data("đọc"), () => area ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): FakeRange {
    this.ctx.requires(7, "worksheet.getRangeByIndexes");
    if (rowCount < 1 || colCount < 1) this.ctx.enqueue(() => void failWith("InvalidArgument", "rowCount và columnCount phải lớn hơn 0."));
    return new FakeRange(this.ctx, () => this.data("đọc"), () => ({ top: row, left: col, bottom: row + rowCount - 1, right: col + colCount - 1 }));
  }

  getRanges(address: string): FakeRangeAreas {
    this.ctx.requires(9, "worksheet.getRanges");
    const areas = parseAreas(address);
    if (areas.length === 0) this.ctx.enqueue(() => void failWith("InvalidArgument", `Địa chỉ không hợp lệ: ${address}`));
    return new FakeRangeAreas(this.ctx, () => this.data("đọc"), () => areas);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.ctx.requires(4, "worksheet.getUsedRangeOrNullObject");
    let resolved: CellRange | null | undefined;
    const box = (): CellRange | null => (resolved === undefined ? (resolved = this.data("đọc").usedRange(valuesOnly)) : resolved);
    const range = new FakeRange(this.ctx, () => this.data("đọc"), () => box() ?? { top: 0, left: 0, bottom: 0, right: 0 }, () => box() === null);
    this.ctx.resolveAtSync(range);
    return range;
  }

  get id(): string {
    return this.read("id");
  }

  protected snapshot(prop: string): unknown {
    if (prop === "name") return this.data("đọc tên").name;
    if (prop === "id") return this.data("đọc id").id;
    throw notLoaded(prop);
  }
}

function failWith(code: string, message: string): never {
  throw new OfficeError(code, message);
}

export class FakePageLayoutProxy {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheetData,
  ) {}
  private set(apply: (layout: FakePageLayout) => void): void {
    this.ctx.enqueue(() => apply(this.sheet().pageLayout));
  }
  set orientation(value: string) {
    this.set((l) => void (l.orientation = value));
  }
  set paperSize(value: string) {
    this.set((l) => void (l.paperSize = value));
  }
  set zoom(value: FakePageLayout["zoom"]) {
    this.set((l) => void (l.zoom = { ...value }));
  }
  setPrintTitleRows(rows: string): void {
    this.set((l) => void (l.printTitleRows = rows));
  }
}

function* cellsOf(area: CellRange): Generator<[number, number]> {
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) yield [r, c];
}

/** Refuses whole-row/column reads and writes the fake does not model (Office would be slow, not wrong). */
function checkFinite(area: CellRange): void {
  if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > 5_000_000) {
    throw new OfficeError("InvalidOperation", "Vùng quá lớn cho bản giả lập.");
  }
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function contains(area: CellRange, row: number, col: number): boolean {
  return row >= area.top && row <= area.bottom && col >= area.left && col <= area.right;
}

/** Excel's rule: the merges whose top-left cell lies in the range; more than 512 and the call fails. */
function mergedAreasIn(sheet: FakeSheetData, areas: CellRange[]): CellRange[] {
  const found = sheet.merges.filter((m) => areas.some((a) => contains(a, m.top, m.left)));
  if (found.length > MERGED_AREAS_LIMIT) {
    throw new OfficeError("GeneralException", `The range holds ${found.length} merged areas; getMergedAreas fails above ${MERGED_AREAS_LIMIT}.`);
  }
  return found;
}

export class FakeRange extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly sheetOf: () => FakeSheetData,
    private readonly areaOf: () => CellRange,
    private readonly nullWhen?: () => boolean,
  ) {
    super(ctx);
  }

  protected isNull(): boolean {
    return this.nullWhen?.() ?? false;
  }

  /** The range's cells (resolved now: call inside a queued action). */
  get area(): CellRange {
    return this.areaOf();
  }

  private target(action: string): { sheet: FakeSheetData; area: CellRange } {
    if (this.isNull()) throw new OfficeError("InvalidObjectPath", `Đối tượng rỗng (null object): không thể ${action}.`);
    return { sheet: this.sheetOf(), area: this.areaOf() };
  }

  get values(): FakeScalar[][] {
    return this.read("values");
  }
  set values(input: unknown[][]) {
    this.write("values", input, (sheet, r, c, v) => sheet.store(r, c, v, false));
  }
  get formulas(): FakeScalar[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown[][]) {
    this.write("formulas", input, (sheet, r, c, v) => sheet.store(r, c, v, true));
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.write("numberFormat", input, (sheet, r, c, v) => {
      if (v !== null && v !== undefined) sheet.touch(r, c).numberFormat = String(v);
    });
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnHidden(): boolean | null {
    return this.read("columnHidden");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.ctx, () => {
      const { sheet, area } = this.target("định dạng");
      return { sheet, areas: [area] };
    });
  }

  /** A built-in or workbook style by name (Excel.BuiltInStyle values such as "Accent1_40"). */
  set style(name: string) {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.target("đặt kiểu ô");
      setStyle(sheet, [area], name);
    });
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.ctx.requires(6, "range.conditionalFormats");
    return new FakeConditionalFormatCollection(this.ctx, () => {
      const { sheet, area } = this.target("đọc định dạng có điều kiện");
      return { sheet, areas: [area] };
    });
  }

  merge(across = false): void {
    this.ctx.requires(2, "range.merge");
    this.ctx.enqueue(() => {
      const { sheet, area } = this.target("gộp ô");
      const pieces = across ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({ ...area, top: area.top + i, bottom: area.top + i })) : [area];
      for (const piece of pieces) {
        if (sheet.merges.some((m) => intersects(m, piece))) throw new OfficeError("InvalidOperation", `Vùng ${areaAddress(piece)} chồng lên vùng đã gộp.`);
        sheet.merges.push(piece);
      }
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.ctx.requires(13, "range.getMergedAreasOrNullObject");
    let found: CellRange[] | undefined;
    const merges = (): CellRange[] => {
      if (found === undefined) {
        const { sheet, area } = this.target("đọc vùng gộp");
        found = mergedAreasIn(sheet, [area]);
      }
      return found;
    };
    const areas = new FakeRangeAreas(this.ctx, () => this.target("đọc vùng gộp").sheet, merges, () => this.isNull() || merges().length === 0);
    // Office evaluates the call in the batch, so a range over the limit fails this sync even if nothing is loaded.
    this.ctx.enqueue(() => void (this.isNull() || merges()));
    this.ctx.resolveAtSync(areas);
    return areas;
  }

  /** Cells holding formulas ("Formulas"), as areas: one per run of formula cells in a row. */
  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    this.ctx.requires(9, "range.getSpecialCellsOrNullObject");
    let found: CellRange[] | undefined;
    const runs = (): CellRange[] => {
      if (found !== undefined) return found;
      if (cellType !== "Formulas") throw new OfficeError("InvalidArgument", `Bản giả lập chỉ hỗ trợ "Formulas", không hỗ trợ "${cellType}".`);
      const { sheet, area } = this.target("đọc ô đặc biệt");
      checkFinite(area);
      found = [];
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          if (!sheet.cell(r, c)?.formula) continue;
          const last = found[found.length - 1];
          if (last && last.top === r && last.right === c - 1) last.right = c;
          else found.push({ top: r, left: c, bottom: r, right: c });
        }
      }
      return found;
    };
    const areas = new FakeRangeAreas(this.ctx, () => this.target("đọc ô đặc biệt").sheet, runs, () => this.isNull() || runs().length === 0);
    this.ctx.resolveAtSync(areas);
    return areas;
  }

  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, area } = this.target("chọn ô");
      if (this.ctx.data.activeSheet !== sheet.name) throw new OfficeError("InvalidSelection", "Chỉ chọn được ô trên trang tính đang mở.");
      this.ctx.data.selection = { sheet: sheet.name, address: areaAddress(area) };
    });
  }

  /** Queues a write of a 2D array; its JSON is the request's bytes; the shape is checked at sync, as in Office. */
  private write(what: string, input: unknown[][], apply: (sheet: FakeSheetData, row: number, col: number, value: unknown) => void): void {
    const bytes = jsonBytes(input);
    this.ctx.enqueue(() => {
      const { sheet, area } = this.target(`ghi ${what}`);
      const rows = area.bottom - area.top + 1;
      const cols = area.right - area.left + 1;
      if (!Array.isArray(input) || input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
        throw new OfficeError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
      }
      checkFinite(area);
      for (const [r, c] of cellsOf(area)) apply(sheet, r, c, input[r - area.top][c - area.left]);
    }, bytes);
  }

  private grid<T>(pick: (sheet: FakeSheetData, row: number, col: number) => T): T[][] {
    const { sheet, area } = this.target("đọc");
    checkFinite(area);
    return Array.from({ length: area.bottom - area.top + 1 }, (_, i) =>
      Array.from({ length: area.right - area.left + 1 }, (_, j) => pick(sheet, area.top + i, area.left + j)),
    );
  }

  protected snapshot(prop: string): unknown {
    switch (prop) {
      case "values":
        return this.grid((sheet, r, c) => sheet.displayed(r, c));
      case "formulas":
        return this.grid((sheet, r, c) => {
          const cell = sheet.cell(r, c);
          return cell?.formula ?? cell?.value ?? "";
        });
      case "numberFormat":
        return this.grid((sheet, r, c) => sheet.cell(r, c)?.numberFormat ?? "General");
      case "address": {
        const { sheet, area } = this.target("đọc địa chỉ");
        return `${quoteSheet(sheet.name)}!${areaAddress(area)}`;
      }
      case "columnHidden": {
        // As Excel: true where every column of the range is hidden, false where none is, null where some are.
        this.ctx.requires(2, "range.columnHidden");
        const { sheet, area } = this.target("đọc");
        let hidden = 0;
        for (let col = area.left; col <= area.right; col += 1) if (sheet.hiddenColumns.has(col)) hidden += 1;
        return hidden === 0 ? false : hidden === area.right - area.left + 1 ? true : null;
      }
      case "rowIndex":
        return this.target("đọc").area.top;
      case "columnIndex":
        return this.target("đọc").area.left;
      case "rowCount": {
        const { area } = this.target("đọc");
        return area.bottom - area.top + 1;
      }
      case "columnCount": {
        const { area } = this.target("đọc");
        return area.right - area.left + 1;
      }
      default:
        throw notLoaded(prop);
    }
  }
}

export class FakeRangeAreas extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly sheetOf: () => FakeSheetData,
    private readonly areasOf: () => CellRange[],
    private readonly nullWhen?: () => boolean,
  ) {
    super(ctx);
  }

  protected isNull(): boolean {
    return this.nullWhen?.() ?? false;
  }

  private target(action: string): { sheet: FakeSheetData; areas: CellRange[] } {
    if (this.isNull()) throw new OfficeError("InvalidObjectPath", `Đối tượng rỗng (null object): không thể ${action}.`);
    return { sheet: this.sheetOf(), areas: this.areasOf() };
  }

  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }

  /** The areas as ranges (ExcelApi 1.9), loadable as "items/formulas, items/rowIndex, …". */
  get areas(): FakeRangeCollection {
    this.ctx.requires(9, "rangeAreas.areas");
    return new FakeRangeCollection(this.ctx, () => this.target("đọc vùng"));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.ctx.requires(9, "rangeAreas.conditionalFormats");
    return new FakeConditionalFormatCollection(this.ctx, () => this.target("thêm định dạng có điều kiện"));
  }

  get format(): FakeRangeFormat {
    this.ctx.requires(9, "rangeAreas.format");
    return new FakeRangeFormat(this.ctx, () => this.target("định dạng"));
  }

  set style(name: string) {
    this.ctx.requires(9, "rangeAreas.style");
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.target("đặt kiểu ô");
      setStyle(sheet, areas, name);
    });
  }

  protected snapshot(prop: string): unknown {
    const { sheet, areas } = this.target("đọc");
    if (prop === "address") return areas.map((a) => `${quoteSheet(sheet.name)}!${areaAddress(a)}`).join(",");
    if (prop === "areaCount") return areas.length;
    if (prop === "cellCount") return areas.reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0);
    throw notLoaded(prop);
  }
}

export class FakeRangeCollection extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly target: () => { sheet: FakeSheetData; areas: CellRange[] },
  ) {
    super(ctx);
  }

  get items(): FakeRange[] {
    return this.read("items");
  }

  protected snapshot(prop: string, subPath: string): unknown {
    if (prop !== "items") throw notLoaded(prop);
    const { sheet, areas } = this.target();
    return areas.map((area) => {
      const range = new FakeRange(this.ctx, () => sheet, () => area);
      const staged = (range as unknown as { staged: Map<string, unknown> }).staged;
      for (const path of loadPaths(subPath)) staged.set(path, (range as unknown as { snapshot(p: string): unknown }).snapshot(path));
      this.ctx.stage(range);
      return range;
    });
  }
}

/** Excel's built-in style names (Excel.BuiltInStyle): anything else is refused, as Excel refuses an unknown style. */
const BUILT_IN_STYLES = new Set([
  "Normal", "Good", "Bad", "Neutral", "Note", "Title", "Heading1", "Heading2", "Heading3", "Heading4", "Total",
  ...[1, 2, 3, 4, 5, 6].flatMap((n) => [`Accent${n}`, `Accent${n}_20`, `Accent${n}_40`, `Accent${n}_60`]),
]);

function setStyle(data: FakeSheetData, areas: CellRange[], name: string): void {
  if (!BUILT_IN_STYLES.has(name)) throw new OfficeError("InvalidArgument", `Không có kiểu ô "${name}".`);
  for (const area of areas) {
    checkFinite(area);
    for (const [r, c] of cellsOf(area)) {
      const cell = data.touch(r, c);
      cell.format = { ...cell.format, style: name };
    }
  }
}

const FILL_PATTERNS = new Set(["None", "Solid", "Gray50", "Gray75", "Gray25", "Horizontal", "Vertical", "Down", "Up", "Checker", "SemiGray75", "LightHorizontal", "LightVertical", "LightDown", "LightUp", "Grid", "CrissCross", "Gray16", "Gray8"]);

/** range.format: every setter queues a write into the cells' format record. */
export class FakeRangeFormat {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly target: () => { sheet: FakeSheetData; areas: CellRange[] },
  ) {}

  private set(key: string, value: unknown): void {
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.target();
      for (const area of areas) {
        checkFinite(area);
        for (const [r, c] of cellsOf(area)) {
          const cell = sheet.touch(r, c);
          cell.format = { ...cell.format, [key]: value };
        }
      }
    }, jsonBytes(value));
  }

  get fill(): { color: string; pattern: string; clear(): void } {
    const set = (v: unknown): void => this.set("fill.color", v);
    const setPattern = (v: string): void => {
      if (!FILL_PATTERNS.has(v)) this.ctx.enqueue(() => void failWith("InvalidArgument", `Không có kiểu tô "${v}".`));
      else this.set("fill.pattern", v);
    };
    return {
      set color(v: string) {
        set(v);
      },
      get color(): string {
        throw notLoaded("color");
      },
      set pattern(v: string) {
        setPattern(v);
      },
      get pattern(): string {
        throw notLoaded("pattern");
      },
      clear: () => this.set("fill.color", undefined),
    };
  }

  get font(): { bold: boolean; italic: boolean; size: number; name: string; color: string } {
    const set = (k: string, v: unknown): void => this.set(`font.${k}`, v);
    const font = {} as { bold: boolean; italic: boolean; size: number; name: string; color: string };
    for (const key of ["bold", "italic", "size", "name", "color"] as const) {
      Object.defineProperty(font, key, {
        set: (v: unknown) => set(key, v),
        get: () => {
          throw notLoaded(key);
        },
      });
    }
    return font;
  }

  set wrapText(value: boolean) {
    this.set("wrapText", value);
  }
  set horizontalAlignment(value: string) {
    this.set("horizontalAlignment", value);
  }
  set verticalAlignment(value: string) {
    this.set("verticalAlignment", value);
  }
  set columnWidth(points: number) {
    this.ctx.requires(2, "format.columnWidth");
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.target();
      for (const area of areas) for (let c = area.left; c <= area.right; c++) sheet.columnWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    this.ctx.requires(2, "format.rowHeight");
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.target();
      for (const area of areas) for (let r = area.top; r <= area.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }

  get borders(): { getItem(edge: string): { style: string; color: string; weight: string } } {
    const ctx = this.ctx;
    return {
      getItem: (edge: string) => {
        const set = (k: string, v: unknown): void => this.set(`borders.${edge}.${k}`, v);
        return {
          set weight(v: string) {
            if (!["Hairline", "Thin", "Medium", "Thick"].includes(v)) ctx.enqueue(() => void failWith("InvalidArgument", `Độ dày viền không hợp lệ: ${v}`));
            else set("weight", v);
          },
          get weight(): string {
            throw notLoaded("weight");
          },
          set style(v: string) {
            set("style", v);
          },
          set color(v: string) {
            set("color", v);
          },
          get style(): string {
            throw notLoaded("style");
          },
          get color(): string {
            throw notLoaded("color");
          },
        };
      },
    };
  }
}

export class FakeConditionalFormatCollection extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly target: () => { sheet: FakeSheetData; areas: CellRange[] },
  ) {
    super(ctx);
  }

  get items(): FakeConditionalFormat[] {
    return this.read("items");
  }

  add(type: string): FakeConditionalFormat {
    const holder: { cf?: FakeConditionalFormatData; sheet?: FakeSheetData } = {};
    this.ctx.enqueue(() => {
      const { sheet, areas } = this.target();
      holder.cf = { id: this.ctx.data.newId(), type, ranges: areas.map((a) => ({ ...a })) };
      holder.sheet = sheet;
      sheet.conditionalFormats.push(holder.cf);
    });
    return new FakeConditionalFormat(this.ctx, holder);
  }

  protected snapshot(prop: string, subPath: string): unknown {
    if (prop !== "items") throw notLoaded(prop);
    const { sheet, areas } = this.target();
    return sheet.conditionalFormats
      .filter((cf) => cf.ranges.some((r) => areas.some((a) => intersects(r, a))))
      .map((cf) => {
        const proxy = new FakeConditionalFormat(this.ctx, { cf, sheet });
        const staged = (proxy as unknown as { staged: Map<string, unknown> }).staged;
        for (const path of loadPaths(subPath)) staged.set(path, (proxy as unknown as { snapshot(p: string): unknown }).snapshot(path));
        this.ctx.stage(proxy);
        return proxy;
      });
  }
}

export class FakeConditionalFormat extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly holder: { cf?: FakeConditionalFormatData; sheet?: FakeSheetData },
  ) {
    super(ctx);
  }

  private get cf(): FakeConditionalFormatData {
    if (!this.holder.cf) throw new OfficeError("InvalidObjectPath", "Định dạng có điều kiện chưa được tạo.");
    return this.holder.cf;
  }

  get type(): string {
    return this.read("type");
  }

  get custom(): { rule: FakeConditionalRule; format: { fill: { color: string } } } {
    const ctx = this.ctx;
    const cf = (): FakeConditionalFormatData => {
      const data = this.cf;
      if (data.type !== "Custom") throw new OfficeError("InvalidOperation", "Định dạng có điều kiện này không thuộc loại Custom.");
      return data;
    };
    return {
      rule: new FakeConditionalRule(ctx, cf),
      format: {
        fill: {
          set color(v: string) {
            ctx.enqueue(() => void (cf().fill = v));
          },
          get color(): string {
            throw notLoaded("color");
          },
        },
      },
    };
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const sheet = this.holder.sheet!;
      const cf = this.cf;
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
    });
  }

  protected snapshot(prop: string): unknown {
    if (prop === "type") return this.cf.type;
    throw notLoaded(prop);
  }
}

export class FakeConditionalRule extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly cf: () => FakeConditionalFormatData,
  ) {
    super(ctx);
  }

  get formula(): string {
    return this.read("formula");
  }
  set formula(value: string) {
    this.ctx.enqueue(() => void (this.cf().formula = value), jsonBytes(value));
  }

  protected snapshot(prop: string): unknown {
    if (prop === "formula") return this.cf().formula ?? "";
    throw notLoaded(prop);
  }
}

export class FakeChartCollection extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheetData,
  ) {
    super(ctx);
  }

  add(type: string, source: FakeRange, seriesBy?: string): FakeChart {
    const holder: { chart?: FakeChartData } = {};
    this.ctx.enqueue(() => {
      const address = (source as unknown as { snapshot(p: string): string }).snapshot("address");
      holder.chart = { type, source: address.slice(address.lastIndexOf("!") + 1), seriesBy };
      this.sheet().charts.push(holder.chart);
    });
    return new FakeChart(this.ctx, holder);
  }

  protected snapshot(prop: string): unknown {
    throw notLoaded(prop);
  }
}

export class FakeChart {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly holder: { chart?: FakeChartData },
  ) {}
  get title(): { text: string } {
    const ctx = this.ctx;
    const holder = this.holder;
    return {
      set text(v: string) {
        ctx.enqueue(() => void (holder.chart!.title = v));
      },
      get text(): string {
        throw notLoaded("text");
      },
    };
  }
  setPosition(start: string, end?: string): void {
    this.ctx.enqueue(() => void (this.holder.chart!.position = [start, end]));
  }
}

// ---------- seeding ----------

export interface SeedSheet {
  name: string;
  /** Rows of cells from originRow/originCol (0-based, default A1); null or "" for an empty cell. */
  values?: (FakeScalar | null)[][];
  /** Same shape; a string starting "=" makes the cell a formula (its value stays as given in values). */
  formulas?: (string | null)[][];
  /** Same shape; "General" where null. */
  numberFormat?: (string | null)[][];
  originRow?: number;
  originCol?: number;
  /** A1 addresses of merged areas. */
  merges?: string[];
  /** The user's own conditional formats. */
  conditionalFormats?: { type: string; address: string; formula?: string; fill?: string }[];
  /** The user's own fills: A1 address → colour. */
  fills?: Record<string, string>;
  /** Column letters the user hid. */
  hiddenCols?: string[];
}

export interface Seed {
  sheets: SeedSheet[];
  /** The active sheet's name; the first sheet where absent. */
  active?: string;
}

function seedSheet(book: FakeWorkbookData, seed: SeedSheet): void {
  const sheet = book.addSheet(seed.name);
  const top = seed.originRow ?? 0;
  const left = seed.originCol ?? 0;
  const rows = Math.max(seed.values?.length ?? 0, seed.formulas?.length ?? 0, seed.numberFormat?.length ?? 0);
  for (let r = 0; r < rows; r++) {
    const width = Math.max(seed.values?.[r]?.length ?? 0, seed.formulas?.[r]?.length ?? 0, seed.numberFormat?.[r]?.length ?? 0);
    for (let c = 0; c < width; c++) {
      const value = seed.values?.[r]?.[c] ?? "";
      const formula = seed.formulas?.[r]?.[c];
      const numberFormat = seed.numberFormat?.[r]?.[c];
      if (value === "" && !formula && !numberFormat) continue;
      const cell = sheet.touch(top + r, left + c);
      cell.value = value;
      if (formula && formula.startsWith("=")) {
        cell.formula = formula;
        // A seeded formula keeps the cached value the file brought, as Excel shows it until it recalculates.
        if (value === "") cell.live = true;
      }
      if (numberFormat) cell.numberFormat = numberFormat;
    }
  }
  sheet.merges = (seed.merges ?? []).map((a) => parseArea(a)).filter((a): a is CellRange => a !== null);
  for (const letter of seed.hiddenCols ?? []) {
    const area = parseArea(`${letter}1`);
    if (area) sheet.hiddenColumns.add(area.left);
  }
  for (const cf of seed.conditionalFormats ?? []) {
    sheet.conditionalFormats.push({ id: book.newId(), type: cf.type, ranges: parseAreas(cf.address), formula: cf.formula, fill: cf.fill });
  }
  for (const [address, color] of Object.entries(seed.fills ?? {})) {
    const area = parseArea(address);
    if (!area) continue;
    for (const [r, c] of cellsOf(area)) {
      const cell = sheet.touch(r, c);
      cell.format = { ...cell.format, "fill.color": color };
    }
  }
}

/** A workbook holding the seeded sheets, the first (or seed.active) active. */
export function createWorkbook(seed: Seed): FakeWorkbookData {
  const book = new FakeWorkbookData();
  for (const sheet of seed.sheets) seedSheet(book, sheet);
  if (seed.active) book.activeSheet = book.sheet(seed.active).name;
  return book;
}

/** A request context over a workbook on a host of the given ExcelApi version, typed as the real one. */
export function fakeContext(book: FakeWorkbookData, host: HostOptions = {}): { fake: FakeRequestContext; context: Excel.RequestContext } {
  const fake = new FakeRequestContext(book, host);
  return { fake, context: fake as unknown as Excel.RequestContext };
}
