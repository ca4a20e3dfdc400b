"""A role that MSK Connect (`kafkaconnect.amazonaws.com`) or MSK Replicator (`kafka.amazonaws.com`)
assumes must say on whose behalf: the guide's trust policies carry `aws:SourceAccount` and, for MSK
Connect, `aws:SourceArn` ("Service execution role", "Cross-service confused deputy prevention"; the
Replicator trust policy in "Configure replicator settings and permissions" has `aws:SourceAccount`).
Without them any account's connector or replicator could be made to use the role (the confused deputy
problem). For MSK Connect "the value of aws:SourceArn must be an MSK connector": an ARN of another kind is
reported too."""

from msklint.findings import Hit
from msklint.packs.iam.model import TRUST, as_glob, parse_arn, policy_of, resolve_text

CODE = "I050"
NAME = "trust-confused-deputy"
SEVERITY = "warning"
SUMMARY = "an MSK Connect or Replicator trust policy has no aws:SourceAccount / aws:SourceArn condition"
GUIDE = "Cross-service confused deputy prevention"
BAD = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",\n'
    ' "Principal": {"Service": "kafkaconnect.amazonaws.com"}, "Action": "sts:AssumeRole"}]}\n'
)
GOOD = (
    '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",\n'
    ' "Principal": {"Service": "kafkaconnect.amazonaws.com"}, "Action": "sts:AssumeRole",\n'
    ' "Condition": {"StringEquals": {"aws:SourceAccount": "123456789012"},\n'
    '  "ArnLike": {"aws:SourceArn": "arn:aws:kafkaconnect:us-east-1:123456789012:connector/*"}}}]}\n'
)

SERVICES = {"kafkaconnect.amazonaws.com": "MSK Connect", "kafka.amazonaws.com": "MSK Replicator"}


def check(doc, ctx, options):
    policy = policy_of(doc)
    if policy is None or policy.role != TRUST:
        return
    for statement in policy.statements():
        principal = statement.principal()
        if not statement.allows or principal is None or not isinstance(principal.value, dict):
            continue
        holder = principal.get("Service")
        services = [(resolve_text(n) or "").strip() for n in (holder.elements() if holder else [])]
        users = [SERVICES[s] for s in services if s in SERVICES]
        if not users:
            continue
        keys = statement.condition_keys()
        if not keys & {"aws:sourceaccount", "aws:sourcearn"}:
            yield Hit.at(
                holder,
                f"{users[0]} may assume this role for any account: no aws:SourceAccount or aws:SourceArn condition",
                'add "Condition": {"StringEquals": {"aws:SourceAccount": "ACCOUNT-ID"}} (and aws:SourceArn for connectors)',
            )
        if "MSK Connect" not in users:
            continue
        for block in statement.conditions().values():
            for key, values in block.items():
                if key.lower() != "aws:sourcearn":
                    continue
                for node in values.elements():
                    text = resolve_text(node)
                    arn = parse_arn(as_glob(text)) if text else None
                    if (
                        text
                        and text.startswith("arn:")
                        and arn
                        and not (
                            arn.service in ("kafkaconnect", "*")
                            and arn.resource.split("/")[0] in ("connector", "*")
                        )
                    ):
                        yield Hit.at(
                            node,
                            f"aws:SourceArn '{text}' is not an MSK connector ARN",
                            "use arn:aws:kafkaconnect:REGION:ACCOUNT:connector/*",
                        )
