"""Record rows looked up by their id: an initiative by the key a milestone names, read from SQLite
when first asked for (a national corpus has tens of thousands), or many at once."""

from collections.abc import Iterable, Iterator, Mapping

from bot.index.record_postings import has_postings
from bot.index.store import PlanIndex

CHUNK = 900  # keys per query (SQLite allows 999 parameters in older builds)


def initiatives_by_id(index: PlanIndex) -> Mapping[str, dict]:
    """Initiatives by id: the whole table for a version without record postings, else each read by its
    key when first asked for (a national corpus has tens of thousands)."""
    def build() -> Mapping[str, dict]:
        if has_postings(index.db.conn):
            return RowsById(index, "initiatives")
        return {r["id"]: r for r in index.table("initiatives")}

    return index.memo("initiatives by id", build)


class RowsById(Mapping[str, dict]):
    """A record table's rows by their id, each read from SQLite (by its primary key) when first asked."""

    def __init__(self, index: PlanIndex, table: str) -> None:
        self.index = index
        self.table = table
        self._got: dict[str, dict | None] = {}

    def __getitem__(self, key: str) -> dict:
        if key not in self._got:
            found = self.index.db.execute_returning_dicts(f"SELECT * FROM [{self.table}] WHERE id = ?", [key]) \
                if self.table in self.index.db.table_names() else []
            self._got[key] = found[0] if found else None
        row = self._got[key]
        if row is None:
            raise KeyError(key)
        return row

    def read_many(self, keys: Iterable[str]) -> None:
        """Read the rows of these ids not read yet, in as few queries as can be (a question over a
        national corpus can want thousands of initiatives, one query each was most of its time)."""
        missing = [k for k in dict.fromkeys(keys) if k not in self._got]
        if not missing or self.table not in self.index.db.table_names():
            return
        for start in range(0, len(missing), CHUNK):
            part = missing[start:start + CHUNK]
            found = self.index.db.execute_returning_dicts(
                f"SELECT * FROM [{self.table}] WHERE id IN ({','.join('?' for _ in part)})", part)
            for key in part:
                self._got[key] = None
            for row in found:
                self._got[row["id"]] = row

    def __iter__(self) -> Iterator[str]:
        return (r["id"] for r in self.index.table(self.table))

    def __len__(self) -> int:
        return self.index.db.execute(f"SELECT count(*) FROM [{self.table}]").fetchone()[0]
