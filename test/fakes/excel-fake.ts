// A small, typed, in-memory stand-in for the part of the Excel JavaScript API the adapters in src/excel use.
// It behaves like Office where seam bugs hide: a property read before load() + context.sync() throws, writes must
// match the range's shape, a sheet name cannot be added twice, and every context.sync() is counted.
// No Node imports: the e2e tests run it inside the browser page (see office-standin.ts).
import type { CellRange } from "../../src/core/types";
import { areaAddress, LAST_COL, parseArea, parseAreas, quoteSheet } from "../../src/excel/address";

export type FakeScalar = string | number | boolean;

export interface FakeCell {
  value: FakeScalar;
  /** With the leading "=". */
  formula?: string;
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

/** One worksheet's contents: what tests seed and inspect. */
export class FakeSheetData {
  readonly cells = new Map<number, FakeCell>();
  merges: CellRange[] = [];
  conditionalFormats: FakeConditionalFormatData[] = [];
  readonly columnWidths = new Map<number, number>();

  readonly rowHeights = new Map<number, number>();
  frozenRows = 0;
  frozenColumns = 0;
  pageLayout: FakePageLayout = {};
  charts: FakeChartData[] = [];

  constructor(public name: string) {}

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

  /** The displayed value at A1 address, for assertions. */
  valueAt(address: string): FakeScalar | undefined {
    const area = parseArea(address);
    return area ? this.cell(area.top, area.left)?.value : undefined;
  }

  formulaAt(address: string): string | undefined {
    const area = parseArea(address);
    return area ? this.cell(area.top, area.left)?.formula : undefined;
  }

  formatAt(address: string, key: string): unknown {
    const area = parseArea(address);
    return area ? this.cell(area.top, area.left)?.format?.[key] : undefined;
  }
}

/** Sheet names Excel refuses: too long, empty, or holding : \ / ? * [ ]. */
function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
    throw new OfficeError("InvalidArgument", `Tên trang tính không hợp lệ: ${name}`);
  }
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

export class FakeWorkbookData {
  readonly sheets: FakeSheetData[] = [];
  activeSheet = "";
  selection: { sheet: string; address: string } | null = null;
  private nextId = 1;

  addSheet(name: string): FakeSheetData {
    checkSheetName(name);
    if (this.find(name)) throw new OfficeError("ItemAlreadyExists", `Trang tính "${name}" đã có.`);
    const sheet = new FakeSheetData(name);
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = name;
    return sheet;
  }

  find(name: string): FakeSheetData | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): FakeSheetData {
    const sheet = this.find(name);
    if (!sheet) throw new OfficeError("ItemNotFound", `Không có trang tính "${name}".`);
    return sheet;
  }

  newId(): number {
    return this.nextId++;
  }
}

// ---------- proxies: what adapter code holds between syncs ----------

type LoadArg = string | string[] | { select?: string | string[] } | undefined;

