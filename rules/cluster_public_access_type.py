"""PublicAccess Type takes one of the two values the guide shows ("Public access"): SERVICE_PROVIDED_EIPS
turns public access on, DISABLED turns it off. botocore's model types it as a free string, so rule C001
cannot catch a misspelt value; MSK refuses it. Found by comparing with cfn-lint (docs/comparison.md),
whose resource schema only bounds its length (7 to 23 characters)."""

from msklint.findings import Hit
from msklint.packs.cluster.model import ClusterModel
from msklint.syntax import UNKNOWN

CODE = "C031"
NAME = "public-access-type"
SEVERITY = "error"
SUMMARY = "PublicAccess Type must be DISABLED or SERVICE_PROVIDED_EIPS"
GUIDE = "Public access"
BAD = '{"PublicAccess": {"Type": "ENABLED"}}\n'
GOOD = '{"PublicAccess": {"Type": "SERVICE_PROVIDED_EIPS"}}\n'

TYPES = ("DISABLED", "SERVICE_PROVIDED_EIPS")


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    node = model.node("BrokerNodeGroupInfo/ConnectivityInfo/PublicAccess/Type")
    if node is not None and node.tag != UNKNOWN and isinstance(node.value, str) and node.value not in TYPES:
        yield Hit.at(
            node,
            f"PublicAccess Type '{node.value}' is neither DISABLED nor SERVICE_PROVIDED_EIPS",
            "use SERVICE_PROVIDED_EIPS to turn public access on, DISABLED to turn it off",
        )
