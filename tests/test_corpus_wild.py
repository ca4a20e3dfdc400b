"""The held-out "wild" corpus (../shared/corpus-wild, 63 real-world MSK files, PROVENANCE.md): every file is
read (none silently skipped), nothing crashes, and each file's findings are the ones an MSK reviewer expects.

Reviewed on 2026-12-03 against the seed guide and, where it is outdated, the current guide (Kafka version
table at https://docs.aws.amazon.com/msk/latest/developerguide/supported-kafka-versions.html, as transcribed
by i11a in tools/msk_facts/versions.json the same day). Each file is linted alone, with no cluster context
(what `msklint check FILE` reports), and C012's day fixed at the review date.

Per file, `expected` is the expert's list of (rule, line, severity): what SHOULD be reported. Where today's
msklint differs in a rule another helper owns, the difference is written down, not hidden:
- `not_yet`: expected findings msklint does not produce yet, with who adds them;
- `wrong`: findings msklint produces that are wrong, with why and who removes them.
The test asserts today's output equals expected - not_yet + wrong, so a fix by the owner makes it fail
until the entry moves (delete it from `not_yet` / `wrong`): the expectation itself never changes.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field

import pytest
from helpers import SHARED, lint_text, run_cli

from msklint.config import ClusterContext, Config
from msklint.engine import lint
from msklint.findings import InputError
from msklint.loaders import load_file

WILD = SHARED / "corpus-wild"
REVIEW_DAY = {"C012": {"today": "2026-12-03"}}

# Owners of rules this helper may not change (AGENTS.md), named in the notes below.
I11A = "i11a (Kafka versions: C002/C010/C012)"
I11B = "i11b (auth/encryption/public access/KMS/mTLS rules, B004)"
I13 = "i13 (loaders, HCL parsing, per-cluster context)"


@dataclass
class Review:
    note: str
    expected: list[tuple[str, int, str]] = field(default_factory=list)
    not_yet: dict[tuple[str, int, str], str] = field(default_factory=dict)
    wrong: dict[tuple[str, int, str], str] = field(default_factory=dict)


def c050_warning(line):
    """i11b (issue 11 item 3): no client authentication, or unauthenticated access beside SASL/mTLS, is at
    least a warning (C050); msklint's own review of these files, added to the expert's lists."""
    return ("C050", line, "warning")


EOS_36 = f"Kafka 3.6.0 reached end of support on 2026-06-01 (current guide): C012 error expected; {I11A}"

REVIEWS: dict[str, Review] = {
    # ------------------------------------------------------------------ cluster
    "cluster/CBehan121__MSK-Terraform__basic-tls-msk-module.tf": Review(
        "terraform-aws-modules call, 2 x t3.small, mTLS + TLS. Explicit jmx/node_exporter_enabled = false are the "
        "module's defaults (the module always sends both), so no C021 (fixed here). 3.6.0 is past end of support.",
        [("C012", 5, "error")],
    ),
    "cluster/IgorEulalio__msk-iam-and-schemaregistry-infrastructure__msk-cluster.tf": Review(
        "SASL/IAM with default TLS: fine; Kafka 2.6.2 ended support 2024-09-11.",
        [("C012", 3, "error")],
    ),
    "cluster/LBHackney-IT__Data-Platform__50-cluster.tf": Review(
        "Unauthenticated over TLS (default): allowed; Kafka 2.8.1 ended support 2024-09-11.",
        [("C012", 3, "error"), c050_warning(1)],
    ),
    "cluster/MaterializeInc__terraform-aws-msk-privatelink__test-msk-cluster.tf": Review(
        "Test fixture: PLAINTEXT client traffic (C016, real); Kafka 3.4.0 past end of support (2025-08-04 in the "
        "current guide; the seed said 2025-06-17).",
        [("C012", 3, "error"), ("C016", 14, "warning"), c050_warning(1)],
    ),
    "cluster/YL-DE__Kafka-MSK__msk-base-cluster.tf": Review(
        "Every value is a variable: nothing to check alone. With its inputs.tf (context/) it is 2.8.1 on "
        "t3.small: see test_context_files_give_the_variable_defaults. `unauthenticated = true` alone: C050.",
        [c050_warning(18)],
    ),
    "cluster/aaronchong888__AWS-MSK-Connect-Workshop__msk-connect-workshop.yml": Review(
        "MSK Connect trust policy without aws:SourceAccount/SourceArn (I050, the guide's confused-deputy advice); "
        "PLAINTEXT + unauthenticated (C016); Kafka 2.2.1 ended support 2024-06-08.",
        [("I050", 357, "warning"), ("C016", 387, "warning"), ("C012", 388, "error"), c050_warning(380)],
    ),
    "cluster/aws-samples__aws-msk-content-streaming__infra.yaml": Review(
        "2 brokers in 2 subnets (C029 info: two AZs); Kafka 2.2.1 ended support.",
        [("C012", 142, "error"), ("C029", 164, "info"), c050_warning(141)],
    ),
    "cluster/aws__aws-cli__create-cluster-brokernodegroupinfo.json": Review(
        "BrokerNodeGroupInfo fragment, 3 subnets, m5.xlarge: valid; the 2.2.1 of its CLI call is not in the file."
    ),
    "cluster/fevindiaa__MSK-rds__prod-tls-msk.tf": Review(
        "`tls { enabled = true }`: aws_msk_cluster's tls block has only certificate_authority_arns, so Terraform "
        "rejects `enabled` (unknown argument) and the mTLS block names no private CA. Kafka 3.6.0 past end of "
        "support. (Its dev tfvars give 2 subnets for 3 brokers: a context file would be needed.)",
        [("C012", 3, "error"), ("C052", 20, "error")],
        # Missed, no rule yet: unknown Terraform argument tls.enabled (the HCL->model mapping drops unknown
        # arguments; i13). mTLS with no certificate_authority_arns: C052 (i11b) reads `enabled` as the intent.
    ),
    "cluster/jagasia__t3__clusterinfo.json": Review(
        "Old tutorial input; Kafka 2.2.1 ended support. DataVolumeKMSKeyId 'your-CMK' is a placeholder, not a "
        f"KMS key ID/ARN/alias: MSK refuses it (C051, {I11B}). No ClientAuthentication: C050.",
        [("C012", 21, "error"), ("C051", 17, "error"), c050_warning(1)],
    ),
    "cluster/juliocesarscheidt__aws-msk-cluster__msk-cluster.tf": Review(
        "TLS_PLAINTEXT (C016, real). Public subnets without public access: allowed.",
        [("C016", 14, "warning"), c050_warning(1)],
    ),
    "cluster/kostakoff__aws-msk-terraform__msk.tf": Review(
        "`data.aws_subnet.lab-с` (Cyrillic с) is a valid HCL identifier (Unicode ID_Start/ID_Continue), read "
        "since the syntax layer. 3 x t3.small, SASL/IAM+SCRAM over TLS on 3.6.0: only C012 at line 2 (the "
        "configuration's kafka_versions) and line 9.",
        [("C012", 2, "error"), ("C012", 9, "error")],
    ),
    "cluster/matwerber1__aws-msk-kafka-connect-docker__cloudformation.yaml": Review(
        "TLS_PLAINTEXT (C016); Kafka 2.2.1 ended support.",
        [("C016", 33, "warning"), ("C012", 34, "error"), c050_warning(21)],
    ),
    "cluster/pratiksponde__AWS-MSK-Terraform-code__msk-serverless.tf": Review("Serverless with IAM: fine."),
    "cluster/rahjooh__MSK-serverless__serverless-cluster.tf": Review("Serverless with IAM: fine."),
    "cluster/rockybhanu__msk-connect__msk.tf": Review(
        "2 brokers in 2 public subnets (C029 info). Public access in Terraform is applied after creation, and its "
        "prerequisites hold (IAM+SCRAM, TLS, in-cluster TLS; its configuration sets allow.everyone.if.no.acl.found"
        "=false as the guide requires for SCRAM). Kafka 3.6.0 past end of support. i11b: the AWS provider sends "
        "public_access in CreateCluster, which MSK refuses (terraform-provider-aws#31271), so a first apply "
        "fails: C017 warning (the same file is right once the cluster exists).",
        [("C012", 3, "error"), ("C029", 9, "info"), ("C017", 20, "warning")],
    ),
    "cluster/rtacconi__aws-msk-terraform__msk-module-main.tf": Review(
        "kafka_version is a variable: nothing alone. With its variables.tf (context/) it is 2.2.1: see "
        "test_context_files_give_the_variable_defaults. No client_authentication: C050.",
        [c050_warning(5)],
    ),
    "cluster/sakanof__poc-msk__msk-cluster-module.tf": Review(
        "Module body, every size a variable. `tls { certificate_authority_arns = [] }` turns mTLS on with no CA: "
        f"no client can authenticate with it (missed, no rule yet; {I11B}). i11b: the AWS provider's expandTLS "
        "sends Tls.Enabled false when the list is empty, so mTLS stays off and IAM is the method: nothing to say."
    ),
    "cluster/sushmakl95__aws-msk-emr-streaming-platform__msk-cluster.tf": Review(
        "Module body, values from variables; IAM over TLS, both exporters on: fine."
    ),
    "cluster/terraform-aws-modules__terraform-aws-msk-kafka-cluster__basic-example-module.tf": Review(
        "Module defaults (TLS, in-cluster TLS); Kafka 3.5.1 ended support 2025-10-23 (current guide).",
        [("C012", 5, "error"), c050_warning(1)],
    ),
    "cluster/thierryturpin__msk-connect__dev-msk-cluster.tf": Review(
        "SASL/SCRAM over default TLS: fine; Kafka 2.6.2 ended support.",
        [("C012", 3, "error")],
    ),
    # ------------------------------------------------------------------ iam
    "iam/Aymen2518__aws-msk-connect-module__kafka-policy.json": Review(
        "Connector role: ReadData/WriteData on Resource * (three I040, real); the cluster ARN is a Terraform "
        "reference (I020 info: cannot check). Duplicate statements are harmless.",
        [("I020", 10, "info"), ("I040", 15, "warning"), ("I040", 23, "warning"), ("I040", 31, "warning")],
    ),
    "iam/CBehan121__MSK-Terraform__msk-admin-policy.json": Review(
        "kafka-cluster:* on * (I040, real).", [("I040", 6, "warning")]
    ),
    "iam/UKHomeOffice__acp-tf-msk-cluster__msk-iam-authentication.json": Review(
        "Least-privilege client policy; the cluster ARN is computed (I020 info).", [("I020", 12, "info")]
    ),
    "iam/akshayar__msk-connect-samples__msk-connect-iam-role.yml": Review(
        "MSK Connect trust without aws:SourceAccount/SourceArn (I050); the managed policy is fine.",
        [("I050", 69, "warning")],
    ),
    "iam/bitbool-terraform__aws-msk-connect-s3-sink__s3-sink-policy.json": Review(
        "kafka-cluster:*, kafkaconnect:*, kafka:* on * for a sink connector (I040 x3, real).",
        [("I040", 36, "warning"), ("I040", 37, "warning"), ("I040", 38, "warning")],
    ),
    "iam/pratiksponde__AWS-MSK-Terraform-code__msk-client-policy.json": Review(
        "Every data-plane statement on Resource * (I040 x3, real).",
        [("I040", 7, "warning"), ("I040", 16, "warning"), ("I040", 25, "warning")],
    ),
    "iam/rahjooh__MSK-serverless__consumer.json": Review(
        "Scoped consumer policy; ${p}/${g} unrendered: fine."
    ),
    "iam/rahjooh__MSK-serverless__producer.json": Review("Scoped idempotent producer policy: fine."),
    "iam/rockybhanu__msk-connect__msk-connect-policy.json": Review(
        "Control-plane kafka: actions written as kafka-cluster: (I010 x9, real; hints name the kafka: action) and "
        "everything on * (I040). The repeated AlterCluster is harmless.",
        [("I040", 15, "warning")]
        + [("I010", line, "error") for line in (17, 18, 20, 29, 30, 31, 32, 34, 35)],
    ),
    "iam/sakanof__poc-msk__create-topic-policy.json": Review(
        "kafka:AlterTopic does not exist (kafka-cluster:AlterTopic or kafka:UpdateTopic); `msk:` is no service "
        "prefix, so msk:DescribeCluster/GetBootstrapBrokers/ListNodes grant nothing (I010, added here).",
        [("I010", 10, "error"), ("I010", 25, "error"), ("I010", 26, "error"), ("I010", 27, "error")],
    ),
    "iam/sakanof__poc-msk__topic-owner.json": Review("Scoped topic-owner policy with its group: fine."),
    "iam/sakanof__poc-msk__topic-read.json": Review("Scoped reader with its group: fine."),
    "iam/sakanof__poc-msk__topic-write.json": Review("Scoped idempotent, transactional writer: fine."),
    "iam/sushmakl95__aws-msk-emr-streaming-platform__databricks.json": Review(
        "Data plane on * (I040); ReadData without AlterGroup/DescribeGroup (I030: a consumer group cannot join).",
        [("I040", 20, "warning"), ("I030", 21, "error")],
    ),
    "iam/sushmakl95__aws-msk-emr-streaming-platform__lambda-msk-and-ddb.json": Review(
        "Cluster ARN computed (I020 info). Topic/group ARNs name cluster '${var.name_prefix}' while the cluster "
        "is '${var.name_prefix}-msk' (PROVENANCE): they match nothing, visible only with that cluster file.",
        [("I020", 19, "info")],
    ),
    # ------------------------------------------------------------------ properties
    "properties/LBHackney-IT__Data-Platform__60-cluster-config.tf": Review(
        "Configuration for Kafka 2.1.0 (ended 2024-06-05); unclean.leader.election.enable=true (B023).",
        [("C012", 2, "error"), ("B023", 18, "warning")],
    ),
    "properties/OT-CLOUD-KIT__terraform-aws-msk__custom-config-example.properties": Review(
        "` = ` separators, no trailing newline, two valid settings: fine."
    ),
    "properties/YL-DE__Kafka-MSK__msk-configuration-default.properties": Review(
        "16-space indented CRLF heredoc read as Java does; unclean leader election on (B023).",
        [("B023", 13, "warning")],
    ),
    "properties/entechlog__kafka-examples__msk-config.properties": Review("MSK defaults restated: fine."),
    "properties/fevIndia__POC__server.properties": Review("Retention and segment size: fine."),
    "properties/jikang-jeong__aws-msk-setup__ha-config.properties": Review("RF 3 / minISR 2: fine."),
    "properties/juliocesarscheidt__aws-msk-cluster__msk-cluster-config.properties": Review(
        "RF 2 (B020), minISR 2 = RF (B021: acks=all stops during patching), unclean election (B023).",
        [("B020", 2, "warning"), ("B021", 3, "warning"), ("B023", 9, "warning")],
    ),
    "properties/kostakoff__aws-msk-terraform__kafka.conf.properties": Review("HA defaults: fine."),
    "properties/rockybhanu__msk-connect__custom-config.properties": Review(
        "allow.everyone.if.no.acl.found=false on a SCRAM + public-access cluster: required there, and the "
        "reminder to create ACLs first (B024) is exactly the guide's order.",
        [("B024", 3, "warning")],
    ),
    "properties/sakanof__poc-msk__cluster-config.properties": Review(
        "RF 2 (B020); minISR 1 = RF - 1 is consistent; unclean election (B023).",
        [("B020", 2, "warning"), ("B023", 13, "warning")],
    ),
    "properties/srinkoth__terraform-msk-cluster-config__demo-cluster-configuration.properties": Review(
        "compression.type=producer and HA defaults: fine."
    ),
    "properties/sushmakl95__aws-msk-emr-streaming-platform__msk-config.properties": Review(
        "log.message.format.version and inter.broker.protocol.version are read-only in Kafka and not in MSK's "
        "list (B001, real: MSK manages them); ACL reminder (B024). '3.6.0' is a valid version (Kafka reads its "
        "first two parts, 3.6): no B004 (fixed by i11b).",
        [("B001", 8, "error"), ("B001", 9, "error"), ("B024", 15, "warning")],
    ),
    # ------------------------------------------------------------------ topics
    "topics/fevindiaa__MSK-rds__dev-topics.tf": Review(
        "RF 2 on a two-subnet dev cluster: fine without context."
    ),
    "topics/fevindiaa__MSK-rds__topic-new.yaml": Review(
        "Home-grown KafkaTopic CRD (spec.topic, replicationFactor): read as a topic (was skipped silently); "
        "RF 2 needs the zone count to judge."
    ),
    "topics/hashicorp__terraform-provider-aws__msk-topic-acctest-configs.tf": Review(
        "minISR 2 = RF 2: writes stop during patching (T012 warning, like B021); minISR 3 > RF 2: acks=all "
        "never succeeds (T012 error).",
        [("T012", 11, "warning"), ("T012", 26, "error")],
    ),
    "topics/ppatierno__strimzi-keda__kafka-topic.yaml": Review(
        "Leading-space line, RF 1 (T010 error: offline during every patch).", [("T010", 10, "error")]
    ),
    "topics/rhthsa__amq-streams-demo__kafka-topic.yaml": Review("RF 2: needs the zone count to judge."),
    "topics/segmentio__topicctl__msk-topic-default.yaml": Review("RF 3, retentionMinutes: fine."),
    "topics/strimzi__strimzi.github.io__tiered-storage-test-topic.yaml": Review(
        "Tiered topic with 10 MB segments, below MSK's tiered minimum (T025, real).", [("T025", 14, "error")]
    ),
    "topics/sushmakl95__aws-msk-emr-streaming-platform__topics.yaml": Review("RF 3 topics: fine."),
    "topics/utilitywarehouse__kafka-cluster-config__prod-shared-msk-iam.tf": Review(
        "Tiered kafka_topic resources with local retention below total: fine without context."
    ),
    "topics/utilitywarehouse__kafka-cluster-config__prod-shared-msk-okta.tf": Review(
        "Infinite retention on tiered storage: fine."
    ),
    # ------------------------------------------------------------------ worker
    "worker/akshayar__msk-connect-samples__worker-configuration-secret-manager.properties": Review(
        "Avro converters, own offset topic, config providers: fine (was skipped silently as a non-broker file)."
    ),
    "worker/akshayar__msk-connect-samples__worker-configuration.properties": Review(
        "Same with three config providers: fine."
    ),
    "worker/entechlog__kafka-examples__default-worker-config.properties": Review(
        "offset.storage.topic=__consumer_offsets: Kafka refuses client writes to its internal topic, so the "
        "connector cannot store offsets (W005, added here).",
        [("W005", 3, "error")],
    ),
    "worker/sushmakl95__aws-msk-emr-streaming-platform__worker-config.properties": Review(
        "String converters without schemas: fine."
    ),
    "worker/terraform-aws-modules__terraform-aws-msk-kafka-cluster__connect-example-worker.properties": Review(
        "MSK Connect's default worker configuration: fine."
    ),
}

# Files msklint cannot read today although they are valid, with the owner of the fix.
UNREADABLE: dict[str, str] = {}  # kostakoff's Unicode HCL identifier is read since i13


def wild_files() -> list[str]:
    return sorted(
        str(p.relative_to(WILD))
        for p in WILD.rglob("*")
        if p.is_file() and p.parent.name != "context" and p.suffix != ".md"
    )


def test_every_wild_file_is_reviewed():
    assert wild_files() == sorted(REVIEWS)
    assert len(REVIEWS) == 63  # PROVENANCE.md's count


@pytest.mark.parametrize("name", sorted(REVIEWS))
def test_file_is_read(name):
    """Every file gives msklint something to check (a file that loads to nothing is skipped silently)."""
    try:
        documents = load_file(str(WILD / name))
    except InputError as error:
        assert name in UNREADABLE, error.message
        return
    assert name not in UNREADABLE, "readable now: drop it from UNREADABLE"
    assert documents


@pytest.mark.parametrize("name", sorted(REVIEWS))
def test_findings_are_the_reviewed_ones(name):
    review = REVIEWS[name]
    assert set(review.not_yet) <= set(review.expected)
    assert not set(review.wrong) & set(review.expected)
    result = lint([str(WILD / name)], Config(rule_options=REVIEW_DAY), ClusterContext())
    assert [e["path"] for e in result.errors] == ([str(WILD / name)] if name in UNREADABLE else [])
    today = sorted((f.rule, f.line, f.severity) for f in result.findings)
    wanted = sorted([f for f in review.expected if f not in review.not_yet] + list(review.wrong))
    assert today == wanted


def test_folder_run_reads_every_file_without_crashing():
    code, out, err = run_cli("check", "--format", "json", str(WILD))
    report = json.loads(out)
    assert report["summary"]["files"] == 63
    assert [e["path"] for e in report["errors"]] == [str(WILD / name) for name in UNREADABLE]
    assert "Traceback" not in err and code == 1  # findings, and no file left unread


def test_context_files_give_the_variable_defaults(tmp_path):
    """context/ (its PROVENANCE.md): each .tf.txt is the variables file of a wild cluster's module; placed
    next to it without `.txt`, a linter that follows Terraform variable defaults knows the Kafka version:
    rtacconi 2.2.1 and YL-DE 2.8.1, both past end of support (C012 error at the default's line). (YL-DE's
    msk_configuration default, the wild properties file, feeds an aws_msk_configuration that is in neither
    file, so nothing more is expected here.) msklint reads variable defaults since i13, reporting at the
    default's line."""
    pairs = {
        "rtacconi": ("rtacconi__aws-msk-terraform__msk-module-main.tf", "rtacconi__aws-msk-terraform__msk-module-variables.tf.txt"),
        "yl-de": ("YL-DE__Kafka-MSK__msk-base-cluster.tf", "YL-DE__Kafka-MSK__msk-base-inputs.tf.txt"),
    }  # fmt: skip
    expected = {"rtacconi": [("C012", 9, "error")], "yl-de": [("C012", 13, "error")]}
    not_yet: dict[str, set] = {"rtacconi": set(), "yl-de": set()}  # read since i13 (variable defaults)
    # C050 (i11b): neither cluster authenticates clients (rtacconi none, YL-DE unauthenticated = true)
    expected["rtacconi"].append(("C050", 5, "warning"))
    expected["yl-de"].append(("C050", 18, "warning"))
    for folder, (main, variables) in pairs.items():
        (tmp_path / folder).mkdir()
        shutil.copy(WILD / "cluster" / main, tmp_path / folder / "main.tf")
        shutil.copy(WILD / "context" / variables, tmp_path / folder / "variables.tf")
        result = lint([str(tmp_path / folder)], Config(rule_options=REVIEW_DAY), ClusterContext())
        assert result.errors == []
        today = sorted((f.rule, f.line, f.severity) for f in result.findings)
        assert today == sorted(f for f in expected[folder] if f not in not_yet[folder])


