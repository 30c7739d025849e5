# uncaught user-defined exception with a custom __str__
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(needed, available)
        self.needed = needed
        self.available = available
    def __str__(self):
        return f"need {self.needed}, have {self.available}"
def pay(wallet, price):
    if price > wallet:
        raise InsufficientFunds(price, wallet)
    return wallet - price
w = pay(50, 20)
print("left", w)
pay(w, 45)
