"""The fact-base schema: one definition, used to validate, to document and to type the core.

Each record is a ``TypedDict``. A validated base is plain dicts and lists, so a cached base is
read back without building any model class, and pydantic (imported only by
:mod:`homsfacts.base.validate`) checks a fresh file against these same definitions. The attribute
docstrings become the descriptions in the published JSON Schema.

Every value ``validate`` accepts can be shown and exported: an integer lies within +/-
:data:`MAX_INTEGER` (2**63 - 1, what SQLite stores), a float is finite, and a date's years run
from -9999 to 9999 (EDTF's numbering: ``0000`` is 1 BCE, ``-0099`` 100 BCE). Anything beyond
is refused with its file, line, record and field.
"""

from __future__ import annotations

from typing import Annotated, Literal

from annotated_types import MinLen
from typing_extensions import NotRequired, TypedDict

from homsfacts.vocabulary import (
    DEFAULTS,
    FIELD_ORDER,
    MAX_INTEGER,
    PERSON_KINDS,
    PLACE_KINDS,
    RECORD_TYPES,
    SCHEMA_VERSION,
    normalise,
)

__all__ = [
    "DEFAULTS",
    "FIELD_ORDER",
    "MAX_INTEGER",
    "PERSON_KINDS",
    "PLACE_KINDS",
    "RECORD_TYPES",
    "SCHEMA_VERSION",
    "Document",
    "Entity",
    "Event",
    "Figure",
    "Source",
    "Statement",
    "normalise",
]

# No number is infinite or NaN: TOML can say `inf` and `nan`, but no source reports them, and
# JSON (which scripts read from `--json`) has no way to write them.
_CONFIG = {"extra": "forbid", "strict": True, "use_attribute_docstrings": True,
           "allow_inf_nan": False}

# Spelled out because a type checker cannot read a Literal from a tuple; a test checks that it
# matches PERSON_KINDS + PLACE_KINDS.
EntityKind = Literal[
    "person",
    "organisation",
    "group",
    "movement",
    "country",
    "province",
    "region",
    "city",
    "district",
    "neighbourhood",
    "site",
]
Qualifier = Literal["exact", "approximate", "estimate"]
Rank = Literal["preferred", "normal", "deprecated"]
Number = int | float


class Citation(TypedDict):
    """The paragraphs of one source that support a record."""

    __pydantic_config__ = _CONFIG  # type: ignore[misc]

    source: str
    """Id of a record in ``sources``."""
    paragraphs: Annotated[list[int], MinLen(1)]
    """Paragraph numbers, counted from 1 after the headline (at most 2**63 - 1)."""


Citations = Annotated[list[Citation], MinLen(1)]


class Source(TypedDict):
    """A published text that records cite."""

    __pydantic_config__ = _CONFIG  # type: ignore[misc]

    id: str
    """Stable slug, unique across the base."""
    publisher: str
    """Who published the text as it was read: ``Agence France-Presse (AFP)``, ``Naharnet``."""
    title: str
    """The headline, as published."""
    published: str
    """Publication date, ``YYYY-MM-DD`` (or less precise if unknown), in the years -9999 to
    9999."""
    paragraphs: NotRequired[int | None]
    """How many body paragraphs the source has (at most 2**63 - 1); citations beyond it are
    reported. Leave it out when the stored text may be incomplete."""
    url: NotRequired[str | None]
    """The web address of the page read, for a web source."""
    carries: NotRequired[str | None]
    """The agency or outlet whose report this page carries, when it is not the publisher's
    own: ``Agence France-Presse (AFP)`` on Naharnet, ``The Guardian`` on a news aggregator."""
    primary_sources: NotRequired[list[str]]
    """Ids of the entities whose figures or claims the source reports as theirs (a war
    monitor it quotes). ``validate`` warns when a record credits this source with a value
    from anyone else."""
    note: NotRequired[str | None]
    """How a date or a paragraph count was arrived at, when the page does not give it."""


class Statement(TypedDict):
    """One sourced sentence about an entity."""

    __pydantic_config__ = _CONFIG  # type: ignore[misc]

    text: str
    """The claim, in the base's own words."""
    attribution: NotRequired[str | None]
    """The source's hedge, kept with the claim: ``widely blamed on the army``."""
    attributed_to: NotRequired[str | None]
    """Id of the entity the source attributes the claim to."""
    sources: Citations
    """The paragraphs that support the record, each source with its paragraph numbers."""


class Entity(TypedDict):
    """A person, organisation, group, movement or place."""

    __pydantic_config__ = _CONFIG  # type: ignore[misc]

    id: str
    """Stable slug, unique across the base."""
    kind: EntityKind
    """What it is; the place kinds (country to site) are what ``where`` answers for."""
    name: str
    """The name as the source gives it: ``Marie Colvin``, ``Baba Amr``."""
    aliases: NotRequired[list[str]]
    """Other names the source uses."""
    description: str
    """One line saying who or what this is."""
    located_in: NotRequired[str | None]
    """For places: id of the place that contains this one."""
    statements: NotRequired[list[Statement]]
    """Sourced sentences about it, each with its own citation."""
    sources: Citations
    """The paragraphs that support the record: ``[{ source = "afp-2024-12-06", paragraphs =
    [17] }]``."""


