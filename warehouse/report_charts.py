"""Plotly charts of the HTML report: each builder takes query frames and returns an HTML fragment."""
from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

__all__ = [
    "PALETTE", "outlet_colors", "coverage_chart", "top_models_chart", "officials_chart",
    "indicators_chart", "places_chart", "chart_html",
]

PALETTE = ("#1f6f8b", "#e07a5f", "#3d405b", "#81b29a", "#f2cc8f", "#8d5a97", "#5c946e", "#c44536",
           "#277da1", "#b5838d")
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif"
# Charts live in the page with no network: no logo link, no "edit in chart studio".
YEARLY_AFTER_MONTHS = 48
CONFIG = {"displaylogo": False, "responsive": True, "modeBarButtonsToRemove": ["select2d", "lasso2d"]}


def outlet_colors(outlets: list[str]) -> dict[str, str]:
    """A stable colour per outlet, in the order given."""
    return {o: PALETTE[i % len(PALETTE)] for i, o in enumerate(outlets)}


def _style(fig: go.Figure, height: int) -> go.Figure:
    fig.update_layout(
        template="plotly_white", height=height, font={"family": FONT, "size": 13},
        margin={"l": 10, "r": 10, "t": 10, "b": 10}, legend={"orientation": "h", "y": -0.18, "title": None},
        hoverlabel={"font": {"family": FONT}},
    )
    return fig


def chart_html(fig: go.Figure, div_id: str) -> str:
    """The chart as a <div> plus its script; plotly.js itself is inlined once by the page."""
    return fig.to_html(full_html=False, include_plotlyjs=False, div_id=div_id, config=CONFIG)


def coverage_chart(coverage: pd.DataFrame, names: Mapping[str, str], colors: Mapping[str, str]) -> go.Figure:
    """Stacked monthly bars: kept articles per outlet."""
    frame = coverage.assign(outlet_name=coverage["outlet"].map(lambda o: names.get(o, o)))
    frame["month"] = pd.to_datetime(frame["month"])
    span = (frame["month"].max() - frame["month"].min()).days / 30.4 if len(frame) else 0
    # Over a long span monthly bars are hairlines: count per year instead.
    period, label, tick = ("M12", "Year", "%Y") if span > YEARLY_AFTER_MONTHS else ("M1", "Month", "%b %Y")
    if period == "M12":
        frame["month"] = frame["month"].dt.to_period("Y").dt.to_timestamp()
        frame = frame.groupby(["outlet", "outlet_name", "month"], as_index=False)[
            ["kept", "offtopic", "figures", "models", "officials"]].sum()
    fig = px.bar(
        frame, x="month", y="kept", color="outlet_name",
        color_discrete_map={names.get(o, o): c for o, c in colors.items()},
        labels={"month": label, "kept": "Articles", "outlet_name": "Outlet"},
        hover_data={"offtopic": True, "figures": True, "models": True, "officials": True, "month": "|" + tick},
    )
    days = 365 if period == "M12" else 30.4
    # Plotly sizes date bars by the gap between them; pin them to 80% of their period.
    fig.update_traces(xperiod=period, xperiodalignment="middle", width=days * 0.8 * 86_400_000)
    pad = pd.Timedelta(days=days / 2)
    fig.update_xaxes(tickformat=tick, ticklabelmode="period", dtick=period if span <= 15 * 12 else None,
                     range=[frame["month"].min() - pad, frame["month"].max() + 3 * pad])
    fig.update_yaxes(tickformat=",d", dtick=1 if frame.groupby("month")["kept"].sum().max() <= 8 else None)
    fig.update_layout(barmode="stack", bargap=0.15)
    return _style(fig, 340)


def _short(text: str, width: int = 48) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def top_models_chart(models: pd.DataFrame) -> go.Figure:
    """Horizontal bars: articles naming each top model, split by year."""
    frame = models.assign(label=models["name"].map(_short), year=models["year"].astype("string"))
    frame = frame.sort_values(["rank", "year"])
    order = frame.drop_duplicates("canonical_key").sort_values("rank")["label"].tolist()
    years = sorted(frame["year"].dropna().unique())
    # Years on a light-to-dark blue ramp (recent = dark), apart from the outlet colours.
    shades = px.colors.sample_colorscale("Blues", [0.45 + 0.5 * i / max(1, len(years) - 1) for i in range(len(years))])
    fig = px.bar(
        frame, x="articles", y="label", color="year", orientation="h",
        category_orders={"label": order, "year": years},
        color_discrete_map=dict(zip(years, shades, strict=True)),
        labels={"articles": "Articles", "label": "", "year": "Year"},
        hover_data={"name": True, "label": False, "total_articles": True},
    )
    fig.update_xaxes(dtick=1 if frame["total_articles"].max() <= 10 else None)
    return _style(fig, max(260, 28 * len(order) + 90))


