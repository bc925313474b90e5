"""Small Vietnamese news pages for parser tests: real-looking chrome around the parts a test varies.

Each test states only what its class of page does differently (a dateline format, a byline at the end,
a portal title...); the header menu, breadcrumb, "Đọc nhiều" sidebar and footer around it are what the
crawler meets on every Vietnamese outlet and portal.
"""
from __future__ import annotations

PARAGRAPHS = (
    "Ngày 13/3, Công an huyện Krông Pắc phối hợp với Ủy ban MTTQ huyện tổ chức hội nghị sơ kết phong trào "
    "toàn dân bảo vệ an ninh Tổ quốc, biểu dương 25 tập thể và 40 cá nhân có thành tích xuất sắc.",
    "Theo báo cáo, năm qua lực lượng Công an huyện đã tiếp nhận 312 tin báo về tội phạm, điều tra làm rõ "
    "287 vụ, đạt tỷ lệ 92%, triệt phá 6 băng nhóm tội phạm hình sự và thu hồi nhiều tài sản cho người dân.",
    "Toàn huyện hiện có 124 mô hình tự quản về an ninh trật tự, trong đó mô hình camera an ninh đã lắp đặt "
    "được hơn 1.500 mắt camera tại các tuyến đường, khu dân cư và trường học trên địa bàn.",
    "Phát biểu tại hội nghị, đồng chí Phó Chủ tịch UBND huyện đề nghị các xã tiếp tục nhân rộng mô hình hay, "
    "phát huy vai trò của người có uy tín trong đồng bào dân tộc thiểu số, giữ vững an ninh nông thôn.",
    "Dịp này, Công an huyện đã trao giấy khen cho các tập thể, cá nhân tiêu biểu và phát động đợt cao điểm "
    "tấn công trấn áp tội phạm, bảo đảm an ninh trật tự trong dịp lễ hội đầu năm.",
)
HEADLINE = "Krông Pắc sơ kết phong trào toàn dân bảo vệ an ninh Tổ quốc"
MENU = "".join(f'<li><a href="/{slug}">{name}</a></li>' for slug, name in (
    ("thoi-su", "Thời sự"), ("an-ninh-trat-tu", "An ninh trật tự"), ("phap-luat", "Pháp luật"),
    ("kinh-te", "Kinh tế"), ("xa-hoi", "Xã hội"), ("the-gioi", "Thế giới"), ("van-hoa", "Văn hóa"),
    ("the-thao", "Thể thao"), ("giao-duc", "Giáo dục"), ("suc-khoe", "Sức khỏe"), ("video", "Video")))
POPULAR = "".join(f'<li><a href="/doc-nhieu-{i}.html">{t}</a></li>' for i, t in enumerate((
    "Bắt giữ nhóm đối tượng lừa đảo chiếm đoạt tài sản qua mạng xã hội",
    "Khởi tố vụ án vận chuyển trái phép hàng cấm qua biên giới",
    "Tăng cường tuần tra kiểm soát bảo đảm trật tự an toàn giao thông dịp Tết",
    "Phát động phong trào toàn dân tham gia phòng cháy chữa cháy tại khu dân cư",
    "Triệt phá đường dây đánh bạc qua mạng quy mô hàng trăm tỷ đồng",
    "Hội nghị triển khai nhiệm vụ công tác công an năm 2024")))
FOOTER = ('<footer class="footer"><p>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC</p><p>Cơ quan chủ quản: Ủy ban nhân dân '
          'huyện Krông Pắc, tỉnh Đắk Lắk</p><p>Địa chỉ: 01 Giải Phóng, thị trấn Phước An, huyện Krông Pắc. Điện '
          'thoại: 0262.3521.234</p><p>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày '
          '15/8/2019.</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.</p></footer>')


def paragraphs(texts: tuple[str, ...] = PARAGRAPHS) -> str:
    """The body paragraphs as <p> elements."""
    return "".join(f"<p>{t}</p>" for t in texts)


