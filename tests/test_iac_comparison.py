"""msklint vs cfn-lint 1.51.0 (and checkov 3.3.30, not run here) on the corpus cluster definitions.

tools/compare_iac_linters.py prints the same table (docs/comparison.md holds it with timings). Only findings
on MSK resources count; msklint's column leaves out info findings (C029 two zones). Reviewed by hand:

cfn-lint (CloudFormation schema, no MSK semantics):
- Both: Checkmarx positive5 `LogGroup` under Firehose and S3 (E3002 = C001); Checkmarx positive6
  "ReplaceWithSecurityGroupId" (E1150 = C030). msklint also flags the "ReplaceWithSubnetId" client subnets
  (C030, both Checkmarx files): the resource schema puts no pattern on ClientSubnets.
- cfn-lint only, not an MSK problem: vivek-pr W3005, a DependsOn on the log group the cluster already
  references (template hygiene; MSK receives the same request).
- cfn-lint off MSK resources (not in the table): RDS engines and Lambda runtimes (dms demo), Cloud9 ImageId
  (jaehyeon), redundant DependsOn/Sub, unused parameters, ImportValue outputs.
- msklint only: end of support C012 (reached through `!Ref` to a parameter's Default), 2.4.1 not offered
  C011, authentication needing encryption C015 (positive6 mTLS with InCluster false: MSK refuses the stack),
  TLS_PLAINTEXT C016 (jaehyeon's SCRAM with TLS_PLAINTEXT has unauthenticated access on, which the API
  accepts), no client authentication or unauthenticated access beside SCRAM/mTLS C050, placeholder KMS key and
  private CA (C051, C052 on positive6), placeholder configuration ARN C023, the SAM
  template's inline policy granting topic actions on a cluster ARN I011 and its configuration's
  unclean.leader.election.enable=true B023.

checkov 3.3.30 (all checks run; its three MSK checks are CKV_AWS_80 broker logging on, CKV_AWS_81 in-transit
encryption, CKV_AWS_291 no public access; CloudFormation and Terraform):
- Both: CKV_AWS_81 = C016 where ClientBroker is TLS_PLAINTEXT (dms demo, mirrormaker2, eventbridge
  pipes, jaehyeon, arun1289, robertchu1205).
- checkov only, not real: CKV_AWS_81 on a cluster with no EncryptionInfo (Checkmarx positive5, kics tf public
  positive1): the guide ("Encryption in transit", "How do I get started with encryption?") makes TLS and
  InCluster true the defaults, so these clusters are encrypted. CKV_AWS_80 (no broker log destination
  enabled) on 11 files: the guide presents broker logs ("Broker logs") as an optional troubleshooting aid,
  not a requirement or recommendation. CKV_AWS_291 (public access) on kics tf public positive1: the guide
  allows public access; msklint reports what is wrong with this one (C018 twice: unauthenticated access on,
  no SASL/IAM, SASL/SCRAM or mTLS; C017: not at creation, which Terraform attempts). With `select = ["S"]`
  msklint's S004 (Security Hub MSK.4) is the same check as CKV_AWS_291.
- checkov misses: positive6's InCluster "false" (a string: checkov tests `is False`); everything about
  versions, configurations, serverless clusters and IAM; the module calls (terraform-aws-modules: C010,
  C020), which it cannot read without downloading the module.

No real miss of msklint's was found on the corpus. cfn-lint's schemas state more than the corpus exercises,
so a probe (PROBES in the tool) breaks each constraint of its AWS::MSK::Cluster, ServerlessCluster and
Configuration schemas once. That found five misses, all fixed: PublicAccess Type other than DISABLED /
SERVICE_PROVIDED_EIPS (new C031: botocore types it as a free string), a configuration without Name or
ServerProperties (new C032: nothing checked configurations' structure), a serverless ClusterName over 64
characters (C001 now checks CreateClusterV2's name and tags level), and Sasl/Iam without `Enabled`, which
CloudFormation requires where the API does not (C001, templates only; Scram, Unauthenticated and the
VpcConnectivity methods likewise). The serverless cluster without ClientAuthentication or with Iam {} was
already C026 (IAM access control off).
"""

import sys

from helpers import ROOT

sys.path.insert(0, str(ROOT / "tools"))

from compare_iac_linters import probe_table, table

