"""A thin client of the Cruise Control REST API (`../shared/cruise-control-openapi`, PROTOCOL.md).

One method per endpoint msklint uses; every request carries `json=true` and literal `true`/`false`
booleans (the server parses booleans with Java's Boolean.parseBoolean: anything but "true" is false).
Every answer is checked against its model (msklint.rebalance.answers) and returned typed.

How the real server behaves and what the client does about it (PROTOCOL.md §2.4, §3):
- No cookies: the server answers a repeated identical request of a session with the cached body of the
  first one (§3.1), so the session cookie is refused and every request stands alone; a task is followed
  only with its `User-Task-ID` header.
- The asynchronous protocol lives in `_call`: a 202 is re-sent WITH its `User-Task-ID` (never without:
  that starts another task) after a pause of at least POLL seconds, growing to 10 s, until the final
  answer or `max_wait`.
- Finished requests stay "active" for ~5 s and the server refuses a sixth active task with a 500 (§3.2):
  that 500 is retried after RETRY_PAUSE (≥ 5 s); so is NotEnoughValidWindowsException while a plan waits
  for the load monitor's first window (§3.6), when asked (`wait_for_monitor`). Transport failures are
  retried for GETs only (idempotent); a POST is never sent twice.
- Executor polling (`poll`) waits at least POLL seconds between two requests.
All waits are bounded by `max_wait`; every pause is multiplied by `time_scale` (1 in production; tests
that run the stand-in with compressed time give the same factor, so the order of events stays real).
Every failure becomes a `CruiseControlError` with one line.

`requests` is imported when a client is made, so `msklint check` never pays for it.
"""

from __future__ import annotations

import http.cookiejar
import time
from collections.abc import Callable
from urllib.parse import urlsplit

from msklint.rebalance import answers

from msklint.findings import InputError
from msklint.record import field, record

DEFAULT_PREFIX = "/kafkacruisecontrol"
POLL = 2.0  # seconds: the least pause between two polls (the server's task scanner runs every 5 s)
RETRY_PAUSE = 5.0  # seconds before retrying a refused request (active-task limit, no metrics window)
LONGEST_PAUSE = 10.0
GET_ATTEMPTS = 3  # a GET that failed in transport is sent again, at most this often in all
ACTIVE_LIMIT = "active user tasks, which has reached the servlet capacity"
NOT_ENOUGH_WINDOWS = "NotEnoughValidWindowsException"


class CruiseControlError(InputError):
    """Cruise Control could not be asked, or answered with an error (exit code 2)."""


@record(frozen=True)
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
    include_internal: bool = False  # False: Cruise Control's and MSK's own topics stay where they are

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
            "include_internal": self.include_internal,
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
            include_internal=bool(data.get("include_internal")),
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


class _NoCookies(http.cookiejar.DefaultCookiePolicy):
    """Refuse every cookie: Cruise Control's JSESSIONID makes it answer from a per-session cache."""

    def set_ok(self, cookie, request) -> bool:
        return False

    def return_ok(self, cookie, request) -> bool:
        return False


