"""A Cruise Control stand-in: an HTTP server that answers as the real one does (PROTOCOL.md §2.10 and §3).

What it reproduces: paths under a URL prefix, 404/400/403/500 error bodies with the server's texts, the
per-endpoint parameter whitelist (case-insensitive names, Java boolean parsing, comma lists), the
asynchronous user-task protocol (202 + ProgressResult + `User-Task-ID`, lookup by header + method + path +
parameter set, 500 "Unexpected header" on mismatch, the five-active-tasks cap), verbose gating of
proposals, an executor that runs the proposals on the cluster backend in batches
(STARTING_EXECUTION → INTER_BROKER_REPLICA_MOVEMENT_TASK_IN_PROGRESS → LEADER_MOVEMENT_TASK_IN_PROGRESS →
NO_TASK_IN_PROGRESS), refusing a second execution, `stop_proposal_execution` (STOPPING_EXECUTION, in-flight
reassignments cancelled, pending ones dropped), `/user_tasks` with its filters, and basic auth.

And what the real Cruise Control 2.5.146 did that neither the spec nor the old stand-in said (§3):
1. a `JSESSIONID` cookie on every answer; a request of a live session (60 s since its last access) that
   repeats an asynchronous request of that session gets the FIRST request's task, so its cached body;
2. a finished task stays "Active" until the user-task scanner runs (every 5 s), and counts towards the
   limit of five active tasks (500 beyond it);
3. executor counters as ExecutorState.getJsonStructure writes them: every proposal whose ordered replica
   list changes is a partition movement (reorders included), every proposal whose leader changes a
   leadership movement; "finished" = COMPLETED + DEAD + ABORTED; STOPPING_EXECUTION has numCancelled* keys
   and no totals; a stop marks the movements in flight DEAD and rolls them back;
4. a stop with a replication throttle reaches NO_TASK_IN_PROGRESS about 60 s after the answer (2 s
   without a throttle);
5. 400 for `ignore_proposal_cache=true` with `goals`;
6. NotEnoughValidWindowsException for the first 20 s after start, and readiness fields (coverage,
   isProposalReady) that say "not ready" for the first 60 s although proposals work after 20 s
   (`uptime`: how long the server has been running when the stand-in starts; default one hour);
7. its own topics (`__CruiseControlMetrics`, the sample stores) are proposed like any other;
8. small things: the first 202 may show only PENDING at 100 %; an `Expires` header; `=` and `&` written
   as \u003d and \u0026 (Gson); a removed broker is DEAD with DiskPct -1.0 in loadAfterOptimization.
Server time is compressed by `time_scale` (0.02: the 5 s scanner runs every 0.1 s, a throttled stop
lasts 1.2 s): tests stay fast and the order of events is the real one.

Every request and every JSON answer is checked against the OpenAPI files (contract.py); what does not
conform is collected in `violations` (tests assert it stays empty). Faults can be injected per endpoint.

Completed user tasks expire after `retention` seconds (the server's 24 h by default).

Not implemented (answer 500 UnsupportedOperationException): admin, bootstrap, train, rightsize,
remove_disks; two-step verification (review/review_board answer 403 as with it disabled); the per-type
cap of 25 cached completed tasks; `client_ids` filtering; plain-text (json=false) bodies other than error
texts; broker metrics (CPU and network come from a formula on partition sizes and rates, zero on a real
cluster).
"""

from __future__ import annotations

import base64
import json
import math
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from statistics import pstdev
from urllib.parse import parse_qs, urlsplit

from . import contract
from .optimizer import DEFAULT_GOALS, HARD_GOALS, KNOWN_GOALS, Request, excluded, optimize

GET = [
    "bootstrap",
    "train",
    "load",
    "partition_load",
    "proposals",
    "state",
    "kafka_cluster_state",
    "user_tasks",
    "review_board",
    "permissions",
]
POST = [
    "add_broker",
    "remove_broker",
    "fix_offline_replicas",
    "rebalance",
    "stop_proposal_execution",
    "pause_sampling",
    "resume_sampling",
    "demote_broker",
    "admin",
    "review",
    "topic_configuration",
    "rightsize",
    "remove_disks",
]
ASYNC = {
    "state",
    "load",
    "partition_load",
    "proposals",
    "rebalance",
    "add_broker",
    "remove_broker",
    "demote_broker",
    "fix_offline_replicas",
    "topic_configuration",
    "remove_disks",
}
OPTIMIZING = {
    "proposals",
    "rebalance",
    "add_broker",
    "remove_broker",
    "demote_broker",
    "fix_offline_replicas",
    "topic_configuration",
}
OPERATION_NAMES = {
    "rebalance": "Rebalance",
    "add_broker": "Add brokers",
    "remove_broker": "Remove brokers",
    "demote_broker": "Demote",
    "fix_offline_replicas": "Fix offline replicas",
    "topic_configuration": "Update Topic Configuration",
    "proposals": "Get customized proposals",
    "load": "Get broker stats",
    "state": "Get state",
    "partition_load": "Get partition load",
}
STEPS = [
    (
        "WAITING_FOR_CLUSTER_MODEL",
        "The job requires a cluster model and it is waiting to get the cluster model lock.",
    ),
    ("AGGREGATING_METRICS", "Retrieve the metrics of all the partitions from the aggregated metrics."),
    ("GENERATING_CLUSTER_MODEL", "Generating the cluster model for the cluster."),
    ("OPTIMIZING RackAwareGoal", "Optimizing goal RackAwareGoal"),
]
VERSION = "2.5.146-standin"
# the real server's timings, in its seconds (multiplied by time_scale)
SCAN_PERIOD = 5.0  # the user-task scanner: a finished task stays Active until it runs
SESSION_EXPIRY = 60.0  # webserver.session.maxExpiryTimeMs, from the session's last access
FIRST_WINDOW = 20.0  # before it, optimisations fail with NotEnoughValidWindowsException
READINESS_LAG = 60.0  # before it, the monitor and analyzer fields say "not ready"
STOP_WITH_THROTTLE = 60.0  # a stop with a replication throttle reaches idle this long after the answer
STOP_WITHOUT_THROTTLE = 2.0
ACTIVE_TASKS = 5  # max.active.user.tasks
DISK_CAPACITY_MB, NETWORK_CAPACITY_KB = 100_000.0, 50_000.0


class CCError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


