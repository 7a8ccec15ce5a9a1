// Excel custom functions, namespace CCHC (manifest.xml). custom-functions-metadata-plugin reads the JSDoc below
// to write functions.json and appends the CustomFunctions.associate call at build time.
import { bangChu } from "./bangchu";

/**
 * Viết số tiền bằng chữ (đồng), ví dụ =CCHC.BANGCHU(117000000) cho "Một trăm mười bảy triệu đồng".
 * @customfunction BANGCHU
 * @param amount Số tiền: số nguyên, hoặc văn bản như "117.000.000".
 * @param [options] Tùy chọn, cách nhau bằng dấu phẩy: le (lẻ thay linh), bon (bốn thay tư), ngan (ngàn thay nghìn); ví dụ "le,ngan".
 * @returns Số tiền bằng chữ.
 */
export function bangChuFunction(amount: number | string, options?: string): string {
  try {
    return bangChu(amount, options);
  } catch (err) {
    if (err instanceof RangeError) {
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, err.message);
    }
    throw err;
  }
}
