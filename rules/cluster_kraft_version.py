"""KRaft mode has its own version strings: CreateCluster/CreateClusterV2 take `3.7.x.kraft` for a KRaft
cluster and `3.7.x` for ZooKeeper mode ("KRaft mode"); the current API adds `3.8.x.kraft`, `3.9.x.kraft`,
and for Kafka 4, which has no ZooKeeper mode, only `4.0.x.kraft` and `4.1.x.kraft`. A `.kraft` suffix on a
version MSK has no KRaft form of (3.6.0.kraft, 3.7.0.kraft) names no MSK version (error). The guide's
table writes Kafka 4.0 as `4.0.x`; the API's string is `4.0.x.kraft`, which this rule notes (info). A
`.kraft` version newer than msklint's data is left to C010 (info). Version updates between modes: U008."""

from msklint.findings import Hit
from msklint.msk import PAGE_CDK_VERSIONS, PAGE_KRAFT, facts, newer_than_known, version_facts
from msklint.packs.cluster.model import ClusterModel, place

CODE = "C013"
NAME = "kraft-version-string"
SEVERITY = "error"
SUMMARY = "KRaft mode needs one of MSK's .kraft version strings"
GUIDE = "KRaft mode"
SOURCES = [PAGE_KRAFT, PAGE_CDK_VERSIONS]
CHANGED = "the seed has one KRaft version, 3.7.x.kraft; the API now also takes 3.8.x.kraft, 3.9.x.kraft, 4.0.x.kraft and 4.1.x.kraft."
BAD = '{"ClusterName": "c", "KafkaVersion": "3.7.0.kraft", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.9.x.kraft", "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    text = model.string("KafkaVersion")
    if not text:
        return
    known = version_facts(text)
    if known and known.get("api_names"):
        yield Hit.at(
            place(model, "KafkaVersion"),
            f"MSK's API names Kafka {text} '{known['api_names'][0]}' (Kafka 4 runs only in KRaft mode)",
            f"write {known['api_names'][0]}",
            "info",
        )
    elif "kraft" in text.lower() and known is None and not newer_than_known(text):
        kraft = [v for v, f in facts()["kafka_versions"].items() if v.endswith(".kraft")]
        yield Hit.at(
            place(model, "KafkaVersion"),
            f"'{text}' is not a KRaft version MSK offers ({', '.join(kraft)})",
            "use one of those for KRaft mode, or the version without .kraft for ZooKeeper mode",
        )
