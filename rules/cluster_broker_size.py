"""MSK offers only the broker sizes "Broker sizes" lists. The current guide lists Standard sizes
(kafka.t3.small, kafka.m5.large to kafka.m5.24xlarge, kafka.m7g.large to kafka.m7g.16xlarge: there is no
kafka.m7g.24xlarge) and Express sizes (express.m7g.large to express.m7g.16xlarge). A size in one of these
families that the list does not name (kafka.m5.medium, express.m7g.24xlarge) is an error: CreateCluster
refuses it, and so is a name not shaped like an MSK size (`m5`). A size of a family msklint's data does
not know (a newer generation, `kafka.m8g.large`) is info, "not in msklint's data": MSK may have added it
since; the `allow` option accepts such sizes silently."""

from msklint.findings import Hit
from msklint.msk import PAGE_BROKER_SIZES, PAGE_BROKER_TYPES, broker_size_status, facts, facts_as_of
from msklint.options import Option
from msklint.packs.cluster.model import ClusterModel, place

CODE = "C002"
NAME = "broker-size-exists"
SEVERITY = "error"
SUMMARY = "InstanceType is not a broker size Amazon MSK offers"
GUIDE = "Broker sizes"
SOURCES = [PAGE_BROKER_SIZES, PAGE_BROKER_TYPES]
CHANGED = (
    "the seed knows only Standard sizes; the current guide adds Express brokers, express.m7g.large to "
    "express.m7g.16xlarge (they were reported as non-existent before)."
)
OPTIONS = {"allow": Option(list, [], "broker types to accept besides the catalogued ones")}
BAD = '{"InstanceType": "kafka.m5.medium", "ClientSubnets": ["subnet-a", "subnet-b"]}\n'
GOOD = '{"InstanceType": "express.m7g.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}\n'


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    if model.serverless:
        return
    size = model.broker_type
    if size is None or size in options["allow"] or broker_size_status(size) == "known":
        return
    sizes = facts()["broker_sizes"]
    family = size.rsplit(".", 1)[0]
    if broker_size_status(size) == "new":
        yield Hit.at(
            place(model, "BrokerNodeGroupInfo/InstanceType"),
            f"broker size '{size}' is not in msklint's data (as of {facts_as_of()})",
            "check that MSK offers it in your Region; add it to this rule's `allow` option",
            "info",
        )
        return
    guess = next((s for s in sizes if s.endswith("." + size) or s == "kafka." + size), None)
    same = [s for s in sizes if s.rsplit(".", 1)[0] == family]
    hint = (
        f"did you mean {guess}?"
        if guess
        else f"use one of {', '.join(same)}"
        if same
        else "use a Standard size (kafka.t3.small, kafka.m5.*, kafka.m7g.*) or an Express size (express.m7g.*)"
    )
    yield Hit.at(
        place(model, "BrokerNodeGroupInfo/InstanceType"),
        f"broker size '{size}' does not exist in Amazon MSK",
        hint,
    )
