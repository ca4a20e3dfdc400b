"""Generate msklint/data/msk-custom-configs.json: the properties MSK lets you set, read from the guide.

Sources, all in the MSK Developer Guide text (../shared/seed/000_a0f8e6963a5e3b74.txt):
- "Custom MSK configurations": the table "Apache Kafka configuration properties" (first column);
- "The default Amazon MSK configuration": the table "Default configuration values" (first column) — it names
  a few properties the custom table does not (e.g. auto.leader.rebalance.enable, num.replica.fetchers);
  only those that are broker properties in the Kafka catalog are settable in server.properties, the rest
  (retention.ms, local.retention.ms, remote.storage.enable, ...) are topic-level names;
- "Dynamic configuration": the note "You can set the `advertised.listeners` property, but not the
  `listeners` property."

The PDF extraction flattens tables into tab-separated rows, repeats the header row on every page and wraps
long descriptions onto rows whose first cell is empty; names are sometimes wrapped in <code>.

    python tools/gen_msk_allowlist.py            # write the file
    python tools/gen_msk_allowlist.py --check    # exit 1 when the checked-in file is stale
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT.parent / "shared" / "seed" / "000_a0f8e6963a5e3b74.txt"
CATALOG = ROOT / "msklint" / "data" / "kafka-configs.json"
OUT = ROOT / "msklint" / "data" / "msk-custom-configs.json"

CUSTOM_SECTION = "## Custom MSK configurations"
DEFAULT_SECTION = "## The default Amazon MSK configuration"
DYNAMIC_SECTION = "## Dynamic configuration"
_ROW = re.compile(r"^(?:<code>)?([a-z][a-z0-9]*(?:\.[a-z0-9]+)+)(?:</code>)?\s*\t")
_DYNAMIC_NOTE = re.compile(r"You can set the `([a-z0-9.]+)` property, but not the `([a-z0-9.]+)` property")


def section(lines: list[str], heading: str) -> list[str]:
    """The lines after `heading` up to the next heading of the same or a higher level."""
    start = lines.index(heading) + 1
    level = len(heading) - len(heading.lstrip("#"))
    for end in range(start, len(lines)):
        line = lines[end]
        if line.startswith("#") and len(line) - len(line.lstrip("#")) <= level:
            return lines[start:end]
    return lines[start:]


def table_names(lines: list[str]) -> list[str]:
    names = []
    for line in lines:
        match = _ROW.match(line)
        if match and match.group(1) not in names:
            names.append(match.group(1))
    return names


def build() -> str:
    lines = GUIDE.read_text(encoding="utf-8").splitlines()
    custom = table_names(section(lines, CUSTOM_SECTION))
    broker_configs = json.loads(CATALOG.read_text(encoding="utf-8"))["broker"]
    defaults = table_names(section(lines, DEFAULT_SECTION))
    from_defaults = [name for name in defaults if name not in custom and name in broker_configs]
    topic_level = [name for name in defaults if name not in custom and name not in broker_configs]
    note = _DYNAMIC_NOTE.search("\n".join(section(lines, DYNAMIC_SECTION)))
    if not note or len(custom) < 40:
        raise SystemExit(f"{GUIDE}: the guide's tables were not found where expected")
    data = {
        "generator": "tools/gen_msk_allowlist.py",
        "source": "MSK Developer Guide: 'Custom MSK configurations', 'The default Amazon MSK configuration', "
        "'Dynamic configuration'",
        "custom": sorted(custom),
        "default_table": sorted(from_defaults),
        "default_table_topic_level": sorted(topic_level),
        "settable_dynamic": [note.group(1)],
        "not_settable": [note.group(2)],
    }
    return json.dumps(data, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    from generated import main

    sys.exit(main(build, OUT, "gen_msk_allowlist.py", __doc__.splitlines()[0]))
