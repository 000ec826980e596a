"""Writes one oversized article per folder for `just bench-scale`.

The page frame (menus, headline, footer) of the first seed dump in RAW is
kept and its body replaced by the prose paragraphs of every seed, repeated
up to SIZE megabytes: joined by spaces into one line (`line`) or one
paragraph a line (`para`). Paragraphs holding page-furniture words are left
out: on one very long line they would outweigh the prose and the body
finder would rightly drop it.

usage: scale_inputs.py RAW BOILERPLATE OUT SIZE_MB...
"""

import pathlib
import re
import sys


def prose_lines(lines):
    return [
        i
        for i, line in enumerate(lines)
        if len(line.strip()) >= 80 and (line.strip()[0].isalnum() or line.strip()[0] in "\"“")
    ]


def main():
    raw, boilerplate, out = map(pathlib.Path, sys.argv[1:4])
    sizes = [float(s) for s in sys.argv[4:]]
    words = [
        w.strip()
        for w in boilerplate.read_text(encoding="utf-8").splitlines()
        if w.strip() and not w.startswith("#")
    ]
    furniture = re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b", re.I)
    seeds = sorted(raw.glob("*.txt"))
    prose = []
    for seed in seeds:
        lines = seed.read_text(encoding="utf-8").splitlines()
        prose += [lines[i].strip() for i in prose_lines(lines) if not furniture.search(lines[i])]
    frame = seeds[0].read_text(encoding="utf-8").splitlines()
    body = prose_lines(frame)
    head, tail = frame[: body[0]], frame[body[-1] + 1 :]
    for size in sizes:
        for mode, joiner in (("line", " "), ("para", "\n")):
            paragraphs, length = [], 0
            while length < size * 1024 * 1024:
                paragraph = prose[len(paragraphs) % len(prose)]
                paragraphs.append(paragraph)
                length += len(paragraph.encode("utf-8")) + 1
            folder = out / f"{mode}-{size:g}"
            folder.mkdir(parents=True, exist_ok=True)
            page = "\n".join(head + [joiner.join(paragraphs)] + tail) + "\n"
            (folder / f"{mode}-{size:g}.txt").write_text(page, encoding="utf-8")


if __name__ == "__main__":
    main()
