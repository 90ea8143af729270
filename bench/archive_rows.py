#!/usr/bin/env python3
"""Writes N content items of generated Vietnamese news text as PostgreSQL COPY text rows.

Used by bench/run.sh to fill a throwaway database with a decades-deep archive. The words
come from the seed portal page (../shared/seed/): a word-pair (Markov) chain over its text
makes sentences that read like the portal's prose, so the search index, the folding of
tone marks and the sizes of rows and responses are those of real content, not of lorem ipsum.

Usage: archive_rows.py COUNT SEED_TEXT CATEGORIES PART/PARTS [START_DATE] > rows.copy
  CATEGORIES: comma-separated id:weight pairs, e.g. "2:10,9:10,1:3" (weights are relative).
  PART/PARTS: this process writes items PART, PART+PARTS, ... of the COUNT (e.g. 0/2 and 1/2
  in two processes feeding two COPY streams); the sentence pool is the same in every part.
Columns, in order (see COLUMNS): what bench/run.sh names in its COPY statement.
Rows come out oldest first (ids follow publication time, as in a real newsroom), spread
evenly from START_DATE (default 2001-01-01) to a month before today; ~1% are drafts.
"""
import bisect
import datetime
import json
import random
import re
import sys
import unicodedata

COLUMNS = ("type", "slug", "title", "summary", "category_id", "author", "status", "published_at",
           "created_at", "updated_at", "body", "closing", "description", "duration_seconds",
           "cover_image", "exchanges", "interviewee", "source", "search_text")

AUTHORS = ["Lê Vũ", "Thạch Sô Phol", "Minh Trung", "Huỳnh Như", "Trần Quốc Bảo", "Nguyễn Thị Diễm",
           "Lâm Sơn", "Kim Ngân", "Phạm Đức Thắng", "Triệu Ánh"]
