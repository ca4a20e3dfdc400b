"""Models shared by several packs: topics (from files or a live cluster)."""

from __future__ import annotations

from msklint.record import field, record


@record(frozen=True)
class Setting:
    """A configuration value as Kafka sees it (a string), with where it was written."""

    value: str | None  # None when unresolved (a Terraform reference, a CloudFormation intrinsic)
    line: int
    column: int
    target: str  # what a finding names: config key, JSON pointer or Terraform attribute path
    origin: str = ""  # the file that set the value when resolution brought it from elsewhere (a tfvars file)


@record
class Topic:
    name: str
    line: int
    column: int
    name_known: bool = True  # False when the name is computed (a Terraform expression): not compared
    partitions: Setting | None = None
    replication_factor: Setting | None = None
    config: dict[str, Setting] = field(factory=dict)
    # Live clusters only: partition → replica broker ids, and partition → in-sync replica ids.
    assignment: dict[int, list[int]] = field(factory=dict)
    isr: dict[int, list[int]] = field(factory=dict)
    # Kafka's, MSK's, Connect's or Cruise Control's own topic (msklint.msk.is_internal_topic): user-topic
    # rules skip it. Worked out from the name unless the loader knows better (live metadata says so).
    internal: bool | None = None
    cluster: str = ""  # how the file names the cluster the topic lives on (a reference or an ARN), if it does

    def __post_init__(self):
        if self.internal is None:
            from msklint.msk import is_internal_topic

            self.internal = is_internal_topic(self.name)

    def int_of(self, setting: Setting | None) -> int | None:
        if setting is None or setting.value is None:
            return None
        try:
            return int(setting.value)
        except ValueError:
            return None

    @property
    def partition_count(self) -> int | None:
        return self.int_of(self.partitions)

    @property
    def replicas(self) -> int | None:
        return self.int_of(self.replication_factor)


@record
class TopicSet:
    """The model of a "topic" document: the topics one file (or one live cluster) declares."""

    topics: list[Topic] = field(factory=list)
    format: str = ""  # "msklint", "strimzi", "kafkatopic", "topicctl", "terraform", "terraform-plan", "properties", "live"
