"""The root of tinmine's exceptions, in the package every other one may import (extract imports none of them).

Every package raises subclasses of :class:`TinmineError` for what a user can act on (a wrong file, a busy
warehouse, a page that is no article); the command line turns one into a single red line and exit 1
(tinmine/errors.py is the whole catalogue). Anything else is a bug and keeps its traceback.
"""
from __future__ import annotations

__all__ = ["TinmineError", "ConfigError"]


class TinmineError(Exception):
    """A mistake or a situation the user can act on; ``str()`` is one line."""


class ConfigError(TinmineError):
    """A setting, profile, data file or argument that is wrong; the message names the file (or flag) and the key."""