# ---------------------------------------------------------------- regressions, in the files' real shapes

CONVERTERS = (
    "key.converter=org.apache.kafka.connect.storage.StringConverter\n"
    "value.converter=org.apache.kafka.connect.storage.StringConverter\n"
)


def test_msk_connect_worker_is_recognised_by_content():
    # entechlog: a Terraform heredoc saved as default-worker-config.properties
    found = lint_text(
        CONVERTERS + "offset.storage.topic=__consumer_offsets\n", "default-worker-config.properties"
    )
    assert [(f.rule, f.line, f.severity) for f in found] == [("W005", 3, "error")]
    # akshayar: Avro converters and config providers, aligned `key    = value`
    secret = (
        "key.converter=io.confluent.connect.avro.AvroConverter\nvalue.converter=io.confluent.connect.avro.AvroConverter\n"
        "config.providers=secretsmanager\n"
        "config.providers.secretsmanager.class    = com.amazonaws.kafka.config.providers.SecretsManagerConfigProvider\n"
    )
    with_bootstrap = CONVERTERS + "plugin.path=/x\n"  # an MSK worker that sets what MSK Connect manages
    assert lint_text(secret, "worker-configuration.properties") == []
    assert [f.rule for f in lint_text(with_bootstrap, "worker.cfg.properties")] == ["W003"]


