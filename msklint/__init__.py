"""msklint: a policy and configuration linter for Amazon MSK."""

__version__ = "0.1.0"
