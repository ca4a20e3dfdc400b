"""A configuration's name must match ^[0-9A-Za-z][0-9A-Za-z-]{0,}$ ("To create an MSK configuration")."""

import re

from msklint.findings import Hit
from msklint.packs.cluster.model import ConfigurationModel
from msklint.syntax import UNKNOWN

CODE = "C028"
NAME = "configuration-name"
SEVERITY = "error"
SUMMARY = "MSK configuration name must be letters, digits and hyphens"
GUIDE = "To create an MSK configuration"
BAD = 'resource "aws_msk_configuration" "conf" {\n  name = "my_config"\n  kafka_versions = ["3.5.1"]\n  server_properties = "auto.create.topics.enable = true"\n}\n'
GOOD = BAD.replace("my_config", "my-config")

PATTERN = re.compile(r"^[0-9A-Za-z][0-9A-Za-z-]*$")


READS = (ConfigurationModel,)


def check(doc, ctx, options):
    model = doc.model
    name = model.node("Name")
    if (
        name is not None
        and name.tag != UNKNOWN
        and isinstance(name.value, str)
        and not PATTERN.match(name.value)
    ):
        yield Hit.at(
            name,
            f"configuration name '{name.value}' does not match ^[0-9A-Za-z][0-9A-Za-z-]*$",
            "use letters, digits and hyphens, starting with a letter or digit",
        )
