"""A topic exists on the cluster but none of the topic files in the run declares it: created by hand, by
a client with auto-creation, or left over. When the files are meant to be the inventory of the cluster
(`--strict-inventory`, or option `strict = true`), that is a warning; otherwise information. Internal
topics (Kafka's, MSK's canary topics, Connect's, Cruise Control's) are never expected in the files. Runs
only when topic files are given together with --bootstrap-server."""

from msklint.findings import Hit
from msklint.live import desired_topics, document_at
from msklint.options import Option

CODE = "L007"
NAME = "topic-not-in-inventory"
SEVERITY = "info"
SUMMARY = "live topic that the given topic files do not declare"
GUIDE = "Topic-level configuration"
OPTIONS = {"strict": Option(bool, False, "warn, not inform, about undeclared topics")}
EXAMPLE_FILE = "topics.yaml"
BAD = "topics: [{name: orders}]\n"
GOOD = "topics: [{name: orders}, {name: payments}]\n"
BAD_FILES = {
    "live.json": (
        '{"msklint_live": 1, "bootstrap": "b-1.example:9092",\n'
        ' "brokers": [{"id": 1, "rack": "use1-az1"}, {"id": 2, "rack": "use1-az2"}, {"id": 3, "rack": "use1-az4"}],\n'
        ' "topics": [\n'
        '  {"name": "orders", "partitions": [{"replicas": [1, 2, 3]}]},\n'
        '  {"name": "payments", "partitions": [{"replicas": [2, 3, 1]}]}\n'
        " ]}\n"
    )
}
GOOD_FILES = BAD_FILES


def check_all(docs, ctx, options):
    declared = {topic.name for _, topic in desired_topics(ctx)}
    if not declared:
        return
    for live_document in docs:
        cluster = live_document.model
        for live in cluster.topics:
            if live.internal or live.name in declared:
                continue
            document = document_at(ctx, cluster.topic_path(live.name)) or live_document
            yield (
                document,
                Hit(
                    1,
                    1,
                    live.name,
                    f"topic '{live.name}' exists on the cluster but no topic file declares it",
                    "declare it in the topic file, or delete it if nothing uses it",
                    severity="warning" if options.get("strict") else None,
                ),
            )
