"""The learned models of figure facts (extract.fact_models) over the rules' verdicts: period kind, place scope."""
from __future__ import annotations

from datetime import date

import pytest

from extract import extract_all
from extract.fact_models import PERIOD_KIND, PLACE_SCOPE, FactModel

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
        # (The model reads whole articles; a sentence alone lacks the head and lead it was trained with.)
        ("Theo Bộ Công an, năm 2022 đã phát hiện 3.500 vụ phạm tội về ma túy.", "national"),
        ("Bộ Công an cho biết, năm 2022 lực lượng chức năng đã bắt 12.000 đối tượng.", "national"),
        # What the rules already read stays.
        ("Công an tỉnh Đắk Nông cho biết, năm 2022 đã bắt 45 đối tượng.", "province"),
        ("Tại xã Ea Pô, huyện Cư Jút, tỉnh Đắk Nông có 12 tổ tự quản.", "commune"),
    ],
)
def test_scope_of_a_figure(text: str, scope: str) -> None:
    assert [f.place.scope for f in extract_all(text, reference=REFERENCE).figures] == [scope]


def test_a_rescoped_place_keeps_the_names_above_its_level_and_fills_its_own_from_the_article() -> None:
    from extract import prepare
    from extract.facts import _rescoped, build_context
    from extract.places import extract_places
    from extract.types import PlaceFact

    doc = prepare("Công an tỉnh Đắk Nông tổng kết năm 2022.\nTại xã Ea Pô, huyện Cư Jút có 12 tổ tự quản.")
    ctx = build_context(doc, extract_places(doc), [], [], None, ())
    ids = ctx.main["province"], ctx.main["district"], ctx.main["commune"]
    commune = PlaceFact("commune", "Đắk Nông", "Cư Jút", "Ea Pô", *ids, source="sentence")
    assert _rescoped(ctx, commune, "commune") is commune
    assert _rescoped(ctx, commune, "district") == PlaceFact("district", "Đắk Nông", "Cư Jút", None, *ids[:2], None,
                                                           source="sentence")
    assert _rescoped(ctx, commune, "national") == PlaceFact("national", None, None, None, source="sentence")
    # raised from a scope without names ("Theo Bộ Công an, ..."): the article's own province
    national = PlaceFact("national", None, None, None, source="title")
    assert _rescoped(ctx, national, "province") == PlaceFact("province", "Đắk Nông", None, None, ids[0],
                                                             source="title")


@pytest.mark.parametrize("model", [PERIOD_KIND, PLACE_SCOPE])
def test_the_shipped_models_know_the_attributes_built_today(model: FactModel) -> None:
    # A change to the attributes without retraining (tools/train_fact_models.py) would leave a model weighing
    # attributes it never saw: three in four of a figure's attributes must be ones the model has weights for.
    with model.off() as recorded:
        extract_all("Hiện nay, toàn tỉnh có 1.411 nhóm liên gia tự quản, bắt 45 đối tượng.", reference=REFERENCE)
    known = {attr for attr, _ in model.tagger.info().state_features}
    assert len(recorded) == 2
    for feats in recorded.values():
        assert sum(f in known for f in feats) >= 0.75 * len(feats)


def test_a_model_off_keeps_the_rules_verdict_and_records_the_attributes() -> None:
    with PLACE_SCOPE.off() as recorded:
        figures = extract_all("Theo báo cáo của Bộ Công an, năm 2022 đã bắt 12.000 đối tượng.").figures
    # the rules alone: no place named but the national body the report is of (facts._article_place)
    assert [f.place.scope for f in figures] == ["national"]
    assert list(recorded) == [45] and "rule=national" in recorded[45] and "src=body" in recorded[45]