def test_self_managed_connect_and_connector_files_stay_skipped(tmp_path):
    distributed = "bootstrap.servers=b:9092\ngroup.id=connect\n" + CONVERTERS + "config.storage.topic=c\n"
    connector = "name=s3\nconnector.class=io.confluent.connect.s3.S3SinkConnector\n" + CONVERTERS
    for name, text in (("connect-distributed.properties", distributed), ("s3-sink.properties", connector)):
        (tmp_path / name).write_text(text)
        assert load_file(str(tmp_path / name)) == []


@pytest.mark.parametrize("offset_topic", ["__consumer_offsets", "__transaction_state"])
def test_w005_internal_offset_topics(offset_topic):
    found = lint_text(CONVERTERS + f"offset.storage.topic={offset_topic}\n", "w.worker.properties")
    assert [f.rule for f in found] == ["W005"]


def test_w005_allows_reusing_an_msk_connect_offset_topic():
    # the guide's own example: a new connector resumes from the old connector's default offset topic
    topic = "__amazon_msk_connect_offsets_my-mskc-connector_12345678-09e7-4abc-8be8-c657f7e4ff32-2"
    assert lint_text(CONVERTERS + f"offset.storage.topic={topic}\n", "w.worker.properties") == []


def test_other_operators_kafkatopic_resource_is_read():
    crd = (
        "apiVersion: kafka.myorg.io/v1alpha1\nkind: KafkaTopic\nmetadata:\n  name: new-topic\n"
        "spec:\n  topic: poc-topic-ci\n  partitions: 3\n  replicationFactor: 2\n  acl:\n    operation: Read\n"
    )
    found = lint_text(crd, "topic-new.yaml", context={"zones": 3})
    # RF 2 on three zones (T010), and MSK's default min.insync.replicas=2 there equals it (T012)
    assert [(f.rule, f.line, f.severity) for f in found] == [("T010", 8, "warning"), ("T012", 8, "warning")]
    assert "poc-topic-ci" in found[0].message
    assert lint_text(crd, "topic-new.yaml", context={"zones": 2}) == []


