"""Model names: quoted names after trigger words and in lists; slogans and events are not models."""
from __future__ import annotations

import unicodedata

import pytest

from extract.models import extract_models, model_key, quoted_spans

POSITIVE = [
    ("xây dựng mô hình “Tổ tự quản về an ninh trật tự” tại 12 thôn", ["Tổ tự quản về an ninh trật tự"]),
    ("như mô hình “Tự quản, tự phòng”, “Xã phường không có ma túy”, CLB “Phụ nữ xa quê”…",
     ["Tự quản, tự phòng", "Xã phường không có ma túy", "Phụ nữ xa quê"]),
    ("các mô hình: “Camera an ninh”; “Đèn đường chiếu sáng” và “Zalo an ninh”.",
     ["Camera an ninh", "Đèn đường chiếu sáng", "Zalo an ninh"]),
    ("nhân rộng như: mô hình “Khu dân cư an toàn”, “Tiếng kẻng an ninh”, mô hình giúp đỡ người lầm lỗi...",
     ["Khu dân cư an toàn", "Tiếng kẻng an ninh", "giúp đỡ người lầm lỗi"]),
    ('Công an xã duy trì mô hình "Nhóm Zalo an ninh trật tự" hoạt động hiệu quả.', ["Nhóm Zalo an ninh trật tự"]),
    ("thành lập câu lạc bộ “Thanh niên với pháp luật” ở trường học", ["Thanh niên với pháp luật"]),
    ("Mô hình ‘Cổng trường an toàn giao thông’ được triển khai", ["Cổng trường an toàn giao thông"]),
    ("mô hình 'Camera với an ninh trật tự' đã lắp 300 mắt camera", ["Camera với an ninh trật tự"]),
    ("mô hình điểm “Khu dân cư tự quản về phòng cháy, chữa cháy”",
     ["Khu dân cư tự quản về phòng cháy, chữa cháy"]),
    ("tổ “Tự quản đường làng” và nhóm “Liên gia an toàn” ở mỗi xóm", ["Tự quản đường làng", "Liên gia an toàn"]),
    ("mô hình “Hội cựu chiến binh phối hợp Công an”, mô hình “Phiên chợ an toàn”,“Hòm thư ANTT 4.0”",
     ["Hội cựu chiến binh phối hợp Công an", "Phiên chợ an toàn", "Hòm thư ANTT 4.0"]),
    ("một số mô hình tiêu biểu như “Dòng họ an toàn”", ["Dòng họ an toàn"]),
    ("CLB “Phòng, chống ma túy” của Đoàn xã", ["Phòng, chống ma túy"]),
    ("mô hình “Cụm an ninh giáp ranh giữa các xã; với các huyện bạn” được đánh giá cao",
     ["Cụm an ninh giáp ranh giữa các xã; với các huyện bạn"]),
    ("mô hình “Ngõ phố bình yên” và mô hình “Ngõ phố bình yên” lặp lại", ["Ngõ phố bình yên"]),
    # names called models after them: quoted, a quoted list, a list parted by semicolons, a club's name
    ("“Đèn đường an ninh,” “Xe ôm an toàn và phòng, chống tội phạm...” là những mô hình được nhân rộng",
     ["Đèn đường an ninh", "Xe ôm an toàn và phòng, chống tội phạm"]),
    ("\"Tổ phụ nữ không có ma túy\" tại ấp Tân Phú (huyện Tháp Mười) là một trong những mô hình tiêu biểu.",
     ["Tổ phụ nữ không có ma túy"]),
    ("\"Chiều thứ bảy cùng dân\" là một mô hình dân vận khéo của huyện.", ["Chiều thứ bảy cùng dân"]),
    ("Tổ phụ nữ không có tội phạm; tổ gia đình 5 không 3 sạch; câu lạc bộ phòng, chống ma túy… là những mô hình"
     " do Hội xây dựng.",
     ["Tổ phụ nữ không có tội phạm", "tổ gia đình 5 không 3 sạch", "câu lạc bộ phòng, chống ma túy"]),
    ("“Câu lạc bộ Phòng, chống tội phạm (CLB PCTP) ở Bình Phước là mô hình tiêu biểu của tỉnh.",
     ["Câu lạc bộ Phòng, chống tội phạm"]),
    # a quote that writes a model named elsewhere in other words
    ("triển khai mô hình “Bảo đảm an ninh trật tự trên địa bàn xã An Hòa, huyện Phú Tân”. Hội nghị triển khai"
     " “Bảo đảm an ninh trật tự trên địa bàn xã An Hòa” có 80 đại biểu.",
     ["Bảo đảm an ninh trật tự trên địa bàn xã An Hòa, huyện Phú Tân",
      "Bảo đảm an ninh trật tự trên địa bàn xã An Hòa"]),
    # a model described before its quoted name; a team's kind before its name; a quote opening with the cue
    ("ra mắt mô hình phòng chống tội phạm “Xóm đạo bình yên” tại giáo xứ", ["Xóm đạo bình yên"]),
    ("duy trì 1.575 tổ hòa giải, 900 tổ tuần tra “Dân cử, dân nuôi”.", ["Dân cử, dân nuôi"]),
    ("thực hiện tốt đề án 06; “Mô hình Camera an ninh”… Nhân dân đoàn kết", ["Mô hình Camera an ninh"]),
    # a team's quoted name later in the sentence of a model list
    ('Hội có mô hình "Tổ an ninh tự quản", "Tổ tuyên truyền pháp luật" ở phường với 500 thành viên, "Tổ hòa giải'
     ' cơ sở" phối hợp với Công an tuần tra được 2.000 lượt, "Tổ Dư luận xã hội" phản ánh hằng tháng.',
     ["Tổ an ninh tự quản", "Tổ tuyên truyền pháp luật", "Tổ hòa giải cơ sở", "Tổ Dư luận xã hội"]),
    # a head word that says how the group runs itself; one more name after an unquoted one
    ("Tham gia các mô hình tổ tự quản của Hội Nông dân, hội viên", ["tổ tự quản"]),
    ("Hiệu quả từ Mô hình dòng họ tự quản, tổ tự quản về an ninh trật tự\n",
     ["dòng họ tự quản", "tổ tự quản về an ninh trật tự"]),
    # launched, named first in proper-name form (its parts after dashes whole)
    ("Câu lạc bộ Phụ nữ bán vé số phòng, chống tội phạm được thành lập từ tháng 8/2023",
     ["Câu lạc bộ Phụ nữ bán vé số phòng, chống tội phạm"]),
    ("Khu dân cư An ninh – An toàn – An dân vừa được ra mắt, đi vào hoạt động ở khóm 3",
     ["Khu dân cư An ninh – An toàn – An dân"]),
    # quote marks the source writes wrongly: a closing mark for the opening one, an opening one never closed, an
    # item whose opening mark is lost
    ("ra mắt mô hình ”Phụ nữ chung tay cùng Biên phòng bảo vệ biên giới”. Ban Chủ nhiệm mô hình",
     ["Phụ nữ chung tay cùng Biên phòng bảo vệ biên giới"]),
    ("Hiệu quả từ mô hình “Tổ tự quản đường biên, mốc giới và an ninh, trật tự xóm ấp. Ảnh: Lê Sen\n",
     ["Tổ tự quản đường biên, mốc giới và an ninh, trật tự xóm ấp"]),
    ('Hội có mô hình "Tổ an ninh tự quản", Đội cán sự xã hội tình nguyện" phường, xã với 582 thành viên.',
     ["Tổ an ninh tự quản", "Đội cán sự xã hội tình nguyện"]),
    # list items: a place inside the name kept, one at its end dropped; clubs listed by commas
    ("có 9 mô hình phòng chống tội phạm gồm: Phát huy vai trò của đồng bào dân tộc Khmer ở xã Tân Mỹ tham gia giữ"
     " gìn an ninh trật tự; Camera phòng chống tội phạm; phòng chống tội phạm và vi phạm pháp luật trong học đường tại"
     " Trường Tiểu học-THCS Đăk Yă, xã Đăk Yă.",
     ["Phát huy vai trò của đồng bào dân tộc Khmer ở xã Tân Mỹ tham gia giữ gìn an ninh trật tự",
      "Camera phòng chống tội phạm", "phòng chống tội phạm và vi phạm pháp luật trong học đường"]),
    ("thôn đã xây dựng câu lạc bộ tự quản về an ninh trật tự như: Câu lạc bộ phụ nữ công giáo với công tác an ninh"
     " trật tự và hoạt động từ thiện nhân đạo, câu lạc bộ giữ gìn an ninh trật tự của cựu chiến binh.",
     ["Câu lạc bộ phụ nữ công giáo với công tác an ninh trật tự và hoạt động từ thiện nhân đạo",
      "câu lạc bộ giữ gìn an ninh trật tự của cựu chiến binh"]),
    # a launched team's name goes on after the place inside it
    ("Xã đoàn đã tổ chức ra mắt đội thanh niên ấp Phú Lợi xung kích tham gia giữ gìn an ninh trật tự. Đội thu hút",
     ["đội thanh niên ấp Phú Lợi xung kích tham gia giữ gìn an ninh trật tự"]),
    # ... and through "nông thôn" (rural, no hamlet), while a hamlet still ends it
    ("Năm 2022 Huyện Đoàn cho ra mắt đội hình thanh niên tình nguyện xây dựng nông thôn mới. Đội hình đã",
     ["đội hình thanh niên tình nguyện xây dựng nông thôn mới"]),
    ("Xã đoàn ra mắt đội thanh niên tình nguyện thôn Tân An.", ["đội thanh niên tình nguyện"]),
    # self-management of a named village or clan (not the class "mô hình tự quản về ANTT")
    ("Ra mắt mô hình tự quản về an ninh trật tự thôn Đông Xá\nChiều 6.1, xã triển khai",
     ["tự quản về an ninh trật tự thôn Đông Xá"]),
    ("Ông Tẩn Duần Phú, Trưởng mô hình tự quản dòng họ Tẩn cho biết:", ["tự quản dòng họ Tẩn"]),
    # a clan named by its surname that manages itself, even with no cue
    ("Anh Thò Mí Tính, thành viên Dòng họ Thò tự quản về an ninh trật tự thôn Phấu Hía nắm bắt tình hình",
     ["Dòng họ Thò tự quản về an ninh trật tự thôn Phấu Hía"]),
    # the purpose a name states after a comma
    ("tỉnh đã triển khai hơn 30 mô hình camera giám sát, đảm bảo an ninh trật tự với hơn 500 camera",
     ["camera giám sát, đảm bảo an ninh trật tự"]),
    # a list item that says only the kind of model
    ("Nhiều mô hình hiệu quả đang được nhân rộng như mô hình tự quản, camera an ninh, trường học an toàn về ANTT…"
     " đã tạo được sự lan tỏa", ["camera an ninh", "trường học an toàn về ANTT"]),
    # an unquoted name that opens with a number
    ("Tiêu biểu là mô hình 4 quản (quản công việc, quản thời gian, quản tài sản) ở xã", ["4 quản"]),
    # a name about livelihoods that names security too; "giúp đỡ" inside a list item
    ("xây dựng mô hình “Tổ nông dân sản xuất giỏi - giữ gìn ANTT” ở xã", ["Tổ nông dân sản xuất giỏi - giữ gìn ANTT"]),
    ("nhiều mô hình được nhân rộng, như: Tổ tự quản; Quản lý, giáo dục, giúp đỡ người nghiện tại cộng đồng; Trạm"
     " dừng chân…", ["Tổ tự quản", "Quản lý, giáo dục, giúp đỡ người nghiện tại cộng đồng", "Trạm dừng chân"]),
]

NEGATIVE = [
    "cụ thể hóa phương châm “Dân là gốc”, phong trào là hình thức cơ bản",
    "phối hợp tổ chức thành công “Ngày hội toàn dân bảo vệ ANTQ”, “Ngày đại đoàn kết dân tộc”",
    "Chương trình phối hợp về “Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới”",
    "gắn với Cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư”",
    "xây dựng khu dân cư, xã, phường, cơ quan “An toàn về an ninh, trật tự”",
    "có 54.000 khu dân cư đạt danh hiệu “Khu dân cư văn hóa”",
    "nhiều mô hình, điển hình trong phòng chống tội phạm được xây dựng",
    "thực hiện Nghị quyết “Tăng cường sự lãnh đạo của Đảng”",
    "tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” tại 100% khu dân cư",
    "mô hình phong trào “Toàn dân bảo vệ an ninh Tổ quốc” ở cơ sở",
    "các thế lực thù địch, âm mưu “diễn biến hòa bình”, “tự chuyển hóa”",
    "Đối tượng khai nhận đã mua ma túy của “Hùng béo” tại bến xe.",
    "Mô hình phòng chống tội phạm “hiệp sĩ đường phố” được nhắc đến nhiều.",
    "kiện toàn Tổ tự quản gắn với mục tiêu “5 không, 3 sạch”, đó là: Không hủ tục lạc hậu; không tảo hôn; không bạo"
    " lực gia đình.",
    "CLB Nông dân tỷ phú ở Lâm Đồng vừa được thành lập quy tụ 67 chủ vườn",
    "nâng cao hiệu quả của mô hình tự quản về ANTT ở cơ sở.",
    "Tổ tự quản này là mô hình điểm của tỉnh.",
    "Đội này đã là mô hình tiêu biểu.",
    "Tổ Công tác đặc biệt được thành lập theo quyết định của Giám đốc.",
    "Ra mắt Tổ công tác liên ngành về an ninh trật tự tại xã.",
    "Công an bắt nhóm đối tượng “Bay lắc” tại quán karaoke.",
    "Trận chung kết, đội bóng “Sao Mai” thắng 2-1.",
    "Hội Nông dân xây dựng mô hình trồng cây ăn quả “Vườn mẫu” ở xã.",
    "mô hình được triển khai với 15 trang Zalo ở các phường, xã như: “CAP Hà Huy Tập”, “CAX Thạch Bình”...",
    "Ra mắt dòng họ Phạm tự quản về nếp sống văn hóa",
    "Xã tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc”; ông là tổ phó “Tổ CCB”.",
    "“Câu lạc bộ Phòng, chống tội phạm hoạt động rất tốt. Tới đây sẽ nhân rộng trên cả nước”, ông nói.",
]


@pytest.mark.parametrize(("text", "names"), POSITIVE)
def test_models_found(text: str, names: list[str]) -> None:
    found = extract_models(text)
    assert [m.name for m in found] == names
    for m in found:
        assert text[m.start:m.end] == m.text
        assert m.key == model_key(m.name)


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_models(text: str) -> None:
    assert extract_models(text) == []


@pytest.mark.parametrize("form", ["NFD", "old tone"])
def test_offsets_point_into_the_original(form: str) -> None:
    text = "mô hình “Khu dân cư hòa thuận, an toàn”, “Tổ hòa giải”"
    source = unicodedata.normalize("NFD", text) if form == "NFD" else text.replace("hòa", "hoà")
    found = extract_models(source)
    assert [m.name for m in found] == ["Khu dân cư hòa thuận, an toàn", "Tổ hòa giải"]
    for m in found:
        assert source[m.start:m.end] == m.text


