#!/usr/bin/env python3
"""Build articles.jsonl + mentions.csv from hand-marked source files.

Why a marked source: offsets typed by hand drift whenever a sentence is edited; marking the
phrase in place and computing offsets here keeps every row exact (text[start:end] == surface).

Source format (UTF-8, one or more files), one block per document:

    === hw-ru-01
    source: severny_telegraf
    date: 2022-01-06
    lang: ru
    url: https://severny-telegraf.example/2022/01/06/...
    title: A headline that may contain [[coup_attempt|попытку переворота]]
    ---
    Body paragraph one, with [[gas_prices|цены на газ]].

    Body paragraph two.

A mention is [[frame|surface]] or, for the gold set, [[frame|surface|speaker|stance]] (speaker may
be empty). Whether a mention is quoted is computed from the quotation marks around it, so it can
not disagree with the text: « » “ ” „ “ and straight double quotes, nested or not.

Usage: build_marked.py --out DIR [--gold] SRC...
Writes DIR/articles.jsonl and DIR/mentions.csv and fails loudly on any inconsistency.
"""
import argparse
import csv
import json
import re
import sys

MARK = re.compile(r"\[\[([^\[\]|]+)\|([^\[\]|]+)(?:\|([^\[\]|]*)\|([^\[\]|]+))?\]\]")
FRAMES = {
    "maidan_technologies",
    "foreign_fighters",
    "terrorist_gangs",
    "coup_attempt",
    "color_revolution",
    "elite_power_struggle",
    "gas_prices",
}
STANCES = {"endorsed", "reported", "distanced"}
LANGS = {"ru", "uk", "kk", "en"}
SENTENCE_END = re.compile(r"[.!?…\n]")


def fail(where, what):
    sys.exit(f"{where}: {what}")


def quote_depths(text):
    """Nesting depth of quotation marks before each index of text (paragraph-local)."""
    depths = []
    stack = []
    for ch in text:
        depths.append(len(stack))
        if ch == "«" or ch == "„":
            stack.append(ch)
        elif ch == "»":
            if stack and stack[-1] == "«":
                stack.pop()
        elif ch == "“":
            if stack and stack[-1] == "„":
                stack.pop()
            else:
                stack.append("“")
        elif ch == "”":
            if stack and stack[-1] == "“":
                stack.pop()
        elif ch == '"':
            if stack and stack[-1] == '"':
                stack.pop()
            else:
                stack.append('"')
    if stack:
        raise ValueError(f"unbalanced quotation marks: {stack}")
    return depths


def unmark(where, marked, gold):
    """Strip the marks; return the plain text and its mentions (start, end, frame, surface, ...)."""
    out = []
    mentions = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        frame, surface, speaker, stance = m.group(1), m.group(2), m.group(3), m.group(4)
        if frame not in FRAMES:
            fail(where, f"unknown frame {frame!r}")
        if SENTENCE_END.search(surface.replace("d'état", "")):
            fail(where, f"mention crosses a sentence boundary: {surface!r}")
        if surface != surface.strip() or not surface[0].isalnum() or not surface[-1].isalnum():
            fail(where, f"span must run from a letter to a letter: {surface!r}")
        if gold:
            if stance is None or stance not in STANCES:
                fail(where, f"gold mention needs speaker|stance: {m.group(0)!r}")
        elif stance is not None:
            fail(where, f"speaker/stance only in the gold set: {m.group(0)!r}")
        # Line breaks inside a phrase are written as the two characters \n in the source.
        surface = surface.replace("\\n", "\n")
        mentions.append((length, length + len(surface), frame, surface, speaker or "", stance))
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        fail(where, "stray [[ or ]] left after unmarking")
    return text, mentions


def parse_blocks(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    for block in raw.split("=== ")[1:]:
        head, _, body = block.partition("\n---\n")
        lines = head.split("\n")
        doc = {"id": lines[0].strip()}
        for line in lines[1:]:
            if line.strip():
                key, _, value = line.partition(":")
                doc[key.strip()] = value.strip()
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body.strip())]
        doc["text"] = "\n\n".join(" ".join(p.split("\n")) for p in paragraphs)
        yield path, doc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--gold", action="store_true")
    ap.add_argument("src", nargs="+")
    args = ap.parse_args()

    docs = []
    rows = []
    seen = set()
    for path in args.src:
        for where, doc in parse_blocks(path):
            doc_id = doc["id"]
            where = f"{where}:{doc_id}"
            if doc_id in seen:
                fail(where, "duplicate id")
            seen.add(doc_id)
            for key in ("source", "date", "lang", "url", "title"):
                if not doc.get(key):
                    fail(where, f"missing {key}")
            if doc["lang"] not in LANGS or not doc_id.split("-")[1] == doc["lang"]:
                fail(where, f"lang {doc['lang']!r} does not match the id")
            if not re.fullmatch(r"2022-01-(0[1-9]|[12][0-9]|3[01])", doc["date"]):
                fail(where, f"date outside January 2022: {doc['date']}")
            record = {k: doc[k] for k in ("id", "source", "date", "lang")}
            doc_rows = []
            for field in ("title", "text"):
                plain, mentions = unmark(f"{where}/{field}", doc[field], args.gold)
                if any(ord(c) > 0xFFFF for c in plain):
                    fail(where, "character outside the BMP: Java and Python offsets would differ")
                depths = quote_depths(plain)
                for start, end, frame, surface, speaker, stance in mentions:
                    assert plain[start:end] == surface
                    row = {
                        "doc_id": doc_id,
                        "field": field,
                        "frame": frame,
                        "start": start,
                        "end": end,
                        "quoted": "true" if depths[start] > 0 else "false",
                        "surface": surface,
                    }
                    if args.gold:
                        row["speaker"] = speaker
                        row["stance"] = stance
                    doc_rows.append(row)
                record[field] = plain
            record["url"] = doc["url"]
            words = len(re.findall(r"\w+", record["text"]))
            lo, hi = (60, 200) if args.gold else (150, 500)
            if not lo <= words <= hi:
                fail(where, f"{words} words, expected {lo}..{hi}")
            for a in doc_rows:
                for b in doc_rows:
                    if (
                        a is not b
                        and a["field"] == b["field"]
                        and a["frame"] == b["frame"]
                        and a["start"] < b["end"]
                        and b["start"] < a["end"]
                    ):
                        fail(where, f"overlapping {a['frame']} mentions")
            docs.append(record)
            rows.extend(doc_rows)

    with open(f"{args.out}/articles.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for record in docs:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    header = ["doc_id", "field", "frame", "start", "end", "quoted", "surface"]
    if args.gold:
        header += ["speaker", "stance"]
    with open(f"{args.out}/mentions.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=header, lineterminator="\r\n")
        w.writeheader()
        w.writerows(rows)
    print(f"{len(docs)} documents, {len(rows)} mentions -> {args.out}")


if __name__ == "__main__":
    main()
