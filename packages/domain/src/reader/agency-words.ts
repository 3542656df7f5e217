/**
 * The words the agency-list reader knows: heads of agency names ("Sở", "Ban", "UBND"), group
 * words ("các sở, ban, ngành"), titles of people, and the verbs that end a list of agencies.
 */

/** A person as lead by title: "Giám đốc Sở Xây dựng", "đồng chí Chủ tịch UBND huyện", "Thủ trưởng các sở, ban, ngành". */
const TITLED =
  "(?:[Đđ]ồng chí\\s+)?(?:(?:Phó\\s+)?(?:Giám đốc|Chủ tịch|Thủ trưởng|Bộ trưởng|Trưởng ban|Chánh Văn phòng|Người đứng đầu)|Phó Thủ tướng|Trưởng (?:thôn|ấp|bản)|Tổ [Tt]rưởng)";
export const HEAD = new RegExp(
  `^(?:${TITLED}|Sở|Ban(?!\\s+hành)|UBND|Ủy\\s?ban|Uỷ\\s?ban|Trung tâm|Văn phòng|Phòng(?=\\s+\\p{Lu})|Công an|Thuế|Chi cục|Cục|Bộ|Thanh tra|Công ty|Liên danh|Tổng công ty|Kho bạc|Ngân hàng|Viện|Quỹ|Chủ đầu tư|Nhà đầu tư|Nhà thầu|Tư vấn(?=\\s+(?:giám sát|thiết kế|thẩm tra|lập))|Đơn vị (?:tư vấn|thi công|giám sát)|Tập đoàn|Tổng cục|Vụ|Hội đồng|Bảo hiểm xã hội|Đài|Báo(?!\\s+cáo)|Liên đoàn|Hội(?!\\s+(?:nghị|thảo|chợ|diễn|đàm))|Tỉnh đoàn|Bộ Chỉ huy|Bộ đội|Điện lực|Chi nhánh|Tổ công tác|Đoàn(?!\\s+kết)|Trường(?!\\s+hợp)|Bệnh viện)(?=[\\s,]|$)`,
  "u",
);
export const GROUP =
  /^(?:các|Các)\s+(?:sở|Sở|ban|ngành|cơ quan|đơn vị|địa phương|lực lượng|chủ đầu tư|nhà đầu tư|nhà thầu|doanh nghiệp|tổ chức|Bộ|bộ|thành viên|xã|phường|huyện|tỉnh|hội|Hội|đoàn thể|trường|Trường|Ban|Phòng|phòng|Cục|Chi cục|Trung tâm|trung tâm|Công ty|công ty|Tổng công ty|hộ gia đình|cá nhân|thôn|tổ dân phố|Tổ dân phố)(?=[\s,;.:]|$)/u;
export const BARE_GROUP =
  /^(?:các\s+)?(?:sở|ban|ngành|đơn vị|địa phương|cơ quan|xã|phường|thị trấn|huyện|đoàn thể|tổ chức|UBND các xã|UBND các huyện)$/iu;
export const GROUP_CONTINUATION =
  /^(?:các\s+)?(?:sở|ban|ngành|đơn vị|địa phương|cơ quan|xã|phường|thị trấn|thị xã|huyện|thành phố|đoàn thể|tổ chức|lực lượng|bộ phận|phòng|khu vực|doanh nghiệp|cá nhân|hộ gia đình)(?=[\s,;.:]|$)/u;