def test_i010_msk_prefix_and_same_name_hint():
    policy = {
        "Version": "2012-10-17",
        "Statement": [
            {"Effect": "Allow", "Action": ["kafka:CreateTopic", "kafka:AlterTopic"], "Resource": "arn:aws:kafka:*:*:topic/*"},
            {"Effect": "Allow", "Action": ["msk:DescribeCluster", "msk:ListNodes"], "Resource": "*"},
        ],
    }  # fmt: skip
    found = lint_text(json.dumps(policy, indent=2), "create-topic-policy.json", select=("I010",))
    assert [(f.target, f.hint) for f in found] == [
        ("/Statement/0/Action/1", "did you mean 'kafka-cluster:AlterTopic'?"),
        ("/Statement/1/Action/0", "did you mean 'kafka:DescribeCluster'?"),
        ("/Statement/1/Action/1", "did you mean 'kafka:ListNodes'?"),
    ]
    assert "no 'msk' service" in found[1].message


def test_c021_silent_for_module_defaults_but_not_for_resources():
    module = (
        'module "msk" {\n  source = "terraform-aws-modules/msk-kafka-cluster/aws"\n  kafka_version = "3.6.0"\n'
        '  number_of_broker_nodes = 3\n  broker_node_client_subnets = ["subnet-a", "subnet-b", "subnet-c"]\n'
        '  broker_node_instance_type = "kafka.m5.large"\n  jmx_exporter_enabled = false\n'
        "  node_exporter_enabled = false\n}\n"
    )
    assert lint_text(module, "msk.tf", select=("C021",)) == []
    resource = (
        'resource "aws_msk_cluster" "c" {\n  cluster_name = "c"\n  kafka_version = "3.6.0"\n'
        '  number_of_broker_nodes = 3\n  broker_node_group_info {\n    instance_type = "kafka.m5.large"\n'
        '    client_subnets = ["subnet-a", "subnet-b", "subnet-c"]\n  }\n  open_monitoring {\n    prometheus {\n'
        "      jmx_exporter {\n        enabled_in_broker = false\n      }\n      node_exporter {\n"
        "        enabled_in_broker = false\n      }\n    }\n  }\n}\n"
    )
    assert [f.rule for f in lint_text(resource, "msk.tf", select=("C021",))] == ["C021"]


