"""Cruise Control's JSON answers (PROTOCOL.md §2.5, §3) and the plan file, as pydantic models.

Only the keys msklint reads are declared, with their types; every other key is kept (`extra="allow"`) so
that `--format json` shows the answer as it came and another Cruise Control version's additions pass.
An answer of another shape is a `ShapeError`: one line naming the JSON path and what was expected.

pydantic is imported here and only here; this module is imported on the rebalancer's paths (the client,
and a plan file being read), never by `msklint check` on other files.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, ValidationError


class ShapeError(ValueError):
    """The JSON did not have the expected shape: `path` ($.a.b[0]) and a short `problem`."""

    def __init__(self, path: str, problem: str, loc: tuple = ()):
        super().__init__(f"{path}: {problem}")
        self.path, self.problem, self.loc = path, problem, loc


class Answer(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


def _topic_partition(value: Any) -> Any:
    """Gson's TopicPartition object {topic, partition, hash} or the spec's "topic-partition" string."""
    if isinstance(value, str):
        topic, _, partition = value.rpartition("-")
        return {"topic": topic, "partition": partition}
    return value


class TopicPartition(Answer):
    topic: str
    partition: int


class ExecutionProposal(Answer):
    topicPartition: Annotated[TopicPartition, BeforeValidator(_topic_partition)]
    oldLeader: int = -1
    oldReplicas: list[int]
    newReplicas: list[int]


class BrokerLoad(Answer):
    Broker: int
    Rack: str | None = None
    BrokerState: str | None = None
    Replicas: int = 0
    Leaders: int = 0
    DiskMB: float = 0.0
    CpuPct: float = 0.0
    LeaderNwInRate: float = 0.0
    FollowerNwInRate: float = 0.0
    NwOutRate: float = 0.0


class ClusterLoad(Answer):
    brokers: list[BrokerLoad] = []
    hosts: list[dict] = []


class Summary(Answer):
    numReplicaMovements: int
    numLeaderMovements: int
    dataToMoveMB: float
    monitoredPartitionsPercentage: float | None = None


class GoalResult(Answer):
    goal: str
    status: Literal["VIOLATED", "FIXED", "NO-ACTION"]


class OptimizationResult(Answer):
    summary: Summary
    goalSummary: list[GoalResult] = []
    proposals: list[ExecutionProposal] | None = None  # only with verbose=true
    loadBeforeOptimization: ClusterLoad | None = None  # only with verbose=true
    loadAfterOptimization: ClusterLoad


class ReviewEntry(Answer):
    Id: int
    Status: str


class Parked(Answer):
    """Two-step verification: a POST answered with its purgatory entry (PROTOCOL.md §2.7)."""

    RequestInfo: list[ReviewEntry]


EXECUTOR_STATES = (
    "NO_TASK_IN_PROGRESS",
    "STARTING_EXECUTION",
    "INTER_BROKER_REPLICA_MOVEMENT_TASK_IN_PROGRESS",
    "INTRA_BROKER_REPLICA_MOVEMENT_TASK_IN_PROGRESS",
    "LEADER_MOVEMENT_TASK_IN_PROGRESS",
    "STOPPING_EXECUTION",
    "INITIALIZING_PROPOSAL_EXECUTION",
    "GENERATING_PROPOSALS_FOR_EXECUTION",
)


class Executor(Answer):
    """Keys per state as ExecutorState.getJsonStructure writes them: the counters of the phase in progress
    only; STOPPING_EXECUTION has no totals but the numCancelled* keys. numFinished* = COMPLETED + DEAD +
    ABORTED tasks, so a stopped execution can read "finished" everywhere."""

    state: Literal[EXECUTOR_STATES]  # type: ignore[valid-type]
    triggeredUserTaskId: str | None = None
    triggeredSelfHealingTaskId: str | None = None
    triggeredTaskReason: str | None = None
    numTotalPartitionMovements: int | None = None
    numFinishedPartitionMovements: int | None = None
    numInProgressPartitionMovements: int | None = None
    numPendingPartitionMovements: int | None = None
    numCancelledPartitionMovements: int | None = None
    abortingPartitions: int | None = None
    finishedDataMovement: float | None = None
    totalDataToMove: float | None = None
    numTotalLeadershipMovements: int | None = None
    numFinishedLeadershipMovements: int | None = None
    numPendingLeadershipMovements: int | None = None
    numCancelledLeadershipMovements: int | None = None
    deadPartitionMovement: list[dict] | None = None  # verbose
    abortedPartitionMovement: list[dict] | None = None  # verbose


class Monitor(Answer):
    state: str
    numMonitoredWindows: int | None = None
    numValidPartitions: int | None = None
    numTotalPartitions: int | None = None
    monitoringCoveragePct: float | None = None


class GoalReadiness(Answer):
    name: str
    status: str


class Analyzer(Answer):
    isProposalReady: StrictBool = False
    readyGoals: list[str] = []
    goalReadiness: list[GoalReadiness] = []


class AnomalyDetector(Answer):
    selfHealingEnabled: list[str] = []
    balancednessScore: float | None = None


class CruiseControlState(Answer):
    MonitorState: Monitor | None = None
    ExecutorState: Executor | None = None
    AnalyzerState: Analyzer | None = None
    AnomalyDetectorState: AnomalyDetector | None = None


class UserTask(Answer):
    UserTaskId: str
    RequestURL: str
    ClientIdentity: str | None = None
    StartMs: str | int | None = None
    Status: Literal["Active", "InExecution", "Completed", "CompletedWithError"]
    originalResponse: str | None = None


class UserTaskState(Answer):
    userTasks: list[UserTask]


class PartitionState(Answer):
    topic: str
    partition: int
    leader: int | None = None
    replicas: list[int]
    min_isr: int | None = Field(None, alias="min-isr")


class Partitions(Answer):
    offline: list[PartitionState] = []
    with_offline_replicas: list[PartitionState] = Field([], alias="with-offline-replicas")
    urp: list[PartitionState] = []
    under_min_isr: list[PartitionState] = Field([], alias="under-min-isr")
    other: list[PartitionState] = []

    def partitions(self) -> list[PartitionState]:
        return [*self.offline, *self.with_offline_replicas, *self.urp, *self.under_min_isr, *self.other]


class KafkaClusterState(Answer):
    KafkaPartitionState: Partitions


class Message(Answer):
    message: str


class ProgressStep(Answer):
    step: str = "PENDING"
    completionPercentage: float = 0.0


class OperationProgress(Answer):
    operation: str = "?"
    operationProgress: list[ProgressStep] = []


class ProgressResult(Answer):
    progress: list[OperationProgress] = []


class ErrorResponse(Answer):
    errorMessage: str


# the plan file (rebalance/plan.py) ------------------------------------------------------------------------


class PlanProposal(BaseModel):
    model_config = ConfigDict(extra="forbid")
    topic: str
    partition: int
    old_leader: int = -1
    old_replicas: list[int]
    new_replicas: list[int]


class PlanRequest(BaseModel):
    model_config = ConfigDict(extra="allow")
    endpoint: str
    brokers: list[int] = []
    options: dict = {}


class PlanTopic(BaseModel):
    replication_factor: int | None = None
    min_insync_replicas: int | None = None


class PlanBrokers(BaseModel):
    before: list[BrokerLoad] = []
    after: list[BrokerLoad] = []


class PlanFile(BaseModel):
    model_config = ConfigDict(extra="allow")
    msklint_plan: Literal[1]
    cruise_control: str = ""
    request: PlanRequest
    summary: dict = {}
    goals: list[dict] = []
    racks: dict[int, str | None] = {}
    topics: dict[str, PlanTopic] = {}
    brokers: PlanBrokers = PlanBrokers()
    proposals: list[PlanProposal] = []
    check: list[dict] = []


def parse(model: type[BaseModel], data: Any):
    """`data` as `model`, or a ShapeError naming the first wrong JSON path."""
    try:
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        loc = tuple(first["loc"])
        path = "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc)
        got = first.get("input")
        shown = "" if isinstance(got, (dict, list)) or first["type"] == "missing" else f", got {got!r}"
        raise ShapeError(
            path, f"{first['msg'][0].lower()}{first['msg'][1:]}"[:800] + shown[:60], loc
        ) from None
