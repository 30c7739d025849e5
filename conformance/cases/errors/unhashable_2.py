# uncaught TypeError: a class defining __eq__ without __hash__ is unhashable
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        return self.cents == other.cents
print(Money(5) == Money(5))
print(Money(5) in [Money(5)])
wallet = {Money(5), Money(10)}
print(len(wallet))
