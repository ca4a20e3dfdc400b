"""MSK's allow-list is generated from the guide's own tables, and the checked-in copy is current."""

import json
import subprocess
import sys

from helpers import ROOT

ALLOWLIST = ROOT / "msklint" / "data" / "msk-custom-configs.json"


def test_allowlist_is_current():
    completed = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "gen_msk_allowlist.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert completed.returncode == 0, completed.stderr


def test_allowlist_content():
    data = json.loads(ALLOWLIST.read_text("utf-8"))
    assert len(data["custom"]) == 48  # every row of "Apache Kafka configuration properties"
    assert {"allow.everyone.if.no.acl.found", "zookeeper.session.timeout.ms", "compression.type"} <= set(
        data["custom"]
    )
    assert data["default_table"] == [
        "auto.leader.rebalance.enable",
        "remote.log.reader.threads",
        "zookeeper.set.acl",
    ]
    assert "retention.ms" in data["default_table_topic_level"]
    assert data["not_settable"] == ["listeners"]
    assert data["settable_dynamic"] == ["advertised.listeners"]
