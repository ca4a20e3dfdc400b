"""Tag restrictions ("Tag restrictions", "Tag key restrictions", "Tag value restrictions"): at most 50 tags
per resource; keys of 1..128 characters that do not start with the reserved prefix `aws:`; values of
0..255 characters; keys and values use Unicode letters, digits, white space and `_ . / = + - @` (the
guide's key list shows `: ` garbled as `aws :`; values may also contain `:` in AWS's own tag rules, and
keys in practice too, so `:` is accepted)."""

import re

from msklint.findings import Hit, Place
from msklint.msk import MAX_TAG_KEY_LENGTH, MAX_TAG_VALUE_LENGTH, MAX_TAGS
from msklint.packs.cluster.model import ClusterModel, place
from msklint.syntax import UNKNOWN

CODE = "C025"
NAME = "tag-restrictions"
SEVERITY = "error"
SUMMARY = "Tags break MSK's tag restrictions (count, length, aws: prefix, characters)"
GUIDE = "Tag restrictions"
BAD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3, "Tags": {"aws:owner": "me"},\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'
GOOD = '{"ClusterName": "c", "KafkaVersion": "3.6.0", "NumberOfBrokerNodes": 3, "Tags": {"owner": "me"},\n "BrokerNodeGroupInfo": {"InstanceType": "kafka.m5.large", "ClientSubnets": ["subnet-a", "subnet-b", "subnet-c"]}}\n'

CHARACTERS = re.compile(r"^[\w\s.:/=+\-@]*$")


READS = (ClusterModel,)


def check(doc, ctx, options):
    model = doc.model
    tags = model.node("Tags")
    if tags is None or tags.tag == UNKNOWN or not isinstance(tags.value, dict):
        return
    if len(tags.value) > MAX_TAGS:
        yield Hit.at(
            place(model, "Tags"),
            f"{len(tags.value)} tags: a resource may have at most {MAX_TAGS}",
            "remove tags",
        )
    for key, value in tags.value.items():
        at = Place.key_of(value)
        if key.lower().startswith("aws:"):
            yield Hit.at(
                at, f"tag key '{key}' uses the reserved prefix aws:", "choose a key without the aws: prefix"
            )
        if not 1 <= len(key) <= MAX_TAG_KEY_LENGTH:
            yield Hit.at(
                at, f"tag key of {len(key)} characters: keys have 1..{MAX_TAG_KEY_LENGTH}", "shorten the key"
            )
        elif not CHARACTERS.match(key) and "${" not in key:
            yield Hit.at(
                at,
                f"tag key '{key}' has characters tags may not use",
                "use letters, digits, spaces and _ . / = + - @",
            )
        if value.tag != UNKNOWN and isinstance(value.value, str):
            if len(value.value) > MAX_TAG_VALUE_LENGTH:
                yield Hit.at(
                    value,
                    f"tag value of {len(value.value)} characters: values have at most 255",
                    "shorten the value",
                )
            elif not CHARACTERS.match(value.value) and "${" not in value.value:
                yield Hit.at(
                    value,
                    f"tag value '{value.value}' has characters tags may not use",
                    "use letters, digits, spaces and _ . / = + - @",
                )