@pytest.mark.parametrize(("a", "b"), [
    ("Khu dân cư hoà thuận", "“khu dân cư  hòa thuận”"),
    ("Tự quản, tự phòng", "tự quản tự phòng"),
    (unicodedata.normalize("NFD", "Tổ liên gia"), "TỔ LIÊN GIA"),
])
def test_model_key_matches_variants(a: str, b: str) -> None:
    assert model_key(a) == model_key(b)


def test_model_key_keeps_tones_and_numbers() -> None:
    assert model_key("Tổ tự quản") != model_key("To tu quan")
    assert model_key("Hòm thư ANTT 4.0") == "hòm thư antt 4.0"


def test_quoted_spans_pair_nested_and_mixed_quotes() -> None:
    text = "“A “B” C” 'D' \"E\""
    assert [text[s + 1:e] for s, e in quoted_spans(text)] == ["A “B” C", "B", "D", "E"]
    text = "“A\nB” “C, “D” “E\n\nF”"  # broken once over a line; left open before the next item; not over a paragraph
    assert [text[s + 1:e] for s, e in quoted_spans(text)] == ["A\nB", "C", "D"]


def test_seed_models_match_gold(seeds, gold) -> None:
    for stem, text in seeds.items():
        expected = {m["name"].casefold() for m in gold[stem]["models"]}
        assert {m.name.casefold() for m in extract_models(text)} == expected, stem


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lost paragraph breaks: a quote glued to the next word or sentence
        ("Mô hình “Cổng trường an toàn giao thông”được nhân rộng.Tiêu biểu là CLB “Phòng chống ma túy” của xã.",
         ["Cổng trường an toàn giao thông", "Phòng chống ma túy"]),
        ("Công an huyện duy trì mô hình “Camera an ninh”.Tại xã Tân Lập, tổ “Xe ôm văn minh” hoạt động.",
         ["Camera an ninh", "Xe ôm văn minh"]),
        # straight quotes, old tone placement (keyed to one style)
        ('Các mô hình "Tự quản, tự phòng, tự bảo vệ, tự hoà giải", "Bến thuyền an toàn" tiếp tục phát huy.',
         ["Tự quản, tự phòng, tự bảo vệ, tự hòa giải", "Bến thuyền an toàn"]),
        # contests, awards and schemes are not models
        ("hưởng ứng cuộc thi “Tìm hiểu pháp luật” và Giải thưởng “Vì an ninh Tổ quốc”", []),
        ("triển khai Đề án “Tăng cường ứng dụng dữ liệu dân cư” (Đề án 06)", []),
    ],
)
def test_adversarial_phrasings(text: str, expected: list[str]) -> None:
    assert [m.name for m in extract_models(text)] == expected


