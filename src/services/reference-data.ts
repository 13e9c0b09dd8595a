// Reference data every desk needs, created on first start even without demo data.
import { count } from "drizzle-orm";
import { calendarDays, categories, workPeriods } from "../../db/schema.js";
import type { DB } from "../db.js";
import { DEFAULT_HOLIDAY_YEARS, defaultCalendar, statutoryHolidays } from "../domain/holidays.js";

// Lĩnh vực of records work. Codes are stable: demo data, imports and specialties refer to them.
const DEFAULT_CATEGORIES = [
  { code: "ho-so-nghiep-vu", name: "Lập, quản lý hồ sơ nghiệp vụ" },
  { code: "tra-cuu", name: "Tra cứu, khai thác, cung cấp thông tin hồ sơ" },
  { code: "ly-lich-tu-phap", name: "Lý lịch tư pháp" },
  { code: "xoa-an-tich", name: "Xóa án tích" },
  { code: "can-cuoc", name: "Căn cước, cư trú và định danh" },
  { code: "luu-tru", name: "Lưu trữ, bảo quản, tiêu hủy hồ sơ" },
  { code: "thong-ke", name: "Thống kê, báo cáo, cơ sở dữ liệu" },
  { code: "khac", name: "Vấn đề khác" },
];

export function ensureReferenceData(db: DB, now: Date): void {
  db.transaction((tx) => {
    if (tx.select({ n: count() }).from(categories).get()!.n === 0) {
      tx.insert(categories)
        .values(DEFAULT_CATEGORIES.map((c, i) => ({ ...c, sortOrder: (i + 1) * 10 })))
        .run();
    }
    if (tx.select({ n: count() }).from(workPeriods).get()!.n === 0) {
      const cal = defaultCalendar(DEFAULT_HOLIDAY_YEARS);
      const periods = Object.entries(cal.week).flatMap(([weekday, ps]) =>
        ps.map((p) => ({ weekday: Number(weekday), start: p.start, end: p.end })),
      );
      tx.insert(workPeriods).values(periods).run();
      const holidays = DEFAULT_HOLIDAY_YEARS.flatMap((y) => statutoryHolidays(y));
      tx.insert(calendarDays)
        .values(holidays.map((h) => ({ date: h.date, kind: "holiday" as const, name: h.name, createdAt: now })))
        .onConflictDoNothing()
        .run();
    }
  });
}
