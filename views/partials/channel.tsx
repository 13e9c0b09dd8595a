// Kênh tiếp nhận: the names the desk uses for the ways a question arrives, and for passing the answer
// back to someone without an account through the same way.
import type { Channel } from "../../src/model.js";

export const CHANNEL_LABELS: Record<Channel, string> = {
  web: "Trực tuyến",
  phone: "Điện thoại",
  zalo: "Zalo",
  ihanoi: "iHanoi",
  public_portal: "Cổng dịch vụ công",
  letter: "Công văn",
};

// The channels the team logs (the web is the officers' own), in the order of the form's select.
export const LOGGED_CHANNELS: Exclude<Channel, "web">[] = ["phone", "zalo", "ihanoi", "public_portal", "letter"];

// What the team owes someone without an account once the answer is out, and the button that says it
// is done ("Đã gọi lại").
export const CALL_BACK_TASK: Record<Channel, { todo: string; done: string; button: string }> = {
  web: { todo: "Gọi lại báo kết quả", done: "Đã gọi lại", button: "Đã gọi lại" },
  phone: { todo: "Gọi lại báo kết quả", done: "Đã gọi lại", button: "Đã gọi lại" },
  zalo: { todo: "Nhắn trả lời qua Zalo", done: "Đã nhắn trả lời qua Zalo", button: "Đã nhắn qua Zalo" },
  ihanoi: { todo: "Trả lời trên iHanoi", done: "Đã trả lời trên iHanoi", button: "Đã trả lời trên iHanoi" },
  public_portal: { todo: "Trả lời trên Cổng dịch vụ công", done: "Đã trả lời trên Cổng dịch vụ công", button: "Đã trả lời trên Cổng" },
  letter: { todo: "Gửi văn bản trả lời", done: "Đã gửi văn bản trả lời", button: "Đã gửi văn bản" },
};

// "Thượng úy Nguyễn Văn An": a rank, when known, goes before the name.
export const withRank = (rank: string | null, name: string) => (rank ? `${rank} ${name}` : name);

// Mid-sentence: "Gọi lại…" → "gọi lại…", leaving names ("Zalo", "iHanoi") as they are.
export const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