# Error classes of issue 9 for models: a list after "như:"/"gồm" governed by a cue clauses earlier, unquoted
# capitalised names, phrases that are no names.
CLASSES = [
    ("Đến nay, toàn huyện đã xây dựng và duy trì được 24 mô hình về an ninh trật tự như “Đội dân phòng”, “Tổ hòa "
     "giải”, “Tổ tự quản”, “Ánh sáng đường quê”, “Câu lạc bộ phụ nữ phòng chống tội phạm theo mô hình 1 +”, “Câu "
     "lạc bộ gia đình hạnh phúc”...",
     ["Đội dân phòng", "Tổ hòa giải", "Tổ tự quản", "Ánh sáng đường quê",
      "Câu lạc bộ phụ nữ phòng chống tội phạm theo mô hình 1 +", "Câu lạc bộ gia đình hạnh phúc"]),
    ("Các xã đã xây dựng các mô hình tự quản về an ninh trật tự như: “Camera an ninh”, “Tiếng kẻng báo động”…; "
     "các câu lạc bộ như “Phụ nữ với pháp luật”.",
     ["Camera an ninh", "Tiếng kẻng báo động", "Phụ nữ với pháp luật"]),
    ("Phát huy hiệu quả các mô hình, điển hình tiên tiến gồm: “Khu dân cư an toàn”, “Gia đình không có tội phạm”.",
     ["Khu dân cư an toàn", "Gia đình không có tội phạm"]),
    ("nhân rộng các mô hình phòng, chống tội phạm như “Xóm đạo bình yên”; các CLB như “Thanh niên xung kích”.",
     ["Xóm đạo bình yên", "Thanh niên xung kích"]),
    ("Toàn huyện đã xây dựng 161 Tổ nhân dân tự quản, 2 mô hình Dòng tộc tự quản, 3 Tổ xung kích phòng, chống tội "
     "phạm.", ["Dòng tộc tự quản"]),
    ("Mô hình Camera an ninh được nhân rộng ra 12 xã.", ["Camera an ninh"]),
    # a lower-case name opened by the equipment it is named by (corpus f, k, l dev); other lower-case words after
    # "mô hình" name no model
    ("Thị trấn đã xây dựng được 1 mô hình camera an ninh, quần chúng nhân dân đã cung cấp 12 tin có giá trị.",
     ["camera an ninh"]),
    ("Xã duy trì mô hình camera giám sát đảm bảo ANTT với 28 camera.", ["camera giám sát đảm bảo ANTT"]),
    # a self-managed team or cluster opens a name as the equipment does (corpus o, y dev)
    ("Xã xây dựng mô hình tổ tự quản về an ninh trật tự tại 5 thôn.", ["tổ tự quản về an ninh trật tự"]),
    ("Xã duy trì mô hình cụm dân cư tự quản về ANTT, đạt kết quả tốt.", ["cụm dân cư tự quản về ANTT"]),
    ("Huyện triển khai mô hình chính quyền địa phương hai cấp, mô hình phát triển nông nghiệp công nghệ cao.", []),
    # a pilot ("mô hình điểm") of a residential area's model; a club's name keeps "phòng, chống" (corpus m dev)
    ("Xã phối hợp xây dựng mô hình điểm khu dân cư phòng chống tội phạm, lắp đặt hệ thống camera.",
     ["khu dân cư phòng chống tội phạm"]),
    ("Hơn tám năm qua, mô hình CLB Gia đình phòng, chống tệ nạn xã hội ngày càng khẳng định vai trò.",
     ["CLB Gia đình phòng, chống tệ nạn xã hội"]),
    # a list opened by "như mô hình" without a colon: semicolons part it, or commas when an ellipsis closes it
    # (a comma pair stays inside its item); a nationwide movement after "mô hình" and a livelihood model's crops
    # and herds are no models (corpus n dev)
    ("Các địa bàn duy trì các mô hình phát huy hiệu quả như mô hình Tổ dân phố, thôn không có tội phạm; Quản lý, "
     "giáo dục đối tượng tù tha tái hòa nhập cộng đồng; Tổ tuần tra, canh gác bảo vệ mùa vụ… Các ngành phối hợp.",
     ["Tổ dân phố, thôn không có tội phạm", "Quản lý, giáo dục đối tượng tù tha tái hòa nhập cộng đồng",
      "Tổ tuần tra, canh gác bảo vệ mùa vụ"]),
    ("Công an nhân rộng các mô hình, điển hình tiên tiến như mô hình camera an ninh, đoạn đường sắt tự quản an toàn "
     "giao thông, Zalo an ninh, tổ liên kết phòng cháy, chữa cháy và cứu hộ cứu nạn…",
     ["camera an ninh", "đoạn đường sắt tự quản an toàn giao thông", "Zalo an ninh",
      "tổ liên kết phòng cháy, chữa cháy và cứu hộ cứu nạn"]),
    # corpus ag, ab dev: clubs and teams listed by name after "như", and a comma before a team's word inside a
    # semicolon list's item
    ("Vĩnh Long duy trì mô hình câu lạc bộ (CLB) người dân phòng, chống tội phạm hiệu quả như CLB Honda xe khách, "
     "CLB Phụ nữ bán vé số, CLB Thanh niên phòng, chống tội phạm… Tại buổi lễ, tỉnh khen thưởng.",
     ["CLB Honda xe khách", "CLB Phụ nữ bán vé số", "CLB Thanh niên phòng, chống tội phạm"]),
    ("Điển hình như mô hình câu lạc bộ phòng chống tội phạm; câu lạc bộ nhà trọ, đội công nhân xung kích tự quản "
     "trong doanh nghiệp… Ngoài ra còn nhiều cách làm hay.",
     ["câu lạc bộ phòng chống tội phạm", "câu lạc bộ nhà trọ", "đội công nhân xung kích tự quản trong doanh nghiệp"]),
    ("Toàn tỉnh duy trì 134 mô hình Toàn dân bảo vệ an ninh Tổ quốc; trong đó, khối xã có 122 mô hình.", []),
    ("Huyện đẩy mạnh các mô hình chăn nuôi hiệu quả như bò lấy thịt, bò đẻ, lợn đen, dê thả, gia cầm sạch...", []),
    ("Các mô hình như tuyên truyền, vận động người dân được duy trì.", []),
    ("Nhiều điển hình như các tỉnh Bắc Kạn, Bà Rịa-Vũng Tàu, TP Hồ Chí Minh…", []),
    # corpus o dev: where each model of a quoted list is ("“A” tại xã X (TX. Y); “B” ở xã Z") does not end the
    # list; "mô hình tự quản “...”"; a team launched by name; unquoted names on one line, ended by "năm" or a
    # quoted slogan; lower-case names opened by "tổ liên gia", "dòng họ"
    ("Năm 2020, tỉnh xây dựng mới 5 mô hình, gồm: “Chung tay giúp đỡ người chưa thành niên vi phạm pháp luật” tại xã "
     "An Thủy (huyện Lệ Thủy); “Khu dân cư thực hiện tốt an toàn giao thông” ở xã Quảng Lộc, “Tổ dân phố bảo đảm "
     "ANTT” tại phường Quảng Long (TX. Ba Đồn); “Khu dân cư tự quản về ANTT” tại xã Cao Quảng.",
     ["Chung tay giúp đỡ người chưa thành niên vi phạm pháp luật", "Khu dân cư thực hiện tốt an toàn giao thông",
      "Tổ dân phố bảo đảm ANTT", "Khu dân cư tự quản về ANTT"]),
    ("Công an khánh thành mô hình tự quản “Trường học an toàn giao thông”, thành lập và ra mắt “Đội thanh niên xung "
     "kích bảo đảm trật tự an toàn giao thông” tại Trường THCS.",
     ["Trường học an toàn giao thông", "Đội thanh niên xung kích bảo đảm trật tự an toàn giao thông"]),
    ("Huyện thành lập “Ban chỉ đạo 138” và ra mắt “Sổ tay pháp luật”.", []),
    ("Công an quận ký kết chương trình thực hiện mô hình Cổng trường an toàn giao thông năm 2023.",
     ["Cổng trường an toàn giao thông"]),
    ("Thành đoàn phát động mô hình Cổng trường an Toàn “Phân luồng giao thông - Vững bước tương lai” năm 2025.",
     ["Cổng trường an Toàn"]),
    ("Các đại biểu chúc mừng lễ ra mắt mô hình\nDòng họ Bon Niêng đoàn kết giữ gìn an ninh trật tự nhằm phát huy "
     "tinh thần tự quản.", []),
    ("Toàn tỉnh duy trì 10.600 mô hình tổ liên gia tự quản, mô hình dòng họ tự quản.",
     ["tổ liên gia tự quản", "dòng họ tự quản"]),
    ("Mô hình camera an ninh không chỉ phát huy hiệu quả trong công tác phòng, chống tội phạm.",
     ["camera an ninh"]),  # corpus p dev
    # an upper-case headline: the model is found, and named as the body writes it
    ("XÂY DỰNG MÔ HÌNH “CAMERA AN NINH” Ở XÃ TÂN LẬP\nXã Tân Lập duy trì mô hình “Camera an ninh” hiệu quả.",
     ["Camera an ninh"]),
    ("NHÂN RỘNG MÔ HÌNH “TỔ TỰ QUẢN”", ["TỔ TỰ QUẢN"]),
    # a head word's acronym in brackets: inside the name, before its quote; an acronym closing the name is none of it
    # (corpus ba, af, q dev)
    ("Được thành lập từ tháng 8/2023, mô hình Câu lạc bộ (CLB) PN xe ôm phòng, chống tội phạm của Hội LHPN xã hoạt "
     "động tốt.", ["Câu lạc bộ (CLB) PN xe ôm phòng, chống tội phạm"]),
    ("Hội Phụ nữ các cấp xây dựng mô hình Câu lạc bộ (CLB) “Phụ nữ với pháp luật” tại các xã.",
     ["Phụ nữ với pháp luật"]),
    ("“Kết quả đó có vai trò không nhỏ của mô hình dòng họ tự quản về an ninh trật tự (ANTT)” - anh Cường cho biết.",
     ["dòng họ tự quản về an ninh trật tự"]),
    ("Huyện có 12 mô hình tự quản, tiêu biểu như “Mô hình camera an ninh” với 19 điểm.", ["Mô hình camera an ninh"]),
    # each spelling of a name once: the article's two ways of writing it are both its names (corpus w, aj dev)
    ("Ra mắt mô hình “Kết nối Zalo an ninh – Bình yên cho mỗi gia đình”. Mô hình “Kết nối Zalo an ninh - Bình yên "
     "cho mỗi gia đình” đã có 300 thành viên. Mô hình “kết nối Zalo an ninh – bình yên cho mỗi gia đình” lan rộng.",
     ["Kết nối Zalo an ninh – Bình yên cho mỗi gia đình", "Kết nối Zalo an ninh - Bình yên cho mỗi gia đình"]),
    # a tone typed on the wrong vowel is kept as written in the name, not in the key
    ("xây dựng mô hình “Cổng trường an toàn, tiêủ học không ma túy”", ["Cổng trường an toàn, tiêủ học không ma túy"]),
    # unquoted items of a semicolon list after a counted trigger's colon, or after "như:" (corpus j dev)
    ("Xã duy trì hoạt động 6 mô hình, điển hình tiên tiến trong phong trào “Toàn dân bảo vệ ANTQ”: Phòng, chống "
     "tội phạm xâm hại tình dục trẻ em; Tổ liên gia an toàn phòng cháy, chữa cháy tại các khu dân cư; Móc khoá an "
     "ninh; Camera an ninh...",
     ["Phòng, chống tội phạm xâm hại tình dục trẻ em", "Tổ liên gia an toàn phòng cháy, chữa cháy tại các khu dân cư",
      "Móc khóa an ninh", "Camera an ninh"]),
    ("Các xã đã xây dựng các mô hình như: \"Liên gia tự quản\" về ANTT; quần chúng tham gia tự quản đường biên mốc "
     "giới; tham gia quản lý, giáo dục người lầm lỗi tại cộng đồng...",
     ["Liên gia tự quản", "quần chúng tham gia tự quản đường biên mốc giới",
      "tham gia quản lý, giáo dục người lầm lỗi tại cộng đồng"]),
    # a nationwide movement quoted beside models is none; "mô hình" opening a list item is not its name (k dev)
    ("Nổi bật là có nhiều mô hình, điển hình “Dân vận khéo” trên lĩnh vực an ninh đạt hiệu quả, được khen thưởng "
     "cấp tỉnh như: mô hình họ Bùi tự phòng, tự quản về an ninh trật tự; mô hình tự quản về an ninh trật tự của "
     "thôn 1…", ["họ Bùi tự phòng, tự quản về an ninh trật tự", "tự quản về an ninh trật tự của thôn 1"]),
    # a comma list after a counted trigger and "như:" (corpus l dev); a movement in lower case is none either
    ("Các mô hình “dân vận khéo” được quan tâm. Toàn huyện có 32 mô hình như: camera giám sát an ninh, tiếng loa "
     "di động, mô hình 5+1, nông dân không vi phạm pháp luật...",
     ["camera giám sát an ninh", "tiếng loa di động", "5+1", "nông dân không vi phạm pháp luật"]),
    # corpus be dev: a comma list after "như:" that an ellipsis closes, with or without a count before the trigger
    ("Duy trì và xây dựng các mô hình mang lại hiệu quả cao, như: mô hình tổ hòa giải, tổ dân phòng phòng cháy chữa "
     "cháy, mô hình ánh sáng an ninh, camera an ninh... Trong năm qua",
     ["tổ hòa giải", "tổ dân phòng phòng cháy chữa cháy", "ánh sáng an ninh", "camera an ninh"]),
    # corpus q dev: a list that "các tổ tự quản" governs; a road model named in lower case
    ("Duy trì hoạt động của các tổ tự quản an ninh trật tự như: \"Câu lạc bộ phòng chống ma túy\", \"Tổ tự quản an "
     "toàn giao thông\", \"Tổ hòa giải\", thành lập Ban chỉ đạo ở cơ sở.",
     ["Câu lạc bộ phòng chống ma túy", "Tổ tự quản an toàn giao thông", "Tổ hòa giải"]),
    ("Các đoàn xã triển khai xây dựng mô hình tuyến đường thanh niên tự quản về an ninh trật tự.",
     ["tuyến đường thanh niên tự quản về an ninh trật tự"]),
    # corpus w dev: a list item's name without where it is or a plural word before it
    ("Các mô hình như: Mô hình “Hộ an toàn, thôn bản bình yên” với 75 thành viên; Mô hình liên kết đảm bảo an ninh "
     "trật tự tại 02 thôn vùng cao Đông Đăm - Lủng Tráng; Mô hình tổ tự quản; các cụm An ninh liên hoàn giữa các "
     "thôn...", ["Hộ an toàn, thôn bản bình yên", "liên kết đảm bảo an ninh trật tự", "tổ tự quản",
                 "cụm An ninh liên hoàn giữa các thôn"]),
    # corpus ai dev: a list item's name without where it is, however that is written
    ("Nhiều mô hình được hưởng ứng, như: Mô hình camera an ninh (thành phố Pleiku); Mô hình tiếng kẻng an ninh (huyện "
     "Chư Prông); Mô hình con đường thanh niên tự quản (huyện Mang Yang)....",
     ["camera an ninh", "tiếng kẻng an ninh", "con đường thanh niên tự quản"]),
    ("17 mô hình gồm: Mô hình cổng làng bình yên làng Chrơng 2, xã Đak Taley; con đường an toàn xã Đak Djrăng; tiếng "
     "nói học đường tại Trường tiểu học xã Đak Djrăng; Tổ tự quản về ANTT tại khu dân cư.",
     ["cổng làng bình yên", "con đường an toàn", "tiếng nói học đường", "Tổ tự quản về ANTT tại khu dân cư"]),
    # corpus ac/ae dev: an initiative named in single quotes; a quoted item of a semicolon list
    ("Sáng kiến 'Tiếng kẻng an ninh' và 'Dòng họ tự quản' không chỉ tạo ra bước đột phá.",
     ["Tiếng kẻng an ninh", "Dòng họ tự quản"]),
    ("Có một số mô hình phát huy hiệu quả như: mô hình camera an ninh; thôn xóm bình yên; \"Người cha trách nhiệm\"; "
     "tổ công nhân tự quản.", ["camera an ninh", "thôn xóm bình yên", "Người cha trách nhiệm", "tổ công nhân tự quản"]),
    # corpus ab dev: the last item of a list ends where the sentence says what it does
    ("Thường xuyên chỉ đạo các mô hình tự quản như: Tổ hòa giải; mô hình Hộ an toàn – Thôn bản bình yên hoạt động có "
     "hiệu quả trên địa bàn 6 thôn.", ["Tổ hòa giải", "Hộ an toàn – Thôn bản bình yên"]),
    # corpus y dev: a residential area launched by a quoted name
    ("UBMTTQVN xã Phước Hưng đã tổ chức lễ ra mắt “Khu dân cư Lò Vôi tự quản về an ninh trật tự”.",
     ["Khu dân cư Lò Vôi tự quản về an ninh trật tự"]),
    # corpus t dev: a team launched by a name written without quotes, up to where it is
    ("Sáng 12-10, UBND quận tổ chức ra mắt tổ cựu quân nhân xung kích phòng chống tội phạm và giữ gìn TTVSĐT ở tổ "
     "dân phố số 22.", ["tổ cựu quân nhân xung kích phòng chống tội phạm và giữ gìn TTVSĐT"]),
    ("Xã tổ chức ra mắt Câu lạc bộ phòng chống tội phạm xã Bình Định Bắc.", ["Câu lạc bộ phòng chống tội phạm"]),
    # corpus w, am dev: a club founded by a name without quotes; a model named after "mô hình xây dựng" (am dev)
    ("Năm 2015, Hội Phụ nữ thị trấn thành lập CLB phụ nữ phòng chống bạo lực gia đình, với 40 thành viên.",
     ["CLB phụ nữ phòng chống bạo lực gia đình"]),
    # corpus ap, t dev: a self-managed group named in lower case after the cue, up to what it manages
    ("Xóm làng bình yên nhờ mô hình nông dân tự quản với tiếng mõ an ninh", ["nông dân tự quản"]),
    ("Xã duy trì mô hình tiểu thương tự quản về an ninh trật tự, góp phần giữ gìn trật tự chợ.",
     ["tiểu thương tự quản về an ninh trật tự"]),
    # corpus bd dev: a launch verb opening the sentence or a headline
    ("Phường Nghi Hải: Ra mắt “Câu lạc bộ phụ nữ tứ đức”", ["Câu lạc bộ phụ nữ tứ đức"]),
    ("Đoàn xã triển khai mô hình xây dựng Tuyến đường thanh niên tự quản về an ninh trật tự tại ấp Phú Hòa.",
     ["Tuyến đường thanh niên tự quản về an ninh trật tự"]),
    # corpus df dev: a team's kind right before its quoted name, even glued to the quote, names no model of its own
    ("Trường tổ chức lễ ra mắt mô hình tổ tự quản“Cổng trường an toàn giao thông”.",
     ["Cổng trường an toàn giao thông"]),
    ("Công an xã xây dựng mô hình tổ tự quản “Cổng trường an toàn” ở hai trường.", ["Cổng trường an toàn"]),
    # corpus df dev: a quote closed by an opening mark written after its last word
    ("Điển hình là mô hình “Cơ sở Hội vùng dân tộc thiểu số“ tại xã Lượng Minh do tỉnh chỉ đạo điểm.",
     ["Cơ sở Hội vùng dân tộc thiểu số"]),
    # corpus df, q dev: a comma list closed by an ellipsis may hold a quoted item whole (its own commas inside); an
    # over-long item ends the list
    ('Một số mô hình tiêu biểu như: camera an ninh, tổ an ninh nhân dân, "trong nhà có mõ, ngoài ngõ có đèn", chi '
     'hội không có ma túy...',
     ["camera an ninh", "tổ an ninh nhân dân", "trong nhà có mõ, ngoài ngõ có đèn", "chi hội không có ma túy"]),
    ('Hội duy trì các mô hình như: "Câu lạc bộ phòng chống ma túy", "Tổ hòa giải", thành lập Ban chỉ đạo ở cơ sở '
     'để thực hiện nghị định của Chính phủ về cấm buôn bán, vận chuyển và đốt pháo nổ...',
     ["Câu lạc bộ phòng chống ma túy", "Tổ hòa giải"]),
    # corpus df dev: a team's word opens a name after "mô hình" as a club's does
    ("Một số mô hình hiệu quả như mô hình đội công nhân xung kích giữ gìn ANTT tại các công ty doanh nghiệp.",
     ["đội công nhân xung kích giữ gìn ANTT"]),
    ("Xã duy trì mô hình Camera an ninh, đội ngũ cán bộ được tập huấn thường xuyên.", ["Camera an ninh"]),
    # corpus df dev (and the quoted teams of ay, o, q dev): a quote that opens with a team's word names a model, its cue
    # some way off
    ("Trong đó, sự ra đời và hoạt động của “Tổ tự quản đường biên, mốc quốc giới” cụm dân cư Giồng Duối là một "
     "điểm sáng.", ["Tổ tự quản đường biên, mốc quốc giới"]),
    # campaign press: what a cue names a quote by ("mang tên", "có tên", "với tên gọi là")
    ("Đoàn xã ra mắt câu lạc bộ mang tên “Thanh niên với pháp luật” vào chiều 5/6.", ["Thanh niên với pháp luật"]),
    ("Hội thành lập CLB có tên gọi “Phụ nữ tự quản bến đò” với 25 thành viên.", ["Phụ nữ tự quản bến đò"]),
    # quote marks the source writes wrongly: a name broken over a line, a list item left open before the next one, an
    # unclosed name that runs on to its date, its place and what the sentence says of it
    ("Hiệu quả mô hình “Tự quản, tự phòng,\ntự bảo vệ” ở vùng biên\nNội dung", ["Tự quản, tự phòng, tự bảo vệ"]),
    ("Xây dựng mô hình “Camera an ninh, “Đèn đường chiếu sáng” tại 3 thôn.",
     ["Camera an ninh", "Đèn đường chiếu sáng"]),
    ("Xã ra mắt mô hình “Thanh niên xung kích tham gia giữ gìn an ninh trật tự năm 2024 tại ấp 3, xã Tân Hòa.",
     ["Thanh niên xung kích tham gia giữ gìn an ninh trật tự"]),
    ("Mô hình “Tổ tự quản về an ninh trật tự tại khu dân cư được ra mắt sáng nay.",
     ["Tổ tự quản về an ninh trật tự tại khu dân cư"]),
    # how a list of quoted names goes on: where each is in brackets or after a dash, items bulleted on lines of their
    # own after "như sau:", names set beside "nhiều mô hình khác"
    ("Mô hình “Camera an ninh” (xã Tân An), “Ánh sáng đường quê” (xã Bình Hòa) được nhân rộng.",
     ["Camera an ninh", "Ánh sáng đường quê"]),
    ("Các mô hình: “Camera an ninh” - xã Tân An; “Ánh sáng đường quê” - xã Bình Hòa.",
     ["Camera an ninh", "Ánh sáng đường quê"]),
    ("Xã có các mô hình như sau:\n+ “Camera an ninh”\n+ “Tiếng kẻng an ninh”\nNgoài ra", ["Camera an ninh", "Tiếng kẻng an ninh"]),
    ("Các cấp hội duy trì “Tiếng kẻng an ninh”, “Nhà nhà cùng tham gia” cùng nhiều mô hình hiệu quả.",
     ["Tiếng kẻng an ninh", "Nhà nhà cùng tham gia"]),
    # who a club's or a team's members are, before its quoted name
    ("Câu lạc bộ phụ nữ “Nói không với tín dụng đen” hoạt động hiệu quả.", ["Nói không với tín dụng đen"]),
    ("Đội thanh niên tình nguyện “Áo xanh” ra quân giữ gìn trật tự.", ["Áo xanh"]),
    # a day's name that a model's cue names (an event's day is none: "“Ngày hội ...”")
    ("Nhiều mô hình hiệu quả như “Mắt thần an ninh”, “Ngày thứ Bảy vì an ninh”, “Phụ nữ với pháp luật” được nhân rộng.",
     ["Mắt thần an ninh", "Ngày thứ Bảy vì an ninh", "Phụ nữ với pháp luật"]),
    ("Triển khai hiệu quả mô hình “Ngày Chủ nhật xanh” và “Thứ bảy tình nguyện”.",
     ["Ngày Chủ nhật xanh", "Thứ bảy tình nguyện"]),
    # a span of names ("Từ ... đến ...") that a model's cue a sentence back governs
    ("Các mô hình tự quản được nhân rộng. Từ ‘Xóm bình yên’ đến ‘Nhà trọ an toàn’, ‘Ngõ phố không rác’… đã góp phần"
     " giữ gìn trật tự.", ["Xóm bình yên", "Nhà trọ an toàn", "Ngõ phố không rác"]),
    # an unquoted name goes on over "với" and the field it is about, and ends at "gồm" (what it holds)
    ("Xã duy trì mô hình Phụ nữ với pháp luật tại 5 thôn.", ["Phụ nữ với pháp luật"]),
    ("Thành lập CLB Thanh niên với pháp luật gồm 30 đoàn viên.", ["CLB Thanh niên với pháp luật"]),
    ("Mô hình Camera an ninh với 300 mắt camera được lắp đặt.", ["Camera an ninh"]),
    # names capitalised mid-sentence in a comma list after "như"/"gồm" that a cue governs, no colon
    ("Xã có các mô hình như Camera an ninh, Tiếng kẻng an ninh, Đèn đường chiếu sáng được duy trì.",
     ["Camera an ninh", "Tiếng kẻng an ninh", "Đèn đường chiếu sáng"]),
    ("Các mô hình tự quản như Xóm đạo bình yên, Khu dân cư an toàn, góp phần giữ gìn trật tự.",
     ["Xóm đạo bình yên", "Khu dân cư an toàn"]),
    # more capitalised names after an unquoted capitalised one (not a title, a place or who runs it)
    ("Xã duy trì các mô hình Camera an ninh, Tiếng kẻng an ninh và Đèn đường chiếu sáng.",
     ["Camera an ninh", "Tiếng kẻng an ninh", "Đèn đường chiếu sáng"]),
    ("Xã duy trì mô hình Camera an ninh, Chủ tịch xã cho biết.", ["Camera an ninh"]),
    ("Xã duy trì mô hình Camera an ninh, Tổ dân phố 3 có 20 camera.", ["Camera an ninh"]),
    # an unquoted name's parts after dashes, each opened by a capital, and "an ninh, trật tự" whole
    ("Xã Tân Lợi ra mắt mô hình Nhà an toàn - Xóm bình yên - Xã đạt chuẩn an ninh, trật tự\n18/09/2023 09:15\n",
     ["Nhà an toàn - Xóm bình yên - Xã đạt chuẩn an ninh, trật tự"]),
    # two fields an unquoted name covers, each an acronym, joined by "và" (not a name then "và" and a body)
    ("Công an thị xã ra mắt mô hình Tổ tự quản về ANTT và PCCC tại các khu công nghiệp.",
     ["Tổ tự quản về ANTT và PCCC"]),
    ("Xã duy trì mô hình Tổ tự quản về ANTT và công an xã thường xuyên kiểm tra.", ["Tổ tự quản về ANTT"]),
    # what a model is about, before its quoted name, may hold an acronym
    ("Huyện chỉ đạo xây dựng mô hình mới trong phong trào toàn dân bảo vệ ANTQ “Giáo xứ Tân Lộc an toàn về ANTT” tại"
     " xã Tân Lộc.", ["Giáo xứ Tân Lộc an toàn về ANTT"]),
    # names so called models after them ("được xem là", "được coi là", "đã trở thành")
    ("“Ngõ phố bình yên”, “Xóm trọ an toàn” được coi là những mô hình sáng tạo.",
     ["Ngõ phố bình yên", "Xóm trọ an toàn"]),
    ("“Ngõ phố bình yên” đã trở thành mô hình tiêu biểu của tỉnh.", ["Ngõ phố bình yên"]),
    # the people or the place a model keeps safe open its unquoted name when the name says what it keeps
    ("Xã đoàn triển khai mô hình thanh niên xung kích tham gia phòng chống ma túy tại địa phương.",
     ["thanh niên xung kích tham gia phòng chống ma túy"]),
    ("Huyện nhân rộng mô hình trường học an toàn trên địa bàn.", ["trường học an toàn"]),
    ("KCN Bảo Minh được chọn xây dựng thí điểm mô hình KCN an toàn về ANTT từ năm 2016.", ["KCN an toàn về ANTT"]),
    # a branch's quoted name right after "chi hội", as after "tổ"/"đội"
    ("Chi hội “Phụ nữ không có tội phạm” của thôn 2 sinh hoạt hằng tháng.", ["Phụ nữ không có tội phạm"]),
]

