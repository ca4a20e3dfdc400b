"""A topic sets the same config twice in one definition (a repeated YAML/JSON key or properties line). Only
the last value counts (YAML and JSON parsers keep the last silently, Java properties too), so a reviewer
reading the first one is misled. The guide's "Topic-level configuration" section is about setting these
configs; each should be set once.
"""

from msklint.findings import Hit

CODE = "T004"
NAME = "duplicate-topic-config"
SEVERITY = "warning"
SUMMARY = "a topic sets the same config more than once; only the last value counts"
GUIDE = "Topic-level configuration"
BAD = "topics:\n  - name: orders\n    config:\n      retention.ms: '604800000'\n      retention.ms: '86400000'\n"
GOOD = "topics:\n  - name: orders\n    config:\n      retention.ms: '86400000'\n"


def check(doc, ctx, options):
    properties = doc.extras.get("properties")
    if properties is not None:
        seen: dict[str, int] = {}
        for entry in properties.entries:
            if entry.key in seen:
                yield Hit.at(
                    entry,
                    f"'{entry.key}' is set again (first on line {seen[entry.key]}); only this value counts",
                    "keep one line per config",
                )
            seen.setdefault(entry.key, entry.line)
        return
    config_parents = {
        setting.target.rsplit("/", 1)[0]: topic
        for topic in doc.model.topics
        for setting in topic.config.values()
    }
    for duplicate in doc.extras.get("duplicates", ()):
        topic = config_parents.get(duplicate.pointer)
        if topic is None:
            continue
        yield Hit(
            duplicate.line,
            duplicate.column,
            f"{duplicate.pointer}/{duplicate.key}",
            f"topic '{topic.name}': '{duplicate.key}' is set again (first on line {duplicate.first_line}); "
            "only this value counts",
            "keep one entry per config",
        )