@dataclass
class Task:
    id: str
    key: tuple
    endpoint: str
    request_url: str
    client: str
    start_ms: int
    status: str = "Active"  # Active | InExecution | Completed | CompletedWithError
    done: threading.Event = field(default_factory=threading.Event)
    result: tuple[int, dict] | None = None
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None
    final_status: str | None = None  # what the scanner will set once it runs after `finished`


@dataclass
class Session:
    last: float
    tasks: dict = field(default_factory=dict)  # request key → the session's first Task for it


@dataclass
class Fault:
    kind: str  # status | malformed | slow | drop | body (send `body` with 200, as it is)
    status: int = 500
    message: str = "injected failure"
    seconds: float = 0.0
    body: dict | None = None


def jbool(value: str | None, default: bool = False) -> bool:
    """Java's Boolean.parseBoolean: only a case-insensitive "true" is true."""
    return default if value is None else value.lower() == "true"


class StandIn:
    def __init__(
        self,
        backend,
        prefix: str = "/kafkacruisecontrol",
        max_block: float = 0.2,
        optimize_seconds: float = 0.0,
        tick: float = 0.05,
        credentials: tuple[str, str] | None = None,
        hard_goals: list[str] | None = None,
        tls: tuple[str, str] | None = None,
        retention: float = 24 * 3600.0,
        time_scale: float = 1.0,
        uptime: float = 3600.0,
    ):
        self.backend = backend
        self.prefix = prefix.rstrip("/")
        self.max_block = max_block
        self.optimize_seconds = optimize_seconds
        self.tick = tick
        self.credentials = credentials
        self.tls = tls  # (certificate file, key file): serve HTTPS
        self.retention = retention  # completed.user.task.retention.time.ms, in seconds
        self.time_scale = time_scale
        self.t0 = time.monotonic() - uptime * time_scale  # when the server started
        self.sessions: dict[str, Session] = {}
        self.hard_goals = list(HARD_GOALS if hard_goals is None else hard_goals)
        self.drift = 0  # extra moves that dryrun=false adds (Cruise Control re-optimises)
        self.drift_same_rack = True
        self.monitor_ready = True
        self.sampling = "RUNNING"
        self.tasks: dict[str, Task] = {}
        self.faults: dict[str, list[Fault]] = {}
        self.log: list[tuple[str, str, dict, str | None]] = []  # method, endpoint, params, User-Task-ID
        self.violations: list[str] = []
        self.lock = threading.RLock()
        self.executor = Executor(self)
        self._server: ThreadingHTTPServer | None = None

    # lifecycle ------------------------------------------------------------------------------------

    def start(self) -> str:
        standin = self
        contract.operations()  # read the OpenAPI files now, not during the first request

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):
                standin.handle(self, "GET")

            def do_POST(self):
                standin.handle(self, "POST")

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        if self.tls:
            import ssl

            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*self.tls)
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self.url

    @property
    def url(self) -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://127.0.0.1:{self._server.server_address[1]}{self.prefix}"

    def stop(self) -> None:
        self.executor.shutdown()
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def seconds(self, server_seconds: float) -> float:
        """Real seconds for a duration of the server's."""
        return server_seconds * self.time_scale

    def uptime(self) -> float:
        """Server seconds since the server started."""
        return (time.monotonic() - self.t0) / self.time_scale

    def inject(self, endpoint: str, *faults: Fault) -> None:
        self.faults.setdefault(endpoint, []).extend(faults)

    def requests_to(self, endpoint: str) -> list[tuple[str, str, dict, str | None]]:
        return [entry for entry in self.log if entry[1] == endpoint]

    # HTTP -----------------------------------------------------------------------------------------

    def handle(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        url = urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        if length:
            handler.rfile.read(length)
        if self.credentials and not self._authorised(handler):
            self._send(
                handler,
                401,
                b'{"error": "unauthorised"}',
                "application/json",
                {"WWW-Authenticate": 'Basic realm="cc"'},
            )
            return
        endpoint = url.path.rsplit("/", 1)[-1].lower()
        raw = parse_qs(url.query, keep_blank_values=True)
        header = handler.headers.get("User-Task-ID")
        handler.session_id, handler.session = self._session(handler.headers.get("Cookie") or "")
        with self.lock:
            self.log.append((method, endpoint, {k: v[-1] for k, v in raw.items()}, header))
        known = GET if method == "GET" else POST
        if not url.path.startswith(self.prefix + "/") or endpoint not in known:
            names = ", ".join(e.upper() for e in known)
            body = self._error(
                f"Unrecognized endpoint in request '{url.path.removeprefix(self.prefix)}'\n"
                f"Supported {method} endpoints: [{names}]"
            )
            self._reply(handler, endpoint if endpoint in GET + POST else None, 404, body, True, None)
            return
        self.violations.extend(contract.check_request(endpoint, method, raw))
        fault = self._next_fault(endpoint)
        if fault and fault.kind == "slow":
            time.sleep(fault.seconds)
            fault = None
        if fault and fault.kind == "drop":
            handler.close_connection = True
            handler.connection.shutdown(2)
            return
        if fault and fault.kind == "body":
            self._send(handler, 200, json.dumps(fault.body).encode(), "application/json", {})
            return
        if fault and fault.kind == "malformed":
            self._send(handler, 200, b'{"version": 1, "summary": {', "application/json", {})
            return
        params = {k.lower(): v[-1] for k, v in raw.items()}
        as_json = jbool(params.get("json"))
        if fault:
            self._reply(handler, endpoint, fault.status, self._error(fault.message), as_json, None)
            return
        path = url.path.removeprefix(self.prefix)
        try:
            status, body, task = self._dispatch(
                method, endpoint, path, url.query, raw, params, header, handler
            )
        except CCError as error:
            status, body, task = error.status, self._error(error.message), None
        self._reply(handler, endpoint, status, body, as_json, task)

    def _session(self, cookies: str) -> tuple[str, Session]:
        """The servlet session of the JSESSIONID cookie, if alive; else a new one (every answer sets it)."""
        now = time.monotonic()
        wanted = dict(part.strip().split("=", 1) for part in cookies.split(";") if "=" in part).get(
            "JSESSIONID"
        )
        with self.lock:
            for key, session in list(self.sessions.items()):
                if now - session.last > self.seconds(SESSION_EXPIRY):
                    del self.sessions[key]
            if wanted not in self.sessions:
                wanted = uuid.uuid4().hex
                self.sessions[wanted] = Session(now)
            session = self.sessions[wanted]
            session.last = now
            return wanted, session

    def _authorised(self, handler) -> bool:
        user, password = self.credentials
        expected = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        return handler.headers.get("Authorization") == expected

    def _next_fault(self, endpoint: str) -> Fault | None:
        with self.lock:
            queue = self.faults.get(endpoint)
            return queue.pop(0) if queue else None

    def _reply(self, handler, endpoint, status, body, as_json, task) -> None:
        if endpoint and as_json:
            self.violations.extend(contract.check_response(endpoint, status, body))
        headers = {
            "Cruise-Control-Version": VERSION,
            "Cruise-Control-Commit_Id": "standin",
            "Expires": "Thu, 01 Jan 1970 00:00:00 GMT",
        }
        if getattr(handler, "session_id", None):
            handler.session.last = time.monotonic()  # the session's last access ends with the answer
            headers["Set-Cookie"] = f"JSESSIONID={handler.session_id}; Path=/"
        if task is not None:
            headers["User-Task-ID"] = task.id
        if as_json:  # Gson escapes = and & (they occur only inside strings, so the JSON stays the same)
            text = json.dumps(body).replace("=", "\\u003d").replace("&", "\\u0026")
            data, kind = text.encode(), "application/json"
        else:
            data, kind = (body.get("errorMessage") or json.dumps(body)).encode(), "text/plain"
        self._send(handler, status, data, kind, headers)

    @staticmethod
    def _send(handler, status: int, data: bytes, kind: str, headers: dict) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", f"{kind};charset=utf-8")
        handler.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(data)

    @staticmethod
    def _error(message: str) -> dict:
        return {"version": 1, "stackTrace": "", "errorMessage": message}

    # user tasks -----------------------------------------------------------------------------------

    def _dispatch(self, method, endpoint, path, query, raw, params, header, handler):
        operation = contract.operations()[endpoint]
        unknown = [name for name in raw if name.lower() not in operation.parameters]
        if unknown:
            raise CCError(
                400,
                f"Unrecognized endpoint parameters in {endpoint.upper()} {method} request: "
                f"[{', '.join(unknown)}].",
            )
        try:
            work = self._prepare(endpoint, method, params)
        except ValueError as error:
            raise CCError(400, f"Bad {method} request '{path}' due to '{error}'.") from None
        key = (method, path, frozenset((k, frozenset(v.split(","))) for k, v in params.items()))
        with self.lock:
            self._expire()
            session = handler.session
            if header:
                task = self.tasks.get(header)
                if task is None or task.key != key:
                    raise CCError(
                        500,
                        f"Error processing {method} request '{path}' due to: "
                        f"'java.lang.IllegalArgumentException: Unexpected header {header} "
                        "(value: User-Task-ID) in the request.'.",
                    )
            elif (
                endpoint in ASYNC
                and session.tasks.get(key) is not None
                and session.tasks[key].id in self.tasks
            ):
                task = session.tasks[key]  # the session's first such request: its cached answer (§3.1)
            else:
                active = sum(1 for t in self.tasks.values() if t.status == "Active")
                if active >= ACTIVE_TASKS:
                    raise CCError(
                        500,
                        f"Error processing {method} request '{path}' due to: "
                        f"'java.lang.RuntimeException: There are already {ACTIVE_TASKS} active user tasks, "
                        "which has reached the servlet capacity.'.",
                    )
                task = Task(
                    str(uuid.uuid4()),
                    key,
                    endpoint,
                    f"{method} {self.prefix}{path}?{query}",
                    handler.client_address[0],
                    int(time.time() * 1000),
                )
                self.tasks[task.id] = task
                if endpoint in ASYNC:
                    session.tasks[key] = task
                threading.Thread(target=self._run, args=(task, method, path, work), daemon=True).start()
        if endpoint in ASYNC:
            task.done.wait(self.max_block)
        else:
            task.done.wait()
        if not task.done.is_set():
            return 202, self._progress(task), task
        status, body = task.result
        return status, body, task

    def _expire(self) -> None:
        """Run the user-task scanner's past passes (every SCAN_PERIOD since start): finished tasks become
        Completed/CompletedWithError only then; forget completed tasks older than the retention."""
        now = time.monotonic()
        period = self.seconds(SCAN_PERIOD)
        last_scan = self.t0 + math.floor((now - self.t0) / period) * period
        for task in list(self.tasks.values()):
            if task.final_status and task.finished is not None and task.finished <= last_scan:
                if task.status == "Active":
                    task.status = task.final_status
                task.final_status = None
            if task.status in ("Completed", "CompletedWithError") and now - task.finished > self.retention:
                del self.tasks[task.id]

    def _run(self, task: Task, method: str, path: str, work) -> None:
        try:
            if task.endpoint in OPTIMIZING:
                time.sleep(self.optimize_seconds)
            status, body = 200, work(task)
        except CCError as error:
            status, body = error.status, self._error(error.message)
        except Exception as error:  # what the real server wraps as a 500
            status, body = (
                500,
                self._error(
                    f"Error processing {method} request '{path}' due to: '{type(error).__name__}: {error}'."
                ),
            )
        with self.lock:
            task.result = (status, body)
            if status != 200 and task.status == "InExecution":
                task.status = "CompletedWithError"
            elif task.status == "Active":  # the scanner changes it (§3.2)
                task.final_status = "Completed" if status == 200 else "CompletedWithError"
            task.finished = time.monotonic()
            task.done.set()

    def _progress(self, task: Task) -> dict:
        elapsed = time.monotonic() - task.started
        if elapsed < 2 * self.max_block:  # the real server's first 202 may show only this (§3.8)
            pending = {"step": "PENDING", "description": "Operation enqueued, waiting to be executed.",
                       "time-in-ms": int(elapsed * 1000), "completionPercentage": 100.0}  # fmt: skip
            operation = OPERATION_NAMES.get(task.endpoint, task.endpoint)
            return {
                "version": 1,
                "progress": [{"version": 1, "operation": operation, "operationProgress": [pending]}],
            }
        share = elapsed / max(self.optimize_seconds, 0.001)
        current = min(int(share * len(STEPS)), len(STEPS) - 1)
        steps = [
            {
                "step": step,
                "description": text,
                "time-in-ms": int(elapsed * 1000) if i == current else 10,
                "completionPercentage": 100.0 if i < current else 0.0,
            }
            for i, (step, text) in enumerate(STEPS[: current + 1])
        ]
        operation = OPERATION_NAMES.get(task.endpoint, task.endpoint)
        # "version" in each entry: the spec requires it, the real server omits it (PROTOCOL.md §2.9)
        return {
            "version": 1,
            "progress": [{"version": 1, "operation": operation, "operationProgress": steps}],
        }

    # endpoints ------------------------------------------------------------------------------------

    def _prepare(self, endpoint: str, method: str, params: dict):
        """Validate parameter values (ValueError → 400) and return the work: task → body."""
        for name, value in params.items():
            schema = contract.operations()[endpoint].parameters[name].get("schema", {})
            if schema.get("type") == "integer" and value:
                try:
                    number = int(value)
                except ValueError:
                    raise ValueError(f'For input string: "{value}"') from None
                if "minimum" in schema and number < schema["minimum"]:
                    raise ValueError(f"{name} must be at least {schema['minimum']}")
        if params.get("replication_throttle", "").startswith("-"):
            raise ValueError("Requested rebalance throttle must be non-negative")
        if endpoint in ("add_broker", "remove_broker", "demote_broker") and not params.get("brokerid"):
            raise ValueError(f"Target broker ID is not provided for {endpoint} request")
        if endpoint == "topic_configuration" and not (
            params.get("topic") and params.get("replication_factor")
        ):
            raise ValueError("Topic and replication factor are required for topic_configuration request")
        if jbool(params.get("ignore_proposal_cache")) and params.get("goals"):
            raise ValueError(
                "Cannot set ignore_proposal_cache parameter to true when explicitly specifying goals in the "
                "request."
            )
        if "review_id" in params:
            raise ValueError("review_id parameter is not relevant when two-step verification is disabled.")
        if endpoint in OPTIMIZING:
            return lambda task: self._optimize(endpoint, params, task)
        if endpoint == "state":
            wanted = [s for s in params.get("substates", "").lower().split(",") if s]
            bad = sorted(set(wanted) - {"analyzer", "monitor", "executor", "anomaly_detector"})
            if bad:
                raise ValueError(f"Unsupported substates in {bad}")
            return lambda task: self._state(wanted, jbool(params.get("verbose")))
        simple = {
            "load": lambda task: {"version": 1, **self._load(self.backend.snapshot())},
            "partition_load": lambda task: self._partition_load(),
            "kafka_cluster_state": lambda task: self._kafka_cluster_state(jbool(params.get("verbose"))),
            "user_tasks": lambda task: self._user_tasks(params),
            "stop_proposal_execution": lambda task: self._stop(),
            "pause_sampling": lambda task: self._sampling("PAUSED", "Metric sampling paused."),
            "resume_sampling": lambda task: self._sampling("RUNNING", "Metric sampling resumed."),
        }
        if endpoint in simple:
            return simple[endpoint]
        if endpoint in ("review", "review_board"):
            raise CCError(
                403,
                f"Cannot process {method} request '/{endpoint}' due to: "
                "'Two-step verification is not enabled.'.",
            )
        if endpoint == "permissions":
            raise ValueError("Unable to retrieve privilege information for an unsecure connection")
        raise CCError(
            500,
            f"Error processing {method} request '/{endpoint}' due to: "
            "'java.lang.UnsupportedOperationException: not in the stand-in'.",
        )

    def _request(self, endpoint: str, params: dict) -> Request:
        goals = [g for g in params.get("goals", "").split(",") if g]
        unknown = [g for g in goals if g not in KNOWN_GOALS]
        if unknown:
            raise CCError(400, f"Bad request due to 'Goal {unknown[0]} does not exist.'")
        if goals and not jbool(params.get("skip_hard_goal_check")):
            missing = [g for g in self.hard_goals if g not in goals]
            if missing:
                raise CCError(
                    500,
                    f"Error processing POST request '/{endpoint}' due to: "
                    f"'java.lang.IllegalArgumentException: Missing hard goals [{', '.join(missing)}] in the "
                    f"provided goals: [{', '.join(goals)}]. Add skip_hard_goal_check=true parameter to ignore "
                    "this sanity check.'.",
                )
        brokers = {int(b) for b in params.get("brokerid", "").split(",") if b}
        return Request(
            mode="rebalance" if endpoint == "proposals" else endpoint,
            goals=goals or list(DEFAULT_GOALS),
            brokers=brokers,
            excluded_topics=params.get("excluded_topics") or None,
            destinations={int(b) for b in params.get("destination_broker_ids", "").split(",") if b},
            topic=params.get("topic"),
            replication_factor=int(params["replication_factor"])
            if params.get("replication_factor")
            else None,
        )

    def windows(self) -> int:
        """Valid metrics windows so far (10 s windows; the first is complete FIRST_WINDOW after start)."""
        if not self.monitor_ready:
            return 0
        return 0 if self.uptime() < FIRST_WINDOW else min(5, 1 + int((self.uptime() - FIRST_WINDOW) / 10))

    def _optimize(self, endpoint: str, params: dict, task: Task) -> dict:
        if not self.windows():
            raise CCError(
                500,
                f"Error processing request '/{endpoint}' due to: 'com.linkedin.kafka.cruisecontrol."
                "exception.NotEnoughValidWindowsException: There are only 0 valid windows when "
                "aggregating in range [-1, 1764000000000] for aggregation options'.",
            )
        request = self._request(endpoint, params)
        snapshot = self.backend.snapshot()
        unknown = sorted(request.brokers - set(snapshot.brokers)) if endpoint != "add_broker" else []
        if unknown:
            raise CCError(
                500,
                f"Error processing request '/{endpoint}' due to: 'java.lang.IllegalArgumentException: "
                f"Broker {unknown[0]} does not exist.'.",
            )
        execute = endpoint != "proposals" and not jbool(params.get("dryrun"), default=True)
        if execute:
            if self.executor.busy() and not jbool(params.get("stop_ongoing_execution")):
                raise CCError(
                    500,
                    f"Error processing POST request '/{endpoint}' due to: 'java.lang.IllegalStateException: "
                    "Cannot start a new execution while there is an ongoing execution. Please use "
                    "stop_ongoing_execution=true to stop ongoing execution and start a new one.'.",
                )
            if self.executor.busy():
                self.executor.stop()
                self.executor.wait_idle()
            request.drift, request.drift_same_rack = self.drift, self.drift_same_rack
        changed = optimize(snapshot, request)
        after = {tp: list(changed.get(tp, replicas)) for tp, replicas in snapshot.assignment.items()}
        proposals = [
            {
                "topicPartition": {"hash": hash(tp) & 0x7FFFFFFF, "partition": tp[1], "topic": tp[0]},
                "oldLeader": snapshot.leaders[tp],
                "oldReplicas": snapshot.assignment[tp],
                "newReplicas": new,
            }
            for tp, new in sorted(changed.items())
        ]
        moves = [p for p in proposals if set(p["newReplicas"]) != set(p["oldReplicas"])]
        data = sum(
            len(set(p["newReplicas"]) - set(p["oldReplicas"]))
            * snapshot.size_mb.get((p["topicPartition"]["topic"], p["topicPartition"]["partition"]), 0.0)
            for p in moves
        )
        before_load = self._load(snapshot)
        after_load = self._load(
            snapshot, after, removed=request.brokers if endpoint == "remove_broker" else set()
        )
        score_before = _balancedness(snapshot, snapshot.assignment)
        body = {
            "summary": {
                "numReplicaMovements": len(moves),
                "dataToMoveMB": round(data),
                "numIntraBrokerReplicaMovements": 0,
                "intraBrokerDataToMoveMB": 0,
                "numLeaderMovements": len(proposals) - len(moves),
                "recentWindows": self.windows(),
                "monitoredPartitionsPercentage": 100.0,
                "excludedTopics": [t for t in snapshot.topics if excluded(t, request)],
                "excludedBrokersForLeadership": sorted(request.brokers)
                if endpoint == "demote_broker"
                else [],
                "excludedBrokersForReplicaMove": sorted(request.brokers)
                if endpoint == "remove_broker"
                else [],
                "onDemandBalancednessScoreBefore": score_before,
                "onDemandBalancednessScoreAfter": _balancedness(snapshot, after),
                "provisionStatus": "RIGHT_SIZED",
                "provisionRecommendation": "",
            },
            "goalSummary": [
                {
                    "goal": goal,
                    "status": _goal_status(goal, snapshot, after),
                    "optimizationTimeMs": 3,
                    "clusterModelStats": _model_stats(snapshot, after),
                }
                for goal in request.goals
            ],
            "loadAfterOptimization": after_load,
            "version": 1,
        }
        if jbool(params.get("verbose")):
            body["proposals"] = proposals
            body["loadBeforeOptimization"] = before_load
        if execute and proposals:
            reason = params.get("reason", "No reason provided")
            concurrency = int(params.get("concurrent_partition_movements_per_broker") or 5)
            throttle = int(params["replication_throttle"]) if params.get("replication_throttle") else None
            self.executor.start(task, proposals, snapshot, reason, concurrency, throttle)
        return body

    def _load(self, snapshot, assignment=None, removed=frozenset()) -> dict:
        assignment = assignment or snapshot.assignment
        brokers = []
        for b, broker in sorted(snapshot.brokers.items()):
            replicas = [tp for tp, r in assignment.items() if b in r]
            led = [tp for tp, r in assignment.items() if r and _leader(snapshot, assignment, tp) == b]
            disk = sum(snapshot.size_mb.get(tp, 0.0) for tp in replicas)
            leader_in = sum(snapshot.rate_kb.get(tp, 0.0) for tp in led)
            follower_in = sum(snapshot.rate_kb.get(tp, 0.0) for tp in replicas if tp not in led)
            brokers.append(
                {
                    "Host": broker.host,
                    "Broker": b,
                    "Rack": broker.rack or "",
                    "BrokerState": "ALIVE" if broker.alive and b not in removed else "DEAD",
                    "DiskMB": round(disk, 3),
                    "DiskPct": -1.0 if b in removed else round(100 * disk / DISK_CAPACITY_MB, 3),
                    "CpuPct": round(1.0 + 0.02 * leader_in + 0.01 * follower_in, 3),
                    "LeaderNwInRate": round(leader_in, 3),
                    "FollowerNwInRate": round(follower_in, 3),
                    "NwOutRate": round(leader_in * 2, 3),
                    "PnwOutRate": round((leader_in + follower_in) * 2, 3),
                    "Replicas": len(replicas),
                    "Leaders": len(led),
                    "DiskCapacityMB": DISK_CAPACITY_MB,
                    "NetworkInCapacity": NETWORK_CAPACITY_KB,
                    "NetworkOutCapacity": NETWORK_CAPACITY_KB,
                    "NumCore": 2.0,
                }
            )
        hosts = [{k: v for k, v in b.items() if k not in ("Broker", "BrokerState")} for b in brokers]
        return {"hosts": hosts, "brokers": brokers}

    def _partition_load(self) -> dict:
        snapshot = self.backend.snapshot()
        records = [
            {
                "topic": t,
                "partition": p,
                "leader": snapshot.leaders[(t, p)],
                "followers": r[1:],
                "cpu": 0.02 * snapshot.rate_kb.get((t, p), 0.0),
                "networkInbound": snapshot.rate_kb.get((t, p), 0.0),
                "networkOutbound": 2 * snapshot.rate_kb.get((t, p), 0.0),
                "disk": snapshot.size_mb.get((t, p), 0.0),
                "msg_in": 0.0,
            }
            for (t, p), r in sorted(snapshot.assignment.items())
        ]
        return {"version": 1, "records": sorted(records, key=lambda r: -r["disk"])}

    def _kafka_cluster_state(self, verbose: bool) -> dict:
        snapshot = self.backend.snapshot()
        ids = sorted(snapshot.brokers)
        replicas = {str(b): sum(b in r for r in snapshot.assignment.values()) for b in ids}
        leaders = {str(b): sum(snapshot.leaders[tp] == b for tp in snapshot.assignment) for b in ids}
        counts = list(replicas.values()) or [0]
        lead = list(leaders.values()) or [0]
        total = sum(counts)
        body = {
            "KafkaBrokerState": {
                "LeaderCountByBrokerId": leaders,
                "OutOfSyncCountByBrokerId": {str(b): 0 for b in ids},
                "ReplicaCountByBrokerId": replicas,
                "OfflineReplicaCountByBrokerId": {str(b): 0 for b in ids},
                "IsController": {str(b): b == ids[0] for b in ids},
                "OnlineLogDirsByBrokerId": {str(b): ["/var/kafka"] for b in ids},
                "OfflineLogDirsByBrokerId": {str(b): [] for b in ids},
                "BrokerSetByBrokerId": {},
                "Summary": {
                    "Brokers": len(ids),
                    "Topics": len(snapshot.topics),
                    "Replicas": total,
                    "Leaders": len(snapshot.assignment),
                    "AvgReplicationFactor": total / max(len(snapshot.assignment), 1),
                    "AvgReplicasPerBroker": total / max(len(ids), 1),
                    "AvgLeadersPerBroker": sum(lead) / max(len(ids), 1),
                    "MaxReplicasPerBroker": max(counts),
                    "MaxLeadersPerBroker": max(lead),
                    "StdReplicasPerBroker": round(pstdev(counts)),
                    "StdLeadersPerBroker": round(pstdev(lead)),
                },
            },
            "KafkaPartitionState": {
                "offline": [],
                "with-offline-replicas": [],
                "urp": [],
                "under-min-isr": [],
            },
            "version": 1,
        }
        if verbose:  # healthy partitions are listed only with verbose, under "other"
            body["KafkaPartitionState"]["other"] = [
                {
                    "topic": t,
                    "partition": p,
                    "leader": snapshot.leaders[(t, p)],
                    "replicas": r,
                    "in-sync": r,
                    "out-of-sync": [],
                    "offline": [],
                    "min-isr": snapshot.min_isr.get(t, 1),
                }
                for (t, p), r in sorted(snapshot.assignment.items())
            ]
        return body

    def _state(self, wanted: list[str], verbose: bool) -> dict:
        snapshot = self.backend.snapshot()
        wanted = wanted or ["monitor", "executor", "analyzer", "anomaly_detector"]
        body: dict = {"version": 1}
        partitions = len(snapshot.assignment)
        # the fields lag behind what the server can do (§3.6): "ready" only READINESS_LAG after start
        ready = self.monitor_ready and self.uptime() >= READINESS_LAG
        if "monitor" in wanted:
            body["MonitorState"] = {
                "state": self.sampling,
                "trained": False,
                "trainingPct": 0.0,
                "numMonitoredWindows": self.windows(),
                "numValidPartitions": partitions if ready else 0,
                "numTotalPartitions": partitions if ready else 0,
                "monitoringCoveragePct": 100.0 if ready else 0.0,
                "numFlawedPartitions": 0,
            }
        if "executor" in wanted:
            body["ExecutorState"] = self.executor.state(verbose)
        if "analyzer" in wanted:
            body["AnalyzerState"] = {
                "isProposalReady": ready,
                "readyGoals": list(DEFAULT_GOALS) if ready else [],
            }
            if verbose:
                body["AnalyzerState"]["goalReadiness"] = [
                    {
                        "name": g,
                        "status": "ready" if ready else "notReady",
                        "modelCompleteRequirement": {
                            "requiredNumSnapshots": 1,
                            "minMonitoredPartitionsPercentage": 0.995,
                            "includeAllTopics": True,
                        },
                    }
                    for g in DEFAULT_GOALS
                ]
        if "anomaly_detector" in wanted:
            kinds = [
                "GOAL_VIOLATION",
                "BROKER_FAILURE",
                "METRIC_ANOMALY",
                "DISK_FAILURE",
                "TOPIC_ANOMALY",
                "MAINTENANCE_EVENT",
            ]
            body["AnomalyDetectorState"] = {
                "selfHealingEnabled": [],
                "selfHealingDisabled": kinds,
                "selfHealingEnabledRatio": dict.fromkeys(kinds, 0.0),
                "recentGoalViolations": [],
                "recentBrokerFailures": [],
                "recentMetricAnomalies": [],
                "recentDiskFailures": [],
                "recentTopicAnomalies": [],
                "recentMaintenanceEvents": [],
                "metrics": {
                    "meanTimeBetweenAnomaliesMs": dict.fromkeys(kinds, 0.0),
                    "meanTimeToStartFixMs": 0.0,
                    "numSelfHealingStarted": 0,
                    "numSelfHealingFailedToStart": 0,
                    "ongoingAnomalyDurationMs": 0,
                },
                "balancednessScore": _balancedness(snapshot, snapshot.assignment),
            }
        return body

    def _user_tasks(self, params: dict) -> dict:
        ids = {i for i in params.get("user_task_ids", "").split(",") if i}
        types = {t.lower() for t in params.get("types", "").split(",") if t}
        endpoints = {e.lower() for e in params.get("endpoints", "").split(",") if e}
        fetch = jbool(params.get("fetch_completed_task"))
        with self.lock:
            tasks = sorted(self.tasks.values(), key=lambda t: -t.start_ms)
            entries = []
            for task in tasks:
                if (ids and task.id not in ids) or (types and task.status.lower() not in types):
                    continue
                if endpoints and task.endpoint not in endpoints:
                    continue
                entry = {
                    "UserTaskId": task.id,
                    "RequestURL": task.request_url,
                    "ClientIdentity": task.client,
                    "StartMs": str(task.start_ms),
                    "Status": task.status,
                }
                if fetch and task.result is not None:
                    status, body = task.result
                    entry["originalResponse"] = json.dumps(body) if status == 200 else "CompletedWithError"
                entries.append(entry)
        if params.get("entries"):
            entries = entries[: int(params["entries"])]
        return {"userTasks": entries, "version": 1}

    def _stop(self) -> dict:
        self.executor.stop()
        return {"version": 1, "message": "Proposal execution stopped."}

    def _sampling(self, state: str, message: str) -> dict:
        self.sampling = state
        return {"version": 1, "message": message}


class Executor:
    """Runs proposals on the backend as Cruise Control's executor does (PROTOCOL.md §2.8, §3.3): one
    inter-broker task per proposal whose ordered replica list changes (reorder-only ones too), started in
    batches within the per-broker concurrency; then one leadership task per proposal whose leader changes.
    A stop marks the tasks in flight DEAD (their reassignments rolled back), leaves the pending ones
    PENDING (reported as cancelled) and reaches NO_TASK_IN_PROGRESS after the throttle is removed."""

    def __init__(self, standin: StandIn):
        self.standin = standin
        self.lock = threading.RLock()
        self.name = "NO_TASK_IN_PROGRESS"
        self.task: Task | None = None
        self.reason = ""
        self.replica_tasks: list[dict] = []  # {"id", "proposal", "state"}
        self.leader_tasks: list[dict] = []
        self.sizes: dict = {}
        self.concurrency = 5
        self.stopping = False
        self.throttle: int | None = None
        self.error: str | None = None
        self.thread: threading.Thread | None = None
        self.closing = threading.Event()

    # what tests look at
    def _proposals(self, tasks: list[dict], *states: str) -> list[dict]:
        return [t["proposal"] for t in tasks if t["state"] in states]

    @property
    def in_progress(self) -> list[dict]:
        return self._proposals(self.replica_tasks, "IN_PROGRESS")

    @property
    def pending(self) -> list[dict]:
        return self._proposals(self.replica_tasks, "PENDING")

    @property
    def finished(self) -> list[dict]:
        """Replica movements COMPLETED (not DEAD or ABORTED)."""
        return self._proposals(self.replica_tasks, "COMPLETED")

    @property
    def total_moves(self) -> int:
        return len(self.replica_tasks)

    def busy(self) -> bool:
        return self.name != "NO_TASK_IN_PROGRESS"

    def start(self, task: Task, proposals, snapshot, reason: str, concurrency: int, throttle=None) -> None:
        with self.lock:
            self.throttle = throttle
            self.task, self.reason, self.concurrency, self.stopping = task, reason, concurrency, False
            ids = iter(range(1, 10 * len(proposals) + 2))
            self.replica_tasks = [
                {"id": next(ids), "proposal": p, "state": "PENDING"}
                for p in proposals
                if p["newReplicas"] != p["oldReplicas"]
            ]
            self.leader_tasks = [
                {"id": next(ids), "proposal": p, "state": "PENDING"}
                for p in proposals
                if p["newReplicas"][:1] != [p["oldLeader"]]
            ]
            self.sizes = {_tp(p): snapshot.size_mb.get(_tp(p), 0.0) for p in proposals}
            self.name = "STARTING_EXECUTION"
            self.error = None
            task.status = "InExecution"
            self.thread = threading.Thread(target=self._loop, daemon=True)
            self.thread.start()

    def stop(self) -> None:
        with self.lock:
            if self.busy():
                self.stopping = True
                self.name = "STOPPING_EXECUTION"

    def wait_idle(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while self.busy() and time.monotonic() < deadline:
            time.sleep(0.01)

    def shutdown(self) -> None:
        self.closing.set()
        self.stop()
        if self.thread:
            self.thread.join(10)

    def _loop(self) -> None:
        backend = self.standin.backend
        time.sleep(self.standin.tick)
        try:
            if self.throttle and self.replica_tasks:
                moves = [t["proposal"] for t in self.replica_tasks]
                backend.set_throttle(
                    self.throttle, [(_tp(p), p["oldReplicas"], p["newReplicas"]) for p in moves]
                )
            with self.lock:
                if not self.stopping:
                    self.name = "INTER_BROKER_REPLICA_MOVEMENT_TASK_IN_PROGRESS"
            while not self.stopping and any(
                t["state"] in ("PENDING", "IN_PROGRESS") for t in self.replica_tasks
            ):
                with self.lock:
                    for entry in self.replica_tasks:
                        if entry["state"] != "PENDING" or self.stopping:
                            continue
                        proposal = entry["proposal"]
                        load = _per_broker(self.in_progress)
                        involved = set(proposal["oldReplicas"]) | set(proposal["newReplicas"])
                        if all(load.get(b, 0) < self.concurrency for b in involved):
                            backend.start_move(_tp(proposal), proposal["newReplicas"])
                            entry["state"] = "IN_PROGRESS"
                time.sleep(self.standin.tick)
                for entry in self.replica_tasks:
                    if entry["state"] == "IN_PROGRESS" and backend.move_done(_tp(entry["proposal"])):
                        with self.lock:
                            if entry["state"] == "IN_PROGRESS":
                                entry["state"] = "COMPLETED"
            if not self.stopping and self.leader_tasks:
                with self.lock:
                    self.name = "LEADER_MOVEMENT_TASK_IN_PROGRESS"
                for entry in self.leader_tasks:
                    if self.stopping:
                        break
                    backend.move_leader(_tp(entry["proposal"]), entry["proposal"]["newReplicas"])
                    entry["state"] = "COMPLETED"
                    time.sleep(self.standin.tick)
        except Exception as error:  # a refused reassignment: the execution ends with an error
            self.error = f"{type(error).__name__}: {error}"
            if self.task is not None:
                self.task.status = "CompletedWithError"
        finally:
            with self.lock:
                stopped = self.stopping
                if stopped:  # graceful stop: roll back the reassignments in flight (DEAD); the rest stays
                    for entry in self.replica_tasks:
                        if entry["state"] == "IN_PROGRESS":
                            backend.cancel_move(_tp(entry["proposal"]))
                            entry["state"] = "DEAD"
            if stopped:  # removing the throttle is what makes a stop slow on the real server (§3.4)
                self.closing.wait(
                    self.standin.seconds(STOP_WITH_THROTTLE if self.throttle else STOP_WITHOUT_THROTTLE)
                )
            with self.lock:
                if self.throttle:
                    backend.clear_throttle()
                self.name = "NO_TASK_IN_PROGRESS"
                if self.task is not None and self.task.status == "InExecution":
                    self.task.status = "Completed"

    def state(self, verbose: bool = False) -> dict:
        with self.lock:
            state: dict = {"state": self.name}
            if self.name == "NO_TASK_IN_PROGRESS" or self.task is None:
                return state
            state["triggeredUserTaskId"] = self.task.id
            state["triggeredSelfHealingTaskId"] = ""
            state["triggeredTaskReason"] = self.reason
            replica = {s: [t for t in self.replica_tasks if t["state"] == s] for s in TASK_STATES}
            leader = {s: [t for t in self.leader_tasks if t["state"] == s] for s in TASK_STATES}
            if self.name == "INTER_BROKER_REPLICA_MOVEMENT_TASK_IN_PROGRESS":
                state.update(
                    {
                        "maximumConcurrentPartitionMovementsPerBroker": self.concurrency,
                        "numInProgressPartitionMovements": len(replica["IN_PROGRESS"]),
                        "abortingPartitions": len(replica["ABORTING"]),
                        "numPendingPartitionMovements": len(replica["PENDING"]),
                        "numFinishedPartitionMovements": sum(
                            len(replica[s]) for s in ("COMPLETED", "DEAD", "ABORTED")
                        ),
                        "numTotalPartitionMovements": len(self.replica_tasks),
                        "finishedDataMovement": sum(self._data(t["proposal"]) for t in replica["COMPLETED"]),
                        "totalDataToMove": sum(self._data(t["proposal"]) for t in self.replica_tasks),
                    }
                )
                if verbose:
                    for key, wanted in (
                        ("inProgressPartitionMovement", "IN_PROGRESS"),
                        ("pendingPartitionMovement", "PENDING"),
                        ("abortingPartitionMovement", "ABORTING"),
                        ("abortedPartitionMovement", "ABORTED"),
                        ("deadPartitionMovement", "DEAD"),
                        ("completedPartitionMovement", "COMPLETED"),
                    ):
                        state[key] = [
                            self._task_json(t, "INTER_BROKER_REPLICA_ACTION") for t in replica[wanted]
                        ]
            if self.name == "LEADER_MOVEMENT_TASK_IN_PROGRESS":
                state.update(
                    {
                        "maximumConcurrentLeaderMovements": 1000,
                        "numPendingLeadershipMovements": len(leader["PENDING"]),
                        "numFinishedLeadershipMovements": sum(
                            len(leader[s]) for s in ("COMPLETED", "DEAD", "ABORTED")
                        ),
                        "numTotalLeadershipMovements": len(self.leader_tasks),
                    }
                )
                if verbose:
                    state["pendingLeadershipMovement"] = [
                        self._task_json(t, "LEADER_ACTION") for t in leader["PENDING"]
                    ]
            if self.name == "STOPPING_EXECUTION":
                state.update(
                    {
                        "maximumConcurrentPartitionMovementsPerBroker": self.concurrency,
                        "maximumConcurrentIntraBrokerPartitionMovementsPerBroker": 2,
                        "maximumConcurrentLeaderMovements": 1000,
                        "numCancelledLeadershipMovements": len(leader["PENDING"]),
                        "numInProgressPartitionMovements": len(replica["IN_PROGRESS"]),
                        "abortingPartitions": len(replica["ABORTING"]),
                        "numCancelledPartitionMovements": len(replica["PENDING"]),
                        "numInProgressIntraBrokerPartitionMovements": 0,
                        "numAbortingIntraBrokerPartitionMovements": 0,
                        "numCancelledIntraBrokerPartitionMovements": 0,
                    }
                )
            return state

    def _task_json(self, entry: dict, kind: str) -> dict:
        proposal = entry["proposal"]
        return {
            "executionId": entry["id"],
            "type": kind,
            "state": entry["state"],
            "proposal": proposal,
            "brokerId": proposal["newReplicas"][0],
        }

    def _data(self, proposal: dict) -> int:
        added = len(set(proposal["newReplicas"]) - set(proposal["oldReplicas"]))
        return round(added * self.sizes.get(_tp(proposal), 0.0))


TASK_STATES = ("PENDING", "IN_PROGRESS", "ABORTING", "ABORTED", "DEAD", "COMPLETED")


def _tp(proposal: dict) -> tuple[str, int]:
    return proposal["topicPartition"]["topic"], proposal["topicPartition"]["partition"]


def _per_broker(proposals: list[dict]) -> dict[int, int]:
    load: dict[int, int] = {}
    for proposal in proposals:
        for b in set(proposal["oldReplicas"]) | set(proposal["newReplicas"]):
            load[b] = load.get(b, 0) + 1
    return load


def _leader(snapshot, assignment, tp) -> int:
    if assignment is snapshot.assignment:
        return snapshot.leaders[tp]
    return assignment[tp][0]


def _counts(snapshot, assignment) -> tuple[list[int], list[int]]:
    ids = [b for b, broker in snapshot.brokers.items() if broker.alive]
    replicas = [sum(b in r for r in assignment.values()) for b in ids]
    leaders = [sum(_leader(snapshot, assignment, tp) == b for tp in assignment) for b in ids]
    return replicas, leaders


def _rack_violations(snapshot, assignment) -> int:
    racks = {b: broker.rack for b, broker in snapshot.brokers.items()}
    zones = len(set(racks.values()))
    return sum(len({racks.get(b) for b in r}) < min(len(r), zones) for r in assignment.values())


def _goal_status(goal: str, snapshot, after) -> str:
    def violated(assignment) -> bool:
        replicas, leaders = _counts(snapshot, assignment)
        if goal in ("RackAwareGoal", "RackAwareDistributionGoal"):
            return _rack_violations(snapshot, assignment) > 0
        if goal == "ReplicaDistributionGoal":
            return bool(replicas) and max(replicas) - min(replicas) > 1
        if goal == "LeaderReplicaDistributionGoal":
            return bool(leaders) and max(leaders) - min(leaders) > 1
        return False

    before = violated(snapshot.assignment)
    if not before:
        return "NO-ACTION"
    return "VIOLATED" if violated(after) else "FIXED"


def _balancedness(snapshot, assignment) -> float:
    replicas, leaders = _counts(snapshot, assignment)
    spread = (max(replicas, default=0) - min(replicas, default=0)) + (
        max(leaders, default=0) - min(leaders, default=0)
    )
    return round(max(0.0, 100.0 - 2.0 * spread - 5.0 * _rack_violations(snapshot, assignment)), 3)


def _model_stats(snapshot, after) -> dict:
    replicas, leaders = _counts(snapshot, after)
    replicas, leaders = replicas or [0], leaders or [0]
    topics = len(snapshot.topics) or 1

    def holder(pick) -> dict:
        return {
            "cpu": 0.0,
            "networkInbound": 0.0,
            "networkOutbound": 0.0,
            "disk": 0.0,
            "potentialNwOut": 0.0,
            "replicas": pick(replicas),
            "leaderReplicas": pick(leaders),
            "topicReplicas": pick(replicas) / topics,
        }

    return {
        "metadata": {
            "brokers": len(snapshot.brokers),
            "replicas": sum(replicas),
            "topics": len(snapshot.topics),
        },
        "statistics": {
            "AVG": holder(lambda v: sum(v) / len(v)),
            "MAX": holder(max),
            "MIN": holder(min),
            "STD": holder(pstdev),
        },
    }
