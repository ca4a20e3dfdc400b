"""Generated data is current: the request schemas against the pinned botocore, the version table against
the guide."""

import re

from helpers import GUIDE, ROOT

from msklint.msk import facts


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


def test_seed_version_table_and_the_current_one_differ_only_where_c012_says():
    """The seed's table (June 2024) against the current guide's (msklint/data/msk-facts.json): every seed
    version is still listed, and every changed end-of-support date is named in C012's CHANGED."""
    from msklint.registry import find

    rows = re.findall(
        r'^<a href="#">([0-9.x]+(?:-tiered)?)(?: \(recommended\))?</a>\t[^\t]*\t(.*)$',
        GUIDE.read_text(encoding="utf-8"),
        re.M,
    )
    seed = {
        version.replace("-tiered", ".tiered"): (None if end in ("--", "To be announced") else end)
        for version, end in rows
    }
    current = {v: f["end_of_support"] for v, f in facts()["kafka_versions"].items() if f["table"]}
    assert set(seed) <= set(current)
    changed = {v for v in seed if seed[v] != current[v]}
    assert changed == {"2.8.2.tiered", "3.4.0", "3.5.1", "3.6.0"}
    note = find("C012").changed
    for version in changed:
        assert f"{version.replace('.tiered', '-tiered')} {current[version]}" in note, version
    assert set(current) - set(seed) >= {"3.8.x", "3.9.x", "4.0.x"}
