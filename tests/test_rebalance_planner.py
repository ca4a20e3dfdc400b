"""msklint's own reassignment planner on synthetic metadata: each strategy's guarantees on small examples,
and (hypothesis) the invariants for any valid cluster."""

import json

import pytest
from helpers import run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from msklint.rebalance import metadata, planner
from msklint.rebalance.planner import Cluster, PlanError, lower_bound_balance, plan, summary

RACKS = ("use1-az1", "use1-az2", "use1-az4")


def make(brokers: dict, parts: list, sizes=None) -> Cluster:
    """parts: [(topic, [replicas])]; partitions numbered per topic in order."""
    numbers: dict[str, int] = {}
    topics, partitions = [], []
    for topic, _ in parts:
        topics.append(topic)
        partitions.append(numbers.get(topic, 0))
        numbers[topic] = partitions[-1] + 1
    return Cluster(dict(brokers), topics, partitions, [list(r) for _, r in parts], sizes)


def six() -> dict:
    """Brokers 1-6, two per zone: 1, 4 in az1; 2, 5 in az2; 3, 6 in az4."""
    return {b: RACKS[(b - 1) % 3] for b in range(1, 7)}


def after(cluster: Cluster, result) -> list[list[int]]:
    return [result.new.get(p, r) for p, r in enumerate(cluster.replicas)]


def counts(replicas, brokers, leaders=False) -> dict[int, int]:
    found = dict.fromkeys(brokers, 0)
    for r in replicas:
        for b in r[:1] if leaders else r:
            found[b] += 1
    return found


# drain ---------------------------------------------------------------------------------------------------


def test_drain_empties_the_brokers_keeps_zones_and_moves_exactly_their_replicas():
    parts = [("orders", [1 + p % 3, 1 + (p + 1) % 3 + 3, 1 + (p + 2) % 3]) for p in range(12)]
    parts += [("__amazon_msk_canary", [4, 2, 6]), ("__amazon_msk_canary_state", [5, 1, 3])]
    cluster = make(six(), parts)
    result = plan(cluster, "drain", brokers=[4, 5, 6])
    new = after(cluster, result)
    on_drained = sum(b in (4, 5, 6) for r in cluster.replicas[:12] for b in r)
    facts = summary(cluster, result)
    assert facts["replica_moves"] == result.lower_bound == on_drained == 12
    assert all(not {4, 5, 6} & set(r) for r in new[:12])
    assert new[12:] == cluster.replicas[12:]  # the canaries stay for MSK to move
    assert facts["left_to_msk"] == ["__amazon_msk_canary-0", "__amazon_msk_canary_state-0"]
    assert all(len({cluster.brokers[b] for b in r}) == 3 for r in new)
    assert facts["zone_violations"] == {"before": 0, "after": 0}
    assert max(counts(new[:12], (1, 2, 3), leaders=True).values()) == 4  # 12 leaders on 3 brokers


def test_drain_leaving_zones_unequal_is_refused_unless_allowed():
    cluster = make(six(), [("t", [1, 2, 3]), ("t", [4, 5, 6])])
    with pytest.raises(PlanError) as error:
        plan(cluster, "drain", brokers=[4])
    assert error.value.message == (
        "drain: the zones would keep unequal broker counts (1 use1-az1, 2 use1-az2, 2 use1-az4); MSK removes "
        "brokers evenly from every zone (--allow-uneven for other clusters)"
    )
    result = plan(cluster, "drain", brokers=[4], allow_uneven=True)
    # broker 4's zone keeps broker 1: same zone, spread kept; then broker 1 leads two, so one goes to 2
    assert result.new == {0: [2, 1, 3], 1: [1, 5, 6]}


def test_drain_respects_the_partitions_per_broker_limit():
    cluster = make(six(), [("t", [1, 2, 3]), ("t", [4, 5, 6]), ("t", [4, 2, 3])])
    with pytest.raises(PlanError, match=r"no broker can take t-1 .*2 replicas, the recommended limit"):
        plan(cluster, "drain", brokers=[4, 5, 6], max_replicas=2)


# balance -------------------------------------------------------------------------------------------------


