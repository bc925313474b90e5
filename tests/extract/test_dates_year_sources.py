"""extract_dates without a reference date: weak year sources leave a day-month without a year, certain ones give
it (ANNOTATION: a day-month takes a year only where the article's other dates make it certain).  Sentences are
written for these tests, in the way the papers write."""
from __future__ import annotations

import pytest

from extract import extract_dates


def value_of(text: str, mention: str) -> str | None:
    return next(d.value for d in extract_dates(text) if d.text == mention)


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # the term of a post: the day may fall in any year of it
        ("Phê chuẩn Phó Chủ tịch UBND tỉnh\nNgày 9/3, Thủ tướng phê chuẩn ông Trần Văn Lợi giữ chức Phó Chủ tịch "
         "UBND tỉnh Long An, nhiệm kỳ 2021-2026.", "Ngày 9/3", None),
        ("HĐND tỉnh họp chuyên đề\nSáng 14/11, HĐND tỉnh bầu bổ sung Ủy viên UBND tỉnh, nhiệm kỳ 2016-2021.",
         "14/11", None),
        # the term a congress opens, or the committee it elects: the congress is held in its first year
        ("Đại hội Hội Cựu chiến binh huyện\nSáng 12/6, Đại hội đại biểu Hội Cựu chiến binh huyện lần thứ VII, "
         "nhiệm kỳ 2022-2027 khai mạc.", "12/6", "2022-06-12"),
        ("Ra mắt Ban Chấp hành mới\nNgày 21-9, 25 đồng chí được bầu vào Ban Chấp hành Đảng bộ Công an huyện, "
         "nhiệm kỳ 2020 - 2025.", "Ngày 21-9", "2020-09-21"),
        # the same part of an earlier year a figure is compared with: the article's year is the one after it
        ("Cảnh sát 113 tiếp nhận hơn 40.000 cuộc gọi\n6 tháng đầu năm, Trung tâm nhận 40.201 cuộc gọi, tăng 2.000 cuộc "
         "so với 6 tháng đầu năm 2004.", "6 tháng đầu năm", "2005-01/2005-06"),
        ("Tai nạn giảm\nNửa đầu năm, toàn tỉnh xảy ra 12 vụ tai nạn, giảm 3 vụ so với nửa đầu năm 2019.",
         "Nửa đầu năm", "2020-01/2020-06"),
        # a year ahead that the article forecasts or sets as a goal is not its own
        ("Buôn lậu qua biên giới tăng\nTrong 5 tháng đầu năm 2005, lực lượng chức năng bắt 300 vụ. Ngày 27/6, Ban chỉ "
         "đạo họp. Theo dự báo, đến 2006, tình hình buôn lậu sẽ càng phức tạp.", "Ngày 27/6", "2005-06-27"),
        ("Hạn nộp hồ sơ thi đại học\nChiều 15/2, Ban chỉ đạo thi năm 2005 cho biết thí sinh nộp hồ sơ từ 10/3. "
         "Bộ đã quyết định lùi thi trắc nghiệm đến năm 2006.", "15/2", "2005-02-15"),
        # the last quarter of a year compared with, or the same quarter of an earlier year: the article's is after it
        ("Tai nạn giao thông quý 1\nTrong quý, cả nước xảy ra 3.000 vụ, tăng 5% so với quý IV-2003. Hôm 2-4, Ủy ban "
         "An toàn giao thông họp.", "Hôm 2-4", "2004-04-02"),
        ("Quý II, tỉnh xảy ra 30 vụ, giảm 3 vụ so với cùng kỳ quý II/2022. Ngày 2-7, Ban chỉ đạo họp.", "Ngày 2-7",
         "2023-07-02"),
        # an earlier quarter of the same year may be compared with
        ("Quý II, tỉnh xảy ra 30 vụ, giảm 3 vụ so với quý I/2023. Ngày 2-7, Ban chỉ đạo họp.", "Ngày 2-7",
         "2023-07-02"),
    ],
)
def test_year_sources(text: str, mention: str, expected: str | None) -> None:
    assert value_of(text, mention) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span from a month to a day written with '-': one range, as with '/' or 'ngày'
        ("Từ tháng 1 đến 30-8, lực lượng chức năng bắt 25 vụ, tăng 4 vụ so với năm 2018.",
         ("Từ tháng 1 đến 30-8", "2019-01/2019-08-30")),
        ("Từ tháng 3/2005 đến 15-6, công an bắt 4 vụ.", ("Từ tháng 3/2005 đến 15-6", "2005-03/2005-06-15")),
        # a span across the new year with the year written only at its end begins in the year before
        ("Chương trình khuyến mãi được áp dụng từ đầu tháng 12 đến 30-3-2006.",
         ("từ đầu tháng 12 đến 30-3-2006", "2005-12/2006-03-30")),
        ("Cấm nhập khẩu gia cầm từ ngày 1/11 đến 31/3/2006.", ("từ ngày 1/11 đến 31/3/2006", "2005-11-01/2006-03-31")),
        ("Từ tháng 3 đến ngày 15/5/2024, công an bắt 4 vụ.", ("Từ tháng 3 đến ngày 15/5/2024", "2024-03/2024-05-15")),
    ],
)
def test_span_from_a_month_to_a_day(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(d.text, d.value) for d in extract_dates(text)]


