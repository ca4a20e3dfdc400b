"""Every corpus cluster and Terraform file loads, and its findings are the ones reviewed by hand (below).

Review notes (C012 pinned with today = 2024-07-01):
- Checkmarx positive6 (CFN JSON): InCluster "false" with mutual TLS: MSK refuses it (C015); "ReplaceWith..."
  placeholder configuration ARN (C023); Kafka 2.2.1 (end of support 2024-06-08, C012 error).
- Tak1wa basic, dms demo, eventbridge-pipes: two client subnets (C029 info); TLS_PLAINTEXT with
  unauthenticated access is allowed, so a warning (C016), not an error.
- jaehyeon MSKSecurityWorkshop: the mTLS cluster also turns on SASL/SCRAM with TLS_PLAINTEXT and unauthenticated
  access, which the API reference accepts (TLS_PLAINTEXT with SASL needs unauthenticated on): C016 names the
  plaintext, unauthenticated access, C050 the unauthenticated access beside SCRAM/mTLS; the other cluster is
  unauthenticated TLS_PLAINTEXT (C016) with no client authentication (C050).
- vasveena clusterinfo: `<aws-account-number>` placeholder in the configuration ARN (C023).
- kics tf public positive: public access with no client authentication (so unauthenticated only): two C018
  (C050 stays silent on public clusters: C018 reports it as an error).
- arun1289 and robertchu1205: SASL with TLS_PLAINTEXT and unauthenticated access on: accepted by MSK (API
  reference), so C016 (plaintext, unauthenticated access) and C050 (unauthenticated beside SASL), not C015.
- C050 (no client authentication) on every cluster that leaves ClientAuthentication out or turns on only
  unauthenticated access (describe/create-cluster JSON files report it at line 1, the request itself).
- KMS key (C051): kics positive6 "ReplaceWithKmsKeyArn" (error); MekkaSiekka and ahmed1 bare key IDs, vasveena
  "" (warnings). kics positive6 "ReplaceWithCAArn" private CA (C052 error).
- ilijadimitrov: `tls { certificate_authority_arns = null }`: the AWS provider leaves mutual TLS off (C052
  warning).
- kics tf public positive: Terraform sends public access in the create call (C017 warning).
- garystafford: the configuration is for 2.6.1 while the cluster runs 2.8.0 (C024), both end-of-support.
- CloudFormation `!Ref` to a String/Number parameter takes the parameter's Default: mirrormaker2's source
  default 2.3.1 (C012) and destination default 2.4.1 (C011: 2.4.1 cannot be created; C012), eventbridge-pipes
  2.8.1, jaehyeon 2.7.0, valentine 2.2.1 (C012); findings point at the Default line. Two clusters sharing a
  parameter report it once.
- Checkmarx positive5: `LogGroup` under Firehose and S3 is not a member there (C001, as cfn-lint E3002);
  Checkmarx positive6 and positive5: "ReplaceWith..." placeholders as subnet and security group IDs (C030; cfn-lint
  E1150 reports the security group only).
- terraform-aws-modules complete example (a call of that module, read through its inputs): multi-VPC
  connectivity with SASL/SCRAM while its configuration_server_properties set allow.everyone.if.no.acl.found
  = true (C020, real); Kafka "3.9.x" is in the current guide's table (no C010 since issue 11).
- serverless-patterns SAM template: its EC2 role's inline policy (a `!Sub` JSON string) allows
  `kafka-cluster:*Topic*` on a cluster ARN, where topic actions grant nothing (I011, real); its MSK
  configuration's ServerProperties set unclean.leader.election.enable=true (B023, real: data loss risk).
- Issue 11: the current guide gives 3.5.1 (2025-10-23) and 3.6.0 (2026-06-01) end-of-support dates the
  seed did not; more than 90 days after 2024-07-01, so C012 info (serverless-patterns SAM, vivek-pr,
  mirrormaker2 and mminichino Terraform).
- Other module calls (RcZo-2's and angelabad's own modules) have unknown interfaces: no cluster is read.
"""

import pytest
from helpers import CORPUS

from msklint.config import ClusterContext, Config
from msklint.engine import lint

