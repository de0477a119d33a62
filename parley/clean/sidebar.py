"""Where the article is: the main run of prose, where it ends, and which trailing paragraphs
are other stories (sidebars, related news) rather than this one."""

from __future__ import annotations

from parley.clean.lines import Info

# Two prose lines belong to the same block when at most this many non-prose lines separate
# them: a caption plus its credit plus a subheading fit, a related-news box does not
# (3 and 6 both scored lower on the peer benchmark).
MAX_GAP_LINES = 4
# A secondary block is kept when it holds at least this share of the main block's text: a
# long article split by an ad or a picture gallery keeps both parts; a teaser box or an author
# bio is small next to the article. Measured on the peer benchmark: 0.5 loses article parts
# (recall 0.83), 0.1 lets teasers in (precision 0.83); 0.15 balances them.
KEEP_BLOCK_RATIO = 0.15


def blocks(infos: list[Info], good: list[int]) -> list[list[int]]:
    """Group prose line indices into blocks separated by more than MAX_GAP_LINES lines."""
    out: list[list[int]] = []
    prev = None
    for i in good:
        if prev is not None:
            gap = sum(1 for j in range(prev + 1, i) if infos[j].text)
            if gap <= MAX_GAP_LINES:
                out[-1].append(i)
                prev = i
                continue
        out.append([i])
        prev = i
    return out


def block_chars(infos: list[Info], block: list[int]) -> int:
    return sum(infos[i].n_chars for i in block)


def select_article(infos: list[Info], good: list[int]) -> tuple[list[int], int, int]:
    """Prose lines that form the article, and the first/last line index of its span."""
    bl = blocks(infos, good)
    if not bl:
        return [], -1, -1
    sizes = [block_chars(infos, b) for b in bl]
    main = max(range(len(bl)), key=sizes.__getitem__)
    keep = [b for b, s in zip(bl, sizes, strict=True) if s >= KEEP_BLOCK_RATIO * sizes[main]]
    lines = [i for b in keep for i in b]
    return lines, lines[0], lines[-1]