def page(*, head: str = "", title: str = f"{HEADLINE} - Cổng thông tin điện tử huyện Krông Pắc",
         headline: str = f'<h1 class="title-detail">{HEADLINE}</h1>', dateline: str = "",
         sapo: str = "", body: str | None = None, after: str = "", before: str = "", lang: str = "vi",
         topbar: str = "Thứ Hai, 25/11/2024", column: str = "main", side: str = "sidebar") -> str:
    """A whole page: header, menu and breadcrumb, the article parts, a sidebar and the footer."""
    body = paragraphs() if body is None else body
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
            f'<body><div class="top-bar"><span class="today">{topbar}</span> <a href="/lien-he">Liên hệ</a></div>'
            f'<header class="header"><a class="logo" href="/">Cổng thông tin điện tử huyện Krông Pắc</a>'
            f'<ul class="menu">{MENU}</ul></header><div class="breadcrumb"><a href="/">Trang chủ</a> » '
            f'<a href="/an-ninh-trat-tu">An ninh trật tự</a></div>{before}<div class="container"><div class="{column}">'
            f'{headline}{dateline}{sapo}<div class="content-detail">{body}</div>{after}</div>'
            f'<div class="{side}"><h3>Đọc nhiều</h3><ul>{POPULAR}</ul></div></div>{FOOTER}</body></html>')


def listing(n: int = 8) -> str:
    """A category page: linked headlines, each with a date and a sapo."""
    items = "".join(
        f'<div class="item"><h3><a href="/tin-{i}.html">{HEADLINE} lần thứ {i}</a></h3>'
        f'<span class="time">1{i}/03/2024</span><p>{PARAGRAPHS[i % len(PARAGRAPHS)][:180]}…</p></div>'
        for i in range(n))
    return page(title="An ninh trật tự - Cổng thông tin điện tử huyện Krông Pắc",
                headline='<h1 class="cat-title">An ninh trật tự</h1>', body=items)


def old_portal(dateline: str = "Cập nhật: 14/03/2012 08:05") -> str:
    """A 2010s district portal: table layout, the headline in <font><b>, no h1, no meta, a <br> body."""
    body = "<br><br>".join(PARAGRAPHS)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<title>{HEADLINE}</title></head><body><table width="100%"><tr><td colspan="2">'
            f'<img src="/banner.jpg" alt="Cổng thông tin điện tử huyện Krông Pắc"><ul class="menu">{MENU}</ul>'
            '</td></tr><tr><td width="200" valign="top"><b>Liên kết</b><br><a href="/gioi-thieu">Giới thiệu</a><br>'
            '<a href="/van-ban">Văn bản</a><br><a href="/lien-he">Liên hệ</a></td><td valign="top">'
            f'<table><tr><td><font size="4" color="#003399"><b>{HEADLINE}</b></font></td></tr>'
            f'<tr><td><i>{dateline}</i></td></tr><tr><td>{body}</td></tr></table>'
            f'</td></tr></table>{FOOTER}</body></html>')


def with_comments(n: int = 12) -> str:
    """An article followed by readers' comments that together are longer than it."""
    comments = "".join(f'<div class="comment-item"><b>Bạn đọc {i}</b><p>{PARAGRAPHS[i % len(PARAGRAPHS)]}</p></div>'
                       for i in range(n))
    return page(dateline='<div class="date">13/03/2024 16:20</div>',
                after=f'<div class="box-comment"><h3>Ý kiến bạn đọc</h3>{comments}</div>')


def with_teasers_below(n: int = 8) -> str:
    """A short article followed, in the same column, by a box of linked headlines each with its sapo."""
    teasers = "".join(f'<div class="box-category-item"><h3><a href="/bai-{i}.html">Tin khác số {i}: '
                      f'{HEADLINE}</a></h3><p class="box-category-sapo">{PARAGRAPHS[i % len(PARAGRAPHS)]}</p></div>'
                      for i in range(n))
    return page(dateline='<div class="date">13/03/2024 16:20</div>', body=paragraphs(PARAGRAPHS[:3]),
                after=f'<div class="box-category"><h2>Cùng chuyên mục</h2>{teasers}</div>')