class Event(TypedDict):
    """Something that happened, with its date."""

    __pydantic_config__ = _CONFIG  # type: ignore[misc]

    id: str
    """Stable slug, unique across the base: ``old-city-siege``."""
    date: str
    """EDTF: ``2011``, ``2011-03``, ``2012-02-22``, ``~`` approximate, ``a/b`` a span that
    lasts from a to b, ``[a..b]`` one date some time between a and b; years -9999 to 9999,
    numbered as EDTF numbers them: ``0000`` is 1 BCE, ``-0099`` 100 BCE, so some time in
    the 1st century BCE is ``[-0099..0000]``."""
    derived: NotRequired[bool]
    """True when the date was worked out from the text rather than reported by it."""
    date_note: NotRequired[str | None]
    """How a derived or imprecise date was arrived at."""
    summary: str
    """What happened, in one sentence of the base's own words."""
    attribution: NotRequired[str | None]
    """The source's hedge on the event, if it has one."""
    entities: NotRequired[list[str]]
    """Ids of the people, organisations and groups involved."""
    places: NotRequired[list[str]]
    """Ids of the places where it happened."""
    agents: NotRequired[list[str]]
    """Ids of who did it, where the cited text says so, each one of ``entities``: the army
    besieges the Old City. Left empty where the text does not say (a bombing "widely blamed
    on the army" has no agent here); ``check`` refuses a claim that names another."""
    targets: NotRequired[list[str]]
    """Ids of whom or what it was done to, each one of ``entities`` or ``places``: the Old
    City is besieged, not the army."""
    happening: NotRequired[str | None]
    """A name shared by every report of the same happening (``old-city-evacuation``): each
    report keeps its own date, sources and rank, and the timeline shows them as one."""
    rank: NotRequired[Rank]
    """``preferred``, ``normal`` (the default) or ``deprecated``, among reports of the same
    happening, as Wikidata ranks statements."""
    rank_reason: NotRequired[str | None]
    """Why a report is preferred or deprecated; required when ``rank`` is not normal."""
    sources: Citations
    """The paragraphs that support the record, each source with its paragraph numbers."""


class Figure(TypedDict):
    """A number the source gives, or the words it uses instead of one."""

    __pydantic_config__ = _CONFIG  # type: ignore[misc]

    id: str
    """Stable slug, unique across the base: ``siege-death-toll``."""
    label: str
    """What the number counts: ``Siege death toll``."""
    value: NotRequired[Number | None]
    """The number itself, or nothing when the source gives only words. An integer lies within
    +/- (2**63 - 1), what SQLite stores; a float is finite (TOML's `inf` and `nan` are refused)
    and may be any size. It is shown with exactly the digits written: ``0.004``, ``2.999``."""
    words: NotRequired[str | None]
    """The source's words when it gives no number: ``tens of thousands``."""
    unit: str
    """``people``, ``USD``, ``years``, ``rank``..."""
    qualifier: Qualifier
    """``exact`` as stated, ``approximate`` (about, around) or ``estimate`` (estimated at)."""
    low: NotRequired[Number | None]
    """The least the source allows (``more than 200,000``: 200000), or a range's low end;
    bounded as ``value`` is."""
    high: NotRequired[Number | None]
    """The most the source allows (``nearly two years``: 2), or a range's high end; bounded as
    ``value`` is."""
    as_of: NotRequired[str | None]
    """EDTF date or span the figure refers to, in the years -9999 to 9999 (``0000`` is 1
    BCE)."""
    period: NotRequired[str | None]
    """The period in words when the source gives no date: ``before the conflict``."""
    attributed_to: NotRequired[str | None]
    """Id of the entity the source credits with the figure."""
    attribution: NotRequired[str | None]
    """The source's attribution in words: ``according to ...``."""
    about: NotRequired[list[str]]
    """Ids of the entities or events the figure describes."""
    measures: NotRequired[str | None]
    """A name shared by every figure for the same quantity
    (``old-city-population-at-evacuation``): each value keeps its own source, hedge and rank,
    and ``figure`` shows them together with their spread."""
    rank: NotRequired[Rank]
    """``preferred``, ``normal`` (the default) or ``deprecated``, among the figures that
    measure the same thing."""
    rank_reason: NotRequired[str | None]
    """Why a value is preferred or deprecated; required when ``rank`` is not normal."""
    sources: Citations
    """The paragraphs that support the record, each source with its paragraph numbers."""


class Document(TypedDict):
    """A whole fact-base file."""

    __pydantic_config__ = _CONFIG  # type: ignore[misc]

    schema_version: int
    sources: list[Source]
    entities: NotRequired[list[Entity]]
    events: NotRequired[list[Event]]
    figures: NotRequired[list[Figure]]


SCHEMA_CLASSES: dict[str, type] = {
    "source": Source,
    "statement": Statement,
    "entity": Entity,
    "event": Event,
    "figure": Figure,
}
"""The class of each record type; a test checks that ``FIELD_ORDER`` lists their fields."""

