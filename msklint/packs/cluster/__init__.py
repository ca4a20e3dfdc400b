"""The cluster pack: constraints shared by the create (C) and update (U) rules."""
