"""Generate msklint/data/msk-facts.json: what the CURRENT Amazon MSK Developer Guide says, dated.

    python tools/gen_msk_facts.py            # write the file
    python tools/gen_msk_facts.py --check    # exit 1 when the checked-in file is stale

The inputs are the tables transcribed by hand from the current guide's pages, in tools/msk_facts/*.json;
each file names its pages (URL, title, the date they were read, and how: which copy, what was cut). The
seed guide (June 2024) stays the spec for everything else; msklint/msk.py reads these facts lazily, only
in the rules that need them, and the rules' CHANGED attribute says where they differ from the seed.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ROOT / "tools" / "msk_facts"
OUT = ROOT / "msklint" / "data" / "msk-facts.json"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _read(name: str) -> dict:
    return json.loads((INPUTS / f"{name}.json").read_text(encoding="utf-8"))


def _pages(data: dict, name: str) -> list[dict]:
    pages = data["pages"]
    for page in pages:
        if not page.get("url", "").startswith("https://") or not _DATE.match(page.get("date_read", "")):
            raise SystemExit(f"tools/msk_facts/{name}.json: every page needs an https url and a date_read")
    return pages


def _date(text: str | None, where: str) -> str | None:
    if text is not None and not _DATE.match(text):
        raise SystemExit(f"{where}: '{text}' is not a YYYY-MM-DD date")
    return text


def versions(table: dict, api: dict) -> tuple[dict, str]:
    """API version string → facts; and the recommended version."""
    found: dict[str, dict] = {}
    recommended = None
    rows = {}
    for name, released, ended in table["rows"]:
        if name.endswith("(Recommended)"):
            name = name.removesuffix("(Recommended)").strip()
            recommended = name
        rows[name] = {
            "msk_release": _date(released, name),
            "end_of_support": _date(ended, name),
            "table": name,
            "source": "versions",
        }
    api_names = {table_name: [] for _, table_name, _ in api["rows"]}
    for api_name, table_name, mode in api["rows"]:
        api_names[table_name].append(api_name)
        row = rows.get(table_name, {"msk_release": None, "end_of_support": None, "table": None})
        found[api_name] = {
            **row,
            "mode": mode,
            "source": "api_versions" if row["table"] is None else "versions",
        }
    for name, row in rows.items():
        canonical = name.replace("-tiered", ".tiered")
        if canonical in found:
            continue
        major = int(name.split(".")[0])
        # Kafka 4 has no ZooKeeper mode; the API names a table version that has .kraft forms only by them
        only_kraft = name in api_names and not any(n == name for n in api_names[name])
        found[canonical] = {
            **row,
            "mode": "kraft" if major >= 4 or only_kraft else "zookeeper",
            **({"api_names": api_names[name]} if only_kraft else {}),
        }
    if recommended is None:
        raise SystemExit("tools/msk_facts/versions.json: no row marked (Recommended)")
    return dict(sorted(found.items(), key=lambda item: _key(item[0]))), recommended


def _key(version: str) -> tuple:
    parts = re.findall(r"\d+|x", version)
    return tuple(999 if p == "x" else int(p) for p in parts), version


def build() -> str:
    table, api = _read("versions"), _read("api_versions")
    sizes, express, modes = _read("broker_sizes"), _read("express_configs"), _read("metadata_modes")
    sources = {
        "versions": _pages(table, "versions"),
        "api_versions": _pages(api, "api_versions"),
        "broker_sizes": _pages(sizes, "broker_sizes"),
        "express_configs": _pages(express, "express_configs"),
        "metadata_modes": _pages(modes, "metadata_modes"),
    }
    kafka_versions, recommended = versions(table, api)
    broker_sizes = {name: {"type": "standard", "family": name.split(".")[1]} for name in sizes["standard"]}
    for name, ingress, egress in sizes["express_throughput_mbps"]:
        broker_sizes[name] = {
            "type": "express",
            "family": name.split(".")[1],
            "ingress_mbps": ingress,
            "egress_mbps": egress,
        }
    data = {
        "generated_by": "tools/gen_msk_facts.py from tools/msk_facts/*.json",
        "as_of": max(page["date_read"] for pages in sources.values() for page in pages),
        "sources": sources,
        "kafka_versions": kafka_versions,
        "recommended_kafka_version": recommended,
        "broker_sizes": broker_sizes,
        "m7g": {"min_kafka_version": sizes["m7g_min_kafka_version"], "also": sizes["m7g_also"]},
        "express": {
            "min_kafka_version": sizes["express_min_kafka_version"],
            "replication_factor": sizes["express_replication_factor"],
            "min_insync_replicas": sizes["express_min_insync_replicas"],
            "zones": sizes["express_zones"],
            "iam_max_connections": sizes["express_iam_max_connections"],
            "static": sorted(express["static"]),
            "dynamic": sorted(express["dynamic"]),
            "topic": sorted(express["topic"]),
            "topic_protected": sorted(express["topic_protected"]),
            "read_only": dict(sorted(express["read_only"])),
        },
        "kraft_migration": {
            "from": modes["migration_from"],
            "not_on_broker_types": modes["migration_not_on_broker_types"],
        },
    }
    return json.dumps(data, indent=1) + "\n"


if __name__ == "__main__":
    from generated import main

    sys.exit(main(build, OUT, "gen_msk_facts.py", __doc__.splitlines()[0]))