def test_t012_equal_is_a_warning_above_is_an_error():
    # hashicorp's acceptance-test topics: aws_msk_topic with configs = jsonencode({...})
    tf = (
        'resource "aws_msk_topic" "a" {\n  name = "a"\n  cluster_arn = aws_msk_cluster.test.arn\n'
        "  partition_count = 2\n  replication_factor = 2\n  configs = jsonencode({\n"
        '    "min.insync.replicas" = "2"\n  })\n}\n'
    )
    assert [(f.rule, f.severity) for f in lint_text(tf, "t.tf")] == [("T012", "warning")]
    above = tf.replace('"min.insync.replicas" = "2"', '"min.insync.replicas" = "3"')
    assert [(f.rule, f.severity) for f in lint_text(above, "t.tf")] == [("T012", "error")]


def test_verbose_names_skipped_files(tmp_path):
    """A file that holds nothing msklint checks is still skipped (pre-commit matches every .properties), but
    `-v` says so: before, the five wild worker files vanished without a word."""
    (tmp_path / "log4j.properties").write_text("log4j.rootLogger=INFO, stdout\n")
    (tmp_path / "worker.properties").write_text(CONVERTERS)
    code, _, err = run_cli("check", "-v", str(tmp_path))
    assert code == 0
    assert err.splitlines() == [
        f"msklint: {tmp_path / 'log4j.properties'}: skipped, nothing msklint checks (use --kind to insist)"
    ]


def test_placeholders_stay_errors_and_are_named_so():
    """KICS-style templates keep "ReplaceWith..." placeholders: CreateCluster refuses them as written (error is
    right), and the message says it is a placeholder rather than a mistyped ID."""
    template = {
        "Resources": {
            "C": {
                "Type": "AWS::MSK::Cluster",
                "Properties": {
                    "ClusterName": "c",
                    "KafkaVersion": "3.8.x",
                    "NumberOfBrokerNodes": 3,
                    "BrokerNodeGroupInfo": {
                        "InstanceType": "kafka.m5.large",
                        "ClientSubnets": ["ReplaceWithSubnetId1", "subnet-0123456789abcdef0", "subnet-1"],
                    },
                    "ConfigurationInfo": {"Arn": "ReplaceWithConfigurationArn", "Revision": 1},
                },
            }
        }
    }
    found = lint_text(json.dumps(template, indent=2), "template.json", select=("C023", "C030"))
    assert [(f.rule, f.severity, "placeholder" in f.message) for f in found] == [
        ("C030", "error", True),
        ("C030", "error", False),  # subnet-1: a mistyped ID, not a placeholder
        ("C023", "error", True),
    ]
