"""The corpus report: `report.md` and a self-contained `report.html` over a folder of outputs."""

from __future__ import annotations

import heapq
import io
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .batch import MANIFEST, load_manifest
from .schema import Document

TOP = 15
CLAIMS_PER_GROUP = 3


def iter_documents(out_dir: Path) -> Iterator[Document]:
    for path in sorted(out_dir.glob("*.json")):
        yield Document.model_validate_json(path.read_text("utf-8"))


@dataclass(order=True)
class RankedClaim:
    score: float
    doc_id: str = field(compare=False)
    speaker: str = field(compare=False)
    type: str = field(compare=False)
    text: str = field(compare=False)


def _keep_best(heap: list[RankedClaim], claim: RankedClaim, size: int) -> None:
    """A bounded min-heap: memory stays flat however many claims the corpus holds."""
    if len(heap) < size:
        heapq.heappush(heap, claim)
    elif claim.score > heap[0].score:
        heapq.heapreplace(heap, claim)


@dataclass
class CorpusStats:
    documents: int = 0
    characters: int = 0
    tokens: int = 0
    sentences: int = 0
    errors: list[dict] = field(default_factory=list)
    mentions_by_type: Counter = field(default_factory=Counter)
    entities_by_type: Counter = field(default_factory=Counter)
    top_entities: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    entity_docs: dict[tuple[str, str], set] = field(default_factory=lambda: defaultdict(set))
    dates_by_type: Counter = field(default_factory=Counter)
    timeline: Counter = field(default_factory=Counter)
    claims_by_type: Counter = field(default_factory=Counter)
    claims_by_speaker: Counter = field(default_factory=Counter)
    claims_by_speaker_type: Counter = field(default_factory=Counter)
    top_claims: list[RankedClaim] = field(default_factory=list)
    speaker_claims: dict[tuple[str, str], list[RankedClaim]] = field(default_factory=lambda: defaultdict(list))
    cooccurrence: Counter = field(default_factory=Counter)
    # full names (first and last) seen per surname, to merge a bare `Путин` into `Владимир Путин`
    full_names: dict[str, set] = field(default_factory=lambda: defaultdict(set))

    def speakers_with_claims(self, limit: int = TOP) -> list[tuple[str, list[tuple[str, list[RankedClaim]]]]]:
        """The most frequent speakers, each with their claims by type, the most check-worthy first."""
        result = []
        for speaker, _ in self.claims_by_speaker.most_common(limit):
            groups = [(kind, sorted(claims, reverse=True)) for (who, kind), claims in self.speaker_claims.items()
                      if who == speaker]
            groups.sort(key=lambda group: -group[1][0].score)
            result.append((speaker, groups))
        return result


def _year(value: str | None) -> int | None:
    match = re.match(r"^(\d{4})", value or "")
    return int(match.group(1)) if match else None


def collect(out_dir: Path) -> CorpusStats:
    stats = CorpusStats()
    manifest = load_manifest(out_dir) if (out_dir / MANIFEST).exists() else {}
    stats.errors = [e for e in manifest.values() if e.get("status") != "ok"]
    for doc in iter_documents(out_dir):
        stats.documents += 1
        stats.characters += doc.stats.characters
        stats.tokens += doc.stats.tokens
        stats.sentences += doc.stats.sentences
        names = {e.id: e for e in doc.entities}
        for entity in doc.entities:
            stats.entities_by_type[entity.type] += 1
            stats.mentions_by_type[entity.type] += entity.count
            stats.top_entities[entity.type][entity.name] += entity.count
            stats.entity_docs[(entity.type, entity.name)].add(doc.id)
            parts = entity.name_parts
            if entity.type == "PER" and parts and parts.first and parts.last:
                stats.full_names[parts.last].add(entity.name)
        for sentence_id in sorted({m.sentence_id for m in doc.mentions}):  # ties keep a stable order
            found = sorted({names[m.entity_id].name for m in doc.mentions
                            if m.sentence_id == sentence_id and m.type in ("PER", "LOC", "ORG")})
            for i, a in enumerate(found):
                for b in found[i + 1:]:
                    stats.cooccurrence[(a, b)] += 1
        for date in doc.dates:
            if date.part_of is None:
                stats.dates_by_type[date.type] += 1
                year = _year(date.value) if date.type in ("DATE", "RANGE") else None
                if year:
                    stats.timeline[year] += 1
        for claim in doc.claims:
            speaker = "author"
            if claim.speaker.kind == "source":
                speaker = names[claim.speaker.entity_id].name if claim.speaker.entity_id in names \
                    else _unnamed_speaker(claim.speaker.text)
            stats.claims_by_type[claim.type] += 1
            stats.claims_by_speaker[speaker] += 1
            stats.claims_by_speaker_type[(speaker, claim.type)] += 1
            ranked = RankedClaim(claim.check_worthiness, doc.id, speaker, claim.type, claim.text)
            _keep_best(stats.top_claims, ranked, TOP)
            _keep_best(stats.speaker_claims[(speaker, claim.type)], ranked, CLAIMS_PER_GROUP)
    stats.top_claims.sort(reverse=True)
    merge_surnames(stats)
    return stats


