"""An article's live claims for the desk: an outline of all of them at once, full records read as they are needed."""

from collections import defaultdict
from collections.abc import Iterator, Sequence

from sqlalchemy import select

from workbench.errors import NotFound
from workbench.storage.models import AttributionHop, Claim, Outlet, Source
from workbench.usecases.convert import proposal_of
from workbench.usecases.records import ClaimRecord, HopRecord, SourceRecord

_CLAIM_COLUMNS = (Claim.id, Claim.start, Claim.end, Claim.version, Claim.claim_verdict, Claim.article_id,
                  Claim.external_ref, Claim.text, Claim.language, Claim.cue, Claim.note,
                  Claim.evidence, Claim.attribution_verdict, Claim.origin, Claim.deleted,
                  Claim.source_url, Claim.source_title)
_HOP_COLUMNS = (AttributionHop.claim_id, AttributionHop.id, AttributionHop.position, AttributionHop.cue,
                AttributionHop.start, AttributionHop.end, AttributionHop.surface, AttributionHop.confidence,
                AttributionHop.confirmed, Source.id, Source.kind, Source.name, Source.role, Source.affiliation,
                Source.outlet_id, Outlet.name)


class ArticleClaimRows(Sequence[ClaimRecord]):
    """An article's claims in reading order, as list_claims gives them. Opening reads only each claim's id,
    span, version and verdict (plain lists); a claim's full record, chain included, is read the first time it
    is asked for, together with its neighbours (one session, two SELECTs of plain rows per window). So an
    article of 20,000 claims opens without building 20,000 records (loading it as ORM objects took 12 s),
    and the desk reads only what it shows. A claim deleted elsewhere meanwhile comes back marked deleted;
    one gone from the database raises NotFound."""

    window = 100  # claims read together: about what a reader shows, and the claims J/K reach next

    def __init__(self, db, outline_rows: list) -> None:
        self._db = db
        self.ids: list[int] = [row[0] for row in outline_rows]
        self.starts: list[int | None] = [row[1] for row in outline_rows]
        self.ends: list[int | None] = [row[2] for row in outline_rows]
        self.versions: list[int] = [row[3] for row in outline_rows]
        self.reviewed: list[bool] = [row[4] != "unreviewed" for row in outline_rows]
        self._built: dict[int, ClaimRecord] = {}
        self._sources: dict[int, SourceRecord] = {}  # one record per source, shared by every hop citing it
        self._proposals: dict[tuple[int, str | None], object] = {}

    def __len__(self) -> int:
        return len(self.ids)

    def __iter__(self) -> Iterator[ClaimRecord]:
        return (self[i] for i in range(len(self)))

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        claim_id = self.ids[index]
        if claim_id not in self._built:
            position = index if index >= 0 else len(self) + index
            self._read(self.ids[max(0, position - self.window // 2):position + self.window // 2])
        return self._built[claim_id]

    def _read(self, claim_ids: list[int]) -> None:
        wanted = [claim_id for claim_id in claim_ids if claim_id not in self._built]
        with self._db.reading() as session:
            connection = session.connection()
            claim_rows = connection.execute(select(*_CLAIM_COLUMNS).where(Claim.id.in_(wanted))).all()
            hop_rows = connection.execute(
                select(*_HOP_COLUMNS).join(Source, Source.id == AttributionHop.source_id)
                .outerjoin(Outlet, Outlet.id == Source.outlet_id)
                .where(AttributionHop.claim_id.in_(wanted))
                .order_by(AttributionHop.claim_id, AttributionHop.position)).all()
        chains: dict[int, list[HopRecord]] = defaultdict(list)
        for hop in hop_rows:
            chains[hop[0]].append(self._hop(hop))
        for row in claim_rows:
            self._built[row[0]] = self._record(row, tuple(chains.get(row[0], ())))
        for claim_id in wanted:  # gone from the database since the article was opened
            if claim_id not in self._built:
                raise NotFound(f"no claim {claim_id}")

    @staticmethod
    def _record(row, chain: tuple[HopRecord, ...]) -> ClaimRecord:
        (claim_id, start, end, version, claim_verdict, article_id, external_ref, text, language, cue, note,
         evidence, attribution_verdict, origin, deleted, source_url, source_title) = row
        return ClaimRecord(
            id=claim_id, article_id=article_id, external_ref=external_ref, start=start, end=end, text=text,
            language=language, cue=cue, note=note,
            evidence=tuple(evidence or ()),
            version=version, claim_verdict=claim_verdict, attribution_verdict=attribution_verdict, origin=origin,
            deleted=deleted, chain=chain, source_url=source_url, source_title=source_title)

    def _hop(self, row) -> HopRecord:
        (_claim_id, hop_id, position, cue, start, end, surface, confidence, confirmed,
         source_id, kind, name, role, affiliation, outlet_id, outlet_name) = row
        source = self._sources.get(source_id)
        if source is None:
            source = self._sources[source_id] = SourceRecord(
                id=source_id, kind=kind, name=name, role=role, affiliation=affiliation, outlet_id=outlet_id,
                outlet_name=outlet_name)
        key = (source_id, surface)
        if key not in self._proposals:
            self._proposals[key] = proposal_of(source, surface)  # it reads only the kind, outlet_id and name
        return HopRecord(id=hop_id, position=position, source=source, cue=cue, start=start, end=end,
                         surface=surface, confidence=confidence, confirmed=confirmed, proposed=self._proposals[key])


def article_claims(db, article_id: int) -> ArticleClaimRows:
    """The article's live claims in reading order (start, then id); records are read as they are asked for."""
    query = (select(Claim.id, Claim.start, Claim.end, Claim.version, Claim.claim_verdict)
             .where(Claim.article_id == article_id, Claim.deleted.is_(False)).order_by(Claim.start, Claim.id))
    with db.reading() as session:
        return ArticleClaimRows(db, session.connection().execute(query).all())  # Core rows: no ORM loading