def test_month_span_to_a_count_is_no_day() -> None:
    assert [d.text for d in extract_dates("Từ tháng 1 đến 6-7 người bị bắt.")] == ["tháng 1"]


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # ruling D1: a day without a year takes the year of the closest dated point written before it, however many
        # months on it falls in that year
        ("Vụ án trộm xe\nTrưa 18-7-2003, Nguyễn Văn A trộm chiếc xe máy của hàng xóm rồi bỏ trốn. Chiều ngày 29-12, "
         "tại phiên tòa sơ thẩm, bị cáo bị tuyên phạt 2 năm tù.", "ngày 29-12", "2003-12-29"),
        ("Ngày 17-5-2005, Viện Kiểm sát khởi tố vụ án. Ngày 11-8, tòa án nhận hồ sơ. Sau hai lần gia hạn tạm giữ, "
         "ngày 11-12, hai bị can được tạm tha.", "ngày 11-12", "2005-12-11"),
        # a month written with its year is a point too
        ("Tháng 6/2000, Bình bị đưa đi cải tạo tại trại Huy Khiêm. Sau khi ra trại, hắn lại tụ tập đồng bọn. "
         "Ngày 5/12, Bình bị công an bắt.", "Ngày 5/12", "2000-12-05"),
        # a day told a little before the point it follows ('Trước đó') is still of its year
        ("Ngày 1/6/2004, băng cướp gây án ở Cái Bè. Trước đó, ngày 30/5, chúng cướp xe khách.", "ngày 30/5",
         "2004-05-30"),
        # a point that the clause looks ahead to (a deadline, an intake) dates no account
        ("Du học Anh quốc\nHọc sinh nộp hồ sơ trước ngày 15/3/2006 được giảm học phí. Hội thảo tư vấn tổ chức "
         "ngày 20/11 tại Hà Nội.", "ngày 20/11", None),
        ("Chuẩn bị cho khóa nhập học tháng 2/2006, trường tổ chức hội thảo. Hà Nội: 18h ngày 4/8 tại khách sạn.",
         "ngày 4/8", None),
        # a digest of separate stories: one story's date does not date another's days
        ("Tin vắn ngày 14/10\nTừ năm 2000 đến tháng 11/2002, ông giữ chức Tổng giám đốc. | Chiều 13/10, tổ tuần tra "
         "bắt hai đối tượng trộm cắp.", "13/10", None),
        # a span of a campaign's length dates the account from its start, not from its end ahead
        ("Cuộc thi được phát động từ ngày 19-12-2005 đến tháng 4-2006. Ngay tuần đầu tiên (từ ngày 19 đến 27-12), "
         "ban tổ chức nhận 5.000 bài dự thi.", "từ ngày 19 đến 27-12", "2005-12-19/2005-12-27"),
        ("Bộ cấm nhập khẩu gia cầm từ ngày 1/11/2005 đến 31/3/2006. Tại Đồng Tháp, ngày 3/10, 400 con vịt đã chết.",
         "ngày 3/10", "2005-10-03"),
        # the day a decree was issued dates no account (ruling D1: law and decree dates are weak)
        ("Bán nhà theo Nghị định 61/CP sẽ kết thúc vào ngày 31-12-2006\nThực hiện việc bán nhà theo Nghị định 61/CP "
         "(ngày 5-7-1994 của Chính phủ), ngày 22-9 UBND thành phố ra chỉ thị đẩy nhanh tiến độ.", "ngày 22-9", None),
        # a point a 'must' or a 'will' follows is ahead of the account too
        ("Các lò giết mổ phải di dời ra ngoại thành. Đến tháng 1/2006 phải đi vào hoạt động theo quy định. Trong "
         "tháng 7, dây chuyền giết mổ mới của công ty đã hoạt động.", "tháng 7", None),
        # a month of every year takes no point's year
        ("Học phí được giảm từ tháng 1/2005. Trường khai giảng vào tháng 3 và tháng 9 hằng năm.", "tháng 9", None),
        # almost a year on is no longer the months that follow the point
        ("Trưa 3-1-2006, chị A. bị lừa 50 triệu đồng. Chiều 11-12, bà K. cũng bị lừa tương tự.", "11-12", None),
    ],
)
def test_closest_earlier_point(text: str, mention: str, expected: str | None) -> None:
    assert value_of(text, mention) == expected