# A pronoun the claims stage could not tie to a name says nothing about who spoke; across a corpus
# `Я` or `они` would otherwise read as one prolific speaker.
PRONOUNS = frozenset({"я", "мы", "ты", "вы", "он", "она", "оно", "они", "его", "её", "ее", "их"})


def _unnamed_speaker(text: str | None) -> str:
    if not text:
        return "unnamed source"
    return "unnamed source (pronoun)" if text.strip().lower() in PRONOUNS else text


def merge_surnames(stats: CorpusStats) -> None:
    """Count a bare surname as the one full name with that surname in the corpus.

    Entities are grouped within an article; across articles `Путин` and `Владимир Путин` are one
    person for a reader of the report. A surname shared by two full names stays apart.
    """
    people = stats.top_entities.get("PER", Counter())
    canonical = {}
    for name in people:
        if " " not in name:
            full = stats.full_names.get(name, set())
            if len(full) == 1:
                canonical[name] = next(iter(full))
    if not canonical:
        return
    for bare, full in canonical.items():
        people[full] += people.pop(bare)
        stats.entity_docs[("PER", full)] |= stats.entity_docs.pop(("PER", bare))

    def rename(name: str) -> str:
        return canonical.get(name, name)

    merged: Counter = Counter()
    for (a, b), count in stats.cooccurrence.items():
        a, b = sorted((rename(a), rename(b)))
        if a != b:
            merged[(a, b)] += count
    stats.cooccurrence = merged
    speakers: Counter = Counter()
    by_type: Counter = Counter()
    for (speaker, kind), count in stats.claims_by_speaker_type.items():
        speakers[rename(speaker)] += count
        by_type[(rename(speaker), kind)] += count
    stats.claims_by_speaker, stats.claims_by_speaker_type = speakers, by_type
    groups: dict[tuple[str, str], list[RankedClaim]] = defaultdict(list)
    for (speaker, kind), claims in stats.speaker_claims.items():
        for claim in claims:
            claim.speaker = rename(claim.speaker)
            _keep_best(groups[(rename(speaker), kind)], claim, CLAIMS_PER_GROUP)
    stats.speaker_claims = groups
    for claim in stats.top_claims:
        claim.speaker = rename(claim.speaker)


def _svg(fig) -> str:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    svg = buffer.getvalue()
    return svg[svg.index("<svg"):]