EXPECTED = {
    "cluster/Checkmarx__kics__cfn-msk-encryption-disabled-positive6.json": (
        ["C012", "C015", "C023", "C030", "C051", "C052"],
        ["E1150"],
    ),
    "cluster/Checkmarx__kics__cfn-msk-logging-disabled-positive5.json": (
        ["C001", "C012", "C030", "C050"],
        ["E3002"],
    ),
    "cluster/Tak1wa__aws-cfn-msk-cluster-basic__02.cluster_basic.yaml": (["C012", "C050"], []),
    "cluster/Tak1wa__aws-cfn-msk-cluster-basic__02.cluster_serverless.yaml": ([], []),
    "cluster/aws-samples__aws-dms-msk-demo__master-cfn.yaml": (["C012", "C016", "C050"], []),
    "cluster/aws-samples__mirrormaker2-msk-migration__MSKClusterWithImports.yml": (
        ["C011", "C012", "C016", "C050"],
        [],
    ),
    "cluster/aws-samples__serverless-patterns__eventbridge-pipes-msk-to-lambda-msk-cluster.yaml": (
        ["C012", "C016", "C050"],
        [],
    ),
    "cluster/aws-samples__serverless-patterns__msk-lambda-iam-java-sam-MSKAndKafkaClientEC2.yaml": (
        ["B023", "I011"],
        [],
    ),
    "cluster/jaehyeon-kim__kafka-pocs__MSKSecurityWorkshop.yaml": (["C012", "C016", "C050"], []),
    "cluster/valentine-dev__aws-cloudformation__setup_with_custom_configuration.json": (["C012", "C050"], []),
    "cluster/vivek-pr__msk-iam-oneclick__msk-provisioned.yaml": ([], ["W3005"]),
    "terraform/Checkmarx__kics__tf-msk-broker-public-positive1.tf": (["C012", "C017", "C018"], None),
    "terraform/RcZo-2__aws-msk-terraform__express-cluster-module.tf": ([], None),
    "terraform/angelabad__terraform-aws-msk-cluster__complete-example-module.tf": ([], None),
    "terraform/arun1289__aws-kafka-msk-dr-setup__primary-msk-cluster.tf": (["C012", "C016", "C050"], None),
    "terraform/aws-samples__mirrormaker2-msk-migration__msk-cluster.tf": ([], None),
    "terraform/garystafford__terraform-msk-demo__msk-config-and-cluster.tf": (["C012", "C024", "C050"], None),
    "terraform/ilijadimitrov-mk__KafkaIko__msk-provisioned.tf": (["C012", "C052"], None),
    "terraform/mminichino__columnar-demo-msk-terraform__msk-cluster.tf": ([], None),
    "terraform/msfidelis__msk-connector-s3__msk-cluster.tf": (["C050"], None),
    "terraform/pedrofreitaslima__extrato-project__msk-serverless.tf": ([], None),
    "terraform/robertchu1205__devops__msk-dev-cluster.tf": (["C012", "C016", "C050"], None),
    "terraform/terraform-aws-modules__terraform-aws-msk-kafka-cluster__complete-example-module.tf": (
        ["C020"],  # its Kafka 3.9.x is in the current guide's table (issue 11)
        None,
    ),
}


def test_comparison_table_is_as_reviewed():
    assert {name: (ours, cfn) for name, ours, cfn, _ in table()} == EXPECTED


PROBE_EXPECTED = {
    "compliant": ([], []),
    "cluster name 65 characters": (["C001"], ["E3033"]),
    "cluster name missing": (["C001"], ["E3003"]),
    "Kafka version missing": (["C001"], ["E3003"]),
    "Kafka version empty": (["C001", "C010"], ["E3033"]),
    "0 brokers": (["C001"], ["E3034"]),
    "client subnets missing": (["C001"], ["E3003"]),
    "instance type 2 characters": (["C001", "C002"], ["E3033"]),
    "volume 0 GiB": (["C006"], ["E3034"]),
    "volume 20000 GiB": (["C006"], ["E3034"]),
    "BrokerAZDistribution OTHER": (["C001"], ["E3030", "E3033"]),
    "security group not sg-": (["C030"], ["E1150"]),
    "PublicAccess Type X": (["C031"], ["E3033"]),
    "NetworkType IPV6": (["C001"], ["E3030"]),
    "EnhancedMonitoring BOGUS": (["C001"], ["E3030", "E3033"]),
    "StorageMode lower case": (["C001"], ["E3030"]),
    "Rebalancing Status ON": (["C001"], ["E3030"]),
    "ClientBroker SSL": (["C001", "C015"], ["E3030"]),  # the base cluster uses SASL/IAM
    "EncryptionAtRest without key": (["C001"], ["E3003"]),
    "Sasl Iam without Enabled": (["C001", "C050"], ["E3003"]),  # IAM off: no authentication left
    "ConfigurationInfo without Revision": (["C001", "C023"], ["E3003"]),
    "LoggingInfo without BrokerLogs": (["C001"], ["E3003"]),
    "CloudWatchLogs without Enabled": (["C001"], ["E3003"]),
    "OpenMonitoring without Prometheus": (["C001"], ["E3003"]),
    "JmxExporter without EnabledInBroker": (["C001"], ["E3003"]),
    "serverless name 65 characters": (["C001"], ["E3033"]),
    "serverless without ClientAuthentication": (["C026"], ["E3003"]),
    "serverless Iam without Enabled": (["C026"], ["E3003"]),
    "serverless VpcConfig without SubnetIds": (["C001"], ["E3003"]),
    "configuration without Name": (["C032"], ["E3003"]),
    "configuration without ServerProperties": (["C032"], ["E3003"]),
}


def test_every_constraint_of_cfn_lints_msk_schemas_is_caught_by_msklint_too():
    assert {name: (ours, cfn) for name, ours, cfn in probe_table()} == PROBE_EXPECTED