CLASS_NEGATIVE = [
    # corpus ac, ay dev: a list of models whose first item opens with a livelihood verb names crops and herds
    "Huyện hội giải ngân 3 dự án xây dựng các mô hình: nuôi dê ở xã Ngãi Tứ; nuôi bò sinh sản ở xã Hòa Hiệp.",
    "Một số mô hình tiêu biểu như: Trồng hành tại xã Ninh Sơn; dưa hấu tại hai xã Minh Đức; bưởi vàng ở xã Trung Sơn…",
    # corpus q dev: a head word with no name after it; a livelihood model, quoted or not
    "Sau một thời gian nhân rộng, mô hình dòng họ mang lại nhiều hiệu quả, nhất là trong công tác hòa giải.",
    "Làng Mỹ Lợi là mô hình dòng họ đầu tiên được chọn làm điểm.",
    "Mô hình “nông dân giúp nhau phát triển kinh tế” do Hội Nông dân xã triển khai.",
    "Hội phụ nữ duy trì các mô hình “Phụ nữ dân tộc thiểu số tiết kiệm 5-10 triệu đồng”, “nuôi heo đất”.",
    "Hội Nông dân xã triển khai mô hình “Nuôi bò vỗ béo” giúp hội viên tăng thu nhập.",  # df dev: fattening herds
    # corpus t dev: the list a movement word heads, though a club was named earlier in the clause; a bare launch
    "CLB sinh hoạt gắn với các phong trào thi đua, các cuộc vận động như: \"Xây dựng gia đình 5 không, 3 sạch\"; "
    "\"Tổ phụ nữ không sinh con thứ 3\".",
    "Hội tổ chức ra mắt CLB với 20 thành viên.",
    "Huyện thành lập tổ công tác liên ngành kiểm tra các cơ sở kinh doanh.",  # founding a team is not a model
    "Xã có 12 mô hình quần chúng tự quản về an ninh, trật tự hoạt động hiệu quả.",  # a kind of model, not one
    "Mô hình được nhân rộng ở nhiều nơi như Tổ dân phố 3, Tổ dân phố 5 của phường.",  # no ellipsis: places, no list
    # corpus ac/z dev: a word in scare quotes; the grassroots security force the 2023 law set up
    "Bắc Giang đã khuyến khích những mô hình tự quản 'lạ' nhưng hiệu quả.",
    "Ra mắt Tổ bảo vệ an ninh, trật tự trên địa bàn phường Phú Đức",
    "Các mô hình như: tuần tra, canh gác, hòa giải đều được duy trì.",  # no number: a comma list needs one
    "Mô hình này có ba nội dung chính: tuyên truyền; tuần tra; hòa giải.",
    "Nhiều đơn vị tham gia các phong trào thi đua như “Vì an ninh Tổ quốc”, “Ngày hội toàn dân bảo vệ ANTQ”.",
    "Tại hội nghị, các đại biểu đã trao đổi về nhiều nội dung như “Chuyển đổi số”, “Cải cách hành chính”.",
    "Hiện xã có 15 mô hình hoạt động hiệu quả. Các hoạt động như “Ngày hội”, “Hội thi” được tổ chức.",
    "nhiều hạng mục sát sườn với doanh nghiệp vẫn ở nhóm “ chót bảng ” so với thế giới .",
    "xây dựng mô hình Công an xã chính quy gắn với địa bàn.",
    "duy trì, nâng cao hiệu quả các mô hình tự quản về an ninh trật tự, xây dựng mô hình điển hình tiên tiến.",
    "Tỉnh tổ chức hội thảo “Tổ chức và hoạt động của các câu lạc bộ trong tình hình mới” vào sáng nay.",
    "Mô hình được triển khai tại các xã như Tân An, Bình Hòa, Phú Lợi.",  # places, proper names
    "Mô hình phối hợp với các đoàn thể như Hội nông dân, Đoàn thanh niên, Hội phụ nữ.",  # who runs it
    "Điển hình như Công ty Nông sản, Công ty Thực phẩm nợ bảo hiểm 15 tháng.",
    "CLB thể thao của xã có các môn như Bóng đá nam, Cầu lông đôi nam nữ.",  # a club's list: no "mô hình"
    "CLB sinh hoạt gắn với các phong trào như Xây dựng nông thôn mới, Toàn dân đoàn kết xây dựng đời sống văn hóa.",
    "Công an xã ra mắt mô hình. Ông Tâm phát biểu: “Mô hình sẽ giúp người dân yên tâm”.",  # a speech on a model
    "Bộ triển khai mô hình trường học hạnh phúc được nhân rộng.",  # a school's model that keeps nothing safe
    "Tỉnh xây dựng mô hình KCN xanh, sạch, đẹp.",  # nor an industrial zone's
    # a service's name, a goal: no model's
    "Các hộ trong mô hình ứng dụng nhật ký điện tử trong dịch vụ “Cây cam nhà tôi” trên phần mềm bán hàng.",
    "Mô hình được triển khai hướng tới mục tiêu “3 không” trên địa bàn.",
    "Xây dựng mô hình Dân vận khéo với phương châm ba cùng.",  # a nationwide movement, unquoted as quoted
    "Từ “Chuyển đổi số” đến “Cải cách hành chính”, hội nghị bàn nhiều nội dung.",  # no model's cue
    "Xã tổ chức mô hình “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” tại 9 thôn.",
    "Lực lượng đã triệt phá nhiều băng nhóm khét tiếng như “Hải Bến Thành”, “Long Chợ Lớn”.",  # a gang, named
    "Hội nghị kết thúc.\nBản quyền thuộc Báo X. Ghi rõ nguồn khi phát hành lại mô hình “Tự quản” từ trang này.",
]


# a list opened by "như" and a club's or a team's word in lower case, its items parted by semicolons; "như" is no word
# of a self-managed group's name; "xã thị trấn" closes where an item is (corpus dj dev)
CLASSES += [
    ("Thị xã đã có nhiều mô hình như câu lạc bộ phụ nữ phòng chống bạo lực gia đình ở 12 xã thị trấn; mô hình "
     "phòng chống trộm cắp gia súc ở xã Tân Lợi; mô hình giúp đỡ người chấp hành xong án phạt tù ở phường 2.",
     ["câu lạc bộ phụ nữ phòng chống bạo lực gia đình", "phòng chống trộm cắp gia súc",
      "giúp đỡ người chấp hành xong án phạt tù"]),
    ("Thôn có các mô hình như tổ tự quản về an ninh trật tự; tổ hòa giải ở cơ sở.",
     ["tổ tự quản về an ninh trật tự", "tổ hòa giải ở cơ sở"]),
]


# a name that counts what its members keep to ends before where it is applied (corpus dk dev)
CLASSES += [
    ("Các mô hình: camera an ninh; mô hình 3 không 2 có ở các trường học, khu dân cư…",
     ["camera an ninh", "3 không 2 có"]),
]


# both kinds of industrial zone under one shared word, with or without their acronyms (corpus dj dev)
CLASSES += [
    ("Tỉnh nhân rộng mô hình khu, cụm công nghiệp an toàn về phòng cháy chữa cháy tại các huyện.",
     ["khu, cụm công nghiệp an toàn về phòng cháy chữa cháy"]),
    ("Năm 2022, mô hình khu (KCN), cụm công nghiệp (CCN) an toàn về ANTT được triển khai ở Bắc Ninh.",
     ["khu (KCN), cụm công nghiệp (CCN) an toàn về ANTT"]),
]


# "tuyên truyền, phổ biến (giáo dục) pháp luật" is one phrase: its comma parts no name (corpus dj dev)
CLASSES += [
    ("Hội Phụ nữ xã vừa ra mắt tổ hòa giải tuyên truyền, phổ biến pháp luật ở thôn Đông.",
     ["tổ hòa giải tuyên truyền, phổ biến pháp luật"]),
]


# livelihood models named after "mô hình" (herds, crops, mechanisation, income) are no community security models;
# nor a force or a service every commune has, nor a club named by its members alone unless it is launched (corpus dq)
CLASSES += [
    ("Hội Nông dân xã nhân rộng mô hình Nuôi vịt sinh sản, mô hình Cơ giới hóa khâu gieo cấy.", []),
    ("Nhiều hộ hội viên tham gia mô hình Tăng thu nhập từ trồng nấm rơm ở thôn Bắc.", []),
    ("Xã duy trì các mô hình như Camera an ninh, Trồng rau sạch, Tiếng kẻng an ninh.",
     ["Camera an ninh", "Tiếng kẻng an ninh"]),
    ("Các mô hình như Cảnh sát giao thông, Phòng cháy, chữa cháy được lồng ghép vào buổi tuyên truyền.", []),
    ("Hội Cựu chiến binh phường có mô hình “Câu lạc bộ Cựu chiến binh” sinh hoạt định kỳ.", []),
    ("Hội Cựu chiến binh xã vừa ra mắt Câu lạc bộ Cựu chiến binh thôn Đồng Tâm.", ["Câu lạc bộ Cựu chiến binh"]),
    ("Hội Cựu chiến binh phường có mô hình “Cựu chiến binh tham gia tuần tra ban đêm”.",
     ["Cựu chiến binh tham gia tuần tra ban đêm"]),
]


# an unquoted kind of model loses the place and the means written after it ("camera an ninh phường X", "... bằng hình
# thức xã hội hóa", "... bền vững"), a team keeps its village; "và" of a pair ("phòng cháy và chữa cháy") parts no
# name (corpus dq)
CLASSES += [
    ("Phường triển khai mô hình camera an ninh phường Tân Lập với 40 mắt camera.", ["camera an ninh"]),
    ("Xã lắp đặt mô hình Camera giám sát bằng hình thức xã hội hóa.", ["Camera giám sát"]),
    ("Thị trấn xây dựng mô hình Đèn đường an ninh bền vững từ nguồn xã hội hóa.", ["Đèn đường an ninh"]),
    ("Huyện nhân rộng mô hình Tổ tự quản về an ninh trật tự thôn Nà Lầu.",
     ["Tổ tự quản về an ninh trật tự thôn Nà Lầu"]),
    ("Ra mắt mô hình Khu dân cư an toàn phòng cháy và chữa cháy tại tổ dân phố 3.",
     ["Khu dân cư an toàn phòng cháy và chữa cháy"]),
    ("Phường duy trì mô hình Tổ liên gia an toàn phòng cháy và chữa cháy, mô hình Điểm chữa cháy công cộng.",
     ["Tổ liên gia an toàn phòng cháy và chữa cháy", "Điểm chữa cháy công cộng"]),
    ("Xã triển khai mô hình camera an ninh và tổ tự quản tại các thôn.", ["camera an ninh", "tổ tự quản"]),
]


# a name in lower case opened by the verb of what the community does ("thắp sáng", "lắp đặt", "nói không với",
# "kết nghĩa") right after "mô hình", or of what it secures with its field when the name says more than that
# ("đảm bảo an ninh trật tự tại trường học"; not the generic "mô hình phòng chống tội phạm"): up to a stop word, a
# place or a date (corpus dq, aj, df dev)
CLASSES += [
    ("Xã triển khai mô hình thắp sáng đèn đường, ngõ hẻm.", ["thắp sáng đèn đường, ngõ hẻm"]),
    ("Mô hình thắp sáng đường quê, tuyến đường an ninh đã được triển khai.",
     ["thắp sáng đường quê", "tuyến đường an ninh"]),
    ("Thôn xây dựng mô hình lắp camera giám sát trước cổng nhà văn hóa nhằm phòng ngừa trộm cắp.",
     ["lắp camera giám sát trước cổng nhà văn hóa"]),
    ("Đoàn xã triển khai mô hình nói không với ma túy trong thanh niên năm 2024.",
     ["nói không với ma túy trong thanh niên"]),
    ("Hội Phụ nữ ra mắt mô hình kết nghĩa giữa hội viên người Kinh và người Khmer ở ấp Tân Lập.",
     ["kết nghĩa giữa hội viên người Kinh và người Khmer"]),
    ("Huyện nhân rộng mô hình phòng chống tội phạm trộm cắp gia súc ở các xã biên giới.",
     ["phòng chống tội phạm trộm cắp gia súc"]),
    ("Xã triển khai mô hình phòng, chống ma túy trong trường học, được phụ huynh ủng hộ.",
     ["phòng, chống ma túy trong trường học"]),
    ("Xã có mô hình phòng chống tội phạm hoạt động hiệu quả.", []),
    ("Xã có mô hình đảm bảo an ninh trật tự trên địa bàn.", []),
    ("Mô hình gắn với nhiệm vụ an ninh trật tự ở cơ sở.", []),
]


