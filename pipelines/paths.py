"""Where things live. One module of paths, overridable by VAPA_DATA_DIR so tests use a temp dir."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
# Committed reference lists always come from the project, whatever the data directory.
REFERENCE_DIR = PROJECT_DIR / "data" / "reference"
SQL_DIR = Path(__file__).resolve().parent / "sql"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The runtime data directory: the override, else $VAPA_DATA_DIR, else ./data of the project."""
    if override:
        return Path(override).resolve()
    env = os.environ.get("VAPA_DATA_DIR")
    return Path(env).resolve() if env else PROJECT_DIR / "data"