def officials_chart(timeline: pd.DataFrame, names: Mapping[str, str], colors: Mapping[str, str]) -> go.Figure:
    """One row per official, one dot per article naming them, coloured by outlet."""
    frame = timeline.assign(
        outlet_name=timeline["outlet"].map(lambda o: names.get(o, o)),
        rank=timeline["rank"].fillna("—"),
        titles=timeline["titles"].map(lambda t: _short(t, 90) if t else "—"),
        article=timeline["title"].fillna("").map(lambda t: _short(t, 70)),
    )
    order = frame.drop_duplicates("person_key")["name"].tolist()
    fig = px.scatter(
        frame, x="published_at", y="name", color="outlet_name",
        category_orders={"name": order},
        color_discrete_map={names.get(o, o): c for o, c in colors.items()},
        labels={"published_at": "Published", "name": "", "outlet_name": "Outlet"},
        hover_data={"rank": True, "titles": True, "article": True, "outlet_name": False},
    )
    fig.update_traces(marker={"size": 12, "line": {"width": 1, "color": "white"}, "opacity": 0.9})
    fig.update_yaxes(showgrid=True)
    return _style(fig, max(260, 30 * len(order) + 90))


def indicators_chart(indicators: pd.DataFrame) -> go.Figure:
    """Horizontal bars: how many figures state each indicator."""
    frame = indicators.assign(label=indicators["indicator"].map(lambda s: _short(s, 40)))
    fig = px.bar(
        frame, x="figures", y="label", orientation="h", color_discrete_sequence=[PALETTE[0]],
        category_orders={"label": frame["label"].tolist()},
        labels={"figures": "Figures", "label": ""},
        hover_data={"indicator": True, "articles": True, "places": True, "label": False},
    )
    return _style(fig, max(260, 24 * len(frame) + 70))


MAP_INDICATORS = 8  # indicators offered in the map's menu
MAP_LON, MAP_LAT = (101.8, 110.2), (8.2, 23.6)  # Vietnam's extent


def places_chart(frame: pd.DataFrame, provinces: pd.DataFrame) -> go.Figure:
    """Bubbles on longitude/latitude axes, one per place, sized by the latest value of an indicator
    (a menu switches indicator); province centroids in grey draw the country. No tiles: offline."""
    fig = go.Figure(go.Scatter(
        x=provinces["lon"], y=provinces["lat"], mode="markers", name="",
        marker={"size": 5, "color": "#d5d9de"}, hovertext=provinces["name"], hoverinfo="text", showlegend=False,
    ))
    keys = list(dict.fromkeys(frame["indicator_key"]))[:MAP_INDICATORS]
    for k, key in enumerate(keys):
        rows = frame[frame["indicator_key"] == key]
        top = float(rows["value"].abs().max()) or 1.0
        fig.add_trace(go.Scatter(
            x=rows["lon"], y=rows["lat"], mode="markers", visible=k == 0, name=str(rows["indicator_label"].iloc[0]),
            marker={"size": [8 + 36 * (abs(float(v)) / top) ** 0.5 for v in rows["value"]], "color": PALETTE[0],
                    "opacity": 0.75, "line": {"width": 1, "color": "white"}},
            customdata=list(zip(rows["place"], rows["scope"], rows["value"], rows["unit"], rows["period"].fillna("—"),
                                rows["outlet"], strict=True)),
            hovertemplate="<b>%{customdata[0]}</b> (%{customdata[1]})<br>%{customdata[2]:,} %{customdata[3]}"
                          "<br>%{customdata[4]} · %{customdata[5]}<extra></extra>",
        ))
    buttons = [{"label": _short(str(frame[frame["indicator_key"] == key]["indicator_label"].iloc[0]), 40),
                "method": "update", "args": [{"visible": [True] + [j == k for j in range(len(keys))]}]}
               for k, key in enumerate(keys)]
    fig.update_layout(updatemenus=[{"buttons": buttons, "x": 0, "y": 1.08, "xanchor": "left", "yanchor": "bottom",
                                    "showactive": True}] if len(buttons) > 1 else [], showlegend=False)
    fig.update_xaxes(range=list(MAP_LON), visible=False)
    fig.update_yaxes(range=list(MAP_LAT), visible=False, scaleanchor="x", scaleratio=1)
    return _style(fig, 560)