# a list item names the model, not who runs it ("Hội Cựu chiến binh xã A với mô hình ..."), nor the groups joined to
# it ("... và các nhóm nòng cốt ..."); an item opened by "đặc biệt"/"nhất là" is the sentence going on (corpus dq)
CLASSES += [
    ("Một số mô hình tiêu biểu như: Chi hội Phụ nữ thôn Đông với mô hình Tổ phụ nữ tự quản; Hội Cựu chiến binh xã"
     " Tây với mô hình Tuyến đường CCB tự quản.", ["Tổ phụ nữ tự quản", "Tuyến đường CCB tự quản"]),
    ("Xã có các mô hình như: tổ tự quản an ninh, tổ hòa giải cơ sở và các nhóm nòng cốt tham gia tuần tra.",
     ["tổ tự quản an ninh", "tổ hòa giải cơ sở"]),
    ("Huyện có nhiều mô hình hiệu quả như: Tổ phụ nữ không có TNXH; CLB phụ nữ với pháp luật; đặc biệt xây dựng"
     " được 18 CLB phòng, chống TNXH từ gia đình với 400 thành viên.",
     ["Tổ phụ nữ không có TNXH", "CLB phụ nữ với pháp luật"]),
    ("Các mô hình như: Tổ an ninh xung kích; Tổ hòa giải; nhất là duy trì tuần tra vào ban đêm.",
     ["Tổ an ninh xung kích", "Tổ hòa giải"]),
]


# a club launched by the acronym of what it fights ("thành lập CLB PCMT"), and a number in a name that counts what
# its members keep to ("CLB 5 không 3 sạch"; not a noun it counts) (corpus dq)
CLASSES += [
    ("Hội Cựu chiến binh xã thành lập CLB PCMT của thôn gồm 40 thành viên.", ["CLB PCMT"]),
    ("Ra mắt CLB PCTP xã Hòa Lạc.", ["CLB PCTP"]),
    ("Hội Phụ nữ có mô hình CLB PCTP, CLB 5 không 3 sạch hoạt động hiệu quả.", ["CLB PCTP", "CLB 5 không 3 sạch"]),
    ("Xã duy trì mô hình Tổ thanh niên 3 nhanh ở các thôn.", ["Tổ thanh niên 3 nhanh"]),
    ("Mô hình Đèn đường 19 bóng đèn năng lượng mặt trời được lắp ở thôn.", []),
]


# a list of quoted names after "có:" that models earlier in the clause govern (not a movement's list), and the series
# of commune levels "xã, phường, thị trấn" inside an unquoted name (corpus dl, dq dev)
CLASSES += [
    ("Trong vùng đồng bào dân tộc có các mô hình có: “Buôn làng bình yên”, “Già làng nói không với ma túy”.",
     ["Buôn làng bình yên", "Già làng nói không với ma túy"]),
    ("Các cuộc vận động trong phong trào có: “Xây dựng gia đình văn hóa”, “Ngày vì người nghèo”.", []),
    ("Huyện đoàn ra mắt mô hình điểm Thanh niên xây dựng xã, phường, thị trấn an toàn giao thông tại xã Tân Hòa.",
     ["Thanh niên xây dựng xã, phường, thị trấn an toàn giao thông"]),
]


# several short names parted by commas after "các/nhiều mô hình ...:" up to the sentence's end (no quote, each a few
# words); not where an item is the sentence going on ("..., góp phần ...") nor one model's parts (corpus dk dev)
CLASSES += [
    ("Xã duy trì các mô hình: camera an ninh, tiếng kẻng an ninh, zalo an ninh.",
     ["camera an ninh", "tiếng kẻng an ninh", "zalo an ninh"]),
    ("Nhiều mô hình được nhân rộng như: ngõ xóm có đèn, nhà nhà có bình chữa cháy.",
     ["ngõ xóm có đèn", "nhà nhà có bình chữa cháy"]),
    ("Xã duy trì các mô hình: camera an ninh, loa an ninh, góp phần giữ vững trật tự.", []),
    ("Mô hình này có ba nội dung: tuyên truyền, vận động, giúp đỡ.", []),
]


# a charge or an offence quoted in a court or crime story ("về tội “…”", "hành vi “…”", "vụ án “…”") is no model,
# even in the sentence of a model; "Tổ chức …" opens no team's name (corpus dq)
CLASSES += [
    ("Các mô hình “Tổ tự quản”, tội “Tổ chức đánh bạc” đều được nhắc đến tại phiên tòa.", ["Tổ tự quản"]),
    ("Xã duy trì mô hình “Camera an ninh”, phát hiện 3 vụ án “Trộm cắp tài sản” và hành vi “Đánh bạc”.",
     ["Camera an ninh"]),
    ("Nhờ mô hình “Tổ an ninh tự quản”, Công an xã phát hiện nhóm thanh niên có hành vi “Gây rối trật tự công cộng”.",
     ["Tổ an ninh tự quản"]),
    ("Tòa tuyên phạt bị cáo 9 năm tù về tội “Mua bán trái phép chất ma túy”, tội danh “Tàng trữ trái phép chất ma túy”.",
     []),
]


# a place or a community made safe, named in lower case right after "mô hình" ("đường sắt an toàn", "xóm trọ bình
# yên về an ninh trật tự"), without where it runs; not a livelihood's "sản xuất rau an toàn" (corpus ac dev)
CLASSES += [
    ("Huyện đoàn ra mắt mô hình bến đò an toàn thị trấn Phú Lộc.", ["bến đò an toàn"]),
    ("Phường nhân rộng mô hình xóm trọ bình yên về an ninh trật tự tại khu phố 3.",
     ["xóm trọ bình yên về an ninh trật tự"]),
    ("Hội Nông dân xây dựng mô hình sản xuất rau an toàn.", []),
    ("Mô hình này an toàn cho người dân.", []),
]

# a movement or a campaign named unquoted after "mô hình" ("mô hình điểm Phong trào ...") is not a model, and a
# popular nickname of a team's members ("người dân quen gọi là “...”") is not the team's name (tests/fixtures/models_extra)
CLASSES += [
    ("Xã tổ chức hội nghị triển khai mô hình điểm Phong trào Toàn dân tham gia phòng chống ma túy năm 2024.", []),
    ("Hội Phụ nữ xây dựng mô hình cuộc vận động xây dựng gia đình 5 không 3 sạch ở ấp 2.", []),
    ("Để phát huy hiệu quả của Đội xung kích Câu lạc bộ thanh niên bảo vệ bến xe (được người dân quen gọi là "
     "\"hiệp sĩ bến xe\"), công an tổ chức tập huấn.", []),
    ("Câu lạc bộ phòng chống tội phạm của phường, thường được gọi là “hiệp sĩ”, có 20 thành viên.", []),
    ("Xã ra mắt mô hình “Camera an ninh”, gọi tắt là “Mắt thần”.", ["Camera an ninh", "Mắt thần"]),
    # an initiative group ("nhóm sáng kiến") of lawyers or experts is a group of people, not the initiative a
    # community runs ("Sáng kiến “Tiếng kẻng an ninh”")
    ("Một số luật sư lập nhóm sáng kiến “Vì công lý” để kiến nghị về các bản án.", []),
    ("Sáng kiến “Tiếng kẻng an ninh” của thôn được nhân rộng.", ["Tiếng kẻng an ninh"]),
]

# an unquoted name after "mô hình" of 13 to 16 syllables ("Hội viên cựu chiến binh tham gia bảo vệ an ninh trật
# tự"): Vietnamese names a model by who takes part and what they keep safe, often longer than twelve syllables;
# a run that reaches past "như" is a kind and the first item of its list, not a name
CLASSES += [
    ("Ngày 12/3, xã ra mắt mô hình Hội viên cựu chiến binh tham gia bảo vệ an ninh trật tự.",
     ["Hội viên cựu chiến binh tham gia bảo vệ an ninh trật tự"]),
    ("Huyện đoàn triển khai mô hình Thanh niên tham gia phòng, chống tội phạm và tệ nạn xã hội tại 5 ấp.",
     ["Thanh niên tham gia phòng, chống tội phạm và tệ nạn xã hội"]),
    ("Hội Nông dân xã ra mắt mô hình Chi hội nông dân tham gia bảo đảm an ninh trật tự thôn Đông.",
     ["Chi hội nông dân tham gia bảo đảm an ninh trật tự thôn Đông"]),
    ("Tỉnh duy trì mô hình câu lạc bộ phụ nữ phòng, chống bạo lực gia đình hiệu quả như CLB Phụ nữ bán hàng rong, "
     "CLB Nữ tiểu thương.", ["CLB Phụ nữ bán hàng rong", "CLB Nữ tiểu thương"]),
]

# "cụ thể:" opens the list of the models counted before it, as "gồm:" does; the app a model runs on may stand
# between "mô hình" and its quoted name ("mô hình Zalo “...”", not "nhóm Zalo “...”" alone); "diễn ra" (took place)
# ends an unquoted name as the other verbs of what the sentence says do
CLASSES += [
    ("Công an huyện đã tham mưu xây dựng 15 mô hình, cụ thể: “Camera an ninh” ở xã A; “Tiếng kẻng an ninh” ở xã B.",
     ["Camera an ninh", "Tiếng kẻng an ninh"]),
    ("Xã có mô hình Zalo “Kết nối bình yên” với 3.000 thành viên.", ["Kết nối bình yên"]),
    ("Phường duy trì mô hình nhóm Zalo “Khu phố bình yên” do Công an phường quản trị.", ["Khu phố bình yên"]),
    ("Công an xã lập nhóm Zalo “Xã an toàn về ANTT” để kết nối người dân.", []),
    ("Buổi lễ ra mắt Câu lạc bộ Thanh niên với pháp luật xã Mỹ Hòa diễn ra sáng 10/4.",
     ["Câu lạc bộ Thanh niên với pháp luật"]),
]

# "tuần tra" (patrolling) opens a model's name in lower case as the other actions a community takes do; the verb
# alone names none
CLASSES += [
    ("Xã vừa ra mắt mô hình tuần tra bảo vệ thôn bản tại thôn Nà Pục.", ["tuần tra bảo vệ thôn bản"]),
    ("Hội Cựu chiến binh duy trì mô hình tuần tra đêm giữ gìn trật tự khu phố, được người dân ủng hộ.",
     ["tuần tra đêm giữ gìn trật tự khu phố"]),
    ("Công an xã tăng cường tuần tra, mô hình tuần tra được duy trì.", []),
]

# a team founded ("thành lập") by a name in proper-name form that says what it keeps safe, as a launched one
# ("ra mắt"); not a kind founded in lower case, a working group, the founding as a practice ("việc thành lập") or a
# shock team named by "xung kích" alone; "không có" inside a launched club's name does not end it
CLASSES += [
    ("Đoàn xã thành lập Đội thanh niên tình nguyện tham gia giữ gìn an ninh trật tự.",
     ["Đội thanh niên tình nguyện tham gia giữ gìn an ninh trật tự"]),
    ("Hội Phụ nữ thành lập Nhóm phụ nữ nòng cốt tuyên truyền pháp luật ở ấp 1.",
     ["Nhóm phụ nữ nòng cốt tuyên truyền pháp luật"]),
    ("Xã thành lập tổ an ninh tự quản ở mỗi thôn.", []),
    ("Công an tỉnh thành lập Tổ công tác đặc biệt phòng chống tội phạm ma túy.", []),
    ("Các xã duy trì tuyến đường tự quản gắn với việc thành lập Đội thanh niên tình nguyện giữ gìn an ninh trật tự.",
     []),
    ("Doanh nghiệp đã thành lập Đội công nhân xung kích tại 2 khu công nghiệp.", []),
    ("Ra mắt Câu lạc bộ Phụ nữ không có người thân vi phạm pháp luật tại xã Tân Phú.",
     ["Câu lạc bộ Phụ nữ không có người thân vi phạm pháp luật"]),
]

# a domestic-violence refuge model named in lower case after "mô hình" ("địa chỉ tin cậy", with where it works when
# that is "tại/ở cộng đồng", part of its usual name); a name called a model after it "là một trong nhiều mô hình";
# the movement's label "Dân vận khéo" between the cue and the quote
CLASSES += [
    ("Hội Phụ nữ xã duy trì mô hình địa chỉ tin cậy ở cộng đồng, giúp nhiều chị em thoát khỏi bạo lực.",
     ["địa chỉ tin cậy ở cộng đồng"]),
    ("Năm nay, mô hình địa chỉ tin cậy tại xã Yên Lạc được nhân rộng.", ["địa chỉ tin cậy"]),
    ("Ở làng chài, “Thuyền an toàn” là một trong nhiều mô hình hay của Hội Nông dân.", ["Thuyền an toàn"]),
    ("Công an huyện xây dựng mô hình dân vận khéo “Bản làng không ma túy” ở 3 xã vùng cao.",
     ["Bản làng không ma túy"]),
    ("Xã có 12 mô hình “Dân vận khéo” được công nhận.", []),
]

# a team's kind named in lower case after "mô hình" ("tổ an ninh ...", "tổ phụ nữ ...": o_002's named type) and a
# group launched by a quoted name ("ra mắt Nhóm “...”"); a bare "nhóm “...”" (as often a gang) is still none
CLASSES += [
    ("Thôn Đông đã thành lập mô hình tổ an ninh xung kích với 12 thành viên.", ["tổ an ninh xung kích"]),
    ("Chi hội duy trì mô hình tổ phụ nữ tự quản đường làng, tổ chức dọn vệ sinh mỗi tuần.",
     ["tổ phụ nữ tự quản đường làng"]),
    ("Đoàn xã vừa ra mắt Nhóm “Thanh niên giúp nhau hoàn lương” tại nhà văn hóa thôn 4.",
     ["Thanh niên giúp nhau hoàn lương"]),
    ("Nhóm “Sói trắng” gồm 6 đối tượng chuyên trộm cắp xe máy.", []),
    # what a model is about may say "phòng, chống" before its quoted name
    ("Hội Phụ nữ xây dựng mô hình phòng, chống bạo lực gia đình ở khu trọ “Mái ấm bình yên” với 30 hội viên.",
     ["Mái ấm bình yên"]),
    # the name a model is given by "lấy tên"/"đặt tên (là)" past a comma
    ("Năm 2021, Hội Nông dân xã triển khai mô hình, lấy tên “Nông dân giữ bình yên xóm làng”.",
     ["Nông dân giữ bình yên xóm làng"]),
]

# lower-case names after "mô hình" opened by equipment ("đèn đường", "zalo") or, when a safe word says what they keep
# safe, by the place or the household they cover ("thôn", "xóm", "khu phố", "tổ dân phố", "hộ gia đình") or the
# means ("tiếng loa", "cà phê" ... "pháp luật"); "vào" (when it runs) ends a name
CLASSES += [
    ("Thôn Trung duy trì mô hình đèn đường an ninh ở các ngõ xóm.", ["đèn đường an ninh"]),
    ("Công an xã lập mô hình zalo an ninh trật tự cho từng thôn.", ["zalo an ninh trật tự"]),
    ("Phường Tân An xây dựng mô hình khu phố không ma túy từ năm 2022.", ["khu phố không ma túy"]),
    ("Hội Phụ nữ vận động xây dựng mô hình hộ gia đình an toàn về phòng cháy, chữa cháy.",
     ["hộ gia đình an toàn về phòng cháy, chữa cháy"]),
    ("Đoàn phường tổ chức mô hình cà phê pháp luật vào tối thứ bảy hằng tuần.", ["cà phê pháp luật"]),
    ("Xã xây dựng mô hình thôn kiểu mẫu trong xây dựng nông thôn mới.", []),
    ("Xã triển khai mô hình hộ gia đình chăn nuôi an toàn sinh học.", []),
]

