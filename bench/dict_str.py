"""Dicts and strings: word counting, dict get/setdefault/items, str methods, joins, %-format and f-strings."""

SIZE = 100000  # bench size

SYLLABLES = ["ka", "lo", "mi", "ra", "te", "su", "no", "vi", "pe", "zu",
             "an", "el", "or", "ith", "qua", "bre", "st", "om", "ul", "ex"]
PUNCTUATION = [",", ";", ":", "!", "?"]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def make_word(rng):
    parts = []
    for _ in range(1 + rng.below(3)):
        parts.append(SYLLABLES[rng.below(len(SYLLABLES))])
    return "".join(parts)


def make_text(rng, lines):
    vocabulary = [make_word(rng) for _ in range(400)]
    out = []
    for _ in range(lines):
        words = []
        for k in range(4 + rng.below(9)):
            # Zipf-like: small indices are much more frequent.
            w = vocabulary[rng.below(1 + rng.below(len(vocabulary)))]
            if k == 0:
                w = w.capitalize()
            elif rng.below(9) == 0:
                w = w.upper()
            if rng.below(7) == 0:
                w += PUNCTUATION[rng.below(len(PUNCTUATION))]
            words.append(w)
        out.append("  " + " ".join(words) + ".  ")
    return "\n".join(out)


def count_words(text):
    counts = {}
    first_seen = {}
    for lineno, line in enumerate(text.splitlines()):
        line = line.strip().lower()
        for p in PUNCTUATION:
            line = line.replace(p, "")
        line = line.rstrip(".")
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
            first_seen.setdefault(word, lineno)
    return counts, first_seen


def by_letter(counts):
    index = {}
    for word, n in counts.items():
        key = word[0]
        if key in index:
            index[key].append(word)
        else:
            index[key] = [word]
    for key in index:
        index[key].sort()
    return index


def report(counts, first_seen, total):
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    lines = []
    for rank, (word, n) in enumerate(ranked[:8], 1):
        pct = 100.0 * n / total
        lines.append(f"{rank:>2}. {word:<12}{n:>7d} {pct:6.2f}% line {first_seen[word]:05d}")
    for word, n in ranked[-3:]:
        lines.append("%-12s|%4d|%s" % (word.title(), n, word.center(14, "*")))
    return lines


def text_stats(text):
    vowels = 0
    for ch in "aeiou":
        vowels += text.count(ch)
    caps = 0
    exclaim = 0
    longest = ""
    for line in text.split("\n"):
        body = line.strip()
        if body[:1].isupper():
            caps += 1
        if body.find("!") >= 0:
            exclaim += 1
        head, sep, tail = body.partition(" ")
        if len(head) > len(longest) or (len(head) == len(longest) and head < longest):
            longest = head
    return vowels, caps, exclaim, longest


def string_checksum(s, acc):
    for ch in s:
        acc = (acc * 131 + ord(ch)) & 0xFFFFFFFF
    return acc


def main():
    rng = Lcg(20240601)
    text = make_text(rng, SIZE)
    counts, first_seen = count_words(text)
    total = sum(counts.values())
    print("words:", total, "distinct:", len(counts))
    lines = report(counts, first_seen, total)
    for line in lines:
        print(line)
    index = by_letter(counts)
    summary = ", ".join("%s=%d" % (k, len(index[k])) for k in sorted(index))
    print(summary)
    vowels, caps, exclaim, longest = text_stats(text)
    print(f"vowels={vowels} capitalised={caps} exclaim={exclaim} longest={longest!r}")
    acc = string_checksum("\n".join(lines), 0)
    acc = string_checksum(summary, acc)
    for word in sorted(counts):
        acc = (acc * 31 + counts[word] * len(word)) & 0xFFFFFFFF
    upper_words = [w.upper().zfill(10) for w in index.get("k", [])]
    acc = string_checksum("-".join(upper_words), acc)
    print("dict_str checksum:", acc)


if __name__ == "__main__":
    main()
