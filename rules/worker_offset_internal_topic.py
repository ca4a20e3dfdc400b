"""`offset.storage.topic` must name a topic of your own ("Specifying your own offset storage topic"). Kafka's
internal topics (`__consumer_offsets`, `__transaction_state`) refuse writes from clients ("Cannot append to
internal topic"), and `__cluster_metadata` is KRaft's metadata log: a connector given one of them cannot
store its offsets and fails. Reusing an earlier connector's offset topic (`__amazon_msk_connect_offsets_...`,
the guide's own example) is fine."""

from msklint.findings import Hit

CODE = "W005"
NAME = "offset-storage-internal-topic"
SEVERITY = "error"
SUMMARY = "offset.storage.topic names a Kafka or MSK internal topic"
GUIDE = "Specifying your own offset storage topic"
BAD = "key.converter=org.apache.kafka.connect.storage.StringConverter\nvalue.converter=org.apache.kafka.connect.storage.StringConverter\noffset.storage.topic=__consumer_offsets\n"
GOOD = "key.converter=org.apache.kafka.connect.storage.StringConverter\nvalue.converter=org.apache.kafka.connect.storage.StringConverter\noffset.storage.topic=cdc-connector-offsets\n"

INTERNAL = {"__consumer_offsets", "__transaction_state", "__cluster_metadata"}


def check(doc, ctx, options):
    entry = doc.model.get("offset.storage.topic")
    if entry is not None and entry.value.strip() in INTERNAL:
        yield Hit.at(
            entry.value_at,
            f"offset.storage.topic={entry.value.strip()} is an internal topic: the connector cannot write its offsets there",
            "name a topic of your own with cleanup.policy=compact, or leave offset.storage.topic out",
        )
