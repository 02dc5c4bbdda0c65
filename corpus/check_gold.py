#!/usr/bin/env python3
"""Check the bundled corpus gold against its texts (python3 standard library only).

    python3 corpus/check_gold.py [CORPUS_DIR]     # default: the directory holding this script

For every corpus/text/NAME.txt there must be exactly one corpus/gold/NAME.jsonl and vice versa.
Each gold line must be a JSON object of the shape described in corpus/README.md, and:
  - every span's UTF-8 byte offsets (half-open) must slice the text to exactly its "text" field;
  - a quote span starts with an opening mark (“ or ", or ‘ or ' in a document quoted in single
    marks) and ends with the matching closing mark,
    or, if the quotation is unclosed, ends where its paragraph's text ends (trailing whitespace
    excluded) with no closing mark inside;
  - mention and cue lie outside their quote span;
  - a quotation without a cue whose mention is the mention of the quotation before it with that
    mention, which has a cue, continues that quotation's turn and must take its cue;
  - records are in text order and quote spans do not overlap.
Prints one line per problem and a summary; exits 1 if there was any problem.
"""
import json
import os
import sys

OPEN_TO_CLOSE = {'“': '”', '"': '"', '‘': '’', "'": "'"}
KINDS = {'direct', 'partial'}
FIELDS = {'doc', 'quote', 'speaker', 'aliases', 'mention', 'cue', 'kind'}


def check_span(raw, span, what, problems):
    """Check one {"start","end","text"} span against the text's bytes; return (start, end) or None."""
    if not isinstance(span, dict) or set(span) != {'start', 'end', 'text'}:
        problems.append(f'{what}: expected an object with start, end, text, got {span!r}')
        return None
    s, e, t = span['start'], span['end'], span['text']
    if not (isinstance(s, int) and isinstance(e, int) and isinstance(t, str)):
        problems.append(f'{what}: start/end must be integers and text a string')
        return None
    if not 0 <= s < e <= len(raw):
        problems.append(f'{what}: bad offsets {s}..{e} (text has {len(raw)} bytes)')
        return None
    try:
        got = raw[s:e].decode('utf-8')
    except UnicodeDecodeError:
        problems.append(f'{what}: {s}..{e} does not fall on UTF-8 character boundaries')
        return None
    if got != t:
        problems.append(f'{what}: bytes {s}..{e} hold {got!r}, record says {t!r}')
        return None
    return s, e


def check_quote_marks(raw, s, e, what, problems):
    """The span starts with an opening mark; it ends with the matching close or at its paragraph's end."""
    text = raw[s:e].decode('utf-8')
    opening = text[0]
    if opening not in OPEN_TO_CLOSE:
        problems.append(f'{what}: quote starts with {opening!r}, not an opening mark')
        return
    close = OPEN_TO_CLOSE[opening]
    if len(text) > 1 and text.endswith(close):
        inner = text[1:-1]
        if opening in '"\'' and opening in inner:
            problems.append(f'{what}: straight quote span holds another straight mark of its kind')
        return
    # Unclosed: the span must run to the end of its paragraph, trailing whitespace excluded.
    # (A closing single mark inside may be an apostrophe: the boaters’ fees.)
    if close in text[1:] and opening in '“"':
        problems.append(f'{what}: quote does not end with {close!r} but contains one')
    rest = raw[e:].decode('utf-8')
    para_end = rest.find('\n\n')
    tail = rest if para_end < 0 else rest[:para_end]
    if tail.strip():
        problems.append(f'{what}: unclosed quote must run to its paragraph end; {tail.strip()[:30]!r} follows')
    if text != text.rstrip():
        problems.append(f'{what}: unclosed quote must exclude trailing whitespace')


