"""Generated data is current: the request schemas against the pinned botocore, the version table against
the guide."""

import re

from helpers import GUIDE, ROOT

from msklint.msk import KAFKA_VERSIONS


def test_schemas_match_pinned_botocore():
    import botocore  # the dev extra pins it

    assert botocore.__version__ == "1.43.11", "regenerate with the pinned botocore (pyproject dev extra)"
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen", ROOT / "tools" / "gen_cluster_schemas.py")
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    files = generator.render()
    assert sorted(files) == sorted(p.name for p in (ROOT / "schemas").glob("msk-*.schema.json"))
    for name, text in files.items():
        assert (ROOT / "schemas" / name).read_text(encoding="utf-8") == text, (
            f"{name} is stale: run tools/gen_cluster_schemas.py"
        )


def test_guide_wins_over_botocore_on_broker_count():
    import json

    schema = json.loads((ROOT / "schemas" / "msk-CreateCluster.schema.json").read_text())
    member = schema["$defs"]["CreateClusterRequest"]["properties"]["NumberOfBrokerNodes"]
    assert "maximum" not in member and member["minimum"] == 1 and "guide wins" in member["$comment"]


def test_version_table_matches_the_guide():
    rows = re.findall(
        r'^<a href="#">([0-9.x]+(?:-tiered)?)(?: \(recommended\))?</a>\t[^\t]*\t(.*)$',
        GUIDE.read_text(encoding="utf-8"),
        re.M,
    )
    guide = {
        version.replace("-tiered", ".tiered"): (None if end in ("--", "To be announced") else end)
        for version, end in rows
    }
    ours = {k: v for k, v in KAFKA_VERSIONS.items() if k != "3.7.x.kraft"}  # "KRaft mode" adds 3.7.x.kraft
    assert guide == ours