# a comma list after "mô hình ... như" opened by a team's word whose next item opens with a model's head word
CLASSES += [
    ("Xã Phú Hòa duy trì nhiều mô hình như tổ liên gia tự quản, camera an ninh, đèn đường chiếu sáng.",
     ["tổ liên gia tự quản", "camera an ninh", "đèn đường chiếu sáng"]),
    ("Đoàn viên tham gia các hoạt động như tổ chức hội thảo, tập huấn, camera an ninh.", []),
]

# a team founded under the formation word "đội hình" before its capitalised name, the name holding a small number of
# what its members keep to ("Tổ thanh niên 3 nhanh": formula)
CLASSES += [
    ("Đoàn phường Hòa Khê thành lập đội hình Tổ thanh niên 3 nhanh góp phần giữ gìn an ninh trật tự.",
     ["Tổ thanh niên 3 nhanh"]),
    ("Chi đoàn thôn thành lập Tổ thanh niên 5 không giữ gìn an ninh trật tự ở 3 xóm.",
     ["Tổ thanh niên 5 không giữ gìn an ninh trật tự"]),
]


@pytest.mark.parametrize(("text", "names"), CLASSES)
def test_error_classes(text: str, names: list[str]) -> None:
    found = extract_models(text)
    assert [m.name for m in found] == names
    for m in found:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize("text", CLASS_NEGATIVE)
def test_error_classes_not_models(text: str) -> None:
    assert extract_models(text) == []


def test_key_repairs_misplaced_tones() -> None:
    assert model_key("Tiêủ học an toàn") == model_key("Tiểu học an toàn")


# capitalised names after "như:" that counted models govern, as with no colon (corpus dl dev); not the units a single
# model works with
CLASSES += [
    ("Các xã duy trì các mô hình tự quản về an ninh trật tự như: Dòng họ tự quản, Tổ phụ nữ tuần tra đêm, Tổ hòa "
     "giải cơ sở. Nhờ đó tình hình ổn định.",
     ["Dòng họ tự quản", "Tổ phụ nữ tuần tra đêm", "Tổ hòa giải cơ sở"]),
]
CLASS_NEGATIVE += [
    "Để duy trì mô hình, Công an xã phối hợp với các phòng nghiệp vụ như: Cảnh sát hình sự, Cảnh sát giao thông.",
]


# no list after "như:" when the cue points back to one model, or when the items speak of "the model" (corpus dl dev)
CLASS_NEGATIVE += [
    "Ban quản lý mô hình này thường xuyên phối hợp bằng các việc làm như: tuần tra ban đêm; kiểm tra nhà trọ; hòa giải "
    "mâu thuẫn.",
    "Hội nghị góp ý để hoàn thiện mô hình như: cách thức vận hành của mô hình, kinh phí duy trì mô hình, quy chế phối "
    "hợp…",
]


# a list with no colon whose items the number of models before it counts, "và" before the last (corpus dp dev)
CLASSES += [
    ("Công an xã duy trì 3 mô hình thường xuyên gồm nhóm Zalo an ninh, tiếng kẻng báo động và mô hình giúp đỡ người "
     "lầm lỗi.", ["nhóm Zalo an ninh", "tiếng kẻng báo động", "giúp đỡ người lầm lỗi"]),
    ("Hội xây dựng hai mô hình là tổ phụ nữ tuần tra và câu lạc bộ gia đình không ma túy.",
     ["tổ phụ nữ tuần tra", "câu lạc bộ gia đình không ma túy"]),
]
CLASS_NEGATIVE += [
    "Hội có 2 mô hình là nuôi bò sinh sản và trồng rau sạch.",
    "Xã có 4 mô hình gồm tuần tra ban đêm và hòa giải.",  # two items for four models: no list of them
]


# "bình an, trật tự", as "an ninh, trật tự", keeps its comma inside a name (corpus dl dev)
CLASSES += [
    ("Xã ra mắt mô hình Xóm đạo Tân Hòa bình an, trật tự.", ["Xóm đạo Tân Hòa bình an, trật tự"]),
]


# a number before a noun it counts opens no unquoted name; a name's own number still does (corpus dl dev)
CLASS_NEGATIVE += [
    "Mô hình xây dựng 25 cây cột đèn năng lượng mặt trời, mỗi cột trị giá 2 triệu đồng.",
]
CLASSES += [
    ("Phường nhân rộng mô hình 4 giảm (giảm tội phạm, giảm tai nạn) trên địa bàn.", ["4 giảm"]),
]


# "quân đội", "bộ đội" are the army, no team whose kind leads to a quoted name (corpus dn dev)
CLASS_NEGATIVE += [
    "Nhà văn hóa mượn tạm kho của một đơn vị quân đội nên tấm bảng “Nhà văn hóa thôn” phải treo ngoài sân.",
    "Chiến sĩ bộ đội biên phòng “Cõng chữ lên non” đến thăm bản.",
]


# "hội nhóm" is a group online (a forum, a chat), no team whose kind leads to a quoted name (corpus do dev)
CLASS_NEGATIVE += [
    "Công an triệt phá đường dây mua bán pháo trên hội nhóm kín “Pháo hoa ngày Tết”.",
]


# a word that joins one more clause opens no list item: the list is over (corpus dp dev)
CLASS_NEGATIVE += [
    "Công an xã phát hiện nhiều vụ, điển hình như: bắt quả tang 03 đối tượng đánh bạc “ba cây” tại thôn 1; 02 đối "
    "tượng đánh bạc “tá lả” tại thôn 2; đồng thời thu giữ nhiều tang vật.",
]


# "trên" with the setting a model works in (at sea, on the river, in cyberspace) is part of an unquoted name, unlike
# "trên địa bàn ..." where it runs (corpus dr dev)
CLASSES += [
    ("Đồn Biên phòng giúp ngư dân duy trì mô hình Tổ tàu cá tự quản an toàn trên biển tại xã Nghi Thiết.",
     ["Tổ tàu cá tự quản an toàn trên biển"]),
    ("Công an xã ra mắt mô hình Tổ tuần tra nhân dân trên sông ở bến đò Đông.", ["Tổ tuần tra nhân dân trên sông"]),
    ("Thành đoàn nhân rộng mô hình Thanh niên an toàn trên không gian mạng.",
     ["Thanh niên an toàn trên không gian mạng"]),
    ("Phường duy trì mô hình Camera an ninh trên địa bàn 5 khu phố.", ["Camera an ninh"]),
]


# a self-managed team founded ("thành lập Tổ tự quản về ...") is launched like one "ra mắt", when its name says what it
# manages (not a bare "tổ tự quản" before its village, nor "các tổ tự quản" of a kind); the border's "đường biên, cột
# mốc" keeps its comma inside a name (corpus dr, df dev)
CLASSES += [
    ("Trường THCS Lê Lợi thành lập Tổ tự quản về an toàn giao thông, với 15 giáo viên tham gia.",
     ["Tổ tự quản về an toàn giao thông"]),
    ("Thôn thông qua quyết định thành lập tổ tự quản tổ 7.", []),
    ("Xã đã thành lập các tổ tự quản ANTT ở các khu chợ.", []),
    ("Đồn Biên phòng xây dựng mô hình Tổ tự quản đường biên, cột mốc ở bản Pa Thơm.",
     ["Tổ tự quản đường biên, cột mốc"]),
]


# the border's "đường biên" (line) is no street: it ends no launched team's name (corpus dr dev)
CLASSES += [
    ("Đồn Biên phòng ra mắt tổ tự quản đường biên, cột mốc bản Nà Ngặm.", ["tổ tự quản đường biên, cột mốc"]),
    ("Già làng đề xuất thành lập tổ tự quản đường biên, cột mốc ở thôn mình. Đến nay cả thôn đã tham gia.",
     ["tổ tự quản đường biên, cột mốc"]),
]


# read on unannotated VNTC news (undertheseanlp/classification, Chinh tri Xa hoi, 2006-07; no corpus article): a bracket
# or a decimal comma parts no list item; an item that is where the models are ("ở phường A, quận B", "xã C, huyện D")
# is no name; what a club does ("sinh hoạt", "quy tụ") and an alternative ("hoặc") end its name
CLASSES += [
    # (mock-ups on show are no community models: the list is read whole, none of it a model; see the exhibit class below)
    ("7 mô hình được trưng bày bao gồm: Bến Nhà Rồng của VN (cao 2,5 m, dài 5 m), tháp Eiffel của Pháp (cao 3 m, "
     "ngang 1,25 m), tháp nghiêng Pisa của Ý (cao 2,2 m)...", []),
    ("Một số câu lạc bộ hoạt động hiệu quả như: ở phường Kim Mã, quận Ba Đình; ở phường Ngọc Thuỵ, quận Long Biên; "
     "xã Trung Giã, huyện Sóc Sơn.", []),
    # (a club of research or leisure is no model: data model_exclusions other_field; the boundaries read on clubs that
    # are)
    ("Một số CLB đã đi vào hoạt động như: CLB Phụ nữ với pháp luật sinh hoạt 2 tuần/lần; CLB Thanh niên phòng chống "
     "ma túy sinh hoạt vào thứ 7.", ["CLB Phụ nữ với pháp luật", "CLB Thanh niên phòng chống ma túy"]),
    ("Phường vừa thành lập câu lạc bộ phụ nữ phòng chống tội phạm quy tụ những chị em tiểu thương.",
     ["câu lạc bộ phụ nữ phòng chống tội phạm"]),
    ("Xã chuẩn bị thành lập câu lạc bộ thanh niên phòng chống ma túy hoặc một đội tuyên truyền.",
     ["câu lạc bộ thanh niên phòng chống ma túy"]),
]

# (same VNTC news) a quote after a celebration, a seminar or a legal instrument is an event's or a document's title,
# and so is a quote opening with one ("CLB mừng “60 năm ...”", "tại hội thảo “Tăng cường ...”", "“Công ước ...”")
CLASS_NEGATIVE += [
    "Ngày hội đội/nhóm, CLB mừng “60 năm thành lập Nhà văn hóa Thanh niên”.",
    "Câu lạc bộ tổ chức hội thảo “Phụ nữ với pháp luật” cho hội viên.",
    "Các mô hình hợp tác như “Hiệp định hợp tác nghề cá” đã được ký kết.",
]

# (same VNTC news) a quote after a verb of saying and "là" is what someone said, not a list a club before it governs
CLASS_NEGATIVE += [
    "CLB đua ngựa Hong Kong tuyên bố qui mô những vụ cá độ là “hoàn toàn không có gì đáng ngạc nhiên”.",
]

# (same VNTC news) a capitalised name after "theo mô hình" is what something is organised or built after; "mà" opens a
# relative clause after a name
CLASS_NEGATIVE += [
    "Ở Trùng Khánh cũng có một tòa nhà được xây dựng theo mô hình Thiên An Môn ở Bắc Kinh.",
    "Đại biểu đề nghị thống nhất theo mô hình Tổng công ty đường sắt hiện nay.",
]
CLASSES += [
    ("Tôi nhận thấy mô hình Tư vấn mùa thi mà Bộ, các trường tổ chức là hướng giải quyết tốt.", ["Tư vấn mùa thi"]),
]


# read on stored pages of provincial portals (Hội Nông dân, Dân Việt; not in the corpus): two apostrophes typed for a
# double quote mark open or close a name ("CLB ''Nông dân với pháp luật''", 'CLB "Nông dân với pháp luật''với 30
# thành viên'), as “ and ” do; a charge or a scare quote so written stays none
CLASSES += [
    ("Hiện nay, toàn tỉnh có hơn 80 CLB \"Nông dân với pháp luật'' với hơn 2.500 thành viên.",
     ["Nông dân với pháp luật"]),
    ("Tháng 11/2022, xã thành lập CLB \"Nông dân với pháp luật''với 30 thành viên tham gia.",
     ["Nông dân với pháp luật"]),
    ("Công an xã ra mắt mô hình ''Tổ tự quản về an ninh trật tự'' tại thôn 3.", ["Tổ tự quản về an ninh trật tự"]),
    ("Các mô hình như: ''Camera an ninh'', ''Dòng họ tự quản'', ''Tiếng kẻng an ninh'' phát huy hiệu quả.",
     ["Camera an ninh", "Dòng họ tự quản", "Tiếng kẻng an ninh"]),
]
CLASS_NEGATIVE += [
    "Ksor Hái bị khởi tố về tội ''Cướp tài sản'' và ''Cướp giật tài sản''.",
    "Những chiếc xe ''vô chủ'' được đưa về phường.",
]

# (same pages: Hội LHPN Đồng Tháp) a semicolon list an item a connective opens goes on with the sentence, also where
# the clause calls its items models after them ("...; đặc biệt xây dựng được 22 CLB ..., đây là mô hình ...", "...;
# đặc biệt là CLB ..."): no "đặc biệt ..." name
CLASSES += [
    ("Tại Đồng Tháp, có nhiều mô hình hoạt động có hiệu quả như: mô hình Tổ phụ nữ không có TNXH; CLB phụ nữ với "
     "ATGT; đặc biệt xây dựng được 22 CLB phòng, chống TNXH từ gia đình với 595 thành viên, đây là mô hình hoạt động "
     "có hiệu quả.", ["Tổ phụ nữ không có TNXH", "CLB phụ nữ với ATGT"]),
    ("Có nhiều mô hình hoạt động có hiệu quả như: Tổ phụ nữ không có TNXH; CLB phụ nữ với ATGT; đặc biệt là CLB "
     "phòng, chống TNXH từ gia đình.", ["Tổ phụ nữ không có TNXH", "CLB phụ nữ với ATGT"]),
]

# (same pages: Báo Bà Rịa - Vũng Tàu; dev's "nhiều hình thức như:", "những việc làm cụ thể như:") a list after "như:"
# that a counted noun of what is done heads ("những việc làm", "các hoạt động", "nhiều hình thức") says what a model
# named before it does, even where a model cue governs the clause: its items are no models
CLASS_NEGATIVE += [
    "Các câu lạc bộ tổ chức nhiều hoạt động như: thi tìm hiểu pháp luật; giao lưu văn nghệ; thăm hỏi gia đình khó "
    "khăn.",
]
CLASSES += [
    ("Mô hình “Cổng trường em an toàn” thời gian qua đã được các cơ sở Đoàn triển khai với những việc làm thiết thực "
     "như: tuyên truyền đội mũ bảo hiểm cho HS; hướng dẫn, hỗ trợ HS ra về trật tự, an toàn; nhắc phụ huynh đậu xe "
     "đúng nơi quy định… Qua đó, góp phần bảo đảm an toàn giao thông.", ["Cổng trường em an toàn"]),
    ("Phường có 17 mô hình về ANTT hoạt động hiệu quả như: Tổ tự quản về ANTT tại khu dân cư; Đổi vũ khí lấy quà "
     "tặng; Camera giám sát ANTT.", ["Tổ tự quản về ANTT tại khu dân cư", "Đổi vũ khí lấy quà tặng",
                                    "Camera giám sát ANTT"]),
]

