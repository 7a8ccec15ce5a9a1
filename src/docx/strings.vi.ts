// Every fixed Vietnamese sentence of the formal plan document (Nghị định 30/2020/NĐ-CP layout), in one place
// so a văn thư officer can review the wording without reading layout code.

export const BLANK = "…";

export const NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc";
export const DOC_KIND = "KẾ HOẠCH";
export const NUMBER_PREFIX = "Số: ";
export const NUMBER_BLANK = "…/KH-…";

export const headingGoals = "I. MỤC TIÊU";
export const headingTasks = "II. NHIỆM VỤ, SẢN PHẨM, TIẾN ĐỘ VÀ TRÁCH NHIỆM THỰC HIỆN";
export const headingBudget = "III. KINH PHÍ";
export const headingOrganisation = "IV. TỔ CHỨC THỰC HIỆN";

export const goalsGeneral = "1. Mục tiêu chung";
export const goalsSpecific = "2. Mục tiêu cụ thể";
export const goalsGoalRows = "Kế hoạch tập trung thực hiện các mục tiêu sau:";
export const goalsMissing = "(Bảng kế hoạch chưa nêu mục tiêu; đề nghị bổ sung mục tiêu chung và mục tiêu cụ thể.)";

export const tasksIntro =
  "Các nhiệm vụ, sản phẩm, tiến độ và trách nhiệm thực hiện theo từng lĩnh vực như sau (chi tiết tại Phụ lục kèm theo Kế hoạch này):";
export const tasksNoArea = "Nhiệm vụ khác";
export const tasksNone = "(Bảng kế hoạch chưa có nhiệm vụ nào.)";
export const labelOutput = "Sản phẩm";
export const labelIndicator = "Chỉ số";
export const labelPeriod = "Thời gian";
export const labelLead = "Chủ trì";
export const labelPartners = "phối hợp";

export const budgetTotal = "Tổng kinh phí thực hiện Kế hoạch:";
export const budgetWordsOpen = "(Bằng chữ: ";
export const budgetNone =
  "Bảng kế hoạch chưa ghi kinh phí bằng số cho nhiệm vụ nào; kinh phí thực hiện được bố trí theo quy định.";
export const budgetByArea = "Kinh phí theo từng lĩnh vực:";
export const budgetBySource = "Trong đó, theo nguồn kinh phí:";
export const budgetNoSource = "Chưa ghi nguồn";
export const budgetTableHeaders = ["TT", "Lĩnh vực", "Kinh phí (đồng)"];
export const budgetTableTotal = "Tổng cộng";
export const budgetForeign = "Kinh phí bằng ngoại tệ (không cộng vào tổng kinh phí bằng đồng Việt Nam):";
export const budgetSourceLabel = "Nguồn kinh phí: ";
export const budgetSourceDefault =
  "ngân sách nhà nước giao trong dự toán chi thường xuyên năm {year} của cơ quan và các nguồn kinh phí hợp pháp khác.";
export const CURRENCY_WORD = "đồng";

/** Section IV's standard items: dissemination, communication, reporting, inspection, evaluation, review. Each is
 *  printed unless the user's own "Tổ chức thực hiện" lines already speak of it (`covers`, folded, no accents). */
