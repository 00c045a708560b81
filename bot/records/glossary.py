"""The glossary: what a corpus's staff call things that the papers never spell out.

A TOML file beside the documents (`glossary.toml`), kept as configuration, not code:

    [areas]            # plan area (as its heading names it) = other names staff use for it
    "Central Lancashire" = ["Our Health Our Care", "OHOC"]
    [terms]            # abbreviation = what it stands for
    OHOC = "Our Health Our Care"

Aliases for an area the papers do not have are ignored, so one glossary can serve several builds.
"""

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bot.errors import ConfigError

GLOSSARY_NAME = "glossary.toml"


@dataclass
class Glossary:
    areas: dict[str, list[str]] = field(default_factory=dict)
    terms: dict[str, str] = field(default_factory=dict)
    source: str | None = None

    def as_json(self) -> dict:
        return {"areas": self.areas, "terms": self.terms, "source": self.source}


def load_glossary(path: Path) -> Glossary:
    """Read one glossary file; a malformed one is a ConfigError naming the file and the fault."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"The glossary {path} cannot be read ({exc}).") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"The glossary {path} is not valid TOML ({exc}); fix it or remove it.") from None
    areas, terms = data.get("areas", {}), data.get("terms", {})
    if not isinstance(areas, dict) or not all(isinstance(v, list) and all(isinstance(a, str) for a in v) for v in areas.values()):
        raise ConfigError(f"The glossary {path}: [areas] must map each area name to a list of names, e.g. \"Fylde Coast\" = [\"Fylde\"].")
    if not isinstance(terms, dict) or not all(isinstance(v, str) for v in terms.values()):
        raise ConfigError(f"The glossary {path}: [terms] must map each abbreviation to what it stands for, e.g. OHOC = \"Our Health Our Care\".")
    return Glossary(areas={str(k): list(v) for k, v in areas.items()}, terms={str(k): v for k, v in terms.items()}, source=str(path))


def find_glossary(paths: Iterable[Path], fallback: Path | None = None) -> Glossary:
    """The glossary of the first folder read that has one, else the fallback folder's, else an empty one."""
    for path in [*paths, *([fallback] if fallback else [])]:
        folder = path if path.is_dir() else path.parent
        candidate = folder / GLOSSARY_NAME
        if candidate.is_file():
            return load_glossary(candidate)
    return Glossary()
