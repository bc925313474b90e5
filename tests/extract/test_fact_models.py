"""The learned model of a figure fact (extract.fact_models) over the rules' verdict: the period kind; and the place
scope the rules alone decide (its model was dropped: it lost to the rules in cross-validation and on blind)."""
from __future__ import annotations

from datetime import date

import pytest

from extract import extract_all
from extract.fact_models import PERIOD_KIND

REFERENCE = date(2023, 6, 1)


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        # Stocks the cue words alone miss: an area stated with "là", a membership.
        ("Tổng diện tích tự nhiên của huyện là 52.000 ha.", "52.000 ha", "as_of"),
        ("Lực lượng bảo vệ an ninh trật tự ở cơ sở gồm 1.500 thành viên.", "1.500 thành viên", "as_of"),
        # A change over a year is a flow, though the rules read the sentence's year as a moment.
        ("Năm 2018, tội phạm về trật tự xã hội giảm 12% so với năm 2017.", "12%", "during"),
        # What the rules already read stays.
        ("Đến nay, toàn tỉnh có 1.200 tổ an ninh nhân dân hoạt động hiệu quả.", "1.200 tổ", "as_of"),
        ("Qua đợt ra quân, lực lượng công an đã phá 23 chuyên án, bắt 45 đối tượng.", "45 đối tượng", "during"),
    ],
)
def test_kind_of_a_figure(text: str, figure: str, kind: str) -> None:
    found = {f.text: f.period.kind for f in extract_all(text, reference=REFERENCE).figures if f.period}
    assert next(k for t, k in found.items() if t.startswith(figure)) == kind


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # A national ministry reporting with no place named: the figure is national, not of an unknown place.
        ("Theo Bộ Công an, năm 2022 đã phát hiện 3.500 vụ phạm tội về ma túy.", "national"),
        ("Bộ Công an cho biết, năm 2022 lực lượng chức năng đã bắt 12.000 đối tượng.", "national"),
        # What the rules already read stays.
        ("Công an tỉnh Đắk Nông cho biết, năm 2022 đã bắt 45 đối tượng.", "province"),
        ("Tại xã Ea Pô, huyện Cư Jút, tỉnh Đắk Nông có 12 tổ tự quản.", "commune"),
    ],
)
def test_scope_of_a_figure(text: str, scope: str) -> None:
    assert [f.place.scope for f in extract_all(text, reference=REFERENCE).figures] == [scope]


def test_the_shipped_model_knows_the_attributes_built_today() -> None:
    # A change to the attributes without retraining (tools/train_fact_models.py) would leave a model weighing
    # attributes it never saw: three in four of a figure's attributes must be ones the model has weights for.
    with PERIOD_KIND.off() as recorded:
        extract_all("Hiện nay, toàn tỉnh có 1.411 nhóm liên gia tự quản, bắt 45 đối tượng.", reference=REFERENCE)
    known = {attr for attr, _ in PERIOD_KIND.tagger.info().state_features}
    assert len(recorded) == 2
    for feats in recorded.values():
        assert sum(f in known for f in feats) >= 0.75 * len(feats)


def test_a_model_off_keeps_the_rules_verdict_and_records_the_attributes() -> None:
    with PERIOD_KIND.off() as recorded:
        figures = extract_all("Tổng diện tích tự nhiên của huyện là 52.000 ha.", reference=REFERENCE).figures
    # the rules alone read no stock cue here (the model does: test_kind_of_a_figure)
    assert [f.period.kind for f in figures if f.period] == ["during"]
    assert list(recorded) == [37] and "rule=flow" in recorded[37]  # by the figure's start


def test_the_attributes_that_generalise_across_articles() -> None:
    """The date before the figure's precision, the sentence's place, a rate and the two words right before the figure
    (chosen by cross-validation by article on the dev gold, tools/train_fact_models.py)."""
    text = ("Ban chỉ đạo họp tổng kết.\nNăm 2022, xã Ea Tiêu có 35 tổ tự quản (chiếm 70% số thôn), "
            "giá thuê mặt bằng 2 triệu đồng/tháng.")
    with PERIOD_KIND.off() as recorded:
        figures = extract_all(text, reference=REFERENCE).figures
    by_text = {f.text.split()[0]: recorded[f.start] for f in figures}
    assert {"date_precision=year", "sentence=1", "head=True", "l12=tiêu_có", "rate=False"} <= set(by_text["35"])
    assert {"first_paragraph=False", "l12=(_chiếm"} <= set(by_text["70%"])
    assert "rate=True" in by_text["2"]


def test_the_period_kind_is_crfsuites_label() -> None:
    """The model's label is worked out from its weights (extract.crf_weights), not by python-crfsuite per figure: the
    same label on real figures' attributes, on unknown and repeated attributes, and on one read up to a NUL."""
    texts = ["Hiện nay, toàn tỉnh có 1.411 nhóm liên gia tự quản, bắt 45 đối tượng.",
             "Năm 2022, xã Ea Tiêu có 35 tổ tự quản (chiếm 70% số thôn), giá thuê mặt bằng 2 triệu đồng/tháng.",
             "Tổng diện tích tự nhiên của huyện là 52.000 ha. Qua đợt ra quân đã phá 23 chuyên án."]
    items: list[list[str]] = []
    for text in texts:
        with PERIOD_KIND.off() as recorded:
            extract_all(text, reference=REFERENCE)
        items += list(recorded.values())
    items += [[*f, *f] for f in items] + [f[:3] for f in items] + [["nothing=known"], [], ["rule=stock\x00x", "lw=có"]]
    for features in items:
        assert PERIOD_KIND.decide(0, features, "as_of") == PERIOD_KIND.tagger.tag([features])[0]
