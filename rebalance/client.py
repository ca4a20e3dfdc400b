"""A thin client of the Cruise Control REST API (`../shared/cruise-control-openapi`, PROTOCOL.md).

One method per endpoint msklint uses; every request carries `json=true` and literal `true`/`false`
booleans (the server parses booleans with Java's Boolean.parseBoolean: anything but "true" is false).
The asynchronous protocol lives in one place, `_call`: a long request answers 202 with a progress body and
a `User-Task-ID` header; the identical request is re-sent WITH that header (never without: that would
start another user task and soon hit the server's five-active-tasks limit) after a growing pause, until
the final answer or the total wait runs out. Every failure becomes a `CruiseControlError` with one line.

`requests` is imported when a client is made, so `msklint check` never pays for it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from msklint.findings import InputError

DEFAULT_PREFIX = "/kafkacruisecontrol"


class CruiseControlError(InputError):
    """Cruise Control could not be asked, or answered with an error (exit code 2)."""


@dataclass(frozen=True)
class Options:
    """What a proposal or an execution may be asked with (the subset of parameters msklint offers)."""

    goals: tuple[str, ...] = ()
    excluded_topics: str | None = None
    destination_broker_ids: tuple[int, ...] = ()
    skip_hard_goal_check: bool = False
    replication_throttle: int | None = None
    concurrent_partition_movements_per_broker: int | None = None
    concurrent_leader_movements: int | None = None
    reason: str | None = None

    def as_dict(self) -> dict:
        return {
            "goals": list(self.goals),
            "excluded_topics": self.excluded_topics,
            "destination_broker_ids": list(self.destination_broker_ids),
            "skip_hard_goal_check": self.skip_hard_goal_check,
            "replication_throttle": self.replication_throttle,
            "concurrent_partition_movements_per_broker": self.concurrent_partition_movements_per_broker,
            "concurrent_leader_movements": self.concurrent_leader_movements,
            "reason": self.reason,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Options:
        return cls(
            goals=tuple(data.get("goals") or ()),
            excluded_topics=data.get("excluded_topics"),
            destination_broker_ids=tuple(data.get("destination_broker_ids") or ()),
            skip_hard_goal_check=bool(data.get("skip_hard_goal_check")),
            replication_throttle=data.get("replication_throttle"),
            concurrent_partition_movements_per_broker=data.get("concurrent_partition_movements_per_broker"),
            concurrent_leader_movements=data.get("concurrent_leader_movements"),
            reason=data.get("reason"),
        )


# Which Options each optimisation endpoint accepts (the server answers 400 to any other parameter name).
_GOAL_OPTIONS = ("goals", "skip_hard_goal_check", "excluded_topics")
_EXECUTION_OPTIONS = (
    "replication_throttle",
    "concurrent_partition_movements_per_broker",
    "concurrent_leader_movements",
    "reason",
)
ACCEPTED = {
    "proposals": ("goals", "excluded_topics", "destination_broker_ids", "reason"),
    "rebalance": (*_GOAL_OPTIONS, "destination_broker_ids", *_EXECUTION_OPTIONS),
    "add_broker": (*_GOAL_OPTIONS, *_EXECUTION_OPTIONS),
    "remove_broker": (*_GOAL_OPTIONS, "destination_broker_ids", *_EXECUTION_OPTIONS),
    "demote_broker": ("replication_throttle", "concurrent_leader_movements", "reason"),
    "fix_offline_replicas": (*_GOAL_OPTIONS, *_EXECUTION_OPTIONS),
    "topic_configuration": (*_GOAL_OPTIONS, *_EXECUTION_OPTIONS),
}


@dataclass
class CruiseControl:
    """`url` is http(s)://host:port[/prefix]; without a path the default prefix /kafkacruisecontrol is used.

    timeout: seconds for one HTTP exchange; max_wait: total seconds an asynchronous task is followed;
    backoff: first and largest pause between two polls; progress: called with a one-line status on 202.
    """

    url: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    ca_bundle: str | None = None
    verify: bool = True
    timeout: float = 30.0
    max_wait: float = 600.0
    backoff: tuple[float, float] = (1.0, 10.0)
    progress: Callable[[str], None] | None = None

    def __post_init__(self):
        import requests

        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise CruiseControlError(
                f"--cruise-control: expected http(s)://HOST:PORT[/PREFIX], got {self.url!r}"
            )
        prefix = parts.path.rstrip("/") or DEFAULT_PREFIX
        self.base = f"{parts.scheme}://{parts.netloc}{prefix}"
        self.session = requests.Session()
        # explicit settings only: no proxy, CA bundle or netrc from the environment
        self.session.trust_env = False
        if self.user:
            self.session.auth = (self.user, self.password or "")
        self.session.verify = self.ca_bundle or self.verify
        if self.session.verify is False:  # asked for with --insecure; said once by the CLI, not per request
            import urllib3

            urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
        self.last_task_id: str | None = None  # User-Task-ID of the last final answer

    # endpoints ------------------------------------------------------------------------------------

    def state(self, substates: list[str] | None = None, verbose: bool = False) -> dict:
        return self._call("GET", "state", {"substates": substates, "verbose": verbose})

    def kafka_cluster_state(self, topic: str | None = None, verbose: bool = False) -> dict:
        return self._call("GET", "kafka_cluster_state", {"topic": topic, "verbose": verbose})

    def load(self) -> dict:
        return self._call("GET", "load", {})

    def partition_load(self, resource: str | None = None, entries: int | None = None) -> dict:
        return self._call("GET", "partition_load", {"resource": resource, "entries": entries})

    def proposals(self, options: Options = Options(), verbose: bool = True) -> dict:
        extra = {"ignore_proposal_cache": True}
        return self._call(
            "GET", "proposals", {**self._options("proposals", options), **extra, "verbose": verbose}
        )

    def rebalance(self, options: Options = Options(), dryrun: bool = True, verbose: bool = True) -> dict:
        return self._optimize("rebalance", {}, options, dryrun, verbose)

    def add_broker(self, brokers: list[int], options: Options = Options(), dryrun=True, verbose=True) -> dict:
        return self._optimize("add_broker", {"brokerid": brokers}, options, dryrun, verbose)

    def remove_broker(
        self, brokers: list[int], options: Options = Options(), dryrun=True, verbose=True
    ) -> dict:
        return self._optimize("remove_broker", {"brokerid": brokers}, options, dryrun, verbose)

    def demote_broker(
        self, brokers: list[int], options: Options = Options(), dryrun=True, verbose=True
    ) -> dict:
        return self._optimize("demote_broker", {"brokerid": brokers}, options, dryrun, verbose)

    def fix_offline_replicas(self, options: Options = Options(), dryrun=True, verbose=True) -> dict:
        return self._optimize("fix_offline_replicas", {}, options, dryrun, verbose)

    def topic_configuration(
        self, topic: str, replication_factor: int, options: Options = Options(), dryrun=True, verbose=True
    ) -> dict:
        required = {"topic": topic, "replication_factor": replication_factor}
        return self._optimize("topic_configuration", required, options, dryrun, verbose)

    def user_tasks(
        self, user_task_ids: list[str] | None = None, types: list[str] | None = None, fetch_completed=False
    ) -> dict:
        params = {"user_task_ids": user_task_ids, "types": types, "fetch_completed_task": fetch_completed}
        return self._call("GET", "user_tasks", params)

    def stop_proposal_execution(self, reason: str | None = None) -> dict:
        return self._call("POST", "stop_proposal_execution", {"reason": reason})

    def pause_sampling(self, reason: str | None = None) -> dict:
        return self._call("POST", "pause_sampling", {"reason": reason})

    def resume_sampling(self, reason: str | None = None) -> dict:
        return self._call("POST", "resume_sampling", {"reason": reason})

    def review(self, approve: list[int] = (), discard: list[int] = (), reason: str | None = None) -> dict:
        return self._call("POST", "review", {"approve": approve, "discard": discard, "reason": reason})

    def review_board(self, review_ids: list[int] | None = None) -> dict:
        return self._call("GET", "review_board", {"review_ids": review_ids})

    def optimize(self, endpoint: str, brokers: list[int], options: Options, dryrun: bool) -> dict:
        """The optimisation endpoint by name (as a plan file records it)."""
        if endpoint == "proposals":
            return self.proposals(options)
        if endpoint in ("add_broker", "remove_broker", "demote_broker"):
            return getattr(self, endpoint)(brokers, options, dryrun=dryrun)
        if endpoint in ("rebalance", "fix_offline_replicas"):
            return getattr(self, endpoint)(options, dryrun=dryrun)
        raise CruiseControlError(f"msklint does not plan with Cruise Control's {endpoint}")

    def _optimize(self, endpoint: str, required: dict, options: Options, dryrun: bool, verbose: bool) -> dict:
        params = {**required, "dryrun": dryrun, **self._options(endpoint, options), "verbose": verbose}
        body = self._call("POST", endpoint, params)
        parked = body.get("RequestInfo")
        if parked and "summary" not in body:  # two-step verification: the request waits in the purgatory
            entry = parked[0] if isinstance(parked, list) else parked
            raise CruiseControlError(
                f"{endpoint}: Cruise Control parked the request for peer review (two-step verification): "
                f"review id {entry.get('Id')}, {entry.get('Status')}; msklint does not drive reviews"
            )
        return body

    @staticmethod
    def _options(endpoint: str, options: Options) -> dict:
        values = options.as_dict()
        params = {}
        for name in ACCEPTED[endpoint]:
            value = values[name]
            if value in (None, [], False):  # unset: the server's default applies
                continue
            params[name] = value
        return params

    # the protocol ---------------------------------------------------------------------------------

    def _call(self, method: str, endpoint: str, params: dict) -> dict:
        query = {name: _encode(value) for name, value in params.items() if value not in (None, [], ())}
        query = {name: value for name, value in query.items() if value != ""}
        query["json"] = "true"
        deadline = time.monotonic() + self.max_wait
        pause, task_id = self.backoff[0], None
        while True:
            response = self._send(method, endpoint, query, task_id)
            if response.status_code != 202:
                self.last_task_id = response.headers.get("User-Task-ID")
                return self._final(endpoint, response)
            received = response.headers.get("User-Task-ID")
            if not received:
                raise CruiseControlError(
                    f"{endpoint}: Cruise Control answered 202 without a User-Task-ID header"
                )
            task_id = received
            if self.progress:
                self.progress(f"{endpoint}: {_progress_line(response)} (user task {task_id})")
            if time.monotonic() + pause > deadline:
                raise CruiseControlError(
                    f"{endpoint}: no final answer after {self.max_wait:g} s (user task {task_id} is still "
                    "running in Cruise Control; see `msklint rebalance status`)"
                )
            time.sleep(pause)
            pause = min(pause * 2, self.backoff[1])

    def _send(self, method: str, endpoint: str, query: dict, task_id: str | None):
        import requests

        headers = {"Accept": "application/json"}
        if task_id:
            headers["User-Task-ID"] = task_id
        where = f"{self.base}/{endpoint}"
        try:
            return self.session.request(method, where, params=query, headers=headers, timeout=self.timeout)
        except requests.exceptions.SSLError as error:
            raise CruiseControlError(f"{where}: TLS failed: {_reason(error)}") from None
        except requests.exceptions.ConnectTimeout:
            raise CruiseControlError(f"{where}: no connection within {self.timeout:g} s") from None
        except requests.exceptions.ReadTimeout:
            raise CruiseControlError(f"{where}: no answer within {self.timeout:g} s") from None
        except requests.exceptions.ConnectionError as error:
            raise CruiseControlError(f"{where}: cannot connect: {_reason(error)}") from None
        except requests.exceptions.RequestException as error:
            raise CruiseControlError(f"{where}: {_reason(error)}") from None

    def _final(self, endpoint: str, response) -> dict:
        status = response.status_code
        try:
            body = response.json()
        except ValueError:
            body = None
        if status == 401:
            raise CruiseControlError(f"{endpoint}: Cruise Control refused the credentials (HTTP 401)")
        if status == 403 and not (isinstance(body, dict) and body.get("errorMessage")):
            raise CruiseControlError(f"{endpoint}: forbidden (HTTP 403)")
        if status >= 400:
            message = body.get("errorMessage") if isinstance(body, dict) else None
            text = message or response.text or response.reason or ""
            raise CruiseControlError(f"{endpoint}: HTTP {status}: {_one_line(text)}")
        if status != 200:
            raise CruiseControlError(f"{endpoint}: unexpected HTTP {status}")
        if not isinstance(body, dict):
            kind = response.headers.get("Content-Type", "no content type")
            raise CruiseControlError(
                f"{endpoint}: the answer is not a JSON object ({kind}): {_one_line(response.text)}"
            )
        return body


def _encode(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return ",".join(str(item) for item in value)
    return str(value)


def _progress_line(response) -> str:
    try:
        operations = response.json().get("progress") or []
        parts = []
        for operation in operations:
            steps = operation.get("operationProgress") or []
            last = steps[-1] if steps else {}
            parts.append(
                f"{operation.get('operation', '?')}: {last.get('step', 'PENDING')} "
                f"({float(last.get('completionPercentage', 0.0)):.0f}%)"
            )
        return "; ".join(parts) or "in progress"
    except (ValueError, AttributeError, TypeError):
        return "in progress"


def _one_line(text: str, limit: int = 600) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _reason(error: Exception) -> str:
    text = str(error)
    for marker in (
        "Connection refused",
        "Name or service not known",
        "certificate verify failed",
        "timed out",
    ):
        if marker in text:
            return marker.lower() if marker != "Connection refused" else "connection refused"
    return _one_line(text, 200)