PINNED = {
    "cluster/Checkmarx__kics__cfn-msk-encryption-disabled-positive6.json": [
        ("C012", 8),
        ("C051", 13),
        ("C015", 16),
        ("C023", 30),
        ("C052", 36),
        ("C030", 48),
        ("C030", 56),
        ("C030", 57),
        ("C030", 58),
    ],
    "cluster/Checkmarx__kics__cfn-msk-logging-disabled-positive5.json": [
        ("C050", 7),
        ("C012", 9),
        ("C001", 18),
        ("C001", 22),
        ("C030", 30),
        ("C030", 31),
        ("C030", 32),
    ],
    "cluster/IvanProdaiko94__UCU-scala-final-project__brokernodegroupinfo.json": [],
    "cluster/MekkaSiekka__kafka_demo__clusterinfo.json": [("C050", 1), ("C051", 17), ("C012", 25)],
    "cluster/Tak1wa__aws-cfn-msk-cluster-basic__02.cluster_basic.yaml": [
        ("C050", 36),
        ("C029", 38),
        ("C012", 47),
    ],
    "cluster/Tak1wa__aws-cfn-msk-cluster-basic__02.cluster_serverless.yaml": [],
    "cluster/ahmed1__credit-fraud-kafka-serverless__clusterinfo.json": [
        ("C050", 1),
        ("C051", 17),
        ("C012", 25),
    ],
    "cluster/andreacappelletti97__cs441_course_project__clusterinfo.json": [("C050", 1), ("C012", 22)],
    "cluster/aws-samples__aws-dms-msk-demo__master-cfn.yaml": [
        ("C050", 425),
        ("C029", 427),
        ("C016", 441),
        ("C012", 444),
    ],
    "cluster/aws-samples__mirrormaker2-msk-migration__MSKClusterWithImports.yml": [
        ("C012", 5),
        ("C011", 14),
        ("C012", 14),
        ("C016", 110),
        ("C050", 124),
        ("C016", 143),
        ("C016", 172),
        ("C050", 186),
        ("C016", 205),
    ],
    "cluster/aws-samples__msk-open-monitoring__brokernodegroupinfo.json": [],
    "cluster/aws-samples__serverless-patterns__eventbridge-pipes-msk-to-lambda-msk-cluster.yaml": [
        ("C012", 5),
        ("C029", 139),
        ("C050", 150),
        ("C016", 155),
    ],
    "cluster/aws-samples__serverless-patterns__msk-lambda-iam-java-sam-MSKAndKafkaClientEC2.yaml": [
        ("C012", 16),
        ("I011", 893),
        ("B023", 1109),
    ],
    "cluster/jaehyeon-kim__kafka-pocs__MSKSecurityWorkshop.yaml": [
        ("C012", 14),
        ("C016", 385),
        ("C050", 395),
        ("C050", 404),
        ("C016", 420),
    ],
    "cluster/valentine-dev__aws-cloudformation__setup_with_custom_configuration.json": [
        ("C012", 116),
        ("C050", 591),
    ],
    "cluster/vasveena__amazon-msk-ttt-workshop__clusterinfo.json": [
        ("C050", 1),
        ("C023", 19),
        ("C051", 24),
        ("C016", 28),
        ("C012", 32),
    ],
    "cluster/vivek-pr__msk-iam-oneclick__msk-provisioned.yaml": [("C012", 28)],
    "terraform/Checkmarx__kics__tf-msk-broker-public-positive1.tf": [
        ("C012", 3),
        ("C017", 9),
        ("C018", 9),
        ("C018", 9),
    ],
    # calls of modules that are not in the corpus: said, not silently passed
    "terraform/RcZo-2__aws-msk-terraform__express-cluster-module.tf": [("C090", 1)],
    "terraform/angelabad__terraform-aws-msk-cluster__complete-example-module.tf": [("C090", 1)],
    "terraform/arun1289__aws-kafka-msk-dr-setup__primary-msk-cluster.tf": [
        ("C012", 3),
        ("C016", 24),
        ("C050", 29),
    ],
    "terraform/aws-samples__mirrormaker2-msk-migration__msk-cluster.tf": [("C012", 4)],
    "terraform/garystafford__terraform-msk-demo__msk-config-and-cluster.tf": [
        ("C012", 3),
        ("C050", 13),
        ("C012", 15),
        ("C024", 17),
    ],
    "terraform/ilijadimitrov-mk__KafkaIko__msk-provisioned.tf": [("C012", 3), ("C052", 32)],
    "terraform/mminichino__columnar-demo-msk-terraform__msk-cluster.tf": [("C012", 3)],
    "terraform/msfidelis__msk-connector-s3__msk-cluster.tf": [("C050", 1)],
    "terraform/pedrofreitaslima__extrato-project__msk-serverless.tf": [],
    "terraform/robertchu1205__devops__msk-dev-cluster.tf": [("C012", 3), ("C050", 32), ("C016", 46)],
    "terraform/terraform-aws-modules__terraform-aws-msk-kafka-cluster__complete-example-module.tf": [
        ("C020", 15),
    ],
}


@pytest.mark.parametrize("name", sorted(PINNED))
def test_corpus_file_findings_are_pinned(name):
    result = lint(
        [str(CORPUS / name)], Config(rule_options={"C012": {"today": "2024-07-01"}}), ClusterContext()
    )
    assert result.errors == []
    assert [(f.rule, f.line) for f in result.findings] == PINNED[name]


def test_every_cluster_and_terraform_corpus_file_is_pinned():
    files = {f"{p.parent.name}/{p.name}" for d in ("cluster", "terraform") for p in (CORPUS / d).iterdir()}
    assert files == set(PINNED)