function loadPaths(arg: LoadArg): string[] {
  const raw = typeof arg === "string" || Array.isArray(arg) ? arg : arg?.select;
  const list = Array.isArray(raw) ? raw : (raw ?? "").split(",");
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** Base of every proxy: load() queues, sync() snapshots, reading an unloaded property throws as Office does. */
abstract class FakeClientObject {
  private readonly pending = new Set<string>();
  private readonly loaded = new Map<string, unknown>();
  private readonly createdAt: number;

  constructor(
    protected readonly ctx: FakeRequestContext,
    private readonly nullObject = false,
  ) {
    this.createdAt = ctx.syncCount;
  }

  load(props?: LoadArg): this {
    for (const path of loadPaths(props)) this.pending.add(path);
    this.ctx.queue(this);
    return this;
  }

  get isNullObject(): boolean {
    if (this.ctx.syncCount <= this.createdAt) throw notLoaded("isNullObject");
    return this.nullObject;
  }

  /** Called by sync(): takes the value of each queued property now. */
  flush(): void {
    if (this.nullObject) {
      this.pending.clear();
      return;
    }
    for (const path of this.pending) {
      const [head, ...rest] = path.split("/");
      this.loaded.set(head, this.snapshot(head, rest.join("/")));
    }
    this.pending.clear();
  }

  protected read<T>(prop: string): T {
    if (this.nullObject) throw new OfficeError("InvalidObjectPath", `Đối tượng rỗng (null object): không đọc được "${prop}".`);
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  protected guardNull(action: string): void {
    if (this.nullObject) throw new OfficeError("InvalidObjectPath", `Đối tượng rỗng (null object): không thể ${action}.`);
  }

  protected abstract snapshot(prop: string, subPath: string): unknown;
}

function notLoaded(prop: string): OfficeError {
  return new OfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export class FakeRequestContext {
  syncCount = 0;
  readonly log: string[] = [];
  readonly workbook: FakeWorkbook;
  private readonly queued = new Set<FakeClientObject>();

  constructor(readonly data: FakeWorkbookData) {
    this.workbook = new FakeWorkbook(this);
  }

  queue(object: FakeClientObject): void {
    this.queued.add(object);
  }

  async sync(): Promise<void> {
    this.syncCount += 1;
    this.log.push("sync");
    for (const object of this.queued) object.flush();
    this.queued.clear();
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  constructor(ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
  }
}

export class FakeWorksheetCollection extends FakeClientObject {
  get items(): FakeWorksheet[] {
    return this.read("items");
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.ctx.data.activeSheet);
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.ctx.data.sheet(name).name);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const found = this.ctx.data.find(name);
    return new FakeWorksheet(this.ctx, found?.name ?? name, !found);
  }

  add(name: string): FakeWorksheet {
    this.ctx.data.addSheet(name);
    this.ctx.log.push(`add sheet ${name}`);
    return new FakeWorksheet(this.ctx, name);
  }

  protected snapshot(prop: string, subPath: string): unknown {
    if (prop !== "items") throw notLoaded(prop);
    return this.ctx.data.sheets.map((s) => {
      const ws = new FakeWorksheet(this.ctx, s.name);
      ws.load(subPath || "name");
      ws.flush();
      return ws;
    });
  }
}

export class FakeWorksheet extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private sheetName: string,
    nullObject = false,
  ) {
    super(ctx, nullObject);
  }

  private get data(): FakeSheetData {
    this.guardNull("dùng trang tính");
    return this.ctx.data.sheet(this.sheetName);
  }

  get name(): string {
    return this.read("name");
  }

  set name(value: string) {
    checkSheetName(value);
    this.data.name = value;
  }

  readonly freezePanes = {
    freezeRows: (count: number): void => {
      this.data.frozenRows = count;
    },
    /** Freezes the rows above and columns left of the range's bottom-right corner; the range must start at A1. */
    freezeAt: (range: FakeRange | string): void => {
      const area = typeof range === "string" ? parseArea(range) : range.area;
      if (!area || area.top !== 0 || area.left !== 0) throw new OfficeError("InvalidArgument", "Vùng cố định phải bắt đầu từ ô A1.");
      this.data.frozenRows = area.bottom + 1;
      this.data.frozenColumns = area.right + 1;
    },
  };

  get pageLayout(): FakePageLayoutProxy {
    return new FakePageLayoutProxy(this.data);
  }

  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.ctx, this.data);
  }

  activate(): void {
    this.ctx.data.activeSheet = this.data.name;
  }

  getRange(address?: string): FakeRange {
    if (address === undefined) return new FakeRange(this.ctx, this.data, { top: 0, left: 0, bottom: 1048575, right: LAST_COL });
    const area = parseArea(address);
    if (!area) throw new OfficeError("InvalidArgument", `Địa chỉ không hợp lệ: ${address}`);
    return new FakeRange(this.ctx, this.data, area);
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): FakeRange {
    return new FakeRange(this.ctx, this.data, { top: row, left: col, bottom: row + rowCount - 1, right: col + colCount - 1 });
  }

  getRanges(address: string): FakeRangeAreas {
    const areas = parseAreas(address);
    if (areas.length === 0) throw new OfficeError("InvalidArgument", `Địa chỉ không hợp lệ: ${address}`);
    return new FakeRangeAreas(this.ctx, this.data, areas);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const box = this.data.usedRange(valuesOnly);
    return new FakeRange(this.ctx, this.data, box ?? { top: 0, left: 0, bottom: 0, right: 0 }, !box);
  }

  protected snapshot(prop: string): unknown {
    if (prop === "name") return this.data.name;
    throw notLoaded(prop);
  }
}

