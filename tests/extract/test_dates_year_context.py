"""extract_dates without a reference date: which years written elsewhere in an article fix the year of a
day-month it leaves out (corpus DECISIONS "Rulings (2026-12-03, dev gold pass)").  Sentences are written for
these tests, in the way the papers write."""
from __future__ import annotations

import pytest

from extract import extract_dates


def value_of(text: str, mention: str) -> str | None:
    return next(d.value for d in extract_dates(text) if d.text == mention)


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # a span of years the body recalls (what was done from one year to another) is background: no year
        ("Công an huyện bắt tạm giam cựu chủ tịch xã\nNgày 14/3, Công an huyện Yên Thành khởi tố bị can.\n"
         "Theo cơ quan điều tra, từ năm 2015 đến 2019, bị can đã ký giao đất trái thẩm quyền.", "Ngày 14/3", None),
        ("Ra mắt mô hình tự quản\nChiều 9/5, xã Tân Phú ra mắt mô hình.\n"
         "Mô hình góp phần thực hiện tiêu chí an ninh trong xây dựng nông thôn mới giai đoạn 2021 - 2025.",
         "9/5", None),
        # ... and so is a term of office the body names for a person's past post
        ("Kỷ luật nguyên chủ tịch xã\nNgày 20/6, Ủy ban Kiểm tra Huyện ủy thi hành kỷ luật ông Lê Văn Tâm.\n"
         "Ông Tâm là nguyên Chủ tịch UBND xã nhiệm kỳ 2011-2016.", "Ngày 20/6", None),
        # a span of years in the title or lead frames the article: its end is the article's year
        ("Tổng kết phong trào giai đoạn 2019-2024\nNgày 23/8, Ban Chỉ đạo tỉnh tổ chức hội nghị tổng kết.",
         "Ngày 23/8", "2024-08-23"),
        # a term of office in the lead: the congress opens it
        ("Đại hội Đảng bộ Công an tỉnh nhiệm kỳ 2020 - 2025\nNgày 18.8, Đảng bộ Công an tỉnh khai mạc đại hội.",
         "Ngày 18.8", "2020-08-18"),
        # a full date the body writes still carries its story on
        ("Bắt nhóm trộm xe máy\nNgày 12/4, Công an quận bắt 3 đối tượng.\n"
         "Trước đó, ngày 2/4/2005, các đối tượng lấy trộm một xe máy.", "Ngày 12/4", "2005-04-12"),
    ],
)
def test_which_written_years_fix_a_day_month(text: str, mention: str, expected: str | None) -> None:
    assert value_of(text, mention) == expected


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # where something began ('từ năm 2016'), with or without 'đến nay', is before the article's day by how much
        # the text does not say
        ("Đình chỉ công tác phó trưởng công an quận\nNgày 11/5, Công an thành phố đình chỉ công tác một số cán bộ trong "
         "quá trình xử lý vụ án xảy ra từ năm 2016.", "Ngày 11/5", None),
        ("Nhân rộng mô hình camera an ninh\nNgày 21/4, xã Phước Hưng tổng kết mô hình camera.\n"
         "Mô hình được triển khai từ năm 2022, đến nay đã lắp 120 camera.", "Ngày 21/4", None),
        # the year a law was amended is the law's
        ("Khởi tố nguyên giám đốc công ty thiết bị\nNgày 25.6, Cơ quan CSĐT khởi tố bị can theo khoản 3 điều 222 Bộ luật "
         "Hình sự năm 2015, sửa đổi bổ sung năm 2017.", "Ngày 25.6", None),
        # a year that opens a clause and is set off by a comma tells what happened then, a past the article looks back on
        ("Bãi nhiệm chủ tịch huyện\nNgày 20/11, HĐND huyện bãi nhiệm ông Trần Văn Hòa. Theo cơ quan điều tra, năm 2018, "
         "UBND tỉnh có quyết định thu hồi đất.", "Ngày 20/11", None),
        # ... unlike one that opens its sentence and frames the passage
        ("Trong tháng 5, toàn huyện xử lý 12 vụ vi phạm.\nNăm 2022, huyện đã lắp 40 camera.", "tháng 5", "2022-05"),
    ],
)
def test_years_that_tell_where_a_story_began(text: str, mention: str, expected: str | None) -> None:
    assert value_of(text, mention) == expected


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # a day inside a campaign the article dates in full is of the year that puts it there
        ("Ra quân cao điểm bảo đảm an ninh dịp Tết Nguyên đán Nhâm Dần năm 2022\nTừ ngày 15-12, Công an tỉnh mở đợt cao "
         "điểm tấn công tội phạm.\nĐợt cao điểm kéo dài 2 tháng, từ 15-12-2021 đến 14-2-2022.", "ngày 15-12", "2021-12-15"),
        # an anniversary's span of years is not the time the article's days are told in
        ("Kỷ niệm ngày thành lập Đảng\nSáng 2/2, tỉnh tổ chức lễ kỷ niệm 89 năm Ngày thành lập Đảng (3-2-1930 – 3-2-2019).",
         "2/2", "2019-02-02"),
    ],
)
def test_a_day_inside_a_dated_campaign(text: str, mention: str, expected: str | None) -> None:
    assert value_of(text, mention) == expected


def test_a_review_named_with_a_programme_number() -> None:
    # a review of year X ('tổng kết công tác 1389 năm 2016', the programme's number between) is held early in X + 1
    text = ("Kiên quyết xử lý tội phạm ở khu vực biên giới\nĐó là thông tin tại Hội nghị tổng kết công tác 1389 năm 2016 "
            "và triển khai công tác năm 2017 của Ban Chỉ đạo diễn ra ngày 15/2.")
    assert value_of(text, "ngày 15/2") == "2017-02-15"