def check_file(doc, raw, gold_path):
    problems = []
    prev_end = -1
    turn_cue = {}  # a mention's span -> the cue of the latest quotation tied to it
    with open(gold_path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    for n, line in enumerate(lines, 1):
        where = f'{gold_path}:{n}'
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f'{where}: invalid JSON: {err}')
            continue
        if not isinstance(rec, dict) or set(rec) != FIELDS:
            got = sorted(rec) if isinstance(rec, dict) else type(rec).__name__
            problems.append(f'{where}: expected fields {sorted(FIELDS)}, got {got}')
            continue
        if rec['doc'] != doc:
            problems.append(f'{where}: doc is {rec["doc"]!r}, file is {doc!r}')
        if rec['kind'] not in KINDS:
            problems.append(f'{where}: kind {rec["kind"]!r} not one of {sorted(KINDS)}')
        spk = rec['speaker']
        if spk is not None and (not isinstance(spk, str) or not spk.strip()):
            problems.append(f'{where}: speaker must be a non-empty string or null')
        aliases = rec['aliases']
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            problems.append(f'{where}: aliases must be a list of non-empty strings')
        elif spk is not None and spk in aliases:
            problems.append(f'{where}: speaker {spk!r} repeated among its aliases')
        if spk is None and (rec['mention'] is not None or aliases):
            problems.append(f'{where}: a quotation without a speaker has no mention and no aliases')
        q = check_span(raw, rec['quote'], f'{where} quote', problems)
        if q is None:
            continue
        check_quote_marks(raw, q[0], q[1], f'{where} quote', problems)
        for name in ('mention', 'cue'):
            if rec[name] is None:
                continue
            sp = check_span(raw, rec[name], f'{where} {name}', problems)
            # A transcript's speaker label opens its quotation ("OKORO: …): the one mention
            # allowed inside the quote, right after the opening mark and before a colon.
            label = (name == 'mention' and sp and raw[q[0]:sp[0]] in (b'"', '“'.encode())
                     and raw[sp[1]:sp[1] + 1] == b':')
            if sp and sp[0] < q[1] and q[0] < sp[1] and not label:
                problems.append(f'{where}: {name} {sp[0]}..{sp[1]} lies inside the quote {q[0]}..{q[1]}')
        if rec['mention'] is not None:
            key = (rec['mention'].get('start'), rec['mention'].get('end'))
            if rec['cue'] is None and turn_cue.get(key) is not None:
                problems.append(f'{where}: a continuation of the turn of mention {key[0]}..{key[1]} '
                                f'takes its cue {turn_cue[key]["text"]!r}, not null')
            turn_cue[key] = rec['cue']
        if q[0] < prev_end:
            problems.append(f'{where}: quote {q[0]}..{q[1]} is out of order or overlaps the previous one')
        prev_end = max(prev_end, q[1])
    return len(lines), problems


def main(argv):
    root = argv[1] if len(argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    text_dir, gold_dir = os.path.join(root, 'text'), os.path.join(root, 'gold')
    texts = {n[:-4] for n in os.listdir(text_dir) if n.endswith('.txt')}
    golds = {n[:-6] for n in os.listdir(gold_dir) if n.endswith('.jsonl')}
    problems = [f'{text_dir}/{d}.txt: no gold file' for d in sorted(texts - golds)]
    problems += [f'{gold_dir}/{d}.jsonl: no text file' for d in sorted(golds - texts)]
    problems += [f'{gold_dir}/{n}: not a .jsonl gold file' for n in sorted(os.listdir(gold_dir))
                 if not n.endswith('.jsonl')]
    records = 0
    for doc in sorted(texts & golds):
        with open(os.path.join(text_dir, doc + '.txt'), 'rb') as f:
            raw = f.read()
        try:
            raw.decode('utf-8')
        except UnicodeDecodeError as err:
            problems.append(f'{text_dir}/{doc}.txt: not UTF-8: {err}')
            continue
        n, found = check_file(doc, raw, os.path.join(gold_dir, doc + '.jsonl'))
        records += n
        problems += found
    for p in problems:
        print(p)
    print(f'{len(texts & golds)} documents, {records} gold quotations, {len(problems)} problems')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
