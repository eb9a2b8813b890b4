#!/usr/bin/env python3
"""Scores `briefing-eval summaries` output against reference summaries.

Usage: python3 Benchmarks/rouge.py SUMMARIES.jsonl GOLD.json

SUMMARIES.jsonl has one {"file", "summary", and as present "whole" (a story summary of all
of a cluster's articles) and baselines "lead60", "lead3", "lexrank"} object a line; GOLD.json maps each file to {"reference": ...} (cnndm-dev: the
highlights, one a line; multinews-dev's {"clusters", "articles"} is read as each article, or
each story when "file" is a cluster id, against its story's summary). Prints the mean
ROUGE-1/2/L F1 (PyPI rouge-score, Porter stemmer on) of each system, in percent, and its mean
length in words. Multi-News style references lose their leading "– ".
"""
import json
import sys

from rouge_score import rouge_scorer

SYSTEMS = ["summary", "whole", "lead60", "lead3", "lexrank"]


def main(jsonl_path, gold_path):
    with open(gold_path, encoding="utf-8") as f:
        gold = json.load(f)
    if "clusters" in gold and "articles" in gold:
        # Multi-News: a row is a story (its "file" a cluster id, from `briefing-eval stories
        # --summaries`) or an article, scored against its story's summary.
        clusters = {name: {"reference": entry["summary"]} for name, entry in gold["clusters"].items()}
        gold = {name: {"reference": gold["clusters"][entry["cluster"]]["summary"]}
                for name, entry in gold["articles"].items()}
        gold.update(clusters)
    rows = []
    with open(jsonl_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    totals = {s: {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0, "words": 0, "empty": 0} for s in SYSTEMS}
    scored = 0
    systems = [s for s in SYSTEMS if any(s in row for row in rows)]
    for row in rows:
        entry = gold.get(row["file"])
        if entry is None:
            continue
        reference = entry["reference"]
        if reference.startswith("– "):
            reference = reference[2:]
        scored += 1
        for system in systems:
            text = row.get(system, "")
            scores = scorer.score(reference, text)
            for key in ("rouge1", "rouge2", "rougeL"):
                totals[system][key] += scores[key].fmeasure
            totals[system]["words"] += len(text.split())
            totals[system]["empty"] += 0 if text.strip() else 1
    if scored == 0:
        sys.exit("no article of the JSONL is in the gold file")
    print(f"{scored} articles or stories")
    print(f"{'system':<8} {'R-1':>6} {'R-2':>6} {'R-L':>6} {'words':>6} {'empty':>6}")
    for system in systems:
        t = totals[system]
        print(f"{system:<8} {100 * t['rouge1'] / scored:6.1f} {100 * t['rouge2'] / scored:6.1f} "
              f"{100 * t['rougeL'] / scored:6.1f} {t['words'] / scored:6.1f} {t['empty']:6d}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
