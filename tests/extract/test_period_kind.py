"""The stock-or-flow model of figure periods (extract.period_kind) over the cue rules' verdict."""
from __future__ import annotations

from datetime import date

import pycrfsuite
import pytest

from extract import extract_all
from extract.period_kind import MODEL_PATH, kind_features

REFERENCE = date(2023, 6, 1)


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        # Stocks the cue words alone miss: what remains, a rate or an area stated with "là", a membership.
        ("Trên địa bàn tỉnh còn 15 đối tượng truy nã chưa bắt được.", "15 đối tượng", "as_of"),
        ("Tỷ lệ hộ nghèo của huyện là 4,5%.", "4,5%", "as_of"),
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


def test_the_shipped_model_knows_the_attributes_built_today(monkeypatch: pytest.MonkeyPatch) -> None:
    # A change to kind_features without retraining (tools/train_period_kind.py) would leave the model
    # weighing attributes it never saw: three in four of a figure's attributes must be ones the model has weights for.
    import extract.periods as periods

    built: list[list[str]] = []

    def record(*args: object) -> list[str]:
        built.append(kind_features(*args))  # type: ignore[arg-type]
        return built[-1]

    monkeypatch.setattr(periods, "kind_features", record)
    extract_all("Hiện nay, toàn tỉnh có 1.411 nhóm liên gia tự quản, bắt 45 đối tượng.", reference=REFERENCE)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL_PATH))
    known = {attr for attr, _ in tagger.info().state_features}
    assert len(built) == 2
    for feats in built:
        assert sum(f in known for f in feats) >= 0.75 * len(feats)