def test_balance_after_adding_brokers_moves_the_fewest_replicas_within_zones():
    # brokers 4, 5, 6 just added: every partition on 1, 2, 3
    cluster = make(six(), [("t", [1 + (p + k) % 3 for k in range(3)]) for p in range(9)])
    result = plan(cluster, "balance")
    new = after(cluster, result)
    replicas = counts(new, range(1, 7))
    assert set(replicas.values()) <= {4, 5} and sum(replicas.values()) == 27
    assert summary(cluster, result)["replica_moves"] == result.lower_bound == 12  # 4 per zone
    assert all(len({cluster.brokers[b] for b in r}) == 3 for r in new)
    assert max(counts(new, range(1, 7), leaders=True).values()) == 2  # 9 leaders on 6 brokers


def test_balance_of_leaders_alone_swaps_leaders_and_moves_no_data():
    cluster = make(six(), [("t", [1, 5, 3]), ("t", [1, 2, 6]), ("t", [4, 2, 3]), ("t", [4, 5, 6])])
    result = plan(cluster, "balance")
    facts = summary(cluster, result)
    assert (facts["replica_moves"], result.lower_bound) == (0, 0)
    assert facts["leader_changes"] == 2
    assert all(sorted(r) == sorted(cluster.replicas[p]) for p, r in result.new.items())
    assert facts["spread"]["leaders"] == 1


def test_lower_bound_gives_the_ceilings_to_the_brokers_holding_most():
    assert lower_bound_balance([5, 5, 2]) == 2  # 12 / 3: every broker at 4
    assert lower_bound_balance([7, 3, 3, 3]) == 3  # 16 / 4
    assert lower_bound_balance([4, 0, 0]) == 2  # 4 / 3: targets 2, 1, 1
    # 6 / 4: two brokers end at 2, two at 1; nothing is above the ceiling of the mean (2), yet one of
    # the three brokers at 2 must give a replica: the bound counts it
    assert lower_bound_balance([2, 2, 2, 0]) == 1


def test_balance_by_bytes_picks_which_replicas_move():
    brokers = {1: "a", 2: "a", 3: "a"}
    cluster = make(brokers, [("t", [1])] * 4 + [("u", [2])] * 2, sizes=[10, 10, 1000, 1000, 10, 10])
    result = plan(cluster, "balance")
    loads = summary(cluster, result)["brokers"]
    assert [b["after"]["replicas"] for b in loads] == [2, 2, 2]
    assert loads[2]["after"]["bytes"] == 1010  # one big, one small: not both small


# rack-aware and replication factor ------------------------------------------------------------------------


def test_rack_aware_repairs_only_what_is_not_spread():
    cluster = make(six(), [("t", [1, 4, 2]), ("t", [1, 2, 3]), ("t", [2, 6, 1])])
    result = plan(cluster, "rack-aware")
    assert result.lower_bound == 1
    assert list(result.new) == [0]
    assert result.new[0][0] == 1 and result.new[0][2] == 2  # the leader and the spread replica stay
    assert result.new[0][1] in (3, 6)
    assert summary(cluster, result)["zone_violations"] == {"before": 1, "after": 0}


def test_rack_aware_needs_racks():
    cluster = make({1: None, 2: None}, [("t", [1, 2])])
    with pytest.raises(PlanError, match="rack-aware needs every broker's rack"):
        plan(cluster, "rack-aware")


def test_replication_factor_up_and_down_zone_aware_only_matching_topics():
    cluster = make(six(), [("up", [1, 2]), ("up", [5, 6]), ("down", [1, 2, 3]), ("other", [1, 2])])
    raised = plan(cluster, "replication-factor", rf=3, topics="up|other-x")
    assert sorted(raised.new) == [0, 1]
    assert raised.new[0][:2] == [1, 2] and cluster.brokers[raised.new[0][2]] == "use1-az4"
    assert raised.new[1][:2] == [5, 6] and cluster.brokers[raised.new[1][2]] == "use1-az1"
    assert raised.lower_bound == summary(cluster, raised)["replica_moves"] == 2
    lowered = plan(cluster, "replication-factor", rf=2, topics="down")
    assert lowered.new == {2: [1, 3]} or lowered.new == {2: [1, 2]}
    assert summary(cluster, lowered)["replicas_removed"] == 1