def plots(stats: CorpusStats) -> dict[str, str]:
    """Inline SVG plots (matplotlib, no network, no files)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    # the SVG keeps text as text, in a font any browser has
    matplotlib.rcParams["svg.fonttype"] = "none"
    # fixed ids and no timestamp: the same outputs give the same report, byte for byte
    matplotlib.rcParams["svg.hashsalt"] = "razmetka"

    charts = {}
    if stats.mentions_by_type:
        fig, ax = plt.subplots(figsize=(6, 2.8))
        kinds = sorted(stats.mentions_by_type, key=lambda k: -stats.mentions_by_type[k])
        ax.bar(kinds, [stats.mentions_by_type[k] for k in kinds], color="#4c78a8")
        ax.set_title("Entity mentions by type")
        ax.set_ylabel("mentions")
        charts["entities_by_type"] = _svg(fig)
        plt.close(fig)
    if stats.timeline:
        fig, ax = plt.subplots(figsize=(8, 2.8))
        years = sorted(stats.timeline)
        ax.bar(years, [stats.timeline[y] for y in years], color="#f58518", width=0.8)
        ax.set_title("Dated events by year (normalized time expressions)")
        ax.set_ylabel("expressions")
        charts["timeline"] = _svg(fig)
        plt.close(fig)
    kinds = [k for k in ("PER", "LOC", "ORG") if stats.top_entities.get(k)]
    if kinds:
        fig, axes = plt.subplots(1, len(kinds), figsize=(4 * len(kinds), 3.4))
        axes = axes if len(kinds) > 1 else [axes]
        for ax, kind in zip(axes, kinds, strict=True):
            top = stats.top_entities[kind].most_common(10)
            ax.barh([name for name, _ in top], [count for _, count in top], color="#4c78a8")
            ax.invert_yaxis()
            ax.set_title(f"Top {kind}")
        fig.tight_layout()
        charts["top_entities"] = _svg(fig)
        plt.close(fig)
    if stats.cooccurrence:
        fig, ax = plt.subplots(figsize=(7, 3.6))
        top = stats.cooccurrence.most_common(12)
        ax.barh([f"{a} + {b}" for (a, b), _ in top], [n for _, n in top], color="#72b7b2")
        ax.invert_yaxis()
        ax.set_title("Entities named in the same sentence (sentences)")
        charts["cooccurrence"] = _svg(fig)
        plt.close(fig)
    if stats.claims_by_speaker:
        fig, ax = plt.subplots(figsize=(6, 3))
        top = stats.claims_by_speaker.most_common(10)
        ax.barh([name for name, _ in top], [n for _, n in top], color="#e45756")
        ax.invert_yaxis()
        ax.set_title("Claims by speaker")
        charts["claims_by_speaker"] = _svg(fig)
        plt.close(fig)
    if stats.claims_by_type:
        fig, ax = plt.subplots(figsize=(6, 2.8))
        kinds = sorted(stats.claims_by_type, key=lambda k: -stats.claims_by_type[k])
        ax.barh(kinds, [stats.claims_by_type[k] for k in kinds], color="#54a24b")
        ax.invert_yaxis()
        ax.set_title("Claims by type")
        charts["claims_by_type"] = _svg(fig)
        plt.close(fig)
    return charts


def _md_escape(text: str) -> str:
    text = re.sub(r"([\\`*_{}\[\]<>()#+!|])", r"\\\1", text.replace("\n", " "))
    return text.replace("&", "&amp;")


def markdown(stats: CorpusStats) -> str:
    lines = ["# razmetka corpus report", "",
             f"Articles processed: **{stats.documents}**; input errors: **{len(stats.errors)}**; "
             f"characters: {stats.characters:,}; sentences: {stats.sentences:,}; tokens: {stats.tokens:,}.", "",
             "## Entities by type", "", "| type | entities | mentions |", "|---|---:|---:|"]
    for kind, count in stats.mentions_by_type.most_common():
        lines.append(f"| {kind} | {stats.entities_by_type[kind]} | {count} |")
    lines += ["", "## Most frequent entities", ""]
    for kind in sorted(stats.top_entities):
        lines += [f"### {kind}", "", "| entity | mentions | articles |", "|---|---:|---:|"]
        for name, count in stats.top_entities[kind].most_common(TOP):
            lines.append(f"| {_md_escape(name)} | {count} | {len(stats.entity_docs[(kind, name)])} |")
        lines.append("")
    lines += ["## Timeline (normalized dates by year)", "", "| year | expressions |", "|---|---:|"]
    for year in sorted(stats.timeline):
        lines.append(f"| {year} | {stats.timeline[year]} |")
    lines += ["", "Time expressions by type: " + ", ".join(
        f"{k} {v}" for k, v in stats.dates_by_type.most_common()), "",
        "## Claims by type", "", "| type | claims |", "|---|---:|"]
    for kind, count in stats.claims_by_type.most_common():
        lines.append(f"| {kind} | {count} |")
    lines += ["", "## Claims by speaker", "", "| speaker | claims | types |", "|---|---:|---|"]
    for speaker, count in stats.claims_by_speaker.most_common(TOP):
        kinds = ", ".join(f"{t} {n}" for (s, t), n in stats.claims_by_speaker_type.most_common() if s == speaker)
        lines.append(f"| {_md_escape(speaker)} | {count} | {kinds} |")
    lines += ["", "## Most check-worthy claims", "", "| score | article | speaker | type | claim |",
              "|---:|---|---|---|---|"]
    for c in stats.top_claims:
        lines.append(f"| {c.score:.2f} | {_md_escape(c.doc_id)} | {_md_escape(c.speaker)} | {c.type} "
                     f"| {_md_escape(c.text)} |")
    lines += ["", "## Claims by speaker and type", ""]
    for speaker, groups in stats.speakers_with_claims():
        lines += [f"### {_md_escape(speaker)}", ""]
        for kind, claims in groups:
            lines.append(f"- **{kind}** ({stats.claims_by_speaker_type[(speaker, kind)]})")
            lines += [f"  - {c.score:.2f} {_md_escape(c.text)} ({_md_escape(c.doc_id)})" for c in claims]
        lines.append("")
    if stats.errors:
        lines += ["", "## Inputs that failed", "", "| input | reason |", "|---|---|"]
        for error in stats.errors:
            lines.append(f"| {_md_escape(str(error.get('input')))} | {_md_escape(str(error.get('reason')))} |")
    return "\n".join(lines) + "\n"


def html(stats: CorpusStats) -> str:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("pipeline", "templates"), autoescape=select_autoescape(["html"]))
    from markupsafe import Markup

    charts = {name: Markup(svg) for name, svg in plots(stats).items()}  # our own SVG, not article text
    return env.get_template("report.html").render(s=stats, charts=charts, top=TOP)


def write_report(out_dir: Path) -> tuple[Path, Path]:
    from .write import write_atomic

    stats = collect(out_dir)
    md_path, html_path = out_dir / "report.md", out_dir / "report.html"
    write_atomic(md_path, markdown(stats))
    write_atomic(html_path, html(stats))
    return md_path, html_path

