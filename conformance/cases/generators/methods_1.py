# generator methods, static and class generator methods
class Deck:
    suits = "SH"
    def __init__(self, ranks):
        self.ranks = ranks
    def cards(self):
        for s in self.suits:
            for r in self.ranks:
                yield r + s
    @staticmethod
    def evens(limit):
        n = 0
        while n < limit:
            yield n
            n += 2
    @classmethod
    def suit_names(cls):
        yield from (cls.__name__ + ":" + s for s in cls.suits)
    def __iter__(self):
        return self.cards()
d = Deck("AK")
print(list(d.cards()), list(d))
print(list(Deck.evens(7)), list(d.evens(3)))
print(list(Deck.suit_names()))
class Doubler(Deck):
    def cards(self):
        for c in super().cards():
            yield c * 2
print(list(Doubler("Q")))
def closure_gen(prefix):
    def gen(items):
        for item in items:
            yield prefix + item
    return gen
print(list(closure_gen(">")(["a", "b"])))