def test_options_that_do_not_fit_the_strategy_are_refused():
    cluster = make(six(), [("t", [1, 2, 3])])
    with pytest.raises(PlanError, match="--rf N goes with --strategy replication-factor"):
        plan(cluster, "balance", rf=2)
    with pytest.raises(PlanError, match="--brokers names the brokers to drain"):
        plan(cluster, "balance", brokers=[1])
    with pytest.raises(PlanError, match="--brokers: broker 9 is not in the cluster"):
        plan(cluster, "drain", brokers=[9])


# any valid cluster (hypothesis) ----------------------------------------------------------------------------


@st.composite
def clusters(draw, msk_like: bool = False):
    """Brokers in 1-3 zones (or without racks), partitions with distinct replicas, optional sizes.
    msk_like: 3 zones of equal size, every partition with one replica per zone (RF 3), no canary."""
    zones = 3 if msk_like else draw(st.integers(0, 3))
    per_zone = (
        [draw(st.integers(1, 4))] * 3 if msk_like else [draw(st.integers(1, 4)) for _ in range(max(zones, 1))]
    )
    brokers, next_id = {}, 1
    for z, n in enumerate(per_zone):
        for _ in range(n):
            brokers[next_id] = RACKS[z] if zones else None
            next_id += 1
    ids = sorted(brokers)
    by_zone = [[b for b in ids if brokers[b] == RACKS[z]] for z in range(3)]
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        topic = draw(st.sampled_from(["a", "b"] if msk_like else ["a", "b", "__amazon_msk_canary"]))
        if msk_like:
            replicas = draw(st.permutations([draw(st.sampled_from(group)) for group in by_zone]))
        else:
            rf = draw(st.integers(1, min(3, len(ids))))
            replicas = draw(st.lists(st.sampled_from(ids), min_size=rf, max_size=rf, unique=True))
        parts.append((topic, list(replicas)))
    sizes = draw(
        st.one_of(st.none(), st.lists(st.integers(0, 10**9), min_size=len(parts), max_size=len(parts)))
    )
    return make(brokers, parts, sizes)


def zones_of(cluster, replicas) -> int:
    return len({cluster.brokers[b] for b in replicas}) if all(cluster.brokers.values()) else 1


def assert_safe(cluster: Cluster, result, drained=(), rf=None, pattern=None):
    """Valid replica lists, RF kept (or the asked one), zone spread never broken, out-of-scope untouched."""
    live_zones = len({cluster.brokers[b] for b in cluster.brokers if b not in drained})
    for p, old in enumerate(cluster.replicas):
        new = result.new.get(p, old)
        assert len(set(new)) == len(new) and set(new) <= set(cluster.brokers)
        topic = cluster.topics[p]
        movable = topic not in planner.CANARIES and (pattern is None or topic == pattern)
        if not movable:
            assert new == old
            continue
        assert len(new) == (rf if rf is not None else len(old))
        if all(cluster.brokers.values()):
            assert zones_of(cluster, new) >= min(zones_of(cluster, old), len(new), live_zones)
    assert (
        plan(cluster, result.strategy, brokers=drained, rf=rf, topics=pattern, allow_uneven=True).new
        == result.new
    )


SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(clusters(), st.data())
def test_drain_any_cluster(cluster, data):
    drained = data.draw(
        st.lists(st.sampled_from(sorted(cluster.brokers)), max_size=len(cluster.brokers) - 1, unique=True)
    )
    if not drained:
        return
    needed = max(
        (len(r) for t, r in zip(cluster.topics, cluster.replicas, strict=True) if t not in planner.CANARIES),
        default=0,
    )
    if needed > len(cluster.brokers) - len(drained):
        with pytest.raises(PlanError):
            plan(cluster, "drain", brokers=drained, allow_uneven=True)
        return
    result = plan(cluster, "drain", brokers=drained, allow_uneven=True)
    assert_safe(cluster, result, drained=drained)
    new = after(cluster, result)
    for p, r in enumerate(new):
        if cluster.topics[p] not in planner.CANARIES:
            assert not set(r) & set(drained)
    assert summary(cluster, result)["replica_moves"] == result.lower_bound