/** Verbs and particles that open the predicate: a list of agencies ends before them. */
const STOP_WORDS = (
  "tiếp tục|chủ trì|phân công|phối hợp|khẩn trương|tập trung|đẩy nhanh|đẩy mạnh|hướng dẫn|hoàn thiện|hoàn thành|rà soát|báo cáo|" +
  "cập nhật|chuẩn bị|tổng hợp|nghiên cứu|bám sát|làm tốt|thực hiện|tham mưu|tăng cường|chủ động|sớm|xử lý|triển khai|" +
  "theo|tiếp thu|gửi|đề xuất|hỗ trợ|ưu tiên|được|đã|chưa|cần|phải|chịu trách nhiệm|có trách nhiệm|kiểm tra|tổ chức|" +
  "xem xét|quan tâm|lập|phê duyệt|thẩm định|giải quyết|đôn đốc|theo dõi|bố trí|thông báo|trình|ban hành|là|tích cực|" +
  "quyết liệt|kịp thời|thường xuyên|định kỳ|trong|tại|để|nhằm|cùng|khi|nếu|sau|trước|đến|vào|nghiêm túc|khẩn|ngay|" +
  "tiếp nhận|rà|đảm bảo|trực tiếp|bảo đảm|quản lý chặt|liên hệ|mời|chỉ đạo|duy trì|nâng cao|thúc đẩy|xây dựng kế hoạch|" +
  "xây dựng phương án|xây dựng quy chế|lồng ghép|thành lập|tập hợp|phổ biến|cung cấp|tuyên truyền|vận động|tiến hành|" +
  "điều chỉnh|bổ sung|sửa đổi|giải ngân|thanh toán|quyết toán|nghiệm thu|bàn giao|di dời|thu hồi|treo|tham gia|góp ý|" +
  "soạn thảo|sắp xếp|phân bổ|huy động|khắc phục|ngăn chặn|đối chiếu|thống nhất|làm việc|làm rõ|giải trình|kiểm soát|" +
  "tạo điều kiện|vừa|mới|vận hành|nắm bắt|nắm chắc|phát huy|tiếp tục|cử|nghiêm|khẩn cấp|phải|có kế hoạch|lập tức|" +
  // verbs of the work asked, and the verbs of assigning that follow an assigner ("Bộ Xây dựng đề nghị …")
  "đánh giá|khảo sát|trả lời|nộp|thống kê|công bố|giúp|căn cứ|trên cơ sở|chấp hành|quán triệt|yêu cầu|đề nghị|lưu ý|xin|có ý kiến"
).split("|");
export const TITLE = /^(?:Phó|Chủ tịch|Giám đốc|Trưởng|Bí thư|Thường trực|Ủy viên|Tổng|Chánh|Cục trưởng)(?=\s|$)/u;
export const PERSON_NAME = /^(?:đồng chí|Đồng chí)\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})/u;
export const INVESTOR = /^(các\s+)?(chủ|nhà)\s+đầu\s+tư(\s+hạ\s+tầng)?(\s+(?:của|các))?/iu;
export const COMMUNES = /^(?:UBND|Ủy ban nhân dân)\s+(các\s+)?(xã|phường|thị trấn)\s*:?\s+(?=\p{Lu})/u;
export const PROPER = /^\p{Lu}[\p{L}]*(?:\s+(?:\p{Lu}[\p{L}]*|\d{1,2}))*/u;
export const SEPARATOR = /^\s*(,\s*và|,|và)\s+/u;

export function startsStopWord(text: string): boolean {
  // "Đơn vị thi công bố trí …": "công" ends the name, "bố trí" is the verb (not "công bố")
  if (/^công bố trí(?![\p{L}])/u.test(text)) return false;
  if (/^giao\s+(?!thông|dịch|ban|nhận|lưu|liên)/u.test(text)) return true;
  // "… có liên quan", "UBND các huyện có đường QL1A đi qua", "các xã có dự án": a relative clause of the name
  if (/^có(?![\p{L}])/u.test(text))
    return !/^có\s+(?:liên quan|dự án|trụ sở|đường|tuyến|công trình|đất|diện tích|khu|cụm|biên giới|rừng)(?![\p{L}])/u.test(text);
  return STOP_WORDS.some((w) => text.startsWith(w) && !/[\p{L}\p{N}]/u.test(text.charAt(w.length)));
}