POSITIONS = ["Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Sóc Trăng", "Phó Chủ tịch UBND tỉnh",
             "Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "Bí thư Huyện ủy Trần Đề",
             "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]


NULL = "\\N"


def copy_text(value):
    """One field in COPY's text format: NULL as \\N, backslash and control characters escaped."""
    if value is None:
        return "\\N"
    return (str(value).replace("\\", "\\\\").replace("\t", "\\t")
            .replace("\n", "\\n").replace("\r", "\\r"))


def slugify(text):
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


class Prose:
    """Sentences, titles and paragraphs from a word-pair chain over the seed text."""

    def __init__(self, text, rng):
        self.rng = rng
        words = [w for w in unicodedata.normalize("NFC", text).split() if w not in ("*",)]
        self.followers = {}
        self.starts = []
        for current, following in zip(words, words[1:]):
            self.followers.setdefault(current, []).append(following)
            if current.endswith((".", "?", "!", ":")) and following[:1].isupper():
                self.starts.append(following)
        self.starts = self.starts or [w for w in words if w[:1].isupper()]
        # A pool of sentences, reused by every item (drawing words per item would make the
        # generator, not PostgreSQL, the slow side of the pipe).
        self.sentences = [self._sentence(10, 28) for _ in range(40000)]
        self.paragraph_pool = [" ".join(rng.choices(self.sentences, k=rng.randint(2, 3))) for _ in range(60000)]
        # (title, slug stem, the title as a JSON string escaped for COPY), made once.
        self.titles = [(title, slugify(title)[:100].rstrip("-"), copy_text(json.dumps(title, ensure_ascii=False)))
                       for title in (self._title() for _ in range(60000))]

    def _words(self, low, high):
        word = self.rng.choice(self.starts)
        out = [word]
        limit = self.rng.randint(low, high)
        while len(out) < limit:
            options = self.followers.get(word)
            if not options:
                word = self.rng.choice(self.starts)
            else:
                word = self.rng.choice(options)
            out.append(word)
            if len(out) >= low and word.endswith((".", "?", "!")):
                break
        return out

    def _sentence(self, low, high):
        words = self._words(low, high)
        sentence = " ".join(words).rstrip(",;:-–")
        return sentence if sentence.endswith((".", "?", "!")) else sentence + "."

    def _title(self):
        words = [w.strip("“”\"(),;:.?!") for w in self._words(8, 16)]
        title = " ".join(w for w in words if w)
        return title[:1].upper() + title[1:]

    def sentence(self, rng):
        return rng.choice(self.sentences)

    def paragraphs(self, rng, low, high):
        return rng.choices(self.paragraph_pool, k=rng.randint(low, high))


def main():
    count = int(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as seed:
        # The article's own paragraphs; the page's menus, counters and list links are left out.
        # No backslashes or tabs: generated prose then needs no escaping for COPY.
        text = "\n".join(line.strip().lstrip("*•").strip() for line in seed if len(line.split()) >= 9)
        text = text.replace("\\", " ").replace("\t", " ")
    weighted = [tuple(int(x) for x in pair.split(":")) for pair in sys.argv[3].split(",")]
    part, parts = (int(x) for x in sys.argv[4].split("/"))
    start = datetime.datetime.fromisoformat(sys.argv[5] if len(sys.argv) > 5 else "2001-01-01").replace(
        tzinfo=datetime.timezone.utc)
    end = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=30)
    prose = Prose(text, random.Random(20240208))
    rng = random.Random(20240208 + part)

    categories = [c for c, _ in weighted]
    cumulative = []
    total = 0
    for _, weight in weighted:
        total += weight
        cumulative.append(total)
    step = (end - start) / count
    out = sys.stdout
    buffer = []
    for n in range(part, count, parts):
        kind = rng.random()
        item_type = "Article" if kind < 0.8 else "Video" if kind < 0.9 else "Interview"
        title, title_slug, title_json = rng.choice(prose.titles)
        slug = f"{title_slug}-{n + 1}"
        category = categories[bisect.bisect_right(cumulative, rng.randrange(total))]
        created = (start + step * n + datetime.timedelta(seconds=rng.randrange(0, 600))).isoformat()
        status, published = ("Draft", NULL) if rng.random() < 0.01 else ("Published", created)
        summary = " ".join(rng.choices(prose.sentences, k=rng.randint(1, 2)))
        # A cover picked from the media library: a key as the library names files, and the size
        # in pixels the API stores with it (MediaSizes). The files themselves are not made.
        cover = (f'{{"Alt": {title_json}, "Url": "/media/{created[:4]}/{created[5:7]}/{n + 1:032x}.jpg", "Caption": null, '
                 f'"Width": 1600, "Height": 900}}') if rng.random() < 0.6 else NULL
        author = rng.choice(AUTHORS)
        # Generated prose has no tab, newline or backslash: only JSON and multi-line text are escaped.
        if item_type == "Article":
            paragraphs = prose.paragraphs(rng, 3, 5)
            row = (item_type, slug, title, summary, str(category), author, status, published, created, created,
                   "".join(f"<p>{p}</p>" for p in paragraphs), NULL, NULL, NULL, cover, NULL, NULL, NULL,
                   "\\n\\n".join(paragraphs))
        elif item_type == "Video":
            description = " ".join(rng.choices(prose.sentences, k=rng.randint(1, 3)))
            row = (item_type, slug, title, summary, str(category), author, status, published, created, created,
                   NULL, NULL, description, str(rng.randint(60, 3600)), cover, NULL, NULL,
                   f'{{"Kind": "File", "Value": "/media/archive/{n + 1}.mp4"}}', description)
        else:
            name = rng.choice(AUTHORS)
            position = rng.choice(POSITIONS)
            pairs = [(prose.sentence(rng).rstrip(".") + "?", " ".join(prose.paragraphs(rng, 1, 2)))
                     for _ in range(rng.randint(3, 5))]
            closing = "Xin cảm ơn đồng chí!"
            interviewee = json.dumps({"Name": name, "Portrait": None, "Position": position}, ensure_ascii=False)
            exchanges = json.dumps([{"Answer": a, "Speaker": None, "Question": q} for q, a in pairs], ensure_ascii=False)
            search_text = "\n".join([name, position] + [part for pair in pairs for part in pair] + [closing])
            row = (item_type, slug, title, summary, str(category), author, status, published, created, created,
                   NULL, closing, NULL, NULL, cover, copy_text(exchanges), copy_text(interviewee), NULL, copy_text(search_text))
        buffer.append("\t".join(row))
        if len(buffer) >= 2000:
            out.write("\n".join(buffer) + "\n")
            buffer.clear()
    if buffer:
        out.write("\n".join(buffer) + "\n")


if __name__ == "__main__":
    main()