# (same pages: Đồng Nai, Biên Hòa) a verb of what a model does right after its unquoted name ends it, as "hoạt động"
# does: "áp dụng", "triển khai", "ra đời", "đi vào" (data model_triggers said)
CLASSES += [
    ("Còn mô hình Điểm chữa cháy công cộng áp dụng tại các hẻm sâu tập trung nhiều nhà, xe chữa cháy không tiếp cận "
     "được.", ["Điểm chữa cháy công cộng"]),
    ("Mô hình Camera an ninh triển khai ở 5 thôn đã phát huy hiệu quả.", ["Camera an ninh"]),
    ("Mô hình Tổ liên gia an toàn PCCC ra đời năm 2022 với 27 hộ tham gia.", ["Tổ liên gia an toàn PCCC"]),
    ("Mô hình Tổ tự quản về ANTT đi vào hoạt động từ tháng 3.", ["Tổ tự quản về ANTT"]),
]

# (read on unannotated VNTC news) a quote after a bare "nhóm" names a gang, a band, a firm's group or a research
# team, not a community's model; a team's word as the second half of another word ("phi đội", "khẩu đội", "băng
# nhóm") is an army's unit or a gang; "Tổ tiên", "Tổ hợp", "Đội quân" are other words; a speech that opens with a
# team's word after "cho biết:" is what was said
CLASS_NEGATIVE += [
    "Công an đã triệt phá băng nhóm “Sói đen” do một đối tượng cầm đầu.",
    "Trùm băng “Sói đen” bị bắt tại nhà riêng.",
    "Anh ta từng là thành viên nhóm hacker “Mèo con” trên mạng.",
    "Các ca sĩ của nhóm “Sao mai” đã kiện công ty quản lý.",
    "Theo kết quả nghiên cứu của nhóm đề tài “Giải pháp bảo vệ mạng đô thị”, công nghệ này phù hợp.",
    "Trong trận đánh, Trung đội “Sông Hồng” đã lập công xuất sắc.",
    "Những khẩu đội pháo “Sấm rền” đã nhả đạn suốt đêm.",
    "Những bài học “Tổ tiên ta là người xứ khác” đã qua lâu rồi.",
    "“Đội quân” này bán đủ thứ hàng rong trước cổng chợ.",
    "Đội trưởng Đội bảo vệ chợ cho biết: “Đội thường xuyên trực tại cổng, không để xảy ra trộm cắp”.",
]
CLASSES += [
    ("Xã ra mắt tổ “Tự quản bến đò” và nhóm “Liên gia bình yên” ở thôn 2.", ["Tự quản bến đò", "Liên gia bình yên"]),
    ("Hội Phụ nữ xã ra mắt nhóm phụ nữ “Nói không với bạo lực gia đình”.", ["Nói không với bạo lực gia đình"]),
    ("Xã có 12 tổ tuần tra “Ba cùng” hoạt động ban đêm.", ["Ba cùng"]),
]

# (read on unannotated VNTC news) "điển hình" is no model's cue after "gương" (exemplary people, an honour) nor as "a
# typical case" ("là một trong những điển hình"); "điển hình như:" ("for example") lists models only when its first
# item says it is one
CLASS_NEGATIVE += [
    "Thành phố tuyên dương 300 gương điển hình “Sống đẹp vì cộng đồng” trong năm.",
    "Vụ việc ở xã A là một trong những điển hình “làm sai không ai chịu trách nhiệm”.",
    "Nhiều đập chưa được gia cố, điển hình như: Đá Bạc (Quảng Ninh), Suối Hai (Hà Tây), Cầu Mới (Nghệ An)...",
    "Nhiều người đã tiếp tay cho kẻ xấu. “Làng cò mồi” ở huyện B là một điển hình.",
]
CLASSES += [
    ("Nhiều xã làm tốt, điển hình như: mô hình Camera an ninh; mô hình Tổ tự quản về ANTT; CLB Phụ nữ với pháp luật.",
     ["Camera an ninh", "Tổ tự quản về ANTT", "CLB Phụ nữ với pháp luật"]),
    ("Huyện có nhiều điển hình “Dòng họ bình yên” được khen thưởng.", ["Dòng họ bình yên"]),
    ("“Xóm đạo bình yên” ở xã A là một điển hình tiên tiến của phong trào.", ["Xóm đạo bình yên"]),
]

# (read on unannotated VNTC news) a name in a field no community model works in, with no security word in it, is
# none: how an office or a firm is organised ("một cửa", "công ty mẹ - công ty con"), research and leisure clubs
# (data model_exclusions other_field); "cũng" ends an unquoted name as "đã" does
CLASS_NEGATIVE += [
    "Từ tháng 5, Sở sẽ triển khai mô hình “một cửa” tại bộ phận tiếp dân.",
    "Tổng công ty chuyển sang mô hình “công ty mẹ - công ty con” từ năm sau.",
    "Thành đoàn vừa thành lập Câu lạc bộ khoa học kỹ thuật trẻ của thành phố.",
    "Nhà văn hóa có nhiều câu lạc bộ cho thanh niên như: CLB Tiếng Anh; CLB Sáng tác trẻ; CLB Nhiếp ảnh.",
    "Khách sạn được chọn vào câu lạc bộ “Các khách sạn sang trọng nhất” của tập đoàn.",
]
CLASSES += [
    ("Mô hình Camera an ninh cũng được nhân rộng ra 5 thôn.", ["Camera an ninh"]),
    ("Dự kiến, Câu lạc bộ Phụ nữ phòng chống bạo lực gia đình cũng được thành lập trong tháng tới.",
     ["Câu lạc bộ Phụ nữ phòng chống bạo lực gia đình"]),
    ("Xã ra mắt mô hình “Doanh nghiệp, công ty an toàn về ANTT” tại cụm công nghiệp.",
     ["Doanh nghiệp, công ty an toàn về ANTT"]),
]

# (dev's layout, read as a class) a team or a club that opens its clause and launches itself: an intransitive "ra
# mắt" (a time, a place, what it has or the clause's end after it), its name in lower case after the head word
CLASSES += [
    ("Tổ thanh niên tự quản bến sông ra mắt trong buổi lễ sáng nay.", ["Tổ thanh niên tự quản bến sông"]),
    ("Ngày 5/3, CLB nông dân với pháp luật chính thức ra mắt.", ["CLB nông dân với pháp luật"]),
    ("Nhóm phụ nữ nòng cốt tuyên truyền pháp luật vừa ra mắt với 20 thành viên.",
     ["Nhóm phụ nữ nòng cốt tuyên truyền pháp luật"]),
]
CLASS_NEGATIVE += [
    "Tổ dân phố ra mắt nhiều phần việc mới trong năm.",
    "Đội văn nghệ của xã đã ra mắt khán giả bằng tiết mục múa.",
]

# a team's or a club's unquoted name after "mô hình" that runs past eleven words is whole when it ends with the field
# it keeps safe (the field closes the name); a long run that ends otherwise is the clause going on
CLASSES += [
    ("Huyện Đoàn ra mắt mô hình Đội thanh niên tình nguyện tham gia giữ gìn trật tự an toàn giao thông.",
     ["Đội thanh niên tình nguyện tham gia giữ gìn trật tự an toàn giao thông"]),
    ("Xã duy trì mô hình Tổ phụ nữ tự quản tham gia phòng, chống tội phạm và tệ nạn xã hội ở thôn 3.",
     ["Tổ phụ nữ tự quản tham gia phòng, chống tội phạm và tệ nạn xã hội"]),
]
CLASS_NEGATIVE += [
    "Tỉnh xây dựng mô hình tổ chức quần chúng làm công tác bảo vệ an ninh trật tự ở cơ sở theo luật mới ban hành.",
    "Tổng công ty thí điểm mô hình Hội đồng quản trị ký hợp đồng thuê Tổng giám đốc điều hành.",
]

# a number before the list's trigger counts its items: written as a word ("hai mô hình gồm: ...") it counts as a
# digit does, and when it counts one more item than the commas part, the last item's one "và" parts the last two
CLASSES += [
    ("Xã đã xây dựng 3 mô hình gồm: Tổ tự quản về ANTT, Camera an ninh và Đèn đường.",
     ["Tổ tự quản về ANTT", "Camera an ninh", "Đèn đường"]),
    ("Xã có 3 mô hình như: Khu dân cư an toàn phòng cháy và chữa cháy, Camera an ninh và Đèn đường chiếu sáng.",
     ["Khu dân cư an toàn phòng cháy và chữa cháy", "Camera an ninh", "Đèn đường chiếu sáng"]),
    ("Xã đã xây dựng hai mô hình gồm: Tổ tự quản về phòng cháy và chữa cháy, Camera an ninh.",
     ["Tổ tự quản về phòng cháy và chữa cháy", "Camera an ninh"]),
]

# "ra" (out to: "nhân rộng ... ra 20 xã") ends an unquoted name: where the model spreads, not its name
CLASSES += [
    ("Huyện đã nhân rộng mô hình camera an ninh ra 20 xã.", ["camera an ninh"]),
    ("Huyện nhân rộng mô hình Tổ tự quản về ANTT ra toàn huyện.", ["Tổ tự quản về ANTT"]),
]

# a word that can only go on with the sentence (a demonstrative "này", "thì", "vẫn", "đến nay", "bắt đầu") ends an
# unquoted name, as "đã" does (data model_triggers said)
CLASSES += [
    ("Xã có mô hình camera an ninh này hoạt động tốt ở nhiều thôn.", ["camera an ninh"]),
    ("Mô hình Tổ tự quản đường làng vẫn duy trì sinh hoạt đều đặn.", ["Tổ tự quản đường làng"]),
    ("Mô hình Đèn đường chiếu sáng đến nay đã phủ kín các ngõ xóm.", ["Đèn đường chiếu sáng"]),
]

# a team of the state's inspectors or enforcers ("Đội quy tắc", "Tổ kiểm tra", "tổ điều tra") or a club that is a venue
# ("CLB billiards", "câu lạc bộ karaoke") names no community model with the quote after it (model_triggers not_team)
CLASS_NEGATIVE += [
    "Đội quy tắc “Văn minh đô thị” của phường đã ra quân dẹp lấn chiếm vỉa hè.",
    "Tổ kiểm tra “Liên ngành 389” đã làm việc với doanh nghiệp.",
    "Công an kiểm tra CLB billiards “Hoàng Gia” phát hiện 5 đối tượng dương tính với ma túy.",
]

# a stop word right after "không" is held by the negation and ends no unquoted name ("không có", "không cho")
CLASSES += [
    ("Xã xây dựng mô hình Tổ hòa giải giỏi; mô hình Gia đình không có người vi phạm pháp luật.",
     ["Tổ hòa giải giỏi", "Gia đình không có người vi phạm pháp luật"]),
    ("Mô hình Khu dân cư không có tội phạm tại thôn 3 được nhân rộng.", ["Khu dân cư không có tội phạm"]),
]

# a quote opened by a model's or a team's word after a verb of saying and a colon ("tâm sự:", "chia sẻ:", "cho hay:")
# is what was said (model_triggers speech)
CLASS_NEGATIVE += [
    "Anh A tâm sự: “Mô hình Camera an ninh thật sự hữu ích với bà con”.",
    "Chị B chia sẻ: “Tổ phụ nữ tự quản đã giúp chị em mạnh dạn hơn”.",
]

# a party cell's or a co-operative's form, e-government, farming and tourism name no community security model
# (model_exclusions other_field), unless a security word is in the name ("Camera an ninh thông minh")
CLASS_NEGATIVE += [
    "Năm nay, xã tiếp tục nhân rộng mô hình Chi bộ 4 tốt trên địa bàn.",
    "Huyện xây dựng mô hình Xã thông minh và mô hình Hợp tác xã kiểu mới.",
    "Nông dân hưởng ứng mô hình Cánh đồng mẫu lớn trong vụ đông xuân.",
]
CLASSES += [
    ("Năm nay, xã tiếp tục nhân rộng mô hình Camera an ninh thông minh trên địa bàn.", ["Camera an ninh thông minh"]),
]

# a province's or a country's way of doing things ("học tập mô hình Đà Nẵng") and a state organ set up on a model
# ("mô hình Tòa án gia đình", "Trung tâm chỉ huy", "Hội đồng nhân dân hai cấp") are not community models
CLASS_NEGATIVE += [
    "Nhiều tỉnh học tập mô hình Quảng Ninh trong cải cách hành chính.",
    "Thành phố nghiên cứu mô hình Singapore về quản lý nhà ở xã hội.",
    "Mô hình Tòa án gia đình và người chưa thành niên sẽ được thành lập.",
    "Mô hình Trung tâm chỉ huy Công an tỉnh đi vào hoạt động từ tháng 5.",
]

# a numbered place after an unquoted name ("thôn 3", "tổ dân phố 5") ends it: where it runs (the name had run into the
# number and been dropped)
CLASSES += [
    ("Ông Nguyễn Văn A, Trưởng mô hình Camera an ninh thôn 3, cho biết mô hình hoạt động tốt.", ["Camera an ninh"]),
    ("Xã duy trì mô hình Đèn đường chiếu sáng khu phố 2 rất hiệu quả.", ["Đèn đường chiếu sáng"]),
]

# mock-ups on show and a contest's entries ("Triển lãm mô hình ...", "mô hình được trưng bày", "mô hình dự thi") are
# objects, not community models (model_exclusions exhibit; read on unannotated VNTC news)
CLASS_NEGATIVE += [
    "Triển lãm mô hình “Ngôi nhà xanh” mở cửa tại công viên trung tâm.",
    "Triển lãm mô hình Tàu Titanic khai mạc sáng nay tại nhà văn hóa thiếu nhi.",
    "Các mô hình được trưng bày gồm: cầu Long Biên (dài 4 m), chùa Một Cột (cao 1,5 m), tháp Rùa (cao 1 m)...",
    "Các mô hình dự thi gồm “Máy gặt lúa mini”, “Xe đạp điện tự chế” của học sinh.",
]
CLASSES += [
    ("Các mô hình được nhân rộng gồm “Camera an ninh”, “Tiếng kẻng an ninh”.", ["Camera an ninh", "Tiếng kẻng an ninh"]),
    ("Xã duy trì mô hình “Tổ tự quản” và trưng bày sản phẩm tại hội chợ.", ["Tổ tự quản"]),
]

# a police unit launched unquoted ("ra mắt Đội tuần tra Cảnh sát giao thông", "Tổ tuần tra kiểm soát") is a force, not
# a community model (model_exclusions unquoted_prefix; read on unannotated VNTC news); a community's patrol is still one
CLASS_NEGATIVE += [
    "Hôm nay, Cục Cảnh sát giao thông ra mắt Đội tuần tra Cảnh sát giao thông đường bộ số 5.",
    "Công an tỉnh ra mắt Tổ tuần tra kiểm soát số 2 trên quốc lộ 1A.",
    "Phòng Cảnh sát cơ động thành lập Đội đặc nhiệm CSCĐ phòng chống bạo loạn.",
]
CLASSES += [
    ("Xã ra mắt Tổ tuần tra nhân dân thôn Đông.", ["Tổ tuần tra nhân dân"]),
]

