"""Regenerate extract/data/gazetteer.tsv from the vietnamadminunits package (run by hand, not at run time).

    .venv/bin/pip install vietnamadminunits && .venv/bin/python tools/make_gazetteer.py

One row per administrative unit of two maps: the one in force until 30 June 2025 (era 2023:
63 provinces, their districts and communes) and the one from 1 July 2025 (era 2025: 34
provinces and their communes; districts were abolished). Columns:

    place_id     P23-01 / D23-001 / C23-00001 / P25-01 / C25-00097 (level, era, official code)
    era, level   2023|2025, province|district|commune
    type         Tỉnh, Thành phố, Quận, Huyện, Thị xã, Phường, Xã, Thị trấn, Đặc khu
    short        the name without its type word ("Đắk Song"; numbered units keep the number: "1")
    parent_id    the district of a 2023 commune, the province of a district or 2025 commune
    province_id  the province the unit lies in
    lat, lon     centroid (degrees)
    keys         accent-free lower-case spellings without spaces, the name's and its former
                 names' ("daksong|dacsong"), '|'-separated: what the text matcher looks up
    merged_into  the 2025 unit a 2023 province or commune became part of (its default unit when divided)
"""
from __future__ import annotations

import csv
import json
import re
import sqlite3
import unicodedata
from pathlib import Path

import vietnamadminunits

OUT = Path(__file__).resolve().parents[1] / "extract" / "data" / "gazetteer.tsv"
DATA = Path(vietnamadminunits.__file__).resolve().parent / "data"
COLUMNS = ("place_id", "era", "level", "type", "short", "parent_id", "province_id", "lat", "lon", "keys",
           "merged_into")
TYPE_PREFIXES = ("thanhpho", "tinh", "huyen", "quan", "thixa", "phuong", "xa", "thitran", "dackhu", "tp", "tx")


def fold_key(text: str) -> str:
    """'Đắk N'Drung' -> 'dakndrung' (the package's key convention)."""
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in text if unicodedata.category(c) != "Mn"))


def short_name(type_: str, short: str) -> str:
    """'Quận 1' -> '1': numbered units are known by their number. The package tells apart two units of one
    name by a suffix: a town and a commune in one district ('Đình Lập (Thị trấn)', 'Đình Lập (Xã)'), a rural
    district and the town or city it surrounds ('Cai Lậy (Huyện)', 'Cai Lậy (Thị xã)'); the text writes
    'thị trấn Đình Lập', 'huyện Cai Lậy', so the name drops it and the type tells them apart."""
    short = re.sub(r"\s*\((?:Thị trấn|Xã|Phường|Huyện|Thị xã|Thành phố|Quận)\)$", "", short)
    m = re.fullmatch(r"(?:Quận|Phường|Xã|Thị trấn)\s+(\d+)", short)
    return m.group(1) if m else short


DISTRICT_TYPES = ("Quận", "Huyện", "Thị xã", "Thành phố")


def alias_keys(own_type: str, aliases: str | None) -> list[str]:
    """The package's alias keys without their type prefix ('huyenthongnong' -> 'thongnong'; a district's 'quan9'
    -> '9': the former Quận 9 of Thủ Đức. A ward's former number is left out: the district's other wards took the
    numbers freed by mergers, so 'phường 8' names the ward that has it now)."""
    out = []
    for key in json.loads(aliases) if aliases else []:
        for prefix in TYPE_PREFIXES:
            if key.startswith(prefix) and (len(key) > len(prefix) + 2 or own_type in DISTRICT_TYPES
                                           and key[len(prefix):].isdigit()):
                key = key[len(prefix):]
                break
        out.append(key)
    return out


def keys_of(type_: str, short: str, aliases: str | None, *former: str) -> str:
    found = [fold_key(short), *alias_keys(type_, aliases), *map(fold_key, former)]
    return "|".join(dict.fromkeys(k for k in found if k))


def province_type(name: str) -> str:
    return "Thành phố" if name.startswith("Thành phố") else "Tỉnh"


# The package's pre-2025 map is that of early 2025; units renamed in its last months keep the name
# they had for most of the era (Thừa Thiên Huế became the city of Huế on 1 January 2025).
LEGACY_NAMES = {"P23-46": ("Tỉnh", "Thừa Thiên Huế")}
# Districts the package misspells, by their official names (Huyện Mù Cang Chải, Yên Bái, as its town is written)
DISTRICT_NAMES = {"D23-137": "Mù Cang Chải"}


