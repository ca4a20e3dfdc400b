"""A custom MSK Connect worker configuration must set `key.converter` and `value.converter` ("Supported
worker configuration properties"); MSK Connect's default worker configuration sets both to
org.apache.kafka.connect.storage.StringConverter ("Default worker configuration")."""

from msklint.findings import Hit

CODE = "W001"
NAME = "worker-converters-required"
SEVERITY = "error"
SUMMARY = "key.converter and value.converter are required in a worker configuration"
GUIDE = "Supported worker configuration properties"
BAD = "key.converter=org.apache.kafka.connect.storage.StringConverter\n"
GOOD = BAD + "value.converter=org.apache.kafka.connect.storage.StringConverter\n"


def check(doc, ctx, options):
    properties = doc.model
    for key in ("key.converter", "value.converter"):
        entry = properties.get(key)
        if entry is None:
            yield Hit(
                1 + properties.line_offset,
                1,
                key,
                f"{key} is missing: MSK Connect requires it",
                f"add {key}=org.apache.kafka.connect.storage.StringConverter (or your converter)",
            )
        elif not entry.value.strip():
            yield Hit.at(entry, f"{key} is empty", "name a converter class")
