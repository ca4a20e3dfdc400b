"""The same topic name is defined twice in one folder, in one file or across its files. Whichever is applied
second fails (Kafka's TopicExistsException, or Terraform's "already exists"), or two definitions fight
over the topic's configuration. The guide's "Topic-level configuration" section is about setting
configuration for new and existing topics; one definition per topic is what makes that reviewable. Names
Terraform computes (`each.key`) are not compared; live clusters are not compared with files. Files in
different folders are not compared: repositories keep one folder per cluster or environment
(`dev/topics.yaml`, `prod/topics.yaml`), where the same names are expected.
"""

import os

from msklint.findings import Hit

CODE = "T102"
NAME = "duplicate-topic"
SEVERITY = "error"
SUMMARY = "a topic name is defined more than once"
GUIDE = "Topic-level configuration"
BAD = "topics:\n  - name: orders\n    partitions: 6\n  - name: orders\n    partitions: 12\n"
GOOD = "topics:\n  - name: orders\n    partitions: 6\n  - name: refunds\n    partitions: 12\n"


def check_all(docs, ctx, options):
    first: dict[tuple[str, str], tuple] = {}
    for doc in docs:
        if doc.extras.get("live"):
            continue
        for topic in doc.model.topics:
            if not topic.name_known:
                continue
            key = (os.path.dirname(doc.path), topic.name)
            if key not in first:
                first[key] = (doc.path, topic.line)
                continue
            path, line = first[key]
            where = f"line {line}" if path == doc.path else f"{path}:{line}"
            yield (
                doc,
                Hit(
                    topic.line,
                    topic.column,
                    topic.name,
                    f"topic '{topic.name}' is already defined at {where}",
                    "keep one definition per topic",
                ),
            )
