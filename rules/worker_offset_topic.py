"""A custom `offset.storage.topic` must have cleanup.policy=compact ("Specifying your own offset storage
topic"). The topic's configuration is checked when a topic definition in the same run declares it; when
none does, the rule stays silent (whether the topic exists and how is not in the worker file)."""

from msklint.findings import Hit

CODE = "W004"
NAME = "offset-storage-topic-compacted"
SEVERITY = "error"
SUMMARY = "The custom offset.storage.topic must be compacted"
GUIDE = "Specifying your own offset storage topic"
BAD = "key.converter=org.apache.kafka.connect.storage.StringConverter\nvalue.converter=org.apache.kafka.connect.storage.StringConverter\noffset.storage.topic=cdc-offsets\n"
GOOD = ""  # the good case differs only in another file (see above), not in this one
BAD_FILES = {
    "topics.yaml": "topics:\n  cdc-offsets:\n    partitions: 25\n    replication_factor: 3\n    config:\n      cleanup.policy: delete\n"
}
GOOD_FILES = {"topics.yaml": BAD_FILES["topics.yaml"].replace("delete", "compact")}


def check_all(docs, ctx, options):
    topics = {}
    for document in ctx.documents:
        if document.kind == "topic":
            for topic in getattr(document.model, "topics", []):
                topics[topic.name] = (document, topic)
    for doc in docs:
        entry = doc.model.get("offset.storage.topic")
        if entry is None or entry.value not in topics:
            continue
        _, topic = topics[entry.value]
        policy = topic.config.get("cleanup.policy")
        value = policy.value if policy is not None else "delete"
        if value is not None and "compact" not in value.replace(" ", "").split(","):
            yield (
                doc,
                Hit.at(
                    entry.value_at,
                    f"offset.storage.topic '{entry.value}' has cleanup.policy={value}: it must be compact",
                    "create the topic with cleanup.policy=compact",
                ),
            )
