"""Draw a Timeline as a PNG with matplotlib's Agg backend (no display needed): quarters across the top,
one row per initiative grouped under its plan area, a marker at each milestone's due day (a light bar
over its period when the plan gives a quarter, season or year), coloured passed / due now / coming,
and today marked. Several milestones due the same day on one row share a marker with their count."""

import io
from collections import Counter
from datetime import timedelta

from bot.digests.timeline import Timeline, quarter_label, state_of

COLOURS = {"passed": "#8c8c8c", "due": "#e67e22", "coming": "#1f77b4"}
LABELS = {"passed": "passed", "due": "due now (today is in its period)", "coming": "coming"}
LABEL_CHARS = 48
ROW_INCHES = 0.34


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def render_png(timeline: Timeline, dpi: int = 110) -> bytes:
    """The picture as PNG bytes."""
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.dates as mdates
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    lines = _layout(timeline)  # (y, label, is_area_heading, row or None)
    height = max(3.0, 1.9 + ROW_INCHES * len(lines))
    fig = Figure(figsize=(13, height), dpi=dpi)
    ax = fig.add_axes((0.30, 0.85 / height, 0.68, 1 - 1.75 / height))  # inches: 0.85 below, 0.9 above
    ax.set_xlim(timeline.start, timeline.end + timedelta(days=1))
    ax.set_ylim(len(lines) - 0.5, -0.5)
    for n, (start, end) in enumerate(timeline.quarters()):
        if n % 2 == 0:
            ax.axvspan(start, end + timedelta(days=1), color="#f2f2f2", zorder=0)
        ax.text(start + (end - start) / 2, -0.9, quarter_label(start), ha="center", va="bottom", fontsize=8)
    for y, label, heading, row in lines:
        if heading:
            ax.axhline(y, color="#cccccc", linewidth=0.8, zorder=1)
            continue
        for item in row.items:  # periods first, under the markers
            if item.start and item.end and item.start < item.end:
                ax.plot([max(item.start, timeline.start), item.end], [y, y], color=COLOURS[state_of(item, timeline.today)],
                        alpha=0.25, linewidth=6, solid_capstyle="butt", zorder=2)
        counts = Counter((item.end, state_of(item, timeline.today)) for item in row.items if item.end)
        for (day, state), count in counts.items():
            ax.plot([day], [y], marker="D", markersize=7, color=COLOURS[state], zorder=3, linestyle="none")
            if count > 1:
                ax.annotate(f"×{count}", (day, y), xytext=(5, 3), textcoords="offset points", fontsize=7)
    ax.set_yticks([y for y, *_ in lines], [label for _, label, *_ in lines], fontsize=8)
    for tick, (_, _, heading, _) in zip(ax.get_yticklabels(), lines):
        if heading:
            tick.set_fontweight("bold")
    if timeline.start <= timeline.today <= timeline.end + timedelta(days=1):
        ax.axvline(timeline.today, color="#c0392b", linestyle="--", linewidth=1.2, zorder=4)
        ax.text(timeline.today, len(lines) - 0.5, f" today {timeline.today:%-d %b %Y}", color="#c0392b", fontsize=8,
                va="bottom")
    ax.xaxis.set_major_locator(mdates.MonthLocator(bymonth=(1, 4, 7, 10)))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    ax.tick_params(axis="x", labelsize=8)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    handles = [Line2D([], [], marker="D", linestyle="none", color=c, label=LABELS[s]) for s, c in COLOURS.items()]
    fig.legend(handles=handles, loc="lower center", ncol=3, fontsize=8, frameon=False)
    fig.suptitle(timeline.title(), fontsize=11, x=0.02, y=1 - 0.12 / height, ha="left", va="top")
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()


def _layout(timeline: Timeline) -> list[tuple[int, str, bool, object]]:
    """Rows top to bottom: each plan area's name, then its initiatives."""
    lines: list[tuple[int, str, bool, object]] = []
    area = None
    for row in timeline.rows:
        if row.area != area:
            area = row.area
            lines.append((len(lines), _short(area), True, None))
        lines.append((len(lines), "  " + _short(row.label), False, row))
    return lines


def row_labels(timeline: Timeline) -> list[str]:
    """The y-axis labels the picture carries, for tests and the embed's text."""
    return [label for _, label, _, _ in _layout(timeline)]

