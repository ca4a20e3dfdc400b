"""MSK offers only the broker sizes that "Broker sizes" lists: kafka.t3.small, kafka.m5.large to
kafka.m5.24xlarge and kafka.m7g.large to kafka.m7g.16xlarge (there is no kafka.m7g.24xlarge). Any other
kafka.* InstanceType is refused by CreateCluster. A size outside the kafka.* families (MSK's later Express
brokers, express.m7g.*, which this edition of the guide does not know) is reported as a warning; the `allow`
option accepts such sizes."""

from msklint.loaders.cluster import ClusterModel, hit
from msklint.msk import BROKER_SIZES
from msklint.options import Option

CODE = "C002"
NAME = "broker-size-exists"
SEVERITY = "error"
SUMMARY = "InstanceType is not a broker size Amazon MSK offers"
GUIDE = "Broker sizes"
OPTIONS = {"allow": Option(list, [], "broker types to accept besides the catalogued ones")}
BAD = '{"InstanceType": "kafka.m5.medium", "ClientSubnets": ["subnet-a", "subnet-b"]}\n'
GOOD = '{"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b"]}\n'


def check(doc, ctx, options):
    model = doc.model
    if not isinstance(model, ClusterModel) or model.serverless:
        return
    size = model.broker_type
    if size is None or size in BROKER_SIZES or size in options["allow"]:
        return
    guess = next((s for s in BROKER_SIZES if s.endswith("." + size) or s == "kafka." + size), None)
    hint = (
        f"did you mean {guess}?"
        if guess
        else "use one of kafka.t3.small, kafka.m5.*, kafka.m7g.* (large..16xlarge)"
    )
    yield hit(
        model, "BrokerNodeGroupInfo/InstanceType", f"broker size '{size}' does not exist in Amazon MSK", hint
    )