export class FakePageLayoutProxy {
  constructor(private readonly data: FakeSheetData) {}
  set orientation(value: string) {
    this.data.pageLayout.orientation = value;
  }
  set paperSize(value: string) {
    this.data.pageLayout.paperSize = value;
  }
  set zoom(value: FakePageLayout["zoom"]) {
    this.data.pageLayout.zoom = { ...value };
  }
  setPrintTitleRows(rows: string): void {
    this.data.pageLayout.printTitleRows = rows;
  }
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
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

export class FakeRange extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly data: FakeSheetData,
    readonly area: CellRange,
    nullObject = false,
  ) {
    super(ctx, nullObject);
  }

  private get rows(): number {
    return this.area.bottom - this.area.top + 1;
  }
  private get cols(): number {
    return this.area.right - this.area.left + 1;
  }

  get values(): FakeScalar[][] {
    return this.read("values");
  }
  set values(input: unknown[][]) {
    this.write(input, (cell, v) => {
      cell.value = v as FakeScalar;
      delete cell.formula;
    });
  }
  get formulas(): FakeScalar[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown[][]) {
    this.write(input, (cell, v) => {
      if (typeof v === "string" && v.startsWith("=")) {
        cell.formula = v;
        cell.value = "";
      } else {
        cell.value = v as FakeScalar;
        delete cell.formula;
      }
    });
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.write(input, (cell, v) => {
      cell.numberFormat = String(v);
    });
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
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
    this.guardNull("định dạng");
    return new FakeRangeFormat(this.data, [this.area]);
  }

  /** A built-in or workbook style by name (Excel.BuiltInStyle values such as "Accent1_40"). */
  set style(name: string) {
    this.guardNull("đặt kiểu ô");
    setStyle(this.data, [this.area], name);
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.guardNull("đọc định dạng có điều kiện");
    return new FakeConditionalFormatCollection(this.ctx, this.data, [this.area]);
  }

  merge(across = false): void {
    this.guardNull("gộp ô");
    const pieces = across ? Array.from({ length: this.rows }, (_, i) => ({ ...this.area, top: this.area.top + i, bottom: this.area.top + i })) : [this.area];
    for (const piece of pieces) {
      if (this.data.merges.some((m) => intersects(m, piece))) throw new OfficeError("InvalidOperation", `Vùng ${areaAddress(piece)} chồng lên vùng đã gộp.`);
      this.data.merges.push(piece);
    }
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.guardNull("đọc vùng gộp");
    const merges = this.data.merges.filter((m) => intersects(m, this.area));
    return new FakeRangeAreas(this.ctx, this.data, merges, merges.length === 0);
  }

  select(): void {
    this.guardNull("chọn ô");
    if (this.ctx.data.activeSheet !== this.data.name) throw new OfficeError("InvalidSelection", "Chỉ chọn được ô trên trang tính đang mở.");
    this.ctx.data.selection = { sheet: this.data.name, address: areaAddress(this.area) };
  }

  private write(input: unknown[][], apply: (cell: FakeCell, value: unknown) => void): void {
    this.guardNull("ghi");
    if ((input.length !== this.rows || input.some((row) => row.length !== this.cols))) {
      throw new OfficeError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
    }
    checkFinite(this.area);
    for (const [r, c] of cellsOf(this.area)) {
      const value = input[r - this.area.top][c - this.area.left];
      apply(this.data.touch(r, c), value);
    }
  }

  private grid<T>(pick: (cell: FakeCell | undefined) => T): T[][] {
    checkFinite(this.area);
    return Array.from({ length: this.rows }, (_, i) =>
      Array.from({ length: this.cols }, (_, j) => pick(this.data.cell(this.area.top + i, this.area.left + j))),
    );
  }

  protected snapshot(prop: string): unknown {
    switch (prop) {
      case "values":
        return this.grid((cell) => cell?.value ?? "");
      case "formulas":
        return this.grid((cell) => cell?.formula ?? cell?.value ?? "");
      case "numberFormat":
        return this.grid((cell) => cell?.numberFormat ?? "General");
      case "address":
        return `${quoteSheet(this.data.name)}!${areaAddress(this.area)}`;
      case "rowIndex":
        return this.area.top;
      case "columnIndex":
        return this.area.left;
      case "rowCount":
        return this.rows;
      case "columnCount":
        return this.cols;
      default:
        throw notLoaded(prop);
    }
  }
}

