"""Update operations need the cluster in the ACTIVE state ("Cluster states"; each update section says so,
e.g. "Expanding an Amazon MSK cluster", "Updating security settings of a cluster"). Checked against the
`State` of the --current describe-cluster output."""

from msklint.loaders.update import UpdateRequest, current_cluster

CODE = "U002"
NAME = "update-cluster-not-active"
SEVERITY = "error"
SUMMARY = "The cluster is not ACTIVE, so MSK refuses updates"
GUIDE = "Cluster states"
BAD = '{"ClusterArn": "arn:aws:kafka:us-east-1:123456789012:cluster/demo/abcd-1", "CurrentVersion": "K1",\n "TargetNumberOfBrokerNodes": 6}\n'
GOOD = ""  # the good case differs only in another file (see above), not in this one
BAD_FILES = {
    "current.json": '{"ClusterInfo": {"ClusterName": "demo", "State": "UPDATING", "CurrentVersion": "K1",\n "CurrentBrokerSoftwareInfo": {"KafkaVersion": "3.6.0"}, "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large",\n  "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}}\n'
}  # describe-cluster output
GOOD_FILES = {
    "current.json": '{"ClusterInfo": {"ClusterName": "demo", "State": "ACTIVE", "CurrentVersion": "K1",\n "CurrentBrokerSoftwareInfo": {"KafkaVersion": "3.6.0"}, "NumberOfBrokerNodes": 3,\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large",\n  "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}}\n'
}


def check(doc, ctx, options):
    model, current = doc.model, current_cluster(ctx)
    if not isinstance(model, UpdateRequest) or current is None:
        return
    state = current.string("State")
    if state is not None and state != "ACTIVE":
        line, column, _ = model.anchor()
        from msklint.findings import Hit

        yield Hit(
            line,
            column,
            "",
            f"the cluster is {state}: MSK accepts updates only on ACTIVE clusters",
            "wait until the cluster is ACTIVE (a running operation or MAINTENANCE must finish)",
        )
