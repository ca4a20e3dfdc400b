"""The topics in the run need more partitions than an MSK Serverless cluster allows. "MSK Serverless quota":
at most 2400 partitions (leaders) for non-compacted topics and 120 for compacted topics per cluster;
beyond that topic creation fails (INVALID_REQUEST). Compacted means cleanup.policy includes `compact`.
Partitions that are unknown (Terraform references) are not counted, so the totals are lower bounds; topics
the cluster already has and that are not in the run add to them. Only on serverless clusters.
"""

from msklint.findings import Hit
from msklint.msk import SERVERLESS_MAX_COMPACTED_PARTITIONS, SERVERLESS_MAX_PARTITIONS
from msklint.topic_config import anchor, as_list

CODE = "T101"
NAME = "serverless-partition-quota"
SEVERITY = "error"
SUMMARY = "the topics exceed the serverless partition quota (2400, or 120 for compacted topics)"
GUIDE = "MSK Serverless quota"
BAD = "# msklint check --cluster-type serverless\ntopics:\n  - name: changelog\n    partitions: 150\n    config:\n      cleanup.policy: compact\n"
GOOD = "# msklint check --cluster-type serverless\ntopics:\n  - name: changelog\n    partitions: 100\n    config:\n      cleanup.policy: compact\n"


def _compacted(topic) -> bool:
    policy = topic.config.get("cleanup.policy")
    return policy is not None and policy.value is not None and "compact" in as_list(policy.value)


def check_all(docs, ctx, options):
    if not ctx.cluster.serverless:
        return
    groups = {True: [0, 0, None], False: [0, 0, None]}  # compacted → [partitions, topics, biggest]
    for doc in docs:
        if doc.extras.get("live"):
            continue
        for topic in doc.model.topics:
            partitions = topic.partition_count
            if partitions is None or partitions < 1:
                continue
            group = groups[_compacted(topic)]
            group[0] += partitions
            group[1] += 1
            if group[2] is None or partitions > group[2][0]:
                group[2] = (partitions, doc, topic)
    for compacted, limit in ((False, SERVERLESS_MAX_PARTITIONS), (True, SERVERLESS_MAX_COMPACTED_PARTITIONS)):
        total, count, biggest = groups[compacted]
        if total <= limit:
            continue
        _, doc, topic = biggest
        what = "compacted" if compacted else "non-compacted"
        where = anchor(topic, "partitions")
        yield (
            doc,
            Hit.at(
                where,
                f"{what} topics need {total} partitions ({count} topics); a serverless cluster allows {limit}",
                f"reduce partitions (the largest is '{topic.name}' with {biggest[0]}), or ask AWS Support for a quota increase",
            ),
        )