@SETTINGS
@given(clusters())
def test_balance_any_cluster_is_safe(cluster):
    result = plan(cluster, "balance")
    assert_safe(cluster, result)
    facts = summary(cluster, result)
    if not result.notes:  # no broker stuck above its target (zones or out-of-scope replicas can do that)
        assert facts["replica_moves"] >= result.lower_bound
        assert facts["spread"]["replicas_within_zone"] <= 1


@SETTINGS
@given(clusters(msk_like=True))
def test_balance_msk_like_cluster_reaches_the_target_with_the_fewest_moves(cluster):
    result = plan(cluster, "balance")
    assert_safe(cluster, result)
    facts = summary(cluster, result)
    # counts within one in every zone; the moves are the lower bound (+2 per bytes exchange, within 2 %)
    assert facts["spread"]["replicas_within_zone"] <= 1
    assert result.lower_bound <= facts["replica_moves"] <= result.lower_bound * 1.02
    assert facts["zone_violations"]["after"] == 0


@SETTINGS
@given(clusters())
def test_rack_aware_any_cluster_repairs_every_partition_with_the_fewest_moves(cluster):
    if not all(cluster.brokers.values()):
        return
    result = plan(cluster, "rack-aware")
    assert_safe(cluster, result)
    facts = summary(cluster, result)
    canaries = sum(
        t in planner.CANARIES and zones_of(cluster, r) < min(len(r), len(set(cluster.brokers.values())))
        for t, r in zip(cluster.topics, cluster.replicas, strict=True)
    )
    assert facts["zone_violations"]["after"] == canaries
    assert facts["replica_moves"] == result.lower_bound


@SETTINGS
@given(clusters(), st.integers(1, 4))
def test_replication_factor_any_cluster(cluster, rf):
    if rf > len(cluster.brokers):
        with pytest.raises(PlanError):
            plan(cluster, "replication-factor", rf=rf, topics="a")
        return
    result = plan(cluster, "replication-factor", rf=rf, topics="a")
    assert_safe(cluster, result, rf=rf, pattern="a")
    for p, r in result.new.items():
        old = cluster.replicas[p]
        assert r[0] == old[0]  # the leader stays
        assert set(r) >= set(old) or set(r) <= set(old)  # only adds or only removes
        if all(cluster.brokers.values()):  # each added replica adds a zone while one is missing
            added, zones = len(r) - len(old), len(set(cluster.brokers.values()))
            assert zones_of(cluster, r) == min(len(r), zones, zones_of(cluster, old) + max(added, 0))
    assert summary(cluster, result)["replica_moves"] == result.lower_bound


# metadata files and the command line -----------------------------------------------------------------------


def test_metadata_errors_name_the_position_and_the_json_path(tmp_path):
    cases = {
        '{"brokers": [{"id": 1}], "partitions": [\n {"topic": "t", "partition": 0, "replicas": [1, 7]}]}': (
            ":2:49: $.partitions[0].replicas[1]: broker 7 is not among the brokers"
        ),
        '{"brokers": [{"id": 1}, {"id": 2}],\n "partitions": [{"topic": "t", "partition": 0, "replicas": [2, 2]}]}': (
            ":2:60: $.partitions[0].replicas: broker 2 appears twice: a partition has one replica per broker"
        ),
        '{"brokers": [{"id": "x"}], "partitions": []}': ":1:21: $.brokers[0].id: Input should be a valid integer",
        '{"brokers": [{"id": 1}], "partitions": [}': ":1:41: invalid JSON: Expecting value",
    }
    for text, expected in cases.items():
        path = tmp_path / "m.json"
        path.write_text(text)
        with pytest.raises(metadata.InputError) as error:
            metadata.load(str(path))
        assert error.value.message == f"{path}{expected}"


def test_round_trip_of_the_metadata_file():
    cluster = make(six(), [("t", [1, 2, 3]), ("u", [4, 5, 6])], sizes=[5, 7])
    again = metadata.parse(metadata.dumps(cluster))
    assert (again.brokers, again.topics, again.replicas, again.sizes) == (
        cluster.brokers, cluster.topics, cluster.replicas, cluster.sizes,
    )  # fmt: skip


