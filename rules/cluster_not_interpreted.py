"""A Terraform module call that passes MSK cluster inputs (`kafka_version`, `broker_node_group_info`,
`number_of_broker_nodes`) to a module msklint does not know (a registry or Git module, not
terraform-aws-modules/msk-kafka-cluster and not a local `./` module it can read): the cluster it creates is
not checked. Reported as information so that a CI gate that looked at nothing does not pass in silence;
check the module's source with msklint (a local copy, or `terraform show -json` of a plan)."""

from msklint.findings import Hit
from msklint.packs.cluster.model import NotInterpreted

CODE = "C090"
NAME = "cluster-not-interpreted"
SEVERITY = "info"
SUMMARY = "A module call with MSK cluster inputs that msklint cannot read: the cluster is not checked"
GUIDE = "Creating an Amazon MSK cluster"
BAD = """module "kafka" {
  source                 = "git::https://example.com/msk.git"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
}
"""
GOOD = """module "kafka" {
  source                     = "terraform-aws-modules/msk-kafka-cluster/aws"
  kafka_version              = "3.6.0"
  number_of_broker_nodes     = 3
  broker_node_instance_type  = "kafka.m5.large"
  broker_node_client_subnets = ["subnet-1", "subnet-2", "subnet-3"]
}
"""


READS = (NotInterpreted,)


def check(doc, ctx, options):
    model = doc.model
    yield Hit.at(
        model,
        f"{model.name}: {model.what}; msklint cannot read the module, so the cluster is not checked",
        "lint the module's source (a local copy) or a `terraform show -json` plan of the root",
    )
