#!/usr/bin/env python3
"""Builds resources/demo/libya-2019-2021.json from articles.py, entities.py and claims.py.

Offsets are computed here (Python strings index Unicode code points, as the format counts)
and the result is checked before it is written. Usage: make_demo_corpus.py [OUTPUT]
"""
import json
import os
import re
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES  # noqa: E402
from claims import EVENTS, RELATIONS  # noqa: E402
from entities import ACTORS, PLACES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = os.path.join(HERE, "..", "..", "resources", "demo", "libya-2019-2021.json")
URL_BASE = "https://example.org/"


class AuthoringError(Exception):
    pass


def article_text(article):
    return "\n\n".join(article["paragraphs"])


def find_unique(text, snippet, where):
    first = text.find(snippet)
    if first < 0:
        raise AuthoringError(f"{where}: snippet not found: {snippet!r}")
    if text.find(snippet, first + 1) >= 0:
        raise AuthoringError(f"{where}: snippet not unique: {snippet!r}")
    return first


def sentence_around(text, start, end):
    """Widens [start, end) to the sentence holding it."""
    s = start
    while s > 0:
        if text[s - 1] == "\n":
            break
        if text[s - 1] == " " and s >= 2 and text[s - 2] in ".!?":
            break
        s -= 1
    e = end
    while e < len(text):
        if text[e] == "\n":
            break
        if text[e] in ".!?" and (e + 1 == len(text) or text[e + 1] in " \n"):
            e += 1
            break
        e += 1
    return s, e


def span(texts, article_id, snippet, mode=None):
    text = texts[article_id]
    start = find_unique(text, snippet, article_id)
    end = start + len(snippet)
    if mode != "exact":
        start, end = sentence_around(text, start, end)
    return {"article": article_id, "start": start, "end": end, "quote": text[start:end]}


def mentions_for(article, text):
    taken = []
    result = []
    for surface, kind, ref in sorted(article["mentions"], key=lambda m: -len(m[0])):
        pattern = r"(?<!\w)" + re.escape(surface) + r"(?!\w)"
        found = False
        for match in re.finditer(pattern, text):
            s, e = match.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            result.append({"start": s, "end": e, "quote": surface, kind: ref})
            found = True
        if not found:
            raise AuthoringError(f"{article['id']}: mention {surface!r} not in text")
    result.sort(key=lambda m: m["start"])
    return result


def build():
    texts = {a["id"]: article_text(a) for a in ARTICLES}
    articles = []
    for a in ARTICLES:
        slug = a["source"].lower().replace(" & ", "-").replace(" ", "-")
        articles.append({
            "id": a["id"],
            "title": a["title"],
            "source": a["source"],
            "url": URL_BASE + slug + "/" + a["published"].replace("-", "/") + "/" + a["id"],
            "published": a["published"],
            "language": a["language"],
            "text": texts[a["id"]],
            "mentions": mentions_for(a, texts[a["id"]]),
        })
    actors = []
    for ident, name, kind, country, aliases, base in ACTORS:
        actor = {"id": ident, "name": name, "kind": kind}
        if country:
            actor["country"] = country
        if aliases:
            actor["aliases"] = aliases
        if base:
            actor["base"] = base
        actors.append(actor)
    places = []
    for ident, name, lat, lon, country, kind in PLACES:
        place = {"id": ident, "name": name}
        if lat is not None:
            place["lat"], place["lon"] = lat, lon
        if country:
            place["country"] = country
        place["kind"] = kind
        places.append(place)
    events = []
    for ev in EVENTS:
        out = {"id": ev["id"], "type": ev["type"], "date": ev["date"], "title": ev["title"]}
        if "place" in ev:
            out["place"] = ev["place"]
        out["participants"] = [{"actor": a, "role": r} for a, r in ev["participants"]]
        if "cameo" in ev:
            out["cameo"] = ev["cameo"]
        out["evidence"] = [span(texts, *e) for e in ev["evidence"]]
        events.append(out)
    relations = []
    for rel in RELATIONS:
        out = {k: rel[k] for k in ("id", "source", "target", "type")}
        for key in ("aspect", "valid", "via", "claimed_by", "confidence"):
            if key in rel:
                out[key] = rel[key]
        out["evidence"] = [span(texts, *e) for e in rel["evidence"]]
        relations.append(out)
    return {"format": "entente-corpus", "version": 1, "articles": articles, "actors": actors,
            "places": places, "events": events, "relations": relations}


DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
TYPES = {"supports", "allied_with", "cooperates_with", "recognises", "opposes", "fights",
         "condemns", "commands", "member_of", "acts_for"}