export const organisationDefault: { title: string; text: string; covers: string[] }[] = [
  {
    title: "1. Quán triệt, phổ biến",
    covers: ["quan triet", "pho bien"],
    text:
      "Thủ trưởng các phòng, đơn vị thuộc {body} tổ chức quán triệt, phổ biến Kế hoạch này đến toàn thể cán bộ, công chức, viên chức, người lao động; cụ thể hóa nhiệm vụ được giao vào chương trình công tác của đơn vị.",
  },
  {
    title: "2. Thông tin, tuyên truyền",
    covers: ["tuyen truyen"],
    text:
      "Đẩy mạnh thông tin, tuyên truyền về cải cách hành chính trên Trang thông tin điện tử và các kênh thông tin của cơ quan, để người dân, tổ chức biết, theo dõi và giám sát việc thực hiện.",
  },
  {
    title: "3. Chế độ báo cáo",
    covers: ["bao cao"],
    text:
      "Các phòng, đơn vị báo cáo kết quả thực hiện định kỳ hằng quý, 06 tháng và năm theo chỉ số thành công và phương tiện xác minh đã đề ra, gửi về đơn vị đầu mối công tác cải cách hành chính để tổng hợp, báo cáo cấp có thẩm quyền đúng thời hạn.",
  },
  {
    title: "4. Kiểm tra, giám sát",
    covers: ["kiem tra", "giam sat"],
    text:
      "Đơn vị đầu mối công tác cải cách hành chính chủ trì, phối hợp với các đơn vị liên quan kiểm tra, giám sát việc thực hiện Kế hoạch; kịp thời đề xuất biện pháp khắc phục tồn tại, hạn chế.",
  },
  {
    title: "5. Đánh giá kết quả",
    covers: ["danh gia", "thi dua", "khen thuong"],
    text:
      "Kết quả thực hiện Kế hoạch là căn cứ đánh giá, xếp loại chất lượng tập thể, cá nhân và xét thi đua, khen thưởng hằng năm.",
  },
  {
    title: "6. Sơ kết, tổng kết",
    covers: ["so ket", "tong ket"],
    text:
      "Tổ chức sơ kết 06 tháng, tổng kết năm việc thực hiện Kế hoạch; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh kịp thời về đơn vị đầu mối để tổng hợp, báo cáo lãnh đạo xem xét, điều chỉnh cho phù hợp",
  },
];
export const organisationBodyDefault = "cơ quan";
/** The heading over the user's own "Tổ chức thực hiện" lines, the standard items they leave out following. */
export const organisationOwnTitle = "Trách nhiệm thực hiện";
export const END_MARK = "./.";

export const recipientsLabel = "Nơi nhận:";
export const recipientsDefault = ["Cơ quan cấp trên (để báo cáo)", "Lãnh đạo cơ quan", "Các phòng, đơn vị thuộc cơ quan"];
export const archivePrefix = "Lưu: VT, ";
export const signAuthorityDefault = "QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ";
export const signNameDefault = "Họ và tên";

export const appendixLabel = "Phụ lục";
export const appendixTitle = "NHIỆM VỤ, SẢN PHẨM, TIẾN ĐỘ VÀ TRÁCH NHIỆM THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM {year}";
export const appendixAttached = "(Kèm theo Kế hoạch số {number} ngày {day} tháng {month} năm {year} của {body})";
export const appendixTotal = "Tổng cộng";
export const appendixWords = "Tổng kinh phí (bằng chữ): ";
export const appendixSheet = "Bảng: {sheet}";
export const scheduleAppendixTitle = "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM {year}";
/** Section II's opening when the schedule is appended: where the tables and where the schedule are. */
export const tasksIntroWithSchedule =
  "Các nhiệm vụ, sản phẩm, tiến độ và trách nhiệm thực hiện theo từng lĩnh vực như sau (chi tiết tại {tables}; tiến độ chi tiết tại {schedule} kèm theo Kế hoạch này):";

export const subjectDefault = "Cải cách hành chính năm {year}";
export const dateLine = "ngày {day} tháng {month} năm {year}";

/** Column headers of the appendix table, as the training forms print them. */
export const columnHeaders = {
  number: "TT",
  content: "Nội dung",
  task: "Nhiệm vụ",
  specificTask: "Nhiệm vụ cụ thể",
  generalTask: "Nhiệm vụ chung",
  goal: "Mục tiêu",
  output: "Sản phẩm",
  indicator: "Chỉ số thành công",
  verification: "Phương tiện xác minh",
  budget: "Ngân sách (đồng)",
  budgetPlanned: "Kinh phí dự kiến (đồng)",
  budgetShort: "Kinh phí (đồng)",
  period: "Thời gian thực hiện",
  progress: "Tiến độ",
  lead: "Cơ quan đầu mối",
  leadOutline: "Cơ quan chủ trì",
  partners: "Cơ quan phối hợp",
  assignment: "Phân công",
  method: "Cách thức thực hiện",
  note: "Ghi chú",
  area: "Lĩnh vực",
  responsibility: "Trách nhiệm",
};
export const assignmentLead = "- Chủ trì: ";
export const assignmentPartners = "- Phối hợp: ";

/** Fills {name} slots in a template. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