# a club where something happens, named as a business is ("tại CLB “Vip 68”", "tại CLB “Hoàng Gia”": each word
# capitalised or a number) is a venue, not a model; a club named by what it does is one wherever it meets
CLASS_NEGATIVE += [
    "Bị cáo khai: “Tối hôm đó tôi ngồi uống rượu tại CLB “Star 79” rồi xảy ra xô xát”.",
    "Theo lời khai, các đối tượng đánh bạc tại câu lạc bộ “Hoàng Kim” trên đường Lê Lợi.",
]
CLASSES += [
    ("Chị em tiểu thương sinh hoạt tại CLB “Phụ nữ với pháp luật” mỗi tháng một lần.", ["Phụ nữ với pháp luật"]),
    ("Thanh niên sinh hoạt tại câu lạc bộ “Thanh niên với pháp luật” và CLB “Nói không với ma túy”.",
     ["Thanh niên với pháp luật", "Nói không với ma túy"]),
]

# a list whose items name houses of culture or centres ("TTVH ...", "Cung văn hóa ...", "Nhà văn hóa ...") is one of
# places where clubs meet or classes are held, not of models (model_exclusions venue; read on unannotated VNTC news)
CLASS_NEGATIVE += [
    "Các em chỉ học vẽ ngắn hạn ở các CLB hoặc trung tâm văn hóa như: Nhà văn hóa Thanh Niên, CLB Lê Lợi, "
    "Nhà thiếu nhi quận 3...",
]
CLASSES += [
    ("Phường duy trì các mô hình như: camera an ninh, tiếng kẻng an ninh, đèn đường chiếu sáng...",
     ["camera an ninh", "tiếng kẻng an ninh", "đèn đường chiếu sáng"]),
]

# a firm, a hobby club, a food market or a tour package is no community model (model_exclusions other_field "xí
# nghiệp", "dược phẩm", "người chơi", "ẩm thực"; model_triggers not_team "tour"; read on unannotated VNTC news)
CLASS_NEGATIVE += [
    "Thành phố lập mô hình “Liên hiệp các xí nghiệp chế biến thủy sản” từ năm 1990.",
    "Hai người quen nhau qua “Câu lạc bộ những người chơi chim cảnh” của quận.",
    "Phường tổ chức mô hình “Phố đi bộ ẩm thực” vào cuối tuần.",
    "Công ty giảm giá cho nhóm tour mang tên “Mùa thu vàng” đi Hàn Quốc.",
]
CLASSES += [
    ("Phường duy trì mô hình “Chợ an toàn về an ninh trật tự”.", ["Chợ an toàn về an ninh trật tự"]),
]

# a rice-growing programme ("3 giảm 3 tăng", "1 phải 5 giảm") is a farming model, not a community one (model_exclusions
# economy; read on unannotated VNTC news)
CLASS_NEGATIVE += [
    "Nhiều nông dân áp dụng mô hình “3 giảm 3 tăng” và “1 phải 5 giảm” trên cánh đồng lúa.",
]

# an adverb of time after an unquoted name opens what the sentence says of the model, not more of its name
# (model_triggers said "ngay lập tức", "lập tức", "nhanh chóng"; read on modern campaign pages)
CLASSES += [
    ("Ra đời từ năm 2019, mô hình đội thợ hồ tự quản ngay lập tức được người dân ủng hộ.",
     ["đội thợ hồ tự quản"]),
    ("Sau khi ra mắt, mô hình Camera an ninh nhanh chóng phát huy hiệu quả.", ["Camera an ninh"]),
]

# a list of models closed by an ellipsis and joined to a clause that calls another one a model ("…, trong đó hiệu quả
# nhất là mô hình A") : the call names A, not the list's last item with the clause (model_triggers connective "trong
# đó"; read on modern campaign pages)
CLASSES += [
    ("Xã có 5 mô hình như: tổ hòa giải tự quản; đèn đường chiếu sáng; nói không với pháo nổ…, trong đó nổi bật "
     "nhất là mô hình Camera an ninh.",
     ["tổ hòa giải tự quản", "đèn đường chiếu sáng", "nói không với pháo nổ", "Camera an ninh"]),
]

# what counted models do, written after "N mô hình"/"các mô hình" and before the list of their names ("như", "gồm"),
# is the kind of the models listed, not a name (_class_heading; read on modern campaign pages)
CLASSES += [
    ("Phường xây dựng 6 mô hình đảm bảo an ninh trật tự hiệu quả như: tổ xe ôm tự quản; camera an ninh; "
     "đèn đường chiếu sáng…", ["tổ xe ôm tự quản", "camera an ninh", "đèn đường chiếu sáng"]),
]

# "buổi ra mắt câu lạc bộ thông qua quy chế": the club of a launch event doing the event's business, or another word
# ("ra mắt tổ chức ..."), is no team launched by name (model_triggers not_team "thông qua", "công bố", "bầu", "tiến
# hành" read after a launch too; read on modern campaign pages)
CLASS_NEGATIVE += [
    "Tại buổi ra mắt câu lạc bộ thông qua dự thảo quy chế hoạt động và bầu ban chủ nhiệm.",
    "Sau lễ ra mắt đội công bố quy chế hoạt động của mình.",
]
CLASSES += [
    ("Sáng qua, xã ra mắt đội thanh niên xung kích phòng chống tội phạm.",
     ["đội thanh niên xung kích phòng chống tội phạm"]),
]

# a self-managed group named in lower case holds no stop word before "tự quản": "mô hình dòng họ có tổ tự quản ..."
# says what the clan's model has, it names no "dòng họ có tổ tự quản" (SELF_MANAGED_RE; read on modern campaign pages)
CLASS_NEGATIVE += [
    "Từ năm 2016, xã thực hiện mô hình dòng họ có tổ tự quản an ninh trật tự và tổ hòa giải.",
]
CLASSES += [
    ("Hội Nông dân duy trì mô hình nông dân tự quản về an ninh trật tự.", ["nông dân tự quản về an ninh trật tự"]),
]

# a clan called by a quoted name of its own ("ra mắt dòng họ “...”") is a model, unless the quote is the family's
# name (model_triggers strict "dòng họ"; data/surnames.txt; read on modern campaign pages)
CLASSES += [
    ("Sáng 5/3, thôn Khe Lim ra mắt dòng họ “4 không” với 40 hộ tham gia.", ["4 không"]),
]
CLASS_NEGATIVE += [
    "Dòng họ “Lê Đình” ở xã có hơn 60 hộ.",
    "Ông là trưởng dòng họ “lớn” nhất làng.",
]

# the commas of a series of communities inside an unquoted name ("mô hình dòng họ, khu dân cư không vi phạm pháp
# luật") hold the name whole, as "xã, phường, thị trấn" did (model_triggers community; read on modern campaign pages)
CLASSES += [
    ("Nhiều nơi nhân rộng mô hình dòng họ, khu dân cư không có tội phạm, góp phần giữ vững an ninh.",
     ["dòng họ, khu dân cư không có tội phạm"]),
]

# the short name a source gives a model in brackets ("(gọi tắt là “...”)", "(viết tắt: “...”)") names it too
# (LIST_GAP_RE; read on modern campaign pages)
CLASSES += [
    ("Đoàn xã ra mắt mô hình “Thanh niên tham gia tuần tra bảo vệ thôn bản” (gọi tắt là “Tuần tra thanh niên”).",
     ["Thanh niên tham gia tuần tra bảo vệ thôn bản", "Tuần tra thanh niên"]),
]
CLASS_NEGATIVE += [
    "Luật “Phòng, chống ma túy” (gọi tắt là “Luật PCMT”) có hiệu lực từ năm nay.",
]

# a key ring printed with the police hotline ("móc khóa") opens a model's unquoted name as a camera does ("mô hình
# móc khóa an ninh") (model_triggers name_head; read on modern campaign pages)
CLASSES += [
    ("Huyện đoàn triển khai mô hình móc khóa an ninh tại 12 xã.", ["móc khóa an ninh"]),
]

# a quote in lower case that holds only some of a model's words writes what the model deals with, not the model
# ("mô hình Móc khóa tố giác tội phạm" ... "bảng “tố giác tội phạm”") (_recurring; read on modern campaign pages)
CLASSES += [
    ("Xã triển khai mô hình Hòm thư tố giác tội phạm. Trước đó, xã đã gắn bảng “tố giác tội phạm” ở các ngã ba.",
     ["Hòm thư tố giác tội phạm"]),
]

# what names the model a clause speaks of ("với tên gọi", "mang tên", "gọi tắt là") names it even past another quote
# before it ("mô hình “Dân vận khéo” với tên gọi “...”") (NAMED_BEFORE_RE; read on modern campaign pages)
CLASSES += [
    ("Phường ra mắt mô hình “Dân vận khéo” với tên gọi “Bến xe bình yên”.", ["Bến xe bình yên"]),
]
CLASS_NEGATIVE += [
    "Ông Nam có người con mang tên “Hòa Bình”.",
]

# a residential area called by a quoted name that says what it keeps safe is a model ("xây dựng khu dân cư “...”"),
# not a development's name nor the standard it meets (_residential; read on modern campaign pages)
CLASSES += [
    ("Thị trấn chọn khóm 3 xây dựng khu dân cư “Bình yên - Không ma túy”.", ["Bình yên - Không ma túy"]),
]
CLASS_NEGATIVE += [
    "Ông mua nhà ở khu dân cư “Him Lam” từ năm 2019.",
    "Thôn phấn đấu đạt khu dân cư “An toàn về an ninh trật tự” năm nay.",
]

# a formula of how many households a core family looks after is the whole name after "mô hình" when a stop follows it
# ("có mô hình 1-4; ... mô hình 1+5") (FORMULA_NAME_RE; read on provincial papers' self-management items)
CLASSES += [
    ("Xã Long Giao có mô hình 1-4; xã Hố Nai có mô hình 1+4, còn xã Phú Lý chọn mô hình 2 + 5.", ["1-4", "1+4", "2 + 5"]),
]
CLASS_NEGATIVE += [
    "Ngôi nhà được dựng theo mô hình 2-3 tầng.",
    "Kế hoạch thực hiện mô hình 2019-2020 đã hoàn thành.",
]

# the list after a livelihood model's heading "mô hình phát triển kinh tế như: ..." names workshops and trades, not
# community models (model_exclusions economy; read on Women's Union pages)
CLASS_NEGATIVE += [
    "Các chi hội đã xây dựng nhiều mô hình phát triển kinh tế như: Tổ đan lát mây tre, tổ may gia công, tổ làm bánh...",
]

# fixed phrases a name holds although a stop word opens them: "tự giúp nhau" (mutual help), "ở cơ sở" (at the grassroots),
# "an toàn cho phụ nữ và trẻ em", "phát triển bền vững" (sustainable) (model_triggers keep, and_keep; _KEEP; read on
# Women's Union, elderly and justice pages)
CLASSES += [
    ("Phường tổ chức lễ ra mắt Câu lạc bộ liên thế hệ tự giúp nhau tại nhà văn hóa.",
     ["Câu lạc bộ liên thế hệ tự giúp nhau"]),
    ("Huyện xây dựng mô hình Tổ hòa giải ở cơ sở kiểu mẫu tại 3 xã.", ["Tổ hòa giải ở cơ sở kiểu mẫu"]),
    ("Các thành viên mô hình Làng quê an toàn cho phụ nữ và trẻ em thôn Đông đã ra quân dọn vệ sinh.",
     ["Làng quê an toàn cho phụ nữ và trẻ em"]),
    ("Mô hình Câu lạc bộ Gia đình phát triển bền vững được nhân rộng ra 12 ấp.",
     ["Câu lạc bộ Gia đình phát triển bền vững"]),
]

# a quote a slogan's, a theme's or an aim's copula gives is no model, even with a club's word in the clause ("Phương châm
# của Câu lạc bộ là “...”") (CUE_IS_BEFORE_RE; read on family-club pages)
CLASS_NEGATIVE += [
    "Phương châm của Câu lạc bộ là “Mỗi hội viên là một tuyên truyền viên” trong phòng chống bạo lực gia đình.",
    "Khẩu hiệu hành động của CLB là “Nói không với ma túy”.",
]
CLASSES += [
    ("Phương châm của Câu lạc bộ là “Mỗi hội viên là một tuyên truyền viên”; CLB “Phụ nữ với pháp luật” họp mỗi tháng.",
     ["Phụ nữ với pháp luật"]),
]

# an association's branch opens an unquoted name after "mô hình" as a club's word does ("mô hình chi hội giúp nhau"),
# and "bằng cách" (the means) ends it (model_triggers name_head, name_stop; read on Women's Union pages)
CLASSES += [
    ("Các cơ sở hội triển khai mô hình chi hội giúp nhau bằng cách cho chi hội mạnh kèm chi hội yếu.",
     ["chi hội giúp nhau"]),
    ("Hội xây dựng mô hình Chi hội phụ nữ không có người vi phạm pháp luật tại ấp 3.",
     ["Chi hội phụ nữ không có người vi phạm pháp luật"]),
]

# a headline's dash after a quote says what it is: "“A” - mô hình ..." calls A a model (CALLED_MODEL_RE; read on the
# police press's school-gate items)
CLASSES += [
    ("“Dắt tay qua đường” - mô hình an toàn giao thông ở Hải Dương", ["Dắt tay qua đường"]),
]
CLASS_NEGATIVE += [
    "“Không ai bị bỏ lại phía sau” - thông điệp của chương trình năm nay",
]

# what is done for a model, tied to named days before "như:" ("những phần việc gắn với “Ngày thứ bảy văn minh”,
# “Ngày chủ nhật xanh”, như: ...") lists tasks, not models (ACTIVITY_HEAD_RE; read on youth-union ward pages)
CLASS_NEGATIVE += [
    "Để duy trì mô hình, chi đoàn thực hiện những phần việc gắn với “Ngày thứ bảy tình nguyện”, “Ngày chủ nhật xanh”,"
    " như: Sơn lại cột điện; xóa quảng cáo rao vặt; quét dọn ngõ xóm…",
]

# a lane or a street launched by a quoted name is a model named so ("ra mắt 2 tuyến hẻm “Xanh-Sạch-Đẹp”")
# (LAUNCHED_ROUTE_RE; read on Fatherland Front ward pages)
CLASSES += [
    ("Ban Công tác Mặt trận khu phố ra mắt 3 tuyến hẻm “Xanh-Sạch-Thơm” tại khu phố 4.", ["Xanh-Sạch-Thơm"]),
]
CLASS_NEGATIVE += [
    "Người dân ra mắt tuyến đường “mới” trong niềm vui.",
]