@record
class CruiseControl:
    """`url` is http(s)://host:port[/prefix]; without a path the default prefix /kafkacruisecontrol is used.

    timeout: seconds for one HTTP exchange; max_wait: total seconds a task, a retry or an execution is
    waited for; interval: seconds between executor polls (at least POLL); time_scale: factor for every pause
    (tests); progress: called with a one-line status while waiting.
    """

    url: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    ca_bundle: str | None = None
    verify: bool = True
    timeout: float = 30.0
    max_wait: float = 600.0
    interval: float = POLL
    time_scale: float = 1.0
    progress: Callable[[str], None] | None = None
    # set by __post_init__: the URL up to the prefix, the HTTP session, the User-Task-ID of the last final
    # answer, and every User-Task-ID this client's requests created
    base: str = field(default="", init=False, repr=False, compare=False)
    session: object = field(default=None, init=False, repr=False, compare=False)
    last_task_id: str | None = field(default=None, init=False, repr=False, compare=False)
    own_tasks: set[str] = field(factory=set, init=False, repr=False, compare=False)

    def __post_init__(self):
        import requests

        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise CruiseControlError(
                f"--cruise-control: expected http(s)://HOST:PORT[/PREFIX], got {_without_secret(self.url)!r}"
            )
        if parts.password is not None:
            raise CruiseControlError(
                "--cruise-control: the URL carries a password; give it with --password-file, "
                "the environment or ~/.netrc, never on the command line"
            )
        prefix = parts.path.rstrip("/") or DEFAULT_PREFIX
        self.base = f"{parts.scheme}://{parts.netloc}{prefix}"
        self.interval = max(self.interval, POLL)
        self.session = requests.Session()
        self.session.cookies.set_policy(_NoCookies())
        # explicit settings only: no proxy, CA bundle or netrc from the environment
        self.session.trust_env = False
        if self.user:
            self.session.auth = (self.user, self.password or "")
        self.session.verify = self.ca_bundle or self.verify
        if self.session.verify is False:  # asked for with --insecure; said once by the CLI, not per request
            import urllib3

            urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)

    # endpoints ------------------------------------------------------------------------------------

    def state(self, substates: list[str] | None = None, verbose: bool = False) -> answers.CruiseControlState:
        params = {"substates": substates, "verbose": verbose}
        return self._call("GET", "state", params, answers.CruiseControlState)

    def executor(self, verbose: bool = False) -> answers.Executor:
        state = self.state(substates=["executor"], verbose=verbose).ExecutorState
        if state is None:
            raise CruiseControlError("state: the answer has no ExecutorState ($.ExecutorState)")
        return state

    def kafka_cluster_state(
        self, topic: str | None = None, verbose: bool = False
    ) -> answers.KafkaClusterState:
        params = {"topic": topic, "verbose": verbose}
        return self._call("GET", "kafka_cluster_state", params, answers.KafkaClusterState)

    def load(self) -> answers.ClusterLoad:
        return self._call("GET", "load", {}, answers.ClusterLoad)

    def partition_load(self, resource: str | None = None, entries: int | None = None) -> answers.Answer:
        params = {"resource": resource, "entries": entries}
        return self._call("GET", "partition_load", params, answers.Answer)

    def proposals(
        self,
        options: Options = Options(),
        verbose: bool = True,
        wait_for_monitor: bool = False,
        fresh: bool = True,
    ) -> answers.OptimizationResult:
        """fresh: computed now, not the cached proposals. With goals the server always computes them and
        refuses ignore_proposal_cache=true (400, PROTOCOL.md §3.5): it is then not sent."""
        params = self._options("proposals", options)
        if fresh and not options.goals:
            params["ignore_proposal_cache"] = True
        return self._call(
            "GET",
            "proposals",
            {**params, "verbose": verbose},
            answers.OptimizationResult,
            wait_for_monitor=wait_for_monitor,
        )

    def rebalance(self, options: Options = Options(), dryrun: bool = True, verbose: bool = True, **kw):
        return self._optimize("rebalance", {}, options, dryrun, verbose, **kw)

    def add_broker(self, brokers: list[int], options: Options = Options(), dryrun=True, verbose=True, **kw):
        return self._optimize("add_broker", {"brokerid": brokers}, options, dryrun, verbose, **kw)

    def remove_broker(
        self, brokers: list[int], options: Options = Options(), dryrun=True, verbose=True, **kw
    ):
        return self._optimize("remove_broker", {"brokerid": brokers}, options, dryrun, verbose, **kw)

    def demote_broker(
        self, brokers: list[int], options: Options = Options(), dryrun=True, verbose=True, **kw
    ):
        return self._optimize("demote_broker", {"brokerid": brokers}, options, dryrun, verbose, **kw)

    def fix_offline_replicas(self, options: Options = Options(), dryrun=True, verbose=True, **kw):
        return self._optimize("fix_offline_replicas", {}, options, dryrun, verbose, **kw)

    def topic_configuration(
        self, topic: str, replication_factor: int, options: Options = Options(), dryrun=True, verbose=True
    ):
        required = {"topic": topic, "replication_factor": replication_factor}
        return self._optimize("topic_configuration", required, options, dryrun, verbose)

    def user_tasks(
        self, user_task_ids: list[str] | None = None, types: list[str] | None = None, fetch_completed=False
    ) -> answers.UserTaskState:
        params = {"user_task_ids": user_task_ids, "types": types, "fetch_completed_task": fetch_completed}
        return self._call("GET", "user_tasks", params, answers.UserTaskState)

    def stop_proposal_execution(self, reason: str | None = None) -> answers.Message:
        return self._call("POST", "stop_proposal_execution", {"reason": reason}, answers.Message)

    def pause_sampling(self, reason: str | None = None) -> answers.Message:
        return self._call("POST", "pause_sampling", {"reason": reason}, answers.Message)

    def resume_sampling(self, reason: str | None = None) -> answers.Message:
        return self._call("POST", "resume_sampling", {"reason": reason}, answers.Message)

    def review(self, approve: list[int] = (), discard: list[int] = (), reason: str | None = None):
        params = {"approve": approve, "discard": discard, "reason": reason}
        return self._call("POST", "review", params, answers.Parked)

    def review_board(self, review_ids: list[int] | None = None) -> answers.Parked:
        return self._call("GET", "review_board", {"review_ids": review_ids}, answers.Parked)

    def optimize(
        self, endpoint: str, brokers: list[int], options: Options, dryrun: bool, wait_for_monitor=False
    ) -> answers.OptimizationResult:
        """The optimisation endpoint by name (as a plan file records it). wait_for_monitor: retry while
        the load monitor has no valid window yet (dry runs only)."""
        wait = wait_for_monitor and dryrun
        if endpoint == "proposals":
            return self.proposals(options, wait_for_monitor=wait)
        if endpoint in ("add_broker", "remove_broker", "demote_broker"):
            return getattr(self, endpoint)(brokers, options, dryrun=dryrun, wait_for_monitor=wait)
        if endpoint in ("rebalance", "fix_offline_replicas"):
            return getattr(self, endpoint)(options, dryrun=dryrun, wait_for_monitor=wait)
        raise CruiseControlError(f"msklint does not plan with Cruise Control's {endpoint}")

    def _optimize(
        self,
        endpoint: str,
        required: dict,
        options: Options,
        dryrun: bool,
        verbose: bool,
        wait_for_monitor=False,
    ) -> answers.OptimizationResult:
        params = {**required, "dryrun": dryrun, **self._options(endpoint, options), "verbose": verbose}
        return self._call(
            "POST", endpoint, params, answers.OptimizationResult, wait_for_monitor=wait_for_monitor
        )

    @staticmethod
    def _options(endpoint: str, options: Options) -> dict:
        values = options.as_dict()
        if not options.include_internal:
            from msklint.rebalance.plan import with_managed_excluded

            values["excluded_topics"] = with_managed_excluded(options.excluded_topics)
        params = {}
        for name in ACCEPTED[endpoint]:
            value = values[name]
            if value in (None, [], False):  # unset: the server's default applies
                continue
            params[name] = value
        return params

    # waiting --------------------------------------------------------------------------------------

    def poll(self, step: Callable[[], bool], what: str) -> None:
        """Call `step` every `interval` seconds until it returns True; `what` names what is waited for."""
        deadline = time.monotonic() + self.max_wait
        while not step():
            self._pause(self.interval, deadline, f"{what} after {self.max_wait:g} s")

    def _pause(self, seconds: float, deadline: float, timeout: str) -> None:
        seconds *= self.time_scale
        if time.monotonic() + seconds > deadline:
            raise CruiseControlError(timeout)
        time.sleep(seconds)

    def _say(self, line: str) -> None:
        if self.progress:
            self.progress(line)

    # the protocol ---------------------------------------------------------------------------------

    def _call(self, method: str, endpoint: str, params: dict, model, wait_for_monitor: bool = False):
        query = {name: _encode(value) for name, value in params.items() if value not in (None, [], ())}
        query = {name: value for name, value in query.items() if value != ""}
        query["json"] = "true"
        deadline = time.monotonic() + self.max_wait
        pause, task_id = self.interval, None
        while True:
            response = self._send(method, endpoint, query, task_id, deadline)
            received = response.headers.get("User-Task-ID")
            if received:
                self.own_tasks.add(received)
            if response.status_code == 202:
                if not received:
                    raise CruiseControlError(
                        f"{endpoint}: Cruise Control answered 202 without a User-Task-ID header"
                    )
                task_id = received
                self._say(f"{endpoint}: {_progress_line(response)} (user task {task_id})")
                self._pause(
                    pause,
                    deadline,
                    f"{endpoint}: no final answer after {self.max_wait:g} s (user task {task_id} is still "
                    "running in Cruise Control; see `msklint rebalance status`)",
                )
                pause = min(pause * 2, LONGEST_PAUSE)
                continue
            refused = _error_text(response) if response.status_code == 500 else ""
            if ACTIVE_LIMIT in refused:  # refused before a task was made: safe to send again, also a POST
                self._say(
                    f"{endpoint}: Cruise Control has reached its limit of active user tasks; "
                    f"retrying in {RETRY_PAUSE:g} s"
                )
                self._pause(
                    RETRY_PAUSE,
                    deadline,
                    f"{endpoint}: Cruise Control still at its active-task limit "
                    f"after {self.max_wait:g} s: {_one_line(refused)}",
                )
                continue
            if wait_for_monitor and NOT_ENOUGH_WINDOWS in refused:
                task_id = None  # that task has failed; the next request is a new one
                self._say(
                    f"{endpoint}: waiting for Cruise Control's load monitor to complete its first metrics "
                    f"window (NotEnoughValidWindowsException); retrying in {RETRY_PAUSE:g} s, "
                    f"for up to {self.max_wait:g} s"
                )
                self._pause(
                    RETRY_PAUSE,
                    deadline,
                    f"{endpoint}: Cruise Control's load monitor has no valid metrics "
                    f"window after {self.max_wait:g} s: {_one_line(refused)}",
                )
                continue
            self.last_task_id = received
            body = self._final(endpoint, response)
            parked = body.get("RequestInfo")
            if parked and "summary" not in body and model is answers.OptimizationResult:
                entry = parked[0] if isinstance(parked, list) and parked else parked
                entry = entry if isinstance(entry, dict) else {}
                raise CruiseControlError(
                    f"{endpoint}: Cruise Control parked the request for peer review (two-step verification): "
                    f"review id {entry.get('Id')}, {entry.get('Status')}; msklint does not drive reviews"
                )
            try:
                return answers.parse(model, body)
            except answers.ShapeError as error:
                raise CruiseControlError(
                    f"{endpoint}: unexpected answer from Cruise Control at {error}"
                ) from None

    def _send(self, method: str, endpoint: str, query: dict, task_id: str | None, deadline: float):
        import requests

        headers = {"Accept": "application/json"}
        if task_id:
            headers["User-Task-ID"] = task_id
        where = f"{self.base}/{endpoint}"
        attempts = GET_ATTEMPTS if method == "GET" else 1  # a POST may have been received: never twice
        for attempt in range(1, attempts + 1):
            try:
                return self.session.request(
                    method, where, params=query, headers=headers, timeout=self.timeout
                )
            except requests.exceptions.SSLError as error:
                raise CruiseControlError(f"{where}: TLS failed: {_reason(error)}") from None
            except requests.exceptions.RequestException as error:
                if isinstance(error, requests.exceptions.ConnectTimeout):
                    problem = f"no connection within {self.timeout:g} s"
                elif isinstance(error, requests.exceptions.ReadTimeout):
                    problem = f"no answer within {self.timeout:g} s"
                elif isinstance(error, requests.exceptions.ConnectionError):
                    problem = f"cannot connect: {_reason(error)}"
                else:
                    problem = _reason(error)
                if attempt == attempts:
                    tried = f" ({attempts} attempts)" if attempts > 1 else ""
                    raise CruiseControlError(f"{where}: {problem}{tried}") from None
                self._say(f"{endpoint}: {problem}; trying again in {POLL * attempt:g} s")
                self._pause(POLL * attempt, deadline, f"{where}: {problem}")
        raise AssertionError("unreachable")

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


def _error_text(response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text or ""
    return str(body.get("errorMessage") or "") if isinstance(body, dict) else ""


def _without_secret(url: str) -> str:
    return url if "@" not in url else "…@" + url.rsplit("@", 1)[1]


def _progress_line(response) -> str:
    """The last step of each operation of a 202's ProgressResult (the real server may show only PENDING)."""
    try:
        progress = answers.parse(answers.ProgressResult, response.json())
    except (ValueError, answers.ShapeError):
        return "in progress"
    parts = []
    for operation in progress.progress:
        last = operation.operationProgress[-1] if operation.operationProgress else answers.ProgressStep()
        parts.append(f"{operation.operation}: {last.step} ({last.completionPercentage:.0f}%)")
    return "; ".join(parts) or "in progress"


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