export class FakeRangeAreas extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly data: FakeSheetData,
    readonly areas: CellRange[],
    nullObject = false,
  ) {
    super(ctx, nullObject);
  }

  get address(): string {
    return this.read("address");
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.guardNull("thêm định dạng có điều kiện");
    return new FakeConditionalFormatCollection(this.ctx, this.data, this.areas);
  }

  get format(): FakeRangeFormat {
    this.guardNull("định dạng");
    return new FakeRangeFormat(this.data, this.areas);
  }

  set style(name: string) {
    this.guardNull("đặt kiểu ô");
    setStyle(this.data, this.areas, name);
  }

  protected snapshot(prop: string): unknown {
    if (prop !== "address") throw notLoaded(prop);
    return this.areas.map((a) => `${quoteSheet(this.data.name)}!${areaAddress(a)}`).join(",");
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

/** range.format: every setter writes into the cells' format record. */
export class FakeRangeFormat {
  constructor(
    private readonly data: FakeSheetData,
    private readonly areas: CellRange[],
  ) {}

  private set(key: string, value: unknown): void {
    for (const area of this.areas) {
      checkFinite(area);
      for (const [r, c] of cellsOf(area)) {
        const cell = this.data.touch(r, c);
        cell.format = { ...cell.format, [key]: value };
      }
    }
  }

  get fill(): { color: string; pattern: string; clear(): void } {
    const set = (v: unknown): void => this.set("fill.color", v);
    const setPattern = (v: string): void => {
      if (!FILL_PATTERNS.has(v)) throw new OfficeError("InvalidArgument", `Không có kiểu tô "${v}".`);
      this.set("fill.pattern", v);
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
      Object.defineProperty(font, key, { set: (v: unknown) => set(key, v), get: () => { throw notLoaded(key); } });
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
    for (const area of this.areas) for (let c = area.left; c <= area.right; c++) this.data.columnWidths.set(c, points);
  }
  set rowHeight(points: number) {
    for (const area of this.areas) for (let r = area.top; r <= area.bottom; r++) this.data.rowHeights.set(r, points);
  }

  get borders(): { getItem(edge: string): { style: string; color: string; weight: string } } {
    return {
      getItem: (edge: string) => {
        const set = (k: string, v: unknown): void => this.set(`borders.${edge}.${k}`, v);
        return {
          set style(v: string) {
            set("style", v);
          },
          set color(v: string) {
            set("color", v);
          },
          set weight(v: string) {
            if (!["Hairline", "Thin", "Medium", "Thick"].includes(v)) throw new OfficeError("InvalidArgument", `Độ dày viền không hợp lệ: ${v}`);
            set("weight", v);
          },
          get weight(): string {
            throw notLoaded("weight");
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
    private readonly data: FakeSheetData,
    private readonly areas: CellRange[],
  ) {
    super(ctx);
  }

  get items(): FakeConditionalFormat[] {
    return this.read("items");
  }

  add(type: string): FakeConditionalFormat {
    const cf: FakeConditionalFormatData = { id: this.ctx.data.newId(), type, ranges: this.areas.map((a) => ({ ...a })) };
    this.data.conditionalFormats.push(cf);
    return new FakeConditionalFormat(this.ctx, this.data, cf);
  }

  protected snapshot(prop: string, subPath: string): unknown {
    if (prop !== "items") throw notLoaded(prop);
    return this.data.conditionalFormats
      .filter((cf) => cf.ranges.some((r) => this.areas.some((a) => intersects(r, a))))
      .map((cf) => {
        const proxy = new FakeConditionalFormat(this.ctx, this.data, cf);
        if (subPath) {
          proxy.load(subPath);
          proxy.flush();
        }
        return proxy;
      });
  }
}

export class FakeConditionalFormat extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly data: FakeSheetData,
    private readonly cf: FakeConditionalFormatData,
  ) {
    super(ctx);
  }

  get type(): string {
    return this.read("type");
  }

  get custom(): { rule: FakeConditionalRule; format: { fill: { color: string } } } {
    if (this.cf.type !== "Custom") throw new OfficeError("InvalidOperation", "Định dạng có điều kiện này không thuộc loại Custom.");
    const cf = this.cf;
    return {
      rule: new FakeConditionalRule(this.ctx, cf),
      format: {
        fill: {
          set color(v: string) {
            cf.fill = v;
          },
          get color(): string {
            throw notLoaded("color");
          },
        },
      },
    };
  }

  delete(): void {
    this.data.conditionalFormats = this.data.conditionalFormats.filter((c) => c !== this.cf);
  }

  protected snapshot(prop: string): unknown {
    if (prop === "type") return this.cf.type;
    throw notLoaded(prop);
  }
}

export class FakeConditionalRule extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly cf: FakeConditionalFormatData,
  ) {
    super(ctx);
  }

  get formula(): string {
    return this.read("formula");
  }
  set formula(value: string) {
    this.cf.formula = value;
  }

  protected snapshot(prop: string): unknown {
    if (prop === "formula") return this.cf.formula ?? "";
    throw notLoaded(prop);
  }
}

export class FakeChartCollection extends FakeClientObject {
  constructor(
    ctx: FakeRequestContext,
    private readonly data: FakeSheetData,
  ) {
    super(ctx);
  }

  add(type: string, source: FakeRange, seriesBy?: string): FakeChart {
    const chart: FakeChartData = { type, source: areaAddress(source.area), seriesBy };
    this.data.charts.push(chart);
    return new FakeChart(chart);
  }

  protected snapshot(prop: string): unknown {
    throw notLoaded(prop);
  }
}

export class FakeChart {
  constructor(private readonly chart: FakeChartData) {}
  get title(): { text: string } {
    const chart = this.chart;
    return {
      set text(v: string) {
        chart.title = v;
      },
      get text(): string {
        throw notLoaded("text");
      },
    };
  }
  setPosition(start: string, end?: string): void {
    this.chart.position = [start, end];
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
      if (formula && formula.startsWith("=")) cell.formula = formula;
      if (numberFormat) cell.numberFormat = numberFormat;
    }
  }
  sheet.merges = (seed.merges ?? []).map((a) => parseArea(a)).filter((a): a is CellRange => a !== null);
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

/** A request context over a workbook, typed as the real one so adapters take it unchanged. */
export function fakeContext(book: FakeWorkbookData): { fake: FakeRequestContext; context: Excel.RequestContext } {
  const fake = new FakeRequestContext(book);
  return { fake, context: fake as unknown as Excel.RequestContext };
}