def check(corpus):
    """Re-checks the written structure the way an importer would."""
    problems = []
    ids = {}
    for kind in ("articles", "actors", "places", "events", "relations"):
        seen = [x["id"] for x in corpus[kind]]
        if len(seen) != len(set(seen)):
            problems.append(f"duplicate ids in {kind}")
        ids[kind] = set(seen)
    texts = {a["id"]: a["text"] for a in corpus["articles"]}

    def check_span(path, sp, text):
        if not (0 <= sp["start"] < sp["end"] <= len(text)):
            problems.append(f"{path}: offsets out of range")
        elif text[sp["start"]:sp["end"]] != sp["quote"]:
            problems.append(f"{path}: quote differs from text at offsets")

    def check_date(path, value, interval_only=False):
        parts = value.split("/")
        if len(parts) > 2 or (interval_only and len(parts) != 2):
            problems.append(f"{path}: bad date {value}")
            return
        for p in parts:
            if not (p == ".." and len(parts) == 2) and not DATE.match(p):
                problems.append(f"{path}: bad date {value}")

    for i, a in enumerate(corpus["articles"]):
        check_date(f"articles[{i}].published", a["published"])
        for j, m in enumerate(a["mentions"]):
            path = f"articles[{i}].mentions[{j}]"
            check_span(path, m, a["text"])
            if ("actor" in m) == ("place" in m):
                problems.append(f"{path}: needs exactly one of actor/place")
            if "actor" in m and m["actor"] not in ids["actors"]:
                problems.append(f"{path}.actor: unknown {m['actor']}")
            if "place" in m and m["place"] not in ids["places"]:
                problems.append(f"{path}.place: unknown {m['place']}")
    for i, a in enumerate(corpus["actors"]):
        if "base" in a and a["base"] not in ids["places"]:
            problems.append(f"actors[{i}].base: unknown {a['base']}")
    for kind in ("events", "relations"):
        for i, x in enumerate(corpus[kind]):
            if not x["evidence"]:
                problems.append(f"{kind}[{i}]: no evidence")
            for j, ev in enumerate(x["evidence"]):
                if ev["article"] not in texts:
                    problems.append(f"{kind}[{i}].evidence[{j}]: unknown article")
                else:
                    check_span(f"{kind}[{i}].evidence[{j}]", ev, texts[ev["article"]])
    for i, e in enumerate(corpus["events"]):
        check_date(f"events[{i}].date", e["date"])
        if "place" in e and e["place"] not in ids["places"]:
            problems.append(f"events[{i}].place: unknown {e['place']}")
        for j, p in enumerate(e["participants"]):
            if p["actor"] not in ids["actors"]:
                problems.append(f"events[{i}].participants[{j}].actor: unknown {p['actor']}")
    for i, r in enumerate(corpus["relations"]):
        if r["type"] not in TYPES:
            problems.append(f"relations[{i}].type: {r['type']}")
        for key in ("source", "target", "via", "claimed_by"):
            if key in r and r[key] not in ids["actors"]:
                problems.append(f"relations[{i}].{key}: unknown {r[key]}")
        if "valid" in r:
            check_date(f"relations[{i}].valid", r["valid"], interval_only=True)
        if not 0 <= r.get("confidence", 1) <= 1:
            problems.append(f"relations[{i}].confidence out of range")
    return problems


def dump(value, indent=0):
    """JSON with one line per flat object, so spans and participants stay readable."""
    pad = "  " * indent
    if isinstance(value, dict):
        flat = all(not isinstance(v, (dict, list)) or
                   (isinstance(v, list) and all(isinstance(x, str) for x in v))
                   for v in value.values())
        if flat and "text" not in value:
            return json.dumps(value, ensure_ascii=False)
        items = [f'{pad}  {json.dumps(k)}: {dump(v, indent + 1)}' for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value or all(not isinstance(x, (dict, list)) for x in value):
            return json.dumps(value, ensure_ascii=False)
        items = [pad + "  " + dump(x, indent + 1) for x in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return json.dumps(value, ensure_ascii=False)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT
    corpus = build()
    text = dump(corpus) + "\n"
    reparsed = json.loads(text)
    problems = check(reparsed)
    if problems:
        for p in problems:
            print("error:", p, file=sys.stderr)
        return 1
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)
    words = [len(a["text"].split()) for a in reparsed["articles"]]
    print(f"{out}: {len(reparsed['articles'])} articles ({min(words)}-{max(words)} words), "
          f"{len(reparsed['actors'])} actors, {len(reparsed['places'])} places, "
          f"{len(reparsed['events'])} events, {len(reparsed['relations'])} relations, "
          f"{sum(len(a['mentions']) for a in reparsed['articles'])} mentions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
