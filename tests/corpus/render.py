"""Render every corpus source into its damaged page and write the corpus manifest.

Usage (from the repository root): ``python3 -m tests.corpus.render [--check]``

* ``tests/data/corpus/<set>/src/*.txt`` → ``tests/data/corpus/<set>/pages/*.txt``
  through :mod:`tests.corpus.damage` (deterministic: same sources, same bytes);
* ``tests/data/corpus/manifest.json``: every set of annotated pages the project
  has — the many-hands sets and the earlier ones (seeds, held-out A–J) — with
  its writer, split, brief and, per page, genre, medium, encoding and length.
  ``kg eval --corpus tests/data/corpus/manifest.json`` scores them by set,
  writer brief, genre and split.

``--check`` renders into memory and fails when a committed page or the
manifest differs (the test suite runs it).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.corpus.damage import encode, render
from tests.corpus.source import read_source

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "corpus"
MANIFEST = CORPUS / "manifest.json"

#: Writers (one per helper session that wrote the pages) and their split.
#: dev: rules are developed on these pages (their errors are read);
#: train: a learned model is trained on them, rules are never tuned on them;
#: test: scored, never read while the extractor changes.
WRITERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "A": ("dev", ("w01_natl_daily", "w07_ministry_notice", "w17_listed_announcement")),
    "B": ("dev", ("w02_prov_party_paper", "w09_designation_list", "w10_promo_brochure")),
    "C": ("dev", ("w03_city_evening", "w11_work_report", "w22_foreign_investment")),
    "D": ("train", ("w04_county_release", "w08_policy_explainer", "w20_company_press_release")),
    "E": ("train", ("w05_park_wechat", "w19_press_conference", "w16_flattened_tables")),
    # F, G, H were the first test split; their errors were read once, at the end of that pass, so
    # they are rule development now
    "F": ("dev", ("w06_trade_weekly", "w12_signing_brief", "w21_legislature_news")),
    "G": ("dev", ("w13_groundbreaking", "w14_qa_interview", "w24_rankings")),
    "H": ("dev", ("w15_brief_columns", "w18_broadcast_transcript", "w23_border_regions")),
    "I": ("dev", ("w25_county_media_center", "w26_investment_bureau_bulletin")),
    "J": ("dev", ("w27_park_profile", "w28_statistics_bulletin")),
    "K": ("dev", ("w29_bay_area_cooperation", "w30_self_media_commentary")),
    "L": ("dev", ("w31_provincial_notice_publicity", "w32_enterprise_news")),
    "M": ("dev", ("w33_municipal_daily_feature", "w34_customs_trade_news")),
    "N": ("dev", ("w35_government_portal_news", "w36_industry_association_report")),
    # I–N were the second test split; their errors were read once, at the end of that pass. O–T (the
    # next session) were the third test split; their errors were read at the end of that pass, so they are rule
    # development now
    "O": ("dev", ("w37_tibet_xinjiang_prefecture_news", "w38_northeast_old_base_revival")),
    "P": ("dev", ("w39_securities_daily_fundraising", "w40_land_parcel_transfer_notices")),
    "Q": ("dev", ("w41_environmental_impact_publicity", "w42_university_science_parks_incubators")),
    "R": ("dev", ("w43_modern_agriculture_parks", "w44_overseas_economic_cooperation_zones")),
    "S": ("dev", ("w45_year_end_review_top_projects", "w46_new_energy_supply_chain_trade_media")),
    "T": ("dev", ("w47_leaders_inspection_tours", "w48_bidding_and_procurement_notices")),
    # U–Z (the session after) were the fourth test split; their errors were read at the end of that pass
    "U": ("dev", ("w49_east_west_pairing_enclave_parks", "w50_hainan_free_trade_port_parks")),
    "V": ("dev", ("w51_biopharma_and_ic_industrial_parks", "w52_chemical_park_designation_and_relocation")),
    "W": ("dev", ("w53_investment_fair_signing_lists", "w54_foreign_invested_flagship_projects")),
    "X": ("dev", ("w55_urban_investment_bond_prospectus", "w56_zone_integration_and_restructuring")),
    "Y": ("dev", ("w57_logistics_hubs_and_dry_ports", "w58_central_soe_group_news")),
    "Z": ("dev", ("w59_data_center_and_computing_parks", "w60_town_and_village_level_industry")),
    # AA–AF (later that session) were the fifth test split; their errors were read at the end of the next pass
    "AA": ("dev", ("w61_port_and_shipbuilding_clusters", "w62_cross_border_ecommerce_zones")),
    "AB": ("dev", ("w63_hydrogen_and_energy_storage_parks", "w64_textile_and_apparel_relocation")),
    "AC": ("dev", ("w65_semiconductor_materials_and_equipment", "w66_county_economic_conference_speeches")),
    "AD": ("dev", ("w67_government_work_report_excerpts", "w68_wechat_investment_promotion_posts")),
    "AE": ("dev", ("w69_automotive_supply_chain_parks", "w70_food_and_liquor_industrial_parks")),
    "AF": ("dev", ("w71_ethnic_autonomous_prefecture_press", "w72_environmental_inspection_rectification")),
    # six more writers (AG–AL, the session after) are the sixth test split: written blind, errors unread
    "AG": ("test", ("w73_radio_tv_news_scripts", "w74_sino_foreign_cooperation_parks")),
    "AH": ("test", ("w75_listed_company_investor_qa", "w76_photovoltaic_and_polysilicon_bases")),
    "AI": ("test", ("w77_southwest_county_parks_expansion", "w78_rare_earth_and_new_materials")),
    "AJ": ("test", ("w79_northeast_grain_processing_parks", "w80_software_and_digital_economy_parks")),
    "AK": ("test", ("w81_hk_macao_taiwan_investment", "w82_northwest_coal_chemical_bases")),
    "AL": ("test", ("w83_news_roundups_briefs", "w84_aerospace_and_aviation_parks")),
}

#: The pages annotated before this corpus: all rule development (the rules were tuned on them).
EARLIER_SETS: dict[str, tuple[str, str]] = {
    "seeds": ("seeds", "tests/data/gold_seeds"),
    **{
        f"heldout_{x}" if x else "heldout": (f"tests/data/heldout_{x}/pages" if x else "tests/data/heldout/pages",
                                              f"tests/data/heldout_{x}/gold" if x else "tests/data/heldout/gold")
        for x in ["", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
    },
}


def render_set(name: str, write: bool) -> tuple[dict, list[str]]:
    """Render one many-hands set; returns its manifest pages and the pages that differ on disk."""
    folder = CORPUS / name
    pages, differ = [], []
    for src in sorted((folder / "src").glob("*.txt")):
        if not (folder / "gold" / f"{src.stem}.json").exists():
            continue  # a page without gold is not part of the corpus yet
        source = read_source(src)
        text, encoding, _profile = render(source)
        data = encode(text, encoding)
        target = folder / "pages" / f"{src.stem}.txt"
        if write:
            target.parent.mkdir(exist_ok=True)
            target.write_bytes(data)
        elif not target.exists() or target.read_bytes() != data:
            differ.append(str(target.relative_to(ROOT)))
        pages.append({"id": src.stem, "genre": source.genre, "medium": source.medium,
                      "encoding": encoding, "chars": len(source.clean_text())})
    return {"pages": pages}, differ


def manifest(write: bool) -> tuple[dict, list[str]]:
    sets, differ = [], []
    for name, (pages, gold) in EARLIER_SETS.items():
        ids = sorted(g.stem for g in (ROOT / gold).glob("*.json"))
        sets.append({"name": name, "writer": "project", "split": "dev", "brief": "earlier project sets",
                     "page_dir": pages, "gold_dir": gold,
                     "pages": [{"id": i, "genre": "news", "medium": "pdf"} for i in ids]})
    for writer, (split, briefs) in WRITERS.items():
        for brief in briefs:
            if not (CORPUS / brief / "src").is_dir():
                continue
            info, bad = render_set(brief, write)
            differ += bad
            if info["pages"]:
                sets.append({"name": brief, "writer": writer, "split": split, "brief": brief,
                             "page_dir": f"tests/data/corpus/{brief}/pages",
                             "gold_dir": f"tests/data/corpus/{brief}/gold", **info})
    return {"about": __doc__.split("\n\n")[0], "sets": sets}, differ


def main(argv: list[str]) -> int:
    check = "--check" in argv
    data, differ = manifest(write=not check)
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if check:
        if not MANIFEST.exists() or MANIFEST.read_text(encoding="utf-8") != text:
            differ.append(str(MANIFEST.relative_to(ROOT)))
        for d in differ:
            print(f"differs from its render: {d}")
        return 1 if differ else 0
    MANIFEST.write_text(text, encoding="utf-8")
    n = sum(len(s["pages"]) for s in data["sets"])
    print(f"wrote {MANIFEST.relative_to(ROOT)}: {len(data['sets'])} sets, {n} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
