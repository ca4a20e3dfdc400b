"""Cruise Control client, planner and executor; the environment variables the commands read."""

ENV_URL = "MSKLINT_CRUISE_CONTROL"
ENV_USER = "MSKLINT_CRUISE_CONTROL_USER"
ENV_PASSWORD = "MSKLINT_CRUISE_CONTROL_PASSWORD"
STRATEGIES = ("drain", "balance", "rack-aware", "replication-factor")  # msklint.rebalance.planner