def ward_merges() -> dict[tuple[str, str, str], str]:
    """(old province key, old district key, old ward key) -> (new province key, new ward key) joined by '_'."""
    conv = json.loads((DATA / "converter_2025.json").read_text("utf-8"))
    out = {}
    for new_prov, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_ward, olds in wards.items():
            for old in olds:
                out[tuple(old.split("_"))] = f"{new_prov}_{new_ward}"
    for olds in conv["DICT_PROVINCE_WARD_DIVIDED"].values():
        for old, news in olds.items():
            default = next((n for n in news if n["isDefaultNewWard"]), news[0])
            prov = old.split("_")[0]
            new_prov = next(k for k, v in conv["DICT_PROVINCE"].items() if prov in v)
            out[tuple(old.split("_"))] = f"{new_prov}_{default['newWardKey']}"
    return out


def main() -> None:
    """Write extract/data/gazetteer.tsv."""
    db = sqlite3.connect(DATA / "dataset.db")
    db.row_factory = sqlite3.Row
    conv = json.loads((DATA / "converter_2025.json").read_text("utf-8"))
    rows: list[dict] = []
    new_rows = db.execute("SELECT * FROM admin_units ORDER BY provinceCode, wardCode").fetchall()
    new_prov_id = {r["provinceKey"]: f"P25-{r['provinceCode']}" for r in new_rows}
    new_ward_id = {f"{r['provinceKey']}_{r['wardKey']}": f"C25-{r['wardCode']}" for r in new_rows}
    old_to_new_prov = {old: new_prov_id[new] for new, olds in conv["DICT_PROVINCE"].items() for old in olds}
    merges = ward_merges()
    seen: set[str] = set()
    legacy = db.execute("SELECT * FROM admin_units_legacy ORDER BY provinceCode, districtCode, wardCode").fetchall()
    for r in legacy:
        pid = f"P23-{r['provinceCode']}"
        if pid not in seen:
            seen.add(pid)
            type_, short = LEGACY_NAMES.get(pid, (province_type(r["province"]), r["provinceShort"]))
            rows.append({"place_id": pid, "era": "2023", "level": "province", "type": type_,
                         "short": short, "parent_id": "", "province_id": pid,
                         "lat": r["provinceLat"], "lon": r["provinceLon"],
                         "keys": keys_of("", short, r["provinceAlias"], r["provinceShort"]),
                         "merged_into": old_to_new_prov[r["provinceKey"]]})
        did = f"D23-{r['districtCode']}"
        if did not in seen:
            seen.add(did)
            rows.append({"place_id": did, "era": "2023", "level": "district", "type": r["districtType"],
                         "short": DISTRICT_NAMES.get(did, short_name(r["districtType"], r["districtShort"])),
                         "parent_id": pid,
                         "province_id": pid, "lat": r["districtLat"], "lon": r["districtLon"],
                         "keys": keys_of(r["districtType"], short_name(r["districtType"], r["districtShort"]),
                                         r["districtAlias"]),
                         "merged_into": ""})
        if r["wardCode"]:
            short = short_name(r["wardType"], r["wardShort"])
            new = merges.get((r["provinceKey"], r["districtKey"], r["wardKey"]))
            rows.append({"place_id": f"C23-{r['wardCode']}", "era": "2023", "level": "commune",
                         "type": r["wardType"] or "Xã", "short": short, "parent_id": did, "province_id": pid,
                         "lat": r["wardLat"], "lon": r["wardLon"],
                         "keys": keys_of(r["wardType"] or "", short, r["wardAlias"]),
                         "merged_into": new_ward_id.get(new, "") if new else ""})
    for r in new_rows:
        pid = f"P25-{r['provinceCode']}"
        if pid not in seen:
            seen.add(pid)
            rows.append({"place_id": pid, "era": "2025", "level": "province", "type": province_type(r["province"]),
                         "short": r["provinceShort"], "parent_id": "", "province_id": pid,
                         "lat": r["provinceLat"], "lon": r["provinceLon"],
                         "keys": keys_of("", r["provinceShort"], r["provinceAlias"]), "merged_into": ""})
        short = short_name(r["wardType"], r["wardShort"])
        rows.append({"place_id": f"C25-{r['wardCode']}", "era": "2025", "level": "commune", "type": r["wardType"],
                     "short": short, "parent_id": pid, "province_id": pid, "lat": r["wardLat"], "lon": r["wardLon"],
                     "keys": keys_of(r["wardType"], short, r["wardAlias"]), "merged_into": ""})
    for row in rows:
        for k in ("lat", "lon"):
            row[k] = "" if row[k] is None else f"{row[k]:.4f}"
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} units to {OUT}")


if __name__ == "__main__":
    main()
