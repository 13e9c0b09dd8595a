// Kênh tiếp nhận: how the period's questions reached the desk. The dashboard shows the table; the
// monthly report says it in a sentence.
import type { Channel } from "../../src/model.js";
import { CHANNEL_LABELS } from "./channel.js";
import { percent } from "./dashboard-format.js";

const ORDER: Channel[] = ["web", "phone", "zalo", "ihanoi", "public_portal", "letter"];

export function ChannelTable(props: { byChannel: Record<Channel, number>; received: number }) {
  return (
    <div class="table-wrap dash-channels">
      <table class="table table--figures" id="channel-table">
        <caption class="visually-hidden">Câu hỏi nhận được theo kênh tiếp nhận</caption>
        <thead>
          <tr>
            <th scope="col">Kênh tiếp nhận</th>
            <th scope="col">Câu hỏi</th>
            <th scope="col">Tỷ lệ</th>
          </tr>
        </thead>
        <tbody>
          {ORDER.map((ch) => (
            <tr>
              <th scope="row">{CHANNEL_LABELS[ch]}</th>
              <td>{props.byChannel[ch]}</td>
              <td>{percent(props.received ? props.byChannel[ch] / props.received : null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const IN_SENTENCE: Record<Channel, string> = {
  web: "gửi trực tuyến",
  phone: "qua điện thoại",
  zalo: "qua Zalo",
  ihanoi: "qua iHanoi",
  public_portal: "qua Cổng dịch vụ công",
  letter: "bằng công văn",
};

// "12 gửi trực tuyến, 5 qua điện thoại, 1 qua Zalo": the channels the period had, in the desk's order.
export function channelSentence(byChannel: Record<Channel, number>): string {
  return ORDER.filter((ch) => byChannel[ch] > 0)
    .map((ch) => `${byChannel[ch]} ${IN_SENTENCE[ch]}`)
    .join(", ");
}
