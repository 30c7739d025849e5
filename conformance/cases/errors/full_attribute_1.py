# expect: full-stderr
# an AttributeError inside a method: carets mark the attribute access
class Order:
    def __init__(self, items):
        self.items = items
    def total(self):
        return sum(item.price for item in self.items)
class Item:
    def __init__(self, price):
        self.cost = price
order = Order([Item(3), Item(4)])
print(len(order.items))
print(order.total())
