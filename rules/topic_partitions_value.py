"""A topic's partition count or replication factor is not a positive whole number. Kafka refuses the topic
(InvalidPartitionsException / InvalidReplicationFactorException); the replication factor is a 16-bit
number in Kafka's protocol, so at most 32767. MSK's CreateTopic API ("AWS::MSK::Topic") and every topic
tool take both as integers of at least 1.
"""

from msklint.findings import Hit
from msklint.topic_config import as_int

CODE = "T003"
NAME = "partitions-value"
SEVERITY = "error"
SUMMARY = "partitions and replication factor must be whole numbers of at least 1"
GUIDE = "Topic-level configuration"
BAD = "apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 0\n  replicas: three\n"
GOOD = "apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\nspec:\n  partitions: 6\n  replicas: 3\n"


def check(doc, ctx, options):
    for topic in doc.model.topics:
        for what, setting, high in (
            ("partition count", topic.partitions, 2**31 - 1),
            ("replication factor", topic.replication_factor, 32767),
        ):
            if setting is None or setting.value is None:
                continue
            number = as_int(setting.value)
            if number is None or not 1 <= number <= high:
                yield Hit.at(
                    setting,
                    f"topic '{topic.name}': {what} {setting.value!r} is not a whole number from 1 to {high}",
                    f"set the {what} to a positive integer",
                )