def test_cli_plan_writes_a_plan_check_and_apply_take_and_kafka_json(tmp_path):
    cluster = make(
        six(), [("t", [1 + p % 3, 4 + (p + 1) % 3, 1 + (p + 2) % 3]) for p in range(6)], sizes=[10**6] * 6
    )
    source = tmp_path / "metadata.json"
    source.write_text(metadata.dumps(cluster))
    target, kafka = tmp_path / "plan.json", tmp_path / "reassign.json"
    code, out, err = run_cli(
        "rebalance", "plan", "--strategy", "drain", "--brokers", "4,5,6", "--metadata", str(source),
        "-o", str(target), "--kafka-json", str(kafka), "--format", "json",
    )  # fmt: skip
    assert code == 0, err
    facts = json.loads(out)
    assert (facts["replica_moves"], facts["lower_bound"], facts["ratio"]) == (6, 6, 1.0)
    assert facts["bytes_to_move"] == 6 * 10**6
    assert facts["zone_violations"] == {"before": 0, "after": 0}
    assert [b["after"]["replicas"] for b in facts["brokers"]] == [6, 6, 6, 0, 0, 0]
    written = json.loads(target.read_text())
    assert written["msklint_plan"] == 1 and written["request"]["endpoint"] == "remove_broker"
    reassignment = json.loads(kafka.read_text())
    assert reassignment["version"] == 1 and len(reassignment["partitions"]) == 6
    assert {(p["topic"], p["partition"]): p["new_replicas"] for p in written["proposals"]} == {
        (p["topic"], p["partition"]): p["replicas"] for p in reassignment["partitions"]
    }
    assert run_cli("rebalance", "check", str(target))[0] == 0
    assert run_cli("rebalance", "check", str(kafka), "--metadata", str(source))[0] == 0
    # a Kafka reassignment that leaves two replicas in one zone is an error of the plan check (P001)
    reassignment["partitions"][0]["replicas"] = [1, 4, 2]
    kafka.write_text(json.dumps(reassignment))
    code, out, _ = run_cli("rebalance", "check", str(kafka), "--metadata", str(source))
    assert code == 1 and "P001" in out
    code, _, err = run_cli("rebalance", "check", str(kafka))
    assert code == 2 and "give --metadata FILE" in err


def test_cli_plan_refusals_are_one_line(tmp_path):
    source = tmp_path / "metadata.json"
    source.write_text(metadata.dumps(make(six(), [("t", [1, 2, 3])])))
    code, _, err = run_cli(
        "rebalance", "plan", "--strategy", "drain", "--brokers", "4", "--metadata", str(source)
    )
    assert code == 2 and err.startswith("msklint: drain: the zones would keep unequal broker counts")
    assert err.count("\n") == 1
    code, _, err = run_cli("rebalance", "plan", "--strategy", "balance")
    assert (code, err) == (
        2,
        "msklint: plan --strategy: give --metadata FILE or --bootstrap-server (one of them)\n",
    )


def test_plain_check_does_not_import_pydantic(tmp_path):
    import subprocess
    import sys

    (tmp_path / "server.properties").write_text("num.io.threads=8\n")
    code = (
        "import sys; from msklint.cli import main; main(['check', sys.argv[1]]); "
        "print('pydantic' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "server.properties")], capture_output=True, text=True
    ).stdout
    assert out.strip().endswith("False"), out


def test_cli_broker_type_gives_the_guides_partitions_per_broker_limit(tmp_path):
    # 4 brokers without racks, 400 partitions of RF 3: 300 replicas each; kafka.t3.small is recommended 300
    cluster = make(
        {b: None for b in range(1, 5)}, [("t", [1 + (p + k) % 4 for k in range(3)]) for p in range(400)]
    )
    source = tmp_path / "metadata.json"
    source.write_text(metadata.dumps(cluster))
    drain = ("rebalance", "plan", "--strategy", "drain", "--brokers", "4", "--metadata", str(source))
    code, _, err = run_cli(*drain, "--broker-type", "kafka.t3.small")
    assert code == 2 and "(all hold 300 replicas, the recommended limit)" in err
    assert run_cli(*drain, "--broker-type", "kafka.m5.large")[0] == 0  # 1000 recommended
