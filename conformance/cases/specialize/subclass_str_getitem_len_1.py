# str subclass overriding __getitem__ and __len__ mixed with exact str
class Pad(str):
    def __len__(self):
        return str.__len__(self) + 100
    def __getitem__(self, i):
        return "#"

words = ["abc", Pad("xyz")]
out = []
for i in range(130):
    w = words[0] if i < 60 else words[i % 2]
    out.append((len(w), w[0], w[1:2] if type(w) is str else w[1]))
    if i % 20 == 0 or 60 <= i < 64:
        print(i, type(w).__name__, out[-1], w + "!", w.upper())
print(len(out))
